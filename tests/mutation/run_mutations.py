"""Change the rules one place at a time and check that the tests notice.

Each mutation changes one thing a wrong yen or a wrong day could come from:

- in the rule declarations (``worksheet/<transaction>.py``): every call of a
  named rounding (rounded up instead of down, to one more decimal ...),
  every comparison (``<`` for ``<=``, ``differ`` for ``equal``), every
  business-day or calendar-day offset (one day more);
- in the vocabulary those declarations are written in: the Excel function
  each rounding, business-day function and comparison prints
  (``worksheet/expressions/``), and the Decimal rounding behind each name
  (``worksheet/money.py``), the one hand-written statement of each word.

Each mutant is a copy of the project with that one change; the tests run
on it, the quick ones first (the core's tables of cases), then the ones that
recalculate exported workbooks in LibreOffice. A mutant is caught when a
test fails. The script prints each mutation and its verdict, and "N of N
caught" at the end; it exits 1 when a mutant survives.

    .venv/bin/python tests/mutation/run_mutations.py            # all
    .venv/bin/python tests/mutation/run_mutations.py --list     # what it would change
    .venv/bin/python tests/mutation/run_mutations.py --only merger --jobs 2
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DECLARATIONS = ("offering", "schedule", "over_allotment", "shares", "issuer", "proceeds", "merger", "reorganisation",
                "share_exchange", "global_offering", "book_building", "third_party_allotment", "secondary_offering",
                "treasury", "capital", "input_checks")

ROUNDING_SWAPS = {
    "round_up_to_yen": "round_down_to_yen",
    "round_down_to_yen": "round_up_to_yen",
    "round_down_to_million": "round_down_to_yen",
    "round_half_up_to_sen": "round_down_to_yen",
    "whole_shares": "round_up_to_yen",
}
ROUNDING_PLACES = ("round_half_up", "round_percent")  # their places, one more
DAY_OFFSETS = ("add_business_days", "add_calendar_days", "first_of_business_days", "business_days_between")
COMPARISON_SWAPS = {ast.Lt: "<=", ast.LtE: "<", ast.Gt: ">=", ast.GtE: ">"}
CALL_SWAPS = {"equal": "differ", "differ": "equal"}

# The one statement of each word of the vocabulary, and a wrong one for it.
R, DAYS, NODE = ("worksheet/expressions/roundings.py", "worksheet/expressions/days.py",
                 "worksheet/expressions/node.py")
VOCABULARY = (
    (R, '"(SIGN({x})*-INT(-ABS({x})))"', '"ROUND({x},0)"'),
    (R, 'money.round_down_to_yen, "TRUNC({x})"', 'money.round_down_to_yen, "ROUND({x},0)"'),
    (R, '"TRUNC({x},-6)"', '"ROUND({x},-6)"'),
    (R, '"ROUND({x},2)", 2)', '"TRUNC({x},2)", 2)'),
    (R, 'f"ROUND({{x}},{places})", places)', 'f"TRUNC({{x}},{places})", places)'),
    (R, 'f"ROUND({{x}}*100,{places})/100"', 'f"TRUNC({{x}}*100,{places})/100"'),
    (R, 'money.round_down_to_whole, "TRUNC({x})"', 'money.round_down_to_whole, "ROUND({x},0)"'),
    (R, 'return f"TRUNC({self.x.excel(px)}/{unit})*{unit}"', 'return f"ROUND({self.x.excel(px)}/{unit},0)*{unit}"'),
    (DAYS, '"WORKDAY({0},{1},{holidays})"', '"WORKDAY({0},{1}+1,{holidays})"'),
    (DAYS, '"NETWORKDAYS({0},{1},{holidays})"', '"NETWORKDAYS({0}+1,{1},{holidays})"'),
    (DAYS, '"{0}+{1}")', '"{0}+{1}+1")'),
    (DAYS, '"AND(WEEKDAY({0},2)<6,', '"AND(WEEKDAY({0},2)<7,'),
    (DAYS, '"WORKDAY({0}+1,-{1},{holidays})"', '"WORKDAY({0},-{1},{holidays})"'),
    (NODE, '"<": "<", "<=": "<="', '"<": "<=", "<=": "<="'),
    (NODE, '"<=": "<=", ">": ">"', '"<=": "<", ">": ">"'),
    (NODE, '">": ">", ">=": ">="', '">": ">=", ">=": ">="'),
    (NODE, '">=": ">=", "=": "="', '">=": ">", "=": "="'),
("worksheet/money.py", "_quantize(amount, ONE_YEN, ROUND_UP)", "_quantize(amount, ONE_YEN, ROUND_HALF_UP)"),
    ("worksheet/money.py", "return _quantize(amount, ONE_YEN, ROUND_DOWN)\n\n\ndef round_down_to_million",
     "return _quantize(amount, ONE_YEN, ROUND_HALF_UP)\n\n\ndef round_down_to_million"),
    ("worksheet/money.py", "_quantize(amount, MILLION, ROUND_DOWN)", "_quantize(amount, MILLION, ROUND_HALF_UP)"),
    ("worksheet/money.py", "_quantize(amount, ONE_SEN, ROUND_HALF_UP)", "_quantize(amount, ONE_SEN, ROUND_DOWN)"),
    ("worksheet/money.py", "return _quantize(amount, step, ROUND_HALF_UP)\n\n\ndef round_percent",
     "return _quantize(amount, step, ROUND_DOWN)\n\n\ndef round_percent"),
    ("worksheet/money.py", "return _quantize(ratio, step, ROUND_HALF_UP)", "return _quantize(ratio, step, ROUND_UP)"),
    ("worksheet/money.py", "_quantize(Decimal(amount), ONE_YEN, ROUND_DOWN)", "_quantize(Decimal(amount), ONE_YEN, ROUND_UP)"),
    ("worksheet/money.py", "_quantize(amount, ONE_SEN, ROUND_DOWN)", "_quantize(amount, ONE_SEN, ROUND_HALF_UP)"),
    (R, '"ROUND(ROUND({x},2)-IF(ROUND({x},2)>{x},0.01,0),2)"', '"ROUND({x},2)"'),
)

QUICK = ["tests", "-x", "-q", "-p", "no:cacheprovider", "-m", "not bundle", "--ignore=tests/ui",
         "--ignore=tests/packaging", "--ignore=tests/excel", "--ignore=tests/mutation"]
WORKBOOKS = ["tests/excel", "-x", "-q", "-p", "no:cacheprovider", "-m", "not bundle"]


@dataclass(frozen=True)
class Mutation:
    file: str
    line: int
    before: str
    after: str
    what: str

    def apply(self, text: str) -> str:
        if self.line:
            lines = text.splitlines(keepends=True)
            target = lines[self.line - 1]
            if self.before not in target:
                raise ValueError(f"{self.file}:{self.line} no longer holds {self.before!r}")
            lines[self.line - 1] = target.replace(self.before, self.after, 1)
            return "".join(lines)
        if text.count(self.before) != 1:
            raise ValueError(f"{self.file}: {self.before!r} is not there exactly once")
        return text.replace(self.before, self.after)


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id
    return None


def declaration_mutations(module: str) -> list[Mutation]:
    file = f"worksheet/{module}.py"
    source = (ROOT / file).read_text(encoding="utf-8")
    lines = source.splitlines()
    found: list[Mutation] = []
    for node in ast.walk(ast.parse(source)):
        name = _call_name(node)
        if name in ROUNDING_SWAPS:
            found.append(Mutation(file, node.lineno, f"{name}(", f"{ROUNDING_SWAPS[name]}(", f"{name} -> {ROUNDING_SWAPS[name]}"))
        elif name in ROUNDING_PLACES and len(node.args) == 2 and isinstance(node.args[1], ast.Constant):
            places = node.args[1].value
            segment = ast.get_source_segment(source, node.args[1])
            call = ast.get_source_segment(source, node)
            if call and "\n" not in call:
                found.append(Mutation(file, node.lineno, call, call[: -len(segment) - 1] + f"{places + 1})",
                                      f"{name} to {places + 1} places"))
        elif name in DAY_OFFSETS and len(node.args) == 2:
            segment = ast.get_source_segment(source, node.args[1])
            if segment and "\n" not in segment and node.args[1].lineno == node.args[1].end_lineno:
                line = lines[node.args[1].lineno - 1]
                if line.count(segment) == 1:
                    found.append(Mutation(file, node.args[1].lineno, segment, f"({segment} + 1)",
                                          f"{name}: one day more"))
        elif name in CALL_SWAPS:
            found.append(Mutation(file, node.lineno, f"{name}(", f"{CALL_SWAPS[name]}(", f"{name} -> {CALL_SWAPS[name]}"))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in COMPARISON_SWAPS:
            op = node.ops[0]
            symbol = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}[type(op)]
            left = ast.get_source_segment(source, node.left) or ""
            right = ast.get_source_segment(source, node.comparators[0]) or ""
            before = f"{left} {symbol} {right}"
            line = lines[node.lineno - 1]
            if node.lineno == node.end_lineno and line.count(before) == 1:
                found.append(Mutation(file, node.lineno, before, f"{left} {COMPARISON_SWAPS[type(op)]} {right}",
                                      f"{symbol} -> {COMPARISON_SWAPS[type(op)]}"))
    return sorted(found, key=lambda m: (m.file, m.line, m.what))


def all_mutations() -> list[Mutation]:
    out = [m for module in DECLARATIONS for m in declaration_mutations(module)]
    out += [Mutation(file, 0, before, after, f"vocabulary: {before.strip()[:40]}") for file, before, after in VOCABULARY]
    return out


def _copy_project(target: Path) -> None:
    ignore = shutil.ignore_patterns(".git", ".venv", "__pycache__", "build", "dist", ".hypothesis", "*.xlsx")
    for name in ("worksheet", "ui", "tests", "resources", "scripts", "packaging"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    for name in ("pyproject.toml",):
        shutil.copy2(ROOT / name, target / name)


def _pytest(folder: Path, args: list[str], env: dict[str, str]) -> bool:
    """Whether the tests pass on the copy in ``folder``."""
    done = subprocess.run([sys.executable, "-m", "pytest", *args], cwd=folder, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=3600)
    return done.returncode == 0


def _with_vocabulary(text: str) -> str:
    """A mutated module with every word of the vocabulary in reach: a
    declaration that imports round_down_to_yen only must still import when
    it is made to call round_up_to_yen. Imported first, the module's own
    names come after it and win."""
    future = "from __future__ import annotations\n"
    words = "from worksheet.expressions import *  # noqa: F401,F403 (the mutation script)\n"
    if future in text:
        return text.replace(future, future + words, 1)
    return words + text


def run_one(mutation: Mutation | None, deals: int) -> tuple[Mutation | None, str, float]:
    """The verdict on ``mutation``; ``None`` tests the project unchanged."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        folder = Path(tmp)
        _copy_project(folder)
        if mutation is not None:
            path = folder / mutation.file
            text = mutation.apply(path.read_text(encoding="utf-8"))
            path.write_text(_with_vocabulary(text) if mutation.line else text, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(folder), CI="true",
                   DIFFERENTIAL_DEALS=str(deals), PYTHONDONTWRITEBYTECODE="1")
        imports = subprocess.run([sys.executable, "-c", "import worksheet.deal"], cwd=folder, env=env,
                                 capture_output=True, text=True)
        if imports.returncode != 0:  # a test failing on an import error says nothing of the rule
            return mutation, "BROKEN: " + (imports.stderr.strip().splitlines() or ["does not import"])[-1], \
                time.perf_counter() - start
        if not _pytest(folder, QUICK, env):
            return mutation, "caught by the core's tests", time.perf_counter() - start
        if not _pytest(folder, WORKBOOKS, env):
            return mutation, "caught by the recalculated workbooks", time.perf_counter() - start
    return mutation, "SURVIVED", time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the mutations and stop")
    parser.add_argument("--only", default="", help="only mutations whose file or description contains this, or "
                                                   "at FILE:LINE (several, separated by commas: any of them)")
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--deals", type=int, default=60, help="random deals of the differential test per mutant")
    args = parser.parse_args(argv)
    wanted = args.only.split(",")
    mutations = [m for m in all_mutations()
                 if any(w in m.file or w in m.what or w == f"{m.file}:{m.line}" for w in wanted)]
    for m in mutations:
        m.apply((ROOT / m.file).read_text(encoding="utf-8"))  # each one still applies
    if args.list:
        for m in mutations:
            print(f"{m.file}:{m.line}: {m.what}: {m.before!r} -> {m.after!r}")
        print(f"{len(mutations)} mutations")
        return 0
    started = time.perf_counter()
    # A mutant counts as caught when a test fails, so the copy must pass
    # unchanged first: a copy missing a file would otherwise catch them all.
    _, verdict, seconds = run_one(None, args.deals)
    if verdict != "SURVIVED":
        print(f"the unchanged copy fails ({verdict}, {seconds:.0f}s): no mutant can be judged", flush=True)
        return 2
    print(f"the unchanged copy passes every test ({seconds:.0f}s)", flush=True)
    caught = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for mutation, verdict, seconds in pool.map(lambda m: run_one(m, args.deals), mutations):
            caught += verdict.startswith("caught")
            print(f"{verdict:<38} {seconds:6.1f}s  {mutation.file}:{mutation.line} {mutation.what}: "
                  f"{mutation.before!r} -> {mutation.after!r}", flush=True)
    print(f"{caught} of {len(mutations)} caught in {time.perf_counter() - started:.0f}s")
    return 0 if caught == len(mutations) else 1


if __name__ == "__main__":
    sys.exit(main())
