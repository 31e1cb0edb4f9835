"""Tallies in brackets after names (issue 17): '(17)' after a name counts when the sentence ranks such tallies.

A whole number alone in a bracket is mostly no count: a citation ('(1)'), a shirt number ('Matt Murray (30)'), or,
in British and Irish copy, a person's age ('Molly Martens (40) and her father, Tom Martens (73), have been
sentenced'). It is a tally when its sentence ranks or compares the names by it: a word of ranking right before a
name and its bracket ('followed by Biden (11)', 'more than Warren (2)') or right after the bracket ('Elizabeth
Warren (12) lead,', 'Warren (11) has the most endorsements'): data/count_forms.json tally_cues_before,
tally_lead_verbs, tally_comparatives. Then every name-and-bracket item of that sentence is a tally ('Amy Klobuchar
(17) and Elizabeth Warren (12) lead, followed by Biden (11), Pete Buttigieg (6) and Sanders (1)'). An age never
ranks so, and a caption's 'Brock Nelson (29) puts the goal behind Matt Murray (30)' has no such word.

What the tally counts (`tallied_noun`): the plural noun the sentence ranks by ('has the most endorsements'), else
the group it ranks within ('Among the Democratic state legislators in Iowa who have endorsed'), else the noun of
another count in the sentence ('the backing of six state legislators ... more than Warren (2)'); None when none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..data import load, one_of
from ..normalize.numbers import NumberSpan

__all__ = ["bracketed_tally", "tallied_noun"]

# a name's words (capitalised, perhaps with an initial) and up to three digits alone in a bracket after it
_NAME = r"[A-Z][\w'’.-]*"
_ITEM = re.compile(rf"(?<![\w'’.-]){_NAME}(?:[ \u00a0]+{_NAME}){{0,3}}[ \u00a0]*\((\d{{1,3}})\)")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    forms = load("count_forms")
    before = re.compile(rf"(?<![\w-])(?i:{one_of(forms['tally_cues_before'], spaced=True)})[ \u00a0]+\Z")
    lead = one_of(forms["tally_lead_verbs"])
    most = one_of(forms["tally_comparatives"])
    # 'lead,' or 'leads with': a verb of leading that ends its clause or names the margin, not a caption's 'Tom
    # Brady (12) leads the team onto the field'; 'has the most endorsements'
    after = re.compile(
        rf"[ \u00a0]+(?:(?:{lead})(?=[ \u00a0]*[,;.]|[ \u00a0]+(?:with|among)\b)"
        rf"|(?:has|have|had)[ \u00a0]+(?:the[ \u00a0]+)?(?:{most})\b)"
    )
    return before, after


def _items(sentence: str) -> list[re.Match]:
    return list(_ITEM.finditer(sentence))


def _ranked(sentence: str, items: list[re.Match]) -> bool:
    """A word of ranking right before one item's name or right after one item's bracket."""
    before, after = _cues()
    return any(
        before.search(sentence, max(0, m.start() - 30), m.start()) or after.match(sentence, m.end()) for m in items
    )


def bracketed_tally(sent: Span, n: NumberSpan) -> bool:
    """The number alone in a bracket after a name is a tally: its sentence ranks its name-and-bracket items
    ('Amy Klobuchar (17) and Elizabeth Warren (12) lead, followed by Biden (11)')."""
    sentence, at = sent.text, sent.start_char
    items = _items(sentence)
    if not any(m.start(1) == n.start - at and m.end(1) == n.end - at for m in items):
        return False
    return _ranked(sentence, items)


def tallied_noun(sent: Span) -> str | None:
    """The plural noun a sentence's bracketed tallies count: the one ranked by ('the most endorsements'), the group
    ranked within ('Among the Democratic state legislators'), or another count's ('six state legislators')."""
    plurals = [t for t in sent if t.tag_ in ("NNS", "NNPS")]
    for tok in plurals:
        if any(c.lower_ in load("count_forms")["tally_comparatives"] for c in tok.children):
            return _phrase(tok)  # "has the most endorsements"
    for tok in plurals:
        if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.i == sent.start:
            return _phrase(tok)  # "Among the Democratic state legislators in Iowa who have endorsed"
    for tok in plurals:
        if any(c.dep_ == "nummod" and c.like_num for c in tok.children):
            return _phrase(tok)  # "the backing of six state legislators"
    return None


def _phrase(noun: Token) -> str:
    """The noun with the compound nouns right before it: 'state legislators'."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].head.i in (noun.i, start):
        start -= 1
    return noun.doc[start : noun.i + 1].text
