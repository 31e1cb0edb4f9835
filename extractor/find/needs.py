"""What every match of a regex must contain: the strings a text must hold for the pattern to match in it.

The date finder scans each block with some sixty patterns; most blocks lack what most of them need (a month
name, a digit, "quarter"), and a substring test is far cheaper than a scan. The needs are read off the parsed
pattern (the standard library's own parser, `re._parser`), so they follow the patterns' data without a table
of their own. tests/test_dates.py checks that gating never drops a match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _parser  # type: ignore[attr-defined]  # private stdlib module that typeshed does not list

__all__ = ["ODD_CASES", "Test", "fold", "needs_of", "string_test"]

Test = Callable[[str], bool]  # whether a folded text holds one of a set of strings
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
_MAX_WORDS = 64  # the most strings a part of a pattern is followed through
# the only non-ASCII characters re.I matches to ASCII ones: İ and ı to i, ſ to s, the Kelvin sign to k
# (tests/test_dates.py checks every code point); fold() makes them those letters, and "İ".lower() is two
# characters, so they are replaced before lower-casing
ODD_CASES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_ODD_TABLE = str.maketrans(ODD_CASES)
_ODD_RX = re.compile("[" + "".join(ODD_CASES) + "]")


def fold(text: str) -> str:
    """Lower case in which whatever re.I matches to an ASCII letter is that letter."""
    return text.translate(_ODD_TABLE).lower() if _ODD_RX.search(text) else text.lower()


def _needs(items) -> list[frozenset[str]]:
    """What every match of a parsed pattern holds: sets of lower-case ASCII strings, one string of each set.
    A group that can match only a few strings ("sep(?:t(?:ember|)|)") gives them; beyond that, only ever
    too little: optional parts, lookarounds, wide classes and non-ASCII characters give nothing, and a
    branch gives the union of what its alternatives each need (nothing if one needs nothing)."""
    out, run = [], ""
    for item in items:
        op, av = item
        if op is _parser.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        if op in (_parser.SUBPATTERN, _parser.BRANCH) and (words := _few(item)):
            out.append(words)
        elif op is _parser.SUBPATTERN:
            out += _needs(av[3])
        elif op is _parser.ATOMIC_GROUP:
            out += _needs(av)
        elif op in _REPEATS and av[0] >= 1:
            out += _needs(av[2])
        elif op is _parser.BRANCH:
            alternatives = [_needs(p) for p in av[1]]
            if all(alternatives):
                out.append(_minimal(frozenset().union(*(min(a, key=_rank) for a in alternatives))))
        elif op is _parser.IN and (chars := _chars(av)):
            out.append(chars)
    if run:
        out.append(frozenset([run]))
    return out


def _few(item) -> frozenset[str] | None:
    """The words a group or branch can match ("sep(?:t(?:ember|)|)": sep, sept, september), less those holding
    another, if they are a few words (a set of short strings like 01...31 costs more to test than it saves)."""
    words = _words(item)
    if words is None or "" in words:
        return None
    words = _minimal(words)
    return words if len(words) <= 24 and min(map(len, words)) >= 3 else None


def _words(item) -> frozenset[str] | None:
    """The lower-case ASCII strings one part of a parsed pattern can match, if it is made of literals, small
    classes, groups, branches and "?" only and they are at most _MAX_WORDS; else None."""
    op, av = item
    if op is _parser.LITERAL:
        return frozenset([chr(av).lower()]) if av < 128 else None
    if op is _parser.IN:
        return _chars(av)
    if op is _parser.SUBPATTERN:
        return _sequence_words(av[3])
    if op is _parser.BRANCH:
        alternatives = [_sequence_words(p) for p in av[1]]
        known = [a for a in alternatives if a is not None]
        if len(known) < len(alternatives):
            return None
        words = frozenset[str]().union(*known)
        return words if len(words) <= _MAX_WORDS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1 and (once := _sequence_words(av[2])) is not None:
        return once | {""}
    return None


def _sequence_words(items) -> frozenset[str] | None:
    words = frozenset([""])
    for item in items:
        part = _words(item)
        if part is None or len(words) * len(part) > _MAX_WORDS:
            return None
        words = frozenset(a + b for a in words for b in part)
    return words


def _chars(items) -> frozenset[str] | None:
    """The characters of a small ASCII class like [0-9] or [-/]; None for a wide or negated one or \\w."""
    chars = set()
    for op, av in items:
        if op is _parser.LITERAL and av < 128:
            chars.add(chr(av).lower())
        elif op is _parser.RANGE and av[1] < 128:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars) if len(chars) <= 10 else None


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Without the strings that hold another one: "january" is in a text only if "jan" is."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _rank(strings: frozenset[str]) -> tuple:
    """Rarer first: longer shortest string, then fewer strings (ties by the strings, to be deterministic)."""
    return -min(map(len, strings)), len(strings), sorted(strings)


def string_test(strings: frozenset[str]) -> Test:
    """Whether a folded block holds one of the strings."""
    if all(len(s) == 1 for s in strings):
        search = re.compile("[" + "".join(map(re.escape, sorted(strings))) + "]").search
        return lambda low: search(low) is not None
    if len(strings) == 1:
        (string,) = strings
        return lambda low: string in low
    ordered = sorted(strings)

    def test(low: str) -> bool:
        for string in ordered:  # a loop, not any(...): the generator costs a quarter more
            if string in low:
                return True
        return False

    return test


def needs_of(regex: re.Pattern) -> list[frozenset[str]]:
    """What every match of `regex` holds, as sets of strings (one of each set, lower case, see fold()),
    the rarest set first."""
    return sorted(set(_needs(_parser.parse(regex.pattern, regex.flags))), key=_rank)
