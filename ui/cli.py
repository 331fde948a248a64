"""The headless command line: ``deal-worksheet compute`` and ``export``.

``compute FILE`` (or ``--example``) prints the computed worksheet as tables,
findings included; ``--json`` prints every input and result as one flat
object keyed by the dotted names the Excel export uses; ``--rules`` adds the
rule behind each result. It never imports Qt: it lives beside the window as
the other front end of the core.

Exit status: 0 done; 1 ``compute`` found errors in the deal (so does
``export --strict``; a plain ``export`` that wrote its workbook exits 0,
findings or not: they are on its Checks sheet); 2 the file cannot be read,
the workbook cannot be written, or the command is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from worksheet import dealfile
from worksheet.deal import Worksheet, compute, flatten, section_of
from worksheet.display import format_value, unit_words
from worksheet.explain import explain
from worksheet.naming import generic
from worksheet.sections import banners_raised
from worksheet.words import CATALOGUE, LANGUAGES

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deal-worksheet", description="Japanese deal worksheet, headless.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("compute", "print the computed worksheet"), ("export", "write the worksheet to an Excel workbook")):
        cmd = sub.add_parser(name, help=text)
        source = cmd.add_mutually_exclusive_group(required=True)
        source.add_argument("file", nargs="?", help="a .deal.json file")
        source.add_argument("--example", action="store_true", help="use the built-in example deal")
        cmd.add_argument("--lang", choices=LANGUAGES, default="en", help="the language of the words (en or ja)")
    compute_cmd = sub.choices["compute"]
    compute_cmd.add_argument("--json", action="store_true", help="one flat JSON object of every input and result")
    compute_cmd.add_argument("--rules", action="store_true", help="show the rule behind each result")
    export_cmd = sub.choices["export"]
    export_cmd.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    export_cmd.add_argument("--strict", action="store_true",
                            help="exit 1 when the deal has errors (the workbook is written all the same)")
    return parser


def _shown(value: object, unit: str, language: str) -> str:
    if hasattr(value, "text"):
        return value.text(language)  # type: ignore[union-attr]
    return format_value(unit, value)


def print_tables(ws: Worksheet, out: TextIO, rules: bool = False, language: str = "en") -> None:
    def say(key: str, **figures: object) -> str:
        return CATALOGUE.text(key, language, **figures)

    deal = ws.deal
    out.write(f"{deal.title or say('cli.untitled')}\n")
    if deal.issuer.name:
        out.write(f"{say('issuer')}: {deal.issuer.name} {deal.issuer.name_ja} ({deal.issuer.securities_code})\n")
    illustrative = [say(banner.flag.path) for banner in banners_raised(deal)]
    if illustrative:
        out.write(f"{say('cli.illustrative')}: {', '.join(illustrative)}.\n")
    labels = {name: say(generic(name)) for name in ws.results}
    width = max((len(label) for label in labels.values()), default=20)
    current = None
    for name, res in ws.results.items():
        section = section_of(name)
        if section != current:
            current = section
            title = say(section)
            out.write(f"\n{title}\n{'-' * len(title)}\n")
        label = labels[name]
        if name != generic(name):  # a row of a table
            row = [p for p in name.split(".") if p.isdigit()][0]
            label = f"{label} [{int(row) + 1}]"
        shown = _shown(res.value, res.unit, language)
        unit = "" if res.unit in ("%", "date", "yes/no", "text") else f" {unit_words(res.unit, language)}"
        if res.value is None:
            shown, unit = "\u2014", f"  ({res.reason.text(language) if res.reason else ''})"
        out.write(f"  {label:<{width + 6}}  {shown:>22}{unit}\n")
        if rules and name == generic(name):
            out.write(f"  {'':<{width + 6}}  {say('cli.rule')}: {explain(name, language)}\n")
    title = say("cli.findings")
    out.write(f"\n{title}\n{'-' * len(title)}\n")
    if not ws.findings:
        out.write(f"  {say('cli.no_findings')}\n")
    for f in ws.findings:
        severity = say(f"severity.{f.severity.value}").upper()
        out.write(f"  {severity:<7} {f.path}: {f.text(language)} [{f.rule_text(language)}]\n")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from worksheet.resources import example_deal_path

    source = Path(args.file) if args.file else example_deal_path()
    try:
        deal = dealfile.load(source)
    except dealfile.DealFileError as exc:
        print(f"deal-worksheet: cannot read {source}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    ws = compute(deal)
    if args.command == "export":
        from worksheet.excel import ExportError, export

        try:
            export(ws, Path(args.output), language=args.lang)
        except ExportError as exc:
            print(f"deal-worksheet: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        print(f"Wrote {args.output}: {len(ws.results)} results, {len(ws.findings)} findings.")
        return EXIT_FINDINGS if args.strict and ws.errors else EXIT_OK
    if args.json:
        json.dump(flatten(ws), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_tables(ws, sys.stdout, rules=args.rules, language=args.lang)
    return EXIT_FINDINGS if ws.errors else EXIT_OK


for _key, _en, _ja in (("cli.untitled", "Untitled deal", "無題の案件"),
                       ("cli.illustrative", "Illustrative figures", "例示の数値"),
                       ("cli.rule", "rule", "ルール"),
                       ("cli.findings", "Findings", "チェック結果"),
                       ("cli.no_findings", "none: every figure stated twice agrees.", "なし：二重に記載された数値はすべて一致しています。")):
    from worksheet.words import term

    term(_key, _en, _ja)

if __name__ == "__main__":
    sys.exit(main())
