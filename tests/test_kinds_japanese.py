"""Japanese input in every field, as tables of cases: what each form reads
as, and what each refusal says in English and in Japanese."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worksheet import kinds
from worksheet.kinds import (
    BOOL, BUSINESS_DAYS, DATE, DAYS, FACTOR, MAX_TEXT, MILLION_YEN, PER_SHARE, PERCENT, PRICE, RATIO, SHARES, TEXT,
    THOUSAND_YEN, UNIT, YEN, Invalid, KindError)
from worksheet.literals import OversizedNumber
from worksheet.words import CATALOGUE, Message


def test_every_refusal_of_a_kind_has_its_japanese():
    keys = [k for k in CATALOGUE if k.startswith("kinds.")]
    assert len(keys) >= 30
    assert [k for k in keys if not CATALOGUE.words(k).ja] == []


def test_a_refusal_is_a_message_shown_in_either_language():
    found = SHARES.parse("4,7OO,000")
    assert isinstance(found, Invalid) and isinstance(found.message, Message)
    assert found.message.key == "kinds.not_a_number"
    assert found.reason == "'4,7OO,000' is not a whole number of shares"
    assert found.message.text("ja") == "「4,7OO,000」は株数（整数）として読めません"


def test_a_file_error_carries_its_message():
    with pytest.raises(KindError) as caught:
        PRICE.from_json("lots")
    assert caught.value.message.key == "kinds.expected"
    assert str(caught.value) == 'expected a price per share in yen, found the text "lots"'
    assert caught.value.message.text("ja") == '1株当たりの価格（円）が必要ですが、文字列"lots"でした'


@pytest.mark.parametrize(("kind", "raw", "english", "japanese"), [
    (SHARES, "9" * 5000, "'9999999999999999999999999999999999999999\u2026' has 5,000 digits, more than any real figure",
     "「9999999999999999999999999999999999999999\u2026」は5,000桁あり、実在しうる数値の桁数を超えています"),
    (PRICE, "1" * 41, "has 41 digits, more than any real figure", "41桁あり"),
])
def test_a_figure_of_too_many_digits_is_refused_unread_in_both_languages(kind, raw, english, japanese):
    found = kind.parse(raw)
    assert isinstance(found, Invalid) and found.text == raw  # kept whole; quoted short
    assert english in found.reason and japanese in found.message.text("ja")


@pytest.mark.parametrize(("kind", "raw", "english", "japanese"), [
    (SHARES, OversizedNumber("9" * 5000), "a number 5,000 characters long is above the largest allowed",
     "5,000文字の数値は上限の"),
    (SHARES, True, "found the answer true", "真偽値trueでした"),
    (PRICE, [1], "found a list of one item", "1項目のリストでした"),
    (DATE, "2013-07-10" + " " * 100, 'found the text "2013-07-10', "文字列\"2013-07-10"),
    (TEXT, "\ud800", "half of a character", "UTF-16サロゲート"),
    (TEXT, "x" * (MAX_TEXT + 1), "the text is 2,001 characters long; a field holds 2,000 at most", "2,001文字"),
    (DATE, {"invalid": "x" * (MAX_TEXT + 1)}, "the entry kept as typed is 2,001 characters long", "2,001文字"),
    (BOOL, "yes", "expected true or false (yes or no), found the text \"yes\"", "trueまたはfalse（はい・いいえ）"),
])
def test_a_file_value_is_described_in_words_in_both_languages(kind, raw, english, japanese):
    with pytest.raises(KindError) as caught:
        kind.from_json(raw)
    assert english in str(caught.value) and japanese in caught.value.message.text("ja")


def test_kept_as_typed_is_said_in_both_languages():
    found = DATE.from_json({"invalid": "2013-07-10"})
    assert found == Invalid("2013-07-10") and found.message.key == kinds.KEPT_AS_TYPED


# --- numbers -----------------------------------------------------------------

NUMBERS = [
    # kind, typed, read as
    (SHARES, "4,700,000", 4_700_000),
    (SHARES, "４，７００，０００", 4_700_000),  # full-width
    (SHARES, "470万", 4_700_000),
    (SHARES, "470万株", 4_700_000),
    (SHARES, "４７０万株", 4_700_000),
    (SHARES, "4,700千株", 4_700_000),  # a table in thousands of shares
    (SHARES, "4,700,000 shares", 4_700_000),
    (SHARES, "4,700,000.00", 4_700_000),
    (SHARES, "1.5万", 15_000),
    (SHARES, "1億", 100_000_000),
    (SHARES, "3万5千", 35_000),
    (SHARES, "1万2千3百", 12_300),
    (SHARES, "4 700 000", 4_700_000),
    (SHARES, "+100", 100),
    (SHARES, "△0", 0),
    (UNIT, "100株", 100),
    (DAYS, "90日", 90),
    (DAYS, "90日間", 90),
    (DAYS, "90 days", 90),
    (BUSINESS_DAYS, "5営業日", 5),
    (YEN, "18,773,000,000", D("18773000000")),
    (YEN, "18,773百万円", D("18773000000")),  # seed 000: net proceeds, as a Japanese release states them
    (YEN, "10,451,000千円", D("10451000000")),  # the facility plan's total
    (YEN, "187億7,300万円", D("18773000000")),
    (YEN, "1億", D("100000000")),
    (YEN, "1億円", D("100000000")),
    (YEN, "1億2,345万", D("123450000")),
    (YEN, "1億2345万6789", D("123456789")),
    (YEN, "1億2,345万円", D("123450000")),
    (YEN, "１億２，３４５万円", D("123450000")),
    (YEN, "1億5千万", D("150000000")),  # 千 before 万 belongs to the 万 section
    (YEN, "1千万円", D("10000000")),
    (YEN, "5百万円", D("5000000")),
    (YEN, "3万5千", D("35000")),
    (YEN, "3万5千円", D("35000")),
    (YEN, "1.5億円", D("150000000")),
    (YEN, "1兆2,000億円", D("1200000000000")),
    (YEN, "¥1,000", D("1000")),
    (YEN, "￥１，０００", D("1000")),
    (YEN, "JPY 1,000", D("1000")),
    (YEN, "1,000 yen", D("1000")),
    (THOUSAND_YEN, "10,451,000", D("10451000")),  # bare: in the field's unit
    (THOUSAND_YEN, "10,451,000千円", D("10451000")),  # the field's own unit word
    (THOUSAND_YEN, "10,451,000千", D("10451000")),
    (THOUSAND_YEN, "1億", D("100000")),  # 1億 yen is 100,000 thousand
    (THOUSAND_YEN, "1億円", D("100000")),
    (THOUSAND_YEN, "5,000円", D("5")),
    (THOUSAND_YEN, "18,773百万円", D("18773000")),
    (THOUSAND_YEN, "3万5千", D("35")),
    (MILLION_YEN, "18,773", D("18773")),
    (MILLION_YEN, "18,773百万円", D("18773")),
    (MILLION_YEN, "18,773百万", D("18773")),
    (MILLION_YEN, "5.9百万円", D("5.9")),  # the field's own unit keeps its decimals
    (MILLION_YEN, "187億7,300万円", D("18773")),
    (MILLION_YEN, "1.5億", D("150")),
    (MILLION_YEN, "△6", D("-6")),  # seed 003: the dissolving company's loss
    (MILLION_YEN, "▲5", D("-5")),
    (MILLION_YEN, "△5.9", D("-5.9")),
    (MILLION_YEN, "△ 6", D("-6")),
    (MILLION_YEN, "(6)", D("-6")),
    (MILLION_YEN, "（６）", D("-6")),
    (MILLION_YEN, "-6", D("-6")),
    (MILLION_YEN, "\u22126", D("-6")),  # the minus sign
    (MILLION_YEN, "－６", D("-6")),
    (MILLION_YEN, "△1億", D("-100")),
    (MILLION_YEN, "△6百万円", D("-6")),
    (MILLION_YEN, "△0", D("0")),
    (PER_SHARE, "△1,485.46", D("-1485.46")),  # seed 003: net loss per share
    (PER_SHARE, "▲1,485.46円", D("-1485.46")),
    (PER_SHARE, "927.72円", D("927.72")),
    (PRICE, "3,279.44円", D("3279.44")),
    (PRICE, "３，２７９．４４", D("3279.44")),
    (PRICE, "¥3,279.44", D("3279.44")),
    (PERCENT, "12.5%", D("0.125")),
    (PERCENT, "１２．５％", D("0.125")),
    (RATIO, "26", D("26")),
]


@pytest.mark.parametrize(("kind", "typed", "value"), NUMBERS, ids=[f"{n[0].name}:{n[1]}" for n in NUMBERS])
def test_numbers_read(kind, typed, value):
    found = kind.parse(typed)
    assert found == value and type(found) is type(value), getattr(found, "reason", found)


NUMBER_REFUSALS = [
    # kind, typed, key, the refusal in English
    (SHARES, "△1", "kinds.negative_mark",
     "'△1' is negative (△ marks a negative figure), and a whole number of shares cannot be negative"),
    (SHARES, "▲5", "kinds.negative_mark",
     "'▲5' is negative (▲ marks a negative figure), and a whole number of shares cannot be negative"),
    (SHARES, "-5", "kinds.negative", "'-5' is negative, and a whole number of shares cannot be negative"),
    (UNIT, "(100)", "kinds.negative", "'(100)' is negative, and a share unit cannot be negative"),
    (YEN, "△1", "kinds.negative_mark",
     "'△1' is negative (△ marks a negative figure), and an amount in whole yen cannot be negative"),
    (PRICE, "△3,279", "kinds.negative_mark",
     "'△3,279' is negative (△ marks a negative figure), and a price per share in yen cannot be negative"),
    (PERCENT, "△5%", "kinds.negative_mark",
     "'△5%' is negative (△ marks a negative figure), and a percentage cannot be negative"),
    (MILLION_YEN, "-△6", "kinds.two_signs", "'-△6' has two signs: write a negative figure as △6 or -6"),
    (MILLION_YEN, "△△6", "kinds.two_signs", "'△△6' has two signs: write a negative figure as △6 or -6"),
    (MILLION_YEN, "(△6)", "kinds.two_signs", "'(△6)' has two signs: write a negative figure as △6 or -6"),
    (PRICE, "1億", "kinds.per_share_in_yen",
     "'1億': a price per share in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (PRICE, "3千円", "kinds.per_share_in_yen",
     "'3千円': a price per share in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (PRICE, "3,279.44百万円", "kinds.per_share_in_yen",
     "'3,279.44百万円': a price per share in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (PER_SHARE, "1万", "kinds.per_share_in_yen",
     "'1万': a per-share figure in yen is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44"),
    (FACTOR, "1万", "kinds.no_multiplier", "'1万': a factor such as 0.90 is written in digits, without 兆, 億, 万, 千 or 百"),
    (RATIO, "2千", "kinds.no_multiplier", "'2千': an allotment ratio is written in digits, without 兆, 億, 万, 千 or 百"),
    (MILLION_YEN, "1億2,345万", "kinds.not_whole_unit",
     "'1億2,345万' is 123,450,000 yen, which is not a whole number of millions of yen: type the figure in "
     "millions of yen as the release states it, truncated or rounded as it says"),
    (MILLION_YEN, "12,345万円", "kinds.not_whole_unit",
     "'12,345万円' is 123,450,000 yen, which is not a whole number of millions of yen: type the figure in "
     "millions of yen as the release states it, truncated or rounded as it says"),
    (MILLION_YEN, "△37,607円", "kinds.not_whole_unit",
     "'△37,607円' is -37,607 yen, which is not a whole number of millions of yen: type the figure in "
     "millions of yen as the release states it, truncated or rounded as it says"),
    (THOUSAND_YEN, "500円", "kinds.not_whole_unit",
     "'500円' is 500 yen, which is not a whole number of thousands of yen: type the figure in "
     "thousands of yen as the release states it, truncated or rounded as it says"),
    (THOUSAND_YEN, "3万5百", "kinds.not_whole_unit",
     "'3万5百' is 30,500 yen, which is not a whole number of thousands of yen: type the figure in "
     "thousands of yen as the release states it, truncated or rounded as it says"),
    (YEN, "1億12,345万", "kinds.numeral_order",
     "'1億12,345万' cannot be read: 兆, 億, 万, 千 and 百 come largest first, each followed by less than itself, "
     "as in 1億2,345万 or 3万5千"),
    (YEN, "5千3,000", "kinds.numeral_order", None),
    (YEN, "1万1万", "kinds.numeral_order", None),
    (YEN, "1万2億", "kinds.numeral_order", None),
    (YEN, "5千12百", "kinds.numeral_order", None),
    (YEN, "1万12,345", "kinds.numeral_order", None),
    (YEN, "千円", "kinds.not_a_number", "'千円' is not an amount in whole yen"),
    (YEN, "億", "kinds.not_a_number", "'億' is not an amount in whole yen"),
    (YEN, "1万千", "kinds.not_a_number", "'1万千' is not an amount in whole yen"),
    (YEN, "1,2345万", "kinds.not_a_number", "'1,2345万' is not an amount in whole yen"),
    (YEN, "約188億円", "kinds.approximate", "'約188億円' is approximate (約): type the figure as stated, without 約"),
    (YEN, "1.23456万円", "kinds.whole_yen", "12,345.6: an amount in whole yen is stated in whole yen"),
    (YEN, "-", "kinds.not_a_number", "'-' is not an amount in whole yen"),
    (SHARES, "1.5", "kinds.has_fraction", "'1.5' is not a whole number of shares: it has a fraction"),
    (SHARES, "100円", "kinds.not_a_number", "'100円' is not a whole number of shares"),
    (SHARES, "12%", "kinds.not_a_number", "'12%' is not a whole number of shares"),
    (FACTOR, "0.9円", "kinds.not_a_number", "'0.9円' is not a factor such as 0.90"),
    (DAYS, "5株", "kinds.not_a_number", "'5株' is not a number of days"),
]


@pytest.mark.parametrize(("kind", "typed", "key", "english"), NUMBER_REFUSALS,
                         ids=[f"{n[0].name}:{n[1]}" for n in NUMBER_REFUSALS])
def test_numbers_refused(kind, typed, key, english):
    found = kind.parse(typed)
    assert isinstance(found, Invalid) and found.text == typed
    assert found.message.key == key
    if english is not None:
        assert found.reason == english
    assert found.message.text("ja") != found.reason  # said in Japanese too


NUMBER_REFUSALS_JA = [
    (SHARES, "△1", "「△1」は負の数です（△は負の数の記号です）。株数（整数）に負の数は入力できません"),
    (SHARES, "-5", "「-5」は負の数です。株数（整数）に負の数は入力できません"),
    (MILLION_YEN, "-△6", "「-△6」には符号が二つあります。負の数は△6または-6と入力してください"),
    (PRICE, "1億", "「1億」: 1株当たりの価格（円）は万・億・千円・百万円を使わず、3,279.44のように円で入力してください"),
    (FACTOR, "1万", "「1万」: 0.90のような係数は兆・億・万・千・百を使わず数字で入力してください"),
    (MILLION_YEN, "1億2,345万", "「1億2,345万」は123,450,000円で、百万円単位で割り切れません。"
                                "リリースに記載の百万円単位の数値（切捨て・四捨五入はリリースのとおり）を入力してください"),
    (YEN, "1万1万", "「1万1万」は読めません。兆・億・万・千・百は大きい順に書き、それぞれの後にはそれより小さい数を続けます"
                   "（1億2,345万、3万5千）"),
    (YEN, "約188億円", "「約188億円」は概数です。「約」を付けずに記載どおりの数値を入力してください"),
    (MILLION_YEN, "△37,607円", "「△37,607円」は△37,607円で、百万円単位で割り切れません。"
                               "リリースに記載の百万円単位の数値（切捨て・四捨五入はリリースのとおり）を入力してください"),
    (SHARES, "1.5", "「1.5」は株数（整数）ではありません（端数があります）"),
    (YEN, "1.23456万円", "12,345.6: 円単位の金額は円未満の端数なしで入力します"),
]


@pytest.mark.parametrize(("kind", "typed", "japanese"), NUMBER_REFUSALS_JA, ids=[n[1] for n in NUMBER_REFUSALS_JA])
def test_number_refusals_in_japanese(kind, typed, japanese):
    assert kind.parse(typed).message.text("ja") == japanese


@pytest.mark.parametrize("kind", [SHARES, YEN, THOUSAND_YEN, MILLION_YEN, PRICE, PER_SHARE])
def test_what_a_kind_prints_reads_back(kind):
    for value in (0, 1, 100, 4_700_000, 18_773_000_000):
        value = value if kind is SHARES else D(value)
        assert kind.parse(kind.format(value)) == value


# --- dates -------------------------------------------------------------------

DATES = [
    # typed, read as
    ("2013-07-18", dt.date(2013, 7, 18)),
    ("2013/7/18", dt.date(2013, 7, 18)),
    ("2013.7.18", dt.date(2013, 7, 18)),
    ("20130718", dt.date(2013, 7, 18)),
    ("2013年7月18日", dt.date(2013, 7, 18)),
    ("２０１３年７月１８日", dt.date(2013, 7, 18)),  # full-width
    ("2013年 7月 18日", dt.date(2013, 7, 18)),
    ("2013年7月18日(木)", dt.date(2013, 7, 18)),  # as a release prints it
    ("2013年7月18日（木）", dt.date(2013, 7, 18)),
    ("2013-07-18 (木曜日)", dt.date(2013, 7, 18)),
    ("2013-07-18(木曜)", dt.date(2013, 7, 18)),
    ("平成25年7月18日(木)", dt.date(2013, 7, 18)),
    ("R7.3.31", dt.date(2025, 3, 31)),
    ("r7/3/31", dt.date(2025, 3, 31)),
    ("Ｒ７．３．３１", dt.date(2025, 3, 31)),
    ("令和7年3月31日", dt.date(2025, 3, 31)),
    ("H25.7.12", dt.date(2013, 7, 12)),
    ("H25-07-12", dt.date(2013, 7, 12)),
    ("平成25年7月12日", dt.date(2013, 7, 12)),
    ("平成 25年 7月 12日", dt.date(2013, 7, 12)),
    ("平25.7.12", dt.date(2013, 7, 12)),
    ("H25年7月12日", dt.date(2013, 7, 12)),
    ("令和元年5月1日", dt.date(2019, 5, 1)),  # Reiwa's first day
    ("R1.5.1", dt.date(2019, 5, 1)),
    ("R元.5.1", dt.date(2019, 5, 1)),
    ("令和1年5月1日", dt.date(2019, 5, 1)),
    ("H31.4.30", dt.date(2019, 4, 30)),  # Heisei's last day
    ("平成31年4月30日(火)", dt.date(2019, 4, 30)),
    ("S64.1.7", dt.date(1989, 1, 7)),  # Showa's last day
    ("昭和64年1月7日", dt.date(1989, 1, 7)),
    ("H1.1.8", dt.date(1989, 1, 8)),  # Heisei's first day
    ("平成元年1月8日(日)", dt.date(1989, 1, 8)),
    ("S25.1.1", dt.date(1950, 1, 1)),  # the first day a deal holds
    ("昭和48年11月7日", dt.date(1973, 11, 7)),
    ("H26.1.1", dt.date(2014, 1, 1)),  # seed 003: the merger takes effect
    ("R181.12.31", dt.date(2199, 12, 31)),  # the last day a deal holds
    ("2016-02-29", dt.date(2016, 2, 29)),
    ("H28.2.29", dt.date(2016, 2, 29)),
]


@pytest.mark.parametrize(("typed", "day"), DATES, ids=[d[0] for d in DATES])
def test_dates_read(typed, day):
    assert DATE.parse(typed) == day


DATE_REFUSALS = [
    # typed, key, English, Japanese
    ("H31.5.1", "kinds.era_out_of_range",
     "'H31.5.1' is not a day of Heisei, which ran from 1989-01-08 to 2019-04-30: 2019-05-01 is R1.5.1",
     "「H31.5.1」は平成の日付ではありません（平成は1989年1月8日から2019年4月30日まで）。2019年5月1日は令和元年5月1日です"),
    ("平成31年5月1日", "kinds.era_out_of_range",
     "'平成31年5月1日' is not a day of Heisei, which ran from 1989-01-08 to 2019-04-30: 2019-05-01 is R1.5.1", None),
    ("R1.4.30", "kinds.era_not_begun",
     "'R1.4.30' is not a day of Reiwa, which began on 2019-05-01: 2019-04-30 is H31.4.30",
     "「R1.4.30」は令和の日付ではありません（令和は2019年5月1日から）。2019年4月30日は平成31年4月30日です"),
    ("令和元年1月1日", "kinds.era_not_begun",
     "'令和元年1月1日' is not a day of Reiwa, which began on 2019-05-01: 2019-01-01 is H31.1.1", None),
    ("S64.1.8", "kinds.era_out_of_range",
     "'S64.1.8' is not a day of Showa, which ran from 1926-12-25 to 1989-01-07: 1989-01-08 is H1.1.8",
     "「S64.1.8」は昭和の日付ではありません（昭和は1926年12月25日から1989年1月7日まで）。1989年1月8日は平成元年1月8日です"),
    ("H1.1.7", "kinds.era_not_begun",
     "'H1.1.7' is not a day of Heisei, which began on 1989-01-08: 1989-01-07 is S64.1.7",
     "「H1.1.7」は平成の日付ではありません（平成は1989年1月8日から）。1989年1月7日は昭和64年1月7日です"),
    ("H32.1.1", "kinds.era_out_of_range",
     "'H32.1.1' is not a day of Heisei, which ran from 1989-01-08 to 2019-04-30: 2020-01-01 is R2.1.1", None),
    ("S65.1.1", "kinds.era_out_of_range", None, None),
    ("H0.1.1", "kinds.era_year_zero", "'H0.1.1': an era's first year is 1 (元年); there is no year 0",
     "「H0.1.1」: 元号の最初の年は元年（1年）です。0年はありません"),
    ("2013年7月18日(金)", "kinds.wrong_weekday", "2013-07-18 is a Thursday, not 金",
     "2013年7月18日は木曜日です（「金」ではありません）"),
    ("平成25年7月18日(水)", "kinds.wrong_weekday", "2013-07-18 is a Thursday, not 水", None),
    ("2019-05-01(月曜日)", "kinds.wrong_weekday", "2019-05-01 is a Wednesday, not 月", "2019年5月1日は水曜日です（「月」ではありません）"),
    ("13/7/18", "kinds.two_digit_year",
     "'13/7/18': a two-digit year could be any century: write the year in full (2013-07-18) or with its era (H25.7.18)",
     "「13/7/18」: 2桁の年では世紀が定まりません。2013-07-18のように西暦4桁で、またはH25.7.18のように元号を付けて入力してください"),
    ("13年7月18日", "kinds.two_digit_year", None, None),
    ("07/18/2013", "kinds.year_last",
     "'07/18/2013' puts the year last, which reads day-first or month-first: write the year first, as 2013-07-18",
     "「07/18/2013」は年が最後にあり、月と日の順序が定まりません。2013-07-18のように年から入力してください"),
    ("18.7.2013", "kinds.year_last", None, None),
    ("soon", "kinds.not_a_date", "'soon' is not a date: write it as 2013-07-18, 2013年7月18日 or H25.7.18",
     "「soon」は日付として読めません。2013-07-18、2013年7月18日、平成25年7月18日、H25.7.18のように入力してください"),
    ("2013年7月", "kinds.not_a_date", None, None),
    ("X25.7.18", "kinds.not_a_date", None, None),
    ("2013年7月18日(祝)", "kinds.not_a_date", None, None),
    ("2013-02-30", "kinds.no_such_day", "'2013-02-30' is not a day of the calendar: month 2 of 2013 has 28 days",
     "「2013-02-30」は存在しない日付です（2013年2月は28日までです）"),
    ("H31.2.29", "kinds.no_such_day", "'H31.2.29' is not a day of the calendar: month 2 of 2019 has 28 days", None),
    ("2013-13-01", "kinds.no_such_month", "'2013-13-01' is not a day of the calendar: there is no month 13",
     "「2013-13-01」は存在しない日付です（13月はありません）"),
    ("2013-07-00", "kinds.no_such_day", None, None),
    ("1945-08-15", "kinds.year_out_of_range", "'1945-08-15' is outside the years 1950 to 2199",
     "「1945-08-15」は1950年から2199年の範囲外です"),
    ("S20.8.15", "kinds.year_out_of_range", None, None),
    ("T15.1.1", "kinds.year_out_of_range", None, None),
    ("0000-01-01", "kinds.year_out_of_range", None, None),
]


@pytest.mark.parametrize(("typed", "key", "english", "japanese"), DATE_REFUSALS, ids=[d[0] for d in DATE_REFUSALS])
def test_dates_refused(typed, key, english, japanese):
    found = DATE.parse(typed)
    assert isinstance(found, Invalid) and found.text == typed
    assert found.message.key == key
    if english is not None:
        assert found.reason == english
    if japanese is not None:
        assert found.message.text("ja") == japanese


def test_a_date_outside_the_years_from_a_file_is_named_in_either_language():
    with pytest.raises(KindError) as caught:
        DATE.from_json("3013-07-10")
    assert str(caught.value) == "3013-07-10 is outside the years 1950 to 2199"
    assert caught.value.message.text("ja") == "3013年7月10日は1950年から2199年の範囲外です"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５６７８９,.-/()（）△▲+%年月日元万億千百兆円株約HRSTh平令昭木金 ", max_size=14),
       st.sampled_from([SHARES, UNIT, DAYS, YEN, PRICE, THOUSAND_YEN, MILLION_YEN, PER_SHARE, FACTOR, RATIO, PERCENT,
                        DATE]))
def test_reading_never_raises_and_keeps_what_was_typed(text, kind):
    found = kind.parse(text)
    if isinstance(found, Invalid):
        assert found.text == text
        assert found.reason and found.message.text("ja")
    else:
        assert found is None or isinstance(found, (int, D, dt.date))


def test_every_field_names_what_it_holds_from_the_catalogue():
    from worksheet import schema
    from worksheet.deal import Deal

    def kinds_of(cls):
        for fi in schema.fields_of(cls).values():
            if fi.section is not None:
                yield from kinds_of(fi.section)
            elif fi.row is not None:
                yield from kinds_of(fi.row)
            elif hasattr(fi.kind, "what"):
                yield fi.kind

    assert [k.name for k in kinds_of(Deal) if k.what not in CATALOGUE] == []
