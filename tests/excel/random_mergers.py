"""Random mergers and share exchanges, at and beside every statutory edge.

:func:`random_reorganisations` takes a deal and a seeded generator and
redraws its merger and its share exchange (adding a share exchange to the
example, which has none): decimal ratios whose products fall on and off a
whole share; holders listed or not, adding up or not, with odd lots;
consideration exactly at the simplified limit (one fifth of net assets,
the articles' lower fraction, the JPY 5 million floor) and one sen or one
yen either side; votes exactly at nine tenths and one vote either side,
with treasury shares, share units and holdings through subsidiaries;
treasury shares exactly covering the delivery and one short; chosen
splits within and beyond what the company holds; capital increases within,
at and above the change in equity, and without new shares; the facts that
shut the simplified and short-form procedures out; dates either side of
1 May 2015 and schedules out of order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from worksheet.merger import Holder
from worksheet.share_exchange import ShareExchange, SubsidiaryHolder

D = dt.date
RATIOS = ("26", "0.25", "0.068", "1.14", "3.6", "119", "0.17", "0.275", "1", "0.2", "0.3333", "26.3")
DAYS = (D(2007, 3, 8), D(2012, 7, 27), D(2013, 11, 7), D(2015, 4, 30), D(2015, 5, 1), D(2018, 7, 31),
        D(2022, 9, 14))
FLOOR = Decimal(5_000_000)


def _floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def _holders(rng: random.Random, row: type, allotted: int, unit: int) -> tuple:
    """Holders of the shares allotted on: none, an exact split (odd lots and
    whole units), or a split that misses by a share."""
    roll = rng.random()
    if roll < 0.45 or allotted <= 0:
        return ()
    sizes: list[int] = []
    rest = allotted
    while rest > 0 and len(sizes) < 4:
        size = min(rest, rng.choice((1, 2, unit, unit + 1, 2 * unit - 1, rng.randint(1, max(1, rest)))))
        sizes.append(size)
        rest -= size
    if rest:
        sizes.append(rest)
    if roll > 0.93:
        sizes[-1] += rng.choice((1, -1)) if sizes[-1] > 1 else 1
    return tuple(row(f"Holder {i}", n) for i, n in enumerate(sizes))


def _votes(rng: random.Random, issued: int, own: int, unit: int, threshold: Decimal) -> tuple[int, int]:
    """(held, through subsidiaries) putting the votes held at, just below or
    just above the threshold of all votes (no holders listed: one vote per
    whole unit of the shares other than treasury)."""
    total = (issued - own) // unit
    at = _floor(Decimal(total) * threshold)
    if Decimal(at) < Decimal(total) * threshold:
        at += 1  # the fewest votes that reach the threshold
    votes = max(0, min(total, at + rng.choice((0, 0, -1, 1))))
    subs_votes = rng.choice((0, 0, 0, min(votes, rng.randint(0, 3))))
    held = (votes - subs_votes) * unit + rng.choice((0, 0, unit - 1 if unit > 1 else 0))
    subs = subs_votes * unit
    held = min(held, issued - own)
    subs = min(subs, issued - own - held)
    return held, subs


def _side(rng: random.Random, part: Any, row: type, names: dict[str, str], issuer_treasury: int) -> tuple[Any, int]:
    """One transaction redrawn; also the issuer's treasury to give it (at,
    one short of and one beyond what this transaction delivers)."""
    issued = rng.choice((4000, 1000, 44_000, 6_387_494, 10_000_000, rng.randint(1, 2_000_000)))
    own = rng.choice((0, 0, rng.randint(0, issued // 10), issued // 10))
    unit = rng.choice((1, 1, 100, 1000))
    short_threshold = Decimal(rng.choice(("0.9", "0.9", "0.9", "0.95", "1", "0.89")))
    held, subs = _votes(rng, issued, own, unit, short_threshold)
    if rng.random() < 0.1:  # the case of the issue: 850 of 1,000 held, 100 in treasury
        issued, held, own, unit, subs = 1000, 850, 100, 1, 0
    if rng.random() < 0.05:
        held = issued - own + 1  # more than can be held
    ratio = Decimal(rng.choice(RATIOS))
    allotted = max(0, issued - held - own)
    holders = _holders(rng, row, allotted, unit)
    at_once = Decimal(allotted) * ratio
    total = _floor(at_once) if not holders else sum(_floor(h.shares * ratio) for h in holders)
    if holders:
        total += _floor(sum((h.shares * ratio - _floor(h.shares * ratio) for h in holders), Decimal(0)))
    delivery = rng.choice(("treasury_first", "treasury_first", "new", "split"))
    chosen = rng.choice((None, total, total + 1, max(0, total - 1), issuer_treasury, issuer_treasury + 1, 0))
    treasury = rng.choice((issuer_treasury, total, max(0, total - 1), total + 1, 0))

    threshold = Decimal(rng.choice(("0.2", "0.2", "0.2", "0.1", "0.166667", "0.21")))
    net_assets = Decimal(rng.choice((rng.randint(1, 10**12), rng.randint(0, 4_999_999), 5_000_000, 10**9,
                                     rng.randint(1, 10**10) * 10)))
    if threshold not in (Decimal("0.2"), Decimal("0.1")):
        # Six decimals of a fraction times more than JPY 5 billion is more
        # digits than a spreadsheet's binary number holds.
        net_assets = min(net_assets, Decimal(5 * 10**9))
    per_share = Decimal(rng.randint(0, 500_000)) / 100
    cash = Decimal(rng.choice((0, 0, 1, rng.randint(0, 10**8))))
    limit = max(net_assets, FLOOR) * threshold
    if rng.random() < 0.6:  # the consideration at the limit, or a yen or a sen either side
        per_share = Decimal(rng.randint(0, 20_000)) if rng.random() < 0.7 else per_share
        if total * per_share > limit:
            per_share = (limit / total).quantize(Decimal("0.01"), rounding=ROUND_FLOOR) if total else per_share
        gap = limit - total * per_share
        edge = rng.choice((Decimal(0), Decimal(1), Decimal(-1)))
        if gap == gap.to_integral_value() and gap + edge >= 0:
            cash = gap + edge
        elif total:
            cash = Decimal(0)
            per_share = (limit / total).quantize(Decimal("0.01"), rounding=ROUND_FLOOR) + rng.choice(
                (Decimal(0), Decimal("0.01")))
    other = Decimal(rng.choice((0, 0, 0, rng.randint(0, 10**6))))

    capital = Decimal(rng.choice((0, 0, 0, rng.randint(0, 10**9))))
    reserve = Decimal(rng.choice((0, 0, rng.randint(0, 10**8))))
    change = rng.choice((None, capital + reserve, capital + reserve + 1, max(Decimal(0), capital + reserve - 1),
                         Decimal(rng.randint(0, 10**10))))

    resolution = rng.choice(DAYS + (None,))
    base = resolution or D(2019, 6, 3)
    agreement = rng.choice((resolution, base + dt.timedelta(days=1), base - dt.timedelta(days=1), None))
    effective = rng.choice((base + dt.timedelta(days=rng.choice((30, 55, 92))), base, None))
    meeting = lambda: rng.choice((None, None, (effective or base) - dt.timedelta(days=rng.choice((1, 20, 0)))))  # noqa: E731
    stated_votes = rng.choice((None, None, None, (issued - own) // unit, held // unit + subs // unit - 1))

    values = {
        "issued": issued, "held": held, "own": own, "ratio": ratio, "delivery": delivery, "treasury_to_deliver": chosen,
        "holders": holders, "net_assets": net_assets, "per_share": per_share,
        "net_assets_basis": rng.choice(("ordinance", "ordinance", "ordinance", "other")), "cash_delivered": cash,
        "other_property_delivered": other, "simplified_threshold": threshold, "loss": rng.random() < 0.1,
        "public": rng.random() > 0.1, "restricted_shares_delivered": rng.random() < 0.2,
        "shareholders_objected": rng.random() < 0.1, "unit": unit, "held_through_subsidiaries": subs,
        "votes": stated_votes, "short_form_threshold": short_threshold, "target_public": rng.random() < 0.3,
        "equity_change": change, "stated_capital_increase": capital, "capital_reserve_increase": reserve,
        "resolution_date": resolution, "agreement_date": agreement, "effective_date": effective,
        "acquirer_meeting": meeting(), "target_meeting": meeting(),
    }
    return dataclasses.replace(part, **{names.get(k, k): v for k, v in values.items()}), treasury


MERGER_NAMES = {
    "issued": "dissolving_shares_issued", "held": "held_by_surviving", "own": "dissolving_treasury",
    "net_assets": "surviving_net_assets", "per_share": "surviving_net_assets_per_share", "loss": "merger_loss",
    "public": "surviving_public", "unit": "dissolving_share_unit", "votes": "dissolving_voting_rights",
    "target_public": "dissolving_public_one_class", "acquirer_meeting": "surviving_meeting_date",
    "target_meeting": "dissolving_meeting_date",
}
EXCHANGE_NAMES = {
    "issued": "subsidiary_shares_issued", "held": "held_by_parent", "own": "subsidiary_treasury",
    "net_assets": "parent_net_assets", "per_share": "parent_net_assets_per_share", "loss": "exchange_loss",
    "public": "parent_public", "unit": "subsidiary_share_unit", "votes": "subsidiary_voting_rights",
    "target_public": "subsidiary_public_one_class", "acquirer_meeting": "parent_meeting_date",
    "target_meeting": "subsidiary_meeting_date",
}


def random_reorganisations(deal: Any, rng: random.Random) -> Any:
    """``deal`` with its merger and its share exchange redrawn (a section the
    deal lacks is sometimes added, a present one sometimes left out)."""
    treasury = deal.issuer.treasury_shares if isinstance(deal.issuer.treasury_shares, int) else 0
    treasury_m = treasury
    if deal.merger is not None:
        merger, treasury_m = _side(rng, deal.merger, Holder, MERGER_NAMES, treasury)
        deal = dataclasses.replace(deal, merger=merger)
    exchange, treasury_x = _side(rng, deal.share_exchange or ShareExchange(), SubsidiaryHolder, EXCHANGE_NAMES,
                                 treasury)
    delisting = rng.choice((None, None, exchange.effective_date and exchange.effective_date - dt.timedelta(days=3),
                            exchange.effective_date))
    exchange = dataclasses.replace(
        exchange, delisting_date=delisting, parent_close=rng.choice((None, Decimal(rng.randint(100, 5000)) +
                                                                     Decimal(rng.choice((0, 50, 99))) / 100)))
    roll = rng.random()
    if roll < 0.7:
        deal = dataclasses.replace(deal, share_exchange=exchange)
    elif roll < 0.8:
        deal = dataclasses.replace(deal, share_exchange=exchange).with_section("share_exchange", False)
    if rng.random() < 0.5:  # the issuer's treasury at the edge of what one of them delivers
        chosen = rng.choice((treasury_x, treasury_m))
        deal = dataclasses.replace(deal, issuer=dataclasses.replace(deal.issuer, treasury_shares=chosen))
    return deal
