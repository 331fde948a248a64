"""Schedule presets give the dates the notices print (tests/sources/offerings/
07-schedule-patterns.md), and every preset says its period and whether it
was confirmed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.kinds import deal_with, with_preset
from worksheet.deal import compute
from worksheet.schedule import PRESETS
from worksheet.words import CATALOGUE

D = dt.date


@pytest.mark.parametrize("preset, pricing, start, end, payment, delivery", [
    # Seed 000 (2013-07-02) and seed 003 note 3: Marine Day (Mon 2013-07-15) is skipped.
    ("follow_on_t3", D(2013, 7, 10), D(2013, 7, 11), D(2013, 7, 12), D(2013, 7, 18), D(2013, 7, 19)),
    # SMFG, 2010-01-20: delivery not captured; the pattern gives 2010-01-28.
    ("follow_on_t3", D(2010, 1, 20), D(2010, 1, 21), D(2010, 1, 22), D(2010, 1, 27), D(2010, 1, 28)),
    # SMFG, 2006-01-23 (new shares and treasury shares): every date printed.
    ("follow_on_three_day", D(2006, 1, 23), D(2006, 1, 24), D(2006, 1, 26), D(2006, 1, 31), D(2006, 2, 1)),
    # E38156, 2022-11-22: Labour Thanksgiving Day (Wed 2022-11-23) inside the window.
    ("ipo_payment_5", D(2022, 11, 22), D(2022, 11, 24), D(2022, 11, 29), D(2022, 11, 30), D(2022, 12, 1)),
    # E34633, 2019-02-18.
    ("ipo_payment_5", D(2019, 2, 18), D(2019, 2, 19), D(2019, 2, 22), D(2019, 2, 25), D(2019, 2, 26)),
    # E38148, 2022-12-05; E33603, 2017-12-11; E37194 (scheduled), 2021-12-06.
    ("ipo_payment_6", D(2022, 12, 5), D(2022, 12, 6), D(2022, 12, 9), D(2022, 12, 13), D(2022, 12, 14)),
    ("ipo_payment_6", D(2017, 12, 11), D(2017, 12, 12), D(2017, 12, 15), D(2017, 12, 19), D(2017, 12, 20)),
    ("ipo_payment_6", D(2021, 12, 6), D(2021, 12, 7), D(2021, 12, 10), D(2021, 12, 14), D(2021, 12, 15)),
])
def test_the_presets_reproduce_the_printed_dates(preset, pricing, start, end, payment, delivery):
    """Subscription and payment as printed; the delivery date is printed only for the seed and SMFG 2006."""
    deal = with_preset(deal_with().with_value("schedule.pricing_date", pricing), preset)
    ws = compute(deal)
    assert (ws.value("schedule.subscription_start"), ws.value("schedule.subscription_end"),
            ws.value("schedule.payment_date"), ws.value("schedule.delivery_date")) == (start, end, payment, delivery)


def test_every_preset_has_a_period_and_a_source_in_both_languages():
    for preset in PRESETS.presets:
        base = f"presets.schedule.{preset.key}"
        for key in (base, base + ".period", base + ".description"):
            words = CATALOGUE.words(key)
            assert words.en and words.ja, key
        assert {path for path, _ in preset.edits()} == {
            "schedule.subscription_start_offset", "schedule.subscription_end_offset", "schedule.payment_offset",
            "schedule.delivery_offset"}


def test_the_unconfirmed_pattern_says_so():
    unconfirmed = [p.key for p in PRESETS.presets if "NOT CONFIRMED" in p.description.en]
    assert unconfirmed == ["follow_on_t2"]
    assert "未確認" in PRESETS.find("follow_on_t2").description.ja


def test_dates_stay_in_order_for_every_preset():
    for preset in PRESETS.presets:
        ws = compute(with_preset(deal_with().with_value("schedule.pricing_date", D(2019, 12, 27)), preset.key))
        days = [ws.value(f"schedule.{n}") for n in ("subscription_start", "subscription_end", "payment_date",
                                                    "delivery_date")]
        assert days == sorted(days) and days[0] > D(2019, 12, 27), preset.key
