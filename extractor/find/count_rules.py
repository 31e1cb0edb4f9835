"""A table of count rules: (name, predicate) pairs over a number in its block's text. The first predicate that
holds names why the number is no count; count_context, count_measures, count_forms and count_labels each keep
one table and ask it through first_rule. `within` is the test many rules share: the number lies inside a match of
a pattern searched around it."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from ..normalize.numbers import NumberSpan

__all__ = ["Rule", "RuleTable", "first_rule", "within"]

Rule = Callable[[str, NumberSpan, Token], bool]
RuleTable = tuple[tuple[str, Rule], ...]


def first_rule(rules: RuleTable, text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule in the table that holds for the number at n, else None."""
    return next((name for name, rule in rules if rule(text, n, root)), None)


def within(pattern: re.Pattern, text: str, n: NumberSpan, before: int = 40, after: int | None = None) -> bool:
    """The number at n lies inside a match of pattern, searched from `before` characters before it to `after`
    (default: as many as before) characters after it."""
    lo, hi = max(0, n.start - before), min(len(text), n.end + (before if after is None else after))
    return any(m.start() <= n.start and n.end <= m.end() for m in pattern.finditer(text, lo, hi))
