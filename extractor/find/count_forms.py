"""Numbers whose form of words shows they say no 'how many' (issue 17), beside count_context.py's rules.

- "one" as a pronoun or a determiner: "no one has matched", "any one partisan divide", "one another", and "one"
  that heads a relative clause without a relative word ("Especially one Apple has already adopted"): a thing,
  not a quantity. "one person died" keeps its count: there "one" modifies the noun.
- both numbers of "N out of M", with or without a noun after N: "more than one night out of 17", "seven victories
  out of eight", "78 out of 100": a proportion or a score, not how many. A whole that counts its own noun stays
  a count ("21 out of 29 Indian states").
- a literal in a shell session, a program's output or a machine string ("$ python3 foo.py 2 value error 2",
  a user-agent), and a digit escaped by a backslash ("\\0 terminates the filename").
- a small number hyphened to a capitalised word: part of a name or a kind ("1-Bedroom Sunset Ocean Front Villa",
  "Two-Factor Authentication", "Penny's 8-Heart Event"); a larger one still counts ("a 2,812-Piece Set").
Decisions: like count_context.py each rule reads the block text, the number and its parse root only, so a
title, a caption and the body are treated alike. Vocabularies are in data/count_forms.json. `why_form`
returns the rule's name, or None when the number may count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..data import load
from ..normalize.numbers import NumberSpan, parse_number
from .count_rules import RuleTable, first_rule
from .reading import alt

__all__ = ["why_form"]

_SP = r"[ \u00a0]"
_WORD = re.compile(r"[A-Za-z][\w,.-]*")


@lru_cache(maxsize=1)
def _forms() -> dict:
    return load("count_forms")


def why_form(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n in text is no quantity, else None."""
    return first_rule(_RULES, text, n, root)


@lru_cache(maxsize=1)
def _one_rx() -> tuple[re.Pattern, re.Pattern]:
    forms = _forms()
    before = re.compile(rf"\b(?i:{alt(forms['one_pronoun_before'])}){_SP}+\Z")
    after = re.compile(rf"{_SP}+(?i:{alt(forms['one_pronoun_after'])})\b")
    return before, after


def _pronoun_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'no one', 'any one partisan divide', 'one another', 'one Apple has already adopted': 'one' is a pronoun
    or means 'a single', it counts nothing."""
    if text[n.start : n.end].lower() != "one":
        return False
    before, after = _one_rx()
    if before.search(text, max(0, n.start - 10), n.start) or after.match(text, n.end):
        return True
    # "one [that] Apple has adopted": the name of one company or person is the subject of the verb after it, so
    # "one" is the object of that clause ("one Republican has voted" counts a member of a group, NORP)
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    return (
        root.lower_ == "one"
        and nxt is not None
        and nxt.dep_ == "nsubj"
        and nxt.ent_type_ in _forms()["one_subject_entities"]
        and nxt.head.pos_ in ("VERB", "AUX")
    )


def _number_word(word: str | None) -> bool:
    return word is not None and word.lower() not in ("a", "an") and parse_number(word.rstrip(".,")) is not None


def _out_of(text: str, n: NumberSpan, root: Token) -> bool:
    """'more than one night out of 17', 'seven victories out of eight', '78 out of 100': both numbers of a
    proportion or a score (up to two words may stand between N and 'out of')."""
    quals = _forms()["out_of_qualifiers"]
    m = re.match(rf"((?:{_SP}+[A-Za-z][\w-]*){{0,2}}){_SP}+out{_SP}+of{_SP}+(.*)", text[n.end : n.end + 60], re.S)
    if m:
        words = m.group(2).split()
        while words and words[0].lower() in quals:
            words.pop(0)
        if words and _number_word(words[0]):
            return True
    b = re.search(
        rf"((?:\S+{_SP}+){{1,3}})out{_SP}+of{_SP}+((?:[a-z]+{_SP}+)?)\Z", text[max(0, n.start - 60) : n.start]
    )
    if b is None or (b.group(2) and b.group(2).strip().lower() not in quals):
        return False
    if root.dep_ == "nummod" and root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN"):
        return False  # "21 out of 29 Indian states": a whole that counts its own noun is a counted group
    tokens = b.group(1).split()
    # a number before "out of" with no clause break after it: "a week, out of 1,500 followers" is none
    return any(_number_word(w) and not any(t[-1] in ",;:.!?" for t in tokens[i:]) for i, w in enumerate(tokens))


@lru_cache(maxsize=1)
def _code_rx() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _forms()["code_lines"])


def _code_line(text: str, n: NumberSpan, root: Token) -> bool:
    """'$ python3 foo.py 2 value error 2', a user-agent, '\\0 terminates': a literal of a program or a machine."""
    if text[n.start - 1 : n.start] == "\\":
        return True
    sentence = root.sent.text
    return any(p.search(sentence) for p in _code_rx())


def _hyphen_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'1-Bedroom Sunset Ocean Front Villa', 'Two-Factor Authentication', '11-A-Side Audio': a small number
    hyphened to a capitalised word names a kind."""
    if not re.match(r"-[A-Z]", text[n.end : n.end + 2]) or n.value is None:
        return False
    return n.value <= _forms()["hyphen_name_max"]


_RULES: RuleTable = (
    ("pronoun one", _pronoun_one),
    ("out of", _out_of),
    ("code line", _code_line),
    ("hyphened name", _hyphen_name),
)
