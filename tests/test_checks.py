"""Cross-checks: two figures for one fact (DOMAIN.md section 7)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

from worksheet.deal import compute


def test_seed_income_conflict_is_flagged(ws):
    two = [f for f in ws.findings if f.rule == "Two figures for one fact"]
    assert {f.path for f in two} == {"issuer.fiscal_years.1.income_before_tax", "issuer.fiscal_years.1.net_income"}
    messages = " ".join(f.message for f in two)
    assert "7,757" in messages and "5,976" in messages and "5,301" in messages and "3,641" in messages
    assert all(f.is_error for f in two)


def test_the_only_errors_of_the_example_are_the_seed_conflicts(ws):
    assert len(ws.errors) == 2
    # and the one warning the example carries on purpose: the seed states the issuer's consolidated
    # equity, not the non-consolidated net assets the simplified-merger test is measured on
    warnings = [f for f in ws.findings if not f.is_error]
    assert [(f.path, f.check) for f in warnings] == [("merger.net_assets_basis", "merger.net_assets_on_statutory_basis")]


def test_per_share_figures_agree_with_totals(example, ws):
    # 927.72 x 40,537,000 = 37,606.99 million ("37,607"); 20,856.44 x 4,000 = 83.4 ("83");
    # -1,485.46 x 4,000 = -5.9 ("loss of 6"): all within the stated rounding.
    assert not [f for f in ws.findings if f.rule.startswith("Per-share")]
    wrong = dataclasses.replace(example.issuer.fiscal_years[2], equity_per_share=D("21856.44"))
    years = example.issuer.fiscal_years[:2] + (wrong,)
    ws = compute(example.with_value("issuer.fiscal_years", years))
    found = [f for f in ws.findings if f.rule.startswith("Per-share")]
    assert len(found) == 1 and "87.4 million" in found[0].message and "83" in found[0].message


def test_stated_figures_agree(ws):
    assert not [f for f in ws.findings if f.path.startswith("stated.")]


def test_a_wrong_stated_count_is_flagged(example):
    figures = tuple(dataclasses.replace(f, stated="45,997,900") if f.result == "shares.issued_after_offering" else f
                    for f in example.stated)
    ws = compute(example.with_value("stated", figures))
    (found,) = [f for f in ws.findings if f.path.startswith("stated.")]
    assert "stated 45,997,900" in found.message and "computed 45,997,800" in found.message


def test_unknown_stated_result(example):
    figures = example.stated + (dataclasses.replace(example.stated[0], result="shares.nonsense"),)
    ws = compute(example.with_value("stated", figures))
    assert any("'shares.nonsense' is not a computed figure" in f.message for f in ws.findings)


def test_a_stated_figure_that_is_not_a_number(example):
    for text in ("NAN", "Infinity", "about 104"):
        figures = (dataclasses.replace(example.stated[0], stated=text),)
        ws = compute(example.with_value("stated", figures))
        assert any(f"'{text}' is not a figure that can be checked" in f.message for f in ws.findings)
