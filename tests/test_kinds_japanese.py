"""Japanese input in every field, as tables of cases: what each form reads
as, and what each refusal says in English and in Japanese."""

from __future__ import annotations

import pytest

from worksheet import kinds
from worksheet.kinds import DATE, PRICE, SHARES, Invalid, KindError
from worksheet.words import CATALOGUE, Message


def test_every_refusal_of_a_kind_has_its_japanese():
    keys = [k for k in CATALOGUE if k.startswith("kinds.")]
    assert len(keys) >= 30
    assert [k for k in keys if not CATALOGUE.words(k).ja] == []


def test_a_refusal_is_a_message_shown_in_either_language():
    found = SHARES.parse("4,7OO,000")
    assert isinstance(found, Invalid) and isinstance(found.message, Message)
    assert found.message.key == "kinds.not_a_number"
    assert found.reason == "'4,7OO,000' is not a whole number of shares"
    assert found.message.text("ja") == "「4,7OO,000」は株数（整数）として読めません"


def test_a_file_error_carries_its_message():
    with pytest.raises(KindError) as caught:
        PRICE.from_json("lots")
    assert caught.value.message.key == "kinds.expected"
    assert str(caught.value) == "expected a price per share in yen, found 'lots'"
    assert caught.value.message.text("ja") == "1株当たりの価格（円）が必要ですが、'lots'でした"


def test_kept_as_typed_is_said_in_both_languages():
    found = DATE.from_json({"invalid": "2013-07-10"})
    assert found == Invalid("2013-07-10") and found.message.key == kinds.KEPT_AS_TYPED
