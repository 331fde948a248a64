"""Real share exchanges and mergers reproduced: shares delivered, treasury
versus new, the increase in stated capital, and the two statutory tests.

Each deal is built in tests/reorganisations.py with its source (document,
company, date) and every figure marked PUBLISHED, DERIVED or ASSUMED; the
assertions below say which kind each expected figure is.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.reorganisations import (hitachi_metals_hitachi_cable, hitachi_metals_hitachi_tool, ichinen_taiho_kozai,
                                   katakura_chikkarin_coop_chemical, open_house_hawk_one, takeda_takeda_real_estate,
                                   tokyu_nagano_tokyu, tokyu_tokyu_recreation, with_section)
from worksheet.deal import compute

ART_796_2, ART_796_3, ART_784_1 = "Companies Act Art. 796(2)", "Companies Act Art. 796(3)", "Companies Act Art. 784(1)"


def text(ws, name):
    return ws.value(name).text("en")


def errors(ws):
    return [f.message for f in ws.findings if f.is_error]


# -- share exchanges ---------------------------------------------------------------------------


def test_open_house_hawk_one_2018():
    """オープンハウス, 簡易株式交換 release of 2018-07-31 and 臨時報告書 of the same day."""
    ws = compute(open_house_hawk_one())
    assert errors(ws) == []
    assert ws.value("share_exchange.shares_allotted_on") == 11_411  # PUBLISHED: 44,000 - 26,224 - 6,365
    assert ws.value("share_exchange.shares_delivered") == 1_357_909  # DERIVED: 11,411 x 119, no fraction
    assert ws.value("share_exchange.fraction_total") == 0
    # PUBLISHED 69.68% of all votes after both tranches: only on 37,635, treasury left out.
    assert ws.value("share_exchange.votes_total") == 37_635
    assert round(ws.value("share_exchange.voting_ratio") * 100, 2) == D("69.68")
    assert round(ws.value("share_exchange.held_ratio") * 100, 2) == D("59.60")  # the shares: not the release's basis
    assert ws.value("share_exchange.short_form_exchange") is False
    assert ws.value("share_exchange.subsidiary_meeting_required") is True
    assert text(ws, "share_exchange.simplified_exchange_article") == ART_796_2  # PUBLISHED 簡易; 2018: 796(2)
    # PUBLISHED 42.05% after the first tranche of 15,824 shares.
    first = compute(with_section(open_house_hawk_one(), "share_exchange", held_by_parent=15_824,
                                 subsidiary_treasury=6_365))
    assert round(first.value("share_exchange.voting_ratio") * 100, 2) == D("42.05")


def test_tokyu_tokyu_recreation_2022():
    """Reuters 2022-09-14 and 東急レクリエーション 臨時報告書 2022-09-14: the shipped example."""
    ws = compute(tokyu_tokyu_recreation())
    assert errors(ws) == []
    assert ws.value("share_exchange.shares_delivered") == 11_733_548  # PUBLISHED ("約")
    assert ws.value("share_exchange.fraction_total") == D("0.40")  # DERIVED: 3,259,319 x 3.60 = 11,733,548.4
    assert ws.value("share_exchange.treasury_delivered") == 11_733_548  # PUBLISHED: all treasury
    assert ws.value("share_exchange.new_shares_issued") == 0  # PUBLISHED: 新株発行の予定はない
    assert ws.value("share_exchange.treasury_after") == 0
    assert ws.value("share_exchange.capital_and_reserve_increase") == 0  # no new shares: nothing can be added
    assert round(ws.value("share_exchange.voting_ratio") * 100, 2) == D("48.94")  # PUBLISHED 48.94%
    assert ws.value("share_exchange.short_form_exchange") is False
    assert ws.value("share_exchange.net_assets_for_test") == D(528_530_000_000)  # PUBLISHED, 単体
    assert ws.value("share_exchange.simplified_limit") == D("105706000000.00")
    assert ws.value("share_exchange.simplified_exchange") is True  # DERIVED verdict
    assert text(ws, "share_exchange.simplified_exchange_article") == ART_796_2
    assert ws.value("share_exchange.market_value") == D(20_040_899_984)  # PUBLISHED "約200億円" at JPY 1,708
    stated = [f for f in ws.findings if f.path.startswith("stated.")]
    assert stated == []  # every figure the sources state agrees


def test_tokyu_nagano_tokyu_2021():
    """株式市場新聞 2021-03 (簡易株式交換, 46万7500株) and 日本経済新聞 2021-03-16 (ratio 1.14)."""
    ws = compute(tokyu_nagano_tokyu())
    assert ws.value("share_exchange.shares_delivered") == 467_500  # PUBLISHED
    assert ws.value("share_exchange.fraction_total") == D("0.32")  # DERIVED: 410,088 x 1.14 = 467,500.32
    assert ws.value("share_exchange.fraction_shares_sold") == 0
    assert ws.value("share_exchange.simplified_exchange") is True  # PUBLISHED 簡易株式交換
    assert ws.value("share_exchange.parent_meeting_required") is False
    assert text(ws, "share_exchange.simplified_exchange_article") == ART_796_2  # 2021


def test_hitachi_metals_hitachi_tool_2012():
    """日立金属・日立ツール release of 2012-07-27: treasury only, 会社法第796条第3項."""
    ws = compute(hitachi_metals_hitachi_tool())
    assert errors(ws) == []
    assert ws.value("share_exchange.shares_delivered") == 13_423_947  # PUBLISHED
    assert ws.value("share_exchange.treasury_delivered") == 13_423_947  # PUBLISHED: 全て自己株式を充当
    assert ws.value("share_exchange.new_shares_issued") == 0
    assert text(ws, "share_exchange.simplified_exchange_article") == ART_796_3  # PUBLISHED, 2012
    assert ws.value("share_exchange.subsidiary_meeting_required") is True  # PUBLISHED: EGM 2012-09-26
    # Treasury one share short: the last share is new, not an error.
    short = compute(hitachi_metals_hitachi_tool().with_value("issuer.treasury_shares", 13_423_946))
    assert (short.value("share_exchange.treasury_delivered"), short.value("share_exchange.new_shares_issued")) == \
        (13_423_946, 1)
    assert errors(short) == []


def test_ichinen_taiho_kozai_2007_new_and_treasury():
    """response.jp 2007-03-16: 新株210万2729株を発行し、自己株式5万株と合わせて充当."""
    ws = compute(ichinen_taiho_kozai())
    assert ws.value("share_exchange.shares_delivered") == 2_152_729  # DERIVED from the published parts
    assert ws.value("share_exchange.treasury_delivered") == 50_000  # PUBLISHED
    assert ws.value("share_exchange.new_shares_issued") == 2_102_729  # PUBLISHED
    assert text(ws, "share_exchange.simplified_exchange_article") == ART_796_3  # 2007
    # The same split chosen explicitly, whatever else the company holds.
    chosen = ichinen_taiho_kozai().with_value("issuer.treasury_shares", 900_000)
    chosen = with_section(chosen, "share_exchange", delivery="split", treasury_to_deliver=50_000)
    ws = compute(chosen)
    assert (ws.value("share_exchange.treasury_delivered"), ws.value("share_exchange.new_shares_issued")) == \
        (50_000, 2_102_729)
    assert ws.value("share_exchange.treasury_after") == 850_000
    # Only the new shares can raise stated capital: any amount within the change in equity, zero allowed.
    raised = compute(with_section(chosen, "share_exchange", equity_change=D(1_000_000_000),
                                  stated_capital_increase=D(0), capital_reserve_increase=D(0)))
    assert raised.value("share_exchange.other_capital_surplus_increase") == D(1_000_000_000)


# -- mergers --------------------------------------------------------------------------------------


def test_iij_exlayer_2013(ws):
    """Seed 003: IIJ release of 7 November 2013."""
    assert ws.value("merger.shares_delivered") == 104  # PUBLISHED: (4,000 - 3,996) x 26
    assert ws.value("merger.treasury_delivered") == 104  # PUBLISHED: treasury, no new shares
    assert ws.value("merger.new_shares_issued") == 0
    assert ws.value("merger.capital_and_reserve_increase") == 0
    (units, odd_lot, top_up) = (ws.value(f"merger.holders.0.{n}") for n in ("units", "odd_lot", "top_up"))
    assert (units, odd_lot, top_up) == (1, 4, 96)  # PUBLISHED note 3: one unit and 4, top-up 96
    assert ws.value("merger.simplified_merger") is True
    assert text(ws, "merger.simplified_merger_article") == ART_796_3  # PUBLISHED "Article 796.3"
    assert ws.value("merger.short_form_merger") is True
    assert text(ws, "merger.short_form_merger_article") == ART_784_1  # PUBLISHED "Article 784.1"
    assert ws.value("merger.voting_ratio") == D("0.999")
    assert ws.value("merger.consideration_for_test") == D("96482.88")  # 104 x 927.72, not 104 x a market price
    # The ratio's basis, on the example's illustrative closes (average 2,415.70): 20,856.44 and 62,400 a share.
    assert ws.value("merger.implied_ratio_net_assets") == D("8.63")
    assert ws.value("merger.implied_ratio_transaction") == D("25.83")


def test_hitachi_metals_hitachi_cable_2013():
    """日立金属・日立電線 合併契約締結のお知らせ, 2013-02-13: simplified at the survivor under 796(3)."""
    ws = compute(hitachi_metals_hitachi_cable())
    assert text(ws, "merger.simplified_merger_article") == ART_796_3  # PUBLISHED
    assert ws.value("merger.short_form_merger") is False  # Hitachi Cable's shareholders approve (PUBLISHED)
    assert ws.value("merger.dissolving_meeting_required") is True
    # Art. 234 with the ratio 0.17: 1,000 -> 170; 150 -> 25 and half a share; the halves make no whole share.
    assert [ws.value(f"merger.holders.{i}.shares_received") for i in (0, 1)] == [170, 25]
    assert ws.value("merger.holders.1.fraction") == D("0.50")
    assert (ws.value("merger.fraction_total"), ws.value("merger.fraction_shares_sold")) == (D("0.50"), 0)


def test_katakura_chikkarin_coop_chemical_2015():
    """日本M&Aセンター 2015-02-17 and the two releases of that day: both general meetings approve."""
    ws = compute(katakura_chikkarin_coop_chemical())
    assert ws.value("merger.shares_delivered") == 24_543_750  # DERIVED upper bound: 89,250,000 x 0.275
    assert ws.value("merger.new_shares_issued") == 24_543_750
    assert round(ws.value("merger.consideration_to_net_assets"), 2) == D("0.93")
    assert ws.value("merger.simplified_merger") is False  # PUBLISHED: both meetings
    assert ws.value("merger.surviving_meeting_required") is True
    assert text(ws, "merger.simplified_merger_article") == ART_796_3  # resolved before 1 May 2015


def test_takeda_takeda_real_estate_2020_zero_consideration():
    """医薬通信社 2020-09-25: wholly owned, no shares, 796(2) and 784(1)."""
    ws = compute(takeda_takeda_real_estate())
    assert ws.value("merger.shares_delivered") == 0  # PUBLISHED: 新株式の発行及び金銭等の割当てはない
    assert ws.value("merger.new_shares_issued") == 0 and ws.value("merger.treasury_delivered") == 0
    assert ws.value("merger.capital_and_reserve_increase") == 0
    assert ws.value("merger.simplified_merger") is True
    assert text(ws, "merger.simplified_merger_article") == ART_796_2  # PUBLISHED, 2020
    assert ws.value("merger.short_form_merger") is True
    assert text(ws, "merger.short_form_merger_article") == ART_784_1  # PUBLISHED
    assert errors(ws) == []


def test_the_article_follows_the_deal_date():
    """The 2014 amendment (Act No. 90 of 2014) came into force on 1 May 2015."""
    deal = hitachi_metals_hitachi_tool()
    for day, article in ((dt.date(2015, 4, 30), ART_796_3), (dt.date(2015, 5, 1), ART_796_2)):
        ws = compute(with_section(deal, "share_exchange", resolution_date=day))
        assert text(ws, "share_exchange.simplified_exchange_article") == article
    ws = compute(with_section(deal, "share_exchange", resolution_date=None))
    found = ws.results["share_exchange.simplified_exchange_article"]
    assert found.value is None and "Board resolution date is blank" in found.reason.text()
