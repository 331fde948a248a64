"""The workbook's own words (sheet titles, headings, column headings, notes)
in the catalogue beside the rules' words, and one object that prints any
of them in the workbook's language."""

from __future__ import annotations

from typing import Any

from worksheet.display import unit_words
from worksheet.words import CATALOGUE, term

_TEXT = {
    "sheet.summary": ("Summary", "サマリー"),
    "sheet.fiscal": ("Fiscal figures", "財務数値"),
    "sheet.calendar": ("Calendar", "カレンダー"),
    "sheet.checks": ("Checks", "チェック"),
    "heading.summary": ("Deal summary", "案件の概要"),
    "heading.fiscal": ("Fiscal figures as the releases state them", "開示資料に記載された財務数値"),
    "heading.calendar": ("Days the Tokyo Stock Exchange is closed", "東京証券取引所の休業日"),
    "heading.checks": ("Checks", "チェック"),
    "heading.deal": ("Deal", "案件"),
    "heading.inputs": ("Inputs", "入力"),
    "heading.results": ("Results", "計算結果"),
    "heading.section_checks": ("Checks the workbook recalculates", "ブックが再計算するチェック"),
    "heading.key_figures": ("Key figures", "主要な数値"),
    "heading.findings": ("Findings of the checks when exported", "出力時のチェック結果"),
    "heading.live_checks": ("Checks the workbook recalculates", "ブックが再計算するチェック"),
    "heading.holidays": ("Weekday closures", "平日の休業日"),
    "item": ("Item", "項目"),
    "value": ("Value", "値"),
    "unit": ("Unit", "単位"),
    "check": ("Check / why blank", "チェック／空欄の理由"),
    "name": ("Name", "名前"),
    "blank": ("\u2014", "\u2014"),
    "ok": ("OK", "OK"),
    "severity": ("Severity", "重要度"),
    "field": ("Field", "項目"),
    "rule": ("Rule", "チェック"),
    "message": ("Message", "内容"),
    "errors": ("Errors found when exported", "出力時のエラー"),
    "warnings": ("Warnings found when exported", "出力時の警告"),
    "no_findings": ("No findings: every check passed.", "指摘事項はありません。すべてのチェックに合格しました。"),
    "date": ("Date", "日付"),
    "day": ("Day", "曜日"),
    "closure": ("Closed for", "休業の理由"),
    "source": ("Source", "出典"),
    "exchange_calendar": ("Exchange calendar (XJPX)", "取引所カレンダー（XJPX）"),
    "deal_closure": ("Added in this deal", "本件で追加"),
    "calendar_note": (
        "Weekdays the exchange is closed from {start} to {end} (national holidays, substitute holidays and the "
        "31 December to 3 January closure), and the closures added in this deal. Every WORKDAY and NETWORKDAYS "
        "formula in this workbook skips the dates of this table; a date outside these years needs rows added here.",
        "{start}から{end}までの取引所の平日休業日（国民の祝日、振替休日、12月31日から1月3日までの休業日）及び本件で"
        "追加した休業日。このブックのWORKDAY関数及びNETWORKDAYS関数はこの表の日付を除きます。この期間外の日付には行の追加が必要です。"),
    "calendar_empty": ("The deal has no dates that need the exchange calendar.", "取引所カレンダーを要する日付はありません。"),
    "inputs_note": ("Blue cells are inputs; black figures are formulas over the named inputs.",
                    "青字のセルは入力、黒字の数値は名前付きの入力に対する数式です。"),
    "illustrative": ("Some figures in this deal are illustrative, derived or assumed, not published: see Notes.",
                     "本件の一部の数値は例示、推計又は仮定であり、開示された数値ではありません（メモ参照）。"),
    "computed": ("Computed", "計算値"),
    "excel_note": ("In Excel: amounts are rounded to the sen (ROUND(…,2)) before a rounding rule applies, which "
                   "takes binary floating-point noise off them.",
                   "Excelでは端数処理の前に金額を銭単位に丸め（ROUND(…,2)）、2進浮動小数点の誤差を除いています。"),
    "footer": ("Page &P of &N", "&P / &N ページ"),
    "comment_author": ("Deal Worksheet", "Deal Worksheet"),
    "see_sheet": ("See the {sheet} sheet.", "{sheet}シートを参照。"),
    "row_check": ("Check", "チェック"),
    "yes": ("Yes", "はい"),
    "no": ("No", "いいえ"),
}
for _key, (_en, _ja) in _TEXT.items():
    term("excel." + _key, _en, _ja)


class Wording:
    """Prints the workbook's words in one language."""

    def __init__(self, language: str = "en"):
        self.language = language

    def __call__(self, key: str, **figures: Any) -> str:
        return CATALOGUE.text("excel." + key, self.language, **figures)

    def text(self, key: str, **figures: Any) -> str:
        """Any entry of the catalogue: a label, a check's label, a message."""
        return CATALOGUE.text(key, self.language, **figures)

    def sheet(self, key: str) -> str:
        found = f"sheet.{key}"
        return self.text(found) if found in CATALOGUE else self(f"sheet.{key}")

    def heading(self, key: str) -> str:
        return self(f"heading.{key}")

    def unit(self, unit: str) -> str:
        return unit_words(unit, self.language)

    def weekday(self, index: int) -> str:
        return CATALOGUE.text(f"weekday.{index}", self.language)


for _i, (_en, _ja) in enumerate(zip(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "月火水木金土日")):
    term(f"weekday.{_i}", _en, _ja)
