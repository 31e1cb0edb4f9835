"""Counts, and the entry point of quantities: amounts first, then counts among the numbers left.

A number that is no amount (amounts.py) becomes a count when the parse says it counts something:
spaCy's DATE/TIME/ORDINAL entities, years, labels ("page 5", "Boeing 737"), scores (scores.py) and
pronoun "one" are not counts. Nor is the article's model number or its variant ("the 737-800 range"), nor bare
digits after a name's possessive unless they count a plural ("the Standard & Poor's 500 index", "Boeing's 787").
Which noun a count counts is count_nouns.py's (`counted_noun`).
"14 of which" after "24 years" is a part of a duration, no count.
A name entity blocks a number inside it, except a PERSON the tagger stretched over a box score's stat ("J. Anasa 1
assist."): the number counts the lower-case noun right after it. Any name entity, and a parse that
hangs the number on the name ("D. Robbins 1 save.", "Duvan Portillo 1 assist." tagged ORG), when a stat noun of
data/quantity_exclusions.json box_score_stats right after the number ends the player's item; and a DATE entity over a
number hyphened to a counted noun of counted_date_nouns ("the 30-date jaunt": a tour's dates).
A number in another story's headline after a link's opener ("Related: Six Natural Resource Projects in Canada That
Got it Right in 2017") is page furniture, neither a count nor an amount (count_context.story_links); so is a number
inside a fixed idiom ("They have two left feet.", "my two cents": count_context.number_idioms).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span, Token

from ..data import load, one_of
from ..nlp import span_at, text_of
from ..normalize.numbers import NumberSpan, find_numbers
from ..normalize.numbers import tables as number_tables
from ..normalize.units import Whereabouts
from .amounts import (
    a_unit_bounded,
    applied_scale,
    as_range,
    carried_qualifiers,
    converted_dollars,
    dimension_sides,
    joined,
    money_rates,
    qualify,
    read_amount,
    read_one,
    shared_scale,
    topic_about,
)
from .candidates import AmountCandidate, CountCandidate
from .count_context import is_furniture, number_idioms, story_links, why_not_count
from .count_elided import elided_sums, elided_units, series_one
from .count_labels import named_number_words, named_versions, why_label
from .count_measures import thousands_dot_value
from .count_nouns import all_but_noun, counted_noun, hyphened_noun_adjective
from .count_tallies import bracketed_tally, tallied_noun
from .count_values import (
    either_or,
    over_as_across,
    over_as_instead,
    passed_mark,
    preposition_before_one,
    why_value,
)
from .reading import (
    NO_ARTICLE,
    ArticleContext,
    Reading,
    counts_noun,
    counts_plural_despite_tag,
    exclusions,
    glued_scale,
    is_year,
    number_root,
)
from .scores import model_numbers, score_numbers

__all__ = ["find_quantities"]


# a time of day after the number: "2.13 am", "10.30 p.m." ("2pm" is caught as a glued letter)
# a hyphen after a model code of letters and digits: "A350-900", "F15-2" (after a letter: "COVID-19"); the last group
# of a chain a word opens: a Japanese address "5 Chome-3-23", an identifier "bmjopen-2016-011092"
_LABEL_HYPHEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z](?:[A-Za-z0-9]*\d|[A-Za-z]+[-−]\d+)[-−]\Z")


# an ordinal's suffix set off by a space, as wire copy and OCR write it: "the 23 rd renewal", "21 st century"
_SPACED_SUFFIX = re.compile(r"[ \u00a0](st|nd|rd|th)\b(?![.'’]?\w)")


def _spaced_ordinal(text: str, n: NumberSpan) -> bool:
    """'the 23 rd renewal': digits then the ordinal suffix their last digits take ('1 st', '12 th', '23 rd'), split
    off by a space. Only that suffix: '5 st' is no ordinal."""
    m = _SPACED_SUFFIX.match(text, n.end)
    digits = text[n.start : n.end]
    if m is None or not digits.isdigit():
        return False
    last, tens = int(digits[-1]), int(digits[-2:]) // 10 if len(digits) > 1 else 0
    return m.group(1).lower() == ("th" if tens == 1 or last > 3 or last == 0 else ("st", "nd", "rd")[last - 1])


# a list marker: the number followed by "." or ")" and a space or the end of the block
_ENUMERATOR = re.compile(r"[.)](?:[ \u00a0]|\Z)")
# the same marker typed with a comma, before the capital of the item's sentence: "137, Where do sheep go?"
_COMMA_ENUMERATOR = re.compile(r",[ \u00a0]+[\"“]?[A-Z]")


# digits and a hyphen right before the number: the model "737" of "737-800"
_VARIANT_OF = re.compile(r"(?<![\w.,])(\d{3,})[-–]\Z")


_CLOCK = re.compile(r"[ \u00a0]*(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b|[-–][ \u00a0]*(?i:midnight|noon)\b)")


def find_quantities(docs: list[Doc], where: Whereabouts | None = None) -> list[AmountCandidate | CountCandidate]:
    """Candidates of kind "amount" (value, low, high, qualifier, unit, unit_kind) and "count"
    (value, low, high, qualifier, counted); `where`, the countries the article is about, gives a bare
    temperature in 'degrees' its scale."""
    article = ArticleContext("\n".join(text_of(d) for d in docs), where)
    labels = model_numbers(docs) | named_versions(article.text)
    names = named_number_words(docs)
    out: list[AmountCandidate | CountCandidate] = []
    for i, doc in enumerate(docs):
        # a block of only numbers and interface words among other blocks is page furniture: it counts nothing
        furniture = len(docs) > 1 and is_furniture(text_of(doc))
        out.extend(_block_quantities(doc, i, article, labels, counts=not furniture, names=names))
    return elided_sums(docs, out)


def _block_quantities(
    doc: Doc,
    block: int,
    article: ArticleContext,
    labels: frozenset[str] = frozenset(),
    counts: bool = True,
    names: frozenset[str] = frozenset(),
) -> list[AmountCandidate | CountCandidate]:
    text = text_of(doc)
    nums = find_numbers(text)
    used: set[int] = set()
    amounts: list[AmountCandidate] = []
    for j in range(len(nums)):
        if j in used:
            continue
        if sides := dimension_sides(text, nums, j, article):  # "In 13x9-inch pan": 13 in and 9 in
            used.update(i for r in sides for i in r.numbers)
            amounts.extend(r.amount(block) for r in sides)
            continue
        reading = topic_about(doc, read_amount(text, nums, j, article))
        if reading is None:
            continue
        used.update(reading.numbers)
        amounts.append(reading.amount(block))
    amounts.extend(r.amount(block) for r in a_unit_bounded(text, article, amounts))  # "a foot or so"
    converted_dollars(text, amounts, article)  # before the qualifiers: the converted one now differs in unit
    carried_qualifiers(text, amounts)
    out: list[AmountCandidate | CountCandidate] = [*amounts]
    used.update(score_numbers(doc, nums))
    for j in range(len(nums) if counts else 0):
        if j in used:
            continue
        count = _read_count(doc, nums, j, labels, article, names)
        if count is not None:
            reading, counted = count
            used.update(reading.numbers)
            out.append(reading.count(block, counted))
    if counts:
        out.extend(_scoring_repeats(text, block))
    found = _outside_links_and_idioms(text, elided_units(doc, text, out))
    money_rates(text, [q for q in found if q["kind"] == "amount"])
    return found


def _outside_links_and_idioms(
    text: str, found: list[AmountCandidate | CountCandidate]
) -> list[AmountCandidate | CountCandidate]:
    """'Related: Six Natural Resource Projects in Canada That Got it Right in 2017': a number in another story's
    headline after a link's opener (count_context.story_links) is page furniture, no count and no amount. Nor is a
    number or a sum that lies inside a fixed idiom (count_context.number_idioms: 'They have two left feet.', 'my two
    cents'): one check here, after both finders, so neither reads it."""
    links = story_links(text)
    idioms = number_idioms(text)
    return [
        q
        for q in found
        if not any(s <= q["start"] < e for s, e in links)
        and not any(s <= q["start"] and q["end"] <= e for s, e in idioms)
    ]


@lru_cache(maxsize=1)
def _scoring_repeats_rx() -> re.Pattern:
    forms = load("count_forms")
    verbs, repeats = one_of(forms["scoring_verbs"]), one_of(forms["scoring_repeats"])
    return re.compile(rf"(?<![\w-])(?i:{verbs})[ \u00a0]+(?P<times>(?i:{repeats}))\b(?![ \u00a0]+as[ \u00a0]+[a-z])")


def _scoring_repeats(text: str, block: int) -> list[CountCandidate]:
    """'Aaron Ramsey scored twice for Ryan Giggs' team': an adverb of repetition right after a verb of scoring
    counts the goals (count_forms.json scoring_repeats), as 'scored four times' does; 'scored twice as many
    goals' is a multiplier and 'visited twice' no count."""
    table = load("count_forms")["scoring_repeats"]
    out = []
    for m in _scoring_repeats_rx().finditer(text):
        start, end = m.span("times")
        out.append(Reading(start, end, float(table[m.group("times").lower()])).count(block, "times"))
    return out


def _read_count(
    doc: Doc,
    nums: list[NumberSpan],
    j: int,
    labels: frozenset[str],
    article: ArticleContext,
    names: frozenset[str] = frozenset(),
) -> tuple[Reading, str | None] | None:
    n = nums[j]
    text = text_of(doc)
    span = span_at(doc, n.start, n.end)
    if span is None or not _is_count(doc, span, n) or text[n.start : n.end] in labels:
        return None
    if text[n.start : n.end] in names and not counts_noun(number_root(span)):
        return None  # "we should have used six from the beginning" on a page that writes the package six as a name
    if (variant := _VARIANT_OF.search(text, max(0, n.start - 12), n.start)) and variant.group(1) in labels:
        return None  # "the 737-800 range" where the article names the Boeing 737: a variant of the model
    if _modifier().match(text, n.end) or _misspelt_modifier(text, n.end):
        return None  # "a 3-pointer", "a five-time champion", "a 5-star hotel": a kind or a name, not a count
    if _named_by_parts(doc, span, n):
        return None  # "the compact four-door has been redesigned": the car, named by its parts, as 'a two-seater'
    if _by_foreign_word(text, n.start, n.end):
        return (
            None  # "5 грамм", "2,5 ч.л.", "%36 голосов": the English tables cannot tell a unit from a counted noun here
        )
    reading = read_one(text, n, j, NO_ARTICLE)  # takes glued scales: "10k"
    if reading.blocked:
        return None  # money in a currency the records cannot carry ("420 million Finnish markka")
    reading.kind = "count"
    dotted = thousands_dot_value(article.text, text[n.start : n.end], number_root(span))
    if dotted is not None:
        reading.value = dotted  # "1.000 led lights" on a page that writes thousands so
    if n.vague:
        reading.low, reading.value, reading.qualifier = n.value, None, "approximate"
    if (either := either_or(text, nums, j)) is not None:
        return _either_count(doc, nums, j, either)
    if j + 1 < len(nums) and joined(text, n.end, nums[j + 1].start) and not n.vague:
        nxt = nums[j + 1]
        nxt_span = span_at(doc, nxt.start, nxt.end)
        if nxt_span is not None and _is_count(doc, nxt_span, nxt):
            second = Reading(nxt.start, nxt.end, nxt.value, numbers=[j + 1])
            merged = as_range(text, reading, second, shared_scale(text, n, nxt, reading.value))
            if merged is not None and not _by_foreign_word(text, merged.start, merged.end):
                merged.kind = "count"
                counted = counted_noun(nxt_span)
                return None if _is_duration(text, counted, merged.end) else (merged, counted)
    counted = counted_noun(span, reading.value) or _box_score_stat(text, n)
    if not n.words and _in_number_bracket(text, n):
        # "Warren (11) has the most endorsements", "Elizabeth Warren (12) lead,": a ranked tally counts what the
        # sentence ranks by, never the word after its bracket
        counted = tallied_noun(span.sent)
    if _is_duration(text, counted, reading.end) or _of_a_duration(span):
        return None
    reading = preposition_before_one(doc, over_as_instead(doc, qualify(text, reading)))
    reading = over_as_across(text, reading, counted)
    return passed_mark(text, reading, counted), counted


def _either_count(
    doc: Doc, nums: list[NumberSpan], j: int, either: tuple[Reading, str | None]
) -> tuple[Reading, str | None] | None:
    """'one or two people', 'a sibling or two': one vague count (count_values.either_or), counting the noun after
    the pair or the noun of 'a NOUN or two'; none when that is a duration ('two or three days')."""
    reading, noun = either
    text = text_of(doc)
    reading.kind = "count"
    reading.numbers = [j, j + 1] if reading.end > nums[j].end else [j]
    counted = noun
    for k in reading.numbers if noun is None else ():
        span = span_at(doc, nums[k].start, nums[k].end)
        counted = counted or (counted_noun(span) if span is not None else None)
    return None if _is_duration(text, counted, reading.end) else (reading, counted)


def _named_by_parts(doc: Doc, span: Span, n: NumberSpan) -> bool:
    """'the compact four-door has been redesigned from the ground-up': a number of two or more hyphened to a
    singular noun that heads its own noun phrase, no noun after it, names the thing by its parts, as 'a two-seater'
    names a car; the parts are counted only before the thing ('a four-door coupe', 'a four-cylinder engine')."""
    root = number_root(span)
    noun = root.head
    between = text_of(doc)[n.end : noun.idx]
    return (
        between == "-"
        and noun.i == root.i + 2
        and noun.tag_ == "NN"
        and noun.dep_ not in ("compound", "amod", "nmod", "npadvmod", "conj")
        and (root.doc[noun.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ") if noun.i + 1 < len(doc) else True)
        and n.value >= 2
    )


@lru_cache(maxsize=1)
def _modifier() -> re.Pattern:
    words = exclusions()["modifier_words"]
    # a suspended hyphen reads the word of the next number: "four- and five-star hotels"
    suspended = r"(?:-[ \u00a0]+(?:and|or|to)[ \u00a0]+[\w.,]+?)?"
    # "a two-state solution", "3-compartment and 4-compartment models": a compound before a noun of a design names
    # a kind of design ("a 400-page book" counts pages)
    joined = r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+[\w.,]+-[A-Za-z]+)?"
    term = rf"-[A-Za-z]+{joined}[ \u00a0]+(?i:{one_of(words['term_heads'])})"
    hyphened, spaced = one_of(words["hyphened"]), one_of(words["spaced"])
    return re.compile(rf"(?:{suspended}-(?i:{hyphened})|[ \u00a0]+(?i:{spaced})|{term})(?!\w)")


# a long modifier word is still read when typed with one letter dropped, added, changed or two swapped
_MISSPELT_MIN = 9
_WORD_AFTER = re.compile(r"(?:-|[ \u00a0]+)([A-Za-z]+)(?![\w-])")


@lru_cache(maxsize=1)
def _long_modifiers() -> dict[str, frozenset[str]]:
    words = exclusions()["modifier_words"]
    return {
        sep: frozenset(w.lower() for w in words[key] if len(w) >= _MISSPELT_MIN and w.isalpha())
        for sep, key in (("-", "hyphened"), (" ", "spaced"))
    }


def _misspelt_modifier(text: str, end: int) -> bool:
    """'a completely 3 dimensinal world': a word of nine or more letters one typing slip away from a modifier word
    (data/quantity_exclusions.json modifier_words) makes the number part of a kind, as the word spelt right does."""
    m = _WORD_AFTER.match(text, end)
    if m is None or len(m.group(1)) < _MISSPELT_MIN - 1:
        return False
    word, sep = m.group(1).lower(), "-" if text[end] == "-" else " "
    # one letter dropped, added or changed, or two neighbours swapped: optimal string alignment distance 1
    return any(OSA.distance(word, w, score_cutoff=1) == 1 for w in _long_modifiers()[sep])


_BRACKETED_NUMBERS = re.compile(r"[(\[][ \u00a0]*\d{1,3}(?:[ \u00a0]*[,–-][ \u00a0]*\d{1,3})*[ \u00a0]*[)\]]")


def _in_number_bracket(text: str, n: NumberSpan) -> bool:
    """The number stands in a bracket that holds only whole numbers: '(21)', '(4, 5)', '[1]'."""
    start = max(text.rfind("(", 0, n.start), text.rfind("[", 0, n.start))
    bracket = _BRACKETED_NUMBERS.match(text, start) if start >= 0 else None
    return bracket is not None and bracket.end() >= n.end


@lru_cache(maxsize=1)
def _duration_after() -> re.Pattern:
    return re.compile(rf"[ \u00a0]+(?i:{one_of(exclusions()['duration_nouns'])})\b")


def _is_duration(text: str, counted: str | None, end: int) -> bool:
    """'13.8 billion years', 'one day', '1-2 hours' (the counted noun, or the word right after the number at
    `end` when the parse links none): a number of time units is a duration, not a count."""
    if counted is not None and re.split(r"[\s-]+", counted.lower())[-1] in exclusions()["duration_nouns"]:
        return True
    return _duration_after().match(text, end) is not None and _NAMED_SECOND.match(text, end) is None


# "914 Second Class, 1,170 Second Class Lower": a capitalised "Second" before a capitalised word is the
# ordinal of a name (a class of degree, "Second World War veterans"), not the time unit
_NAMED_SECOND = re.compile(r"[ \u00a0]+Second[ \u00a0]+[A-Z]")


_PARTITIVE_PRONOUNS = ("which", "them", "those", "these")


def _of_a_duration(span: Span) -> bool:
    """'he has lived in the UK for 24 years, 14 of which he has spent working': a part ('N of which', 'N of them')
    of the time units just named is a duration, as '14 of the 24 years' is."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    pronoun = doc[span.end + 1]
    if pronoun.lower_ not in _PARTITIVE_PRONOUNS or pronoun.dep_ != "pobj":
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].lower_ in ("and", "but")):
        i -= 1
    return i >= 0 and doc[i].lower_ in exclusions()["duration_nouns"]


def _is_count(doc: Doc, span: Span, n: NumberSpan) -> bool:
    ex = exclusions()
    text = text_of(doc)
    if _blocking_entity(doc, span, n, ex["not_count_entities"]):
        return False
    after, before = text[n.end : n.end + 2], text[max(0, n.start - 2) : n.start]
    if (
        after[:1].isalpha()
        and not applied_scale(text, n, None)
        or after[:1] in (":", "/")
        or re.match(r"[.,]\d", after)
    ):
        return False  # "737s", "1990s", "3D", "4K", "10:30", "3/4/2021": models, decades, screens, times, dates
    if (
        before[-1:] in (":", "/", "#", "@", "£", "$", "€", "^", "=", "%")
        or re.match(r"[A-Za-z][-−]|\w\(", before)
        or _LABEL_HYPHEN.search(text, max(0, n.start - 30), n.start)
    ):
        return False  # "COVID-19", "A350-900", "#5", "10^6", "alert(1)", "fb−1": labels, powers, code, unit exponents
    if _spaced_ordinal(text, n):
        return False  # "won the 23 rd renewal": an ordinal whose suffix a space split off
    if _ENUMERATOR.match(text, n.end) and not text[: n.start].strip(" \u00a0(["):
        return False  # "5. Leverage your income", "10)": a list item's number at the start of its block
    if _comma_enumerator(text, n):
        return False  # "137, Where do sheep go on vacation?": the item's "." typed as a comma
    if not n.words and _in_number_bracket(text, n) and not bracketed_tally(span.sent, n):
        return False  # "(21)", "(4, 5)", "[1]", "Matt Murray (30)": a citation, a list marker or a shirt number
    if re.match(r"0\d", text[n.start : n.end]) or _elided_year(text, n):
        return False  # "09575", "007": a code; "the ’90s", "anni ’90", "iLife '11": a year
    if _CLOCK.match(text, n.end):
        return False  # "2.13 am", "10.30 p.m.": a time of day
    root = number_root(span)
    if is_year(text[n.start : n.end]) and not counts_noun(root):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        prev is not None
        and (prev.pos_ == "PROPN" or prev.pos_ == "NOUN" and prev.is_title or prev.lower_ in ex["label_nouns"])
        and not counts_noun(root)
        and _box_score_stat(text, n) is None
    ):
        return False  # "page 5", "Boeing 737", "Article 3", a heading's "Meal 2"
    if _model_name(prev, root, text[n.start : n.end]):
        return False  # "the LC 500 grand tourer": a model's number before a singular noun
    if _after_possessive_name(prev, root, text[n.start : n.end]):
        return False  # "the Standard & Poor's 500 index", "over Boeing's 787,": a name's index or model
    if prev is not None and prev.lower_ in ("a", "an") and not n.words and not _counts_parts(root):
        return False  # "scored a 129", "managed a 21757": a number named as a thing (a score, a model) counts nothing
    if not _alone(text, n) and why_not_count(text, n, root) is not None:
        return False  # a phone number, a citation, a fraction of a group...: see count_context.py
    if not _alone(text, n) and why_label(text, n, root) is not None:
        return False  # a name, a section number, a release, a service number...: see count_labels.py
    if not _alone(text, n) and why_value(text, n, root) is not None:
        return False  # a non-whole value, a level, a rating, a reference numeral...: see count_values.py
    if n.words:
        return not _in_name(span) and _word_number_counts(span, root)
    return True


def _counts_parts(root: Token) -> bool:
    """The number counts a noun, or the parts each thing has through a noun made an adjective by -ed that the parse
    hangs it on ('a 10-legged robot': count_nouns.hyphened_noun_adjective)."""
    return counts_noun(root) or hyphened_noun_adjective(root) is not None


def _model_name(prev: Token | None, root: Token, digits: str) -> bool:
    """A number of two or more digits right after a capitalised name and before a singular lower-case noun names
    a model ('the LC 500 grand tourer', 'the Forbes 400 list'); a count after a name counts a plural ('Brown 4
    points')."""
    return (
        prev is not None
        and (prev.pos_ == "PROPN" or prev.is_title and prev.pos_ == "NOUN")
        and re.fullmatch(r"\d{2,}", digits) is not None
        and counts_noun(root)
        and root.head.tag_ == "NN"
        and root.head.is_lower  # "South 32 Ltd" is a company's name, which quantulum3's suite counts
    )


def _after_possessive_name(prev: Token | None, root: Token, digits: str) -> bool:
    """Bare digits right after a capitalised name and its possessive 's name that owner's product or index, unless
    they count a plural ('the Standard & Poor's 500 index', 'Boeing's 787'; 'Japan's 47 prefectures' counts)."""
    if prev is None or prev.tag_ != "POS" or prev.i == 0 or re.fullmatch(r"\d+", digits) is None:
        return False
    owner = prev.doc[prev.i - 1]
    return owner.pos_ == "PROPN" and owner.is_title and not (counts_noun(root) and root.head.tag_ in ("NNS", "NNPS"))


def _elided_year(text: str, n: NumberSpan) -> bool:
    """Two digits after an apostrophe are a year ('the ’90s', "iLife '11"); a straight one that a later quote
    closes on the line opens a quotation instead ("'20 dead' after blast")."""
    if re.fullmatch(r"\d\d", text[n.start : n.end]) is None or n.start == 0:
        return False
    mark = text[n.start - 1]
    if mark == "’":
        return True
    line_end = text.find("\n", n.end)
    rest = text[n.end : line_end if line_end >= 0 else len(text)]
    return mark == "'" and re.search(r"'(?!\w)", rest) is None


def _alone(text: str, n: NumberSpan) -> bool:
    """The block is the number and nothing else ('two thirds', '192.'): the text is the number itself, and
    no context says what it is."""
    return not re.search(r"\w", text[: n.start] + text[n.end :])


def _in_name(span: Span) -> bool:
    """A capitalised number word inside a sentence, before a capitalised word, is part of a name: 'our One Home
    Depot investments', 'the Three Amigos'. Not in a title-cased headline (_headline_case), where every word has its
    capital: 'Hurricane-force Winds Bash UK As Dozens Of Flood Warnings Issued'."""
    first, nxt = span[0], span.doc[span.end] if span.end < len(span.doc) else None
    return (
        first.text[:1].isupper()
        and not first.is_sent_start
        and span.start > 0
        and span.doc[span.start - 1].is_alpha
        and nxt is not None
        and nxt.is_title
        and not _headline_case(span)
    )


def _headline_case(span: Span) -> bool:
    """The number's sentence is a title-cased headline: a small word of grammar (a preposition, a
    conjunction, an article: quantity_exclusions.json title_case_words) has a capital inside it, outside any name
    the tagger found: 'Storm Ciarán: Hurricane-force Winds Bash UK As Dozens Of Flood Warnings Issued', 'Lengthy
    Prison Sentences For Two Thanet Drug Dealers', 'David Hogg Rejected By Four Colleges To Which He Applied'.
    There a capital says nothing of a name. Prose keeps such words in lower case ('our One Home Depot
    investments', 'The Life of Two Texans has a pretty chandelier'). Not scores._title_cased (most long words
    capitalised), which a short sentence of names passes ('according to Nine News') and would make a count."""
    words = exclusions()["title_case_words"]
    sent = span.sent
    return any(
        t.is_title
        and t.lower_ in words
        and t.i > sent.start
        and not t.ent_type_
        and not (t.doc[t.i - 1].is_punct or t.doc[t.i - 1].is_space)
        for t in sent
    )


_WORD_AFTER = re.compile(r"[ \u00a0]*([^\W\d_]+)")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]*\Z")


def _by_foreign_word(text: str, start: int, end: int) -> bool:
    """The word right after or before the number is written in a script other than Latin (Cyrillic, Greek,
    Arabic, CJK): '5 грамм', 'минут 15'."""
    words = [
        m.group(1) for m in (_WORD_AFTER.match(text, end), _WORD_BEFORE.search(text, max(0, start - 40), start)) if m
    ]
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for w in words for ch in w)


def _blocking_entity(doc: Doc, span: Span, n: NumberSpan, labels: list[str]) -> bool:
    """A date, time, ordinal or name entity around the number says it is no count. A DATE or TIME that is the
    number alone says nothing more than the number does (the small model tags a lone "3 dozens" TIME,
    "1,234,567" DATE), so it only blocks when it reaches past the number ("3 years", "May 5") or the number
    reads as a year.
    A fraction ("one fifth", "a third of") is a number, whatever the ordinal tag says."""
    for tok in span:
        if tok.ent_type_ not in labels:
            continue
        if tok.ent_type_ == "ORDINAL":
            if _is_fraction(text_of(doc), n):
                continue
            return True  # "a third term"
        ent = _entity_of(tok)
        if tok.ent_type_ not in ("DATE", "TIME") and (
            tok.ent_type_ == "PERSON" and _stat_after_name(ent, span) or _box_score_stat(text_of(doc), n) is not None
        ):
            continue
        inside = ent.start_char >= n.start and ent.end_char <= n.end
        if inside and (
            text_of(doc)[n.start] in "-−" or (ent.start_char, ent.end_char) != (n.start, n.end) and not n.words
        ):
            # "-1" tagged ORG on its own, or the "-1" of "2.5^-1": a signed number, or a piece the tagger cut
            # from a written number, is no name, date or time
            continue
        if tok.ent_type_ not in ("DATE", "TIME") and len(span) == 1 and counts_plural_despite_tag(tok):
            continue
        if tok.ent_type_ not in ("DATE", "TIME") or is_year(text_of(doc)[n.start : n.end]):
            return True  # names ("Boeing 747" tagged on the number alone) and years are trusted
        if _cut_in_number(ent, n):
            continue  # "About a quarter-million people": the tagger's DATE "About a" stops inside the number
        if _counted_date_noun(text_of(doc), n, ent):
            continue  # "the 30-date jaunt": the tagger's DATE rests on the noun the number counts
        if _before_modifying_number(ent, span, n):
            continue  # "For four 72 MW dc ferrochrome furnaces": furnaces counted; "four 72" is no date
        if _games_after_record(text_of(doc), n, ent, span.sent.start_char):
            continue  # "improved to 4-2-1 in their last seven": games, left unsaid
        if (
            _could_be_age(text_of(doc), n)
            and not counts_noun(number_root(span))
            and not glued_scale().match(text_of(doc), n.end)
            and not _in_cardinal_series(span)
        ):
            return True  # "Webb, 51, was convicted", "at 65": a lone small whole number tagged DATE is an age
        if ent.start_char == n.start and _time_modifiers_before_counted(ent, span):
            continue  # "three overnight factory jobs", "two overnight stays": jobs and stays counted, no time
        glued = glued_scale().match(text_of(doc), n.end)  # "10k" is one token
        if ent.start_char < n.start or ent.end_char > (glued.end() if glued else n.end):
            return True
    return False


# words of a time of day that, before a noun, say when a thing is done as a duration noun would say how long:
# "two night stays" may be a stay of two nights
_NIGHT = ("night", "nights")


def _before_modifying_number(ent: Span, span: Span, n: NumberSpan) -> bool:
    """'For four 72 MW dc ferrochrome furnaces', 'two 500-bed hospitals': a number word right before a number in
    digits that starts a measure or a size of the plural noun the word counts. The small model tags the two
    numbers one DATE; numbers alone name no day, and a second number that is a year ('four 2019 games') keeps the
    tag's word."""
    doc = span.doc
    root = number_root(span)
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        n.words
        and ent.start == span.start
        and all(t.tag_ == "CD" for t in ent)
        and nxt is not None
        and nxt.i < ent.end
        and re.fullmatch(r"\d[\d,.]*", nxt.text) is not None
        and not is_year(nxt.text)
        and counts_noun(root)
        and root.head.tag_ in ("NNS", "NNPS")
        and root.head.i > nxt.i
    )


def _time_modifiers_before_counted(ent: Span, span: Span) -> bool:
    """'My mom worked three overnight factory jobs', 'The band played three summer concerts': the tagger's DATE or TIME
    entity is the number and modifiers of the plural noun it counts (perhaps more modifiers after it), and stops
    before that noun; the words of time say when the jobs or concerts are, the number counts them. Not when the noun
    is inside the entity ('three summer months', a duration) or a modifier is a time unit ('two day passes', 'two
    night stays': how long). A modifier may hang on a later modifier that hangs on the noun ('forfeit two early season
    wins': 'early' on 'season', 'season' on 'wins'): the words still only say when."""
    root = number_root(span)
    noun = root.head
    if not counts_noun(root) or noun.tag_ not in ("NNS", "NNPS") or noun.i < ent.end or span.end >= ent.end:
        return False
    durations = exclusions()["duration_nouns"]
    return all(
        t.dep_ in ("amod", "compound")
        and t.i < t.head.i <= noun.i
        and t.lower_ not in durations
        and t.lower_ not in _NIGHT
        for t in span.doc[span.end : noun.i]
    )


def _stat_after_name(ent: Span, span: Span) -> bool:
    """'K. Hupfer 1 goal.', 'J. Anasa 1 assist.': the tagger stretches a player's name over the stat that follows it
    in a box score; a PERSON entity that opens with capitalised words and reaches a number counting a lower-case noun
    right after it has swallowed a count, not named it."""
    root = number_root(span)
    name = span.doc[ent.start : span.start]
    return (
        len(name) > 0
        and all(t.is_title or re.fullmatch(r"[A-Z]\.", t.text) for t in name)
        and counts_noun(root)
        and root.head.i == span.end
        and root.head.is_lower
    )


def _counted_date_noun(text: str, n: NumberSpan, ent: Span) -> bool:
    """'announced the 30-date jaunt': a DATE entity that is the number hyphened to a noun of
    data/quantity_exclusions.json counted_date_nouns (a tour's dates) names no time; the number counts the noun."""
    if ent.start_char != n.start or text[n.end : n.end + 1] != "-":
        return False
    return text[n.end + 1 : ent.end_char].lower() in exclusions()["counted_date_nouns"]


# a team's record: wins, losses and perhaps ties or overtime losses joined by dashes ("4-2-1", "14-0-1", "6-2")
_RECORD = re.compile(r"(?<![\w.,-])\d{1,3}-\d{1,3}(?:-\d{1,3})?(?![\w-])")
# nothing the number may count after it: the clause ends
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|\Z)")


def _games_after_record(text: str, n: NumberSpan, ent: Span, sent_start: int) -> bool:
    """'who improved to 4-2-1 in their last seven.': a DATE entity that is a word of a run (record_run_words, perhaps
    after a determiner of record_run_determiners) and a number ending its clause, after a record in its sentence,
    counts the games the sentence leaves unsaid, no time. Without a record ('sales rose in each of the
    last three.') the elided noun may be years, and the DATE stands."""
    if ent.end_char != n.end or _CLAUSE_END.match(text, n.end) is None:
        return False
    words = text[ent.start_char : n.start].lower().split()
    ex = exclusions()
    if not (len(words) == 1 or len(words) == 2 and words[0] in ex["record_run_determiners"]):
        return False
    return words[-1] in ex["record_run_words"] and _RECORD.search(text, sent_start, ent.start_char) is not None


@lru_cache(maxsize=1)
def _box_score_after() -> re.Pattern:
    # the stat noun ends the player's item: a stop, a comma or a semicolon, "and" and the next stat, or the block's end
    stats = one_of(exclusions()["box_score_stats"])
    return re.compile(rf"[ \u00a0]+({stats})(?=[ \u00a0]*(?:[.,;]|\Z)|[ \u00a0]+and[ \u00a0])")


# the capitalised last word of a player's name right before the number: "Robbins", "Bien-Aime", "O'Hara", "DeBose"
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*[ \u00a0]+\Z")


def _box_score_stat(text: str, n: NumberSpan) -> str | None:
    """'D. Robbins 1 save.', 'Duvan Portillo 1 assist.', 'Osas Osaro 3 goals, 1 assist.': up to three digits between
    a capitalised name and a lower-case stat noun of a box score (data/quantity_exclusions.json box_score_stats)
    that ends the player's item count that noun, whatever entity the tagger stretched over the name and the number
    and wherever the parse hangs it. The stat noun, or None."""
    if n.words or re.fullmatch(r"\d{1,3}", text[n.start : n.end]) is None:
        return None
    if _NAME_BEFORE.search(text, max(0, n.start - 40), n.start) is None:
        return None
    m = _box_score_after().match(text, n.end)
    return m.group(1) if m else None


def _cut_in_number(ent: Span, n: NumberSpan) -> bool:
    """'About a quarter-million people': a DATE or TIME entity that starts before a spelled-out number and stops
    inside it ('About a') holds the number's article, not the number, and no date reads from a piece of a number."""
    return n.words and ent.start_char <= n.start < ent.end_char < n.end


def _in_cardinal_series(span: Span) -> bool:
    """'with 57 in Ballina, 48 in Newport, 36 in Cloughjordan': a lone number the tagger calls DATE, set beside
    another number of the series (appos or conj, either way) that it calls CARDINAL, is that series' member and
    reads as its siblings do, no age."""
    if len(span) != 1:
        return False
    tok = span[0]
    siblings = [c for c in tok.children if c.dep_ in ("appos", "conj")]
    if tok.dep_ in ("appos", "conj"):
        siblings.append(tok.head)
    return any(s.tag_ == "CD" and s.ent_type_ == "CARDINAL" and s.ent_iob_ == "B" for s in siblings)


def _could_be_age(text: str, n: NumberSpan) -> bool:
    return (
        n.value is not None
        and n.value == int(n.value)
        and 0 < n.value <= 130
        and re.fullmatch(r"\d{1,3}", text[n.start : n.end]) is not None
    )


def _entity_of(tok: Token) -> Span:
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and tok.ent_iob_ != "B" and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _is_fraction(text: str, n: NumberSpan) -> bool:
    """'two thirds', 'one-fifth', 'a fifth of the vote' (not the ordinal of 'a third term')."""
    words = re.split(r"[\s-]+", text[n.start : n.end].lower())
    if len(words) < 2 or words[-1] not in number_tables()["fractions"]:
        return False
    if words[0] in ("a", "an"):  # "a fifth of the vote", not "a third term" or "owning a third."
        return re.match(r"[ \u00a0]+of\b", text[n.end :]) is not None
    return True


# a spelled-out number before 'from', 'in' or 'at' with no determiner or word of choice right before it: an item
# of a list whose noun the sentence named before ('he has one from a Progressive Caucus member, one from the CBC',
# 'six foreign companies, three of which were incorporated in the UK, two in the BVI, one in St. Kitts'); not
# before another number or 'a' ('one in five', 'one in a million': a rate, read by count_context)
@lru_cache(maxsize=1)
def _listed_item_rx() -> re.Pattern:
    t = number_tables()
    small = [w for w, v in t["units"].items() if 1 <= v <= 10]
    items, numbers = one_of(small), one_of([*small, *t["scales"]])
    return re.compile(
        r"(?<![\w'’])(?<!the )(?<!that )(?<!this )(?<!any )(?<!another )(?<!each )"
        rf"(?i:{items}) (?P<prep>from|in|at)\b(?! (?:an? )?[\d]| (?:an? )?(?i:{numbers})\b)"
    )


def _listed_item(span: Span) -> bool:
    """'he has one from a Progressive Caucus member, one from the CBC, one from a member in a Trump district and four
    among the New Democrats', 'six foreign “supplier” companies, three of which were incorporated in the United
    Kingdom, two in the British Virgin Islands, one in the Caribbean statelet of St. Kitts': 'one' before 'from',
    'in' or 'at' counts the noun left out (named before) when its sentence lists two or more such items with the
    same preposition, as its sibling numbers do; 'the one from the US' (a determiner), a lone 'one in the
    cupboard' and 'one in five' (a rate) stay what they are."""
    sent = span.sent
    text, at = sent.text, span.start_char - sent.start_char
    items = {m.start(): m.group("prep").lower() for m in _listed_item_rx().finditer(text)}
    return at in items and sum(prep == items[at] for prep in items.values()) >= 2


def _opens_range(span: Span) -> bool:
    """'some European countries from one to four Russian diplomatic officials' (geowebnews): 'one' after 'from' or
    'between' and before 'to' or 'and' and a number that counts a noun is the low end of that count's range, no
    pronoun; 'from one to another' has no number after it."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc) or doc[span.start - 1].lower_ not in ("from", "between"):
        return False
    joiner, high = doc[span.end], doc[span.end + 1]
    return joiner.lower_ in ("to", "and") and high.like_num and counts_noun(high)


def _word_number_counts(span: Span, root: Token) -> bool:
    """A spelled-out number counts when it quantifies something: "two patients", "five of the victims";
    not the pronoun in "one of the reasons" unless it is the counted thing ("one person") or opens a range."""
    first = span[0].lower_
    if first in ("one", "half") and len(span) == 1:
        return (
            counts_noun(root)
            or all_but_noun(root) is not None  # "All but one item has been recovered"
            or _listed_item(span)
            or series_one(span)  # "Six are with Biden, one with Michael Bloomberg": a share, as its siblings
            or first == "one"
            and _opens_range(span)
        )
    if len(span) > 1:
        return True  # "a hundred and two", "one and a half": no word sequence but a number reads so
    return root.ent_type_ == "CARDINAL" or root.pos_ == "NUM" or counts_noun(root)


def _comma_enumerator(text: str, n: NumberSpan) -> bool:
    """Up to three digits opening the block, a comma and a capital: a list item's number."""
    return (
        re.fullmatch(r"\d{1,3}", text[n.start : n.end]) is not None
        and _COMMA_ENUMERATOR.match(text, n.end) is not None
        and not text[: n.start].strip(" \u00a0")
    )
