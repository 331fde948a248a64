"""Share count and dilution (DOMAIN.md section 4)."""

from __future__ import annotations

from decimal import Decimal as D

from worksheet.deal import compute


def test_share_bridge(ws):
    assert ws.value("shares.issued_before") == 41_297_800
    assert ws.value("shares.issued_after_offering") == 45_997_800
    assert ws.value("shares.issued_after_allotment") == 46_697_800
    assert ws.value("shares.new_shares_maximum") == 5_400_000


def test_dilution_is_over_shares_outstanding(example, ws):
    # Treasury 760,800: equity JPY 37,607 million / JPY 927.72 per share.
    assert example.issuer.treasury_shares == 760_800
    assert ws.value("shares.outstanding_before") == 40_537_000
    assert round(ws.value("shares.dilution") * 100, 2) == D("11.76")
    assert ws.value("shares.dilution_as_stated") == D("0.118")  # "approximately 11.8%"
    assert round(ws.value("shares.dilution_over_issued") * 100, 2) == D("11.56")  # not what was printed


def test_stated_dilution_is_checked(example):
    figures = tuple(f if f.result != "shares.dilution" else f.__class__(f.result, "11.6%", f.source)
                    for f in example.stated)
    ws = compute(example.with_value("stated", figures))
    assert any("stated 11.6%" in f.message and "computed 11.76%" in f.message for f in ws.findings)


def test_offering_alone_without_over_allotment(example):
    ws = compute(example.with_value("over_allotment", None))
    assert ws.value("shares.new_shares_maximum") == 4_700_000
    assert ws.value("shares.issued_after_allotment") == 45_997_800
    assert "allotment.shares_taken_up" not in ws.results


def test_results_of_absent_sections_are_left_out(example):
    ws = compute(example.with_value("merger", None))
    assert not [name for name in ws.results if name.startswith("merger.")]
    ws = compute(example.with_value("offering", None).with_value("over_allotment", None).with_value("schedule", None))
    assert ws.value("merger.shares_delivered") == 104
    assert not [name for name in ws.results if name.split(".")[0] in ("offering", "allotment", "schedule")]
