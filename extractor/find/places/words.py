"""What the place finder's modules share: the Mention, the labels and patterns, places.json's word lists.

A Mention is one name found in a block, with the gazetteer senses it may have (candidates) and what its own
words say (a designator's kind, whether the model called it a place). `container` is the place it is written
after ('Bronx, New York'); `governed` says a state's title follows it ('New York Gov. Andrew Cuomo').
Vocabularies (nicknames, regions and seas, postal codes, organisation words) are data: places.json,
places_names.json; a word list several modules ask about, or one built from others (_name_neighbours: the words that
head, qualify or follow a place's name), is read here. What kind of place the gazetteer knows a name as
(strong_name, towns_named, is_nickname) is name_kinds.py's question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from ...data import one_of
from ...normalize.periods import tables as periods_tables
from ...normalize.places import tables

__all__ = [
    "ABBREVIATION_AFTER",
    "COMPOUND",
    "COMPOUND_IN_TEXT",
    "DATELINE",
    "DATELINE_AFTER_CREDIT",
    "DATELINE_BARE",
    "DATELINE_BRACKETED",
    "DATELINE_REGION",
    "EMBEDDING_LABELS",
    "HYPHENS",
    "LEDE_CAPITALS",
    "Mention",
    "PLACE_LABELS",
    "POSSESSIVES",
    "POSTAL_AFTER",
    "NUMBER_LABELS",
    "RESCUE_LABELS",
    "RESCUE_MIN_POPULATION",
    "SEAT_POPULATION",
    "TITLE_CHARS",
    "WORD",
    "after_own_number",
    "bare_name",
    "before_local_noun",
    "noun_follows",
    "calendar_words",
    "compass_feature_name",
    "designators_after_by",
    "designators_before_by_first",
    "designators_before_by_last",
    "glued_before",
    "glued_dash",
    "is_party_letter",
    "is_possessive",
    "looks_like_name",
    "token_runs",
    "word_before",
    "word_alternation",
    "word_set",
]


PLACE_LABELS = {"GPE", "LOC"}


# labels the small model gives to places it does not know (mostly ORG and PERSON: "Texas", "Tamil Nadu")
RESCUE_LABELS = {"ORG", "PERSON", "FAC", "PRODUCT", "NORP"}


# the model's numeric entities, which may swallow a name written right after the number ('706 Orange County' tagged
# PERCENT in 'a survey of 706 Orange County residents')
NUMBER_LABELS = {"CARDINAL", "PERCENT", "QUANTITY", "MONEY"}


SEAT_POPULATION = 500_000


TITLE_CHARS = 60  # how far a quoted title may reach on either side of a name in it


RESCUE_MIN_POPULATION = 100_000


# entities whose name may start with a place's ('U.S. Securities and Exchange Commission', 'Kentucky State
# Police') or end with one after 'of' ('the Government of Canada'): the place is a toponym used as a modifier
EMBEDDING_LABELS = {"ORG", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "PERSON", "NORP"}


# 'U.S.-led', 'Texas-based': one token, a place's name and a participle
COMPOUND = re.compile(r"^(?P<name>[A-Z][\w.&']*(?:\s[A-Z][\w.']*)?)-(?P<tail>[a-z]+)$")


# the same anywhere in a block's text: the blocks without a match (39 in 40) need no look at their tokens
COMPOUND_IN_TEXT = re.compile(COMPOUND.pattern[1:-1])


# 'U.S.-Mexico', 'U.S.-China': one token, two names a hyphen joins (untagged._joined_pair)
JOINED_PAIR = re.compile(r"^(?P<a>[A-Z][\w.&']*)-(?P<b>[A-Z][\w.']*)$")
JOINED_PAIR_IN_TEXT = re.compile(JOINED_PAIR.pattern[1:-1])


# the token that ends "Israel's", "Texas'"
POSSESSIVES = ("'s", "’s", "'", "’")


# a postal code of a state or province after a town and a comma, then no other word of a name
# not before a hyphen ('Austin, TX-based'), but before a dash of two ('LOUISVILLE, KY--(Marketwire)')
POSTAL_AFTER = re.compile(r",\s([A-Z]{2,3})(?:\.|(?!\w|-(?!-))(?!\s+[A-Z][a-z]))")


# one or two words with dots after a comma: 'Sask.', 'N.Y.', 'W. Va.'; or a dateline's one word without its dot
# before the station's bracket or a dash ('EDMONTON, Ky (WBKO) --'), which the abbreviations table must then list
ABBREVIATION_AFTER = re.compile(
    r",\s((?:[A-Z][A-Za-z.]{0,5}\.)(?:\s[A-Z][a-z]{0,3}\.)?|[A-Z][a-z]{1,3}(?=\s*(?:\(|—|–|--)))"
)


# datelines: "BEIRUT —", "COLUMBUS, Ohio (AP) —"
# at a line's start (spaces before it aside) or right after a sentence's end: 'Mason charged. BANTAM — A Danbury ...'
DATELINE = re.compile(r"(?:^[ \t]*|(?<=[.!?] ))([A-Z][A-Z.'\- ]{2,40}?)(?=\s*(?:,|—|–|-|\(|:))", re.M)
# a dateline's country or region in capitals after its town and a comma, before a dash, a bracket, a colon or the
# line's end: 'KHAN YOUNIS, GAZA — The Israeli assault', 'BAAR, SWITZERLAND' (letters only: 'N.Y.', 'FLA.', 'NY' are
# the abbreviations' and postal codes' own rules)
DATELINE_REGION = re.compile(r"[ \t]*,[ \t]*([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})(?=[ \t]*(?:—|–|-|\(|:|,|$))", re.M)
# and after a photograph's credit, a picture agency's words in title case: '© Getty Images MANCHESTER, ENGLAND -
# SEPTEMBER 28: Isolating students ...', '© Getty Images MANCHESTER (BRITAIN), Sept. 29, 2020 --'
DATELINE_AFTER_CREDIT = re.compile(
    r"©\s*(?:[A-Z][a-z][\w&.]*\s+){1,4}([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?=\s*(?:,|—|–|-|\(|:))"
)


# a dateline in brackets in title case at a line's start, before a dash: '(Red Oak) -- The three democratic candidates'
# (a local paper's way); the name must be a town's, a subdivision's or a country's (untagged._datelines)
# a lede's first words set in capitals after its article, before a lower-case word: 'A PARANAQUE court on Friday
# sentenced', 'THE MANILA police said' (the capitals are the page's type, the name a name)
LEDE_CAPITALS = re.compile(r"^[ \t]*(?:A|An|The|THE)[ \t]+([A-Z][A-Z'\-]{3,}(?: [A-Z][A-Z'\-]+){0,2})(?= [a-z])", re.M)
DATELINE_BRACKETED = re.compile(r"^[ \t]*\(([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)[ \t]*(?:--|—|–)", re.M)


# datelines with nothing between them and the story ("OKLAHOMA CITY The Latest on ...") at a line's start, and
# those after a byline, before an agency's name in brackets ("..., Associated Press WASHINGTON (AP) — China ..."):
# the capitalised words alone; the name must be a country's, a subdivision's or a large city's (mentions._datelines)
DATELINE_BARE = re.compile(
    r"(?:^[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?= [A-Z][a-z])"
    r"|(?<=[a-z] )([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?= \([A-Z]{2,8}\) ?[—–-]))",
    re.M,
)


@dataclass
class Mention:
    block: int
    start: int
    end: int
    name: str  # the name to look up: the span less designators and "the"
    hint: str | None = None  # the place_type a designator asks for
    strong: bool = True  # spaCy called it a place (not a rescued span)
    guess: bool = False  # read from a span the model called something else, or from no entity at all
    candidates: list[int] = field(default_factory=list)
    label: str = ""  # the model's label of the entity it was read from
    narrowed: bool = False  # its candidates were narrowed to the area written after it ('Petersburg, VA')
    follows: str | None = None  # the folded name written right before it and a comma ('New York' of 'New York, N.Y.')
    # the place it is written after ('Bronx, New York': the mention is what contains that place)
    container: Mention | None = None
    # a state's title follows ('New York Gov. Andrew Cuomo'): a subdivision or country is meant, not a town
    governed: bool = False
    # the title or body is a US state's ('Sen. David Perdue of Georgia', 'the Georgia National Guard'): a name that is
    # a country's and, as another place, a US state's is the state there (areas.sense_of)
    us_office: bool = False
    # a bare name after a locative preposition, read from no entity ('a plant at Belvidere'): a guess that only its
    # own subdivision named in the article, or a place of the article nearby, vouches for (resolve.in_context)
    local: bool = False
    # a populated place's own name after 'the' in a facility's or an organisation's name ('on the Near North Side':
    # rescue.the_town_after): only a place of the article nearby vouches for it, not its state (resolve.in_context)
    near_only: bool = False
    # the entity closes with a capitalised designator ('Grants Town') the gazetteer knows no place by with it: the
    # word may be the name's own, so the stripped name stands only where the article's places back it (designators)
    capital_designator: bool = False
    # a word for its people or its local government follows ('Nelson residents'): a town's own, that vouches for
    # the guess as the model's tag would (resolve._vouched)
    residents: bool = False
    # a verb of travel's goal or start ('Instead of driving to Castlegar'), a body's address ('Percy French Hotel,
    # Ballyjamesduff;'): the words say a place is meant as a designator would (rescue.cued), so no weak-name drop
    # (resolve.is_weak); still a guess resolve.in_context weighs
    cued: bool = False
    # the town it is written as a part of ('Giza's Haram district', 'the city's Abbassiya district': areas.town_parts),
    # whose point it takes where the gazetteer knows no place of its name near that town (areas.near_neighbours)
    part_of: Mention | None = None
    # the span is a part or the metro area of the town `name` is ('Upper Edmonton', 'the Greater Toronto Area':
    # designators.town_part): the kind of place the whole name is, recorded at the town's point
    town_part: str | None = None
    sentence: int = -1  # where its sentence starts in its block, set before the senses are chosen (resolve._mates)
    # read as a public body's jurisdiction, a law's or where an event is held, from the name around it ('Seattle Fire
    # and Police', 'the Houston Livestock Show & Rodeo'): that name says the place is meant, so a person's name of
    # the same word elsewhere in the article does not make it the person (not_places.persons_name)
    named_in: bool = False
    # written with a country or a state after it (alone, or as the head of a longer name) where the gazetteer knows no
    # place of its name, only far away ('the Newcastle Hill Station, St Andrew, Jamaica'): a place the gazetteer
    # lacks, unresolved in every mention (areas.placed_away)
    placed_away: bool = False
    # a world city's name the model tagged alone an organisation, in a place's role ('For Hyderabad, the presence of
    # Kane Williamson made ...': rescue.world_city_role): the city standing for its team or government, so a club's
    # name the model tagged a person ('Sunrisers Hyderabad') does not make it a person's word (not_places.persons_name)
    metonym: bool = False


@cache
def calendar_words() -> frozenset[str]:
    """Month, weekday and holiday names (dates.json): a date's words, never a misread place's."""
    t = periods_tables()
    return frozenset([*t["months"], *t["weekdays"], *(w for h in t["holidays"] for w in h.split())])


def bare_name(ent: Span) -> bool:
    """One to three capitalised proper nouns and nothing else: no number, no calendar word ('Christmas'). The model
    tags such a name a date, a language or an event now and then ('in Manbij near the Turkish border')."""
    return len(ent) <= 3 and all(
        t.pos == PROPN and t.is_title and t.is_alpha and t.lower_ not in calendar_words() for t in ent
    )


def before_local_noun(span: Span) -> bool:
    """'the Riverdale area', 'at the Riverdale gas station', 'the Nelson office': a name after 'the' or 'a' right before
    a lower-case noun for its people, a part of it or a thing that stands in it (data: resident_words,
    local_nouns_after), one lower-case word allowed between, says where the thing is. The article is what makes
    the noun's owner a place, not a person ('the Jackson family' has no such noun), and so does a camp ('on the
    Jabalya camp'): a candidate's ('the Warren camp' beside 'Elizabeth Warren') is not_places.persons_name's."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in ("the", "a", "an") and not after_own_number(span):
        return False
    return noun_follows(span, word_set("resident_words") | word_set("local_nouns_after"))


def after_own_number(span: Span) -> bool:
    """'a survey of 706 Orange County residents' ('706 Orange County' tagged PERCENT): the number the model's numeric
    entity opens with, right before the name inside that entity, stands where an article would ('the Orange County
    residents')."""
    if span.start == 0 or span[0].ent_iob_ != "I" or span[0].ent_type_ not in NUMBER_LABELS:
        return False
    number = span.doc[span.start - 1]
    return number.like_num and number.ent_type == span[0].ent_type


def noun_follows(span: Span, nouns: frozenset[str]) -> bool:
    """One of `nouns` right after the span, or after one lower-case word ('the Riverdale gas station', 'Hampshire
    racing driver')."""
    after = list(span.doc[span.end : span.end + 2])
    if after and after[0].lower_ in nouns:
        return True
    return len(after) == 2 and after[0].is_lower and after[0].is_alpha and after[1].lower_ in nouns


def is_possessive(tok) -> bool:
    return tok.lower_ in POSSESSIVES


def looks_like_name(text: str) -> bool:
    return any(ch.isupper() for ch in text[:1]) and any(ch.isalpha() for ch in text)


def _words(phrases) -> list[tuple[list[str], str]]:
    items = [(p.split(), kind) for p, kind in phrases]
    return sorted(items, key=lambda x: -len(x[0]))


@cache
def word_set(key: str) -> frozenset[str]:
    """One of places.json's word lists, as a set."""
    return frozenset(tables()[key])


def compass_feature_name(name: str) -> bool:
    """'Central Coast', 'the West Coast': compass words and a feature's generic word (data: direction_words,
    geo_heads), a name every country with a coast or a valley gives a part of itself; which one the story decides."""
    words = name.removeprefix("The ").removeprefix("the ").replace("-", " ").lower().split()
    return len(words) > 1 and set(words[:-1]) <= word_set("direction_words") and words[-1] in word_set("geo_heads")


@cache
def word_alternation(key: str) -> str:
    """One of places.json's word lists as a regex alternation, the longest phrase first."""
    return one_of(word_set(key))


@lru_cache(maxsize=1)
def _designators_after() -> list[tuple[list[str], str]]:
    return _words(tables()["designators_after"].items())


@lru_cache(maxsize=1)
def _designators_before() -> list[tuple[list[str], str]]:
    return _words(tables()["designators_before"].items())


# Designators by their first or last word, longest first as above: a span is compared only with those that
# can start or end it, not with all 25 in turn.
@lru_cache(maxsize=2)
def designators_after_by(at: int) -> dict[str, list[tuple[list[str], str]]]:
    return _by_word(_designators_after(), at)


@lru_cache(maxsize=1)
def designators_before_by_last() -> dict[str, list[tuple[list[str], str]]]:
    return _by_word(_designators_before(), -1)


@lru_cache(maxsize=1)
def designators_before_by_first() -> dict[str, list[tuple[list[str], str]]]:
    """The same designators by their first word: 'the City of Montreal' is one entity that starts with one."""
    return _by_word(_designators_before(), 0)


def _by_word(designators: list[tuple[list[str], str]], at: int) -> dict[str, list[tuple[list[str], str]]]:
    out: dict[str, list[tuple[list[str], str]]] = {}
    for words, kind in designators:
        out.setdefault(words[at], []).append((words, kind))
    return out


@cache
def _name_neighbours() -> frozenset[str]:
    """Words that head, qualify or follow a place's name, or name a body or an office of it, and calendar words."""
    keys = (
        "name_prefixes",
        "direction_words",
        "geo_heads",
        "company_heads",
        "organisation_heads",
        "institution_heads",
        "local_body_heads",
        "office_titles",
        "person_titles",
        "people_plurals",
    )
    return frozenset().union(*map(word_set, keys)) | calendar_words()


HYPHENS = ("-", "‐", "–")

# a lower-case word, hyphened or not: what a sentence's vocabulary is read in ('game', 'play-off')
WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def word_before(text: str, start: int) -> str | None:
    """The word right before `start` (within 20 characters), lower-cased, a 'the' between skipped ('in the' gives
    'in'), or None: the preposition that puts something in a place or not."""
    before = re.search(r"(\w+)\s+(?:the\s+)?$", text[max(0, start - 20) : start])
    return before.group(1).lower() if before is not None else None


def glued_dash(tok: Token, dashes: tuple[str, ...] = HYPHENS) -> bool:
    """`tok` is one of `dashes` with no space on either side, so it joins the words around it into one
    ('R-Texas', 'Europe-Asia', 'University–New Brunswick'); a spaced dash sets a name apart instead."""
    return tok.i > 0 and tok.text in dashes and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def glued_before(span: Span) -> Token | None:
    """The word a hyphen glues right before the span, with no space on either side ('R' of 'R-Texas', 'T' of
    'T-Mobile'), or None."""
    if span.start < 2 or not glued_dash(span.doc[span.start - 1]):
        return None
    return span.doc[span.start - 2]


def is_party_letter(tok: Token) -> bool:
    """A legislator's party letter as written before a state ('D' of 'D-N.J.', 'R' of 'R-Texas'; data: party_letters):
    one upper-case letter."""
    return len(tok.text) == 1 and tok.is_upper and tok.lower_ in word_set("party_letters")


def token_runs(tokens: Iterable[Token], keep: Callable[[Token], bool]) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the longest runs of adjacent tokens that `keep` accepts."""
    runs: list[tuple[int, int]] = []
    for tok in tokens:
        if keep(tok):
            if runs and runs[-1][1] == tok.i:
                runs[-1] = (runs[-1][0], tok.i + 1)
            else:
                runs.append((tok.i, tok.i + 1))
    return runs
