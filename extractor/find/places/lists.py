"""Towns listed with places: 'stops in Hilversum and Almelo', 'stores in Žilina, Nitra, Prešov and Košice'.

The small model tags a town it does not know as a person or a product, or not at all, even when the sentence
lists it with towns it did tag. A name written in such a list (a comma, 'and' or 'or' between it and a place
mention) that the gazetteer knows as a town or a county in the country of a listed neighbour is that place (a
state's name is not read: see _listed_senses): a list of places is a list of like things. Its senses are narrowed
to the neighbours' countries, which also picks the right namesake. A state listed with states is the state, when
no town shares its name or the article names it nowhere else ('among Tamil Nadu, Karnataka, Kerala and
Puducherry', the last tagged a person). A tour's list of large cities crosses borders ('shows in Copenhagen, Hamburg,
Brasov and Mannheim'): a name listed only among large cities the model called places is its own large city of any
country, no guess (_listed_big_city), whether untagged or read from a misread entity. Only whole names of at most
three capitalised words that no place mention covers; a name the article gives as a person's elsewhere is left to
not_places.py, which runs after this.
"""

from __future__ import annotations

import re

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from ...nlp import text_of
from ...normalize.places import SUBDIVISION_TYPES, Gazetteer, Place, fold
from .name_kinds import towns_named
from .rescue import house_address
from .resolve import great_circle_km
from .words import PLACE_LABELS, RESCUE_LABELS, RESCUE_MIN_POPULATION, Mention, bare_name, word_set

__all__ = ["between_towns", "list_parts", "listed_towns"]

# the words that may stand between two items of a list
_SEPARATORS = {",", "and", "or", ", and", ", or"}
_MAX_WORDS = 3
# a listed neighbour vouches for a town only as a county, a state or a town of this size (_listed_senses)
_NEIGHBOUR_MIN_POPULATION = 15_000
# 'between Coggeshall and Marks Tey': two towns a road, a line or a queue runs between lie this close (km)
_BETWEEN_KM = 40
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_BETWEEN = re.compile(rf"\bbetween ({_NAME}) and ({_NAME})\b")


def listed_towns(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """New mentions for the towns listed with the place mentions of each block; found ones extend the list."""
    out: list[Mention] = []
    named = {fold(m.name) for m in mentions}
    for block, doc in enumerate(docs):
        here = [m for m in mentions if m.block == block]
        spans = [
            s for s in _name_spans(doc, gz) if not any(m.start < s.end_char and s.start_char < m.end for m in here)
        ]
        found = [m for m in here if m.candidates]
        _narrow_listed_guesses(here, found, doc, gz)
        added = True
        while added:  # 'Nitra, Prešov and Košice': each one found makes the next one listed with a place
            added = False
            for span in list(spans):
                inside = _listed_senses(span, found, doc, gz, named)
                if inside:
                    guess = not _among_big_cities(span, found, doc, gz)
                    m = Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=guess)
                    m.candidates, m.narrowed = inside, True
                    found.append(m)
                    out.append(m)
                    spans.remove(span)
                    added = True
    return out


def _narrow_listed_guesses(here: list[Mention], found: list[Mention], doc: Doc, gz: Gazetteer) -> None:
    """'in Copenhagen, Hamburg, Brasov and Mannheim', Brasov tagged an organisation: a mention read from a misread
    entity, listed among large cities, is that large city (_listed_big_city) as much as an untagged name is; resolve
    would otherwise weigh it as a bare guess far from its neighbours' country and drop it. Only this rule: a guess
    listed with towns of its country is left to resolve, which weighs it in their company already."""
    for m in here:
        if not m.guess or m.narrowed or m.hint or not m.candidates:
            continue
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        big = _listed_big_city(span, _neighbours(span, [f for f in found if f is not m], doc), gz)
        if big:
            m.candidates, m.narrowed, m.guess = big, True, False


def list_parts(ent: Span, gz: Gazetteer) -> list[Span]:
    """An entity the model read as one name across a list's words ('south to Ingham or Townsville', 'Wainwright,
    Alta.' tagged an organisation): its items, each one to three capitalised words the gazetteer knows, the
    entity's label kept. An entity with no such word, or any other word or item, is itself: 'Auckland and Waikato
    Hospitals' share the head word."""
    cuts = [t.i for t in ent if t.lower_ in ("and", "or", ",")]
    if not cuts or cuts[0] == ent.start or cuts[-1] == ent.end - 1:
        return [ent]
    bounds = zip([ent.start] + [c + 1 for c in cuts], [*cuts, ent.end], strict=True)
    parts = [Span(ent.doc, a, b, label=ent.label_) for a, b in bounds]
    if all(0 < len(p) <= _MAX_WORDS and all(t.is_title and t.is_alpha for t in p) and gz.lookup(p.text) for p in parts):
        return parts
    return [ent]


def _name_spans(doc: Doc, gz: Gazetteer) -> list[Span]:
    """The entities the model misread as people, organisations or products (a list of them read as one: each
    item), and the runs of capitalised proper nouns it left untagged: the spans that may be a town it did not
    know."""
    spans = [p for e in doc.ents if e.label_ in RESCUE_LABELS for p in list_parts(e, gz)]
    spans += [e for e in doc.ents if e.label_ not in RESCUE_LABELS | PLACE_LABELS and bare_name(e)]
    run: list[int] = []
    for tok in [*doc, None]:
        if tok is not None and tok.ent_type == 0 and tok.pos == PROPN and tok.is_title:
            run.append(tok.i)
            continue
        if run:
            spans.append(doc[run[0] : run[-1] + 1])
            run = []
    return [
        s
        for s in spans
        if len(s) <= _MAX_WORDS
        and all(t.is_title and t.is_alpha for t in s)
        and s.text.lower() not in word_set("not_places")
        and not _people_word(s)
        and not house_address(doc, s.end - 1)  # 'at 1200 Woodward, Royal Oak': the street, no listed town
    ]


def _people_word(span: Span) -> bool:
    """'from either Canadian or US governments': a people's word the model tags NORP, listed with a country, is
    the country's adjective, not Canadian, Texas (uses.people_word leaves listed names alone)."""
    return span.label_ == "NORP" and fold(span.text) in word_set("people_words")


def _listed_senses(span: Span, found: list[Mention], doc: Doc, gz: Gazetteer, named: set[str]) -> list[int]:
    """The span's senses as a town or county in the country of a listed neighbour. A neighbour vouches for a
    town only when it may be a state, a county or a town of some size: a village's name is often a first name
    too ('Helen, Clarence, Irene and Marie'); a county after a village is where the village is ('New Quay,
    Ceredigion')."""
    neighbours = _neighbours(span, found, doc)
    if not neighbours:
        return _listed_part(span, found, doc, gz)
    big = _listed_big_city(span, neighbours, gz)
    if big:
        return big
    key = fold(span.text)
    senses = [gz.places[i] for i in gz.lookup(span.text)]
    if any(p.place_type == "admin1" and fold(p.name) == key for p in senses):
        # 'the Brazilian states of Mato Grosso and Paraná' is no town Paranã; and a state added to an article's
        # places would turn its big city of that name into the state ('São Paulo'): left to the model's tags
        # unless a listed neighbour is a state of its country ('followed by Limpopo and Eastern Cape') and no town
        # shares the state's name, or the article names it nowhere else ('among Tamil Nadu, Karnataka, Kerala and
        # Puducherry', tagged a person: no other Puducherry to turn into the state)
        return _listed_state(span, neighbours, gz, alone=key not in named)
    own = towns_named(span.text, gz)
    out = []
    for i, p in zip(gz.lookup(span.text), senses, strict=True):
        if p not in own:
            continue
        vouching = [
            q
            for m in neighbours
            for q in map(gz.places.__getitem__, m.candidates)
            if q.country_code == p.country_code
            and (
                p.place_type == "admin2"
                or q.place_type in SUBDIVISION_TYPES
                or q.population >= _NEIGHBOUR_MIN_POPULATION
            )
        ]
        if vouching:
            out.append(i)
    return out


def _listed_big_city(span: Span, neighbours: list[Mention], gz: Gazetteer) -> list[int]:
    """'shows in Copenhagen, Hamburg, Brasov and Mannheim': a list of large cities (a tour's, a summit's) crosses
    borders, so no neighbour's country can vouch; every listed neighbour being a large city (RESCUE_MIN_POPULATION)
    that the model called a place, the span's own senses as a large city of any country are the listed city. Large
    both sides: a first name is seldom a city that size, and a list of villages is none of large cities ('Helen,
    Clarence, Irene'). Tagged neighbours only: a list of universities or clubs named by their towns ('universities,
    including Cambridge, Imperial College London, Cardiff and Exeter') has its towns misread as much as the span."""
    if not neighbours or any(m.guess or not any(_big_city(gz.places[i]) for i in m.candidates) for m in neighbours):
        return []
    key = fold(span.text)
    return [i for i in gz.lookup(span.text) if _big_city(p := gz.places[i]) and fold(p.name) == key]


def _among_big_cities(span: Span, found: list[Mention], doc: Doc, gz: Gazetteer) -> bool:
    """A large city listed with large cities: no guess, as between_towns' pair is none, since its neighbours are the
    company of places resolve.in_context asks a misread name for, even across a border (Brasov after Hamburg)."""
    return bool(_listed_big_city(span, _neighbours(span, found, doc), gz))


def _big_city(p: Place) -> bool:
    """A city the gazetteer gives RESCUE_MIN_POPULATION people or more."""
    return p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION


def _listed_part(span: Span, found: list[Mention], doc: Doc, gz: Gazetteer) -> list[int]:
    """'schools across southern England, including Devon, Cornwall, and Hampshire' (all three tagged persons): an
    item of a list that a place mention introduces with 'including' or 'such as' is the span's sense as a county or
    a state in that place's country; only a subdivision, as such a list of a place's parts names them: a town's
    name there is as often a company's or a person's ('shops across England, including Boots and Next')."""
    window = max(0, span.start_char - _PARTS_LIST_REACH)  # the list's start is near: no scan of the whole text
    match = _PARTS_LIST.search(text_of(doc), window, span.start_char)
    if match is None:
        return []
    countries = {gz.places[i].country_code for m in found if m.end == match.end(1) for i in m.candidates}
    return [
        i
        for i in gz.lookup(span.text)
        if (p := gz.places[i]).place_type in SUBDIVISION_TYPES
        and fold(p.name) == fold(span.text)
        and p.country_code in countries
    ]


# how far before a list's item its introducing place may stand: a place, 'including' and a few items before it
_PARTS_LIST_REACH = 300
# the end of the text before a list's item: a place's name (group 1's end), 'including' or 'such as', and the list's
# items before this one
_PARTS_LIST = re.compile(
    rf"(\S)(?:,)?\s+(?:including|such as)\s+(?:{_NAME}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)


def _listed_state(span: Span, neighbours: list[Mention], gz: Gazetteer, alone: bool) -> list[int]:
    """The span's senses as a state, in the country of a listed neighbour that is a state, when the gazetteer
    knows no town of the state's name there or the article names it `alone` here."""
    if towns_named(span.text, gz) and not alone:
        return []
    countries = {
        q.country_code for m in neighbours for q in map(gz.places.__getitem__, m.candidates) if q.place_type == "admin1"
    }
    key = fold(span.text)
    return [
        i
        for i in gz.lookup(span.text)
        if (p := gz.places[i]).place_type == "admin1" and fold(p.name) == key and p.country_code in countries
    ]


def _neighbours(span: Span, found: list[Mention], doc: Doc) -> list[Mention]:
    """The place mentions right before or after the span in a list."""
    text = text_of(doc)
    out = []
    for m in found:
        between = text[m.end : span.start_char] if m.end <= span.start_char else text[span.end_char : m.start]
        if " ".join(between.replace(",", " , ").split()) in _SEPARATORS:
            out.append(m)
    return out


def between_towns(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'congestion backing up between Coggeshall and Marks Tey': two names after 'between' that the gazetteer knows as
    towns within _BETWEEN_KM of each other are those two towns, however the model tagged them (a person's name, a
    facility's): each vouches for the other as a listed neighbour does, and for the article's misread names nearby.
    Their senses are narrowed to the pair, and so are the article's other mentions of either name ('on the A120 at
    Coggeshall'). New mentions for the names no mention covers."""
    out: list[Mention] = []
    for block, doc in enumerate(docs):
        for match in _BETWEEN.finditer(text_of(doc)):
            pair = _near_pair(match.group(1), match.group(2), gz)
            if pair is None:
                continue
            for k, sense in zip((1, 2), pair, strict=True):
                name, start, end = match.group(k), match.start(k), match.end(k)
                covering = [m for m in mentions + out if m.block == block and m.start < end and start < m.end]
                if not covering:
                    out.append(Mention(block, start, end, name, strong=False))
                for m in mentions + out:
                    if fold(m.name) == fold(name) and not m.hint and sense in gz.lookup(m.name):
                        # no guess: the pair is the company of places in_context asks a misread name for
                        m.candidates, m.narrowed, m.guess = [sense], True, False
    return out


def _near_pair(a: str, b: str, gz: Gazetteer) -> tuple[int, int] | None:
    """The closest senses of two towns' own names when they lie within _BETWEEN_KM of each other."""
    own_a, own_b = towns_named(a, gz), towns_named(b, gz)
    pairs = [
        (great_circle_km(p.lat, p.lon, q.lat, q.lon), i, j)
        for i in gz.lookup(a)
        for j in gz.lookup(b)
        if (p := gz.places[i]) in own_a and (q := gz.places[j]) in own_b
        if p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
    ]
    best = min(pairs, default=None)
    return (best[1], best[2]) if best is not None and best[0] <= _BETWEEN_KM else None
