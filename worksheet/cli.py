"""The headless command line: ``deal-worksheet compute`` and ``export``.

``compute FILE`` (or ``--example``) prints the computed worksheet as tables,
findings included; ``--json`` prints every input and result as one flat
object keyed by the dotted names the Excel export uses; ``--rules`` adds the
rule behind each result. It never imports Qt.

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
from worksheet.deal import Worksheet, compute, flatten
from worksheet.display import format_value
from worksheet.resources import example_deal_path

SECTION_TITLES = {
    "shares": "Share count and dilution",
    "offering": "Public offering",
    "over_allotment": "Over-allotment and syndicate cover",
    "allotment": "Third-party allotment",
    "schedule": "Schedule (TSE business days)",
    "proceeds": "Use of proceeds",
    "merger": "Merger",
}

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deal-worksheet", description="Japanese deal worksheet, headless.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("compute", "print the computed worksheet"), ("export", "write the worksheet to an Excel workbook")):
        cmd = sub.add_parser(name, help=text)
        source = cmd.add_mutually_exclusive_group(required=True)
        source.add_argument("file", nargs="?", help="a .deal.json file")
        source.add_argument("--example", action="store_true", help="use the built-in example deal")
    compute_cmd = sub.choices["compute"]
    compute_cmd.add_argument("--json", action="store_true", help="one flat JSON object of every input and result")
    compute_cmd.add_argument("--rules", action="store_true", help="show the rule behind each result")
    export_cmd = sub.choices["export"]
    export_cmd.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    export_cmd.add_argument("--strict", action="store_true",
                            help="exit 1 when the deal has errors (the workbook is written all the same)")
    return parser


def print_tables(ws: Worksheet, out: TextIO, rules: bool = False) -> None:
    deal = ws.deal
    out.write(f"{deal.title or 'Untitled deal'}\n")
    if deal.issuer.name:
        out.write(f"Issuer: {deal.issuer.name} {deal.issuer.name_ja} ({deal.issuer.securities_code})\n")
    illustrative = [what for what, flag in (
        ("offering pricing", deal.offering is not None and deal.offering.pricing_illustrative is True),
        ("merger prices", deal.merger is not None and deal.merger.prices_illustrative is True)) if flag]
    if illustrative:
        out.write(f"Illustrative figures: {', '.join(illustrative)}.\n")
    current = None
    width = max((len(r.label) for r in ws.results.values()), default=20)
    for name, res in ws.results.items():
        section = name.split(".")[0]
        if section != current:
            current = section
            title = SECTION_TITLES.get(section, section)
            out.write(f"\n{title}\n{'-' * len(title)}\n")
        if isinstance(res.value, tuple):
            out.write(f"  {res.label}\n")
            for row in res.value:
                out.write("    " + ", ".join(f"{k}: {format_value('', v)}" for k, v in row.items()) + "\n")
            continue
        shown = format_value(res.unit, res.value)
        unit = "" if res.unit in ("%", "date", "yes/no", "text") else f" {res.unit}"
        if res.value is None:
            shown, unit = "—", f"  ({res.reason})"
        out.write(f"  {res.label:<{width}}  {shown:>22}{unit}\n")
        if rules:
            out.write(f"  {'':<{width}}  rule: {res.rule}\n")
    out.write("\nFindings\n--------\n")
    if not ws.findings:
        out.write("  none: every figure stated twice agrees.\n")
    for f in ws.findings:
        out.write(f"  {f.severity.value.upper():<7} {f.path}: {f.message} [{f.rule}]\n")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
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
            export(ws, Path(args.output))
        except ExportError as exc:
            print(f"deal-worksheet: {exc}", file=sys.stderr)
            return EXIT_UNREADABLE
        print(f"Wrote {args.output}: {len(ws.results)} results, {len(ws.findings)} findings.")
        return EXIT_FINDINGS if args.strict and ws.errors else EXIT_OK
    if args.json:
        json.dump(flatten(ws), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_tables(ws, sys.stdout, rules=args.rules)
    return EXIT_FINDINGS if ws.errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
