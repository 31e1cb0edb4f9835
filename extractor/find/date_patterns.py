"""The date finder's patterns: dates.json compiled into atoms and composers, and the gate before them.

Each atom of extractor/data/dates.json is a regular expression over the text, one per kind of date expression;
{NAME} placeholders expand to the alternations of the table, and a space matches any run of whitespace. The gate
(gated) skips the atoms a block cannot match, by the words each atom needs (needs.py), so most blocks are tried
against few atoms.

Scanning a block costs an atom about the same whether or not it matches, and most blocks lack what most atoms
need (a month name, a digit, "quarter"): those scans are skipped. What an atom needs is read off its parsed regex
(find/needs.py), so the gate follows dates.json without a table of its own.

An ISO 8601 date-time ("2019-08-11T10:00:00+02:00", "2019-08-11t00:00:00z") is one atom over the whole stamp: the
day as written, its time and zone dropped (granularity day), and no count or amount is left to read in its clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..normalize.periods import tables
from .needs import Test, fold, needs_of, string_test

__all__ = ["Atom", "Candidate", "SPACE", "atoms", "composers", "gated", "spaces", "word_after"]


@dataclass(frozen=True)
class Atom:
    kind: str
    regex: re.Pattern
    context: re.Pattern | None
    endpoint: bool
    context_always: bool = False  # the context word is needed even inside a spaCy DATE entity
    month_first: bool = False  # numbers month first ('2/11/23'): read day first on a day-first page (dates.py)


@dataclass
class Candidate:
    start: int
    end: int
    atom: Atom
    groups: dict[str, str]
    order: int
    parts: list[Candidate] = field(default_factory=list)  # a range: its two ends
    mod: str | None = None
    since: bool = False


_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b", re.I)


def word_after(text: str, c: Candidate) -> str | None:
    """The word right after the candidate on its line, lower-cased ("the January 6 attack": "attack"), or None."""
    nxt = _WORD_AFTER.match(text[c.end : c.end + 30])
    return nxt.group(1).lower() if nxt else None


def _alternation(words) -> str:
    """The words, longest first, as a tree on shared beginnings: "(?:j(?:an(?:uary|)|u(?:l(?:y|)|n(?:e|)))|...)".
    Under re.I sre makes a full attempt at each alternative at every position: 24 month words cost the atoms
    that hold them three times what 8 first letters do. The tree matches what the flat list does (see _tree)."""
    return _tree(sorted(set(words), key=lambda w: (-len(w), w)))


def _tree(words: list[str]) -> str:
    """The words (longest first) as nested groups by first character. At any position it tries the words that
    can match there in the flat list's order: they are prefixes of one another (no character matches two of
    the first characters of a group under re.I: the table words are ASCII), so the flat list tries them longest
    first, and so does the tree, where a word ends after the longer words it begins."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    branches = [_escape(first) + (_tree(rest) if len(rest) > 1 else _escape(rest[0])) for first, rest in groups.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _escape(word: str) -> str:
    return re.escape(word).replace(r"\ ", " ").replace("'", "['’]")


@lru_cache(maxsize=1)
def _placeholders() -> dict[str, str]:
    t = tables()
    ordinals = list(t["ordinal_words"])
    # "twenty-first": the tens then the units in table order, which is the order of the flat list of compounds
    compounds = f"(?:{'|'.join(t['ordinal_tens'])})[- ](?:{'|'.join(ordinals[:9])})"
    numbers = [w for w in t["number_words"] if w not in ("a", "an", "hundred")]
    tens = [w for w, n in t["number_words"].items() if n >= 20 and n % 10 == 0 and n < 100]
    units = [w for w, n in t["number_words"].items() if 1 <= n <= 9 and w not in ("a", "an")]
    # not the tail of a digit group: "2,500 years ago" is no "500 years ago"
    num = f"(?:(?<![0-9][,.])[0-9]{{1,3}}|{_alternation(tens)}[- ]{_alternation(units)}|{_alternation(numbers)}|an?)"
    # a look-back window's count may be a scale word: "the last hundred years", "the past two hundred years", "the
    # past half-dozen years" (window_scales)
    scale = f"(?:(?:an?|half[- ]a|half|{_alternation(units)})[- ])?{_alternation(t['window_scales'])}"
    subs = dict(t["defs"])
    subs.update(
        {
            "MONTH": _alternation(t["months"]),
            "WEEKDAY": _alternation(t["weekdays"]),
            "ORDW": f"(?:{compounds}|{_alternation(ordinals)})",
            "NUM": num,
            "SCALE_NUM": scale,
            "SHIFT": _alternation(t["shift_words"]),
            "QUARTERW": _alternation(t["quarter_words"]),
            "HALFW": _alternation(t["half_words"]),
            "SEASON": _alternation(t["seasons"]),
            "DECADEW": _alternation(t["decade_words"]),
            "DEICTIC": _alternation(t["deictic_days"]),
            "ENDPOINT": _alternation(t["endpoint_words"]),
            "AGO": _alternation(t["ago_words"]),
            "HOLIDAY": _alternation(
                [*t["holidays"], *t["floating_holidays"], *t["easter_holidays"], *t["observance_months"]]
            ),
            "POSSESSIVE": _alternation(t["possessives"]),
            "COMING_EVENT": _alternation(t["coming_event_nouns"]),
        }
    )
    return subs


# whitespace inside a date never spans a line break: blocks and datelines stay apart
SPACE = r"[^\S\n]"


def spaces(pattern: str) -> str:
    """A space matches a run of blanks, \\s one blank; neither a line break (inside [...] a plain blank or tab)."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            pair = pattern[i : i + 2]
            out.append((" \\t" if in_class else SPACE) if pair == r"\s" else pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append((" \\t" if in_class else SPACE + "+") if ch == " " else ch)
        i += 1
    return "".join(out)


def _expand(pattern: str) -> str:
    for name, sub in _placeholders().items():
        pattern = pattern.replace("{" + name + "}", sub)
    return spaces(pattern)


def _context_regex(words: list[str]) -> re.Pattern:
    return re.compile(spaces(r"(?:^|[^\w-])" + _alternation(words) + r"(?:\s+|(?<=-))$"), re.I)


def _context(words: list[str] | str) -> re.Pattern:
    """A list of context words, or a pattern written out (a context of several words in many combinations)."""
    return re.compile(spaces(words), re.I) if isinstance(words, str) else _context_regex(words)


@lru_cache(maxsize=1)
def atoms() -> list[Atom]:
    t = tables()
    return [
        Atom(
            a["type"],
            re.compile(r"(?<![\w'’])(?:" + _expand(a["re"]) + r")(?!\w)(?!['’](?!s\b)\w)", re.I),
            _context(t[a["needs_context"]]) if a.get("needs_context") else None,
            bool(a.get("endpoint")),
            bool(a.get("context_always")),
            bool(a.get("month_first")),
        )
        for a in t["atoms"]
    ]


@lru_cache(maxsize=1)
def composers() -> dict[str, re.Pattern]:
    t = tables()
    keys = (
        "mod_prefix",
        "duration_before_mod",
        "since_prefix",
        "range_prefix",
        "range_connector",
        "weekday_prefix",
        "age_prefix",
        "weekday_glue",
        "weekday_apposition",
        "generic_day",
        "span_day",
        "notice_prefix",
        "past_prefix",
        "set_prefix",
        "set_prefix_weekday",
        "set_weekday_end",
        "month_before_day",
        "future_prefix",
        "weekday_block",
        "year_after",
        "that_year_after",
        "ahead_of_prefix",
        "clock_before",
        "hours_before",
        "joined_month_before",
        "hours_after",
        "lone_month_after",
        "lone_month_before",
        "results_season_after",
        "quarter_end_month",
        "day_pair_before",
    )
    return {k: re.compile(_expand(t[k]), re.I) for k in keys}


@lru_cache(maxsize=1)
def _plan() -> list[tuple[Test, list[tuple[int, Atom, tuple[Test, ...]]]]]:
    """The atoms grouped by the rarest string set each needs, so that one test skips a whole group, each
    with the tests of its other needs; tests are shared, so a block answers each at most once."""
    tests: dict[frozenset[str], Test] = {}
    groups: dict[Test, list] = {}
    for order, atom in enumerate(atoms()):
        checks = tuple(tests.setdefault(n, string_test(n)) for n in needs_of(atom.regex)) or (_always,)
        groups.setdefault(checks[0], []).append((order, atom, checks[1:]))
    return list(groups.items())


def _always(low: str) -> bool:
    return True


def gated(text: str) -> list[tuple[int, Atom]]:
    """(order, atom) of the atoms whose needs the block meets, in order; the others cannot match in it."""
    low = fold(text)
    known: dict[Test, bool] = {}
    out: list[tuple[int, Atom]] = []
    for first, members in _plan():
        if (ok := known.get(first)) is None:
            ok = known[first] = first(low)
        if not ok:
            continue
        for order, atom, checks in members:
            for check in checks:
                if (ok := known.get(check)) is None:
                    ok = known[check] = check(low)
                if not ok:
                    break
            else:
                out.append((order, atom))
    out.sort(key=lambda pair: pair[0])
    return out
