"""Deal files: round trip, a table of bad files, atomic writes."""

from __future__ import annotations

import json
import os
from decimal import Decimal as D

import pytest

from worksheet import dealfile
from worksheet.deal import SCHEMA_VERSION, Deal, compute
from worksheet.kinds import Invalid


def test_round_trip_is_exact(example, tmp_path):
    target = tmp_path / "deal.deal.json"
    dealfile.save(example, target)
    assert dealfile.load(target) == example
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION == 3
    assert raw["deal"]["excluded"] == []
    assert raw["deal"]["offering"]["amount_paid"] == "3279.44"  # money as text
    assert raw["deal"]["schedule"]["pricing_date"] == "2013-07-10"
    assert raw["deal"]["issuer"]["name_ja"] == "株式会社インターネットイニシアティブ"


def test_a_left_out_section_keeps_its_figures_in_the_file(example, tmp_path):
    target = tmp_path / "deal.deal.json"
    dealfile.save(example.with_section("merger", False), target)
    back = dealfile.load(target)
    assert back.excluded == ("merger",) and "merger" not in back.present()
    assert back.merger == example.merger
    assert back.with_section("merger", True) == example


def test_a_file_of_schema_1_still_loads(example):
    doc = dealfile.to_document(example)
    doc["schema_version"] = 1
    del doc["deal"]["excluded"]  # version 1 had no sections left out
    assert dealfile.loads(json.dumps(doc)) == example


def test_typed_text_that_cannot_be_read_survives_a_save(example, tmp_path):
    deal = example.with_value("offering.shares_offered", Invalid("4,7OO,000", "'4,7OO,000' is not a whole number of shares"))
    target = tmp_path / "typed.deal.json"
    dealfile.save(deal, target)
    back = dealfile.load(target)
    assert isinstance(back.offering.shares_offered, Invalid)
    assert back.offering.shares_offered.text == "4,7OO,000"
    assert any(f.path == "offering.shares_offered" for f in compute(back).errors)


def _document(example: Deal, path: str, value) -> str:
    doc = dealfile.to_document(example)
    node = doc
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is KeyError:
        del node[parts[-1]]
    else:
        node[parts[-1]] = value
    return json.dumps(doc)


BAD_FIELDS = [
    ("deal.offering.shares_offered", "4700000", "offering.shares_offered", "expected a whole number of shares"),
    ("deal.offering.shares_offered", -100, "offering.shares_offered", "below the smallest allowed, 0"),
    ("deal.offering.shares_offered", 10**15, "offering.shares_offered", "above the largest allowed"),
    ("deal.offering.shares_offered", True, "offering.shares_offered", "expected a whole number of shares"),
    ("deal.offering.amount_paid", "3279.444", "offering.amount_paid", "to the sen (two decimals) at most"),
    ("deal.offering.amount_paid", "-1", "offering.amount_paid", "below the smallest allowed"),
    ("deal.offering.amount_paid", "lots", "offering.amount_paid", "expected a price per share in yen"),
    ("deal.offering.amount_paid", "NaN", "offering.amount_paid",
     'expected a price per share in yen, found the text "NaN"'),
    ("deal.offering.amount_paid", "1e30", "offering.amount_paid", "larger than any real figure"),
    ("deal.offering.amount_paid", [3279], "offering.amount_paid",
     "written as text such as \"3279.44\", found a list of one item"),
    ("deal.schedule.pricing_date", "10/07/2013", "schedule.pricing_date", "expected a date"),
    ("deal.schedule.pricing_date", "2013-02-30", "schedule.pricing_date", "expected a date"),
    ("deal.schedule.pricing_date", "3013-07-10", "schedule.pricing_date", "outside the years"),
    ("deal.merger.delivery", "cash", "merger.delivery", "expected one of 'treasury_first', 'new', 'split'"),
    ("deal.merger.price_history", {"a": 1}, "merger.price_history",
     "expected a table (a list of rows), found a group of fields"),
    ("deal.merger.price_history.3.close", "12,3", "merger.price_history.3.close", "expected a price"),
    ("deal.proceeds.facility_plan.0.paid", "47144.5", "proceeds.facility_plan.0.paid", "whole yen"),
    ("deal.offering.surprise", 1, "offering.surprise", "is not a field of this deal file version"),
    ("deal.issuer", "IIJ", "issuer", "expected a group of fields, found the text \"IIJ\""),
    ("deal.issuer.name", 3774, "issuer.name", "expected text"),
    ("deal.excluded", ["issuer"], "excluded", "expected a list of sections out of book_building, global_offering, merger, offering"),
    ("deal.excluded", "merger", "excluded", "expected a list of sections"),
    ("schema_version", SCHEMA_VERSION + 1, "schema_version", "written by a newer version"),
    ("schema_version", "1", "schema_version", "must be a whole number"),
    ("format", "excel", "format", "not a deal file"),
    ("deal", KeyError, "deal", "has no deal in it"),
]


@pytest.mark.parametrize(("where", "value", "field", "message"), BAD_FIELDS, ids=[f"{b[0]}={b[1]!r}" for b in BAD_FIELDS])
def test_bad_file_names_the_field(example, where, value, field, message):
    with pytest.raises(dealfile.DealFileError) as caught:
        dealfile.loads(_document(example, where, value))
    assert caught.value.field == field
    assert message in caught.value.message


@pytest.mark.parametrize(("text", "message"), [
    ("", "the JSON is broken at line 1"),
    ("{\"format\": \"deal-worksheet\",", "the JSON is broken"),
    ("[1, 2]", "expected a JSON object at the top"),
    ("{\"format\": \"deal-worksheet\", \"schema_version\": 1, \"deal\": {\"offering\": {\"close_price\": NaN}}}",
     "NaN is not a number a deal can hold"),
    ("[" * 100000 + "]" * 100000, "not a deal file"),
])
def test_not_a_deal_file(text, message):
    with pytest.raises(dealfile.DealFileError) as caught:
        dealfile.loads(text)
    assert message in str(caught.value)


def test_files_that_cannot_be_read(tmp_path):
    with pytest.raises(dealfile.DealFileError, match="there is no file"):
        dealfile.load(tmp_path / "missing.deal.json")
    with pytest.raises(dealfile.DealFileError, match="is a folder"):
        dealfile.load(tmp_path)
    binary = tmp_path / "binary.deal.json"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(dealfile.DealFileError, match="not UTF-8"):
        dealfile.load(binary)


def test_a_json_number_with_a_fraction_never_becomes_a_float(example):
    text = _document(example, "deal.offering.amount_paid", "3279.44").replace('"3279.44"', "3279.44")
    assert dealfile.loads(text).offering.amount_paid == D("3279.44")


def test_missing_fields_take_defaults(example):
    deal = dealfile.loads(_document(example, "deal.offering.range_low_factor", KeyError))
    assert deal.offering.range_low_factor == D("0.90")


def test_save_is_atomic_when_writing_fails(example, tmp_path, monkeypatch):
    target = tmp_path / "deal.deal.json"
    dealfile.save(example, target)
    before = target.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        dealfile.save(example.with_value("title", "changed"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deal.deal.json"]  # no temporary file left


def test_save_keeps_the_old_file_if_replace_fails(example, tmp_path, monkeypatch):
    target = tmp_path / "deal.deal.json"
    dealfile.save(example, target)
    before = target.read_bytes()
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "in use")))
    with pytest.raises(PermissionError):
        dealfile.save(example.with_value("title", "changed"), target)
    assert target.read_bytes() == before
    assert len(list(tmp_path.iterdir())) == 1


# -- hostile files: each is refused at once, naming what is wrong ---------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "pipe.deal.json"
    os.mkfifo(pipe)
    with pytest.raises(dealfile.DealFileError, match="not a file but a device, a pipe"):
        dealfile.load(pipe)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "zero.deal.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(dealfile.DealFileError, match="not a file but a device"):
        dealfile.load(link)


def test_a_file_larger_than_any_deal_is_refused_unread(tmp_path, monkeypatch):
    big = tmp_path / "big.deal.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(dealfile.DealFileError, match="2,048 bytes, larger than any deal file"):
        dealfile.read_bounded(big, limit=1024)
    assert dealfile.read_bounded(big, limit=2048) == b" " * 2048


@pytest.mark.parametrize(("literal", "field", "words"), [
    ("9" * 5000, "offering.shares_offered", "a number 5,000 characters long"),
    ("1e999999999", "offering.amount_paid", "1e999999999, beyond any figure"),
    ('"1e-999999999"', "offering.amount_paid", "1e-999999999, beyond any figure"),
    ("1" + "0" * 4400 + ".5", "offering.amount_paid", "characters long"),
    ('"\\ud800"', "issuer.name", "half of a character"),
    ('"\\udc00abc"', "stated.0.source", "half of a character"),
])
def test_numbers_and_text_out_of_all_bounds_are_refused_by_name(example, literal, field, words):
    text = _document(example, "deal." + field, "MARK").replace('"MARK"', literal)
    with pytest.raises(dealfile.DealFileError) as caught:
        dealfile.loads(text)
    assert caught.value.field == field
    assert words in caught.value.message
    assert len(str(caught.value)) < 300


def test_a_lone_surrogate_in_a_field_name_is_refused(example):
    text = _document(example, "deal.offering.MARK", 1).replace('"MARK"', '"\\ud800"')
    with pytest.raises(dealfile.DealFileError, match="half of a character") as caught:
        dealfile.loads(text)
    assert caught.value.field == "offering"


def test_a_blank_text_field_reads_as_empty_text(example):
    deal = dealfile.loads(_document(example, "deal.stated.0.stated", None))
    assert deal.stated[0].stated == ""
    assert [f.path for f in compute(deal).findings if f.path.startswith("stated.0")] == ["stated.0.stated"]


def test_the_message_names_the_field_with_its_label(example):
    with pytest.raises(dealfile.DealFileError) as caught:
        dealfile.loads(_document(example, "deal.offering.amount_paid", "lots"))
    assert str(caught.value).startswith("offering.amount_paid (Amount to be paid): ")


def test_an_autosave_reads_as_the_deal_it_holds(example, tmp_path):
    text = dealfile.dumps_autosave(example, original="/deals/iij.deal.json", saved_at=1700000000.5)
    raw = json.loads(text)
    assert dealfile.autosave_info(dealfile.parse(text)) == ("/deals/iij.deal.json", 1700000000)
    assert dealfile.loads(text) == example
    raw["document"] = json.loads(text)  # an autosave inside an autosave
    with pytest.raises(dealfile.DealFileError, match="autosave inside an autosave"):
        dealfile.loads(json.dumps(raw))
    assert dealfile.autosave_info(dealfile.parse(dealfile.dumps(example))) is None
