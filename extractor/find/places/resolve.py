"""Choosing the gazetteer entry: one sense per name per article, by scored evidence.

Each gazetteer sense of a name gets named features (features, weights in WEIGHTS): its population as the prior
(unknown populations as a village's), its kind (a country's or a region's name means it, not a namesake town), a
capital, a subdivision that surrounds a big city of its name (the city is meant), its own name or an alternate one,
a state the article names otherwise too ('Ga.'), the kind a designator asks for ("Aksu prefecture"), what the
article says (its countries and states, its other places nearby; together capped, so that context picks among like
senses but does not make a village of a state; another state's centre is no nearby evidence for a state, as states
border each other by nature: 'the states of Mato Grosso and Paraná' leave 'São Paulo' the city; the nearest of
namesakes near them wins a tie-break, nearest the places of its own sentence where one is near those ('Huntington
... South Charleston' in a story that also names the Bronx), a much smaller one only near a town or a county of the
article), the publication's country, the state and the town of a North American phone number the article gives
(phones.py: 'call London police at 519-661-5670' is London, Ontario's), the model's label (LOC/FAC are seas, planets
and buildings, not towns), and a town's fame among namesakes of like size (_famous: its number of alternate names in
GeoNames; Venice, Italy, 51,298 people in its historic centre, against Venice, Los Angeles, 40,885). A state the
article names only outside a name's paragraphs is no evidence for a small town against a world city of the name
(_far_state: 'in Maine I got a tick bite', quoted far from 'Paris Fashion Week', makes no Paris, Maine).
Then the article's home country (_home): where most of the mentions of its settled names are (a name one sense
clearly wins alone), the namesake there beats a bigger one abroad ('London' in a story from Laurel County, Ky.),
once one of them is near the article's places (or near the point of a country the article names, which says where
its towns are only when the country is small: 'Port Royal' in a Jamaican story), or when the name is a world city's
and the home country, named HOME_TIMES times, has a sizeable namesake ('a London rally' in a story that names Canada
thrice: London, Ontario); the publication's country counts as a country named HOME_TIMES times; a world story's
places spread over countries and make none its home, and a capital whose country the article names keeps its name.
Within a country, its home state (_home_state: where most of its settled towns are) picks between namesake towns of
like size in different states, for one nearer the article's places than the first pick ('Litchfield' among
Connecticut towns, 'nearby Windsor' in a story from Kenthurst, New South Wales). A bigger city that bears the name only
as an alternate one (a nickname, an old name: 'Forest City' for Rockford) yields to a town whose own name it is near a
town or a county of the article (_own_name_near: Forest City, Iowa, in an Iowa station's schedule), and a park's or a
square's name a town bears only as an alternate one is the landmark, no place (_landmark_alias: 'Central Park', an old
name of Bethpage, New York). The best sense wins; a town whose best score (less the home bonus) stays under NOT_A_PLACE
is no place at all ('Mars', 'Cisco', 'secret Santa'), unless a designator or the state written after it ('Petersburg,
VA', 'Melville, Sask.') says it is; so is a small town that wins a coin toss (_coin_toss: a namesake far away scores
about as well and nothing in the article backs either: 'Bethany' in a Guyanese story), and a small town abroad with
namesakes elsewhere that only its nearness backs in a story at home in another country (_abroad_by_distance: 'Milltown',
Dublin, in a Belfast story; Belfast's Milltown is not in the gazetteer). A small town known only locally that
nothing but its country backs, farther than STRAY_KM from every other town of its country a local story names, is a
town of that country with no point (_strays: 'They moved to Thornhill' in a story of Dewsbury's towns is no Thornhill,
Cardiff). One sense per name per article, so that in
an article about Xinjiang "Aksu" is the Chinese city, not the Kazakh one; and a bare name is the county the article
names by it ('Rockland' after 'Rockland County'), unless its town is in that county's state."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from ...normalize.places import (
    AREA_TYPES,
    LOCAL_TYPES,
    STATE_TYPES,
    SUBDIVISION_TYPES,
    TOWN_TYPES,
    Gazetteer,
    Place,
    fold,
    saint_spellings,
)
from .phones import town_key
from .words import SEAT_POPULATION, Mention, compass_feature_name, word_set

__all__ = [
    "Choice",
    "Context",
    "NEAR_KM",
    "NEAR_KM_ADMIN",
    "NOT_A_PLACE",
    "SEAT_KM",
    "TOSS_KM",
    "TOSS_MARGIN",
    "TOSS_POPULATION",
    "UNKNOWN_POPULATION",
    "WEIGHTS",
    "choose_senses",
    "great_circle_km",
    "in_context",
    "is_weak",
    "prefer_named_county",
    "within_km",
]


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
    "nearest": 0.5,
    "context_cap": 3.5,
    "publisher": 0.5,
    "label_misfits": -2.0,
    "namesake_city": -1.5,
    "named_otherwise": 2.0,
    "home": 1.5,
    # the home country's state of a country's name, when nothing the article names is near the country (_home):
    # 'Georgia' the state (8.26 alone) against the country (10.07) in an American story
    "home_far": 2.0,
    "home_state": 1.0,
    # a sizeable namesake in the home country of a world city's name that nothing named lies near (_home): London,
    # Ontario (7.13) against London, England (8.45) in a Canadian story
    "home_namesake": 1.5,
    # a town or a county in the state of a North American phone number the article gives (phones.area_places), and
    # the number's own town there ('call London police at 519-661-5670', a number of London, ON): London, Ontario
    # (6.13 alone) against London, England (8.45) in a story that names no other place
    "phone_area": 1.0,
    "phone_town": 2.0,
    # a town known worldwide, of a namesake's size (_famous): Venice, Italy (51,298 in GeoNames, its historic centre
    # only) against Venice, Los Angeles (40,885), near 'Hollywood' in a story about a film festival
    "fame": 1.5,
}

# a famous town (_famous): this many alternate names in GeoNames (Gazetteer.fame), FAME_RATIO times as many as any
# namesake town's, and at least as big as the biggest of them but at most FAME_SIZE powers of ten bigger (a bigger
# one wins by its size: London, England is no more famous in a Canadian story than its population says). A town
# the gazetteer keeps no count for has fewer than FAME_STORED = FAME_NAMES / FAME_RATIO names, so it never stands
# in the way
FAME_NAMES = 40
FAME_RATIO = 2.5
FAME_SIZE = 0.5


# a name whose first-pass pick beats its best namesake in another country by this much is settled: its mentions
# count towards the article's home country ('Toronto' is Canada's, whatever Ohio has)
SETTLED_MARGIN = 2.0


# the share of the article's settled mentions a country must pass to be its home: a world story's places spread
# over several countries and make none its home; the bonus grows from nothing there to w["home"] at all of them
HOME_MAJORITY = 0.5


# an article that names a country (or its states) this often has a home without a publication's (abroad.py); the
# publication's country counts as as many settled mentions towards the home country: a Jamaican government site's
# story that names Jamaica eight times and seven other countries once or twice is at home in Jamaica
HOME_TIMES = 3


UNKNOWN_POPULATION = 1000


# a namesake town this large in the article's home country is meant by its name there though nothing named lies near
# it (_home): London, Ontario (422,000) in a Canadian story; Paris, Ontario (12,000) is no such town. Measured on the
# audit pages: no story at home elsewhere names a city with a namesake this large in its home country
SIZEABLE_NAMESAKE = 100_000
# a world city: a capital or a city this large, whose name abroad means it unless the home country has a sizeable
# namesake (geowebnews: 'born in Manchester', 569,000, in a British story that names the US most)
WORLD_CITY = 1_000_000
# the share of a subdivision's people a world city of its name holds for the bare name to be the city (_surrounds)
CITY_SHARE = 0.25


SEAT_KM = 100
# a 'the X' town rescued from a facility's or an organisation's name (Mention.near_only): only a place of the article
# this near vouches for it, its state named does not ('at the Alamo' in a San Antonio story is no Alamo, Texas, 400 km
# away; 'on the Near North Side' is 6 km from Chicago)
NEAR_ONLY_KM = 50


# a town whose best score is lower is 'not a place' (unless a designator or its area says it is): a village of a
# few hundred people far from the article's places, or a small one anywhere with nothing near it
NOT_A_PLACE = 4.5


NEAR_KM_ADMIN = 800  # a subdivision's centre is far from the towns in it


# a coin toss (_coin_toss): a town smaller than this whose best sense nothing in the article backs, with a namesake
# farther than TOSS_KM whose score is within TOSS_MARGIN (a third of its size, other evidence alike), is no place.
# Measured on the audit pages: a margin of 0.6 also drops 'Flint flake tool' (0.57), 1.0 a right 'TORRINGTON'
# dateline (0.72) and 'Brookhaven Police' (0.81); a cap of 200,000 drops a right 'Hollywood' (0.05 from Florida's)
TOSS_POPULATION = 100_000
TOSS_MARGIN = 0.5
TOSS_KM = 1000


# a local story's reach (_strays): most of the mentions of a country's towns within this of one of them, and a small
# town of the country farther than this from all of them is a stray. Geoparsing's yardstick (100 miles); measured on
# the audit pages and news_gold: 100 km also strays Durango, Colorado, 134 km from Montrose in a Colorado schools'
# roundup, 200 km no longer strays Thornhill, Wales, 254 km from Blackpool in a story of Dewsbury's towns
STRAY_KM = 161


@dataclass
class Context:
    """What the article says around a name: the countries and ISO 3166-2 subdivisions it names, its other places'
    points, the publication's country."""

    countries: set[str]
    points: list
    publisher: str | None = None
    otherwise: frozenset[str] = frozenset()  # the states other names give, less those written after this name
    home: dict[str, float] = field(default_factory=dict)  # each country's share of the article's settled places
    states: dict[str, float] = field(default_factory=dict)  # each state's share of the article's settled towns
    countries_at: list = field(default_factory=list)  # the points of the countries the article names
    state_names: frozenset[str] = frozenset()  # the keys of the points that are the centres of states it names
    home_mentions: dict[str, int] = field(default_factory=dict)  # each country's number of settled mentions
    mates: frozenset[str] = frozenset()  # the other names written in a sentence with this one
    # the states of the article's North American phone numbers and their towns (phones.area_places)
    phone_states: frozenset[str] = frozenset()
    # the other names written in a paragraph with this one, and the countries and states they give (_block_codes)
    block_mates: frozenset[str] = frozenset()
    block_codes: frozenset[str] = frozenset()


class Choice(NamedTuple):
    sense: int  # the candidate's index in the gazetteer
    score: float
    toss: bool = False  # a coin toss between far-apart namesakes that nothing in the article backs (_coin_toss)
    # a small town abroad that only its nearness backs (_abroad_by_distance): a place, but not this one
    abroad: bool = False
    # a small town far from every place of its country a local story names (_strays): a town of that country, but
    # not this one
    stray: bool = False


def choose_senses(
    mentions: list[Mention], gz: Gazetteer, publisher: str | None, phone_states: frozenset[str] = frozenset()
) -> tuple[dict[str, Choice], set[str], list, dict[str, Choice]]:
    """One sense per name per article: rank each name's candidates, first alone, then with the article's
    countries and places from the first pass as context. Last, the sense of a name's bare mentions where a
    state's designator on its other mentions set the article's (_bare_levels)."""
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.candidates:
            by_name.setdefault(fold(m.name), []).append(m)
    alone = Context(set(), [], publisher, phone_states=phone_states)
    scored = {k: _scored(ms, gz, alone) for k, ms in by_name.items()}
    first = {k: _top(s)[1] for k, s in scored.items()}
    home = _home_counts(by_name, scored, gz)
    if publisher:
        home[_PUBLISHER] = (publisher, HOME_TIMES)
    states = _state_counts(by_name, scored, gz)
    countries: dict[str, int] = {}
    own: dict[str, set[str]] = {}  # what each name itself adds, left out of its own context
    points = []
    countries_at = []  # the points of the countries the article names: a small one's is near its towns
    lone = _lone_weak(first, by_name, scored, gz)
    for k, i in first.items():
        p = gz.places[i]
        own[k] = set()
        if k in lone:
            continue  # 'Tyrese Maxey' read as an English village: no place, so it says nothing of the article's
        codes = set()
        if p.country_code and (p.place_type in STATE_TYPES or len(by_name[k][0].candidates) == 1):
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
        elif p.place_type == "country" and p.lat is not None:
            countries_at.append((k, p.lat, p.lon))
    contexts = {
        k: Context(
            _context(countries, own[k]),
            [pt for pt in points if pt[0] != k],
            publisher,
            _states_otherwise(k, own, by_name),
            _home_shares(home, k),
            _home_shares(states, k),
            [pt for pt in countries_at if pt[0] != k],
            frozenset(n for n, i in first.items() if gz.places[i].place_type == "admin1"),
            _home_mentions(home, k),
            _mates(k, by_name),
            phone_states,
            *_block_codes(k, own, by_name),
        )
        for k in by_name
    }
    chosen = {k: _best(ms, gz, contexts[k]) for k, ms in by_name.items()}
    for k in _strays(chosen, by_name, contexts, gz):
        chosen[k] = chosen[k]._replace(stray=True)
    return chosen, set(countries), points, _bare_levels(by_name, chosen, contexts, gz)


def _lone_weak(
    first: dict[str, int], by_name: dict[str, list[Mention]], scored: dict[str, list[tuple[float, int]]], gz: Gazetteer
) -> set[str]:
    """The names whose first pick alone is a village of fewer people than an unknown population counts as, too weak
    to be a place (as is_weak reads it: no designator, no area written after it, a score under NOT_A_PLACE), that lies
    near none of the article's other first picks: such a name adds neither its country nor its point to the article's
    context. 'Maxey' (an English village of 708) for the player Tyrese Maxey would make 'Boston' in an NBA story the
    English town. Measured on the audit pages and news_gold: small towns near each other ('Tripoli', 'Hancock County'
    in a north Iowa station's schedule) vouch for each other, and a weak town of some size ('Castlegar', 8,338) for a
    namesake town near it whose first pick is abroad ('Nelson', British Columbia, not New Zealand's), so neither is
    left out."""
    points = [
        (k, p.lat, p.lon)
        for k, p in ((k, gz.places[i]) for k, i in first.items())
        if p.place_type not in ("country", "region") and p.lat is not None
    ]
    out = set()
    for k, i in first.items():
        p = gz.places[i]
        if any(m.hint or m.narrowed for m in by_name[k]):
            continue
        village = 0 < p.population < UNKNOWN_POPULATION
        if village and p.place_type in TOWN_TYPES and _top(scored[k])[0] < NOT_A_PLACE:
            if not _near(p, [pt for pt in points if pt[0] != k]):
                out.add(k)
    return out


def _bare_levels(
    by_name: dict[str, list[Mention]], chosen: dict[str, Choice], contexts: dict[str, Context], gz: Gazetteer
) -> dict[str, Choice]:
    """'The New York state attorney general is investigating WeWork' and '... a co-working space in New York': the
    designator names the state in its own mention only. Where a state's designator made the article's sense of a
    name the state, and the name's bare mentions, ranked without it, mean the big city of the very name in that
    state, they keep the city. Other designators (a county, a prefecture) still pick the namesake for
    the bare mentions: there the sense, not the level, is at stake."""
    out = {}
    for k, ms in by_name.items():
        state = gz.places[chosen[k].sense]
        bare = [m for m in ms if not m.hint]
        if state.place_type != "admin1" or not bare or not any(m.hint == "admin1" for m in ms):
            continue
        choice = _best(bare, gz, contexts[k])
        city = gz.places[choice.sense]
        big = city.population >= SEAT_POPULATION and fold(city.name) in (k, k + " city")
        if city.place_type == "city" and big and state.gazetteer_id == f"iso3166-2:{city.parent}":
            out[k] = choice
    return out


_PUBLISHER = "\0publisher"  # no name folds to it


def _home_counts(
    by_name: dict[str, list[Mention]], scored: dict[str, list[tuple[float, int]]], gz: Gazetteer
) -> dict[str, tuple[str, int]]:
    """Each settled name's country and number of mentions: how often the article is in each country. A name is
    settled when one sense clearly wins alone (_settled); the homonyms being decided do not vote."""
    counts = {}
    for k, s in scored.items():
        country = gz.places[_top(s)[1]].country_code
        if country and _settled(s, gz):  # a sea or a continent is in no country
            counts[k] = (country, len(by_name[k]))
    return counts


def _state_counts(
    by_name: dict[str, list[Mention]], scored: dict[str, list[tuple[float, int]]], gz: Gazetteer
) -> dict[str, tuple[str, int]]:
    """Each town or county settled in its state and its number of mentions: how often the article is in each state
    or province. Settled: all its senses lie in one state (and the model called it a place), or its first-pass
    pick beats every sense in another state by SETTLED_MARGIN. Named states do not vote: article_state counts them."""
    counts = {}
    for k, s in scored.items():
        score, best = _top(s)
        p = gz.places[best]
        if p.place_type not in _NAMESAKE_KINDS or not p.parent or "-" not in p.parent:
            continue
        rivals = [x for x, i in s if gz.places[i].parent != p.parent]
        if not rivals:
            settled = not all(m.guess for m in by_name[k])
        else:
            settled = score >= NOT_A_PLACE and score - max(rivals) >= SETTLED_MARGIN
        if settled:
            counts[k] = (p.parent, len(by_name[k]))
    return counts


def _home_shares(counts: dict[str, tuple[str, int]], key: str) -> dict[str, float]:
    """The share of the article's other settled mentions in each country (or state, for _state_counts): 'Laurel
    County' three times and 'Ky.' make the United States the home of the article, so its 'London' is an American
    town if one is near them."""
    total = sum(n for k, (_, n) in counts.items() if k != key)
    shares: dict[str, float] = {}
    for k, (country, n) in counts.items():
        if k != key:
            shares[country] = shares.get(country, 0.0) + n / total
    return shares


def _mates(key: str, by_name: dict[str, list[Mention]]) -> frozenset[str]:
    """The other names written in a sentence where this one is."""
    sentences = {(m.block, m.sentence) for m in by_name[key]}
    return frozenset(k for k, ms in by_name.items() if k != key and any((m.block, m.sentence) in sentences for m in ms))


def _block_codes(
    key: str, own: dict[str, set[str]], by_name: dict[str, list[Mention]]
) -> tuple[frozenset[str], frozenset[str]]:
    """The other names written in a paragraph with this one, and the countries and states (ISO 3166-2 codes) they
    give."""
    blocks = {m.block for m in by_name[key]}
    mates = frozenset(k for k, ms in by_name.items() if k != key and any(m.block in blocks for m in ms))
    return mates, frozenset(c for k in mates for c in own.get(k, ()))


def _home_mentions(counts: dict[str, tuple[str, int]], key: str) -> dict[str, int]:
    """The number of the article's other settled mentions in each country."""
    out: dict[str, int] = {}
    for k, (country, n) in counts.items():
        if k != key:
            out[country] = out.get(country, 0) + n
    return out


def _settled(scored: list[tuple[float, int]], gz: Gazetteer) -> bool:
    """One sense, or a first-pass pick that beats every sense in another country by SETTLED_MARGIN; not a name
    too weak to be kept as a place at all."""
    score, best = _top(scored)
    if score < NOT_A_PLACE:
        return False
    country = gz.places[best].country_code
    rivals = [s for s, i in scored if gz.places[i].country_code != country]
    return not rivals or score - max(rivals) >= SETTLED_MARGIN


def _top(scored: list[tuple[float, int]]) -> tuple[float, int]:
    return max(scored, key=lambda s: s[0])  # the first of equals, as _best takes it


def _states_otherwise(key: str, own: dict[str, set[str]], by_name: dict[str, list[Mention]]) -> frozenset[str]:
    """The states and provinces (ISO 3166-2 codes) the article's other names give, less a name written only right
    after this one: 'New York, N.Y.' places the city in its state, it does not name the state otherwise."""
    return frozenset(
        c
        for k, codes in own.items()
        if k != key and not all(m.follows == key for m in by_name[k])
        for c in codes
        if "-" in c
    )


def prefer_named_county(choices: dict[str, Choice], gz: Gazetteer) -> None:
    """'The first coronavirus-related death in Rockland was confirmed by the county's ...': a bare name in an article
    that also names 'Rockland County' is that county, not a town of the name in another state. A town in the
    county's own state stays the town ('Riverside', the seat of Riverside County)."""
    for key, c in list(choices.items()):
        county = choices.get(key + " county")
        if county is None:
            continue
        town, area = gz.places[c.sense], gz.places[county.sense]
        if area.place_type != "admin2" or town.place_type not in TOWN_TYPES:
            continue
        if (town.country_code, town.parent) != (area.country_code, area.parent):
            choices[key] = county


def _sole_county(p: Place, m: Mention, gz: Gazetteer) -> bool:
    """A county whose name no other county has: seventeen states have a Monroe County, and the first pass's pick
    among them is arbitrary, so it must not vote for its state."""
    return p.place_type == "admin2" and sum(gz.places[i].place_type == "admin2" for i in m.candidates) == 1


def in_context(mentions: list[Mention], gz: Gazetteer, chosen: dict[str, int]) -> list[Mention]:
    """A town or subdivision read from a span the model did not call a place ('Toyota', 'Falcon' and 'Durango' as
    makers' and models' names) is kept only in the company of the article's places: in a country, or near a place,
    that a span the model did call a place names, or that a designator vouches for ('in Enugu' kept by 'Enugu
    State', tagged an organisation). A bare name after a locative preposition (Mention.local: 'a plant at
    Belvidere') needs its own state named or one of those places within SEAT_KM: a country named is too little
    ('the Masters at Augusta' is no Augusta, New York, in a story set in Manhattan). A town the gazetteer knows in no
    state (its parent unknown: 'Agriculture Park at Wana' of Pakistan) has no state to name:
    its country named HOME_TIMES times by those places, the article's home, stands in for it. A 'the X' town
    (Mention.near_only) needs one of those places within NEAR_ONLY_KM."""
    strong = [gz.places[chosen[fold(m.name)]] for m in mentions if fold(m.name) in chosen and _vouched(m, gz, chosen)]
    codes = {p.country_code for p in strong} | {
        c for p in strong if p.place_type == "admin1" and p.gazetteer_id and (c := p.gazetteer_id.split(":")[-1])
    }
    named = Counter(p.country_code for p in strong if p.place_type == "country")
    homes = {c for c, n in named.items() if n >= HOME_TIMES}
    points = [("", p.lat, p.lon) for p in strong if p.place_type not in ("country", "region") and p.lat is not None]
    out = []
    for m in mentions:
        index = chosen.get(fold(m.name))
        p = gz.places[index] if index is not None else None
        if m.near_only and p is not None:
            if within_km(p, points, NEAR_ONLY_KM):
                out.append(m)
        elif m.local and p is not None:
            state_named = p.parent in codes if p.parent is not None else p.country_code in homes
            if state_named or within_km(p, points, SEAT_KM):
                out.append(m)
        elif (
            not m.guess
            or m.hint
            or p is None
            or p.place_type in ("country", "region")
            or p.country_code in codes
            or _near(p, points)
        ):
            out.append(m)
    return out


def _vouched(m: Mention, gz: Gazetteer, chosen: dict[str, int]) -> bool:
    """A mention the model called a place, a guess with its people's or local government's word after it ('Nelson
    residents', Mention.residents), or a guess whose designator its sense fits ('Enugu State' an admin1); not one
    the designator misfits ('Pelican Town' read as the Pelican State, Louisiana)."""
    if not m.guess or m.residents:
        return True
    return m.hint is not None and _fits(gz.places[chosen[fold(m.name)]], m.hint)


def _context(counts: dict[str, int], own: set[str]) -> set[str]:
    """The countries and subdivisions that the article's other names add."""
    return {c for c, n in counts.items() if n - (c in own) > 0}


def is_weak(m: Mention, gz: Gazetteer, choice: Choice | None) -> bool:
    """'Not a place': the name's best sense is a town that nothing but its name supports (no designator, no area
    written after it, too small a place, too far from the article's places): a misread word more often than not;
    or a coin toss between far-apart namesakes that nothing in the article backs (Choice.toss). A name written with
    an area the gazetteer knows none of its places in (Mention.placed_away: 'in Glen Eden, west Auckland') is no
    misread word: the area vouches for a place the gazetteer lacks."""
    if choice is None or m.hint or m.narrowed or m.placed_away:
        return False
    if choice.toss:
        return True
    if m.cued:
        return False  # 'driving to Castlegar', 'Percy French Hotel, Ballyjamesduff;': the words vouch for the name
    return gz.places[choice.sense].place_type in LOCAL_TYPES and choice.score < NOT_A_PLACE


def _scored(ms: list[Mention], gz: Gazetteer, ctx: Context) -> list[tuple[float, int]]:
    """Each sense's score with its index in the gazetteer."""
    hint = next((m.hint for m in ms if m.hint), None)
    labels = {m.label for m in ms}
    key = fold(ms[0].name)
    # a big city of the very name, not one the name only begins ('Oklahoma' is the state, not Oklahoma City)
    cities = [
        gz.places[i]
        for i in ms[0].candidates
        if gz.places[i].population >= SEAT_POPULATION and fold(gz.places[i].name) == key
    ]
    world = any(_world_city(gz.places[i], key, i in gz.capitals) for i in ms[0].candidates)
    famous = _famous(ms[0].candidates, key, gz)
    return [
        (sum(_features(gz.places[i], key, hint, ctx, i in gz.capitals, labels, cities, world, i == famous).values()), i)
        for i in ms[0].candidates
    ]


def _famous(candidates: list[int], key: str, gz: Gazetteer) -> int | None:
    """The town of this very name known worldwide among namesakes of like size: GeoNames' populations do not say
    which one news means (Venice, Italy, 51,298 people in its historic centre, against Venice, Los Angeles, 40,885),
    its alternate names do (66 against 15). None where no town stands out so (FAME_NAMES, FAME_RATIO, FAME_SIZE)."""
    # namesakes by their own name: a city that bears the name only as an alternate one is no rival (an Ohio city
    # of 135,512 people lists 'Venice')
    towns = [i for i in candidates if gz.places[i].place_type in TOWN_TYPES and fold(gz.places[i].name) == key]
    if len(towns) < 2:
        return None
    best = max(towns, key=lambda i: gz.fame.get(i, 0))
    rivals = [i for i in towns if i != best]
    names = gz.fame.get(best, 0)
    if names < FAME_NAMES:
        return None
    if names < FAME_RATIO * max(gz.fame.get(i, 0) for i in rivals):
        return None
    biggest = max(_prior(gz.places[i]) for i in rivals)
    if not biggest <= _prior(gz.places[best]) <= biggest + FAME_SIZE:
        return None  # a smaller famous town (New Castle, Delaware, 5,382) is no pick over a bigger namesake
    return best


def _world_city(p: Place, key: str, capital: bool) -> bool:
    """A world city by this very name: a capital or a city of WORLD_CITY people, of a sizeable namesake's size at
    least (Victoria, the Seychelles' capital of 26,000, is no world city)."""
    own = fold(p.name) in (key, key + " city")
    return own and p.place_type in TOWN_TYPES and (capital or p.population >= WORLD_CITY) and _sizeable(p)


def _far_state(p: Place, ctx: Context, world: bool) -> bool:
    """A small town (not a sizeable namesake) that shares its name with a world city, whose state the article names
    only outside the name's paragraphs: 'in Maine I got a tick bite', quoted in a story about a Canadian singer,
    says nothing of the 'Paris Fashion Week' she appeared at paragraphs away. Such a state (its name, its centre
    as a point near the town) is no evidence for the town against the city the name means in the world's news;
    written in the name's paragraph ('Paris ... in western Maine'), it is."""
    return world and p.place_type in TOWN_TYPES and not _sizeable(p) and p.parent not in ctx.block_codes


def _best(ms: list[Mention], gz: Gazetteer, ctx: Context) -> Choice:
    scored = _scored(ms, gz, ctx)
    score, index = _top(scored)
    bonus = _home(index, scored, gz, ctx)
    for i, b in _home_state(index, scored, gz, ctx).items():
        bonus[i] = bonus.get(i, 0.0) + b
    near = _near_namesakes(index, ms[0].candidates, gz, ctx.points)
    if near:  # the article's places already point here: the nearest of the namesakes there is meant
        nearest = _nearest(near, gz, ctx)
        if _tie_break_fits(gz.places[index], gz.places[nearest], ctx):
            scored = [(s + WEIGHTS["nearest"] * (i == nearest), i) for s, i in scored]
    if near or bonus:
        # the home bonus picks a sense but does not make a place of a name: the score stays without it
        _, index = max((s + bonus.get(i, 0.0), i) for s, i in scored)
        score = next(s for s, i in scored if i == index)
    across = _state_across_borders(index, scored, gz, ctx)
    if across is not None:
        index = across
        score = next(s for s, i in scored if i == index)
    own = _own_name_near(index, scored, fold(ms[0].name), gz, ctx)
    if own is not None:
        index, score = own, next(s for s, i in scored if i == own)
    backed = bool(near) or index in bonus or across is not None or own is not None
    toss = not backed and _coin_toss(index, score, scored, ms, gz, ctx)
    toss = toss or _landmark_alias(index, fold(ms[0].name), gz)
    abroad = _abroad_by_distance(index, scored, ms, gz, ctx) or _described_elsewhere(index, ms, gz, ctx)
    return Choice(index, score, toss, abroad)


def _strays(
    chosen: dict[str, Choice], by_name: dict[str, list[Mention]], contexts: dict[str, Context], gz: Gazetteer
) -> list[str]:
    """'They moved to Thornhill, before switching to Middlestown, and then finally their bungalow in Overton' in a
    story of a Dewsbury couple: the gazetteer lacks Dewsbury's Thornhill, and Thornhill, Cardiff (6,635) wins among
    namesakes by its size, nearer the article's places than the Canadian or South African one, though 254 km from
    the nearest. A small town (under TOSS_POPULATION, and known only locally: fewer than FAME_NAMES alternate names,
    as Charleston, West Virginia is not) with namesakes, that nothing else backs (no designator, its state not named,
    no phone number of its state, not _famous), farther than STRAY_KM from every other town and county of its country
    the article names, where at least two such lie and most of their mentions lie within STRAY_KM of one of them (a
    local story), is the local place the gazetteer lacks: a town of that country, no point (records.py). Its state
    named keeps it ('taken in Edmonton' in a Queensland Amber Alert is Edmonton, Queensland, 186 km from Ingham)."""
    places = {k: gz.places[c.sense] for k, c in chosen.items() if _placed(c, by_name[k], gz)}
    out = []
    for k, c in chosen.items():
        p = gz.places[c.sense]
        if not _small_unbacked(c, by_name[k], gz, contexts[k]):
            continue
        others = [(places[o], len(by_name[o])) for o in places if o != k and places[o].country_code == p.country_code]
        if len(others) >= 2 and not within_km(p, [(q.lat, q.lon) for q, _ in others], STRAY_KM) and _local(others):
            out.append(k)
    return out


def _placed(c: Choice, ms: list[Mention], gz: Gazetteer) -> bool:
    """A town or a county the article places: not a coin toss, a town abroad nothing backs, nor a weak name."""
    p = gz.places[c.sense]
    weak = c.score < NOT_A_PLACE and not any(m.hint or m.narrowed for m in ms)
    return p.place_type in _NAMESAKE_KINDS and p.lat is not None and not (c.toss or c.abroad or weak)


def _small_unbacked(c: Choice, ms: list[Mention], gz: Gazetteer, ctx: Context) -> bool:
    """A small town known only locally, with namesakes, that nothing but its nearness and country backs."""
    p = gz.places[c.sense]
    if p.place_type not in TOWN_TYPES or p.lat is None or p.population >= TOSS_POPULATION or c.toss or c.abroad:
        return False
    if gz.fame.get(c.sense, 0) >= FAME_NAMES or any(m.hint or m.narrowed for m in ms):
        return False
    if not any(gz.places[i].place_type in _NAMESAKE_KINDS for i in ms[0].candidates if i != c.sense):
        return False
    if p.parent in ctx.countries or p.parent in ctx.phone_states:
        return False
    return c.sense != _famous(ms[0].candidates, fold(ms[0].name), gz)


def _local(places: list[tuple[Place, int]]) -> bool:
    """Most of the mentions of these places lie within STRAY_KM of one of them."""
    total = sum(n for _, n in places)
    return any(2 * sum(n for q, n in places if within_km(q, [(p.lat, p.lon)], STRAY_KM)) > total for p, _ in places)


def _described_elsewhere(best: int, ms: list[Mention], gz: Gazetteer, ctx: Context) -> bool:
    """'10 to 15 centimetres expected along much of the south West Coast' in a story from British Columbia: a name
    of compass words and a feature's word (words.compass_feature_name) is the one every coastal country gives a part
    of itself, and the gazetteer's senses (the US Pacific coast, New Zealand's region) lie in countries the article
    never names, nor its publication's, while its home (most of its settled mentions) is another country: the
    home's own coast, a place the gazetteer lacks, unresolved rather than put in another country. A story at home
    in the sense's country, or one with no home, keeps it."""
    p = gz.places[best]
    if p.place_type not in AREA_TYPES or not p.country_code or not compass_feature_name(ms[0].name):
        return False
    if p.country_code in ctx.countries or p.country_code == ctx.publisher:
        return False
    home, share = max(ctx.home.items(), key=lambda kv: kv[1], default=("", 0.0))
    return share >= HOME_MAJORITY and home != p.country_code


def _landmark_alias(best: int, key: str, gz: Gazetteer) -> bool:
    """'strolling around Central Park' in a story about New York: GeoNames keeps 'Central Park' as an old name of
    Bethpage, a Long Island town, whose own name is no park's. A name shaped as a park's or a square's (its last
    word in landmark_heads) that the best sense bears only as an alternate name, where that town's own name does not
    end so too, means the landmark: no place record (as a coin toss: an area or a designator written after the name,
    'Central Park, N.Y.', still makes it the town). A town named so itself keeps its spellings ('Boro Park' is
    Borough Park, 'St Louis Park' Saint Louis Park)."""
    p = gz.places[best]
    words = key.split()
    if len(words) < 2 or words[-1] not in word_set("landmark_heads") or p.place_type not in TOWN_TYPES:
        return False
    own = fold(p.name)
    return own not in (key, key + " city") and own.split()[-1] != words[-1]


def _own_name_near(best: int, scored: list[tuple[float, int]], key: str, gz: Gazetteer, ctx: Context) -> int | None:
    """'Playoff Football Forest City at Waukon' in an Iowa station's schedule: the best sense bears the name only as
    an alternate one (GeoNames lists 'Forest City' for Rockford and Cleveland, a nickname), while a town whose own
    name it is lies near a town or a county of the article: the reader reads the name as that town's. The best
    scored of such towns, else None (a name no town near bears as its own keeps its pick: 'Bombay' is Mumbai)."""
    b = gz.places[best]
    if b.place_type not in TOWN_TYPES or fold(b.name) in (key, key + " city"):
        return None
    if re.match(rf"{re.escape(key)}\b", fold(b.name)) or any(
        re.match(rf"{re.escape(key)}\b", fold(n)) and fold(n) != key for n in saint_spellings(b.name)
    ):
        # 'Newark' for Newark on Trent, 'St Leonards' for Saint Leonards-on-Sea: the own name written short, no
        # other town's name ('St Ives' for Saint Ives, Cambridgeshire, the whole name respelled, is not short: a town
        # whose own name it is near still wins)
        return None
    points = [pt for pt in ctx.points if pt[0] not in ctx.state_names]
    owned = [
        (s, i)
        for s, i in scored
        if gz.places[i].place_type in TOWN_TYPES
        and fold(gz.places[i].name) == key
        and gz.places[i].population < b.population
        and _near(gz.places[i], points)
    ]
    return max(owned)[1] if owned else None


def _nearest(near: list[int], gz: Gazetteer, ctx: Context) -> int:
    """The namesake nearest the places written in its sentence where one is near them, else the article's: 'the
    Edwards Comprehensive Cancer Center in Huntington ... Thomas Memorial Hospital in South Charleston' is West
    Virginia's Huntington, though the article also names the Bronx, 50 km from Huntington, New York."""
    mates = [pt for pt in ctx.points if pt[0] in ctx.mates]
    beside = [i for i in near if _near(gz.places[i], mates)]
    if beside:
        return min(beside, key=lambda i: _distance(gz.places[i], mates))
    return min(near, key=lambda i: _distance(gz.places[i], ctx.points))


def _tie_break_fits(best: Place, nearest: Place, ctx: Context) -> bool:
    """The nearest namesake's tie-break is for a town of like size, or one near a town or a county of the article
    ('Columbus' in a story that names Bartholomew County is Indiana's). A state's centre alone is no such place:
    'Minnesota beat Buffalo' names the state, and Buffalo, Minn. (16,000) lies nearer its centre than Buffalo, N.Y.
    (258,000), which a bare 'Buffalo' means."""
    if _prior(best) - _prior(nearest) <= LIKE_SIZE:
        return True
    return _near(nearest, [pt for pt in ctx.points if pt[0] not in ctx.state_names])


def _state_across_borders(best: int, scored: list[tuple[float, int]], gz: Gazetteer, ctx: Context) -> int | None:
    """'Lahore, the capital of eastern Punjab province' in a world roundup that names Pakistan four times and India
    once: two countries each have a Punjab of like size, both near Lahore, both in a country the article names; the
    first pick, India's, wins by its size alone. Between states or provinces of one name in different countries
    (within LIKE_SIZE of the best's score), the one in the country where more of the article's settled places are
    (Context.home) is meant; a tie keeps the best ('Punjab province west and upwind of Delhi' in a story about
    India stays India's)."""
    top = gz.places[best]
    if top.place_type != "admin1":
        return None
    best_score = next(s for s, i in scored if i == best)
    rivals = [
        i
        for s, i in scored
        if gz.places[i].place_type == "admin1"
        and gz.places[i].country_code != top.country_code
        and s >= best_score - LIKE_SIZE
    ]
    if not rivals:
        return None
    share = ctx.home.get(top.country_code or "", 0.0)
    pick = max(rivals, key=lambda i: ctx.home.get(gz.places[i].country_code or "", 0.0))
    return pick if ctx.home.get(gz.places[pick].country_code or "", 0.0) > share else None


def _coin_toss(
    best: int, score: float, scored: list[tuple[float, int]], ms: list[Mention], gz: Gazetteer, ctx: Context
) -> bool:
    """'Found in the jungle of Bethany on the Essequibo Coast': the gazetteer's Bethany, Oregon (20,646) beats
    Bethany, Oklahoma (19,589) by its size alone, and nothing the article says (its countries, states, places, the
    publication's country) backs either. A town under TOSS_POPULATION with no such support, and a namesake over
    TOSS_KM away within TOSS_MARGIN of its score, is a coin toss: the article means some third place, or none."""
    p = gz.places[best]
    if p.place_type not in TOWN_TYPES or p.population >= TOSS_POPULATION or p.lat is None:
        return False
    f = _features(p, fold(ms[0].name), None, ctx, best in gz.capitals, {m.label for m in ms}, [])
    if f["context"] > 0 or f["publisher"] > 0 or best == _famous(ms[0].candidates, fold(ms[0].name), gz):
        return False  # the article backs it, or the world's news does (_famous)
    return any(s >= score - TOSS_MARGIN and _far_namesake(p, gz.places[i]) for s, i in scored if i != best)


def _abroad_by_distance(
    best: int, scored: list[tuple[float, int]], ms: list[Mention], gz: Gazetteer, ctx: Context
) -> bool:
    """'Belvoir and Milltown have around 1800 houses' in a Belfast story: the gazetteer has no Milltown in Belfast,
    and Dublin's (4,000) wins only by lying within reach of Belfast. A small town with namesakes elsewhere, in a
    country the article never names and not its publication's, outside the article's home (a country with most
    of its settled mentions), backed by nothing but that nearness, is the home country's own place the gazetteer
    lacks more often than a town abroad: a place still (the model's tag, its list with a neighbourhood), but
    unresolved rather than the wrong one."""
    p = gz.places[best]
    if p.place_type not in TOWN_TYPES or p.population >= TOSS_POPULATION:
        return False
    if not any(gz.places[i].place_type in _NAMESAKE_KINDS for _, i in scored if i != best):
        return False
    home = max(ctx.home.items(), key=lambda kv: kv[1], default=("", 0.0))
    if home[1] < HOME_MAJORITY or home[0] == p.country_code:
        return False
    f = _features(p, fold(ms[0].name), None, ctx, best in gz.capitals, {m.label for m in ms}, [])
    return f["context"] == WEIGHTS["near"] and f["publisher"] == 0


def _far_namesake(p: Place, q: Place) -> bool:
    assert p.lat is not None and p.lon is not None  # _coin_toss has checked
    if q.place_type not in _NAMESAKE_KINDS or q.lat is None or q.lon is None:
        return False
    return great_circle_km(p.lat, p.lon, q.lat, q.lon) > TOSS_KM


def _home(best: int, scored: list[tuple[float, int]], gz: Gazetteer, ctx: Context) -> dict[int, float]:
    """The home bonus of each sense of the best one's kind (a town or county, or a country, state or region) in
    the article's home country, when a namesake there is near its other places: the home country decides between
    namesakes of a kind across borders, but never makes a town of a state ('Nevada' in an article about Iowa), nor
    takes a capital from an article that names its country ('the US Congress oversees trade deals in Washington',
    in a British article)."""
    top = gz.places[best]
    if best in gz.capitals and top.country_code in ctx.countries:
        return {}
    area = AREA_TYPES.__contains__
    like = [gz.places[i] for _, i in scored if area(gz.places[i].place_type) == area(top.place_type)]
    # a country's namesakes all gain alike, once one of them is near the article's places: the bonus moves a name
    # across borders, and leaves the choice within a country to the other features
    # a country the article names is near its own towns when it is small enough for its point to lie within a town's
    # reach ('Port Royal' in a story that names Jamaica); a large country's point says nothing of where its towns are
    near = {p.country_code for p in like if _near(p, ctx.points) or _near(p, ctx.countries_at)}
    weight = {c: WEIGHTS["home"] for c in near}
    # 'a London rally' in a story that names Canada three times and Aleppo once: a large country's point is far from
    # its towns, so nothing named lies near London, Ontario; a sizeable namesake of a world city in the article's
    # home country is meant there all the same, whatever the share past the majority, when the country's settled
    # mentions number HOME_TIMES ('North London, while Western Canada's trade agenda stalls' is too little). Not of a
    # lesser city: 'born in Manchester' in a British story that names the US most is no Manchester, New Hampshire
    world = best in gz.capitals or top.population >= WORLD_CITY
    sizeable = {
        p.country_code
        for p in like
        if world and p.place_type in TOWN_TYPES and _sizeable(p) and p.country_code not in near
    }
    if top.place_type == "country" and top.country_code not in near:
        # 'born and raised in rural south Georgia' in a story from Los Angeles: nothing the article names lies near
        # the country (no Tbilisi, no Armenia), so a state of the name in the home country is meant; a large state's
        # centre is far from the towns the article names, so 'near' cannot say so
        weight.update({p.country_code: WEIGHTS["home_far"] for p in like if p.place_type == "admin1"})
    out = {}
    for _, i in scored:
        p = gz.places[i]
        share = ctx.home.get(p.country_code or "", 0.0)
        if share <= HOME_MAJORITY or area(p.place_type) != area(top.place_type):
            continue
        if p.country_code in weight:
            out[i] = weight[p.country_code] * (share - HOME_MAJORITY) / (1 - HOME_MAJORITY)
        elif (
            p.country_code in sizeable and _sizeable(p) and ctx.home_mentions.get(p.country_code or "", 0) >= HOME_TIMES
        ):
            out[i] = WEIGHTS["home_namesake"]
    return out


def _sizeable(p: Place) -> bool:
    """A town large enough to be meant by its name in its own country's news (London, Ontario; not Paris, Ontario)."""
    return (p.population or 0) >= SIZEABLE_NAMESAKE


# the home state decides between towns of like size: a namesake at most this many powers of ten smaller than the best
LIKE_SIZE = 1.0


def _prior(p: Place) -> float:
    return math.log10((p.population or UNKNOWN_POPULATION) + 10)


def _home_state(best: int, scored: list[tuple[float, int]], gz: Gazetteer, ctx: Context) -> dict[int, float]:
    """The home state's bonus: among the namesake towns of one country, the one in the state where most of the
    article's settled towns are ('Litchfield' among Bantam, New Milford and Danbury is Connecticut's, not New
    Hampshire's bigger town; 'nearby Windsor' in a story from Kenthurst is the one in New South Wales). Guarded
    like the home country's: only towns and counties of the best sense's country in another of its states (the
    home state moves a choice across states, not between a town and its own district), only one near the article's
    places and nearer them than the best ('Georgetown's campus' in a story from Georgia that names D.C. stays
    Washington's), not one much smaller than the best ('Louisville' in a story from Columbus is still Kentucky's
    city), and the bonus picks a sense but does not make a place of a name."""
    top = gz.places[best]
    if top.place_type not in _NAMESAKE_KINDS or top.lat is None or not ctx.points:
        return {}
    reach = _distance(top, ctx.points)
    out = {}
    for _, i in scored:
        p = gz.places[i]
        share = ctx.states.get(p.parent or "", 0.0)
        if (
            share > HOME_MAJORITY
            and p.place_type in _NAMESAKE_KINDS
            and p.country_code == top.country_code
            and p.parent != top.parent
            and _prior(top) - _prior(p) <= LIKE_SIZE
            and _near(p, ctx.points)
            and _distance(p, ctx.points) < reach
        ):
            out[i] = WEIGHTS["home_state"] * (share - HOME_MAJORITY) / (1 - HOME_MAJORITY)
    return out


def _features(
    p: Place,
    key: str,
    hint: str | None,
    ctx: Context,
    capital: bool,
    labels: set[str],
    cities: list[Place],
    world: bool = False,
    famous: bool = False,
) -> dict[str, float]:
    """The evidence for one sense of a name, each piece named and weighted (WEIGHTS): how big and what kind of
    place it is (the prior), whether it is the name's own place, a designator's kind, and what the article says
    around it (its countries and states, its other places, the publication's country)."""
    w = WEIGHTS
    own = fold(p.name) in (key, key + " city")
    in_state = p.parent is not None and p.parent in ctx.countries and p.place_type != "admin1"
    points = _points_for(p, ctx)
    if _far_state(p, ctx, world):
        in_state = False
        points = [pt for pt in points if pt[0] not in ctx.state_names or pt[0] in ctx.block_mates]
    context = (
        w["article_country"] * (p.country_code in ctx.countries)
        + w["article_state"] * in_state
        + w["near"] * _near(p, points)
    )
    return {
        # GeoNames gives 0 where it does not know: most are seats and villages of some size, not empty places
        "population": _prior(p),
        # 'Washington', 'Rome': news means the capital; by its own name only, as 'Philadelphia' (an old name of
        # Amman) is not the capital's
        "capital": w["capital"] * (capital and own),
        "kind": w.get("kind_" + p.place_type, 0.0),
        # 'Jakarta', 'Beijing', 'Hamburg': a subdivision named after the big city it surrounds means the city
        "namesake_city": w["namesake_city"] * (p.place_type == "admin1" and _surrounds(p, cities)),
        # the main name, not one of the alternate names ('New York' is New York City's too)
        "own_name": w["own_name"] * own,
        "designator": (w["designator_fits"] if _fits(p, hint) else w["designator_misfits"]) if hint else 0.0,
        "context": min(context, w["context_cap"]),
        "publisher": w["publisher"] * (ctx.publisher is not None and p.country_code == ctx.publisher),
        # the model's LOC and FAC are seas, mountains, planets and buildings, not the towns that share their names
        "label": w["label_misfits"] * (labels <= {"LOC", "FAC"} and _populated_or_county(p)),
        # 'LAWRENCEVILLE, Ga. (AP) — U.S. Marshals in Georgia': the article names this very state by another name
        # (its abbreviation, its postal code), so its 'Georgia' is the state, not the country
        "named_otherwise": w["named_otherwise"] * _named_otherwise(p, ctx),
        # 'call London police at 519-661-5670': a town or a county in the state of the article's phone number
        "phone_area": w["phone_area"] * (p.place_type in _NAMESAKE_KINDS and p.parent in ctx.phone_states),
        "phone_town": w["phone_town"] * (p.place_type in _NAMESAKE_KINDS and _phone_town(p, ctx)),
        # a town known worldwide, of its namesakes' size: Venice, Italy, not Los Angeles's Venice (_famous)
        "fame": w["fame"] * famous,
    }


def _phone_town(p: Place, ctx: Context) -> bool:
    """The town of one of the article's North American phone numbers, by its own name in its state."""
    return p.parent is not None and town_key(p.name, p.parent) in ctx.phone_states


def _points_for(p: Place, ctx: Context) -> list:
    """The article's points that may lift a sense for lying near it: for a state, not the centres of the other
    states it names, as states border each other by nature ('the states of Mato Grosso and Paraná' say nothing of
    whether 'São Paulo' is the city or the state around it). The state's own centre, written another way ('New
    York State'), still counts."""
    if p.place_type != "admin1":
        return ctx.points
    return [pt for pt in ctx.points if pt[0] not in ctx.state_names or (pt[1], pt[2]) == (p.lat, p.lon)]


def _named_otherwise(p: Place, ctx: Context) -> bool:
    """A state or province whose ISO 3166-2 code the article's other names give: its abbreviation ('Ga.'), its postal
    code after a town ('Duluth, GA'), a county that only it has ('Gwinnett County')."""
    gid = p.gazetteer_id or ""
    return p.place_type == "admin1" and gid.startswith("iso3166-2:") and gid.removeprefix("iso3166-2:") in ctx.otherwise


def _near_namesakes(best: int, candidates: list[int], gz: Gazetteer, points: list) -> list[int]:
    """The best sense and its namesakes of its kind in its country, when two or more of them are near the article's
    places: 'Hamilton County' in a story about Chattanooga is Tennessee's, though Indiana's lies within a county's
    reach of the city too. Only among like senses: a country's county is not traded for a town abroad."""
    b = gz.places[best]
    kind = _NAMESAKE_KINDS.get(b.place_type)
    if kind is None or not _near(b, points):
        return []
    near = [
        i
        for i in candidates
        if _NAMESAKE_KINDS.get(gz.places[i].place_type) == kind
        and gz.places[i].country_code == b.country_code
        and _near(gz.places[i], points)
    ]
    return near if len(near) > 1 else []


_NAMESAKE_KINDS = {"city": "town", "locality": "town", "admin2": "county"}


def _distance(p: Place, points: list) -> float:
    assert p.lat is not None and p.lon is not None  # _near has checked
    return min(great_circle_km(p.lat, p.lon, la, lo) for _, la, lo in points)


def _populated_or_county(p: Place) -> bool:
    """A town of the size that shares its name with seas, planets and buildings, or a county: the model's GPEs."""
    return p.place_type == "admin2" or (p.place_type in TOWN_TYPES and p.population < SEAT_POPULATION // 10)


def _surrounds(p: Place, cities: list[Place]) -> bool:
    """A big city of the subdivision's very name near its point, or a world city (WORLD_CITY people) of that name in
    its country that holds a good share of the subdivision's people (CITY_SHARE of its prior) wherever the point lies:
    a subdivision's point is a rough centre, 123 km from the city of Rio de Janeiro, and a news story's bare 'Rio de
    Janeiro' is the city ('won three gold medals in Rio de Janeiro'), as 'Rio de Janeiro state' is the state (its
    designator). A city small beside its province ('Jilin', 'Chongqing') leaves the bare name the province's."""
    if any(_world_share(c, p) for c in cities):
        return True
    if p.lat is None or p.lon is None:
        return False
    return any(
        c.place_type == "city"
        and c.lat is not None
        and c.lon is not None
        and great_circle_km(p.lat, p.lon, c.lat, c.lon) <= SEAT_KM
        for c in cities
    )


def _world_share(city: Place, p: Place) -> bool:
    return (
        city.place_type == "city"
        and city.country_code == p.country_code
        and city.population >= max(WORLD_CITY, p.population * CITY_SHARE)
    )


def within_km(p: Place, points: list, km: float) -> bool:
    """A place within `km` of one of the points, each a tuple whose last two items are its latitude and longitude
    ((lat, lon) or (country code, lat, lon))."""
    if p.lat is None or p.lon is None:
        return False
    return any(great_circle_km(p.lat, p.lon, la, lo) <= km for *_, la, lo in points)


def _near(p: Place, points: list) -> bool:
    return within_km(p, points, NEAR_KM_ADMIN if p.place_type in SUBDIVISION_TYPES else NEAR_KM)


def _fits(p: Place, hint: str) -> bool:
    if hint == "admin1":
        return p.place_type == "admin1"
    if hint == "admin2":
        # a county or prefecture is named after its seat, which GeoNames lists as a town; and a second-level word
        # names a first-level unit in many countries ('the region of Catalonia', 'Fukushima prefecture', 'Kakamega
        # county', 'Kampala district')
        return p.place_type == "admin1" or p.place_type in LOCAL_TYPES
    return p.place_type in LOCAL_TYPES


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The distance in km between two points on a sphere of the Earth's mean radius (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
