"""The declarations are checked when they load: a name that does not exist,
a circle, or a declaration outside every section fails there, never as a
blank figure at run time."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from worksheet.deal import REGISTRY, Deal
from worksheet.registry import DeclarationError, Registry
from worksheet.expressions import Field, round_up_to_yen
from worksheet.kinds import SHARES
from worksheet.offering import OfferingResults, o
from worksheet.rules import JPY, Check, Results, Rule, Section, inputs
from worksheet.schema import value
from worksheet.sections import SECTIONS
from worksheet.words import CATALOGUE


@pytest.fixture(autouse=True)
def _catalogue_kept(monkeypatch):
    """The declarations made here to be refused leave the catalogue as it was."""
    monkeypatch.setattr(CATALOGUE, "_entries", dict(CATALOGUE._entries))


@dataclass(frozen=True)
class Probe:
    shares: int | None = value(SHARES, "Shares")


def test_the_listed_sections_load_and_every_result_is_reached():
    assert len(REGISTRY.rules) > 60 and len(REGISTRY.checks) > 30
    listed = {d for s in SECTIONS for d in s.declarations}
    assert all(r.section in REGISTRY.sections for r in REGISTRY.rules.values())
    assert OfferingResults in listed


def test_a_field_that_does_not_exist_fails_at_import():
    with pytest.raises(AttributeError):
        inputs(Probe, "probe").shraes  # noqa: B018 - the typo is the point


def test_a_result_no_section_declares_is_refused():
    class Stray(Results, prefix="stray_a", section="offering"):
        doubled = Rule(JPY, o.offer_price * 2, "Doubled")

    class Reader(Results, prefix="reader_a", section="offering"):
        reads = Rule(JPY, Stray.doubled + 1, "Reads a stray")

    with pytest.raises(DeclarationError, match="no listed section declares"):
        Registry(_with(Reader), Deal)


def test_an_input_path_the_deal_lacks_is_refused():
    class Wrong(Results, prefix="wrong_b", section="offering"):
        reads = Rule(JPY, round_up_to_yen(Field("offering.no_such_field", o.offer_price.info)), "Reads nothing")

    with pytest.raises(DeclarationError, match="not a field of the deal"):
        Registry(_with(Wrong), Deal)


def test_a_circle_is_refused():
    class First(Results, prefix="first_c", section="offering"):
        one = Rule(JPY, o.offer_price + 1, "One")

    class Second(Results, prefix="second_c", section="offering"):
        two = Rule(JPY, First.one + 1, "Two")
        back = Check(about=First.one, holds=two > 0, label="Back", message="Back", blanks=True)

    with pytest.raises(DeclarationError, match="circle"):
        Registry(_with(First, Second), Deal)


def test_declarations_outside_the_section_list_are_refused():
    class Forgotten(Results, prefix="forgotten_d", section="offering"):
        alone = Rule(JPY, o.offer_price * 3, "Alone")

    with pytest.raises(DeclarationError, match="no listed section has"):
        Registry(SECTIONS, Deal, strays_from=("worksheet", __name__))
    del Forgotten  # keep the class alive only for the assertion above


def _with(*declarations: type[Results]) -> tuple[Section, ...]:
    """The listed sections, the offering's with more declarations."""
    out = []
    for section in SECTIONS:
        if section.key == "offering":
            section = Section(key="offering", document=section.document, label=section.label,
                              declarations=section.declarations + declarations, tab=section.tab,
                              screen=section.screen, sheet=section.sheet)
        out.append(section)
    return tuple(out)
