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


# --- numbers -----------------------------------------------------------------

from decimal import Decimal as D  # noqa: E402

from worksheet.kinds import (  # noqa: E402
    BUSINESS_DAYS, DAYS, FACTOR, MILLION_YEN, PER_SHARE, PERCENT, RATIO, THOUSAND_YEN, UNIT, YEN)

NUMBERS = [
    # kind, typed, read as
    (SHARES, "4,700,000", 4_700_000),
    (SHARES, "４，７００，０００", 4_700_000),  # full-width
    (SHARES, "470万", 4_700_000),
    (SHARES, "470万株", 4_700_000),
    (SHARES, "４７０万株", 4_700_000),
    (SHARES, "4,700千株", 4_700_000),  # a table in thousands of shares
    (SHARES, "4,700,000 shares", 4_700_000),
    (SHARES, "4,700,000.00", 4_700_000),
    (SHARES, "1.5万", 15_000),
    (SHARES, "1億", 100_000_000),
    (SHARES, "3万5千", 35_000),
    (SHARES, "1万2千3百", 12_300),
    (SHARES, "4 700 000", 4_700_000),
    (SHARES, "+100", 100),
    (SHARES, "△0", 0),
    (UNIT, "100株", 100),
    (DAYS, "90日", 90),
    (DAYS, "90日間", 90),
    (DAYS, "90 days", 90),
    (BUSINESS_DAYS, "5営業日", 5),
    (YEN, "18,773,000,000", D("18773000000")),
    (YEN, "18,773百万円", D("18773000000")),  # seed 000: net proceeds, as a Japanese release states them
    (YEN, "10,451,000千円", D("10451000000")),  # the facility plan's total
    (YEN, "187億7,300万円", D("18773000000")),
    (YEN, "1億", D("100000000")),
    (YEN, "1億円", D("100000000")),
    (YEN, "1億2,345万", D("123450000")),
    (YEN, "1億2345万6789", D("123456789")),
    (YEN, "1億2,345万円", D("123450000")),
    (YEN, "１億２，３４５万円", D("123450000")),
    (YEN, "1億5千万", D("150000000")),  # 千 before 万 belongs to the 万 section
    (YEN, "1千万円", D("10000000")),
    (YEN, "5百万円", D("5000000")),
    (YEN, "3万5千", D("35000")),
    (YEN, "3万5千円", D("35000")),
    (YEN, "1.5億円", D("150000000")),
    (YEN, "1兆2,000億円", D("1200000000000")),
    (YEN, "¥1,000", D("1000")),
    (YEN, "￥１，０００", D("1000")),
    (YEN, "JPY 1,000", D("1000")),
    (YEN, "1,000 yen", D("1000")),
    (THOUSAND_YEN, "10,451,000", D("10451000")),  # bare: in the field's unit
    (THOUSAND_YEN, "10,451,000千円", D("10451000")),  # the field's own unit word
    (THOUSAND_YEN, "10,451,000千", D("10451000")),
    (THOUSAND_YEN, "1億", D("100000")),  # 1億 yen is 100,000 thousand
    (THOUSAND_YEN, "1億円", D("100000")),
    (THOUSAND_YEN, "5,000円", D("5")),
    (THOUSAND_YEN, "18,773百万円", D("18773000")),
    (THOUSAND_YEN, "3万5千", D("35")),
    (MILLION_YEN, "18,773", D("18773")),
    (MILLION_YEN, "18,773百万円", D("18773")),
    (MILLION_YEN, "18,773百万", D("18773")),
    (MILLION_YEN, "5.9百万円", D("5.9")),  # the field's own unit keeps its decimals
    (MILLION_YEN, "187億7,300万円", D("18773")),
    (MILLION_YEN, "1.5億", D("150")),
    (MILLION_YEN, "△6", D("-6")),  # seed 003: the dissolving company's loss
    (MILLION_YEN, "▲5", D("-5")),
    (MILLION_YEN, "△5.9", D("-5.9")),
    (MILLION_YEN, "△ 6", D("-6")),
    (MILLION_YEN, "(6)", D("-6")),
    (MILLION_YEN, "（６）", D("-6")),
    (MILLION_YEN, "-6", D("-6")),
    (MILLION_YEN, "\u22126", D("-6")),  # the minus sign
    (MILLION_YEN, "－６", D("-6")),
    (MILLION_YEN, "△1億", D("-100")),
    (MILLION_YEN, "△6百万円", D("-6")),
    (MILLION_YEN, "△0", D("0")),
    (PER_SHARE, "△1,485.46", D("-1485.46")),  # seed 003: net loss per share
    (PER_SHARE, "▲1,485.46円", D("-1485.46")),
    (PER_SHARE, "927.72円", D("927.72")),
    (PRICE, "3,279.44円", D("3279.44")),
    (PRICE, "３，２７９．４４", D("3279.44")),
    (PRICE, "¥3,279.44", D("3279.44")),
    (PERCENT, "12.5%", D("0.125")),
    (PERCENT, "１２．５％", D("0.125")),
    (RATIO, "26", D("26")),
]


@pytest.mark.parametrize(("kind", "typed", "value"), NUMBERS, ids=[f"{n[0].name}:{n[1]}" for n in NUMBERS])
def test_numbers_read(kind, typed, value):
    found = kind.parse(typed)
    assert found == value and type(found) is type(value), getattr(found, "reason", found)


NUMBER_REFUSALS = [
    # kind, typed, key, the refusal in English
    (SHARES, "△1", "kinds.negative_mark",
     "'△1' is negative (△ marks a negative figure), and a whole number of shares cannot be negative"),
    (SHARES, "▲5", "kinds.negative_mark",
     "'▲5' is negative (▲ marks a negative figure), and a whole number of shares cannot be negative"),
    (SHARES, "-5", "kinds.negative", "'-5' is negative, and a whole number of shares cannot be negative"),
    (UNIT, "(100)", "kinds.negative", "'(100)' is negative, and a share unit cannot be negative"),
    (YEN, "△1", "kinds.negative_mark",
     "'△1' is negative (△ marks a negative figure), and an amount in whole yen cannot be negative"),
    (PRICE, "△3,279", "kinds.negative_mark",
     "'△3,279' is negative (△ marks a negative figure), and a price per share in yen cannot be negative"),
    (PERCENT, "△5%", "kinds.negative_mark",
     "'△5%' is negative (△ marks a negative figure), and a percentage cannot be negative"),
    (MILLION_YEN, "-△6", "kinds.two_signs", "'-△6' has two signs: write a negative figure as △6 or -6"),
    (MILLION_YEN, "△△6", "kinds.two_signs", "'△△6' has two signs: write a negative figure as △6 or -6"),
    (MILLION_YEN, "(△6)", "kinds.two_signs", "'(△6)' has two signs: write a negative figure as △6 or -6"),
    (PRICE, "1億", "kinds.per_share_in_yen",
     "'1億': a price per share in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (PRICE, "3千円", "kinds.per_share_in_yen",
     "'3千円': a price per share in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (PRICE, "3,279.44百万円", "kinds.per_share_in_yen",
     "'3,279.44百万円': a price per share in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (PER_SHARE, "1万", "kinds.per_share_in_yen",
     "'1万': a per-share figure in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (FACTOR, "1万", "kinds.no_multiplier", "'1万': a factor such as 0.90 is written in digits, without 兆, 億, 万, 千 or 百"),
    (RATIO, "2千", "kinds.no_multiplier", "'2千': an allotment ratio is written in digits, without 兆, 億, 万, 千 or 百"),
    (MILLION_YEN, "1億2,345万", "kinds.not_whole_unit",
     "'1億2,345万' is 123,450,000 yen, which is not a whole number of millions of yen: type the figure in "
     "millions of yen as the release states it, truncated or rounded as it says"),
    (MILLION_YEN, "12,345万円", "kinds.not_whole_unit",
     "'12,345万円' is 123,450,000 yen, which is not a whole number of millions of yen: type the figure in "
     "millions of yen as the release states it, truncated or rounded as it says"),
    (MILLION_YEN, "△37,607円", "kinds.not_whole_unit",
     "'△37,607円' is -37,607 yen, which is not a whole number of millions of yen: type the figure in "
     "millions of yen as the release states it, truncated or rounded as it says"),
    (THOUSAND_YEN, "500円", "kinds.not_whole_unit",
     "'500円' is 500 yen, which is not a whole number of thousands of yen: type the figure in "
     "thousands of yen as the release states it, truncated or rounded as it says"),
    (THOUSAND_YEN, "3万5百", "kinds.not_whole_unit",
     "'3万5百' is 30,500 yen, which is not a whole number of thousands of yen: type the figure in "
     "thousands of yen as the release states it, truncated or rounded as it says"),
    (YEN, "1億12,345万", "kinds.numeral_order",
     "'1億12,345万' cannot be read: 兆, 億, 万, 千 and 百 come largest first, each followed by less than itself, "
     "as in 1億2,345万 or 3万5千"),
    (YEN, "5千3,000", "kinds.numeral_order", None),
    (YEN, "1万1万", "kinds.numeral_order", None),
    (YEN, "1万2億", "kinds.numeral_order", None),
    (YEN, "5千12百", "kinds.numeral_order", None),
    (YEN, "1万12,345", "kinds.numeral_order", None),
    (YEN, "千円", "kinds.not_a_number", "'千円' is not an amount in whole yen"),
    (YEN, "億", "kinds.not_a_number", "'億' is not an amount in whole yen"),
    (YEN, "1万千", "kinds.not_a_number", "'1万千' is not an amount in whole yen"),
    (YEN, "1,2345万", "kinds.not_a_number", "'1,2345万' is not an amount in whole yen"),
    (YEN, "約188億円", "kinds.approximate", "'約188億円' is approximate (約): type the figure as stated, without 約"),
    (YEN, "1.23456万円", "kinds.whole_yen", "12,345.6: an amount in whole yen is stated in whole yen"),
    (YEN, "-", "kinds.not_a_number", "'-' is not an amount in whole yen"),
    (SHARES, "1.5", "kinds.has_fraction", "'1.5' is not a whole number of shares: it has a fraction"),
    (SHARES, "100円", "kinds.not_a_number", "'100円' is not a whole number of shares"),
    (SHARES, "12%", "kinds.not_a_number", "'12%' is not a whole number of shares"),
    (FACTOR, "0.9円", "kinds.not_a_number", "'0.9円' is not a factor such as 0.90"),
    (DAYS, "5株", "kinds.not_a_number", "'5株' is not a number of days"),
]


@pytest.mark.parametrize(("kind", "typed", "key", "english"), NUMBER_REFUSALS,
                         ids=[f"{n[0].name}:{n[1]}" for n in NUMBER_REFUSALS])
def test_numbers_refused(kind, typed, key, english):
    found = kind.parse(typed)
    assert isinstance(found, Invalid) and found.text == typed
    assert found.message.key == key
    if english is not None:
        assert found.reason == english
    assert found.message.text("ja") != found.reason  # said in Japanese too


NUMBER_REFUSALS_JA = [
    (SHARES, "△1", "「△1」は負の数です（△は負の数の記号です）。株数（整数）に負の数は入力できません"),
    (SHARES, "-5", "「-5」は負の数です。株数（整数）に負の数は入力できません"),
    (MILLION_YEN, "-△6", "「-△6」には符号が二つあります。負の数は△6または-6と入力してください"),
    (PRICE, "1億", "「1億」: 1株当たりの価格（円）は万・億・千円・百万円を使わず、3,279.44のように円で入力してください"),
    (FACTOR, "1万", "「1万」: 0.90のような係数は兆・億・万・千・百を使わず数字で入力してください"),
    (MILLION_YEN, "1億2,345万", "「1億2,345万」は123,450,000円で、百万円単位で割り切れません。"
                                "リリースに記載の百万円単位の数値（切捨て・四捨五入はリリースのとおり）を入力してください"),
    (YEN, "1万1万", "「1万1万」は読めません。兆・億・万・千・百は大きい順に書き、それぞれの後にはそれより小さい数を続けます"
                   "（1億2,345万、3万5千）"),
    (YEN, "約188億円", "「約188億円」は概数です。「約」を付けずに記載どおりの数値を入力してください"),
    (MILLION_YEN, "△37,607円", "「△37,607円」は△37,607円で、百万円単位で割り切れません。"
                               "リリースに記載の百万円単位の数値（切捨て・四捨五入はリリースのとおり）を入力してください"),
    (SHARES, "1.5", "「1.5」は株数（整数）ではありません（端数があります）"),
    (YEN, "1.23456万円", "12,345.6: 円単位の金額は円未満の端数なしで入力します"),
]


@pytest.mark.parametrize(("kind", "typed", "japanese"), NUMBER_REFUSALS_JA, ids=[n[1] for n in NUMBER_REFUSALS_JA])
def test_number_refusals_in_japanese(kind, typed, japanese):
    assert kind.parse(typed).message.text("ja") == japanese


@pytest.mark.parametrize("kind", [SHARES, YEN, THOUSAND_YEN, MILLION_YEN, PRICE, PER_SHARE])
def test_what_a_kind_prints_reads_back(kind):
    for value in (0, 1, 100, 4_700_000, 18_773_000_000):
        value = value if kind is SHARES else D(value)
        assert kind.parse(kind.format(value)) == value
