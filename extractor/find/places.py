"""Places: spaCy's GPE/LOC entities (and a few spans it mislabels), resolved against the gazetteer.

Resolution is a scored decision: each gazetteer sense of a name gets named features (_features, weights in WEIGHTS):
its population as the prior (unknown populations as a village's), its kind (a country's or a region's name means it,
not a namesake town), a capital, a subdivision that surrounds a big city of its name (the city is meant), its own name
or an alternate one, the kind a designator asks for ("Aksu prefecture"), what the article says (its countries and
states, its other places nearby; together capped, so that context picks among like senses but does not make a
village of a state), the publication's country, and the model's label (LOC/FAC are seas, planets and buildings, not
towns). The best sense wins; a town whose best score stays under NOT_A_PLACE is no place at all ('Mars', 'Cisco',
'secret Santa'), unless a designator or the state written after it ('Petersburg, VA', 'Melville, Sask.') says it is.
One sense per name per article, so that in an article about Xinjiang "Aksu" is the Chinese city, not the Kazakh one;
a mention's own words may overrule it: the state written after a town is that town's country's ('Atlanta, Georgia'),
and a state's and big city's name listed among cities is the city ('Washington, New York and Boston'). A name that is
part of a longer one is no place: a quoted title ('The Purple Rose of Cairo'), a publication's or a school's ('Miami
Today', 'University of North Carolina at Chapel Hill'), a person's or a brand's ('Greil Marcus', 'Avanti West Coast').
Vocabularies (nicknames, regions and seas, postal codes, organisation words) are data: places.json, places_names.json.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.symbols import NOUN, PROPN, nsubj
from spacy.tokens import Doc, Span, Token

from ..nlp import text_of
from ..normalize.places import Gazetteer, Place, fold, gazetteer, tables

PLACE_LABELS = {"GPE", "LOC"}
# labels the small model gives to places it does not know (mostly ORG and PERSON: "Texas", "Tamil Nadu")
RESCUE_LABELS = {"ORG", "PERSON", "FAC", "PRODUCT", "NORP"}
NEAR_KM = 400
# ranking bonuses for a candidate in a country the article names, in a state or province it names ('countries'
# also holds those ISO 3166-2 codes), and near one of its other places
# the weights of the evidence for a sense of a name (_features): a sense's score is the log10 of its population plus
# these. A country's or a region's name means it far more often than a town named after it; the article's own
# countries, states and places (together at most context_cap) decide between senses of like size, not between a
# state and a village; a model's LOC/FAC label speaks against a town
WEIGHTS = {
    "capital": 1.0,
    "kind_country": 3.0,
    "kind_region": 2.0,
    "own_name": 0.5,
    "designator_fits": 3.0,
    "designator_misfits": -1.0,
    "article_country": 1.0,
    "article_state": 1.0,
    "near": 1.5,
    "context_cap": 3.5,
    "publisher": 0.5,
    "label_misfits": -2.0,
    "namesake_city": -1.5,
}
SEAT_POPULATION = 500_000
UNKNOWN_POPULATION = 1000
SEAT_KM = 100
# a town whose best score is lower is 'not a place' (unless a designator or its area says it is): a village of a
# few hundred people far from the article's places, or a small one anywhere with nothing near it
NOT_A_PLACE = 4.5
NEAR_KM_ADMIN = 800  # a subdivision's centre is far from the towns in it
TITLE_CHARS = 60  # how far a quoted title may reach on either side of a name in it
RESCUE_MIN_POPULATION = 100_000
# entities whose name may start with a place's ('U.S. Securities and Exchange Commission', 'Kentucky State
# Police') or end with one after 'of' ('the Government of Canada'): the place is a toponym used as a modifier
EMBEDDING_LABELS = {"ORG", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "PERSON", "NORP"}
# 'U.S.-led', 'Texas-based': one token, a place's name and a participle
COMPOUND = re.compile(r"^(?P<name>[A-Z][\w.&']*(?:\s[A-Z][\w.']*)?)-(?P<tail>[a-z]+)$")
# the same anywhere in a block's text: the blocks without a match (39 in 40) need no look at their tokens
COMPOUND_IN_TEXT = re.compile(COMPOUND.pattern[1:-1])
# the token that ends "Israel's", "Texas'"
POSSESSIVES = ("'s", "’s", "'", "’")
# a postal code of a state or province after a town and a comma, then no other word of a name
POSTAL_AFTER = re.compile(r",\s([A-Z]{2,3})(?:\.|(?![\w-])(?!\s+[A-Z][a-z]))")
# one or two words with dots after a comma: 'Sask.', 'N.Y.', 'W. Va.'
ABBREVIATION_AFTER = re.compile(r",\s((?:[A-Z][A-Za-z.]{0,5}\.)(?:\s[A-Z][a-z]{0,3}\.)?)")
# datelines: "BEIRUT —", "COLUMBUS, Ohio (AP) —"
DATELINE = re.compile(r"^([A-Z][A-Z.'\- ]{2,40}?)(?=\s*(?:,|—|–|-|\(|:))", re.M)


@dataclass
class Context:
    """What the article says around a name: the countries and ISO 3166-2 subdivisions it names, its other places'
    points, the publication's country."""

    countries: set[str]
    points: list
    publisher: str | None = None


class Choice(NamedTuple):
    sense: int  # the candidate's index in the gazetteer
    score: float


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
    # the place it is written after ('Bronx, New York': the mention is what contains that place) or True when a
    # state's title follows ('New York Gov. Andrew Cuomo'): a subdivision or country is meant, not a town
    container: Mention | bool | None = None


def find_places(docs: list[Doc], publisher: str | None = None) -> list[dict]:
    """Candidates of kind "place": name, place_type, country_code, lat, lon, gazetteer_id.
    The whole article is passed so that its other places can disambiguate each one; `publisher` is the
    publication's country (ISO 3166-1) where known."""
    gz = gazetteer()
    ents = [doc.ents for doc in docs]  # spaCy builds Doc.ents anew on each read
    votes = _votes(ents)
    mentions = []
    for i, doc in enumerate(docs):
        mentions += _mentions(i, doc, ents[i], gz, votes)
    for m in mentions:
        m.candidates = gz.lookup(m.name)
    mentions += _postal_codes(mentions, docs, gz)
    _narrow_to_named_area(mentions, docs, gz)
    people = _people(ents)
    speakers = _speakers(docs)
    mentions = [
        m
        for m in mentions
        if _keep(m, gz)
        and not _persons_name(m, people)
        and not (fold(m.name) in speakers and not _speaks_for_government(m, gz))
    ]
    choices = _resolve(mentions, gz, publisher)[0]
    mentions = [m for m in mentions if not _weak(m, gz, choices.get(fold(m.name)))]
    chosen = {k: c.sense for k, c in choices.items()}
    mentions = _in_context(mentions, gz, chosen)
    mentions.sort(key=lambda m: (m.block, m.start))
    _mark_containers(mentions, docs)
    senses = [_sense(m, gz, chosen) for m in mentions]
    _cities_in_lists(mentions, senses, docs, gz)
    return [_record(m, gz, i) for m, i in zip(mentions, senses, strict=True)]


def _cities_in_lists(mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer) -> None:
    """'stops in Washington, New York and Boston': a name that is a state's and a big city's, listed among cities,
    is the city. Not after a town of that state ('Albany, New York'), where it says where the town is."""
    for k, m in enumerate(mentions):
        index = senses[k]
        if index is None or m.hint or gz.places[index].place_type != "admin1":
            continue
        state = gz.places[index].gazetteer_id
        listed = [j for j in (k - 1, k + 1) if 0 <= j < len(mentions) and _listed(mentions, min(j, k), docs)]
        near = {j: gz.places[i] for j in listed if (i := senses[j]) is not None}
        if not any(p.place_type in ("city", "locality") for p in near.values()) or (
            k - 1 in near and f"iso3166-2:{near[k - 1].parent}" == state
        ):
            continue
        key = fold(m.name)
        cities = [
            i
            for i in m.candidates
            if gz.places[i].place_type == "city"
            and gz.places[i].population >= SEAT_POPULATION
            and fold(gz.places[i].name) in (key, key + " city")
        ]
        senses[k] = max(cities, key=lambda i: gz.places[i].population, default=index)


def _listed(mentions: list[Mention], j: int, docs: list[Doc]) -> bool:
    """Mentions j and j + 1 are items of one list: in one block, joined by a comma or 'and' ('Washington, New York')."""
    a, b = mentions[j], mentions[j + 1]
    return a.block == b.block and text_of(docs[a.block])[a.end : b.start] in (", ", " and ", ", and ", " or ")


def _votes(ents: Sequence[Sequence[Span]]) -> set[str]:
    """Names spaCy calls a place somewhere in the article: elsewhere its PERSON/ORG label is the slip."""
    out = set()
    for e in (e for block in ents for e in block if e.label_ in PLACE_LABELS):
        span = _strip_designators(e)[0]
        if span is not None:
            out.add(fold(span.text))
    return out


def _narrow_to_named_area(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> None:
    """'PARIS, Mo.', 'London, Ontario', 'Petersburg, VA', 'Monroe County in northeast Missouri': a town or county
    written with its state or country after it is in it, and so is every mention of its name in the article. Not in
    lists of countries or states ('Israel, Jordan')."""
    areas: dict[str, set[str]] = {}
    ordered = sorted(mentions, key=lambda m: (m.block, m.start))
    for prev, m in zip(ordered, ordered[1:], strict=False):
        between = text_of(docs[m.block])[prev.end : m.start]
        if prev.block == m.block and _within(between) and not _country_or_state(prev, gz):
            areas.setdefault(fold(prev.name), set()).update(_area_codes(m, gz))
    for m in ordered:
        code = _postal_after(m, docs, gz)
        if code and not _country_or_state(m, gz):
            areas.setdefault(fold(m.name), set()).update(code)
    for m in mentions:
        codes = areas.get(fold(m.name))
        inside = (
            [
                i
                for i in m.candidates
                if gz.places[i].place_type in ("city", "locality", "admin2")
                and (gz.places[i].country_code in codes or gz.places[i].parent in codes)
            ]
            if codes
            else []
        )
        if inside:
            m.candidates, m.narrowed = inside, True


def _postal_codes(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """A state's or province's postal code or abbreviation after a town and a comma is a place ('Phoenix, AZ',
    'Melville, Sask.'): the mention the model made of it gets the subdivisions it may name as candidates, else it is
    a new mention."""
    at = {(m.block, m.start): m for m in mentions}
    out = []
    for m in mentions:
        found = _area_after(m, docs, gz)
        if found is None or _country_or_state(m, gz):
            continue
        start, end, candidates = found
        code = at.get((m.block, start))
        if code is None:
            code = Mention(m.block, start, end, "", strong=False)
            at[(m.block, start)] = code
            out.append(code)
        code.candidates, code.end = candidates, end
        code.name = text_of(docs[m.block])[start:end]
    return out


def _area_after(m: Mention, docs: list[Doc], gz: Gazetteer) -> tuple[int, int, list[int]] | None:
    """The span and the candidates of a postal code ('Petersburg, VA.', 'Toronto, ON @ Budweiser Stage'; not followed
    by another capitalised word: 'Paris, OR Rome') or an abbreviation ('Melville, Sask.', 'Beckley, W. Va.') written
    right after the mention and a comma."""
    text = text_of(docs[m.block])
    match = POSTAL_AFTER.match(text, m.end)
    if match and gz.postal.get(match.group(1)):
        return match.start(1), match.end(1), gz.postal[match.group(1)]
    match = ABBREVIATION_AFTER.match(text, m.end)
    if match:
        for k in (2, 1):
            abbr = " ".join(match.group(1).split()[:k])
            if abbr in gz.abbreviation:
                return match.start(1), match.start(1) + len(abbr), [gz.abbreviation[abbr]]
    return None


def _postal_after(m: Mention, docs: list[Doc], gz: Gazetteer) -> set[str]:
    """The ISO 3166-2 codes of the state or province whose code or abbreviation is written right after the mention."""
    found = _area_after(m, docs, gz)
    ids = (gz.places[i].gazetteer_id for i in (found[2] if found else []))
    return {i.removeprefix("iso3166-2:") for i in ids if i}


def _within(between: str) -> bool:
    """What joins a town to the area it lies in: ', ' ('Paris, Texas') or 'in' and maybe a direction ('Monroe County
    in northeast Missouri')."""
    words = between.split()
    return between == ", " or (
        bool(words)
        and words[0] == "in"
        and len(words) <= 2
        and all(w in _word_set("direction_words") for w in words[1:])
    )


def _country_or_state(m: Mention, gz: Gazetteer) -> bool:
    key = fold(m.name)
    return any(
        gz.places[i].place_type == "country" or (gz.places[i].place_type == "admin1" and fold(gz.places[i].name) == key)
        for i in m.candidates
    )


def _area_codes(m: Mention, gz: Gazetteer) -> set[str]:
    """The country codes and ISO 3166-2 codes a mention can name: 'Mo.' -> US-MO, 'France' -> FR."""
    key, out = fold(m.name), set()
    for i in m.candidates:
        p = gz.places[i]
        if p.place_type == "country":
            assert p.country_code is not None  # every country entry is built from its ISO code
            out.add(p.country_code)
        elif p.place_type == "admin1" and p.gazetteer_id and (fold(p.name) == key or m.name in gz.abbreviation):
            out.add(p.gazetteer_id.removeprefix("iso3166-2:"))
    return out


def _mark_containers(mentions: list[Mention], docs: list[Doc]) -> None:
    for prev, m in zip([None, *mentions], mentions, strict=False):
        text = text_of(docs[m.block])
        if prev is not None and prev.block == m.block and text[prev.end : m.start] == ", ":
            m.container = prev
        elif re.match(r"\s+(?:Gov\.|Governor\b|Lt\. Gov\.)", text[m.end : m.end + 16]):
            m.container = True


def _sense(m: Mention, gz: Gazetteer, chosen: dict[str, int]) -> int | None:
    """The article's sense of the name, unless the mention must be a subdivision or country ('Bronx, New York',
    'Everett, Washington') and the name has such a sense: then that one, in the country of the place before it."""
    index = chosen.get(fold(m.name))
    if index is None or not m.container or m.hint:
        return index
    inner = (
        gz.places[chosen[fold(m.container.name)]]
        if isinstance(m.container, Mention) and fold(m.container.name) in chosen
        else None
    )
    # 'Atlanta, Georgia' in an article whose Georgia is the country: after a town, the area is the town's own
    if gz.places[index].place_type in ("country", "admin1") and (
        inner is None or inner.country_code == gz.places[index].country_code
    ):
        return index
    key = fold(m.name)  # a subdivision by its own name only: 'Paris' is no name of Ile-de-France here
    wide = [
        i
        for i in m.candidates
        if (
            gz.places[i].place_type == "country"
            or (gz.places[i].place_type == "admin1" and fold(gz.places[i].name) == key)
        )
        and (inner is None or gz.places[i].country_code == inner.country_code)
    ]
    if inner is not None and inner.parent:
        wide = [
            i
            for i in wide
            if gz.places[i].place_type == "country" or gz.places[i].gazetteer_id == f"iso3166-2:{inner.parent}"
        ] or wide
    return max(wide, key=lambda i: gz.places[i].population, default=index)


# ------------------------------------------------------------------ mentions


def _mentions(block: int, doc: Doc, ents: Sequence[Span], gz: Gazetteer, votes: set[str]) -> list[Mention]:
    out: list[Mention] = []
    taken: set[int] = set()
    for ent in ents:
        m = _from_entity(block, ent, gz, votes)
        if m is None and ent.label_ in EMBEDDING_LABELS:
            m = _embedded(block, ent, gz)
        if m is not None:
            m.label = ent.label_
            out.append(m)
            taken.update(range(m.start, m.end))
    for m in [*_datelines(block, doc, gz), *_compounds(block, doc, gz), *_untagged(block, doc, gz, votes)]:
        if not taken.intersection(range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    return _widen(out, doc, gz)


def _widen(mentions: list[Mention], doc: Doc, gz: Gazetteer) -> list[Mention]:
    """Names the model cut short, made whole (_widen_left, _widen_right); mentions a widened one covers go."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.end <= out[-1].end:
            continue  # swallowed by the widened mention before it
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and not m.hint and fold(m.name) == fold(span.text):
            _widen_left(m, span, gz)
            _widen_right(m, span, gz)
        while out and out[-1].start >= m.start:  # 'Baja' tagged apart from 'California'
            out.pop()
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _widen_left(m: Mention, span: Span, gz: Gazetteer) -> None:
    """A capitalised word or two before the name that make a longer name the gazetteer knows: 'Baja California',
    'Boa Vista'."""
    doc = span.doc
    for k in (2, 1):
        lead = doc[max(0, span.start - k) : span.start]
        if (
            len(lead) == k
            and all(
                t.is_title
                and t.is_alpha
                and t.pos_ == "PROPN"
                and t.lower_ != "the"
                and t.ent_type_ not in ("PERSON", "ORG")
                for t in lead
            )
            and _own_name(doc[lead.start : span.end].text, gz)
        ):
            m.start, m.name = lead.start_char, doc[lead.start : span.end].text
            return


def _widen_right(m: Mention, span: Span, gz: Gazetteer) -> None:
    """A comma and an abbreviation ('Washington, D.C.'), 'of' and words that make a place's own name ('Port of
    Spain' tagged 'Port', 'Spain'), words (or 'and' and words) that make a country's or a subdivision's ('U.S.
    Virgin Islands' tagged 'U.S.', 'Trinidad and Tobago'). Each may lengthen what the one before made."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        for k in (2, 1):
            last = doc[min(len(doc), span.end + 1 + k) - 1]
            whole = doc.char_span(m.start, last.idx + len(last))
            if whole is not None and whole.text in gz.abbreviation:
                m.end, m.name = whole.end_char, whole.text
                break
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        _widen_to(m, doc[span.end + 1 : span.end + 4], gz, lambda t: t.is_title)
    if span.end < len(doc):
        skip = int(doc[span.end].lower_ == "and")
        _widen_to(
            m, doc[span.end + skip : span.end + skip + 3], gz, lambda t: t.is_title and t.pos_ == "PROPN", wide=True
        )


def _widen_to(m: Mention, after: Span, gz: Gazetteer, fits: Callable[[Token], bool], wide: bool = False) -> None:
    """The mention through the first three, two or one of the words after it that all fit and make a name."""
    for k in (3, 2, 1):
        tail = after[:k]
        whole = after.doc.char_span(m.start, tail.end_char) if len(tail) == k else None
        if whole is not None and all(fits(t) for t in tail) and _own_name(whole.text, gz, wide=wide):
            m.end, m.name = whole.end_char, whole.text
            return


def _own_name(name: str, gz: Gazetteer, wide: bool = False) -> bool:
    key = fold(name)
    return any(
        fold(gz.places[i].name) == key or (wide and gz.places[i].place_type == "country")
        for i in gz.lookup(name)
        if not wide or gz.places[i].place_type in ("country", "admin1")
    )


def _untagged(block: int, doc: Doc, gz: Gazetteer, votes: set[str]) -> list[Mention]:
    """Runs of proper nouns outside any entity that name a country, a subdivision or a big city outright
    (the small model misses 'Aleppo' in some sentences)."""
    out = []
    for start, end in _name_runs(doc):
        span = doc[start:end]
        if doc[start].pos != PROPN and not _town_of_next(span, gz):
            continue  # a capitalised common noun is a name only with its state or country after it
        if (
            not _after_person_title(span)
            and fold(span.text) not in _word_set("not_places")
            and (_rescued(span.text, "ORG", None, gz, set()) or _town_of_next(span, gz))
        ):
            out.append(Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True))
    return out


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of capitalised proper nouns and title-case common nouns outside any entity."""
    runs: list[tuple[int, int]] = []
    for tok in doc:
        if tok.ent_type == 0 and (tok.pos == PROPN and tok.text[:1].isupper() or tok.pos == NOUN and tok.is_title):
            if runs and runs[-1][1] == tok.i:
                runs[-1] = (runs[-1][0], tok.i + 1)
            else:
                runs.append((tok.i, tok.i + 1))
    return runs


def _from_entity(block: int, ent: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    if ent.label_ not in PLACE_LABELS and ent.label_ not in RESCUE_LABELS:
        return None  # dates, numbers, laws: none is a place, so none is worth the look-ups below
    span, hint = _strip_designators(ent, gz)
    if span is None or not _looks_like_name(span.text):
        return None
    name = span.text
    # the span is the mention as written, designators included ('Awat county'); `name` is what is looked up;
    # a direction before the name ('north west London') and a possessive after it are left out
    start = span.start_char
    end = ent.end_char if span.end == ent.end or not _possessive(ent[-1]) else span.end_char
    after_end, after_hint = _designator_after(ent)
    if after_hint:
        end, hint = after_end, hint or after_hint
    if hint and hint != "admin1" and _before_of(ent, end) and _state_name(name, gz):
        hint, end = None, span.end_char  # 'the Hunan city of Yueyang': the word heads the next name
    before = _designator_before(ent)
    # 'the Southern District of Ohio', 'the region of Tuscany': a state's name after a lesser area's word is the state
    hint = hint or (None if before == "admin2" and _state_name(name, gz) else before)
    if hint in ("admin2", "city", "locality") and any(gz.places[i].place_type == "country" for i in gz.lookup(name)):
        # 'a U.S. city', 'the U.S. District Court': the word is about what follows, the country is the place
        hint, end = None, span.end_char
    if ent.label_ in PLACE_LABELS:
        if (
            fold(name) in _word_set("not_places")
            or _after_person_title(ent)
            or _inside_name(ent)
            or _in_title(ent)
            or _campus(ent)
            or _after_unknown_name(ent, name, gz)
            or _qualifies_next_name(ent, name)
        ):
            return None
        if hint == "city" and ent.text.endswith(" City") and not gz.lookup(name):
            return None  # 'the Cloud City', 'Emerald City': a capitalised City after an unknown word is a whole name
        if ent.text.lower().startswith("the ") and span.start == ent.start + 1:
            start = ent.start_char
        return Mention(block, start, end, name, hint)
    if ent.label_ in RESCUE_LABELS and (_rescued(name, ent.label_, hint, gz, votes) or _place_cue(ent, span, gz)):
        # a nickname is no guess: 'the Palmetto State' names nothing but South Carolina
        return Mention(block, start, end, name, hint, strong=False, guess=not _nickname(name, gz))
    return None


def _in_title(ent: Span) -> bool:
    """'“The Purple Rose of Cairo“': a name inside a quoted title of a work (three words or more, each capitalised
    but the short function words) is part of the title."""
    text = text_of(ent.doc)
    left = text.rfind("“", max(0, ent.start_char - TITLE_CHARS), ent.start_char)
    left = max(left, text.rfind('"', max(0, ent.start_char - TITLE_CHARS), ent.start_char))
    if left < 0:
        return False
    match = re.search(r"[”“\"]", text[ent.end_char : ent.end_char + TITLE_CHARS])
    if match is None or re.search(r"[”\"]", text[left + 1 : ent.start_char]):
        return False
    words = re.findall(r"[\w'’&-]+", text[left + 1 : ent.end_char + match.start()])
    return len(words) >= 3 and all(w[:1].isupper() or w in _word_set("title_small_words") for w in words)


def _after_unknown_name(ent: Span, name: str, gz: Gazetteer) -> bool:
    """'Greil Marcus', 'Avanti West Coast': a capitalised proper noun right before the name, outside any entity, that
    makes no known name with it, makes the two a person's or a brand's name. Not a word that begins place names
    ('Greater', 'Fort', 'North'), nor before a country's or a big city's name (a title-case headline)."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    if not (prev.pos == PROPN and prev.is_title and prev.is_alpha and prev.ent_type == 0 and prev.whitespace_):
        return False
    if prev.lower_ in _word_set("name_prefixes") | _word_set("direction_words") | _word_set("geo_heads"):
        return False
    if gz.lookup(f"{prev.text} {name}"):
        return False
    key = fold(name)
    return not any(
        p.place_type == "country"
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _qualifies_next_name(ent: Span, name: str) -> bool:
    """'North East Somerset' tagged 'North East': a name of directions only, right before a capitalised proper noun,
    says which part of that name is meant; alone it would be some country's 'North East' region."""
    doc = ent.doc
    if ent.end >= len(doc) or not all(w in _word_set("direction_words") for w in name.lower().split()):
        return False
    nxt = doc[ent.end]
    return nxt.pos == PROPN and nxt.is_title and nxt.is_alpha


def _campus(ent: Span) -> bool:
    """'University of North Carolina at Chapel Hill': a place after 'at' that ends a school's name is the campus's."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "at" or doc[ent.start - 2].ent_type_ != "ORG":
        return False
    org = doc[ent.start - 2]
    first = org.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    words = {t.lower_ for t in doc[first : org.i + 1]}
    return bool(words & _word_set("organisation_heads"))


def _before_of(ent: Span, end_char: int) -> bool:
    """'the Hunan city of Yueyang': the designator after the name heads the next name, not this one."""
    return bool(re.match(r"\s+of\s", text_of(ent.doc)[end_char : end_char + 4]))


def _state_name(name: str, gz: Gazetteer) -> bool:
    """The own name of a country or a first-level subdivision ('Ohio', 'Hunan'), not an alternate one."""
    key = fold(name)
    return any(
        gz.places[i].place_type in ("country", "admin1") and fold(gz.places[i].name) == key for i in gz.lookup(name)
    )


def _inside_name(ent: Span) -> bool:
    """A place's name that begins a longer name the model cut: a title after 'The' ('The Hollywood Reporter', 'The
    Boston Globe'), a publication's or a school's head word ('Miami Today', 'Washington Post') or a team's plural
    ('Pittsburgh Penguins', 'Golden State Warriors'). Not a place's own head word
    ('Palm Springs', 'Virgin Islands') nor a designator ('Hubei Province')."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    if not (nxt.is_title and nxt.is_alpha and nxt.pos == PROPN) or nxt.lower_ in _word_set("geo_heads"):
        return False
    if _designators_after_by(0).get(nxt.lower_):
        return False
    the = ent.start > 0 and doc[ent.start - 1].text == "The"
    # 'Miami Today', 'Washington Post', 'Oxford University': a publication's, a school's or a club's name
    return (
        the
        or nxt.lower_ in _word_set("organisation_heads")
        or (nxt.lower_.endswith("s") and not nxt.lower_.endswith("ss"))
    )


def _town_of_next(span: Span, gz: Gazetteer) -> bool:
    """'Toulouse, France', 'Klamath Falls, Oregon': a town the gazetteer knows in the state or country named
    right after the comma."""
    doc = span.doc
    # the words first, the gazetteer only then: most names have no comma and capital after them
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or not doc[span.end + 1].text[:1].isupper():
        return False
    key = fold(span.text)
    towns = [gz.places[i] for i in gz.lookup(span.text)]
    towns = [p for p in towns if p.place_type in ("city", "locality", "admin2") and fold(p.name) == key]
    if not towns:
        return False
    nxt = doc[span.end + 1]
    for n in range(min(3, len(doc) - nxt.i), 0, -1):
        areas = [gz.places[i] for i in gz.lookup(doc[nxt.i : nxt.i + n].text)]
        if any(
            t.country_code == a.country_code
            and (a.place_type == "country" or t.parent is None or a.gazetteer_id == f"iso3166-2:{t.parent}")
            for t in towns
            for a in areas
            if a.place_type in ("country", "admin1")
        ):
            return True
    return False


def _place_cue(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """The words around a PERSON/ORG span that the gazetteer knows as a town make it the town: a locative
    preposition before it ('a gas station in Riverdale', 'who was from Dewsbury'), a word for its people or its
    local government after it ('Nelson residents'), or its state or country after a comma ('Klamath Falls, Oregon')."""
    if _after_person_title(ent) or len(ent) > len(span) + 1:
        return False
    key = fold(span.text)
    towns = [gz.places[i] for i in gz.lookup(span.text)]
    towns = [p for p in towns if p.place_type in ("city", "locality", "admin2") and fold(p.name) == key]
    if not towns:
        return False
    doc = ent.doc
    if span.end == ent.end and _town_of_next(span, gz):
        return True
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if ent[0].lower_ in ("the", "a") or ent.label_ != ent[0].ent_type_:
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in _word_set("resident_words"):  # 'Nelson residents', 'the Danbury police'
        return True
    return before in _word_set("locative_prepositions") and after not in ("'s", "’s")


def _strip_designators(ent: Span, gz: Gazetteer | None = None) -> tuple[Span | None, str | None]:
    """'Zhejiang province' -> ('Zhejiang', admin1); 'the United States' -> 'United States'.
    A name the gazetteer knows whole keeps its designator-like word: 'Cape Town', 'Yuba City'."""
    # token positions and lower-case words, not Token objects and slices: this runs on every entity
    doc, lowered = ent.doc, [t.lower_ for t in ent]
    start, end = 0, len(lowered)
    while start < end and lowered[start] in ("the", "a"):
        start += 1
    if end - start > 1 and lowered[end - 1] in POSSESSIVES:
        end -= 1
    if start == end:
        return None, None
    span = doc[ent.start + start : ent.start + end]
    if gz is None:
        return _strip_designator_after(span, lowered[start:end])
    if gz.lookup(span.text):
        return span, None
    # 'north west London', 'southern Syria': a lower-case direction is no part of the name
    rest = start
    while end - rest > 1 and lowered[rest].rstrip("-") in _word_set("direction_words"):
        rest += 1
    if rest > start:
        name = doc[ent.start + rest : ent.start + end]
        # a capitalised one only before a country's, a region's or a large city's name ('North London', 'Western
        # Canada'), not 'Central Park', nor a state's: 'Eastern Michigan' and 'Northern Illinois' are universities
        if gz.lookup(name.text) and (
            all(t.is_lower for t in doc[ent.start + start : ent.start + rest]) or _country_region_or_city(name.text, gz)
        ):
            return name, None
    return _strip_designator_after(span, lowered[start:end])


def _strip_designator_after(span: Span, lowered: list[str]) -> tuple[Span, str | None]:
    """'Zhejiang province' -> 'Zhejiang' and the kind; a span that is only a designator stays whole."""
    for words, kind in _designators_after_by(-1).get(lowered[-1], ()):
        if len(lowered) > len(words) and lowered[-len(words) :] == words:
            return span.doc[span.start : span.end - len(words)], kind
    return span, None


def _country_region_or_city(name: str, gz: Gazetteer) -> bool:
    key = fold(name)
    return any(
        p.place_type in ("country", "region")
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _possessive(tok) -> bool:
    return tok.lower_ in POSSESSIVES


def _embedded(block: int, ent: Span, gz: Gazetteer) -> Mention | None:
    """The jurisdiction named in a public body's name: at its start ('Kentucky State Police', 'the U.S. Federal
    Trade Commission', 'Manitoba Premier') or after its last 'of' ('the Government of Canada'). Only when the
    body's head word is an institution's (data: institution_heads), not a company's ('Singapore Airlines'), and
    only names that are a country's, a subdivision's, a county's or a large city's outright."""
    tokens = [t for t in ent if not _possessive(t)]
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens = tokens[1:]
    if len(tokens) < 2:
        return None
    lowered = [t.lower_ for t in tokens]
    cut = lowered.index("of") if "of" in lowered else len(tokens)
    if not set(lowered[1:cut]) & _word_set("institution_heads") or set(lowered) & _word_set("organisation_heads"):
        return None
    doc = ent.doc
    for n in range(min(4, cut - 1), 0, -1):  # leading
        span = doc[tokens[0].i : tokens[n - 1].i + 1]
        if _strong_name(span.text, gz, cities=True):
            return Mention(block, span.start_char, span.end_char, span.text, strong=False)
    if cut < len(tokens) - 1:  # after 'of'
        span = doc[tokens[cut + 1].i : tokens[-1].i + 1]
        if _strong_name(span.text, gz, cities=True):
            return Mention(block, span.start_char, span.end_char, span.text, strong=False)
    return None


def _strong_name(name: str, gz: Gazetteer, cities: bool = False) -> bool:
    """The name of a country (any of its names), or the own name of a subdivision, a region or (if asked) a
    large city."""
    if not _looks_like_name(name) or fold(name) in _word_set("not_places"):
        return False
    key = fold(name)
    for i in gz.lookup(name):
        p = gz.places[i]
        if p.place_type == "country":
            return True
        own = fold(p.name) == key or name in gz.abbreviation
        if own and p.place_type in ("admin1", "region"):
            return True
        if (
            own
            and cities
            and (p.place_type == "admin2" or p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION)
        ):
            return True
    return False


def _compounds(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'the U.S.-led coalition', 'Texas-based': a place's name joined to a participle in one token."""
    out: list[Mention] = []
    if not COMPOUND_IN_TEXT.search(text_of(doc)):
        return out
    for tok in doc:
        if "-" not in tok.text or tok.ent_type_ in PLACE_LABELS:
            continue
        m = COMPOUND.match(tok.text)
        if m and m.group("tail") in _word_set("compound_tails") and _strong_name(m.group("name"), gz, cities=True):
            out.append(Mention(block, tok.idx, tok.idx + len(m.group("name")), m.group("name"), strong=False))
    return out


def _designator_after(ent: Span) -> tuple[int, str | None]:
    """A designator written right after the entity: 'Awat county'. Lower-case or capitalised."""
    doc = ent.doc
    # the next word alone rules out nearly every entity; else the words after it are read once, as many as the
    # longest designator it may start has (longest first): a slice and its tokens for each of the 25 designators
    # in turn would cost 40% of the place finder's time.
    starting = _designators_after_by(0).get(doc[ent.end].lower_, ()) if ent.end < len(doc) else ()
    following = [t.lower_ for t in doc[ent.end : ent.end + len(starting[0][0])]] if starting else []
    for words, kind in starting:
        if following[: len(words)] == words:
            return doc[ent.end : ent.end + len(words)].end_char, kind
    return ent.end_char, None


def _designator_before(ent: Span) -> str | None:
    """'the city of Aleppo', 'the province of Idlib': the kind, the span stays the name."""
    doc = ent.doc
    ending = _designators_before_by_last().get(doc[ent.start - 1].lower_, ()) if ent.start > 0 else ()
    preceding = [t.lower_ for t in doc[max(0, ent.start - len(ending[0][0])) : ent.start]] if ending else []
    for words, kind in ending:
        if preceding[len(preceding) - len(words) :] == words:
            return kind
    return None


def _after_person_title(ent: Span) -> bool:
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1].lower_.rstrip(".")
    irish = prev in ("'", "’") and ent.start > 1 and ent.doc[ent.start - 2].text == "O"  # 'Michael O' Leary'
    return prev in _word_set("person_titles") or irish or _after_kinship_word(ent)


def _after_kinship_word(ent: Span) -> bool:
    """'his wife Tonya', 'his daughters, Malia and Sasha': a relative's name. Not 'his brother, Israel's envoy'."""
    doc = ent.doc
    i = ent.start - 1
    if doc[i].text == "," and i > 0:
        i -= 1
        if ent.end < len(doc) and _possessive(doc[ent.end]):
            return False
    return doc[i].is_lower and doc[i].lower_ in _word_set("kinship_words")


def _looks_like_name(text: str) -> bool:
    return any(ch.isupper() for ch in text[:1]) and any(ch.isalpha() for ch in text)


def _rescued(name: str, label: str, hint: str | None, gz: Gazetteer, votes: set[str]) -> bool:
    """An ORG/PERSON span is a place when the gazetteer knows the name and a designator follows it, or the
    article calls the same name a place elsewhere, or it is a country's name; for other labels than PERSON
    (whose one-word names are often towns too: 'Nelson', 'Tyler') also a subdivision's or a big city's."""
    hits = [gz.places[i] for i in gz.lookup(name)]
    if not hits:
        return False
    if label == "NORP":  # 'Aleppo' tagged NORP is a city; 'Canadian city' is no place named Canadian
        hint, votes = None, set()
    if hint or fold(name) in votes or any(p.place_type == "country" for p in hits) or _nickname(name, gz):
        return True
    if label == "PERSON":  # 'Tamil Nadu': a subdivision's own name of two words or more is not a person's
        return len(name.split()) > 1 and any(fold(p.name) == fold(name) and p.place_type == "admin1" for p in hits)
    key = fold(name)  # its own name, not an alternate one: 'White House' is also a translation of Casablanca
    # a region by any of its names: 'EU' tagged ORG is the European Union
    return any(
        p.place_type == "region"
        or (
            fold(p.name) == key
            and (p.place_type == "admin1" or (p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION))
        )
        for p in hits
    )


def _nickname(name: str, gz: Gazetteer) -> bool:
    return (name[4:] if name[:4] in ("the ", "The ") else name) in gz.nickname


def _datelines(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    out = []
    for match in DATELINE.finditer(text_of(doc)):
        name = match.group(1).strip(" -")
        if len(name) >= 3 and gz.lookup(name):
            out.append(Mention(block, match.start(1), match.start(1) + len(name), name))
    return out


def _keep(m: Mention, gz: Gazetteer) -> bool:
    """Drop names the gazetteer does not know unless something says they are places (a designator, a head
    word like 'River'): spaCy's GPE on a person's name ('Hong Zhaoyang') has neither."""
    if m.candidates:
        return True
    if m.hint:
        return True
    words = m.name.split()
    last = words[-1].lower().rstrip(".")
    # 'Avanti West Coast', 'Virgin Atlantic': an unknown word before a region's or a country's own name is a brand's
    branded = len(words) > 2 and _strong_name(" ".join(words[1:]), gz) or len(words) == 2 and _strong_name(words[1], gz)
    return m.strong and last in _word_set("geo_heads") and not branded


def _people(ents: Sequence[Sequence[Span]]) -> set[str]:
    """The words of the article's full personal names ('Georgia Stevens', 'Tom Conrad'): a lone 'Georgia' or
    'Conrad' elsewhere in the same article is that person far more often than a place."""
    out: set[str] = set()
    for block in ents:
        for e in block:
            if e.label_ == "PERSON" and _looks_like_full_name(e):
                out.update(fold(t.text) for t in e if t.is_title)  # not 'US' in 'Henry Lazenby US'-based
    return out


def _speakers(docs: list[Doc]) -> set[str]:
    """Names the article makes the subject of a speech verb ('said Noma', 'Xinhua reported'): people and
    organisations, whatever the model calls them."""
    out = set()
    for doc in docs:
        for tok in doc:  # the labels' ids, not their names: a string look-up per word of the article
            if tok.dep == nsubj and tok.ent_type and tok.head.lower_ in _word_set("speech_verbs"):
                start, end = tok.i, tok.i + 1
                while start > 0 and doc[start].ent_iob_ == "I":
                    start -= 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                out.add(fold(doc[start:end].text))
    return out


def _speaks_for_government(m: Mention, gz: Gazetteer) -> bool:
    """'Beijing said', 'Texas says': a country, subdivision, region, capital or large city speaks for its rulers."""
    return any(
        gz.places[i].place_type in ("country", "admin1", "region")
        or i in gz.capitals
        or gz.places[i].population >= RESCUE_MIN_POPULATION
        for i in m.candidates
    )


def _looks_like_full_name(e: Span) -> bool:
    """Two to four capitalised words, none a place's or a body's head word: not the model's PERSON on 'Trump -
    Wisconsin', 'Abuja Chamber of Commerce and Industry' or 'Karak Castle', whose place is no person's name."""
    words = [t for t in e if not _possessive(t)]
    return (
        1 < len(words) <= 4
        and all(t.is_title or t.text.endswith(".") for t in words)
        and words[-1].lower_ not in _word_set("geo_heads") | _word_set("institution_heads")
    )


def _persons_name(m: Mention, people: set[str]) -> bool:
    key = fold(m.name)
    return key in people and " " not in key and not m.hint


# ------------------------------------------------------------------ resolution


def _resolve(mentions: list[Mention], gz: Gazetteer, publisher: str | None) -> tuple[dict[str, Choice], set[str], list]:
    """One sense per name per article: rank each name's candidates, first alone, then with the article's
    countries and places from the first pass as context."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.candidates:
            by_name.setdefault(fold(m.name), []).append(m)
    alone = Context(set(), [], publisher)
    first = {k: _best(ms, gz, alone).sense for k, ms in by_name.items()}
    countries: dict[str, int] = {}
    own: dict[str, set[str]] = {}  # what each name itself adds, left out of its own context
    points = []
    for k, i in first.items():
        p = gz.places[i]
        codes = set()
        if p.country_code and (p.place_type in ("country", "admin1") or len(by_name[k][0].candidates) == 1):
            codes.add(p.country_code)
        # the states and provinces the article names (or names a county of): its towns are likelier in them
        state = (
            p.gazetteer_id[len("iso3166-2:") :]
            if p.place_type == "admin1" and p.gazetteer_id and p.gazetteer_id.startswith("iso3166-2:")
            else p.parent
            if _sole_county(p, by_name[k][0], gz)
            else None
        )
        if state:
            codes.add(state)
        for c in codes:
            countries[c] = countries.get(c, 0) + 1
        own[k] = codes
        if p.place_type not in ("country", "region") and p.lat is not None:
            points.append((k, p.lat, p.lon))
    chosen = {
        k: _best(ms, gz, Context(_context(countries, own[k]), [pt for pt in points if pt[0] != k], publisher))
        for k, ms in by_name.items()
    }
    return chosen, set(countries), points


def _sole_county(p: Place, m: Mention, gz: Gazetteer) -> bool:
    """A county whose name no other county has: seventeen states have a Monroe County, and the first pass's pick
    among them is arbitrary, so it must not vote for its state."""
    return p.place_type == "admin2" and sum(gz.places[i].place_type == "admin2" for i in m.candidates) == 1


def _in_context(mentions: list[Mention], gz: Gazetteer, chosen: dict[str, int]) -> list[Mention]:
    """A town or subdivision read from a span the model did not call a place ('Toyota', 'Falcon' and 'Durango' as
    makers' and models' names) is kept only in the company of the article's places: in a country, or near a place,
    that a span the model did call a place names."""
    strong = [gz.places[chosen[fold(m.name)]] for m in mentions if not m.guess and fold(m.name) in chosen]
    codes = {p.country_code for p in strong} | {
        c for p in strong if p.place_type == "admin1" and p.gazetteer_id and (c := p.gazetteer_id.split(":")[-1])
    }
    points = [("", p.lat, p.lon) for p in strong if p.place_type not in ("country", "region") and p.lat is not None]
    out = []
    for m in mentions:
        index = chosen.get(fold(m.name))
        p = gz.places[index] if index is not None else None
        if (
            not m.guess
            or m.hint
            or p is None
            or p.place_type in ("country", "region")
            or p.country_code in codes
            or _near(p, points)
        ):
            out.append(m)
    return out


def _context(counts: dict[str, int], own: set[str]) -> set[str]:
    """The countries and subdivisions that the article's other names add."""
    return {c for c, n in counts.items() if n - (c in own) > 0}


def _weak(m: Mention, gz: Gazetteer, choice: Choice | None) -> bool:
    """'Not a place': the name's best sense is a town that nothing but its name supports (no designator, no area
    written after it, too small a place, too far from the article's places): a misread word more often than not."""
    if choice is None or m.hint or m.narrowed:
        return False
    return gz.places[choice.sense].place_type in ("city", "locality", "admin2") and choice.score < NOT_A_PLACE


def _best(ms: list[Mention], gz: Gazetteer, ctx: Context) -> Choice:
    hint = next((m.hint for m in ms if m.hint), None)
    labels = {m.label for m in ms}
    key = fold(ms[0].name)
    cities = [gz.places[i] for i in ms[0].candidates if gz.places[i].population >= SEAT_POPULATION]
    scored = [
        (sum(_features(gz.places[i], key, hint, ctx, i in gz.capitals, labels, cities).values()), i)
        for i in ms[0].candidates
    ]
    score, index = max(scored, key=lambda s: s[0])
    return Choice(index, score)


def _features(
    p: Place, key: str, hint: str | None, ctx: Context, capital: bool, labels: set[str], cities: list[Place]
) -> dict[str, float]:
    """The evidence for one sense of a name, each piece named and weighted (WEIGHTS): how big and what kind of
    place it is (the prior), whether it is the name's own place, a designator's kind, and what the article says
    around it (its countries and states, its other places, the publication's country)."""
    w = WEIGHTS
    in_state = p.parent is not None and p.parent in ctx.countries and p.place_type != "admin1"
    context = (
        w["article_country"] * (p.country_code in ctx.countries)
        + w["article_state"] * in_state
        + w["near"] * _near(p, ctx.points)
    )
    return {
        # GeoNames gives 0 where it does not know: most are seats and villages of some size, not empty places
        "population": math.log10((p.population or UNKNOWN_POPULATION) + 10),
        "capital": w["capital"] * capital,  # 'Washington', 'Rome': news means the capital
        "kind": w.get("kind_" + p.place_type, 0.0),
        # 'Jakarta', 'Beijing', 'Hamburg': a subdivision named after the big city it surrounds means the city
        "namesake_city": w["namesake_city"] * (p.place_type == "admin1" and _surrounds(p, cities)),
        # the main name, not one of the alternate names ('New York' is New York City's too)
        "own_name": w["own_name"] * (fold(p.name) in (key, key + " city")),
        "designator": (w["designator_fits"] if _fits(p, hint) else w["designator_misfits"]) if hint else 0.0,
        "context": min(context, w["context_cap"]),
        "publisher": w["publisher"] * (ctx.publisher is not None and p.country_code == ctx.publisher),
        # the model's LOC and FAC are seas, mountains, planets and buildings, not the towns that share their names
        "label": w["label_misfits"] * (labels <= {"LOC", "FAC"} and _populated_or_county(p)),
    }


def _populated_or_county(p: Place) -> bool:
    """A town of the size that shares its name with seas, planets and buildings, or a county: the model's GPEs."""
    return p.place_type == "admin2" or (p.place_type in ("city", "locality") and p.population < SEAT_POPULATION // 10)


def _surrounds(p: Place, cities: list[Place]) -> bool:
    if p.lat is None or p.lon is None:
        return False
    return any(
        c.place_type == "city"
        and c.lat is not None
        and c.lon is not None
        and _km(p.lat, p.lon, c.lat, c.lon) <= SEAT_KM
        for c in cities
    )


def _near(p: Place, points: list) -> bool:
    radius = NEAR_KM_ADMIN if p.place_type in ("admin1", "admin2") else NEAR_KM
    if p.lat is None:
        return False
    assert p.lon is not None  # the gazetteer gives every place both coordinates or neither
    return any(_km(p.lat, p.lon, la, lo) <= radius for _, la, lo in points)


def _fits(p: Place, hint: str) -> bool:
    if hint == "admin1":
        return p.place_type == "admin1"
    if hint == "admin2":  # a county or prefecture is named after its seat, which GeoNames lists as a town
        return p.place_type in ("admin2", "city", "locality")
    return p.place_type in ("city", "locality", "admin2")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# ------------------------------------------------------------------ records


def _record(m: Mention, gz: Gazetteer, index: int | None) -> dict:
    rec = {"block": m.block, "start": m.start, "end": m.end, "kind": "place"}
    if index is None:
        return rec | {
            "name": _display(m.name),
            "place_type": m.hint or "other",
            "country_code": None,
            "lat": None,
            "lon": None,
            "gazetteer_id": None,
        }
    p = gz.places[index]
    if m.hint in ("admin2", "city", "locality") and p.place_type in ("country", "admin1"):
        return _record(m, gz, None)
    place_type = p.place_type
    if m.hint and place_type in ("city", "locality") and m.hint in ("admin2", "admin1"):
        place_type = "admin2"  # "Awat county": the county, located at its seat
    name = (
        p.name
        if p.place_type in ("country", "admin1", "admin2", "region")
        or fold(p.name) == fold(m.name)
        or _nickname(m.name, gz)
        else _display(m.name)
    )
    return rec | {
        "name": name,
        "place_type": place_type,
        "country_code": p.country_code,
        "lat": float(p.lat) if p.lat is not None else None,
        "lon": float(p.lon) if p.lon is not None else None,
        "gazetteer_id": p.gazetteer_id,
    }


def _display(name: str) -> str:
    """The name as written, title-cased when the text shouts it ('BEIRUT' in a dateline)."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return name.title() if name.isupper() and len(name) > 3 else name


# ------------------------------------------------------------------ tables


def _words(phrases) -> list[tuple[list[str], str]]:
    items = [(p.split(), kind) for p, kind in phrases]
    return sorted(items, key=lambda x: -len(x[0]))


@cache
def _word_set(key: str) -> frozenset[str]:
    """One of places.json's word lists, as a set."""
    return frozenset(tables()[key])


@lru_cache(maxsize=1)
def _designators_after() -> list[tuple[list[str], str]]:
    return _words(tables()["designators_after"].items())


@lru_cache(maxsize=1)
def _designators_before() -> list[tuple[list[str], str]]:
    return _words(tables()["designators_before"].items())


# Designators by their first or last word, longest first as above: a span is compared only with those that
# can start or end it, not with all 25 in turn.


@lru_cache(maxsize=2)
def _designators_after_by(at: int) -> dict[str, list[tuple[list[str], str]]]:
    return _by_word(_designators_after(), at)


@lru_cache(maxsize=1)
def _designators_before_by_last() -> dict[str, list[tuple[list[str], str]]]:
    return _by_word(_designators_before(), -1)


def _by_word(designators: list[tuple[list[str], str]], at: int) -> dict[str, list[tuple[list[str], str]]]:
    out: dict[str, list[tuple[list[str], str]]] = {}
    for words, kind in designators:
        out.setdefault(words[at], []).append((words, kind))
    return out
