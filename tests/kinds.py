"""Deals of the kinds beyond the seed's shape, built from their inputs, for
the tests that reproduce published deals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from worksheet.deal import Deal, Worksheet
from worksheet.schedule import PRESETS
from worksheet.secondary_offering import Seller
from worksheet.third_party_allotment import Allottee


def _price(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def deal_with(issued: int | None = 100_000_000, treasury: int | None = 0, unit: int = 100) -> Any:
    """A deal with an issuer and no transaction yet."""
    return (Deal().with_value("issuer.shares_issued", issued).with_value("issuer.treasury_shares", treasury)
            .with_value("issuer.share_unit", unit))


def book_built(*, shares: int, offer: str, underwriting: str, low: str | None = None, high: str | None = None,
               floor: str | None = None, deal: Any = None) -> Any:
    deal = deal if deal is not None else deal_with()
    return (deal.with_value("book_building.shares_offered", shares)
            .with_value("book_building.range_low", _price(low)).with_value("book_building.range_high", _price(high))
            .with_value("book_building.offer_price", _price(offer))
            .with_value("book_building.underwriting_price", _price(underwriting))
            .with_value("book_building.companies_act_amount", _price(floor)))


def offering(*, shares: int, offer: str, paid: str, deal: Any = None) -> Any:
    deal = deal if deal is not None else deal_with()
    return (deal.with_value("offering.shares_offered", shares).with_value("offering.offer_price", _price(offer))
            .with_value("offering.amount_paid", _price(paid)))


def global_offering(*, international: int, option: int, exercise: str = "full", exercised: int | None = None,
                    price: str | None = None, deal: Any) -> Any:
    return (deal.with_value("global_offering.international_shares", international)
            .with_value("global_offering.option_shares", option)
            .with_value("global_offering.option_exercise", exercise)
            .with_value("global_offering.option_shares_exercised", exercised)
            .with_value("global_offering.international_offer_price", _price(price)))


def allotment(*, allottees: dict[str, int], paid: str, resolved: Any = None, voting_rights: int | None = None,
              listed: bool = True, deal: Any = None) -> Any:
    deal = deal if deal is not None else deal_with()
    return (deal.with_value("third_party_allotment.allottees", tuple(Allottee(n, s) for n, s in allottees.items()))
            .with_value("third_party_allotment.amount_paid", _price(paid))
            .with_value("third_party_allotment.resolution_date", resolved)
            .with_value("third_party_allotment.voting_rights_before", voting_rights)
            .with_value("third_party_allotment.listed", listed))


def secondary(*, price: str, underwriting: str | None = None, sellers: dict[str, int] | None = None,
              for_sale: int | None = None, deal: Any = None) -> Any:
    deal = deal if deal is not None else deal_with()
    return (deal.with_value("secondary_offering.sellers", tuple(Seller(n, s) for n, s in (sellers or {}).items()))
            .with_value("secondary_offering.shares_for_sale", for_sale)
            .with_value("secondary_offering.offer_price", _price(price))
            .with_value("secondary_offering.underwriting_price", _price(underwriting)))


def treasury(*, shares: int, price: str, offer: str | None = None, book: int | None = None, deal: Any = None) -> Any:
    deal = deal if deal is not None else deal_with(treasury=shares)
    return (deal.with_value("treasury_disposal.shares_disposed", shares)
            .with_value("treasury_disposal.disposal_price", _price(price))
            .with_value("treasury_disposal.offer_price", _price(offer))
            .with_value("treasury_disposal.book_value", None if book is None else Decimal(book)))


def with_preset(deal: Any, key: str) -> Any:
    for path, value in PRESETS.find(key).edits():
        deal = deal.with_value(path, value)
    return deal


def checks_failing(ws: Worksheet, prefix: str) -> list[str]:
    """The checks of a section (by name prefix) that fail, sorted."""
    return sorted({name for (name, _), state in ws.check_states.items() if state is False and name.startswith(prefix)})


def errors(ws: Worksheet) -> list[str]:
    return [f"{f.path}: {f.message}" for f in ws.findings if f.is_error]
