"""Invariants of every merger and share exchange (hypothesis).

- Every share allotted on is accounted for: the shares delivered plus the
  fractions aggregated equal the eligible shares times the ratio exactly,
  whether the holders are listed or not (Companies Act Art. 234); the
  shares sold are the aggregate rounded down.
- Treasury shares never go negative: what is delivered from treasury is at
  most what the company holds, treasury plus new is what is delivered, and
  a chosen split beyond the holding is refused, not carried below zero.
- Votes held never exceed all votes when the worksheet counts them.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reorganisations import deal_of
from worksheet.deal import compute
from worksheet.issuer import Issuer
from worksheet.merger import Holder, Merger
from worksheet.share_exchange import ShareExchange, SubsidiaryHolder

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ratios = st.one_of(
    st.sampled_from([Decimal(r) for r in ("26", "0.25", "0.068", "1.14", "3.60", "119", "0.17", "0.275", "0.2")]),
    st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(500), places=6))


@st.composite
def reorganisations(draw):
    """(deal, section key, eligible shares, ratio): a merger or a share exchange of any shape."""
    issued = draw(st.integers(1, 10**8))
    held = draw(st.integers(0, issued))
    own = draw(st.integers(0, issued - held))
    eligible = issued - held - own
    ratio = draw(ratios)
    listed = draw(st.booleans()) and eligible > 0
    sizes: list[int] = []
    if listed:
        cuts = sorted(draw(st.lists(st.integers(1, max(1, eligible - 1)), max_size=6, unique=True)))
        cuts = [c for c in cuts if 0 < c < eligible]
        sizes = [b - a for a, b in zip([0] + cuts, cuts + [eligible])]
    treasury = draw(st.one_of(st.integers(0, 10**9), st.just(0)))
    delivery = draw(st.sampled_from(("treasury_first", "new", "split")))
    chosen = draw(st.integers(0, 10**9))
    unit = draw(st.sampled_from((1, 10, 100, 1000)))
    issuer = Issuer(name="Acquirer", shares_issued=10**12, treasury_shares=treasury, share_unit=100)
    if draw(st.booleans()):
        section = "merger"
        doc = Merger(dissolving_shares_issued=issued, held_by_surviving=held, dissolving_treasury=own, ratio=ratio,
                     holders=tuple(Holder(f"H{i}", n) for i, n in enumerate(sizes)), delivery=delivery,
                     treasury_to_deliver=chosen, dissolving_share_unit=unit)
    else:
        section = "share_exchange"
        doc = ShareExchange(subsidiary_shares_issued=issued, held_by_parent=held, subsidiary_treasury=own, ratio=ratio,
                            holders=tuple(SubsidiaryHolder(f"H{i}", n) for i, n in enumerate(sizes)),
                            delivery=delivery, treasury_to_deliver=chosen, subsidiary_share_unit=unit)
    return deal_of(issuer, **{section: doc}), section, eligible, ratio


@SETTINGS
@given(reorganisations())
def test_every_eligible_share_is_delivered_or_sold_as_a_fraction(case):
    deal, key, eligible, ratio = case
    ws = compute(deal)
    delivered, fractions = ws.value(f"{key}.shares_delivered"), ws.value(f"{key}.fraction_total")
    assert Decimal(delivered) + fractions == eligible * ratio
    assert ws.value(f"{key}.fraction_shares_sold") == int(fractions.to_integral_value(rounding=ROUND_FLOOR))
    rows = len(getattr(deal, key).holders)
    assert 0 <= fractions < max(rows, 1)  # each holder's fraction is below one share
    assert ws.value(f"{key}.shares_to_deliver") == delivered + ws.value(f"{key}.fraction_shares_sold")


@SETTINGS
@given(reorganisations())
def test_treasury_never_goes_negative(case):
    deal, key, _, _ = case
    ws = compute(deal)
    held = deal.issuer.treasury_shares
    total = ws.value(f"{key}.shares_to_deliver")
    treasury, new, after = (ws.results[f"{key}.{n}"].value for n in ("treasury_delivered", "new_shares_issued",
                                                                      "treasury_after"))
    if after is None:  # only a chosen split the company cannot make is refused
        assert getattr(deal, key).delivery == "split"
        assert any(f.check in (f"{key}.enough_treasury", f"{key}.treasury_within_delivered") for f in ws.errors)
        return
    assert 0 <= treasury <= held and after == held - treasury >= 0
    assert new >= 0 and treasury + new == total


@SETTINGS
@given(reorganisations())
def test_votes_held_are_within_all_votes(case):
    deal, key, _, _ = case
    ws = compute(deal)
    held, total = ws.value(f"{key}.votes_held"), ws.value(f"{key}.votes_total")
    assert 0 <= held <= total
    short_form = ws.results[f"{key}.short_form_{'merger' if key == 'merger' else 'exchange'}"].value
    assert short_form is (total > 0 and held * 10 >= total * 9)
