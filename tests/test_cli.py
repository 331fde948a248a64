"""The headless command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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


def _without_display() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_help_needs_no_display_and_no_qt():
    code = ("import sys; from ui.main import main; status = main(['--help']); "
            "sys.stderr.write(str([m for m in sys.modules if m.startswith('PySide6')])); sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env=_without_display())
    assert done.returncode == 0, done.stderr
    assert "usage: deal-worksheet [FILE]" in done.stdout and "Exit status" in done.stdout
    assert done.stderr == "[]"


def test_the_window_without_a_display_says_so_instead_of_aborting():
    from ui.main import EXIT_NO_DISPLAY, has_display

    done = subprocess.run([sys.executable, "-m", "ui.main"], capture_output=True, text=True, timeout=60,
                          env=_without_display())
    assert done.returncode == EXIT_NO_DISPLAY
    assert "no display" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert not has_display([], environ={}, platform="linux")
    assert has_display(["-platform", "offscreen"], environ={}, platform="linux")
    assert has_display([], environ={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    assert has_display([], environ={}, platform="win32")


def test_export_exits_zero_when_it_wrote_the_workbook_and_strict_fails_on_errors(tmp_path, capsys):
    out = tmp_path / "deal.xlsx"
    assert cli.main(["export", "--example", "-o", str(out)]) == cli.EXIT_OK  # the example has two errors
    assert out.stat().st_size > 0 and "findings" in capsys.readouterr().out
    strict = tmp_path / "strict.xlsx"
    assert cli.main(["export", "--example", "-o", str(strict), "--strict"]) == cli.EXIT_FINDINGS
    assert strict.stat().st_size > 0  # written all the same
    assert cli.main(["export", "--example", "-o", str(tmp_path / "missing" / "x.xlsx")]) == cli.EXIT_UNREADABLE


def test_strict_export_of_a_clean_deal_exits_zero(example, tmp_path):
    clean = tmp_path / "clean.deal.json"
    dealfile.save(example.with_value("issuer.fiscal_years", example.issuer.fiscal_years[:1])
                  .with_value("merger.net_assets_basis", "ordinance"), clean)
    assert cli.main(["export", str(clean), "-o", str(tmp_path / "clean.xlsx"), "--strict"]) == cli.EXIT_OK


HOSTILE = [
    ("huge integer", '"shares_offered": 4700000', '"shares_offered": ' + "9" * 5000, "offering.shares_offered"),
    ("huge exponent", '"amount_paid": "3279.44"', '"amount_paid": 1e999999999', "offering.amount_paid"),
    ("tiny exponent", '"amount_paid": "3279.44"', '"amount_paid": "1e-999999999"', "offering.amount_paid"),
    ("lone surrogate", '"name": "Internet Initiative Japan Inc."', '"name": "\\ud800"', "issuer.name"),
    ("list for a choice", '"delivery": "treasury_first"', '"delivery": []', "merger.delivery"),
]


@pytest.mark.parametrize(("what", "old", "new", "field"), HOSTILE, ids=[h[0] for h in HOSTILE])
@pytest.mark.parametrize("command", ["compute", "compute --json", "export"])
def test_hostile_files_through_the_installed_command(tmp_path, what, old, new, field, command):
    import json as _json

    from worksheet.resources import example_deal_path

    text = _json.dumps(_json.loads(example_deal_path().read_text(encoding="utf-8")), ensure_ascii=True)
    assert old in text
    path = tmp_path / "hostile.deal.json"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    args = command.split() + [str(path)] + (["-o", str(tmp_path / "out.xlsx")] if command == "export" else [])
    done = subprocess.run([sys.executable, "-m", "ui.main", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == cli.EXIT_UNREADABLE, done.stderr
    assert field in done.stderr and "Traceback" not in done.stderr and len(done.stderr) < 600
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_pipe_or_a_device_is_refused_at_once(tmp_path, kind):
    import os

    path = tmp_path / "odd.deal.json"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(path)
    else:
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero here")
        path.symlink_to("/dev/zero")
    done = subprocess.run([sys.executable, "-m", "ui.main", "compute", "--json", str(path)], capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == cli.EXIT_UNREADABLE and "not a file but a device, a pipe" in done.stderr
