"""What an absorption-type merger and a share exchange have in common, stated
once: the allotment to the other holders of the target company, the shares
delivered (treasury first, new shares for the rest), and the two statutory
tests that decide whose shareholders meet.

The acquiring company (the surviving company, the wholly owning parent) is
the issuer; the target is the dissolving company or the subsidiary. Each
transaction module names its own inputs (:class:`Terms`) and words
(:class:`Wording`) and declares these rules with them.

Companies Act (as numbered at the deal's date; the 2014 amendment came into
force on 1 May 2015) and its Ordinance for Enforcement:

- No allotment on the target's shares the acquirer holds, nor on the
  target's treasury shares. Fractions below one share are aggregated, the
  aggregate rounded down, and that many shares sold; the proceeds go to the
  holders in proportion to their fractions (Art. 234(1) items 5 and 7).
- Simplified procedure, no meeting of the acquirer's shareholders
  (Art. 796(2); 796(3) before 1 May 2015): the shares delivered times net
  assets per share (Ordinance Art. 25), plus the book value of bonds, share
  options, cash and other property delivered, is at most one fifth (or the
  lower fraction the articles set) of the acquirer's net assets (Ordinance
  Art. 196: its own, non-consolidated, and not less than JPY 5 million).
  Market prices do not enter the test. Not available when a merger loss
  arises (Art. 795(2)), nor when a company that is not public delivers
  transfer-restricted shares (Art. 796(1) proviso); shareholders holding
  the number of shares the Ordinance sets (Art. 197) can still require a
  meeting by objecting (Art. 796(3); 796(4) before 1 May 2015).
- Short-form procedure, no meeting of the target's shareholders
  (Art. 784(1)): the acquirer is the target's special controlling company
  (Art. 468(1)), holding nine tenths or more (or more, if the articles say
  so) of the votes of all its shareholders, itself or through wholly owned
  subsidiaries. Treasury shares carry no vote (Art. 308(2)), nor do shares
  below one unit (Art. 189(1), 308(1) proviso). Not available when
  transfer-restricted shares are delivered to a public target with one
  class of shares (Art. 784(1) proviso).
- The increase in stated capital and capital reserve is what the agreement
  sets, within the change in shareholders' equity the deal brings (Rules of
  Account Settlement of Corporations); zero is allowed. Only new shares can
  carry it: treasury shares delivered are a disposal, not an issue.
"""

from __future__ import annotations

import datetime as dt
import types
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from worksheet.expressions import (Expr, Text, all_of, any_of, column_sum, count_where, equal, if_rows, is_blank,
                                   larger, not_, remainder, round_down_to_sen, smaller, when, whole_shares)
from worksheet.findings import Severity
from worksheet.issuer import i
from worksheet.kinds import DATE, ChoiceKind, DecimalKind
from worksheet.rules import HOLDERS, JPY, PERCENT, SHARES, VOTES, WORDS, YES_NO
from worksheet.rules import Check, Results, RowResults, RowRule, Rule
from worksheet.schema import value
from worksheet.words import term

AMENDMENT_IN_FORCE = dt.date(2015, 5, 1)  # Act No. 90 of 2014: 796(3) became 796(2)
ONE_FIFTH = Decimal("0.2")
NINE_TENTHS = Decimal("0.9")
NET_ASSETS_FLOOR = Decimal(5_000_000)  # Ordinance Art. 196: not less than JPY 5 million

DELIVERY = ChoiceKind(
    "delivery",
    choices=(("treasury_first", "Treasury shares first, new shares for the rest"), ("new", "New shares"),
             ("split", "Treasury shares as entered, new shares for the rest")),
    labels_ja=("自己株式を充当し、不足分は新株式", "新株式", "指定した数の自己株式と、残りは新株式"))
NET_ASSETS_BASIS = ChoiceKind(
    "net_assets_basis",
    choices=(("ordinance", "The company's own net assets, as the Ordinance prescribes"),
             ("other", "Another figure (consolidated equity, an earlier balance sheet)")),
    labels_ja=("会社法施行規則に定める単体の純資産額", "その他の数値（連結純資産、過去の貸借対照表など）"))
PER_SHARE_AMOUNT = DecimalKind("per_share_amount", unit="JPY", places=2,
                               what=term("kinds.what.amount_per_share", "an amount per share in yen", "1株当たりの額（円）"))


def resolution_date() -> Any:
    """The board resolution date, by which the Companies Act is cited (a
    field of both a merger and a share exchange)."""
    return value(DATE, ("Board resolution date", "取締役会決議日"),
                 help=("The Companies Act is cited as numbered on this date.", "会社法の条文はこの日現在の番号で引用する。"))


@dataclass(frozen=True)
class Wording:
    """The words of one transaction: what the parties are called, and the
    names of the results that differ (``simplified_merger``,
    ``short_form_exchange``). ``{deal}``, ``{acquirer}``, ``{target}`` and
    ``{loss_article}`` in a template become these words (capitalised as
    ``{Acquirer}``); every other ``{figure}`` is left for the message."""

    noun: str
    acquirer_key: str
    target_key: str
    deal: tuple[str, str]
    acquirer: tuple[str, str]
    target: tuple[str, str]
    simplified: tuple[str, str]
    short_form: tuple[str, str]
    loss_article: tuple[str, str]

    def say(self, en: str, ja: str) -> tuple[str, str]:
        return self._fill(en, 0), self._fill(ja, 1)

    def _fill(self, text: str, lang: int) -> str:
        for name in ("deal", "acquirer", "target", "loss_article"):
            word = getattr(self, name)[lang]
            text = text.replace("{" + name + "}", word)
            text = text.replace("{" + name.capitalize() + "}", word[:1].upper() + word[1:])
        return text


@dataclass(frozen=True)
class Terms:
    """One transaction's inputs, as the shared rules read them."""

    wording: Wording
    prefix: str
    holders: Any  # the table of the target's other holders
    issued: Expr
    held: Expr
    own: Expr
    ratio: Expr
    delivery: Any
    treasury_to_deliver: Any
    resolution_date: Any
    agreement_date: Any
    effective_date: Any
    acquirer_meeting_date: Any
    target_meeting_date: Any
    target_unit: Expr
    held_through_subsidiaries: Expr
    target_votes: Any
    net_assets: Expr
    net_assets_basis: Any
    net_assets_per_share: Expr
    cash: Expr
    other_property: Expr
    simplified_threshold: Expr
    short_form_threshold: Expr
    loss: Expr
    acquirer_public: Expr
    restricted_shares: Expr
    target_public_one_class: Expr
    objection: Expr
    equity_change: Any
    stated_capital_increase: Expr
    capital_reserve_increase: Expr

    @property
    def table(self) -> str:
        return self.holders.path


def declare(name: str, module: str, items: dict[str, Any], **where: Any) -> type:
    """A class of declarations (results and checks) made of ``items``, named
    as if written ``class name(Results, prefix=...)`` in ``module``."""
    base = RowResults if "table" in where else Results

    def body(ns: dict[str, Any]) -> None:
        ns.update(items)
        ns["__module__"] = module

    return types.new_class(name, (base,), where, body)


def cited_796_simplified(date: Any) -> Expr:
    """The paragraph of the simplified procedure as numbered on ``date``."""
    return when(date >= AMENDMENT_IN_FORCE, Text("law.article_796_2", "Companies Act Art. 796(2)", "会社法第796条第2項"),
                Text("law.article_796_3", "Companies Act Art. 796(3)", "会社法第796条第3項"))


# -- per holder ----------------------------------------------------------------------


def holder_declarations(t: Terms) -> dict[str, Any]:
    """Each other holder's allotment, and the votes the holding carries in the target."""
    h = t.holders
    w = t.wording
    received = RowRule(SHARES, whole_shares(h.shares * t.ratio), "Shares received", "割当株式数",
                       rule=("Each holder's shares times the ratio; fractions below one share are aggregated and sold "
                             "(Companies Act Art. 234).",
                             "各株主の保有株式数に割当比率を乗じた数。1株未満の端数は合算して売却する（会社法第234条）。"))
    fraction = RowRule(SHARES, h.shares * t.ratio - received, "Fraction below one share", "1株未満の端数")
    units = RowRule(SHARES, whole_shares(received / i.share_unit), "Units", "単元数")
    odd_lot = RowRule(SHARES, remainder(received, i.share_unit), "Odd lot (shares)", "単元未満株式数",
                      rule=("The holder may sell it to the company or buy the shares that top it up to a unit.",
                            "単元未満株式の買取請求又は買増請求ができる。"))
    top_up = RowRule(SHARES, when(odd_lot > 0, i.share_unit - odd_lot, 0), "Shares to top up to a unit",
                     "買増請求により1単元となる株式数")
    has_odd_lot = RowRule(YES_NO, odd_lot > 0, "Left with an odd lot", "単元未満株式あり")
    votes = RowRule(VOTES, whole_shares(h.shares / t.target_unit), *w.say("Votes in the {target}", "{target}における議決権の数"),
                    rule=("One vote per unit; shares below one unit carry none (Companies Act Art. 189(1), 308(1)).",
                          "1単元につき1個。単元未満株式には議決権がない（会社法第189条第1項、第308条第1項）。"))
    return dict(shares_received=received, fraction=fraction, units=units, odd_lot=odd_lot, top_up=top_up,
                has_odd_lot=has_odd_lot, votes=votes)


# -- the deal as a whole -------------------------------------------------------------------


def allotment_declarations(t: Terms, holder: type) -> dict[str, Any]:
    """Shares allotted on, delivered, sold for fractions; treasury and new."""
    w = t.wording
    allotted_on = t.issued - t.held - t.own
    at_once = allotted_on * t.ratio  # with no holders listed: every share allotted on, as one
    d: dict[str, Any] = {}
    d["held_ratio"] = Rule(PERCENT, t.held / t.issued, *w.say("Held by the {acquirer} (of shares issued)",
                                                              "{acquirer}の保有割合（発行済株式総数に対する）"))
    d["shares_allotted_on"] = allotted = Rule(
        SHARES, allotted_on, *w.say("Shares of the {target} that receive an allotment", "割当ての対象となる{target}株式数"),
        rule=w.say("No allotment on the shares the {acquirer} holds, nor on the {target}'s treasury shares.",
                   "{acquirer}が保有する株式及び{target}の自己株式には割当てを行わない。"))
    d["shares_delivered"] = delivered = Rule(
        SHARES, if_rows(t.table, column_sum(holder.shares_received), whole_shares(at_once)),
        *w.say("Shares delivered in the {deal}", "{deal}により交付する株式数"),
        rule=("Each holder's shares times the ratio, fractions dropped; with no holders listed, the shares allotted "
              "on times the ratio, rounded down, as releases state it.",
              "各株主の割当株式数（端数切捨て）の合計。株主を記載しない場合は、割当対象株式数に割当比率を乗じた数（端数切捨て）。"))
    d["fraction_total"] = fractions = Rule(
        SHARES, if_rows(t.table, column_sum(holder.fraction), at_once - whole_shares(at_once)),
        "Fractions below one share, aggregated", "1株未満の端数の合計", rule=("Companies Act Art. 234(1).", "会社法第234条第1項。"))
    d["fraction_shares_sold"] = sold = Rule(
        SHARES, whole_shares(fractions), "Shares sold for fractions", "端数の合計に相当する売却株式数",
        rule=("The aggregate, itself rounded down, is sold and the proceeds paid to the holders in cash (Art. 234).",
              "端数の合計数（1株未満切捨て）に相当する株式を売却し、代金を端数に応じて株主に交付する（会社法第234条）。"))
    d["shares_to_deliver"] = total = Rule(
        SHARES, delivered + sold, "Shares delivered, with those sold for fractions", "端数売却分を含む交付株式数")
    d["odd_lot_holders"] = Rule(
        HOLDERS, if_rows(t.table, count_where(holder.has_odd_lot),
                         when(remainder(whole_shares(at_once), i.share_unit) > 0, 1, 0)),
        "Holders left with an odd lot", "単元未満株式を保有することとなる株主数")
    d["treasury_delivered"] = treasury = Rule(
        SHARES, when(t.delivery.is_("new"), 0,
                     when(t.delivery.is_("split"), t.treasury_to_deliver, smaller(total, i.treasury_shares))),
        "Treasury shares delivered", "交付する自己株式数",
        rule=("Treasury shares first, up to those the company holds (or the number chosen); new shares for the rest.",
              "保有する自己株式（又は指定した数）を充当し、不足分は新株式を発行する。"))
    d["new_shares_issued"] = Rule(SHARES, total - treasury, "New shares issued", "発行する新株式数")
    d["treasury_after"] = Rule(SHARES, i.treasury_shares - treasury, *w.say("Treasury shares after the {deal}",
                                                                           "{deal}後の自己株式数"))

    d["held_within_issued"] = Check(
        about=t.held, holds=t.held + t.own <= t.issued,
        label=("Shares held within shares issued", "保有株式数は発行済株式総数以内"),
        message=w.say("Held by the {acquirer} ({held:shares}) plus the {target}'s treasury ({own:shares}) exceed its "
                      "shares issued ({issued:shares}).",
                      "{acquirer}の保有株式数（{held:shares}株）と{target}の自己株式数（{own:shares}株）の合計が発行済株式総数（{issued:shares}株）を超えています。"),
        figures=dict(held=t.held, own=t.own, issued=t.issued))
    d["some_shares"] = Check(
        about=t.issued, holds=t.issued > 0, label=("Shares issued", "発行済株式総数"),
        message=w.say("The {target} has no shares issued: enter its shares issued.",
                      "{target}の発行済株式総数が0です。発行済株式総数を入力してください。"))
    d["ratio_above_zero"] = Check(
        about=t.ratio, holds=t.ratio > 0, label=("Allotment ratio", "割当比率"),
        message=("The allotment ratio is zero: no shares would be delivered.", "割当比率が0のため、株式が交付されません。"))
    d["holders_add_up"] = Check(
        about=t.holders, holds=if_rows(t.table, equal(column_sum(t.holders.shares), allotted), True),
        label=("Holders add up to the shares allotted on", "株主の保有株式数の合計は割当対象株式数と一致"),
        message=w.say("The listed holders hold {listed:shares} shares; shares issued less those held by the {acquirer} "
                      "and treasury are {expected:shares}.",
                      "記載した株主の保有株式数の合計は{listed:shares}株ですが、割当ての対象となる株式数は{expected:shares}株です。"),
        figures=dict(listed=column_sum(t.holders.shares), expected=allotted))
    d["enough_treasury"] = Check(
        about=t.treasury_to_deliver,
        holds=any_of(not_(t.delivery.is_("split")), t.treasury_to_deliver <= i.treasury_shares),
        label=("Enough treasury shares", "十分な自己株式"),
        message=("{chosen:shares} treasury shares are to be delivered but the company holds only {held:shares}.",
                 "交付する自己株式数は{chosen:shares}株ですが、保有する自己株式は{held:shares}株です。"),
        figures=dict(chosen=t.treasury_to_deliver, held=i.treasury_shares))
    d["treasury_within_delivered"] = Check(
        about=t.treasury_to_deliver, holds=any_of(not_(t.delivery.is_("split")), t.treasury_to_deliver <= total),
        label=("Treasury shares within the shares delivered", "交付する自己株式数は交付株式数以内"),
        message=("{chosen:shares} treasury shares are more than the {total:shares} shares delivered.",
                 "交付する自己株式数{chosen:shares}株が交付株式数{total:shares}株を超えています。"),
        figures=dict(chosen=t.treasury_to_deliver, total=total))
    return d


def simplified_declarations(t: Terms, allotment: type) -> dict[str, Any]:
    """The one-fifth test on the statutory basis (Art. 796(2); 796(3) before 1 May 2015)."""
    w = t.wording
    total = allotment.shares_to_deliver
    d: dict[str, Any] = {}
    d["consideration_for_test"] = consideration = Rule(
        JPY, total * t.net_assets_per_share + t.cash + t.other_property,
        "Consideration, as the simplified test measures it", "簡易手続の判定における対価の額",
        rule=w.say("Shares delivered times the {acquirer}'s net assets per share (Ordinance Art. 25), plus the book "
                   "value of bonds, share options, cash and other property delivered (Companies Act Art. 796(2)(i)). "
                   "Market prices do not enter the test.",
                   "交付する株式数に{acquirer}の1株当たり純資産額（会社法施行規則第25条）を乗じた額と、交付する社債・新株予約権・金銭その他の財産の帳簿価額の合計額（会社法第796条第2項第1号）。市場価格は用いない。"))
    d["net_assets_for_test"] = net_assets = Rule(
        JPY, larger(t.net_assets, NET_ASSETS_FLOOR), *w.say("{Acquirer}'s net assets for the test", "判定に用いる{acquirer}の純資産額"),
        rule=("Ordinance for Enforcement of the Companies Act, Art. 196: the company's own net assets on the "
              "calculation date, and not less than JPY 5 million.",
              "会社法施行規則第196条：算定基準日における単体の純資産額（500万円を下回る場合は500万円）。"))
    d["simplified_limit"] = limit = Rule(
        JPY, round_down_to_sen(net_assets * t.simplified_threshold),
        "Limit on the consideration (one fifth of net assets)",
        "対価の上限額（純資産額の5分の1）",
        rule=("One fifth, or the lower fraction the articles set. An amount in sen is within the fraction exactly "
              "when it is within it rounded down to the sen.",
              "5分の1（定款でこれを下回る割合を定めた場合はその割合）。銭単位の金額との比較のため、1銭未満を切り捨てても判定は変わらない。"))
    d["consideration_to_net_assets"] = Rule(
        PERCENT, consideration / net_assets, *w.say("Consideration / {acquirer}'s net assets", "対価の{acquirer}純資産額に対する割合"))
    d[f"simplified_{w.noun}"] = simplified = Rule(
        YES_NO,
        all_of(not_(t.loss), not_(all_of(t.restricted_shares, not_(t.acquirer_public))), consideration <= limit),
        *w.simplified,
        rule=("Companies Act Art. 796(2) (796(3) until 30 April 2015): the consideration is at most the limit, no "
              "loss arises (Art. 795(2)), and no company that is not public delivers transfer-restricted shares "
              "(Art. 796(1) proviso).",
              "会社法第796条第2項（2015年4月30日までは第3項）：対価の額が上限額以下であり、差損が生じず（第795条第2項）、公開会社でない会社が譲渡制限株式を交付しないこと（第796条第1項ただし書）。"))
    d[f"simplified_{w.noun}_article"] = Rule(
        WORDS, cited_796_simplified(t.resolution_date), *w.say("Simplified {deal}, article cited", "簡易{deal}の根拠条文"),
        rule=("Cited as numbered on the board resolution date: the 2014 amendment came into force on 1 May 2015.",
              "取締役会決議日現在の条番号で引用する。平成26年改正会社法は2015年5月1日に施行された。"))
    d[f"{w.acquirer_key}_meeting_required"] = Rule(
        YES_NO, any_of(t.objection, not_(simplified)),
        *w.say("General meeting of the {acquirer}'s shareholders required", "{acquirer}の株主総会の承認の要否"),
        rule=("Unless the simplified procedure applies, or when shareholders holding the number of shares the "
              "Ordinance sets (Art. 197) object (Companies Act Art. 796(3); 796(4) before 1 May 2015).",
              "簡易手続によらない場合、又は法務省令（会社法施行規則第197条）で定める数の株式を有する株主が反対した場合（会社法第796条第3項、2015年4月30日までは第4項）。"))

    d["threshold_lowered_only"] = Check(
        about=t.simplified_threshold, holds=t.simplified_threshold <= ONE_FIFTH,
        label=("The articles may only lower one fifth", "定款で定められるのは5分の1を下回る割合のみ"),
        message=("A threshold of {threshold:%} is above one fifth: the articles may set a lower fraction only "
                 "(Companies Act Art. 796(2)).",
                 "割合{threshold:%}は5分の1を超えています。定款で定められるのは5分の1を下回る割合のみです（会社法第796条第2項）。"),
        figures=dict(threshold=t.simplified_threshold))
    d["net_assets_on_statutory_basis"] = Check(
        about=t.net_assets_basis, holds=t.net_assets_basis.is_("ordinance"), severity=Severity.WARNING,
        label=("Net assets as the Ordinance prescribes", "会社法施行規則に定める純資産額"),
        message=w.say("The simplified test measures the {acquirer}'s own (non-consolidated) net assets and net assets "
                      "per share on the calculation date (Ordinance Art. 196 and 25); the figures entered are on "
                      "another basis.",
                      "簡易手続の判定は、算定基準日における{acquirer}単体の純資産額及び1株当たり純資産額（会社法施行規則第196条、第25条）によります。入力した数値は別の基準によるものです。"))
    d["no_loss"] = Check(
        about=t.loss, holds=not_(t.loss), severity=Severity.WARNING,
        label=("A loss shuts out the simplified procedure", "差損が生じる場合は簡易手続によれない"),
        message=w.say("A loss arises ({loss_article}): the simplified procedure is not available, and the directors "
                      "explain the loss at the {acquirer}'s general meeting.",
                      "差損が生じるため（{loss_article}）、簡易手続によることはできず、取締役は{acquirer}の株主総会でその旨を説明しなければなりません。"))
    d["restricted_shares_to_a_public_company"] = Check(
        about=t.restricted_shares, holds=not_(all_of(t.restricted_shares, not_(t.acquirer_public))),
        severity=Severity.WARNING,
        label=("Transfer-restricted shares from a company that is not public", "公開会社でない会社による譲渡制限株式の交付"),
        message=w.say("The {acquirer} is not a public company and delivers transfer-restricted shares: the simplified "
                      "procedure is not available (Companies Act Art. 796(1) proviso, 796(2) proviso).",
                      "{acquirer}は公開会社でなく、譲渡制限株式を交付するため、簡易手続によることはできません（会社法第796条第1項ただし書、第2項ただし書）。"))
    d["objection_needs_meeting"] = Check(
        about=t.objection, holds=not_(t.objection), severity=Severity.WARNING,
        label=("Shareholders objected", "株主の反対通知"),
        message=w.say("Shareholders holding the number of shares the Ordinance sets (Art. 197) objected: the {deal} "
                      "needs the approval of the {acquirer}'s general meeting by the day before it takes effect "
                      "(Companies Act Art. 796(3); 796(4) before 1 May 2015).",
                      "法務省令（会社法施行規則第197条）で定める数の株式を有する株主が反対したため、効力発生日の前日までに{acquirer}の株主総会の承認が必要です（会社法第796条第3項、2015年4月30日までは第4項）。"))
    return d


def short_form_declarations(t: Terms, holder: type) -> dict[str, Any]:
    """Nine tenths of the target's votes (Art. 784(1), 468(1)): shares held and votes, both shown."""
    w = t.wording
    votes_of = lambda shares: whole_shares(shares / t.target_unit)  # noqa: E731 - one vote per unit
    d: dict[str, Any] = {}
    d["votes_held"] = held = Rule(
        VOTES, votes_of(t.held) + votes_of(t.held_through_subsidiaries),
        *w.say("Votes of the {acquirer} and its wholly owned subsidiaries", "{acquirer}及びその完全子会社等の議決権の数"),
        rule=("Companies Act Art. 468(1): votes held directly or through companies whose shares the {acquirer} "
              "holds entirely; one vote per unit.".replace("{acquirer}", w.acquirer[0]),
              "会社法第468条第1項：直接保有する議決権と、発行済株式の全部を有する会社等を通じて有する議決権の合計。1単元につき1個。"))
    d["votes_total"] = total = Rule(
        VOTES, when(not_(is_blank(t.target_votes.or_blank())), t.target_votes,
                    if_rows(t.table, votes_of(t.held) + column_sum(holder.votes), votes_of(t.issued - t.own))),
        *w.say("Votes of all shareholders of the {target}", "{target}の総株主の議決権の数"),
        rule=("As stated when entered; otherwise one vote per unit held, treasury shares (Art. 308(2)) and shares "
              "below one unit (Art. 189(1)) left out. Without holders listed, the shares other than treasury in "
              "whole units.",
              "入力した場合はその数。それ以外は保有株式1単元につき1個とし、自己株式（第308条第2項）及び単元未満株式（第189条第1項）を除く。株主を記載しない場合は自己株式以外の株式の単元数。"))
    d["voting_ratio"] = Rule(
        PERCENT, held / total, *w.say("Votes of the {acquirer} (of all shareholders' votes)",
                                      "{acquirer}の議決権比率（総株主の議決権に対する）"))
    d[f"short_form_{w.noun}"] = short_form = Rule(
        YES_NO, all_of(not_(all_of(t.restricted_shares, t.target_public_one_class)), total > 0,
                       held >= total * t.short_form_threshold),
        *w.short_form,
        rule=w.say("Companies Act Art. 784(1): the {acquirer} is the {target}'s special controlling company "
                   "(Art. 468(1)), with nine tenths or more of the votes (or more, if the articles say so); not when "
                   "transfer-restricted shares go to a public {target} with one class of shares (Art. 784(1) proviso).",
                   "会社法第784条第1項：{acquirer}が{target}の特別支配会社（第468条第1項）であり、総株主の議決権の10分の9（定款でこれを上回る割合を定めた場合はその割合）以上を有すること。公開会社かつ種類株式発行会社でない{target}に譲渡制限株式等を交付する場合を除く（第784条第1項ただし書）。"))
    d[f"short_form_{w.noun}_article"] = Rule(
        WORDS, Text("law.article_784_1", "Companies Act Art. 784(1)", "会社法第784条第1項"),
        *w.say("Short-form {deal}, article cited", "略式{deal}の根拠条文"))
    d[f"{w.target_key}_meeting_required"] = Rule(
        YES_NO, not_(short_form), *w.say("General meeting of the {target}'s shareholders required",
                                         "{target}の株主総会の承認の要否"))

    d["some_votes"] = Check(
        about=d["voting_ratio"], blanks=True, holds=total > 0,
        label=w.say("The {target} has shares with votes", "{target}に議決権のある株式がある"),
        message=w.say("No shareholder of the {target} has a vote: its shares are treasury shares or below one unit.",
                      "{target}の株主に議決権がありません。株式はすべて自己株式又は単元未満株式です。"))
    d["short_form_threshold_raised_only"] = Check(
        about=t.short_form_threshold, holds=all_of(t.short_form_threshold >= NINE_TENTHS, t.short_form_threshold <= 1),
        label=("The articles may only raise nine tenths", "定款で定められるのは10分の9を上回る割合のみ"),
        message=("A threshold of {threshold:%} is outside nine tenths to all: the articles of the controlled company "
                 "may set a higher fraction only (Companies Act Art. 468(1)).",
                 "割合{threshold:%}は10分の9以上100%以下ではありません。定款で定められるのは10分の9を上回る割合のみです（会社法第468条第1項）。"),
        figures=dict(threshold=t.short_form_threshold))
    d["subsidiaries_hold_allotted_shares"] = Check(
        about=t.held_through_subsidiaries,
        holds=t.held_through_subsidiaries <= t.issued - t.held - t.own,
        label=("Held through subsidiaries within the other holders' shares", "完全子会社等の保有株式数は割当対象株式数以内"),
        message=w.say("Wholly owned subsidiaries are said to hold {subs:shares} shares; the {target}'s shares other "
                      "than the {acquirer}'s and treasury are {others:shares}.",
                      "完全子会社等の保有株式数{subs:shares}株が、{acquirer}の保有株式及び自己株式以外の株式数{others:shares}株を超えています。"),
        figures=dict(subs=t.held_through_subsidiaries, others=t.issued - t.held - t.own))
    d["votes_stated_cover_those_held"] = Check(
        about=t.target_votes, holds=any_of(is_blank(t.target_votes.or_blank()), t.target_votes >= held),
        label=w.say("All shareholders' votes include the {acquirer}'s", "総株主の議決権の数は{acquirer}の議決権を含む"),
        message=w.say("All shareholders' votes are stated as {stated}, fewer than the {held} the {acquirer} holds.",
                      "総株主の議決権の数{stated}個が、{acquirer}の議決権の数{held}個を下回っています。"),
        figures=dict(stated=t.target_votes, held=held))
    d["restricted_shares_to_a_public_target"] = Check(
        about=t.target_public_one_class, holds=not_(all_of(t.restricted_shares, t.target_public_one_class)),
        severity=Severity.WARNING,
        label=("Transfer-restricted shares to a public target", "公開会社への譲渡制限株式等の交付"),
        message=w.say("Transfer-restricted shares go to the shareholders of a public {target} with one class of "
                      "shares: the short-form procedure is not available (Companies Act Art. 784(1) proviso).",
                      "公開会社かつ種類株式発行会社でない{target}の株主に譲渡制限株式等を交付するため、略式手続によることはできません（会社法第784条第1項ただし書）。"))
    return d


def capital_declarations(t: Terms, allotment: type) -> dict[str, Any]:
    """The increase in stated capital and capital reserve the agreement sets."""
    w = t.wording
    increase = t.stated_capital_increase + t.capital_reserve_increase
    d: dict[str, Any] = {}
    d["capital_and_reserve_increase"] = both = Rule(
        JPY, increase, "Increase in stated capital and capital reserve", "増加する資本金及び資本準備金の額",
        rule=w.say("As the {deal} agreement sets them, within the change in shareholders' equity; zero is allowed "
                   "(Rules of Account Settlement of Corporations).",
                   "{deal}契約の定めに従い、株主資本等変動額の範囲内で定めた額。0とすることもできる（会社計算規則）。"))
    d["other_capital_surplus_increase"] = Rule(
        JPY, t.equity_change - both, "Increase in other capital surplus", "増加するその他資本剰余金の額",
        rule=("The change in shareholders' equity less the increase in stated capital and capital reserve.",
              "株主資本等変動額から増加する資本金及び資本準備金の額を控除した額。"))
    d["capital_within_equity_change"] = Check(
        about=t.stated_capital_increase, holds=increase <= t.equity_change,
        label=("Capital increase within the value delivered", "資本金等の増加額は株主資本等変動額以内"),
        message=("Stated capital and capital reserve rise by {increase:yen}, more than the change in shareholders' "
                 "equity ({change:yen}) the {deal} brings.".replace("{deal}", w.deal[0]),
                 "増加する資本金及び資本準備金の額{increase:yen}円が株主資本等変動額{change:yen}円を超えています。"),
        figures=dict(increase=increase, change=t.equity_change))
    d["capital_needs_new_shares"] = Check(
        about=t.stated_capital_increase, holds=any_of(equal(increase, 0), allotment.new_shares_issued > 0),
        label=("Only new shares raise stated capital", "資本金等の増加は新株式の発行による"),
        message=("Stated capital and capital reserve rise by {increase:yen} although no new shares are issued: "
                 "treasury shares delivered raise neither.",
                 "新株式を発行しないにもかかわらず、資本金及び資本準備金が{increase:yen}円増加しています。自己株式の交付では増加しません。"),
        figures=dict(increase=increase))
    return d


def schedule_declarations(t: Terms) -> dict[str, Any]:
    """The order of the schedule: resolution, agreement, meetings, effective date."""
    w = t.wording
    d: dict[str, Any] = {}
    d["agreement_after_resolution"] = Check(
        about=t.agreement_date, holds=t.agreement_date >= t.resolution_date,
        label=("Agreement signed on or after the board resolution", "契約締結日は取締役会決議日以後"),
        message=("The agreement ({agreement:date}) is dated before the board resolution ({resolution:date}).",
                 "契約締結日（{agreement:date}）が取締役会決議日（{resolution:date}）より前です。"),
        figures=dict(agreement=t.agreement_date, resolution=t.resolution_date))
    d["effective_after_resolution"] = Check(
        about=t.effective_date, holds=t.effective_date > t.resolution_date,
        label=("Effective after the board resolution", "効力発生日は取締役会決議日より後"),
        message=("The effective date ({effective:date}) is not after the board resolution ({resolution:date}).",
                 "効力発生日（{effective:date}）が取締役会決議日（{resolution:date}）より後ではありません。"),
        figures=dict(effective=t.effective_date, resolution=t.resolution_date))
    for key, meeting, article in (
            (w.acquirer_key, t.acquirer_meeting_date, ("Companies Act Art. 795(1)", "会社法第795条第1項")),
            (w.target_key, t.target_meeting_date, ("Companies Act Art. 783(1)", "会社法第783条第1項"))):
        party = w.acquirer if key == w.acquirer_key else w.target
        d[f"{key}_meeting_before_effective"] = Check(
            about=meeting, holds=meeting < t.effective_date,
            label=(f"The {party[0]}'s meeting approves by the day before the effective date",
                   f"{party[1]}の株主総会は効力発生日の前日までに承認"),
            message=(f"The {party[0]}'s general meeting ({{meeting:date}}) is not before the effective date "
                     f"({{effective:date}}) ({article[0]}).",
                     f"{party[1]}の株主総会（{{meeting:date}}）が効力発生日（{{effective:date}}）より前ではありません（{article[1]}）。"),
            figures=dict(meeting=meeting, effective=t.effective_date))
    return d


def declare_all(t: Terms, module: str, name: str) -> tuple[type, type, type]:
    """The declarations of one transaction: its per-holder results, its
    allotment and delivery, and its statutory tests, capital and schedule."""
    holder = declare(f"{name}HolderAllotment", module, holder_declarations(t), table=t.table, section=t.prefix)
    allotment = declare(f"{name}Allotment", module, allotment_declarations(t, holder), prefix=t.prefix)
    items = {**simplified_declarations(t, allotment), **short_form_declarations(t, holder),
             **capital_declarations(t, allotment), **schedule_declarations(t)}
    law = declare(f"{name}Law", module, items, prefix=t.prefix)
    return holder, allotment, law
