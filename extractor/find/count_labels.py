"""Numbers that name or identify something rather than say how many (issue 17).

count_context.py holds the rules a reader applies to a number's surroundings (phones, citations, streets,
ages, rates...); this module adds the ones for numbers that are part of a name, a label or an identifier, which
the parse reads as counts because a noun follows:
- a fixed phrase: "net zero", "zero net emission", "one-stop management", "a one-off tax", "at one point";
  a football formation after a determiner, counting no noun: "gone to a back four which gives me", and a small
  bare number in a sentence that names a formation: "moved away from the five", "four at the back rather than five";
- a service number before a call: "receiving 911 calls", "a 999 operator", "the 101 non-emergency line"; after
  one: "calls to 911 rose"; or the subject of a line's state: "In areas where 111 isn't available";
- a setting's value after "name =": "accept = 873", "timeout = 600" (a sample size "n = 500" still counts);
- a capitalised number word inside a name in running prose: "the nation's Big Three vehicle manufacturers",
  "the XBox One controller" (a headline in title case is no evidence: every word is capitalised there);
- the name of a source: "according to 538" (a number that counts a noun, "according to two people", stays);
- a section number opening a heading: "2 Advice And Emacs Lisp" (more than one of a thing takes a plural noun,
  so "15 Helpful Tips" still counts tips), and a heading that is only a spelled number and a capitalised noun
  ("Two Hearts", an event's name in a game guide): it states nothing;
- a screen resolution: "play games at 4k and 60fps", "4K streaming";
- a software release written with a dot: "the recent 1.8 release", "3.8 was scheduled for release",
  "macOS Catalina (10.15)", "ReactOS 0.4", and, once an article names "Python 3.5", a later bare "3.8" of the
  same major;
- a statute's section or an identifier: "your 401(k)", "DOI: 10.1007/978-3-319-09575-2_199-1", and the pages that
  close a reference ("...Conference: 339–344."); the pages and note numbers after a book's imprint
  ("(new york: harmony books, 1998), especially 198-203. 342.") and the pages after "pp." ("pp. 580-598");
- a number after a noun that labels it, or joined to such a label: "group 2 innate lymphoid cells", "grades 6 to
  13", "Sections 15 and 16", "Linux Mint 19 and 18", and the grade of a scale even before a noun it seems to
  count: "ahead of level 3 restrictions", "stage three breast cancer", "type 1 diabetes", and a bare number in
  apposition to such a noun: "The final stage, 3, the rolling blackouts";
- digits that end a name: a block "Fall 1" (a game calendar's day), "Dare to Play 3 / October pack", "a Guide to
  Cake-Making 101.";
- digits inside a name or a kind: "For Level 2 stations", "the Artemis 3 mission", "the 11 Pro Max" (a number of two
  or more before a singular noun belongs to the name; a list "2 Green, 1 Purple" and a people "60,000 Herero" have
  no determiner or name before them, and a hyphened "2,812-Piece Set" still counts).
- digits that are a whole quotation: 'the “400” issue', 'e.g. "1", "Y"'.
- a number, a plural noun and a singular noun of a venue: 'at three rivers stadium' (the stadium's name in lower
  case); 'two soccer stadiums' counts stadiums.
- two bare digits after 'the', joined by 'and' or 'or', that end the clause: 'the reversed order of the
  3 and 2.' names the numerals themselves (a digit as a thing); a noun after them ('the 3 and 2 seeds') keeps them
  to the other rules.
- numbers recited in order, each one more than the last, that count no noun: 'Because 7, 8, 9' (a
  riddle's punchline), 'as easy as 1-2-3', 'alphabet, 123, matching game' (an app's features): counting itself.
- a hyphened pair of seeds before a word of seeding: 'The 7-10 seed games', 'the 8-9 and 7-10 matchups';
  a number of two or more before a singular noun after a common noun ('herpesvirus 6 reactivation', 'model 4431
  audiometer') or after 'the' ('The 777 program'), and a collective noun after a name that a determiner opens
  ('the News 4 staff').
- small bare numbers listed after a name's bracketed acronym: 'Red Hat Enterprise Linux (RHEL) 7 and 6'
  (its releases); a number before a bracketed acronym holding the same digits: 'glucagon-like peptide 1 (GLP-1)';
  digits after a gene's code and its asterisk: 'HLA-B* 5801 allele' (an allele's name).
- a number before a capitalised head noun of a listicle inside a sentence in lower case: 'Now you can hear
  10 Things in Tech each morning' names a newsletter or a show (data/count_labels.json title_list_nouns). The shape
  alone (a number, capitalised words, 'in'/'for') is no evidence: 'won her two Grammy Awards for Best Female Pop
  Vocal Performance' counts awards; a headline in title case still counts what its article lists.
- a number word the article writes in lower case as a name: once a sentence opens with it after a full
  stop ('...should have used six from the beginning. six probably would have saved some work', the Python package
  six) or a line imports it ('import six'), its other uses that count no noun on the page name it too. Prose opens
  its sentences with a capital, so the page must do so elsewhere (nine of ten sentences after a stop); a lower-case
  'two of my friends' opens a partitive, no name; a use that counts a noun ('six people') stays a count.
Decisions: each rule reads the block text, the number and its parse root only, like count_context.py, so a
title, a caption and the body are treated alike. Dotted numbers are the only ones read as versions: a whole
number in a sentence about releases ("two releases a year", "5 versions") stays a count. Vocabularies are in
data/count_labels.json. `why_label` returns the rule's name, or None when the number may count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..data import load, one_of
from ..nlp import span_at, text_of
from ..normalize.numbers import NumberSpan
from .count_rules import RuleTable, first_rule, within
from .reading import counts_noun, exclusions, glued_scale, number_root

__all__ = ["named_number_words", "named_versions", "why_label"]

_SP = r"[ \u00a0]"
_DOTTED = re.compile(r"\d+(?:\.\d+)+")


@lru_cache(maxsize=1)
def _lab() -> dict:
    return load("count_labels")


def why_label(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n in text names or identifies something, else None."""
    return first_rule(_RULES, text, n, root)


@lru_cache(maxsize=1)
def _set_phrase_rx() -> re.Pattern:
    phrases = [rf"{_SP}*[-‐,]?{_SP}*".join(map(re.escape, p.split())) for p in _lab()["set_phrases"]]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(phrases)})(?![\w])", re.I)


def _set_phrase(text: str, n: NumberSpan, root: Token) -> bool:
    """'net zero carbon', 'reach zero net emission', 'one-stop management', 'last year's Round of 16', 'the “one
    country, two systems” formula': the number is part of a term or a slogan."""
    return within(_set_phrase_rx(), text, n, before=30)


@lru_cache(maxsize=1)
def _formation_rx() -> re.Pattern:
    lines = one_of(_lab()["formations"], spaced=True)
    return re.compile(rf"(?<![\w-])(?i:{one_of(_lab()['formation_determiners'])}){_SP}+(?i:{lines})\Z")


def _formation(text: str, n: NumberSpan, root: Token) -> bool:
    """'gone to a back four which gives me the opportunity', 'a flat back four': a football side's line named by its
    size is a formation, not how many. 'came back four times' (no determiner) and 'the front two rows'
    (the number counts a noun) stay counts."""
    return not counts_noun(root) and _formation_rx().search(text, max(0, n.start - 30), n.end) is not None


@lru_cache(maxsize=1)
def _formation_mark_rx() -> re.Pattern:
    marks = one_of([*_lab()["formations"], *_lab()["formation_marks"]], spaced=True)
    return re.compile(rf"(?<![\w-])(?i:{marks})(?![\w])")


def _formation_sentence(text: str, n: NumberSpan, root: Token) -> bool:
    """'We have moved away from the five and gone to a back four', 'favouring four at the back rather than five':
    in a sentence that names a formation (a line of formations, or formation_marks), a bare number of two to five
    that counts no noun names a line of the side. 'the front two rows' counts rows; 'scored two' in a sentence
    with no formation word stays a tally."""
    if n.value is None or n.value not in (2, 3, 4, 5) or counts_noun(root):
        return False
    sent = root.sent
    return _formation_mark_rx().search(text, sent.start_char, sent.end_char) is not None


@lru_cache(maxsize=1)
def _service_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lab = _lab()
    calls, modifiers = one_of(lab["call_nouns"]), one_of(lab["service_call_modifiers"])
    before = re.compile(rf"(?<![\w-])(?i:{calls}){_SP}+(?i:{one_of(lab['service_call_prepositions'])}){_SP}+\Z")
    after = re.compile(rf"{_SP}*-?{_SP}*(?:(?i:{modifiers}){_SP}+)?(?i:{calls})(?![\w-])")
    states = one_of(lab["service_states"])
    # a singular 'be': a count takes a plural verb ('111 are available'); the number as a thing takes 'is'
    state = re.compile(rf"{_SP}+(?:is|was)(?:n[’']t|{_SP}+not)?{_SP}+(?:(?i:{states}))\b")
    return before, after, state


def _service_call(text: str, n: NumberSpan, root: Token) -> bool:
    """'officials began receiving 911 calls', 'the 101 non-emergency line', 'calls to 911 rose', 'In areas where 111
    isn't available': an emergency or public service number (count_labels.json service_numbers) before a call or
    a line (call_nouns, perhaps after one of service_call_modifiers), after a call and 'to' (service_call_
    prepositions), or the singular subject of a line's state (service_states) is dialled, not counted. 'calls to
    101 people' (the number counts a noun) and '111 are available' (a plural verb) still count."""
    if text[n.start : n.end] not in _lab()["service_numbers"]:
        return False
    before, after, state = _service_rx()
    if after.match(text, n.end) or state.match(text, n.end):
        return True
    return not counts_noun(root) and before.search(text[max(0, n.start - 40) : n.start]) is not None


@lru_cache(maxsize=1)
def _speed_zone_rx() -> re.Pattern:
    return re.compile(rf"{_SP}*-?{_SP}*(?i:{one_of(_lab()['speed_zone_nouns'])})(?![\w-])")


def _speed_zone(text: str, n: NumberSpan, root: Token) -> bool:
    """'Driver clocked doing 194kph in a 100 zone': a round speed between 'a'/'the' and a singular zone is a speed
    limit (count_labels.json speed_zone_nouns)."""
    v = n.value
    if n.words or v is None or v != int(v) or not 10 <= v <= 130 or v % 10:
        return False
    det = re.search(rf"(?<![\w-])(?i:a|the){_SP}+\Z", text[max(0, n.start - 6) : n.start])
    return det is not None and _speed_zone_rx().match(text, n.end) is not None


def _setting(text: str, n: NumberSpan, root: Token) -> bool:
    """'accept = 873', 'max connections = 10': a value given to a named setting or variable."""
    m = re.search(rf"([A-Za-z_][\w.]*){_SP}*={_SP}*\Z", text[max(0, n.start - 40) : n.start])
    return not n.words and m is not None and m.group(1) not in _lab()["sample_size_names"]


def _name_word(text: str, n: NumberSpan, root: Token) -> bool:
    """'the nation's Big Three vehicle manufacturers', 'the XBox One controller': a capitalised number word right
    after a capitalised word, in a sentence written in lower case, is part of a name."""
    if not n.words or not text[n.start : n.start + 1].isupper() or root.i == root.sent.start:
        return False
    prev = root.doc[root.i - 1]
    while prev.i > root.sent.start and prev.idx >= n.start:
        prev = root.doc[prev.i - 1]  # a number of several words: the word before its first
    if prev.idx >= n.start or not (prev.is_alpha and prev.text[:1].isupper()) or prev.i == root.sent.start:
        return False
    return _sentence_case(root)


def _sentence_case(root: Token) -> bool:
    """Whether most words of the number's sentence are in lower case: a capital there marks a name, where in a
    headline in title case every word has one."""
    words = [t for t in root.sent if t.is_alpha]
    return sum(t.is_lower for t in words) * 2 > len(words)


@lru_cache(maxsize=1)
def _source_rx() -> re.Pattern:
    return re.compile(rf"\b(?:{one_of(_lab()['source_words'])}){_SP}+\Z", re.I)


def _source(text: str, n: NumberSpan, root: Token) -> bool:
    """'according to 538': a number that counts no noun after 'according to' names the source."""
    return _source_rx().search(text, max(0, n.start - 30), n.start) is not None and not counts_noun(root)


def _section_number(text: str, n: NumberSpan, root: Token) -> bool:
    """'2 Advice And Emacs Lisp', '3 Emacspeak And Advice — Fall 1994': digits that open a block before a
    capitalised singular noun number a section; '15 Helpful Tips' counts tips, '3 QH.' a statistic."""
    if n.words or text[: n.start].strip() or n.value is None or n.value < 2:
        return False
    if not re.fullmatch(r"\d+", text[n.start : n.end]):
        return False
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if nxt is None or not nxt.is_title or nxt.idx < n.end:
        return False
    noun = root.head if counts_noun(root) else nxt
    # the tagger calls most words of a title-cased heading NNP, so a plural is also read from its ending
    plural = noun.tag_ in ("NNS", "NNPS") or re.search(r"[^sS][sS]\Z", noun.text) is not None
    return noun.pos_ in ("NOUN", "PROPN") and not plural


def _heading_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'Two Hearts', 'Six Hearts:': a block of only a capitalised number word and a capitalised noun or two is a
    heading that names something; it states no count."""
    return (
        bool(n.words)
        and not text[: n.start].strip()
        and text[n.start : n.start + 1].isupper()
        and re.fullmatch(rf"(?:{_SP}+[A-Z][a-z'’]+){{1,2}}{_SP}*:?{_SP}*", text[n.end :]) is not None
    )


@lru_cache(maxsize=1)
def _display_words() -> frozenset[str]:
    return frozenset(_lab()["display_words"])


def _resolution(text: str, n: NumberSpan, root: Token) -> bool:
    """'play games at 4k and 60fps', '4K streaming': a screen resolution, not four thousand."""
    m = re.match(r"(\d{1,2})[kK](?![\w])", text[n.start :])
    if m is None or int(m.group(1)) > 16:
        return False
    words = re.findall(r"[a-z0-9-]+", text[n.start + m.end() : n.start + m.end() + 40].lower())[:3]
    return any(w in _display_words() or re.fullmatch(r"\d+(?:fps|hz|p)", w) for w in words)


def _dotted(text: str, n: NumberSpan) -> bool:
    return not n.words and _DOTTED.fullmatch(text[n.start : n.end]) is not None


def _release(text: str, n: NumberSpan, root: Token) -> bool:
    """'the recent 1.8 release', 'the 3.6 series', 'the 20.10 branch': a dotted number before a singular
    release noun names that release."""
    if not _dotted(text, n):
        return False
    after = re.match(rf"{_SP}+([A-Za-z]+)\b", text[n.end :])
    nouns = _lab()["release_nouns"]
    if after is not None and after.group(1).lower() in nouns:
        return True
    return counts_noun(root) and root.head.tag_ in ("NN", "NNP") and root.head.lower_ in nouns


def _version_sentence(text: str, n: NumberSpan, root: Token) -> bool:
    """'3.8 was scheduled for release', 'the latest version of stunnel is 4.05', 'Python 3.5 and 3.6 working as
    well as 3.7': a dotted number that counts no noun, in a sentence about releases or naming one."""
    if not _dotted(text, n) or counts_noun(root):
        return False
    sent = root.sent
    words = set(_lab()["version_words"])
    return any(t.lower_ in words for t in sent) or _named_version_rx().search(sent.text) is not None


def _code_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'macOS Catalina (10.15)', 'from 10.2 (Jaguar)', 'new in 2.26 (September pack)': a dotted number beside a
    bracketed name is a release and its code name."""
    if not _dotted(text, n):
        return False
    if re.match(rf"{_SP}*\({_SP}*[A-Z][a-z]", text[n.end :]):
        return True
    return bool(re.search(rf"[A-Z][a-z]+{_SP}*\({_SP}*\Z", text[max(0, n.start - 30) : n.start])) and bool(
        re.match(rf"{_SP}*\)", text[n.end :])
    )


def _after_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'ReactOS 0.4', 'Mercurial 5.2': a short dotted number right after a capitalised name, counting no noun, is
    that product's release. (An index level is written with more digits: 'Nifty 12148.2' stays a number.)"""
    if n.words or not re.fullmatch(r"\d{1,2}(?:\.\d{1,3}){1,2}", text[n.start : n.end]) or counts_noun(root):
        return False
    before = re.search(rf"(?<![\w.])([A-Z][\w.+-]*[A-Za-z]){_SP}+v?\Z", text[max(0, n.start - 30) : n.start])
    return before is not None and before.group(1).lower() not in _lab()["not_names"]


@lru_cache(maxsize=1)
def _named_version_rx() -> re.Pattern:
    names = one_of(exclusions()["versioned_names"])
    return re.compile(rf"(?<![\w.])(?:{names}){_SP}+v?(\d+)(?:\.\d+)*(?![\w])")


def named_versions(article: str) -> frozenset[str]:
    """The dotted numbers of an article that name releases: once it names 'Python 3.5', a bare '3.8' elsewhere
    ('Same for 3.8.') is a release of the same major version too. Only versions written with a dot count as
    evidence and only dotted numbers are returned, so 'Windows 10' makes no '10.5' a version."""
    majors = {m.group(1) for m in _named_version_rx().finditer(article) if "." in m.group(0)}
    if not majors:
        return frozenset()
    dotted = re.finditer(r"(?<![\w.,$€£])(\d+)(?:\.\d+)+(?![\w.,]\d|[\w%])", article)
    return frozenset(m.group(0) for m in dotted if m.group(1) in majors)


# a sentence's first letter after a full stop: the page's habit of capitals
_OPENER = re.compile(rf"[.!?]{_SP}+([^\W\d_])")


@lru_cache(maxsize=1)
def _name_word_rx() -> re.Pattern:
    """A lower-case number word opening a sentence after a word of three or more letters and a full stop (not an
    abbreviation's: 'e.g. two'), before a lower-case word other than 'of' (group 1); or imported on a line of code
    (groups 2, 3)."""
    words = one_of(list(load("numbers")["units"]) + list(load("numbers")["tens"]))
    opening = rf"(?<=[a-z]{{3}})\.{_SP}+({words}){_SP}+(?!of\b)[a-z]"
    imported = rf"(?m:^{_SP}*(?:import{_SP}+({words})|from{_SP}+({words}){_SP}+import)\b)"
    return re.compile(rf"{opening}|{imported}")


def named_number_words(docs: list[Doc]) -> frozenset[str]:
    """The number words the article writes in lower case as a name ('...used six from the beginning. six probably
    would have saved some work', 'import six'), on a page whose sentences otherwise open with a capital. A word
    that opens its sentence counting a noun ('. six minutes late') names nothing."""
    found, openers = set(), []
    for doc in docs:
        text = text_of(doc)
        openers += [m.group(1) for m in _OPENER.finditer(text)]
        for m in _name_word_rx().finditer(text):
            span = span_at(doc, m.start(1), m.end(1)) if m.group(1) else None
            if span is None or not counts_noun(number_root(span)):
                found.add(next(g for g in m.groups() if g))
    lower = sum(1 for c in openers if c.islower())
    return frozenset(found) if found and lower * 10 <= len(openers) else frozenset()


# "401(k)", "501(c)(3)": a letter or digit in brackets glued to the number makes it a statute's section
_STATUTE = re.compile(r"\([a-z0-9]{1,2}\)")
# a DOI, or a token of digits joined by underscores: "10.1007/978-3-319-09575-2_199-1"
_ID_TOKEN = re.compile(r"10\.\d{4,9}/\S+|\S*\d_\S*")


def _statute(text: str, n: NumberSpan, root: Token) -> bool:
    """'money from your 401(k)', 'a 501(c)(3) group': the number and its bracketed letter name a section of a law."""
    return not n.words and _STATUTE.match(text, n.end) is not None


def _identifier(text: str, n: NumberSpan, root: Token) -> bool:
    """'DOI: 10.1007/978-3-319-09575-2_199-1': a number inside an identifier token."""
    start = max(text.rfind(" ", 0, n.start), text.rfind("\u00a0", 0, n.start)) + 1
    m = _ID_TOKEN.match(text, start)
    return m is not None and m.end() >= n.end


def _label_noun(text: str, n: NumberSpan, root: Token) -> bool:
    """'group 2 innate lymphoid cells', 'students in grades 6 to 13', 'notes 1-4', '(ch: 1': a number after a noun that
    labels it (count_labels.json; quantity_exclusions.json has the common ones) and counting nothing."""
    m = re.search(rf"(?<![\w.])([A-Za-z][\w.]*){_SP}*[*:]?{_SP}*\Z", text[max(0, n.start - 20) : n.start])
    return m is not None and m.group(1).lower() in _lab()["label_nouns"] and not counts_noun(root)


def _rank_no(text: str, n: NumberSpan, root: Token) -> bool:
    """'victory over world No 1 Aryna Sabalenka', 'the No 2 seed': a capitalised 'No' without its dot, inside a
    sentence, before digits is a rank ('No. 13' is count_context.py's)."""
    return not n.words and re.search(rf"(?<=[\w,’'] )No{_SP}+\Z", text[max(0, n.start - 6) : n.start]) is not None


def _kind_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'ahead of level 3 restrictions', 'stage three breast cancer', 'type 1 diabetes': a number after a lower-case
    noun of a scale names a grade of it, even before a noun it seems to count."""
    m = re.search(rf"(?<![\w.])([a-z]+){_SP}+\Z", text[max(0, n.start - 20) : n.start])
    if m is None or m.group(1) not in _lab()["kind_labels"]:
        return False
    before = re.search(rf"(?<![\w.])([A-Za-z]+){_SP}+\Z", text[max(0, n.start - 40) : n.start - len(m.group(0))])
    return before is None or before.group(1).lower() not in _lab()["time_determiners"]


# a number set off by commas, brackets or a dash right after a lower-case noun: "the final stage, 3, the ..."
_APPOSED = re.compile(rf"(?<![\w.])([a-z]+){_SP}*(?:,|\(|[—–]){_SP}*\Z")
_APPOSED_END = re.compile(rf"{_SP}*(?:[,;:)—–]|\.(?!\d))")


def _apposed_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'The final stage, 3, the rolling blackouts', 'the alert level (4) ...': a bare number in apposition to a
    noun of a scale (count_labels.json kind_labels) names the grade, as 'stage 3' does; it counts nothing."""
    m = _APPOSED.search(text[max(0, n.start - 24) : n.start])
    if m is None or m.group(1) not in _lab()["kind_labels"]:
        return False
    return _APPOSED_END.match(text, n.end) is not None


# a label and the numbers listed after it: "Sections 15 and", "notes 1-", "(ch: 1, 3-5, 7-"
_ITEM = r"\d[\d.]*(?:[-–]\d[\d.]*)?"
_LISTED = re.compile(
    rf"([A-Za-z][\w.]*\)?|[A-Z][\w.]*)(?::|{_SP})(?:{_SP}*{_ITEM}{_SP}*,)*{_SP}*{_ITEM}{_SP}*\**{_SP}*"
    rf"(?:(?:,|&|and|or|to){_SP}+|{_SP}*[-–]{_SP}*)\Z"
)


def _listed_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'Sections 15 and 16', 'U.S. 29 and 40', 'Linux Mint 19 and 18', '(RHEL) 7 and 6', 'notes 1-4', '(ch: 1, 3-5,
    7-9': a number joined to one that a name or a label noun labels is a label too."""
    m = _LISTED.search(text, max(0, n.start - 40), n.start)
    if m is None or n.words or counts_noun(root):
        return False
    word = m.group(1).rstrip(")")
    labels = set(_lab()["label_nouns"]) | set(exclusions()["label_nouns"])
    return word.lower() in labels or word[:1].isupper() and word.lower() not in _lab()["not_names"]


def _name_tail(text: str, n: NumberSpan, root: Token) -> bool:
    """'Fall 1' (a day of a game's calendar), 'Dare to Play 3 / October pack': digits right after a capitalised
    word that end a short block, or stand before a slash or bar, end a name."""
    before = re.search(rf"(?<![\w.])([A-Z][a-z]+){_SP}+\Z", text[max(0, n.start - 20) : n.start])
    if n.words or before is None or before.group(1).lower() in _lab()["not_names"]:
        return False
    if re.match(rf"{_SP}+[/|]{_SP}", text[n.end :]):
        return True
    if counts_noun(root):
        return False
    short = len(text.split()) <= 4
    closes = re.match(r"[.!?]?[\"”’)]*(?:[ \u00a0]|\Z)", text[n.end :]) is not None and root.i + 1 >= root.sent.end - 1
    return short and not text[n.end :].strip(" \u00a0.:") or closes and not root.doc[root.i - 1].is_sent_start


_PAGES = re.compile(r"\d+[–-]\d+")


def _page_range(text: str, n: NumberSpan, root: Token) -> bool:
    """'...Network Computing and Applications: 4–11.', '595–598. doi:10.1109/...': the pages of a reference that
    close its sentence after a colon, or open it."""
    pages = [m for m in _PAGES.finditer(text, max(0, n.start - 12), n.end + 12) if m.start() <= n.start < m.end()]
    if not pages or n.words or not re.match(r"\.(?:[ \u00a0]|\Z)", text[pages[0].end() :]):
        return False
    lead = text[root.sent.start_char : pages[0].start()].strip()
    return not lead or lead.endswith(":")


# a book's imprint in a note or a bibliography: "(new york: harmony books, 1998)", "(London: Penguin, 2004)"
_IMPRINT = re.compile(r"\([^()]{1,60}:[^()]{1,80},[ \u00a0]*(?:1[5-9]|20)\d\d\)")
_CITE_GAP = re.compile(r"[^\s,.;:()]+")


def _imprint_pages(text: str, n: NumberSpan, root: Token) -> bool:
    """'(new york: harmony books, 1998), especially 198-203. 342.': numbers after a book's imprint (place:
    publisher, year), with only pages, punctuation and the words of a citation (count_labels.json
    citation_gap_words) between, are the pages a note cites or the next note's number; they count nothing. A
    number that counts a noun after it ('(London: Penguin, 2004) 5 people ...') is left alone."""
    if n.words or counts_noun(root):
        return False
    last = None
    for m in _IMPRINT.finditer(text, max(0, n.start - 200), n.start):
        last = m
    if last is None:
        return False
    words = set(_lab()["citation_gap_words"])
    gap = _CITE_GAP.findall(text, last.end(), n.start)
    return all(w.lower() in words or re.fullmatch(r"\d+(?:[-–]\d*)?", w) for w in gap)  # "198-" of "198-203"


def _title_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'For Level 2 stations', 'the Level 3 plan', 'Phase 3 trials': digits after a capitalised singular label noun
    name a kind, even before the noun they seem to count. 'Last Week 500 People Died' is left alone."""
    if n.words or root.i < 1 or not re.fullmatch(r"\d+", text[n.start : n.end]):
        return False
    prev = root.doc[root.i - 1]
    if prev.idx >= n.start or not prev.is_title or prev.tag_ not in ("NN", "NNP") or prev.is_sent_start:
        return False
    labels = set(exclusions()["label_nouns"]) - set(_lab()["verb_labels"])
    before = root.doc[prev.i - 1].lower_ if prev.i > 0 else ""
    return prev.lower_ in labels and before not in _lab()["time_determiners"]


def _name_before_singular(text: str, n: NumberSpan, root: Token) -> bool:
    """'the Artemis 3 mission', 'a COVID 19 patient', 'herpesvirus 6 reactivation', 'a Kanomax model 4431
    audiometer', 'the old stunnel 3 syntax', 'The 777 program': a number of two or more before a singular lower-case
    noun belongs to a name or a model (more than one of a thing takes a plural) when a capitalised name (or an
    acronym, which the tagger may call an adjective) or a common noun stands right before it, or 'the' (or a
    determiner and an adjective: 'the only 911 racer') before digits of a model (three or more, no thousands comma:
    'the 20,000 garrison' counts soldiers). A collective noun counts its members ('60,000 Herero', 'the 40 staff')
    unless a determiner opens the name before the number ('the News 4 staff', 'the Apollo 11 crew'); a noun that
    modifies a later one ('The 180 page publication') is a measure of it (count_context.py's model rule reads
    numbers of two or more digits)."""
    if n.words or root.i < 1 or not counts_noun(root) or n.value is None or n.value < 2:
        return False
    prev, head = root.doc[root.i - 1], root.head
    if head.tag_ != "NN" or not head.is_lower or _modifies_later(head) or "-" in text[n.end : head.idx]:
        return False
    collective = head.lower_ in _lab()["collective_nouns"]
    if (prev.pos_ == "PROPN" or _acronym(prev)) and prev.text[:1].isupper() and not prev.is_sent_start:
        opened = prev.i > 0 and root.doc[prev.i - 1].lower_ in _lab()["singular_determiners"]
        return not collective or opened
    if collective:
        return False
    if prev.pos_ in ("NOUN", "PROPN") and prev.is_lower and prev.is_alpha:
        return True  # 'herpesvirus 6 reactivation', 'model 4431 audiometer'
    opens = prev.lower_ == "the" or _determined_adjective(prev)
    return opens and re.fullmatch(r"\d{3,}", text[n.start : n.end]) is not None


def _determined_adjective(tok: Token) -> bool:
    """'the only 911 racer': a lower-case adjective after a singular determiner opens the phrase of a model's digits
    as 'the' alone does ('The 777 program'); two or more of a thing would take a plural ('the only two racers')."""
    if tok.pos_ != "ADJ" or not tok.is_lower or not tok.is_alpha or tok.i < 1:
        return False
    return tok.doc[tok.i - 1].lower_ in _lab()["singular_determiners"]


def _one_in_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'one for the uncrewed Artemis 1 test flight': a digit 1 between a capitalised name and a singular lower-case
    noun belongs to the name when a determiner of that noun opens the phrase before the name (the determiner
    takes the whole 'Artemis 1 test flight'). A 1 agrees with a singular noun, so only the determiner tells it from
    a count: a box score's 'K. Hupfer 1 goal.' and 'Mekhi Robinson 1 goal, 1 assist.' have none and count, and in
    'gave the Yankees 1 run' the determiner is the name's own."""
    if n.value != 1 or text[n.start : n.end] != "1" or root.i < 1 or root.dep_ != "nummod":
        return False
    prev, head = root.doc[root.i - 1], root.head
    if prev.tag_ != "NNP" or not prev.text[:1].isupper() or prev.is_sent_start or prev.head.i != head.i:
        return False
    if head.tag_ != "NN" or not head.is_lower or head.i < root.i or _modifies_later(head):
        return False
    dets = [t for t in head.children if t.dep_ == "det" and t.i < prev.i]
    return any(t.lower_ in _lab()["singular_determiners"] for t in dets)


def _modifies_later(noun: Token) -> bool:
    """The noun is a modifier of a noun after it: 'page' in 'the 180 page coffee-table publication'."""
    return noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > noun.i


def _acronym(tok: Token) -> bool:
    """A word of two or more capitals ('COVID', 'NHS'): a name, whatever part of speech the tagger gives it."""
    return tok.is_alpha and tok.is_upper and len(tok.text) >= 2


def _names_a_thing(prev: Token) -> bool:
    """The word before a model's number: a determiner of one thing ('the 11 Pro Max') or a capitalised name."""
    return prev.lower_ in _lab()["singular_determiners"] or prev.pos_ == "PROPN" and prev.text[:1].isupper()


def _before_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'the 11 Pro Max is simply the best', 'The Lexus LC 500 Convertible': digits after a determiner or a name and
    before a capitalised singular name that they seem to count name a model; '150 Indians' and 'the 10 Democrats'
    take plurals, and a list ('Containers: 2 Green, 1 Purple') or a people ('More than 60,000 Herero') has no
    determiner."""
    if n.words or not counts_noun(root) or n.value is None or n.value < 2 or root.i < 1:
        return False
    if text[n.end : n.end + 1] in "-‐–" or not _names_a_thing(root.doc[root.i - 1]):
        return False  # '2,812-Piece Set' counts pieces; '1 sack, 2 TFL' and '60,000 Herero' count
    head = root.head
    words = root.doc[root.i + 1 : head.i + 1]
    return (
        all(t.text[:1].isupper() for t in words if t.is_alpha)
        and head.tag_ == "NNP"
        and re.search(r"[^sS][sS]\Z", head.text) is None
    )


_QUOTED = re.compile(r"[\"“‘']\Z")
_UNQUOTED = re.compile(r"[\"”’']")


def _quoted(text: str, n: NumberSpan, root: Token) -> bool:
    """'the “400” issue', 'a truthy value (e.g. "1", "Y")': digits that are a whole quotation are a name or a
    literal, not how many."""
    return not n.words and bool(_QUOTED.search(text, 0, n.start)) and bool(_UNQUOTED.match(text, n.end))


def _heading_noun(text: str, n: NumberSpan, root: Token) -> bool:
    """'1 Introduction', '5 Conclusions', '4 Results and Discussion': digits that open a short block before a
    capitalised noun that titles a part of a paper or a book number that part; they count nothing."""
    if n.words or text[: n.start].strip() or len(text.split()) > 6:
        return False
    m = re.match(rf"\.?{_SP}+([A-Z][a-z]+)\b", text[n.end :])
    return m is not None and m.group(1).lower() in _lab()["heading_nouns"]


def _level_unit(text: str, n: NumberSpan, root: Token) -> bool:
    """'at 8 hearts', 'raised friendship to 10 hearts', 'a 10-heart event', '6+ Hearts:': a number of a meter's units
    (count_labels.json level_units) gives the level reached, after a preposition of a level, as a modifier of a
    singular noun ('14 heart event'; '50 heart transplants' counts transplants), or as a heading. 'equivalent to
    six hearts' measures an amount in them and counts."""
    m = re.match(rf"\+?{_SP}*([-‐]?){_SP}*([A-Za-z]+)(?:{_SP}+([a-z]+))?", text[n.end :])
    if m is None or m.group(2).lower() not in _lab()["level_units"]:
        return False
    unit, hyphen, nxt = m.group(2).lower(), m.group(1), m.group(3)
    if not unit.endswith("s") and (n.value or 0) >= 2 and (hyphen or nxt and not nxt.endswith("s")):
        return True  # a modifier: 'a 10-heart event', '14 heart event'
    if not text[: n.start].strip() and re.match(rf"{_SP}*:?{_SP}*\Z", text[n.end + m.end() :]):
        return True  # a heading: '6 Hearts:'
    lead = re.sub(r"[\[\]]", "", text[max(0, n.start - 20) : n.start])  # an editor's '[A]t 8 hearts'
    before = re.search(r"(?:([A-Za-z]+)\s+)?([A-Za-z]+)[\W_]*\Z", lead)
    if before is None or before.group(2).lower() not in _lab()["level_prepositions"]:
        return False
    return (before.group(1) or "").lower() not in _lab()["level_measure_words"]


def _ranking_list(text: str, n: NumberSpan, root: Token) -> bool:
    """'My Top 10 Women Talking Sports', 'The Top 100 Brands': digits after a capitalised 'Top' and before a
    capitalised word name a ranking list in a title; 'the top 10 teams' in prose still counts teams."""
    before = re.search(rf"(?<![\w.])([A-Za-z]+){_SP}+\Z", text[max(0, n.start - 12) : n.start])
    after = re.match(rf"{_SP}+[A-Z]", text[n.end :])
    return before is not None and before.group(1) in _lab()["list_words"] and after is not None


@lru_cache(maxsize=1)
def _work_title_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+(?:[A-Z][a-z]+{_SP}+)?(?:{one_of(w.title() for w in _lab()['title_list_nouns'])})\b")


def _work_title(text: str, n: NumberSpan, root: Token) -> bool:
    """'Now you can hear 10 Things in Tech each morning': a number before a capitalised head noun of a listicle
    (count_labels.json title_list_nouns), inside a sentence in lower case and not at its start, heads the title of a
    work (a newsletter, a show, a list), not how many. A headline in title case ('The 10 Most Common Mistakes ...')
    still counts what its article lists, and so does '10 things to know'."""
    if not text[root.sent.start_char : n.start].strip() or _work_title_rx().match(text, n.end) is None:
        return False
    return _sentence_case(root)


# double quotes, or curly single ones that no letter touches outside (an apostrophe is the same ’):
# "the ‘mother tongue plus two’ policy"
_QUOTATION = re.compile(r"[\"“]([^\"“”]{1,80})[\"”]|(?<!\w)‘([^‘’]{1,80})’(?!\w)")


def _quoted_term(text: str, n: NumberSpan, root: Token) -> bool:
    """'the “one country, two systems” formula', 'cringes at “three amigos” references', 'the term “three amigos”': a
    number inside a short quotation (six words at most) that a term word introduces or a noun of a policy or a
    name follows, or a quotation of capitalised words (a title: '“One Man Band”'), is part of a term, a slogan or
    a title; single curly quotes mark one too ('referred to as the ‘mother tongue plus two’ policy'). A quoted
    statement ('“There are two things you need to know”') still counts."""
    for q in _QUOTATION.finditer(text, max(0, n.start - 80), min(len(text), n.end + 80)):
        quoted = q.group(1) or q.group(2)
        if not q.start() < n.start < n.end < q.end() or len(quoted.split()) > 6:
            continue
        words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return True  # a title of a work: '“One Man Band” – Old Dominion'
        before = re.search(rf"([\w-]+){_SP}*\Z", text[max(0, q.start() - 20) : q.start()])
        after = re.match(rf"[,]?{_SP}*([A-Za-z]+)", text[q.end() :])
        return (before is not None and before.group(1).lower() in _lab()["term_before"]) or (
            after is not None and after.group(1) in _lab()["term_after"]
        )
    return False


@lru_cache(maxsize=1)
def _venue_rx() -> re.Pattern:
    return re.compile(rf"{_SP}+[A-Za-z]+s{_SP}+(?i:{one_of(_lab()['venue_heads'])})(?![\w-])")


def _venue_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'celebrated mr. chedwick's 50th anniversary in radio at three rivers stadium': a number, a plural noun and a
    singular noun of a venue (count_labels.json venue_heads) name the venue, in any case; more than one venue takes
    the plural ('two soccer stadiums'), and a hyphened size ('a 500-seat theatre') is no plural noun."""
    return _venue_rx().match(text, n.end) is not None


def _camel_product(text: str, n: NumberSpan, root: Token) -> bool:
    """'iPhone 4 owners', 'openBSD 6', 'iPhone 11 Pro', 'PlayStation 5 games': digits right after a product name
    written with a capital inside it ('iPhone', 'PlayStation') are the model's number, whatever noun follows. A
    person's name with a capital inside ('McDavid', 'LeBron', 'MacDonald') has no more than two letters before it."""
    m = re.search(
        rf"(?<![\w.])([a-z]+[A-Z][\w]*|[A-Z][a-z]{{3,}}[A-Z][\w]*){_SP}+\Z", text[max(0, n.start - 30) : n.start]
    )
    return not n.words and m is not None and re.fullmatch(r"\d+", text[n.start : n.end]) is not None


@lru_cache(maxsize=1)
def _street_name_rx() -> re.Pattern:
    words, suffixes = one_of(_lab()["street_words"]), one_of(_lab()["street_suffixes"])
    name = r"[A-ZÀ-Ý][\w'’.-]*"
    return re.compile(
        rf"(?:(?<![\w-])(?i:{words}){_SP}+(?:(?:[a-z]{{1,3}}|{name}){_SP}+){{0,3}}{name}|\w+(?i:{suffixes}))"
        rf"{_SP}*,?{_SP}*\Z"
    )


def _street_first(text: str, n: NumberSpan, root: Token) -> bool:
    """'corso Monforte, 15, Milan', 'Via Roma 12', 'Hauptstraße 5': digits right after a street's name in the
    languages that write the house number after it are the house number (count_context.py reads '1119 Eighth
    St.')."""
    if n.words or counts_noun(root) or not re.fullmatch(r"\d{1,4}[a-zA-Z]?", text[n.start : n.end]):
        return False
    return _street_name_rx().search(text, max(0, n.start - 60), n.start) is not None


def _bracket_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'(ch: 1, 3-5, 7-9; none in 2 & 6)', '(pages 4, 7 and 9)': a bracket that opens with a label noun and its
    number lists labels; a later number in it that counts no noun is one of them."""
    opened = text.rfind("(", 0, n.start)
    if opened < 0 or ")" in text[opened : n.start] or n.words or counts_noun(root):
        return False
    m = re.match(rf"{_SP}*([A-Za-z][\w.]*){_SP}*[:.]?{_SP}*\d", text[opened + 1 : n.start + 1])
    labels = set(_lab()["label_nouns"]) | set(exclusions()["label_nouns"])
    return m is not None and m.group(1).lower() in labels


_MODEL_RANGE = re.compile(r"[-–](\d+)([A-Za-z]+)\b")


def _model_range(text: str, n: NumberSpan, root: Token) -> bool:
    """'a copy of the 45-175x that did exhibit ...': digits hyphened to digits glued to letters are a model's code
    (a lens's focal range and its letter), not a range of things; a glued scale ('10-20k people') stays."""
    m = _MODEL_RANGE.match(text, n.end)
    return not n.words and m is not None and glued_scale().fullmatch(m.group(2)) is None


def _glued_model(text: str, n: NumberSpan, root: Token) -> bool:
    """'The 5500M chipset', 'a 3000X processor': digits glued to a capital letter before a singular lower-case noun
    name a model; a scale letter counts a plural ('5M users')."""
    if n.words or not re.fullmatch(r"\d+", text[n.start : n.end]) or not re.match(r"[A-Z]\b", text[n.end :]):
        return False
    nxt = re.match(r"[A-Z]\s+([a-z]+)\b", text[n.end :])
    return nxt is not None and not nxt.group(1).endswith("s") and nxt.group(1) not in _lab()["collective_nouns"]


def _acronym_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'FIFA 21 Game Settings', 'COVID 19 cases': digits right after an acronym of three to six capitals inside a
    sentence or a title end the acronym's name (a game's year, a disease's); a count comes before the acronym ('17
    NBA seasons')."""
    if n.words or not re.fullmatch(r"\d{1,4}", text[n.start : n.end]) or root.i < 1:
        return False
    prev = root.doc[root.i - 1]
    return (
        _acronym(prev)
        and 3 <= len(prev.text) <= 6
        and prev.idx + len(prev.text) < n.start
        and prev.lower_ not in _qualifier_ends()
    )


@lru_cache(maxsize=1)
def _qualifier_ends() -> frozenset[str]:
    """The last words of the qualifiers before a number (quantity_qualifiers.json before): a lead paragraph set in
    capitals writes them so ('OVER 70 students from two primary ... schools', 'MORE THAN 200 people', 'NEARLY 300
    homes'), and a word of English in capitals is no acronym naming the number."""
    phrases = load("quantity_qualifiers")["before"].values()
    return frozenset(p.split()[-1].lower() for group in phrases for p in group)


def _vanity_phone(text: str, n: NumberSpan, root: Token) -> bool:
    """'1-800-SPEAK-UP', '1-800-FLOWERS': digits joined by hyphens to a word in capitals spell a phone number."""
    start = max(text.rfind(" ", 0, n.start), text.rfind("\u00a0", 0, n.start)) + 1
    m = re.match(r"[\d-]*\d-[A-Z]{2,}\b", text[start:])
    return not n.words and m is not None and start + m.end() > n.end


def _riddle(text: str, n: NumberSpan, root: Token) -> bool:
    """'Why was 6 afraid of 7?', 'What did zero say to eight?': in a question without a noun, two numbers that count
    nothing are named as themselves (the characters of a riddle)."""
    sent = root.sent
    if counts_noun(root) or not sent.text.rstrip().endswith("?"):
        return False
    if any(t.pos_ in ("NOUN", "PROPN") for t in sent):
        return False
    return sum(t.like_num for t in sent) >= 2


# three or more small numbers in a row, joined by commas, hyphens or spaces: "7, 8, 9", "1-2-3", "1 2 3"
_RUN = re.compile(r"(?<![\w.,])\d{1,2}(?:(?:[ \u00a0]*[,\-–][ \u00a0]*|[ \u00a0]+)\d{1,2}){2,}(?![\w.,]?\d)")
# digits that run up from 1 standing alone between commas, dashes or a block's ends: "alphabet, 123, matching game"
_GLUED_RUN = re.compile(r"(?:\A|[,–—-])[ \u00a0]*(12345|1234|123)[ \u00a0]*(?=[,–—!-]|\Z)")


def _counting_off(text: str, n: NumberSpan, root: Token) -> bool:
    """'Because 7, 8, 9' (the riddle's punchline), 'as easy as 1-2-3', 'abc app – alphabet, 123, matching game':
    numbers recited in order, each one more than the last, count nothing but name counting itself. A number that
    counts a noun ('1, 2, 3 goals') stays."""
    if n.words or counts_noun(root):
        return False
    for m in _RUN.finditer(text, max(0, n.start - 12), min(len(text), n.end + 12)):
        nums = [int(d) for d in re.findall(r"\d+", m.group())]
        if m.start() <= n.start and n.end <= m.end() and all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False)):
            return True
    return any(m.start(1) == n.start for m in _GLUED_RUN.finditer(text, max(0, n.start - 3), min(len(text), n.end + 3)))


@lru_cache(maxsize=1)
def _naming_rx() -> re.Pattern:
    return re.compile(rf"\b(?:{one_of(_lab()['naming_words'])}){_SP}+\Z", re.I)


@lru_cache(maxsize=1)
def _pairing_rx() -> re.Pattern:
    pair = r"\d{1,2}[-–]\d{1,2}"
    nouns = one_of(_lab()["pairing_nouns"])
    return re.compile(rf"(?<![\w.,-]){pair}(?:(?:,|{_SP}+and|{_SP}+or){_SP}+{pair})*{_SP}+(?i:{nouns})\b")


def _seed_pairing(text: str, n: NumberSpan, root: Token) -> bool:
    """'The 7-10 seed games', 'the 8-9 and 7-10 matchups': a hyphened pair of seeds before a word of seeding or
    pairing names the two ranked sides that meet, not how many."""
    return not n.words and within(_pairing_rx(), text, n, before=30, after=40)


def _named_as(text: str, n: NumberSpan, root: Token) -> bool:
    """'a repeating fast radio burst source known as 121102': a number after a word of naming, counting no noun, is
    the name given."""
    return _naming_rx().search(text, max(0, n.start - 20), n.start) is not None and not counts_noun(root)


@lru_cache(maxsize=1)
def _option_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?i:{one_of(_lab()['option_nouns'])}){_SP}+(?:#{_SP}*)?\d{{1,2}}(?![\w.,]\d)")


def _option_reference(text: str, n: NumberSpan, root: Token) -> bool:
    """'I highly recommend option 1. You always will get trouble with 2 or 3.': a small bare number that counts no
    noun, in a block that has named a numbered option before it ('option 1', 'approach 2': count_labels.json
    option_nouns), names another of those options. A number that counts a noun ('option 1 takes 2 days') stays."""
    if n.words or counts_noun(root) or not re.fullmatch(r"\d", text[n.start : n.end]):
        return False
    return _option_rx().search(text, 0, n.start) is not None


# "the reversed order of the 3 and 2.": 'the', two bare digits joined by 'and'/'or', then the clause ends
_DIGIT_PAIR = re.compile(
    rf"(?<![\w])(?i:the){_SP}+(\d{{1,2}}){_SP}+(?:and|or|&){_SP}+(\d{{1,2}})(?={_SP}*(?:[.,;:!?)\]”\"]|\Z))"
)


def _digit_pair(text: str, n: NumberSpan, root: Token) -> bool:
    """'the only difference being the reversed order of the 3 and 2.': two bare digits after 'the', joined by
    'and' or 'or' and followed by no noun, are the numerals themselves named, not how many. A noun after them
    ('the 3 and 2 seeds') or a number word ('the three and two') is read by the other rules."""
    if n.words or counts_noun(root):
        return False
    for m in _DIGIT_PAIR.finditer(text, max(0, n.start - 20), min(len(text), n.end + 20)):
        if n.start in (m.start(1), m.start(2)) and n.end in (m.end(1), m.end(2)):
            return True
    return False


# "(RHEL) 7 and", "(RHEL) 7, 8 or": a capitalised name, its acronym in brackets, then bare numbers listed
_BRACKETED_ACRONYM = re.compile(rf"[A-Z][\w.+-]*{_SP}*\({_SP}*[A-Z][A-Za-z]*[A-Z]{_SP}*\){_SP}*\Z")
_LIST_TAIL = re.compile(rf"(?:{_SP}*,{_SP}*\d{{1,2}})*{_SP}*(?:,|and|or|&){_SP}+\d{{1,2}}(?!\w|[.,]\d)")


def _acronym_versions(text: str, n: NumberSpan, root: Token) -> bool:
    """'Red Hat Enterprise Linux (RHEL) 7 and 6': small bare numbers listed right after a name and its acronym in
    brackets, counting no noun, are the releases of that product, as 'Linux Mint 19 and 18' are (a number after the
    name itself is the parse's label, counts.py); '(NATO) 30 members' counts its noun."""
    if n.words or counts_noun(root) or not re.fullmatch(r"\d{1,2}", text[n.start : n.end]):
        return False
    return bool(_BRACKETED_ACRONYM.search(text, max(0, n.start - 60), n.start)) and bool(_LIST_TAIL.match(text, n.end))


def _restated_number(text: str, n: NumberSpan, root: Token) -> bool:
    """'glucagon-like peptide 1 (GLP-1), a hormone', 'interleukin 6 (IL-6)': a number right before an acronym in
    brackets that holds the same digits closes the name the acronym restates; it counts nothing."""
    digits = text[n.start : n.end]
    if n.words or not digits.isdigit():
        return False
    return re.match(rf"{_SP}*\({_SP}*[A-Z][A-Za-z]*[-‐]?{digits}[A-Za-z]*{_SP}*\)", text[n.end :]) is not None


# "HLA-B*", "DRB1*", "CYP2D6*": a code of capitals with a hyphen or a digit, glued to an asterisk
_STARRED_CODE = re.compile(rf"(?<![\w*-])(?=[A-Z0-9-]*[-\d])[A-Z][A-Z0-9-]*[A-Z0-9]\*{_SP}?\Z")


def _allele(text: str, n: NumberSpan, root: Token) -> bool:
    """'HLA-B* 5801 allele as a genetic marker', 'HLA-B*5801': digits after a gene's code and its asterisk name an
    allele of that gene (the nomenclature writes gene*allele); they count no alleles."""
    return not n.words and _STARRED_CODE.search(text, max(0, n.start - 20), n.start) is not None


_RULES: RuleTable = (
    ("quoted", _quoted),
    ("digit pair", _digit_pair),
    ("set phrase", _set_phrase),
    ("formation", _formation),
    ("formation sentence", _formation_sentence),
    ("service number", _service_call),
    ("speed zone", _speed_zone),
    ("setting", _setting),
    ("name word", _name_word),
    ("source", _source),
    ("section number", _section_number),
    ("heading noun", _heading_noun),
    ("level unit", _level_unit),
    ("ranking list", _ranking_list),
    ("work title", _work_title),
    ("quoted term", _quoted_term),
    ("venue name", _venue_name),
    ("camel-case product", _camel_product),
    ("street first", _street_first),
    ("bracket label", _bracket_label),
    ("glued model", _glued_model),
    ("model range", _model_range),
    ("acronym name", _acronym_name),
    ("vanity phone", _vanity_phone),
    ("riddle", _riddle),
    ("counting off", _counting_off),
    ("named as", _named_as),
    ("seed pairing", _seed_pairing),
    ("heading name", _heading_name),
    ("resolution", _resolution),
    ("release", _release),
    ("version sentence", _version_sentence),
    ("code name", _code_name),
    ("after a name", _after_name),
    ("statute", _statute),
    ("identifier", _identifier),
    ("label noun", _label_noun),
    ("kind label", _kind_label),
    ("apposed label", _apposed_label),
    ("rank No", _rank_no),
    ("listed label", _listed_label),
    ("acronym versions", _acronym_versions),
    ("restated number", _restated_number),
    ("allele", _allele),
    ("option reference", _option_reference),
    ("name tail", _name_tail),
    ("page range", _page_range),
    ("imprint pages", _imprint_pages),
    ("title label", _title_label),
    ("name before a singular", _name_before_singular),
    ("one in a name", _one_in_name),
    ("before a name", _before_name),
)
