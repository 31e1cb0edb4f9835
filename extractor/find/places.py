"""Places: spaCy's GPE/LOC entities (and a few spans it mislabels), resolved against the gazetteer.

Resolution ranks a name's gazetteer candidates by population, by the kind a designator asks for
("Aksu prefecture"), by the countries the article names, and by closeness to the article's other places,
so that in an article about Xinjiang "Aksu" is the Chinese city, not the Kazakh one.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..normalize.places import Gazetteer, Place, fold, gazetteer, tables

PLACE_LABELS = {"GPE", "LOC"}
# labels the small model gives to places it does not know (mostly ORG and PERSON: "Texas", "Tamil Nadu")
RESCUE_LABELS = {"ORG", "PERSON", "FAC", "PRODUCT", "NORP"}
NEAR_KM = 400
NEAR_KM_ADMIN = 800  # a subdivision's centre is far from the towns in it
# a GPE that only a small foreign place matches ('Eta', 'Malia') is more often not a place at all
WEAK_POPULATION = 5000
RESCUE_MIN_POPULATION = 100_000
# datelines: "BEIRUT —", "COLUMBUS, Ohio (AP) —"
DATELINE = re.compile(r"^([A-Z][A-Z.'\- ]{2,40}?)(?=\s*(?:,|—|–|-|\(|:))", re.M)


@dataclass
class Mention:
    block: int
    start: int
    end: int
    name: str  # the name to look up: the span less designators and "the"
    hint: str | None = None  # the place_type a designator asks for
    strong: bool = True  # spaCy called it a place (not a rescued span)
    candidates: list[int] = field(default_factory=list)


def find_places(docs: list[Doc]) -> list[dict]:
    """Candidates of kind "place": name, place_type, country_code, lat, lon, gazetteer_id.
    The whole article is passed so that its other places can disambiguate each one."""
    gz = gazetteer()
    # names spaCy calls a place somewhere in the article: elsewhere its PERSON/ORG label is the slip
    votes = {fold(_strip_designators(e)[0].text) for doc in docs for e in doc.ents
             if e.label_ in PLACE_LABELS and _strip_designators(e)[0] is not None}
    mentions = []
    for i, doc in enumerate(docs):
        mentions += _mentions(i, doc, gz, votes)
    for m in mentions:
        m.candidates = gz.lookup(m.name)
    mentions = [m for m in mentions if _keep(m, gz)]
    chosen, countries, points = _resolve(mentions, gz)
    mentions = [m for m in mentions if not _weak(m, gz, chosen.get(fold(m.name)), countries, points)]
    mentions.sort(key=lambda m: (m.block, m.start))
    return [_record(m, gz, chosen.get(fold(m.name))) for m in mentions]


# ------------------------------------------------------------------ mentions

def _mentions(block: int, doc: Doc, gz: Gazetteer, votes: set[str]) -> list[Mention]:
    out, taken = [], set()
    for ent in doc.ents:
        m = _from_entity(block, ent, gz, votes)
        if m is not None:
            out.append(m)
            taken.update(range(m.start, m.end))
    for m in [*_datelines(block, doc, gz), *_untagged(block, doc, gz, votes)]:
        if not taken.intersection(range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    return out


def _untagged(block: int, doc: Doc, gz: Gazetteer, votes: set[str]) -> list[Mention]:
    """Runs of proper nouns outside any entity that name a country, a subdivision or a big city outright
    (the small model misses 'Aleppo' in some sentences)."""
    out, run = [], []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.ent_type_ == "" and tok.text[:1].isupper():
            run.append(tok)
            continue
        if run:
            span = doc[run[0].i: run[-1].i + 1]
            if not _after_person_title(span) and fold(span.text) not in _not_places() \
                    and _rescued(span.text, "ORG", None, gz, set()):
                out.append(Mention(block, span.start_char, span.end_char, span.text, strong=False))
            run = []
    return out


def _from_entity(block: int, ent: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    span, hint = _strip_designators(ent, gz)
    if span is None or not _looks_like_name(span.text):
        return None
    # the span is the mention as written, designators included ('Awat county'); `name` is what is looked up
    start = ent.start_char if ent[0].lower_ not in ("the", "a") else span.start_char
    end = ent.end_char
    after_end, after_hint = _designator_after(ent)
    if after_hint:
        end, hint = after_end, hint or after_hint
    hint = hint or _designator_before(ent)
    name = span.text
    if ent.label_ in PLACE_LABELS:
        if fold(name) in _not_places() or _after_person_title(ent):
            return None
        return Mention(block, ent.start_char if ent.text.lower().startswith("the ") else start, end, name, hint)
    if ent.label_ in RESCUE_LABELS and _rescued(name, ent.label_, hint, gz, votes):
        return Mention(block, start, end, name, hint, strong=False)
    return None


def _strip_designators(ent: Span, gz: Gazetteer | None = None) -> tuple[Span | None, str | None]:
    """'Zhejiang province' -> ('Zhejiang', admin1); 'the United States' -> 'United States'.
    A name the gazetteer knows whole keeps its designator-like word: 'Cape Town', 'Yuba City'."""
    tokens = list(ent)
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens = tokens[1:]
    hint = None
    if not tokens or (gz is not None and gz.lookup(ent.doc[tokens[0].i: tokens[-1].i + 1].text)):
        return (ent.doc[tokens[0].i: tokens[-1].i + 1] if tokens else None), None
    lowered = [t.lower_ for t in tokens]
    for words, kind in _designators_after():
        n = len(words)
        if len(tokens) > n and lowered[-n:] == words:
            tokens, hint = tokens[:-n], kind
            break
    if not tokens:
        return None, None
    return ent.doc[tokens[0].i: tokens[-1].i + 1], hint


def _designator_after(ent: Span) -> tuple[int, str | None]:
    """A designator written right after the entity: 'Awat county'. Lower-case or capitalised."""
    doc = ent.doc
    for words, kind in _designators_after():
        following = doc[ent.end: ent.end + len(words)]
        if len(following) == len(words) and [t.lower_ for t in following] == words:
            return following.end_char, kind
    return ent.end_char, None


def _designator_before(ent: Span) -> str | None:
    """'the city of Aleppo', 'the province of Idlib': the kind, the span stays the name."""
    doc = ent.doc
    for words, kind in _designators_before():
        before = doc[max(0, ent.start - len(words)): ent.start]
        if [t.lower_ for t in before] == words:
            return kind
    return None


def _after_person_title(ent: Span) -> bool:
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1].lower_.rstrip(".")
    return prev in _person_titles()


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
    if hint or fold(name) in votes or any(p.place_type == "country" for p in hits):
        return True
    if label == "PERSON":
        return False
    key = fold(name)  # its own name, not an alternate one: 'White House' is also a translation of Casablanca
    return any(fold(p.name) == key and (p.place_type in ("admin1", "region")
               or (p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION)) for p in hits)


def _datelines(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    out = []
    for match in DATELINE.finditer(doc.text):
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
    last = m.name.split()[-1].lower().rstrip(".")
    return m.strong and last in _geo_heads()


# ------------------------------------------------------------------ resolution

def _resolve(mentions: list[Mention], gz: Gazetteer) -> tuple[dict[str, int], set[str], list]:
    """One sense per name per article: rank each name's candidates, first alone, then with the article's
    countries and places from the first pass as context."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.candidates:
            by_name.setdefault(fold(m.name), []).append(m)
    first = {k: _best(ms, gz, set(), []) for k, ms in by_name.items()}
    countries: dict[str, int] = {}
    points = []
    for k, i in first.items():
        p = gz.places[i]
        if p.country_code and (p.place_type in ("country", "admin1") or len(by_name[k][0].candidates) == 1):
            countries[p.country_code] = countries.get(p.country_code, 0) + len(by_name[k])
        if p.place_type not in ("country", "region") and p.lat is not None:
            points.append((k, p.lat, p.lon))
    chosen = {k: _best(ms, gz, set(countries), [pt for pt in points if pt[0] != k]) for k, ms in by_name.items()}
    return chosen, set(countries), points


def _weak(m: Mention, gz: Gazetteer, index: int | None, countries: set[str], points: list) -> bool:
    """Only a small place far from the article's countries and places: likely a misread name."""
    if index is None or m.hint:
        return False
    p = gz.places[index]
    if p.place_type not in ("city", "locality") or p.population >= WEAK_POPULATION or p.country_code in countries:
        return False
    return not _near(p, [pt for pt in points if pt[0] != fold(m.name)])


def _best(ms: list[Mention], gz: Gazetteer, countries: set[str], points: list) -> int:
    hint = next((m.hint for m in ms if m.hint), None)
    key = fold(ms[0].name)
    return max(ms[0].candidates, key=lambda i: _score(gz.places[i], key, hint, countries, points, i in gz.capitals))


def _score(p: Place, key: str, hint: str | None, countries: set[str], points: list, capital: bool) -> float:
    s = math.log10(p.population + 10)
    if capital:
        s += 1.0  # 'Washington', 'Rome': news means the capital
    if p.place_type == "country":
        s += 3.0  # a country's name means the country far more often than a town named after it
    if fold(p.name) == key:
        s += 0.5  # the main name, not one of the alternate names
    if hint:
        s += 3.0 if _fits(p, hint) else -1.0
    if p.country_code in countries:
        s += 1.5
    if _near(p, points):
        s += 1.5
    return s


def _near(p: Place, points: list) -> bool:
    radius = NEAR_KM_ADMIN if p.place_type in ("admin1", "admin2") else NEAR_KM
    return p.lat is not None and any(_km(p.lat, p.lon, la, lo) <= radius for _, la, lo in points)


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
        return rec | {"name": _display(m.name), "place_type": m.hint or "other", "country_code": None,
                      "lat": None, "lon": None, "gazetteer_id": None}
    p = gz.places[index]
    if m.hint in ("admin2", "city", "locality") and p.place_type in ("country", "admin1"):
        return _record(m, gz, None)
    place_type = p.place_type
    if m.hint and place_type in ("city", "locality") and m.hint in ("admin2", "admin1"):
        place_type = "admin2"  # "Awat county": the county, located at its seat
    name = p.name if p.place_type in ("country", "admin1", "admin2", "region") or fold(p.name) == fold(m.name) \
        else _display(m.name)
    return rec | {"name": name, "place_type": place_type, "country_code": p.country_code,
                  "lat": float(p.lat) if p.lat is not None else None,
                  "lon": float(p.lon) if p.lon is not None else None, "gazetteer_id": p.gazetteer_id}


def _display(name: str) -> str:
    """The name as written, title-cased when the text shouts it ('BEIRUT' in a dateline)."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return name.title() if name.isupper() and len(name) > 3 else name


# ------------------------------------------------------------------ tables

def _words(phrases) -> list[tuple[list[str], str]]:
    items = [(p.split(), kind) for p, kind in phrases]
    return sorted(items, key=lambda x: -len(x[0]))


def _designators_after() -> list[tuple[list[str], str]]:
    return _cached("after", lambda: _words(tables()["designators_after"].items()))


def _designators_before() -> list[tuple[list[str], str]]:
    return _cached("before", lambda: _words(tables()["designators_before"].items()))


def _not_places() -> set[str]:
    return _cached("not", lambda: set(tables()["not_places"]))


def _person_titles() -> set[str]:
    return _cached("titles", lambda: set(tables()["person_titles"]))


def _geo_heads() -> set[str]:
    return _cached("heads", lambda: set(tables()["geo_heads"]))


_CACHE: dict = {}


def _cached(key: str, make):
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]
