"""Price histories and the facility plan through pandas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from worksheet.tables import TableError, facility_plan_frame, price_history_from_text, read_price_history


def test_facility_plan_frame(example):
    frame = facility_plan_frame(example.proceeds.facility_plan)
    assert sum(frame["total"]) == D("10451000")
    assert sum(frame["remaining"]) == D("10122262")


def test_price_history_from_a_vendor_csv(tmp_path):
    path = tmp_path / "closes.csv"
    path.write_text("Date,Open,Close\n2013-10-31,2410,\"2,415\"\n2013-10-30,2400,2401.5\n", encoding="utf-8")
    points = read_price_history(path)
    assert [(p.day, p.close) for p in points] == [(dt.date(2013, 10, 30), D("2401.50")),
                                                  (dt.date(2013, 10, 31), D("2415.00"))]


def test_price_history_from_an_excel_download(tmp_path):
    import pandas as pd

    path = tmp_path / "closes.xlsx"
    pd.DataFrame({"日付": ["2013-10-31", "2013-10-30"], "終値": ["2415", "2401"]}).to_excel(path, index=False)
    assert [p.close for p in read_price_history(path)] == [D("2401.00"), D("2415.00")]


def test_pasted_rows_and_their_errors():
    points = price_history_from_text("Date\tClose\n2013/10/31\t2415\n")
    assert points[0].day == dt.date(2013, 10, 31)
    with pytest.raises(TableError, match="no close column"):
        price_history_from_text("Date\tPrice\n2013-10-31\t2415\n")
    with pytest.raises(TableError, match="row 2: 'soon' is not a date"):
        price_history_from_text("Date\tClose\nsoon\t2415\n")
    with pytest.raises(TableError, match="row 3: 'n/a' is not a closing price"):
        price_history_from_text("Date\tClose\n2013-10-31\t2415\n2013-10-30\tn/a\n")


def test_old_excel_files_are_named(tmp_path):
    path = tmp_path / "closes.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableError, match="old Excel 97-2003 file: save it as .xlsx"):
        read_price_history(path)


# --- Japanese files and pastes -------------------------------------------------

# A closing-price CSV as Japanese Excel saves it ("CSV (コンマ区切り)"): Shift_JIS,
# CRLF, figures with separators in quotes. The bytes are written out, not
# encoded by the codec under test: 日付,始値,高値,安値,終値,出来高 / 銘柄 ㈱ｲﾝﾀｰﾈｯﾄ
# (㈱ is one of Microsoft's NEC characters: CP932 has it, plain Shift_JIS does not).
SHIFT_JIS_CSV = (
    b"\x96\xc1\x95\xbf,\x93\xfa\x95t,\x8en\x92l,\x8d\x82\x92l,\x88\xc0\x92l,\x8fI\x92l,\x8fo\x97\x88\x8d\x82\r\n"
    b"\x87\x8a\xb2\xdd\xc0\xb0\xc8\xaf\xc4,2013/10/31,2410,2420,2400,\"2,415\",123400\r\n"
    b"\x87\x8a\xb2\xdd\xc0\xb0\xc8\xaf\xc4,2013/10/30,2400,2405,2390,\"2,401\",98700\r\n"
)
CLOSES = [(dt.date(2013, 10, 30), D("2401.00")), (dt.date(2013, 10, 31), D("2415.00"))]


def _points(points):
    return [(p.day, p.close) for p in points]


def test_the_shift_jis_bytes_are_what_japanese_excel_writes():
    text = "銘柄,日付,始値,高値,安値,終値,出来高\r\n㈱ｲﾝﾀｰﾈｯﾄ,2013/10/31,2410,2420,2400,\"2,415\",123400\r\n"
    assert SHIFT_JIS_CSV.startswith(text.encode("cp932"))
    with pytest.raises(UnicodeDecodeError):
        SHIFT_JIS_CSV.decode("utf-8")


ENCODINGS = [
    # what saved it, the bytes
    ("Excel, CSV (Shift_JIS)", SHIFT_JIS_CSV),
    ("Excel, CSV UTF-8 (with a byte-order mark)", SHIFT_JIS_CSV.decode("cp932").encode("utf-8-sig")),
    ("UTF-8 without a byte-order mark", SHIFT_JIS_CSV.decode("cp932").encode("utf-8")),
    ("Excel, Unicode text (UTF-16, tabs)", "日付\t終値\r\n2013/10/31\t2,415\r\n2013/10/30\t2,401\r\n".encode("utf-16")),
    ("UTF-16 big-endian with a byte-order mark", b"\xfe\xff" + "日付,終値\n2013/10/31,2415\n2013/10/30,2401\n".encode(
        "utf-16-be")),
]


@pytest.mark.parametrize(("saved_by", "data"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_a_price_file_in_any_encoding_japanese_software_writes(tmp_path, saved_by, data):
    path = tmp_path / "closes.csv"
    path.write_bytes(data)
    assert _points(read_price_history(path)) == CLOSES
    assert _points(price_history_from_text(data)) == CLOSES  # the same bytes pasted


def test_pasted_shift_jis_rows_with_tabs():
    pasted = b"\x93\xfa\x95t\t\x8fI\x92l\r\n2013/10/31\t2,415\r\n2013/10/30\t2,401\r\n"  # 日付 / 終値
    assert _points(price_history_from_text(pasted)) == CLOSES


def test_pasted_text_with_a_byte_order_mark():
    assert _points(price_history_from_text("\ufeff日付\t終値\n2013/10/31\t2415\n2013/10/30\t2401\n")) == CLOSES


def test_bytes_in_no_known_encoding_are_named(tmp_path):
    path = tmp_path / "closes.csv"
    path.write_bytes(b"Date,Close\n2013-10-31,\x81\x7f\n")  # not UTF-8, and 0x81 0x7F is no CP932 character
    with pytest.raises(TableError) as caught:
        read_price_history(path)
    assert str(caught.value) == ("closes.csv is neither UTF-8 nor Shift_JIS (CP932) text: "
                                 "save it as CSV UTF-8 and import that")
    assert caught.value.message.text("ja") == \
        "closes.csvはUTF-8でもShift_JIS（CP932）でもありません。CSV UTF-8形式で保存してから読み込んでください"
    with pytest.raises(TableError, match="the pasted rows is neither UTF-8"):
        price_history_from_text(b"\x81\x7f")


JAPANESE_CELLS = [
    # heading row and two rows, as pasted
    "日付\t終値\n2013年10月31日(木)\t２，４１５円\n2013年10月30日(水)\t2,401円\n",
    "年月日\t終値（円）\nH25.10.31\t2415\n平成25年10月30日\t2401.00\n",
    "日付,終値(円)\n2013-10-31,\"2,415\"\n2013/10/30,2401\n",
    " Date \t Close \n20131031\t2415\n2013.10.30\t2401\n",
    "Date,Close\n10/31/2013,2415\n10/30/2013,2401\n",  # a US download: month-first, as the 31 shows
    "Date,Close\n31/10/2013,2415\n30/10/2013,2401\n",  # day-first, as the 31 shows
]


@pytest.mark.parametrize("text", JAPANESE_CELLS, ids=[t.split("\n")[1] for t in JAPANESE_CELLS])
def test_japanese_dates_closes_and_headings(text):
    assert _points(price_history_from_text(text)) == CLOSES


ROW_REFUSALS = [
    # pasted, English, Japanese
    ("日付\t終値\nH31.5.1\t2415\n",
     "row 2: 'H31.5.1' is not a day of Heisei, which ran from 1989-01-08 to 2019-04-30: 2019-05-01 is R1.5.1",
     "2行目: 「H31.5.1」は平成の日付ではありません（平成は1989年1月8日から2019年4月30日まで）。2019年5月1日は令和元年5月1日です"),
    ("日付\t終値\n2013年10月31日(金)\t2415\n", "row 2: 2013-10-31 is a Thursday, not 金",
     "2行目: 2013年10月31日は木曜日です（「金」ではありません）"),
    ("日付\t終値\n2013/10/31\t△5\n",
     "row 2: '△5' is negative (△ marks a negative figure), and a closing price cannot be negative",
     "2行目: 「△5」は負の数です（△は負の数の記号です）。終値に負の数は入力できません"),
    ("日付\t終値\n2013/10/31\t1万\n",
     "row 2: '1万': a closing price is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44", None),
    ("日付\t終値\n2013/10/31\t\n", "row 2: 2013-10-31 has no close", "2行目: 2013年10月31日の終値がありません"),
    ("日付\t終値\n\t2415\n", "row 2: a close without a date", "2行目: 日付のない終値です"),
    ("日付\t終値\n13/10/31\t2415\n",
     "row 2: '13/10/31': a two-digit year could be any century: write the year in full (2013-07-18) "
     "or with its era (H25.7.18)", None),
    ("Date,Close\n10/1/2013,2415\n",
     "row 2: '10/1/2013' puts the year last, which reads day-first or month-first: write the year first, "
     "as 2013-07-18", None),
    ("Date,Close\n2/30/2013,2415\n10/31/2013,2401\n",
     "row 2: '2/30/2013' is not a day of the calendar: month 2 of 2013 has 28 days",
     "2行目: 「2/30/2013」は存在しない日付です（2013年2月は28日までです）"),
    ("Date,Close\n31/10/2013,2415\n10/31/2013,2401\n",
     "the date column has dates written day-first and others month-first: write them year first, as 2013-07-18",
     "日付の列に日・月の順の日付と月・日の順の日付が混在しています。2013-07-18のように年から入力してください"),
    ("日付\t価格\n2013/10/31\t2415\n", "no close column: expected one headed 'close', 'closing price', 'adj close', "
     "'終値'; found '日付', '価格'", "終値の列がありません。見出しを'close', 'closing price', 'adj close', '終値'の"
     "いずれかにしてください（見出し: '日付', '価格'）"),
]


@pytest.mark.parametrize(("pasted", "english", "japanese"), ROW_REFUSALS, ids=[r[1][:40] for r in ROW_REFUSALS])
def test_rows_refused_in_both_languages(pasted, english, japanese):
    with pytest.raises(TableError) as caught:
        price_history_from_text(pasted)
    assert str(caught.value) == english
    if japanese is not None:
        assert caught.value.message.text("ja") == japanese


def test_an_excel_download_with_japanese_dates_and_date_cells(tmp_path):
    import pandas as pd

    path = tmp_path / "closes.xlsx"
    pd.DataFrame({"年月日": ["平成25年10月31日(木)", dt.datetime(2013, 10, 30)],
                  "終値（円）": ["2,415円", 2401]}).to_excel(path, index=False)
    assert _points(read_price_history(path)) == CLOSES
