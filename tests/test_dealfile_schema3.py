"""Schema 3: files of schema 1 and 2 still open, migrated where a field
changed its meaning (worksheet/dealfile.migrate), and the examples load."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from worksheet import dealfile
from worksheet.deal import SCHEMA_VERSION, compute
from worksheet.resources import example_deal_path, resource_path

NEW_MERGER_FIELDS = ("surviving_net_assets_per_share", "net_assets_basis", "agreement_date")


def older(version: int, **merger_changes) -> str:
    """The example as schema ``version`` wrote it: the merger without the fields of schema 3."""
    raw = json.loads(example_deal_path().read_text(encoding="utf-8"))
    raw["schema_version"] = version
    merger = raw["deal"]["merger"]
    for name in NEW_MERGER_FIELDS:
        merger.pop(name)
    merger["delivery"] = "treasury"
    merger.update(merger_changes)
    return json.dumps(raw, ensure_ascii=False)


def test_the_schema_is_3():
    assert SCHEMA_VERSION == 3


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_file_opens_and_keeps_the_seed_figures(version):
    deal = dealfile.loads(older(version))
    assert deal.merger.delivery == "treasury_first"  # "treasury" meant: every share from treasury
    assert deal.merger.net_assets_basis == "other"  # a figure of unknown basis, flagged until confirmed
    ws = compute(deal)
    assert ws.value("merger.shares_delivered") == 104
    assert (ws.value("merger.treasury_delivered"), ws.value("merger.new_shares_issued")) == (104, 0)
    assert (ws.value("merger.holders.0.units"), ws.value("merger.holders.0.odd_lot"),
            ws.value("merger.holders.0.top_up")) == (1, 4, 96)
    assert ws.value("merger.short_form_merger") is True
    assert ws.value("merger.simplified_merger_article").text() == "Companies Act Art. 796(3)"
    assert any(f.path == "merger.net_assets_basis" and not f.is_error for f in ws.findings)
    assert ws.value("merger.simplified_merger") is None  # the per-share figure the Act needs was never entered


def test_too_few_treasury_shares_were_an_error_and_are_now_new_shares():
    deal = dealfile.loads(older(2)).with_value("issuer.treasury_shares", 100)
    ws = compute(deal)
    assert (ws.value("merger.treasury_delivered"), ws.value("merger.new_shares_issued")) == (100, 4)
    assert not [f for f in ws.errors if f.path.startswith("merger")]


def test_new_shares_and_a_missing_figure_are_kept_as_they_were():
    deal = dealfile.loads(older(2, delivery="new", surviving_net_assets=None))
    assert deal.merger.delivery == "new"
    assert deal.merger.net_assets_basis == "ordinance"  # nothing to flag: no figure was entered


def test_a_file_without_a_merger_needs_no_migration():
    raw = json.loads(older(1))
    raw["deal"]["merger"] = None
    assert dealfile.loads(json.dumps(raw)).merger is None


def test_schema_3_reads_its_own_words_strictly():
    raw = json.loads(example_deal_path().read_text(encoding="utf-8"))
    raw["deal"]["merger"]["delivery"] = "treasury"
    with pytest.raises(dealfile.DealFileError) as found:
        dealfile.loads(json.dumps(raw))
    assert found.value.field == "merger.delivery"
    raw["schema_version"] = 4
    with pytest.raises(dealfile.DealFileError, match="newer version"):
        dealfile.loads(json.dumps(raw))


@pytest.mark.parametrize("name", ["iij-2013.deal.json", "tokyu-recreation-2022.deal.json"])
def test_the_examples_are_schema_3_and_survive_a_save(name, tmp_path):
    path = resource_path("examples", name)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
    deal = dealfile.load(path)
    dealfile.save(deal, tmp_path / name)
    assert dealfile.load(tmp_path / name) == deal


def test_the_share_exchange_example_is_written_as_the_program_writes_it():
    path = resource_path("examples", "tokyu-recreation-2022.deal.json")
    assert dealfile.dumps(dealfile.load(path)) == path.read_text(encoding="utf-8")


def test_the_iij_example_states_what_the_act_needs():
    deal = dealfile.load(example_deal_path())
    assert deal.merger.surviving_net_assets_per_share == D("927.72")  # the release's consolidated figure
    assert deal.merger.net_assets_basis == "other"
