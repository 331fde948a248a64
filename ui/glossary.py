"""Other names real releases give the same figure, shown in tooltips.

Labels follow the releases' own terms ("amount to be paid", "stated
capital", "syndicate cover transaction"); a reader who knows the figure by
another name (offer price, issue price, price to underwriters; 発行価格,
払込金額) finds it here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def synonyms(name: str) -> str:
    """Other names for the input or result ``name`` (a dotted path), or ''."""
    if name in ("offering.offer_price", "offering.offer_price_checked"):
        return QCoreApplication.translate("Glossary", "Also called the issue price or the offering price (発行価格).")
    if name in ("offering.amount_paid", "proceeds.reference_amount_paid"):
        return QCoreApplication.translate(
            "Glossary", "Also called the price to underwriters or the issue amount (払込金額): what the company receives per share.")
    if name in ("offering.stated_capital_increase", "allotment.stated_capital_increase"):
        return QCoreApplication.translate("Glossary", "Increase in stated capital (増加する資本金の額); also called share capital.")
    if name in ("offering.additional_paid_in_capital", "allotment.additional_paid_in_capital"):
        return QCoreApplication.translate("Glossary", "Increase in capital reserve (増加する資本準備金の額).")
    if name in ("offering.total_amount_paid", "allotment.total_amount_paid"):
        return QCoreApplication.translate("Glossary", "Total amount to be paid (払込金額の総額); the maximum increase in stated capital.")
    if name == "offering.gross_proceeds":
        return QCoreApplication.translate("Glossary", "Total issue price (発行価格の総額): what investors pay.")
    if name == "offering.close_price":
        return QCoreApplication.translate("Glossary", "Closing price of regular trading (終値) on the pricing date.")
    if name.startswith("schedule.cover") or name == "over_allotment.syndicate_cover_shares":
        return QCoreApplication.translate("Glossary", "Syndicate cover transaction (シンジケートカバー取引).")
    if name == "over_allotment.stabilization_shares":
        return QCoreApplication.translate("Glossary", "Stabilizing transaction (安定操作取引).")
    if name.startswith("allotment.") or name.startswith("schedule.allotment"):
        return QCoreApplication.translate("Glossary", "Third-party allotment (第三者割当増資), the Japanese greenshoe.")
    if name == "over_allotment.shares":
        return QCoreApplication.translate("Glossary", "Secondary offering by way of over-allotment (オーバーアロットメントによる売出し).")
    if name == "schedule.pricing_date":
        return QCoreApplication.translate("Glossary", "Also called the issue price determination date (発行価格等決定日).")
    if name == "schedule.payment_date":
        return QCoreApplication.translate("Glossary", "Payment date (払込期日).")
    if name == "schedule.delivery_date":
        return QCoreApplication.translate("Glossary", "Delivery date (受渡期日).")
    if name == "merger.ratio":
        return QCoreApplication.translate("Glossary", "Share allotment ratio (合併比率).")
    if name.startswith("proceeds.net"):
        return QCoreApplication.translate("Glossary", "Net proceeds (差引手取概算額).")
    if name == "issuer.share_unit":
        return QCoreApplication.translate("Glossary", "Share unit (単元株式数).")
    if name == "issuer.treasury_shares":
        return QCoreApplication.translate("Glossary", "Treasury stock (自己株式).")
    return ""

