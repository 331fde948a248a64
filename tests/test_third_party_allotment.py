"""Third-party allotment on its own, reproduced from published releases
(tests/sources/offerings/02-third-party-allotment.md), and the exchange's thresholds
as the TSE rules in force at the resolution date state them (08-legal-citations.md there)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from tests.kinds import allotment, checks_failing, deal_with
from worksheet.deal import compute

NOV_2009 = dt.date(2009, 11, 13)


def test_smbc_november_2009_odd_total_rounds_capital_up():
    """Sumitomo Mitsui Banking Corporation, "Notice Regarding Issuance of New Shares", 13 November 2009:
    992,453 shares at 48,365 yen to SMFG; stated capital 23,999,994,673, APIC 23,999,994,672."""
    ws = compute(allotment(allottees={"Sumitomo Mitsui Financial Group, Inc.": 992_453}, paid="48365",
                           resolved=NOV_2009, listed=False))
    assert ws.value("third_party_allotment.total_amount_paid") == D("47999989345")
    assert ws.value("third_party_allotment.stated_capital_increase") == D("23999994673")
    assert ws.value("third_party_allotment.additional_paid_in_capital") == D("23999994672")
    assert ws.value("third_party_allotment.capital_per_share") == D("24182.5")
    assert ws.value("third_party_allotment.allottees.0.amount_paid") == D("47999989345")


def test_smbc_august_2009_even_total():
    """SMBC, "Notice Regarding Issuance of New Shares", 24 August 2009, tranche 1: 20,672,514 shares at
    41,405 yen; total 855,945,442,170; stated capital and APIC 427,972,721,085 each."""
    ws = compute(allotment(allottees={"SMFG": 20_672_514}, paid="41405", resolved=dt.date(2009, 8, 24),
                           listed=False))
    assert ws.value("third_party_allotment.total_amount_paid") == D("855945442170")
    assert ws.value("third_party_allotment.stated_capital_increase") == D("427972721085")
    assert ws.value("third_party_allotment.additional_paid_in_capital") == D("427972721085")


def test_tanaka_chemical_2014_capital_per_share_and_total():
    """株式会社田中化学研究所, 「住友化学株式会社に対する第三者割当による新株式の発行…に関するお知らせ」,
    平成26年12月24日: 950,000 shares at 404 yen, 383,800,000; 資本組入額 202 a share, 191,900,000."""
    ws = compute(allotment(allottees={"住友化学株式会社": 950_000}, paid="404", resolved=dt.date(2014, 12, 24)))
    assert ws.value("third_party_allotment.total_amount_paid") == D("383800000")
    assert ws.value("third_party_allotment.capital_per_share") == D("202")
    assert ws.value("third_party_allotment.stated_capital_increase") == D("191900000")


@pytest.mark.parametrize("shares, printed_votes, printed_issued", [
    (154_900, D("0.0363"), D("0.0359")),  # その他の者に対する割当: 3.63% / 3.59%
    (809_500, D("0.1896"), D("0.1875")),  # the deal's maximum, all tranches together: 18.96% / 18.75%
])
def test_e40130_dilution_with_both_denominators(shares, printed_votes, printed_issued):
    """EDINET E40130, 有価証券届出書 of 2025-10-30, 第三者割当の場合の特記事項: 発行済株式総数 4,316,483
    (2025-10-30), 総議決権数 42,697個 (2025-08-31); ratios printed to two decimals, rounded half up
    (1,549 / 42,697 = 3.6279%: truncation would print 3.62%). The amount paid was not captured."""
    deal = deal_with(issued=4_316_483)
    ws = compute(allotment(allottees={"E40130 allottee": shares}, paid="1000", resolved=dt.date(2025, 10, 30),
                           voting_rights=42_697, deal=deal))
    assert ws.value("third_party_allotment.voting_rights_allotted") == shares // 100
    assert ws.value("third_party_allotment.dilution_as_stated") == printed_votes
    assert ws.value("third_party_allotment.ratio_to_shares_issued_as_stated") == printed_issued
    assert checks_failing(ws, "third_party_allotment") == []  # below 25%


def test_ishigaki_2021_over_25_percent_needs_an_opinion_or_a_vote():
    """石垣食品株式会社, 2021-03-11: 4,369,000 shares at 103 yen, dilution 61.81% as a news item quotes the
    release (株探, 2021-03-12). NOT CONFIRMED: the release's 総議決権数 is not in hand; 70,684 votes is one of
    the totals (70,679 to 70,690) that give 61.81% (DER)."""
    ws = compute(allotment(allottees={"辛澤": 4_369_000}, paid="103", resolved=dt.date(2021, 3, 11),
                           voting_rights=70_684))
    assert ws.value("third_party_allotment.total_amount_paid") == D("450007000")
    assert ws.value("third_party_allotment.stated_capital_increase") == D("225003500")
    assert ws.value("third_party_allotment.dilution_as_stated") == D("0.6181")
    assert checks_failing(ws, "third_party_allotment") == ["third_party_allotment.independent_opinion"]
    said = [f for f in ws.findings if f.check == "third_party_allotment.independent_opinion"]
    assert said and "Art. 432" in said[0].message and not said[0].is_error
    assert "第432条" in said[0].text("ja")


@pytest.mark.parametrize("votes_before, opinion, delisting", [
    (4_000, True, False),   # 1,000 / 4,000 = 25% exactly: "25% or more" (以上)
    (4_001, False, False),  # 24.99%
    (334, True, False),     # 299.40%: not over 300%
    (333, True, True),      # 300.30%
])
def test_the_thresholds_at_and_beside_their_edges(votes_before, opinion, delisting):
    """100,000 shares in units of 100 carry 1,000 votes."""
    ws = compute(allotment(allottees={"A": 100_000}, paid="500", resolved=dt.date(2015, 6, 1),
                           voting_rights=votes_before))
    failing = checks_failing(ws, "third_party_allotment")
    assert ("third_party_allotment.independent_opinion" in failing) is opinion
    assert ("third_party_allotment.delisting_criterion" in failing) is delisting


def test_over_300_percent_is_a_delisting_criterion():
    ws = compute(allotment(allottees={"A": 100_000}, paid="500", resolved=dt.date(2015, 6, 1), voting_rights=333))
    assert checks_failing(ws, "third_party_allotment") == ["third_party_allotment.delisting_criterion",
                                                           "third_party_allotment.independent_opinion"]
    ws = compute(allotment(allottees={"A": 99_900}, paid="500", resolved=dt.date(2015, 6, 1), voting_rights=333))
    assert "third_party_allotment.delisting_criterion" not in checks_failing(ws, "third_party_allotment")  # 300%


def test_nothing_is_said_before_the_rules_came_into_force_or_for_an_unlisted_issuer():
    for resolved, listed, said in ((dt.date(2009, 8, 23), True, False), (dt.date(2009, 8, 24), True, True),
                                   (dt.date(2015, 6, 1), False, False)):
        ws = compute(allotment(allottees={"A": 100_000}, paid="500", resolved=resolved, voting_rights=100,
                               listed=listed))
        both = ["third_party_allotment.delisting_criterion", "third_party_allotment.independent_opinion"]
        assert checks_failing(ws, "third_party_allotment") == (both if said else []), resolved  # 1,000%: both
        article = ws.value("third_party_allotment.exchange_rules").text()
        assert ("Art. 432" in article) is said
    ws = compute(allotment(allottees={"A": 100_000}, paid="500", resolved=None, voting_rights=100))
    assert checks_failing(ws, "third_party_allotment") == []  # no date, nothing to cite yet
    assert ws.results["third_party_allotment.exchange_rules"].value is None


def test_voting_rights_derived_from_the_issuer_when_not_stated():
    deal = deal_with(issued=4_316_483, treasury=46_783)  # 4,269,700 outstanding: 42,697 units
    ws = compute(allotment(allottees={"A": 154_900}, paid="1000", resolved=dt.date(2025, 10, 30), deal=deal))
    assert ws.value("third_party_allotment.total_voting_rights") == 42_697
    assert ws.value("third_party_allotment.dilution_as_stated") == D("0.0363")


def test_derived_voting_rights_drop_the_odd_lot():
    deal = deal_with(issued=4_316_482, treasury=46_783)  # 4,269,699 outstanding: 42,696 units and 99 shares
    ws = compute(allotment(allottees={"A": 154_900}, paid="1000", resolved=dt.date(2025, 10, 30), deal=deal))
    assert ws.value("third_party_allotment.total_voting_rights") == 42_696


def test_voting_rights_are_whole_units_of_each_allottee():
    ws = compute(allotment(allottees={"A": 150, "B": 250}, paid="10", voting_rights=1_000))
    assert [ws.value(f"third_party_allotment.allottees.{i}.voting_rights") for i in (0, 1)] == [1, 2]
    assert ws.value("third_party_allotment.voting_rights_allotted") == 3


def test_the_allotment_adds_its_shares_to_the_bridge():
    deal = deal_with(issued=4_316_483, treasury=46_783)
    ws = compute(allotment(allottees={"A": 154_900}, paid="1000", deal=deal))
    assert ws.value("shares.new_shares_issued") == 154_900
    assert ws.value("shares.issued_after") == 4_471_383
    assert ws.value("shares.outstanding_after") == 4_424_600
    assert round(ws.value("shares.dilution"), 12) == round(D(154_900) / D(4_424_600), 12)
    assert "shares.issued_after_offering" not in ws.results  # no public offering in this deal


def test_no_allottee_is_an_error_and_blanks_the_totals():
    ws = compute(allotment(allottees={}, paid="1000"))
    assert "third_party_allotment.has_allottees" in checks_failing(ws, "third_party_allotment")
    assert ws.value("third_party_allotment.shares_allotted") is None
    assert ws.value("third_party_allotment.stated_capital_increase") is None
    assert "add the allottees" in ws.results["third_party_allotment.stated_capital_increase"].reason.text()


def test_dates_in_order_and_on_business_days():
    deal = (allotment(allottees={"A": 100}, paid="1")
            .with_value("third_party_allotment.subscription_date", dt.date(2009, 11, 25))
            .with_value("third_party_allotment.payment_date", dt.date(2009, 11, 26)))
    assert checks_failing(compute(deal), "third_party_allotment") == []
    late = deal.with_value("third_party_allotment.payment_date", dt.date(2009, 11, 23))  # Labour Thanksgiving Day
    assert checks_failing(compute(late), "third_party_allotment") == ["third_party_allotment.paid_after_subscribed",
                                                                      "third_party_allotment.payment_on_business_day"]
