"""The simplified and short-form tests on their legal basis, as tables of
cases at and beside each threshold (one fifth, nine tenths), for a merger
and for a share exchange alike.

Simplified (Companies Act Art. 796(2); 796(3) before 1 May 2015): shares
delivered x net assets per share (Ordinance Art. 25) + cash + other
property, against one fifth (or the articles' lower fraction) of net
assets (Ordinance Art. 196, not less than JPY 5 million). Short-form
(Art. 784(1), 468(1)): nine tenths of the votes of all shareholders, held
directly or through wholly owned subsidiaries; treasury shares and shares
below one unit carry no vote.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from tests.reorganisations import exchange, merger
from worksheet.deal import compute
from worksheet.issuer import Issuer
from worksheet.merger import Holder

ISSUER = Issuer(name="Acquirer", shares_issued=10_000_000, treasury_shares=0, share_unit=100)
#: the acquirer's own net assets: JPY 10 billion, JPY 1,000 per share on 10 million shares outstanding
BOOK = dict(parent_net_assets=D(10_000_000_000), parent_net_assets_per_share=D(1000))


def simplified_exchange(delivered: int, **more):
    """A share exchange delivering ``delivered`` new shares at a ratio of 1."""
    return exchange(ISSUER, resolution_date=dt.date(2022, 9, 14), subsidiary_shares_issued=delivered, ratio=D(1),
                    delivery="new", **{**BOOK, **more})


# (case, shares delivered, more inputs, consideration / net assets, simplified)
SIMPLIFIED = [
    ("at one fifth", 2_000_000, {}, D("0.2"), True),
    ("one share above", 2_000_001, {}, D("0.2000001"), False),
    ("one yen of cash below", 1_999_999, {"cash_delivered": D(999)}, D("0.1999999999"), True),
    ("cash to the yen", 1_999_999, {"cash_delivered": D(1000)}, D("0.2"), True),
    ("one yen of cash above", 1_999_999, {"cash_delivered": D(1001)}, D("0.2000000001"), False),
    ("other property counts", 1_999_999, {"other_property_delivered": D(1001)}, D("0.2000000001"), False),
    ("a sen per share above", 2_000_000, {"parent_net_assets_per_share": D("1000.01")}, D("0.200002"), False),
    ("articles: one tenth, at", 1_000_000, {"simplified_threshold": D("0.1")}, D("0.1"), True),
    ("articles: one tenth, above", 1_000_001, {"simplified_threshold": D("0.1")}, D("0.1000001"), False),
    # Ordinance Art. 196: net assets below JPY 5 million count as JPY 5 million (limit JPY 1 million).
    ("floor of JPY 5 million, at", 1_000, {"parent_net_assets": D(1), "parent_net_assets_per_share": D(1000)},
     D(1_000_000), True),
    ("floor of JPY 5 million, above", 1_001, {"parent_net_assets": D(1), "parent_net_assets_per_share": D(1000)},
     D(1_001_000), False),
]


@pytest.mark.parametrize(("case", "delivered", "more", "ratio", "simplified"), SIMPLIFIED, ids=[c[0] for c in SIMPLIFIED])
def test_simplified_at_and_beside_one_fifth(case, delivered, more, ratio, simplified):
    ws = compute(simplified_exchange(delivered, **more))
    assert ws.value("share_exchange.simplified_exchange") is simplified
    assert ws.value("share_exchange.parent_meeting_required") is (not simplified)
    if case.startswith("floor"):
        assert ws.value("share_exchange.net_assets_for_test") == D(5_000_000)
        assert ws.value("share_exchange.consideration_for_test") == ratio
    else:
        assert ws.value("share_exchange.consideration_to_net_assets") == ratio


def test_half_book_value_is_thirty_percent_and_needs_a_meeting():
    """The case of the issue: trading at half its book value (JPY 500 against JPY 1,000 of net assets per
    share), delivering 3 million shares with 10 million outstanding. At market it would be 15%; the Act
    measures 30%."""
    deal = merger(ISSUER, resolution_date=dt.date(2016, 6, 1), dissolving_shares_issued=3_000_000, ratio=D(1),
                  delivery="new", surviving_net_assets=D(10_000_000_000), surviving_net_assets_per_share=D(1000))
    ws = compute(deal)
    assert ws.value("merger.consideration_for_test") == D(3_000_000_000)
    assert ws.value("merger.consideration_to_net_assets") == D("0.3")
    assert ws.value("merger.simplified_merger") is False
    assert ws.value("merger.surviving_meeting_required") is True
    assert D(3_000_000) * 500 / D(10_000_000_000) == D("0.15")  # what a market-price reading would say


def test_the_facts_that_shut_the_simplified_procedure_out():
    base = simplified_exchange(1_000)
    assert compute(base).value("share_exchange.simplified_exchange") is True
    loss = compute(base.with_value("share_exchange.exchange_loss", True))
    assert loss.value("share_exchange.simplified_exchange") is False
    assert any("A loss arises (Companies Act Art. 795(2)(iii))" in f.message
               for f in loss.findings if f.path == "share_exchange.exchange_loss")
    # Transfer-restricted shares matter only from a company that is not public.
    restricted = base.with_value("share_exchange.restricted_shares_delivered", True)
    assert compute(restricted).value("share_exchange.simplified_exchange") is True
    closed = compute(restricted.with_value("share_exchange.parent_public", False))
    assert closed.value("share_exchange.simplified_exchange") is False
    assert any("not a public company" in f.message for f in closed.findings)
    # Shareholders who object require a meeting though the test is met.
    objected = compute(base.with_value("share_exchange.shareholders_objected", True))
    assert objected.value("share_exchange.simplified_exchange") is True
    assert objected.value("share_exchange.parent_meeting_required") is True
    merger_loss = compute(merger(ISSUER, resolution_date=dt.date(2016, 6, 1), dissolving_shares_issued=10, ratio=D(1),
                                 surviving_net_assets=D(10**9), surviving_net_assets_per_share=D(100), merger_loss=True))
    assert merger_loss.value("merger.simplified_merger") is False
    assert any("Art. 795(2)(i) or (ii)" in f.message for f in merger_loss.findings)


def test_the_articles_may_only_lower_one_fifth():
    ws = compute(simplified_exchange(1_000, simplified_threshold=D("0.21")))
    assert ws.value("share_exchange.simplified_exchange") is None
    assert any("above one fifth" in f.message for f in ws.errors)


def test_net_assets_on_another_basis_are_flagged():
    ws = compute(simplified_exchange(1_000, net_assets_basis="other"))
    assert ws.value("share_exchange.simplified_exchange") is True
    assert [f.path for f in ws.findings if not f.is_error] == ["share_exchange.net_assets_basis"]


# -- short-form: votes, not shares --------------------------------------------------------------


def short_form_merger(issued: int, held: int, own: int = 0, unit: int = 1, **more):
    return merger(ISSUER, resolution_date=dt.date(2016, 6, 1), dissolving_shares_issued=issued, held_by_surviving=held,
                  dissolving_treasury=own, dissolving_share_unit=unit, ratio=D(1), **more)


# (case, issued, held, treasury, unit, more, votes held, all votes, short-form)
SHORT_FORM = [
    ("the issue's case: 850 of 1,000, 100 treasury", 1_000, 850, 100, 1, {}, 850, 900, True),
    ("nine tenths of the votes exactly", 1_000, 810, 100, 1, {}, 810, 900, True),
    ("one vote short", 1_000, 809, 100, 1, {}, 809, 900, False),
    ("no treasury: 900 of 1,000", 1_000, 900, 0, 1, {}, 900, 1_000, True),
    ("no treasury: 899 of 1,000", 1_000, 899, 0, 1, {}, 899, 1_000, False),
    ("units: 81 of 90 votes", 10_000, 8_100, 1_000, 100, {}, 81, 90, True),
    ("units: 8,099 shares are 80 votes", 10_000, 8_099, 1_000, 100, {}, 80, 90, False),
    ("through a wholly owned subsidiary, at", 1_000, 800, 0, 1, {"held_through_subsidiaries": 100}, 900, 1_000, True),
    ("through a wholly owned subsidiary, short", 1_000, 800, 0, 1, {"held_through_subsidiaries": 99}, 899, 1_000,
     False),
    ("articles raise it to 95%: 950 of 1,000", 1_000, 950, 0, 1, {"short_form_threshold": D("0.95")}, 950, 1_000,
     True),
    ("articles raise it to 95%: 949", 1_000, 949, 0, 1, {"short_form_threshold": D("0.95")}, 949, 1_000, False),
    ("votes as the register states them", 1_000, 900, 0, 1, {"dissolving_voting_rights": 1_001}, 900, 1_001, False),
]


@pytest.mark.parametrize(("case", "issued", "held", "own", "unit", "more", "votes", "total", "short_form"), SHORT_FORM,
                         ids=[c[0] for c in SHORT_FORM])
def test_short_form_at_and_beside_nine_tenths(case, issued, held, own, unit, more, votes, total, short_form):
    ws = compute(short_form_merger(issued, held, own, unit, **more))
    assert (ws.value("merger.votes_held"), ws.value("merger.votes_total")) == (votes, total)
    assert ws.value("merger.short_form_merger") is short_form
    assert ws.value("merger.dissolving_meeting_required") is (not short_form)


def test_shares_held_and_votes_both_shown():
    """850 of 1,000 shares is 85% of the shares but 94.4% of the votes."""
    ws = compute(short_form_merger(1_000, 850, 100))
    assert ws.value("merger.held_ratio") == D("0.85")
    assert round(ws.value("merger.voting_ratio"), 4) == D("0.9444")


def test_odd_lots_of_listed_holders_carry_no_vote():
    """With the other holders listed, each holder's odd lot is left out: 90 votes held of 99, not of 100."""
    holders = (Holder("A", 150), Holder("B", 350), Holder("C", 399))  # 1, 3 and 3 votes: 7 of 899 shares' 8.99
    ws = compute(short_form_merger(10_000, 9_101, 0, 100, holders=holders))
    assert ws.value("merger.votes_total") == 91 + 1 + 3 + 3
    assert ws.value("merger.short_form_merger") is True  # 91 / 98 = 92.9%


def test_restricted_shares_to_a_public_target_close_the_short_form():
    deal = short_form_merger(1_000, 950, restricted_shares_delivered=True)
    assert compute(deal).value("merger.short_form_merger") is True
    ws = compute(deal.with_value("merger.dissolving_public_one_class", True))
    assert ws.value("merger.short_form_merger") is False
    assert any("Art. 784(1) proviso" in f.message for f in ws.findings)


def test_the_articles_may_only_raise_nine_tenths():
    ws = compute(short_form_merger(1_000, 950, short_form_threshold=D("0.89")))
    assert ws.value("merger.short_form_merger") is None
    assert any("nine tenths" in f.message for f in ws.errors)


def test_a_target_without_votes_says_so():
    ws = compute(short_form_merger(1_000, 0, 950, 100))
    assert ws.value("merger.voting_ratio") is None
    assert any("No shareholder of the dissolving company has a vote" in f.message for f in ws.errors)
    assert ws.value("merger.short_form_merger") is False


# -- delivery and capital ----------------------------------------------------------------------------


def delivering(treasury: int, **more):
    issuer = Issuer(name="Acquirer", shares_issued=1_000_000, treasury_shares=treasury)
    return merger(issuer, dissolving_shares_issued=4_000, held_by_surviving=3_996, ratio=D(26), **more)


@pytest.mark.parametrize(("treasury", "more", "from_treasury", "new", "after"), [
    (760_800, {}, 104, 0, 760_696),
    (104, {}, 104, 0, 0),
    (103, {}, 103, 1, 0),
    (0, {}, 0, 104, 0),
    (760_800, {"delivery": "new"}, 0, 104, 760_800),
    (760_800, {"delivery": "split", "treasury_to_deliver": 50}, 50, 54, 760_750),
    (50, {"delivery": "split", "treasury_to_deliver": 50}, 50, 54, 0),
])
def test_treasury_first_then_new_shares(treasury, more, from_treasury, new, after):
    ws = compute(delivering(treasury, **more))
    assert (ws.value("merger.treasury_delivered"), ws.value("merger.new_shares_issued"),
            ws.value("merger.treasury_after")) == (from_treasury, new, after)
    assert ws.errors == ()


@pytest.mark.parametrize(("treasury", "chosen", "says"), [
    (49, 50, "the company holds only 49"), (760_800, 105, "more than the 104 shares delivered")])
def test_a_chosen_split_beyond_what_is_held_or_delivered_is_an_error(treasury, chosen, says):
    ws = compute(delivering(treasury, delivery="split", treasury_to_deliver=chosen))
    assert any(says in f.message for f in ws.errors)
    assert ws.value("merger.treasury_after") is None  # never negative: left blank, saying why


@pytest.mark.parametrize(("capital", "reserve", "change", "error"), [
    (D(0), D(0), None, None),
    (D(0), D(0), D(5_000), None),
    (D(3_000), D(2_000), D(5_000), None),
    (D(3_000), D(2_001), D(5_000), "more than the change in shareholders' equity"),
])
def test_capital_increase_within_the_change_in_equity(capital, reserve, change, error):
    ws = compute(delivering(0, stated_capital_increase=capital, capital_reserve_increase=reserve, equity_change=change))
    found = [f.message for f in ws.errors]
    assert (error is None and found == []) or any(error in m for m in found)


def test_capital_increase_needs_new_shares():
    ws = compute(delivering(760_800, stated_capital_increase=D(1)))
    assert any("no new shares are issued" in f.message for f in ws.errors)
    assert ws.value("merger.capital_and_reserve_increase") is None


# -- the edges of the checks ---------------------------------------------------------------------------


def check_paths(ws):
    return {f.check.rsplit(".", 1)[1] for f in ws.findings}


@pytest.mark.parametrize(("changes", "check", "fails"), [
    ({"dissolving_shares_issued": 0, "held_by_surviving": 0}, "some_shares", True),
    ({"dissolving_shares_issued": 1, "held_by_surviving": 0}, "some_shares", False),
    ({"ratio": D(0)}, "ratio_above_zero", True),
    ({"ratio": D("0.000001")}, "ratio_above_zero", False),
    ({"delivery": "split", "treasury_to_deliver": 104}, "treasury_within_delivered", False),
    ({"delivery": "split", "treasury_to_deliver": 105}, "treasury_within_delivered", True),
    ({"short_form_threshold": D(1)}, "short_form_threshold_raised_only", False),
    ({"short_form_threshold": D("1.000001")}, "short_form_threshold_raised_only", True),
    ({"dissolving_voting_rights": 3_996}, "votes_stated_cover_those_held", False),
    ({"dissolving_voting_rights": 3_995}, "votes_stated_cover_those_held", True),
    ({"effective_date": dt.date(2013, 11, 8)}, "effective_after_resolution", False),
    ({"effective_date": dt.date(2013, 11, 7)}, "effective_after_resolution", True),
    ({"dissolving_meeting_date": dt.date(2013, 12, 31)}, "dissolving_meeting_before_effective", False),
    ({"dissolving_meeting_date": dt.date(2014, 1, 1)}, "dissolving_meeting_before_effective", True),
    ({"surviving_meeting_date": dt.date(2014, 1, 1)}, "surviving_meeting_before_effective", True),
    ({"agreement_date": dt.date(2013, 11, 7)}, "agreement_after_resolution", False),
    ({"agreement_date": dt.date(2013, 11, 6)}, "agreement_after_resolution", True),
    ({"average_days": 1}, "average_over_a_day", False),
    ({"average_days": 0}, "average_over_a_day", True),
])
def test_checks_at_and_beside_their_edge(example, changes, check, fails):
    deal = example
    for name, value in changes.items():
        deal = deal.with_value(f"merger.{name}", value)
    assert (check in check_paths(compute(deal))) is fails


def test_the_delisting_comes_before_the_effective_date():
    base = simplified_exchange(1_000, effective_date=dt.date(2023, 1, 1))
    for day, fails in ((dt.date(2022, 12, 31), False), (dt.date(2023, 1, 1), True)):
        ws = compute(base.with_value("share_exchange.delisting_date", day))
        assert ("delisted_before_effective" in check_paths(ws)) is fails


def test_odd_lots_and_top_ups_per_holder(example):
    holders = (Holder("whole units", 100), Holder("odd lot", 101))  # 2,600 and 2,626 shares at 26
    deal = example.with_value("merger.held_by_surviving", 3_799).with_value("merger.holders", holders)
    ws = compute(deal)
    row = lambda i, n: ws.value(f"merger.holders.{i}.{n}")  # noqa: E731
    assert (row(0, "units"), row(0, "odd_lot"), row(0, "top_up"), row(0, "has_odd_lot")) == (26, 0, 0, False)
    assert (row(1, "units"), row(1, "odd_lot"), row(1, "top_up"), row(1, "has_odd_lot")) == (26, 26, 74, True)
    assert ws.value("merger.odd_lot_holders") == 1
    whole = compute(example.with_value("merger.held_by_surviving", 3_900).with_value("merger.holders", ()))
    assert ws.value("merger.shares_delivered") == 5_226
    assert whole.value("merger.shares_delivered") == 2_600 and whole.value("merger.odd_lot_holders") == 0


def test_the_limit_is_rounded_down_to_the_sen():
    """10,000,007 x 0.166667 = 1,666,671.166669: a consideration of 1,666,671.16 is within it, .17 is not."""
    ws = compute(simplified_exchange(1, parent_net_assets=D(10_000_007), simplified_threshold=D("0.166667"),
                                     parent_net_assets_per_share=D("1666671.16")))
    assert ws.value("share_exchange.simplified_limit") == D("1666671.16")
    assert ws.value("share_exchange.simplified_exchange") is True
    ws = compute(simplified_exchange(1, parent_net_assets=D(10_000_007), simplified_threshold=D("0.166667"),
                                     parent_net_assets_per_share=D("1666671.17")))
    assert ws.value("share_exchange.simplified_exchange") is False


def test_the_fractions_of_two_holders_make_a_share_sold_for_cash_at_the_close():
    """Two holders of 3 shares at a ratio of 0.5 are due 1.5 shares each: one share each, and the two halves
    make one share, sold; at a close of JPY 1,234.5 the cash is JPY 1,234 (rounded down, Art. 234)."""
    from worksheet.share_exchange import SubsidiaryHolder

    holders = (SubsidiaryHolder("A", 3), SubsidiaryHolder("B", 3))
    ws = compute(exchange(ISSUER, resolution_date=dt.date(2022, 9, 14), subsidiary_shares_issued=6, ratio=D("0.5"),
                          delivery="new", parent_close=D("1234.5"), holders=holders, **BOOK))
    assert ws.value("share_exchange.fraction_shares_sold") == 1
    assert ws.value("share_exchange.fraction_cash") == D(1234)
    none_sold = exchange(ISSUER, resolution_date=dt.date(2022, 9, 14), subsidiary_shares_issued=4, ratio=D("0.5"),
                         delivery="new", parent_close=D("1234.5"), holders=(SubsidiaryHolder("A", 4),), **BOOK)
    assert compute(none_sold).value("share_exchange.fraction_cash") == 0
