"""The headless command line."""

from __future__ import annotations

import json
import subprocess
import sys

from ui import cli
from worksheet import dealfile
from worksheet.kinds import Invalid


def test_compute_example_prints_tables_and_findings(capsys):
    status = cli.main(["compute", "--example", "--rules"])
    out = capsys.readouterr().out
    assert status == cli.EXIT_FINDINGS  # the seed's two income figures are an error
    assert "Stated capital increase" in out and "7,706,684,000" in out
    assert "2013-07-18" in out and "46,697,800" in out and "11.76%" in out
    assert "Two figures for one fact" in out
    assert ("rule: Stated capital increase = Total amount to be paid (maximum increase in stated capital) \u00f7 2, "
            "any fraction below one yen rounded up. Half of the limit") in out
    assert "Illustrative figures: Pricing figures are illustrative, Prices are illustrative." in out
    assert "Shares received [1]" in out  # a holder's row


def test_compute_in_japanese(capsys):
    assert cli.main(["compute", "--example", "--lang", "ja"]) == cli.EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "増加する資本金の額" in out and "7,706,684,000 円" in out
    assert "[同一事項の2つの数値]" in out  # the seed's two income figures, in Japanese


def test_json_is_flat_with_stable_names(capsys):
    cli.main(["compute", "--example", "--json"])
    flat = json.loads(capsys.readouterr().out)
    assert flat["offering.stated_capital_increase"] == "7706684000"
    assert flat["offering.amount_paid"] == "3279.44"
    assert flat["schedule.payment_date"] == "2013-07-18"
    assert flat["shares.issued_after_allotment"] == 46697800
    assert flat["merger.shares_delivered"] == 104
    assert flat["merger.holders.0.top_up"] == 96
    in_window = [flat[f"merger.price_history.{i}.in_window"] for i in range(len(flat_rows(flat, "merger.price_history")))]
    assert in_window == ["2013-09-18" <= day <= "2013-10-31" for day in flat_rows(flat, "merger.price_history")]
    assert in_window.count(True) == 30
    assert flat["proceeds.lines.0.is_capital_investment"] is True
    assert flat["proceeds.facility_plan.5.paid"] == "17708"
    assert all(isinstance(k, str) and " " not in k for k in flat)


def flat_rows(flat, table):
    """The days of a table's rows, from the flat names ``table.{i}.day``."""
    rows = sorted(int(k.split(".")[2]) for k in flat if k.startswith(table + ".") and k.endswith(".day"))
    return [flat[f"{table}.{i}.day"] for i in rows]


def test_clean_deal_exits_zero(example, tmp_path, capsys):
    clean = (example.with_value("issuer.fiscal_years", example.issuer.fiscal_years[:1])
             .with_value("merger.net_assets_basis", "ordinance"))
    path = tmp_path / "clean.deal.json"
    dealfile.save(clean, path)
    assert cli.main(["compute", str(path)]) == cli.EXIT_OK
    assert "none: every figure stated twice agrees" in capsys.readouterr().out


def test_unreadable_file_and_bad_entry(example, tmp_path, capsys):
    bad = tmp_path / "bad.deal.json"
    bad.write_text("{", encoding="utf-8")
    assert cli.main(["compute", str(bad)]) == cli.EXIT_UNREADABLE
    assert "the JSON is broken" in capsys.readouterr().err
    typed = tmp_path / "typed.deal.json"
    dealfile.save(example.with_value("offering.amount_paid", Invalid("3,279.4.4", "")), typed)
    assert cli.main(["compute", str(typed)]) == cli.EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "offering.amount_paid: '3,279.4.4' is not a price per share in yen" in out
    assert "(Amount to be paid: '3,279.4.4' is not a price per share in yen)" in out


def test_headless_command_never_loads_qt():
    code = ("import sys; from ui.main import main; main(['compute', '--example', '--json']); "
            "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('PySide6', 'openpyxl', 'pandas')))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip() == "[]"
