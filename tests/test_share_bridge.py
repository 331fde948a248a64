"""The share-count bridge and the dilution whatever kinds a deal has
(DOMAIN.md section 4; seed 000: 41,297,800 -> 45,997,800 -> 46,697,800,
dilution 11.76%, "approximately 11.8%")."""

from __future__ import annotations

from decimal import Decimal as D

from tests.kinds import allotment, book_built, deal_with, global_offering, offering, secondary, treasury
from worksheet.deal import compute


def test_the_seed_keeps_its_figures(ws):
    assert ws.value("shares.issued_before") == 41_297_800
    assert ws.value("shares.issued_after_offering") == 45_997_800
    assert ws.value("shares.issued_after_allotment") == 46_697_800
    assert ws.value("shares.issued_after") == 46_697_800
    assert ws.value("shares.new_shares_maximum") == 5_400_000
    assert ws.value("shares.delivered_maximum") == 5_400_000
    assert round(ws.value("shares.dilution") * 100, 2) == D("11.76")
    assert ws.value("shares.dilution_as_stated") == D("0.118")
    assert ws.value("shares.treasury_after") == 760_800
    assert ws.value("shares.outstanding_after") == ws.value("shares.outstanding_after_allotment") == 45_937_000


def test_the_seed_with_part_of_the_allotment_forfeited(example):
    ws = compute(example.with_value("over_allotment.syndicate_cover_shares", 300_000))
    assert ws.value("shares.new_shares_issued") == 5_100_000  # 400,000 taken up
    assert ws.value("shares.issued_after") == 46_397_800
    assert ws.value("shares.new_shares_maximum") == 5_400_000  # dilution is stated on the maximum


def test_every_kind_at_once_adds_up():
    deal = deal_with(issued=100_000_000, treasury=5_000_000)
    deal = offering(shares=10_000_000, offer="1000", paid="960", deal=deal)
    deal = deal.with_value("over_allotment.shares", 1_500_000).with_value("over_allotment.allotment_shares", 1_500_000)
    deal = global_offering(international=8_000_000, option=1_200_000, exercise="part", exercised=1_000_000, deal=deal)
    deal = book_built(shares=2_000_000, offer="1000", underwriting="950", deal=deal)
    deal = allotment(allottees={"A": 3_000_000}, paid="900", deal=deal)
    deal = treasury(shares=4_000_000, price="960", deal=deal)
    deal = secondary(price="1000", for_sale=6_000_000, deal=deal)
    ws = compute(deal)
    issued = 10_000_000 + 1_500_000 + 9_000_000 + 2_000_000 + 3_000_000
    assert ws.value("shares.new_shares_issued") == issued
    assert ws.value("shares.issued_after") == 100_000_000 + issued
    assert ws.value("shares.treasury_disposed") == 4_000_000
    assert ws.value("shares.treasury_after") == 1_000_000
    assert ws.value("shares.outstanding_after") == 100_000_000 + issued - 1_000_000
    assert ws.value("shares.shares_sold_by_holders") == 6_000_000
    maximum = 10_000_000 + 1_500_000 + 9_200_000 + 2_000_000 + 3_000_000
    assert ws.value("shares.new_shares_maximum") == maximum
    assert ws.value("shares.delivered_maximum") == maximum + 4_000_000
    before = 95_000_000
    assert round(ws.value("shares.dilution"), 12) == round(D(maximum + 4_000_000) / D(before + maximum + 4_000_000), 12)
    # outstanding after, on the maximum, is outstanding before plus every share added
    assert ws.value("shares.outstanding_after") == before + issued + 4_000_000


def test_a_merger_alone_has_no_bridge_of_offerings(example):
    ws = compute(example.with_value("offering", None).with_value("over_allotment", None)
                 .with_value("schedule", None).with_value("proceeds", None))
    for name in ("shares.new_shares_issued", "shares.issued_after", "shares.dilution", "shares.new_shares_maximum"):
        assert name not in ws.results, name
    assert ws.value("shares.outstanding_before") == 40_537_000


def test_a_section_left_out_leaves_the_bridge():
    deal = allotment(allottees={"A": 1_000}, paid="1", deal=deal_with(issued=10_000))
    assert compute(deal).value("shares.issued_after") == 11_000
    ws = compute(deal.with_section("third_party_allotment", False))
    assert "shares.issued_after" not in ws.results
