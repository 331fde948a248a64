"""Every field of the schema, given every wrong kind of JSON value and values
out of its range, through the command line: exit 2, the field named with
its label, no traceback, no Python names, no huge value echoed back.

The fields, kinds and limits come from the schema itself, so a field added
later is walked too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest

from ui import cli
from worksheet import dealfile, schema
from worksheet.deal import Deal, SectionSetKind
from worksheet.kinds import MAX_TEXT, BoolKind, ChoiceKind, DateKind, DecimalKind, IntegerKind, Kind, TextKind
from worksheet.resources import example_deal_path

EXAMPLE_DOC = dealfile.to_document(dealfile.load(example_deal_path()))


class Raw(str):
    """JSON text put into the file as it is (a literal no Python value gives)."""


def declared(cls: type = Deal, prefix: str = "") -> list[tuple[str, schema.FieldInfo]]:
    """Every scalar field, sections and tables included (a table's row 0)."""
    found = []
    for name, fi in schema.fields_of(cls).items():
        if fi.section is not None:
            found += declared(fi.section, f"{prefix}{name}.")
        elif fi.row is not None:
            found += declared(fi.row, f"{prefix}{name}.0.")
        else:
            found.append((f"{prefix}{name}", fi))
    return found


def containers(cls: type = Deal, prefix: str = "") -> list[tuple[str, schema.FieldInfo]]:
    """Every section and table."""
    found = []
    for name, fi in schema.fields_of(cls).items():
        if fi.section is not None:
            found += [(f"{prefix}{name}", fi)] + containers(fi.section, f"{prefix}{name}.")
        elif fi.row is not None:
            found += [(f"{prefix}{name}", fi)] + containers(fi.row, f"{prefix}{name}.0.")
    return found


FIELDS = declared()
CONTAINERS = containers()
MARK = "\u241f"  # stands for a raw literal until the document is serialised


def document_with(path: str, value) -> str:
    """The example deal file with ``path`` set to ``value``; sections and the
    first row of a table are created when the example lacks them."""
    doc = json.loads(json.dumps(EXAMPLE_DOC))
    node = doc["deal"]
    parts = path.split(".")
    for i, part in enumerate(parts[:-1]):
        if isinstance(node, list):
            index = int(part)
            while len(node) <= index:
                node.append({})
            node = node[index]
        else:
            if node.get(part) is None:
                node[part] = [] if parts[i + 1].isdigit() else {}
            node = node[part]
    last = parts[-1]
    if isinstance(value, Raw):
        node[last] = MARK
        return json.dumps(doc).replace(json.dumps(MARK), value)
    if isinstance(node, list):
        while len(node) <= int(last):
            node.append({})
        node[int(last)] = value
    else:
        node[last] = value
    return json.dumps(doc)


# -- what is wrong for each kind ---------------------------------------------

#: one value of each JSON type; "text" is a word, not a number or a date
JSON_TYPES = {"true": True, "false": False, "whole number": 7, "number with a fraction": Raw("1.5"),
              "text": "lots", "empty list": [], "list": [1, 2], "empty group": {}, "group": {"a": 1}}
ACCEPTED_TYPES: dict[type, set[str]] = {
    IntegerKind: {"whole number"},
    DecimalKind: {"whole number", "number with a fraction"},
    DateKind: set(),
    TextKind: {"text"},
    ChoiceKind: set(),
    BoolKind: {"true", "false"},
    SectionSetKind: {"empty list"},  # no section left out
}


def wrong_types(kind: Kind) -> dict[str, object]:
    accepted = ACCEPTED_TYPES[type(kind)]
    return {name: v for name, v in JSON_TYPES.items() if name not in accepted}


def out_of_range(kind: Kind) -> dict[str, object]:
    """Values of the right JSON type that the kind must refuse, from its own limits."""
    huge_digits = "9" * 5000
    common = {"kept-as-typed text too long": {"invalid": "x" * (MAX_TEXT + 1)},
              "kept-as-typed entry not text": {"invalid": 5}}
    if isinstance(kind, IntegerKind):
        return {**common, "below the minimum": kind.minimum - 1, "above the maximum": kind.maximum + 1,
                "5,000 digits": Raw(huge_digits), "-5,000 digits": Raw("-" + huge_digits),
                "exponent": Raw("1e3"), "digits as text": str(kind.maximum)}
    if isinstance(kind, DecimalKind):
        step = Decimal(1).scaleb(-(kind.places or 0))
        cases = {**common, "above the maximum": format(kind.maximum + step, "f"),
                 "far above": "1e999999999", "far below zero": "-1e999999999",
                 "tiny": "1e-999999999", "exponent literal": Raw("1e999999999"),
                 "tiny literal": Raw("1e-999999999"), "5,000 digits": huge_digits,
                 "5,000 digits literal": Raw(huge_digits), "NaN": "NaN", "Infinity": "Infinity",
                 "separators": "1,000", "underscores": "1_000", "not a number": "12abc"}
        if kind.minimum is not None:
            cases["below the minimum"] = format(kind.minimum - step, "f")
        if kind.places is not None:
            cases["too many decimals"] = format(Decimal(1).scaleb(-(kind.places + 1)), "f")
        return cases
    if isinstance(kind, DateKind):
        from worksheet.kinds import MAX_DATE, MIN_DATE

        return {**common, "before the first year": (MIN_DATE - dt.timedelta(days=1)).isoformat(),
                "after the last year": (MAX_DATE + dt.timedelta(days=1)).isoformat(),
                "not a day": "2013-02-30", "no dashes": "20130710", "day first": "10/07/2013",
                "long": "2013-07-10" + " " * 100_000}
    if isinstance(kind, TextKind):
        return {"too long": "x" * (MAX_TEXT + 1), "lone surrogate": Raw('"\\ud800"'),
                "surrogate inside": Raw('"abc\\udfffdef"')}
    if isinstance(kind, ChoiceKind):
        labels = [label for _, label in kind.choices]
        return {**common, "not a choice": "none of " + "/".join(v for v, _ in kind.choices),
                "a label, not the value": labels[0], "long": "x" * 100_000,
                "lone surrogate": Raw('"\\ud800"')}
    if isinstance(kind, BoolKind):
        return {"yes as text": "yes", "one": 1, "null-like text": "null"}
    if isinstance(kind, SectionSetKind):
        return {**common, "not a section": ["nonsense"], "a section always there": ["issuer"],
                "a list of lists": [["merger"]], "lone surrogate": Raw('["\\ud800"]')}
    raise AssertionError(f"no wrong values for {kind}")


PYTHON_WORDS = re.compile(
    r"\b(NoneType|str|int|dict|float|bool|Decimal|tuple|KindError|SchemaError|Traceback)\b|<class")


def run_cli(tmp_path, text: str, capsys) -> tuple[int, str]:
    path = tmp_path / "probe.deal.json"
    path.write_text(text, encoding="utf-8")
    status = cli.main(["compute", str(path)])
    captured = capsys.readouterr()
    return status, captured.err


def check_refused(status: int, err: str, path: str, label: str) -> str | None:
    """What is wrong with how the command refused the file, or None."""
    if status != cli.EXIT_UNREADABLE:
        return f"exit {status}, not {cli.EXIT_UNREADABLE}"
    if f"{path} ({label})" not in err:
        return f"the message does not name {path} ({label}): {err[:200]!r}"
    if PYTHON_WORDS.search(err):
        return f"the message speaks Python: {err[:200]!r}"
    if len(err) > 600:
        return f"the message is {len(err)} characters long"
    return None


@pytest.mark.parametrize(("path", "fi"), FIELDS, ids=[p for p, _ in FIELDS])
def test_every_wrong_value_of_every_field_is_refused_by_name(path, fi, tmp_path, capsys):
    cases = {**wrong_types(fi.kind), **out_of_range(fi.kind)}
    problems = []
    for name, value in cases.items():
        status, err = run_cli(tmp_path, document_with(path, value), capsys)
        problem = check_refused(status, err, path, fi.label)
        if problem:
            problems.append(f"{name}: {problem}")
    assert not problems, f"{path}: " + "; ".join(problems)


@pytest.mark.parametrize(("path", "fi"), CONTAINERS, ids=[p for p, _ in CONTAINERS])
def test_every_section_and_table_refuses_the_wrong_shape(path, fi, tmp_path, capsys):
    wrong = {"true": True, "number": 7, "text": "IIJ", "literal": Raw("9" * 5000)}
    wrong["list" if fi.section is not None else "group"] = [] if fi.section is not None else {}
    if fi.row is not None:
        wrong["null"] = None
    problems = []
    for name, value in wrong.items():
        status, err = run_cli(tmp_path, document_with(path, value), capsys)
        problem = check_refused(status, err, path, fi.label)
        if problem:
            problems.append(f"{name}: {problem}")
    if fi.row is not None:  # a row that is not a group of fields
        for name, value in {"text row": "x", "number row": 1, "list row": [], "null row": None}.items():
            status, err = run_cli(tmp_path, document_with(f"{path}.0", value), capsys)
            if status != cli.EXIT_UNREADABLE or f"{path}.0" not in err or PYTHON_WORDS.search(err):
                problems.append(f"{name}: exit {status}, {err[:200]!r}")
    assert not problems, f"{path}: " + "; ".join(problems)


def test_the_issuer_cannot_be_blank(tmp_path, capsys):
    status, err = run_cli(tmp_path, document_with("issuer", None), capsys)
    assert status == cli.EXIT_UNREADABLE and "issuer (Issuer)" in err


@pytest.mark.parametrize(("path", "fi"), FIELDS, ids=[p for p, _ in FIELDS])
def test_a_blank_field_computes_and_every_finding_names_a_field(path, fi, tmp_path, capsys):
    """null is a blank entry (empty text for a text field): the deal loads and
    computes, and every finding says which field or figure it is about."""
    status, err = run_cli(tmp_path, document_with(path, None), capsys)
    assert status in (cli.EXIT_OK, cli.EXIT_FINDINGS), err
    deal = dealfile.loads(document_with(path, None))
    if isinstance(fi.kind, TextKind):
        assert schema.get(deal, path) == ""
    from worksheet.deal import REGISTRY, compute
    from worksheet.naming import generic

    ws = compute(deal)
    for finding in ws.findings:
        assert finding.path, finding
        assert not finding.rule.startswith("Internal"), finding
        named = finding.path in ws.results or generic(finding.path) in REGISTRY.rules
        if not named:
            try:
                schema.field_info_at(Deal, finding.path)
                named = True
            except (KeyError, ValueError, IndexError):
                named = False
        assert named, finding


def test_a_field_name_the_version_does_not_know(tmp_path, capsys):
    status, err = run_cli(tmp_path, document_with("offering." + "z" * 100_000, 1), capsys)
    assert status == cli.EXIT_UNREADABLE and "offering" in err and len(err) < 600
    status, err = run_cli(tmp_path, document_with("offering.surprise", 1), capsys)
    assert status == cli.EXIT_UNREADABLE and "offering.surprise" in err
