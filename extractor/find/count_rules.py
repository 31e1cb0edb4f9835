"""A table of count rules: (name, predicate) pairs over a number in its block's text. The first predicate that
holds names why the number is no count; count_context, count_measures, count_forms and count_labels each keep
one table and ask it through first_rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..normalize.numbers import NumberSpan

__all__ = ["Rule", "RuleTable", "first_rule"]

Rule = Callable[[str, NumberSpan, Token], bool]
RuleTable = tuple[tuple[str, Rule], ...]


def first_rule(rules: RuleTable, text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule in the table that holds for the number at n, else None."""
    return next((name for name, rule in rules if rule(text, n, root)), None)
