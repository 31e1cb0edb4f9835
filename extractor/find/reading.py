"""Reading, ArticleContext, and the tables and patterns the amount and count readers both match.

A Reading is one number read as far as it goes (span, value, kind, unit, qualifier, range bounds, the
NumberSpans it consumed); amounts.py builds it, counts.py reuses it for counts. An ArticleContext is what the
readers know of the whole article beside the block they read. The patterns are built once
per process from data/quantity_qualifiers.json, quantity_exclusions.json, quantity_measures.json and
numbers.json; the parse helpers (is_year, counts_noun, number_root) are shared by counts.py and scores.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from ..data import load, one_of
from ..normalize.numbers import tables as number_tables
from ..normalize.units import Whereabouts
from .candidates import AmountCandidate, CountCandidate, QuantityKind

__all__ = [
    "SPACE",
    "ArticleContext",
    "NO_ARTICLE",
    "Reading",
    "exclusions",
    "qualifier_before",
    "qualifier_before_article",
    "qualifier_over_dimension",
    "qualifier_after",
    "qualifier_kind",
    "phrasal_particle_before",
    "about_articles",
    "unitless_words",
    "measure_words",
    "measure_word_unit",
    "unitless_unit",
    "index_context",
    "range_opener",
    "range_joiner",
    "change_rx",
    "changed_from",
    "object_change_rx",
    "changed_by_rx",
    "priced_things",
    "glued_scale",
    "CENTS",
    "SPOKEN_CENTS",
    "PERCENT",
    "PLUS_MINUS",
    "is_year",
    "counts_noun",
    "number_root",
]


SPACE = r"[ \u00a0]*"


@dataclass(frozen=True)
class ArticleContext:
    """The whole article beside the block being read, built once per article and passed as one value (the two always
    travel together): its text (cues for '$', cents, '£', 'degrees', 'tons') and the countries it is about."""

    text: str = ""
    where: Whereabouts | None = None


NO_ARTICLE = ArticleContext()  # a count's number, read without the article's cues (its block's text stands in)


@dataclass
class Reading:
    """One number read as far as it goes: its span, value and what kind of quantity it is."""

    start: int
    end: int
    value: float | None
    kind: QuantityKind = "count"
    unit: str | None = None
    unit_kind: str | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    # a scale word or a unit's factor was applied ("96.4 billion", "50 basis points" as 0.5 %), so a bare first range
    # number takes it too
    scaled: bool = False
    factor: float = 1.0  # the unit's conversion, applied to value ("50 basis points" is 0.5 %: 0.01)
    numbers: list[int] = field(default_factory=list)  # indices of the NumberSpans consumed
    # money in a currency no record can carry ("420 million Finnish markka") or an idiom ("minds one bit"):
    # neither an amount nor a count
    blocked: bool = False

    def amount(self, block: int) -> AmountCandidate:
        return AmountCandidate(
            block=block,
            start=self.start,
            end=self.end,
            kind="amount",
            value=self.value,
            low=self.low,
            high=self.high,
            qualifier=self.qualifier,
            unit=self.unit,
            unit_kind=self.unit_kind,
        )

    def count(self, block: int, counted: str | None) -> CountCandidate:
        return CountCandidate(
            block=block,
            start=self.start,
            end=self.end,
            kind="count",
            value=self.value,
            low=self.low,
            high=self.high,
            qualifier=self.qualifier,
            counted=counted,
        )


@lru_cache(maxsize=1)
def _qualifiers() -> dict:
    return load("quantity_qualifiers")


@lru_cache(maxsize=1)
def exclusions() -> dict:
    return load("quantity_exclusions")


def _signs() -> str:
    """The qualifying signs ('~300 people'), glued to the number or a space before it."""
    return one_of(w for ws in _qualifiers()["signs_before"].values() for w in ws)


@lru_cache(maxsize=1)
def qualifier_before() -> re.Pattern:
    q = _qualifiers()["before"]
    words = {w: kind for kind, ws in q.items() for w in ws}
    return re.compile(rf"(?:(?<![\w-])(?i:{one_of(words)})[ \u00a0]+|(?:{_signs()}){SPACE})\Z")


@lru_cache(maxsize=1)
def qualifier_before_article() -> re.Pattern:
    """'more than a ', 'up to a ': a qualifier that bounds the amount after the article, which then modifies a noun
    ('more than a $147 savings' is more than $147; group q: the qualifier; quantity_qualifiers.json before_article).
    Not a preposition of place: 'under a 5in (12cm) concrete slab' is below it."""
    q = _qualifiers()
    return re.compile(
        rf"(?<![\w-])(?P<q>(?i:{one_of(q['before_article'])}))[ \u00a0]+(?i:{one_of(q['about_article'])})[ \u00a0]+\Z"
    )


@lru_cache(maxsize=1)
def qualifier_over_dimension() -> re.Pattern:
    """'up to a width of ', 'at most a total length of ', and the phrase joined after the first one's number: 'up to a
    width of 60cm and a length of ' (group q: the qualifier); 'a maximum turning radius of ' (group b: the bound),
    from quantity_qualifiers.json dimension_nouns and dimension_bounds."""
    q = _qualifiers()
    words = [w for ws in q["before"].values() for w in ws if w not in q["not_over_dimension"]]
    noun = rf"(?:{one_of(q['dimension_nouns'])})[ \u00a0]+of[ \u00a0]+"
    dim = rf"(?:(?:a|an|the)[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?{noun}"
    between = r"(?:[^,;:!?\n.]|\.(?=\d)){1,24}?[ \u00a0]+and[ \u00a0]+"
    bounds = one_of(w for ws in q["dimension_bounds"].values() for w in ws)
    bounded = rf"(?P<b>(?i:{bounds}))[ \u00a0]+(?:[a-z]+[ \u00a0]+)?{noun}"
    return re.compile(rf"(?<![\w-])(?:(?P<q>(?i:{one_of(words)}))[ \u00a0]+{dim}(?:{between}{dim})?|{bounded})\Z")


@lru_cache(maxsize=1)
def qualifier_after() -> re.Pattern:
    q = _qualifiers()["after"]
    # not the start of the next phrase: "-10C and up to 30C"; nor a sum: "Now $549 Plus $50 Dell eGift Card",
    # "$30 plus about $20 in service charges" (an opening word of the added amount: sum_fillers, before's words)
    # "a 700-plus-page tome": "plus" hyphened between the number and its noun is "700 or more pages"
    fillers = one_of([*_qualifiers()["sum_fillers"], *(w for ws in _qualifiers()["before"].values() for w in ws)], True)
    return re.compile(
        rf"(?:-|{SPACE})(?i:{one_of(w for ws in q.values() for w in ws)})(?![\w])(?![/±−-])(?![ \u00a0]+(?:to|than)\b)"
        rf"(?!{SPACE}\D{{0,3}}\d)(?!(?<=(?i:plus)){SPACE}(?i:{fillers})[ \u00a0]+\D{{0,3}}\d)|-(?i:plus)(?=-[A-Za-z])"
    )


@lru_cache(maxsize=1)
def about_topic_before() -> re.Pattern:
    """'concerns about ': a noun of worry or question before 'about', which then names a topic (quantity_qualifiers.json
    about_topic_nouns)."""
    return re.compile(rf"(?<![\w-])(?i:{one_of(_qualifiers()['about_topic_nouns'])})[ \u00a0]+(?i:about)[ \u00a0]+\Z")


@lru_cache(maxsize=1)
def phrasal_particle_before() -> re.Pattern:
    """'forking over ', 'top up to ': a qualifier whose first word is a phrasal verb's particle right before the number,
    which then bounds nothing (quantity_qualifiers.json phrasal_verbs; a key of two words is spaced as written)."""
    verbs = _qualifiers()["phrasal_verbs"]
    spaced = {p: "[ \u00a0]+".join(map(re.escape, p.split())) for p in verbs}
    pairs = "|".join(rf"(?i:{one_of(vs)})[ \u00a0]+(?i:{spaced[p]})" for p, vs in verbs.items())
    return re.compile(rf"(?<![\w-])(?:{pairs})[ \u00a0]+\Z")


def about_articles() -> list[str]:
    """The articles after which 'about' before a number may name a topic (quantity_qualifiers.json about_article)."""
    return list(_qualifiers()["about_article"])


@lru_cache(maxsize=1)
def qualifier_kind() -> dict[str, str]:
    q = _qualifiers()
    sides = ("before", "after", "signs_before", "dimension_bounds")
    return {w.lower(): kind for side in sides for kind, ws in q[side].items() for w in ws}


@lru_cache(maxsize=1)
def unitless_words() -> re.Pattern:
    # spaced only: "a 10-point plan" counts the plan's points
    return re.compile(rf"[ \u00a0]+(?i:{one_of(load('quantity_measures')['unitless'])})(?![\w-])")


@lru_cache(maxsize=1)
def measure_words() -> re.Pattern:
    # "25 basis points": a measure wherever it stands
    return re.compile(rf"[ \u00a0]+(?i:{one_of(load('quantity_measures')['measures'])})(?![\w-])")


@lru_cache(maxsize=1)
def point_abbreviations() -> re.Pattern:
    # "2.4 ppts", "(1 ppt up)": percentage points written short; amounts.py asks for a percentage near it
    return re.compile(rf"{SPACE}(?:{one_of(load('quantity_measures')['point_abbreviations'])})(?![\w])")


def measure_word_unit(word: str) -> tuple[str, float]:
    """(unit, factor) of a measure word: 'basis points' is ('%', 0.01)."""
    unit, factor = load("quantity_measures")["measures"][re.sub(r"\s+", " ", word.strip().lower())]
    return unit, float(factor)


def unitless_unit() -> str:
    """The unit of a measure no unit word names ('the Dow fell 340 points'): pint's 'dimensionless'."""
    return str(load("quantity_measures")["unitless_unit"])


@lru_cache(maxsize=1)
def index_context() -> re.Pattern:
    # points measure an index's move; in a box score ("25 points, 11 rebounds") they are counted
    return re.compile(rf"\b(?:{one_of(load('quantity_measures')['unitless_context'])})\b")


@lru_cache(maxsize=1)
def range_opener() -> re.Pattern:
    # an approximate low end: "between ~45 km and ~50 km"
    return re.compile(rf"(?<![\w-])(?i:{one_of(_qualifiers()['range_openers'])})[ \u00a0]+(?:(?:{_signs()}){SPACE})?\Z")


@lru_cache(maxsize=1)
def range_joiner() -> re.Pattern:
    # "5-8%", "8- to 16-meter", "5 to 8 percent", "between 5 and 8"
    # an approximate high end: "~45 to ~50 km"
    joiners = one_of(_qualifiers()["range_joiners"])
    return re.compile(rf"{SPACE}(?:-{SPACE}to|{joiners}){SPACE}(?:(?:{_signs()}){SPACE})?")


@lru_cache(maxsize=1)
def glued_scale() -> re.Pattern:
    # single-letter scales only touch the number: "$3.5m", "10k"; spaced "m" is metres
    t = number_tables()
    glued = [a for a in t["scale_abbreviations"] if a in t["glued_only"]]
    return re.compile(rf"(?:{one_of(glued)})(?![A-Za-z0-9])")


CENTS = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)[ \u00a0]+(?i:cents?)\b")


# cents said without the word, as prices are spoken: "thirteen dollars forty-five", "three pounds fifty."; only
# where the clause ends, so "100 dollars 20 years ago" keeps its years
SPOKEN_CENTS = re.compile(r"[ \u00a0]+(\d{2}|[a-z]+(?:[ -][a-z]+)?)(?=[ \u00a0]*(?:[.,;:!?)\"'”’]|\Z))")


PERCENT = re.compile(
    # "a 25-percent tariff": a hyphen ties the word to its number as a space does
    rf"{SPACE}(?:%|(?i:-?per[ -]?cent(?:age)?s?(?:[ \u00a0]+points?)?|pct\.?|percentage[ \u00a0]+points?)(?![\w]))"
)


PLUS_MINUS = re.compile(r"[ \u00a0]*(?:±|\+/-|\+-|\+/−)[ \u00a0]*")


def is_year(s: str) -> bool:
    return re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", s) is not None


# the parse's roles of a noun phrase: a gerund in one of them that a number modifies is used as a noun
_NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative", "oprd")


def counts_noun(tok: Token) -> bool:
    """The number word modifies the noun after it ('700 votes'); a group word the parse makes the noun's compound
    does so as well ('a half-dozen people': 'dozen' tagged NN). A noun in -ing that the small model tags as a
    gerund (VBG) counts too when the parse gives it a number and a noun's role: 'he had one in-person meeting
    with him' (a dobj); a verb's -ing form takes no number."""
    return (
        (tok.dep_ in ("nummod", "quantmod") or tok.dep_ == "compound" and tok.lower_ in number_tables()["groups"])
        and (tok.head.pos_ in ("NOUN", "PROPN") or tok.head.tag_ == "VBG" and tok.head.dep_ in _NOUN_ROLES)
        and tok.head.i > tok.i
    )


def counts_plural_despite_tag(tok: Token) -> bool:
    """'Officers also issued 17,000 speeding and 210 mobile phone use tickets': the small model tags the bare
    "210" PRODUCT. A name tag on a number of digits alone, after no name ("Boeing 747"), that the parse sets on a
    plural common noun after it, names nothing: it counts that noun."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.ent_iob_ == "B"
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        and re.fullmatch(r"\d[\d,]*", tok.text) is not None
        and not is_year(tok.text)
        and (prev is None or prev.pos_ != "PROPN" and not prev.is_title)
        and counts_noun(tok)
        and tok.head.tag_ == "NNS"
    )


def number_root(span: Span) -> Token:
    """The span's token whose head lies outside it (the number word the parse attaches). Not a leading 'a' the parse
    makes the determiner of the noun after the number: in 'A half-million people live there' the root is 'million',
    which counts people."""
    for tok in span:
        if tok.i == span.start and len(span) > 1 and tok.dep_ == "det" and tok.lower_ in ("a", "an"):
            continue
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head == tok:
            return tok
    return span[-1]


@lru_cache(maxsize=1)
def change_rx() -> re.Pattern:
    """A verb of change (change_verbs.json from_to_levels) ending the text, up to three words before "from"
    ("scores jumped as well from"), none of them punctuation."""
    verbs = one_of(load("change_verbs")["from_to_levels"])
    return re.compile(rf"\b(?i:{verbs})(?:[ \u00a0]+[A-Za-z']+){{0,3}}[ \u00a0]+\Z")


# a word that ends the clause of a verb's object or opens a range of its own: past one, "from X to Y" is not the
# object's change ("cut jobs, which ranged from 5 to 10", "raised funds for children aged from 5 to 12")
_NOT_OF_OBJECT = (
    "and|but|or|nor|which|that|who|whom|whose|where|when|while|as|because|since|after|before|if|though|although|"
    "than|ranging|ranged|range|ranges|aged|ages|between|varying|vary|varied|spanning|anywhere"
)


@lru_cache(maxsize=1)
def object_change_rx() -> re.Pattern:
    """A verb that changes its object (change_verbs.json object_levels), then that object of four to eight words
    with no punctuation nor clause break, ending the text before "from" ("increase the average efficiency of
    multi-junction devices from")."""
    verbs = one_of(load("change_verbs")["object_levels"])
    word = rf"(?!(?i:{_NOT_OF_OBJECT})\b)[\w'’-]+"
    return re.compile(rf"\b(?i:{verbs})(?:[ \u00a0]+{word}){{4,8}}[ \u00a0]+\Z")


# a determiner or possessive opening the object of a verb of change: past one, a single 'and' joins the object's
# modifiers ("doubling its safety and security team from 10,000 to 20,000 workers", geowebnews) and is no break
_OBJECT_OPENERS = "its|the|their|his|her|our|your|my|a|an"


@lru_cache(maxsize=1)
def object_and_change_rx() -> re.Pattern:
    """A verb that changes its object (object_levels), then that object opened by a determiner or a possessive with
    one 'and' inside it (one to three words before it, two or three after it: the modifiers joined and the head
    noun), ending the text before "from" ("doubling its safety and security team from")."""
    verbs = one_of(load("change_verbs")["object_levels"])
    word = rf"(?!(?i:{_NOT_OF_OBJECT})\b)[\w'’-]+"
    return re.compile(
        rf"\b(?i:{verbs})[ \u00a0]+(?i:{_OBJECT_OPENERS})(?:[ \u00a0]+{word}){{1,3}}[ \u00a0]+and"
        rf"(?:[ \u00a0]+{word}){{2,3}}[ \u00a0]+\Z"
    )


@lru_cache(maxsize=1)
def changed_by_rx() -> re.Pattern:
    """A verb of change (from_to_levels), up to two words (perhaps quoted: 'rose "slightly"'), then 'by' and the
    change (one to four words, a number among them), perhaps the comparison it was measured against (a
    change_verbs.json by_comparisons opener and up to ten words, no punctuation), and a comma, ending the text
    before "from" ("rose by 37 percent, from"; 'rose "slightly" by 25 percent compared with those in the same group
    in other states, from')."""
    data = load("change_verbs")
    verbs = one_of(data["from_to_levels"])
    change = r"by(?=[^,]*\d)(?:[ \u00a0]+[\w.%$€£'’-]+){1,4}"
    against = rf"(?:[ \u00a0]+(?i:{one_of(data['by_comparisons'], spaced=True)})(?:[ \u00a0]+[\w'’-]+){{1,10}})?"
    adverb = r"(?:[ \u00a0]+[\"“]?[A-Za-z'’]+[\"”]?){0,2}"
    return re.compile(rf"\b(?i:{verbs}){adverb}[ \u00a0]+{change}{against},[ \u00a0]+\Z")


# 'from' and a price after it: a currency sign, perhaps after a code ("US$") or one word ("from about $5")
_FROM_PRICE = re.compile(r"from[ \u00a0]+(?:[A-Za-z]+[ \u00a0]+)?[A-Z]{0,3}[$€£¥₹]")


@lru_cache(maxsize=1)
def priced_things_rx() -> re.Pattern:
    """A plural noun (not one of change_verbs.json level_nouns), then a participle of motion (priced_motion),
    ending the text before "from" ("RTX 3080 cards going from")."""
    data = load("change_verbs")
    levels = one_of(data["level_nouns"])
    motion = one_of(data["priced_motion"])
    return re.compile(rf"\b(?!(?i:{levels})\b)[A-Za-z][a-z]+[^\Wsiu]s[ \u00a0]+(?i:{motion})[ \u00a0]+\Z")


def priced_things(text: str, start: int) -> bool:
    """'eBay has RTX 3080 cards going from $1,599 to $2,100': 'from' a price 'to' a price after things and a
    participle of motion that describes them (a reduced relative: 'cards that go for') is a range of the things'
    prices, not a change; a level's noun before it ('prices going from', level_nouns) is a change."""
    return (
        _FROM_PRICE.match(text, start) is not None
        and priced_things_rx().search(text, max(0, start - 60), start) is not None
    )


def changed_from(text: str, start: int) -> bool:
    """'cases in the county increased from nine to 13', 'unemployment rose from 3.9 per cent to 5.8 per cent': a
    range opened by 'from' (at start) right after a verb of change is the old and the new level, not one range;
    so it is after the object the verb changes ('increase the average efficiency of multi-junction devices from
    23% to 35%', 'doubling its safety and security team from 10,000 to 20,000 workers'), and after the change by an
    amount ('rose by 37 percent, from 0.90 percent to 1.23 percent'). The caller reads the two ends apart."""
    opens = re.match(r"from[ \u00a0]", text[start : start + 5], re.I) is not None
    if not opens or priced_things(text, start):
        return False  # "cards going from $1,599 to $2,100": the range of the cards' prices
    return (
        change_rx().search(text, max(0, start - 60), start) is not None
        or object_change_rx().search(text, max(0, start - 120), start) is not None
        or object_and_change_rx().search(text, max(0, start - 120), start) is not None
        or changed_by_rx().search(text, max(0, start - 160), start) is not None
    )
