"""The registry: every declared result and check of the listed sections, in
one graph, checked when the sections load.

Every input an expression reads is a field of the deal, every result it
reads is declared in a listed section, no result depends on itself through
others, and no declaration is left outside the section list. A mistake
there fails at import, not as a blank figure at run time. The registry
also knows, for each input, table or section, which results and checks it
reaches, so that an edit recomputes only those.
"""

from __future__ import annotations

from typing import Any, Iterable

from worksheet import schema
from worksheet.expressions import Aggregate, AnyPresent, DayFunction, Expr, Field, RowField, Shaped
from worksheet.rules import Check, Results, RowRule, Rule, Section


class DeclarationError(Exception):
    """A declaration is wrong: a name that does not exist, a cycle, a rule
    outside every section."""


def _reads(expr: Expr) -> Iterable[Expr]:
    """The inputs and results an expression reads directly (a result's own
    arithmetic is its own business)."""
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, (Rule, Field)):
            yield node
            if not isinstance(node, Rule):
                stack.extend(node.children())
            continue
        stack.extend(node.children())


class Registry:
    """Every declaration of the listed sections, checked once."""

    def __init__(self, sections: tuple[Section, ...], deal_cls: type, *, strays_from: tuple[str, ...] = ("worksheet",)):
        self.sections = {s.key: s for s in sections}
        self.order = tuple(s.key for s in sections)
        self.deal_cls = deal_cls
        self.rules: dict[str, Rule] = {}
        self.checks: dict[str, Check] = {}
        self.section_of: dict[str, str] = {}
        for section in sections:
            for rule in section.rules():
                self._add(self.rules, rule.name, rule, section.key)
            for check in section.checks():
                self._add(self.checks, check.name, check, section.key)
        self.row_rules: dict[str, list[RowRule]] = {}
        for rule in self.rules.values():
            if isinstance(rule, RowRule):
                self.row_rules.setdefault(rule.table, []).append(rule)
        #: checks that bar an input (by its path; a table cell by table.*.column)
        self.barring: dict[str, list[Check]] = {}
        #: checks that leave a result blank when they fail
        self.guarding: dict[str, list[Check]] = {}
        for check in self.checks.values():
            if check.bars_input():
                self.barring.setdefault(check.about.path, []).append(check)
            if check.blanks:
                self.guarding.setdefault(check.about.name, []).append(check)
        self._check_names()
        self._check_cycles()
        self._check_reach(strays_from)
        #: what each result and check depends on, transitively: input paths, tables,
        #: "closures" (the calendar), "present:<section>"; an edit elsewhere leaves it as it was
        self.roots: dict[str, frozenset[str]] = {}
        for node in self.nodes():
            self._roots(node)
        #: per-row results and checks that read their own row of their table only
        #: (no sum over it): an edit of other rows leaves theirs as they were
        self.row_local: dict[str, str] = {}
        for node in self.nodes():
            self._row_local(node)

    def _add(self, into: dict[str, Any], name: str, item: Any, section: str) -> None:
        if not name or name in into:
            raise DeclarationError(f"{name or item!r} is declared twice, or has no name")
        into[name] = item
        self.section_of[name] = section

    def nodes(self) -> Iterable[Rule | Check]:
        yield from self.rules.values()
        yield from self.checks.values()

    def expressions(self, node: Rule | Check) -> Iterable[Expr]:
        if isinstance(node, Rule):
            yield node.expr
        else:
            yield from node.expressions()

    def _check_names(self) -> None:
        for check in self.checks.values():
            about = check.about
            if isinstance(about, Rule) and self.rules.get(about.name) is not about:
                raise DeclarationError(f"{check.name} is about {about.name or about!r}, which no listed section declares")
        for node in self.nodes():
            for expr in self.expressions(node):
                for named in self._sections_named(expr):
                    if named not in self.sections:
                        raise DeclarationError(f"{node.name} asks whether the deal has {named!r}, which is not a "
                                               "listed section")
                for read in _reads(expr):
                    if isinstance(read, Rule):
                        if self.rules.get(read.name) is not read:
                            raise DeclarationError(f"{node.name} reads {read.name or read!r}, which no listed "
                                                   "section declares")
                    else:
                        try:
                            schema.field_info_at(self.deal_cls, read.path.replace("*", "0"))
                        except (KeyError, AttributeError) as exc:
                            raise DeclarationError(f"{node.name} reads {read.path}, which is not a field "
                                                   "of the deal") from exc
                    if isinstance(read, RowField) or isinstance(read, RowRule):
                        table = read.table
                        mine = getattr(node, "table", None)
                        if mine != table and not self._aggregated(expr, read):
                            raise DeclarationError(f"{node.name} reads a column of {table} outside a row of it "
                                                   "and outside a sum or count over it")

    @staticmethod
    def _sections_named(expr: Expr) -> Iterable[str]:
        """The sections an expression asks the deal's shape about."""
        for node in expr.walk():
            if isinstance(node, Shaped) and node.kind == "present":
                yield node.subject
            elif isinstance(node, AnyPresent):
                yield from node.sections

    @staticmethod
    def _aggregated(expr: Expr, column: Expr) -> bool:
        return any(isinstance(n, Aggregate) and any(c is column for c in n.walk()) for n in expr.walk())

    def dependencies(self, node: Rule | Check) -> set[str]:
        """The results and checks ``node`` needs before it can be evaluated."""
        found: set[str] = set()
        for expr in self.expressions(node):
            for read in _reads(expr):
                if isinstance(read, Rule):
                    found.add(read.name)
                    continue
                if isinstance(node, Check):
                    continue  # a check reads inputs as they are
                found.update(c.name for c in self.barring.get(read.path, ()))
                if isinstance(read, RowField):
                    found.update(c.name for c in self.barring.get(read.table, ()))
        if isinstance(node, Rule):
            found.update(c.name for c in self.guarding.get(node.name, ()))
        found.discard(node.name if isinstance(node, Check) else "")
        return found

    def _row_local(self, node: Rule | Check) -> bool:
        """Whether ``node`` reads only its own row of its table: no sum over
        the table, and nothing it depends on reads the table otherwise."""
        table = getattr(node, "table", None)
        if not table:
            return False
        if node.name in self.row_local:
            return True
        if any(isinstance(part, Aggregate) and part.table == table
               for expr in self.expressions(node) for part in expr.walk()):
            return False
        for name in self.dependencies(node):
            other = self.rules.get(name) or self.checks[name]
            if table in self.roots[name] and not (getattr(other, "table", None) == table and self._row_local(other)):
                return False
        self.row_local[node.name] = table
        return True

    def _roots(self, node: Rule | Check) -> frozenset[str]:
        found = self.roots.get(node.name)
        if found is not None:
            return found
        roots: set[str] = {"present:" + node.section}
        for expr in self.expressions(node):
            for part in expr.walk():
                if isinstance(part, Field):  # an absent section reads as blank: its presence counts
                    roots.add("present:" + part.section)
                if isinstance(part, RowField):
                    roots.add(part.table)
                elif isinstance(part, Field):
                    roots.add(part.path)
                elif isinstance(part, Aggregate):
                    roots.add(part.table)
                elif isinstance(part, Shaped):
                    roots.add(("present:" if part.kind == "present" else "") + part.subject)
                elif isinstance(part, AnyPresent):
                    roots.update("present:" + section for section in part.sections)
                elif isinstance(part, DayFunction):
                    roots.add("closures")
        for other in self.dependencies(node):
            roots |= self._roots(self.rules.get(other) or self.checks[other])
        found = self.roots[node.name] = frozenset(roots)
        return found

    def _check_cycles(self) -> None:
        graph = {node.name: self.dependencies(node) for node in self.nodes()}
        state: dict[str, int] = {}

        def visit(name: str, trail: list[str]) -> None:
            if state.get(name) == 2:
                return
            if state.get(name) == 1:
                loop = trail[trail.index(name):] + [name]
                raise DeclarationError("declarations depend on each other in a circle: " + " -> ".join(loop))
            state[name] = 1
            for other in graph.get(name, ()):
                visit(other, trail + [name])
            state[name] = 2

        for name in graph:
            visit(name, [])

    def _check_reach(self, modules: tuple[str, ...]) -> None:
        """Declarations of these modules that no listed section holds are
        never computed: a mistake, refused."""
        listed = {d for s in self.sections.values() for d in s.declarations}
        stack = list(Results.__subclasses__())
        while stack:
            cls = stack.pop()
            stack.extend(cls.__subclasses__())
            if (cls.rules() or cls.checks()) and cls not in listed and cls.__module__.startswith(modules):
                raise DeclarationError(f"{cls.__module__}.{cls.__name__} declares results no listed section "
                                       "has: add it to its section")

    def rule(self, name: str) -> Rule:
        return self.rules[name]
