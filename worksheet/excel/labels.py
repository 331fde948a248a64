"""Every word the workbook prints that is not a figure: one catalogue.

Result labels come from the core's rules (``RULES[name].label``), input
labels from the schema (``FieldInfo.label``) and choice labels from the
field's kind; the catalogue adds sheet titles, headings, column headings
and the messages of the live checks. A Japanese workbook is another
:class:`Catalogue` with the same keys, plus translations of the core's
labels in ``results``, ``inputs`` and ``choices``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from worksheet.display import unit_suffix
from worksheet.kinds import ChoiceKind


@dataclass(frozen=True)
class Catalogue:
    language: str
    sheets: Mapping[str, str]
    headings: Mapping[str, str]
    text: Mapping[str, str]
    checks: Mapping[str, tuple[str, str]]  # check -> (label, message when it fails)
    columns: Mapping[str, str]  # extra and computed table columns
    tables: Mapping[str, str]  # rows field or table result -> Excel table name
    weekdays: tuple[str, ...]
    results: Mapping[str, str] = field(default_factory=dict)  # translated result labels
    inputs: Mapping[str, str] = field(default_factory=dict)  # translated input labels, by field name
    choices: Mapping[str, str] = field(default_factory=dict)  # translated choice labels, by stored value
    units: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, key: str, **values: Any) -> str:
        return self.text[key].format(**values)

    def sheet(self, key: str) -> str:
        return self.sheets[key]

    def heading(self, key: str) -> str:
        return self.headings[key]

    def result_label(self, name: str, core_label: str) -> str:
        return self.results.get(name, core_label)

    def input_label(self, path: str, core_label: str) -> str:
        return self.inputs.get(path.split(".")[-1], core_label)

    def choice_label(self, kind: ChoiceKind, stored: str) -> str:
        return self.choices.get(stored, dict(kind.choices).get(stored, stored))

    def unit(self, unit: str) -> str:
        return self.units.get(unit, unit_suffix(unit))

    def check_label(self, check: str) -> str:
        return self.checks[check][0]

    def check_message(self, check: str) -> str:
        return self.checks[check][1]


ENGLISH = Catalogue(
    language="en",
    sheets={
        "summary": "Summary",
        "fiscal": "Fiscal figures",
        "offering": "Offering",
        "over_allotment": "Over-allotment",
        "schedule": "Schedule",
        "proceeds": "Use of proceeds",
        "merger": "Merger",
        "calendar": "Calendar",
        "checks": "Checks",
    },
    headings={
        "summary": "Deal summary",
        "fiscal": "Fiscal figures as the releases state them",
        "offering": "Public offering of new shares",
        "over_allotment": "Over-allotment, syndicate cover and third-party allotment",
        "schedule": "Schedule in Tokyo Stock Exchange business days",
        "proceeds": "Use of proceeds and the facility plan",
        "merger": "Absorption-type merger",
        "calendar": "Days the Tokyo Stock Exchange is closed",
        "checks": "Checks",
        "deal": "Deal",
        "issuer": "Issuer",
        "inputs": "Inputs",
        "results": "Results",
        "key_figures": "Key figures",
        "share_bridge": "Share count",
        "dilution": "Dilution",
        "findings": "Findings of the checks when exported",
        "live_checks": "Checks the workbook recalculates",
        "holidays": "Weekday closures",
    },
    text={
        "item": "Item",
        "value": "Value",
        "unit": "Unit",
        "check": "Check / why blank",
        "name": "Name",
        "blank": "—",
        "ok": "OK",
        "severity": "Severity",
        "field": "Field",
        "rule": "Rule",
        "message": "Message",
        "error": "Error",
        "warning": "Warning",
        "errors": "Errors found when exported",
        "warnings": "Warnings found when exported",
        "no_findings": "No findings: every check passed.",
        "date": "Date",
        "day": "Day",
        "closure": "Closed for",
        "source": "Source",
        "exchange_calendar": "Exchange calendar (XJPX)",
        "deal_closure": "Added in this deal",
        "calendar_note": (
            "Weekdays the exchange is closed from {start} to {end} (national holidays, substitute "
            "holidays and the 31 December to 3 January closure), and the closures added in this deal. "
            "Every WORKDAY and NETWORKDAYS formula in this workbook skips the dates of this table; a "
            "date outside these years needs rows added here."),
        "calendar_empty": "The deal has no dates that need the exchange calendar.",
        "inputs_note": "Blue cells are inputs; black figures are formulas over the named inputs.",
        "illustrative": "Some prices in this deal are illustrative, not the deal's pricing: see Notes.",
        "needs": "Needs {label}.",
        "unreadable": "{label} could not be read: {reason}",
        "input_finding": "{label}: {message}",
        "waits_for": "Waits for {label}: {message}",
        "waits_for_blank": "Waits for {label}, which is blank.",
        "generic_blank": "Blank: an input it needs is missing or fails a check.",
        "row_label": "{table}, row {row}: {field}",
        "computed": "Computed",
        "excel_note": ("In Excel: amounts are rounded to the sen (ROUND(…,2)) before a rounding rule "
                       "applies, which takes binary floating-point noise off them."),
        "no_formula": ("This workbook has no formula for this figure yet: it shows the figure as Deal "
                       "Worksheet computed it."),
        "footer": "Page &P of &N",
        "comment_author": "Deal Worksheet",
        "see_sheet": "See the {sheet} sheet.",
    },
    checks={
        "offer_price_in_range": ("Offer price within the provisional range",
                                 "Outside the provisional range {low} to {high} yen"),
        "payment_in_window": ("Payment date within its window",
                              "Would be {day}, outside the payment window"),
        "cover_in_order": ("Syndicate cover period in order",
                           "Would end on {end}, before it starts on {start}"),
        "uses_add_up": ("Uses add up to the net proceeds",
                        "The uses add up to {total} yen; the net proceeds are {net} yen"),
        "capital_investment_line": ("A capital investment line",
                                    "No use-of-proceeds line is of kind capital investment"),
        "facility_reconciles": ("Facility plan reconciles to the capital investment line",
                                "The plan leaves {remaining} yen; the capital investment line is {capex} yen"),
        "closes_complete": ("A close for every business day of the window",
                            "{found} closes for the {days} business days of the window"),
        "one_close_per_day": ("One close per day", "A date has more than one close"),
        "holders_add_up": ("Holders add up to the shares allotted on",
                           "The holders hold {listed} shares; {expected} shares receive an allotment"),
        "enough_treasury": ("Enough treasury shares",
                            "The merger delivers {delivered} shares; the issuer holds {held} treasury shares"),
    },
    columns={
        "in_window": "In the averaging window",
        "holder": "Shareholder",
        "shares_held": "Shares held",
        "shares_received": "Shares received",
        "fraction": "Fraction below one share",
        "units": "Units",
        "odd_lot": "Odd lot (shares)",
        "top_up": "Shares to top up to a unit",
    },
    tables={
        "issuer.fiscal_years": "FiscalFigures",
        "proceeds.lines": "UsesOfProceeds",
        "proceeds.facility_plan": "FacilityPlan",
        "merger.holders": "Holders",
        "merger.price_history": "PriceHistory",
        "merger.holder_allocations": "Allocations",
        "holidays": "Holidays",
        "findings": "Findings",
        "stated": "StatedFigures",
    },
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
)

CATALOGUES = {"en": ENGLISH}


def catalogue(language: str = "en") -> Catalogue:
    """The catalogue for ``language``; English when there is none for it."""
    return CATALOGUES.get(language, ENGLISH)
