"""Deal files of every schema version open: the new sections are optional
and absent by default; the example deals of each kind load, compute the
figures their notes cite, and keep them through a save."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from worksheet import dealfile
from worksheet.deal import SCHEMA_VERSION, compute
from worksheet.resources import resource_path

NEW_SECTIONS = ("treasury_disposal", "global_offering", "book_building", "secondary_offering", "third_party_allotment")

VERSION_1 = {
    "format": "deal-worksheet", "schema_version": 1,
    "deal": {"title": "A version-1 file", "issuer": {"shares_issued": 41297800, "treasury_shares": 760800},
             "offering": {"shares_offered": 4700000, "offer_price": "3395", "amount_paid": "3279.44"}},
}


def test_a_version_1_file_opens_with_the_new_sections_absent(tmp_path):
    path = tmp_path / "old.deal.json"
    path.write_text(json.dumps(VERSION_1), encoding="utf-8")
    deal = dealfile.load(path)
    assert all(getattr(deal, key) is None for key in NEW_SECTIONS)
    assert deal.excluded == ()
    ws = compute(deal)
    assert ws.value("offering.stated_capital_increase") == D("7706684000")
    assert ws.value("shares.issued_after") == 45_997_800
    assert not [name for name in ws.results if name.split(".")[0] in NEW_SECTIONS]


def test_the_shipped_example_has_none_of_the_new_sections():
    deal = dealfile.load(resource_path("examples", "iij-2013.deal.json"))
    assert all(getattr(deal, key) is None for key in NEW_SECTIONS)
    assert compute(deal).value("shares.dilution_as_stated") == D("0.118")


def test_a_version_2_file_with_a_section_left_out_opens():
    raw = json.loads(json.dumps(VERSION_1))
    raw["schema_version"] = 2
    raw["deal"]["excluded"] = ["offering"]
    deal = dealfile.loads(json.dumps(raw))
    assert "offering" not in deal.present()


def test_files_are_written_at_version_3_and_a_newer_one_is_refused():
    assert SCHEMA_VERSION == 3
    deal = dealfile.loads(json.dumps(VERSION_1))
    written = json.loads(dealfile.dumps(deal))
    assert written["schema_version"] == 3
    assert all(written["deal"][key] is None for key in NEW_SECTIONS)
    written["schema_version"] = 4
    with pytest.raises(dealfile.DealFileError, match="newer version"):
        dealfile.loads(json.dumps(written))


EXAMPLES = {
    "ipo-book-building-e39018": {"book_building.stated_capital_increase": D("703579200"),
                                 "book_building.additional_paid_in_capital": D("703579200"),
                                 "book_building.reserve_per_share": D("276")},
    "global-offering-smfg-2010": {"global_offering.total_amount_paid": D("918955400000"),
                                  "global_offering.stated_capital_increase": D("459477700000"),
                                  "global_offering.total_issue_price": D("953360000000")},
    "third-party-allotment-smbc-2009": {"third_party_allotment.stated_capital_increase": D("23999994673"),
                                        "third_party_allotment.additional_paid_in_capital": D("23999994672")},
    "secondary-offering-filer-14734-2024": {"secondary_offering.total_selling_price": D("5481991000")},
    "treasury-disposal-filer-11080-2024": {"treasury_disposal.stated_capital_increase": D("0"),
                                           "shares.treasury_disposed": 6_521_800},
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_example_computes_the_figures_its_notes_cite(name, tmp_path):
    path = resource_path("examples", f"{name}.deal.json")
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
    deal = dealfile.load(path)
    ws = compute(deal)
    for result, expected in EXAMPLES[name].items():
        assert ws.value(result) == expected, result
    # The only error: the shares issued before the deal, which the research does not have (the notes say so).
    assert [f.path for f in ws.findings if f.is_error] == ["issuer.shares_issued"]
    assert "shares issued" in deal.notes
    assert not [f for f in ws.findings if f.check.startswith("stated.")]  # every stated figure agrees
    dealfile.save(deal, tmp_path / "again.deal.json")
    assert dealfile.load(tmp_path / "again.deal.json") == deal
