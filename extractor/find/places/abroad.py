"""A town abroad that nothing in the article puts there: the gazetteer's namesake of a place it does not know.

'Rutland and Melton' and 'Tatton' in a British list of seats, 'the Blue Mountains' in a Jamaican story, 'Antigua' in a
British one about Redonda: the gazetteer has no English Melton, no Jamaican range and only Guatemala's Antigua town, so
its best sense is a town in a country the article never names (nor the publication's), far from every place the article
does name. A careful reader would not sign such a record; no record is better than a wrong one. Only towns of fewer than
SMALL_TOWN people: news names larger cities and capitals without their country ('talks in Warsaw', 'the Geneva motor
show'), and a county or district is a subdivision the article may name alone. Kept too: a name with a designator or its
area written after it ('Petersburg, VA'; 'Glen Eden, west Auckland' where the gazetteer's Glen Eden is Australian:
areas.placed_away, a place it lacks, recorded unresolved), a town near one of the article's other places, and any town
in an article with no home to judge against: neither a publication's country nor a country named (itself or by its
states) at least HOME_TIMES times. Not caught: a namesake in a country the article names at all ('Newcastle' of a
Jamaican story, read as England's in a story that names England and London once), but in a list's item or a table's
cell, where no sentence says what the name is ('Copeland' in a British list of seats, read as Oklahoma's in a story that
names the US for its food): there a small town of a country other than the home goes when no state, county, large city
(by its own name) or town with its area written after it of that country, in a list's item or a table's cell itself,
lies near it ('Washington' in the prose vouches for no 'Northfield' in a list of British seats; _stray; measured on the
audit pages, the rule in sentences too dropped right towns: 'signed the peace treaty in Versailles' in a German story,
'In Manzhouli, a city of more than 200,000'). A subdivision read by another name than its own ('Green Mountain' as
Libya's Al Jabal al Akhdar, 'The East Coast' as New Zealand's Gisborne) goes when nothing else names its country, home
or not: the name is an English phrase that translates the subdivision's. So does a town named by compass words and a
feature's generic word ('the Central Coast', New South Wales's, in a story from British Columbia): the phrase describes
a part of the reader's country.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from spacy.tokens import Doc

from ...normalize.places import STATE_TYPES, SUBDIVISION_TYPES, TOWN_TYPES, Gazetteer, Place, fold
from .name_kinds import is_nickname, towns_named
from .resolve import HOME_TIMES, NEAR_KM, great_circle_km
from .words import Mention, compass_feature_name, word_set

__all__ = ["HOME_TIMES", "SMALL_TOWN", "unsupported_abroad"]

SMALL_TOWN = 100_000  # fewer people than this: a town news would place by its country or state
# how like its own name a subdivision's other name must be to be a respelling, not a translation: 'azores' / 'acores'
# 0.83, 'saint mark' / 'san marcos' 0.7
RESPELLED_RATIO = 0.8


def unsupported_abroad(
    mentions: list[Mention], gz: Gazetteer, chosen: dict[str, int], publisher: str | None, docs: Sequence[Doc] = ()
) -> list[Mention]:
    """The mentions less the towns abroad that nothing in the article supports (see the module's docstring)."""
    senses = {k: gz.places[i] for k, i in chosen.items()}
    times: dict[str, int] = {}
    vouched = {publisher} if publisher else set()  # countries named otherwise than by a translated subdivision
    for m in mentions:
        p = senses.get(fold(m.name))
        if p is not None and p.place_type in STATE_TYPES and p.country_code:
            times[p.country_code] = times.get(p.country_code, 0) + 1
            if not (_translated(m, p, gz) or _compass_only(m.name, p)):
                vouched.add(p.country_code)
    # a country's point vouches for a subdivision across its border: 'our neighbours Austria, South Tyrol and ...'
    near = [(p.lat, p.lon) for p in senses.values() if p.place_type == "country" and p.lat is not None]
    mentions = [m for m in mentions if not _translated_abroad(m, senses, gz, vouched, near)]
    if not publisher and max(times.values(), default=0) < HOME_TIMES:
        return mentions  # no home to judge against: a passing 'Montana' does not make Dewsbury's story American
    named = set(times) | ({publisher} if publisher else set())
    # only places in those countries (or in none: seas, regions) vouch for a town near them: two namesakes abroad
    # ('Melton' and 'Tatton' in Victoria for two English seats) do not vouch for each other
    points = [
        (k, p.lat, p.lon)
        for k, p in senses.items()
        if p.place_type != "country" and p.lat is not None and (p.country_code is None or p.country_code in named)
    ]
    out = []
    home = _home(times, publisher)
    # a list's items vouch for each other only: 'Washington' in the story's prose says nothing of where the seats
    # listed below it are ('Birmingham, Northfield' is no Northfield, New Jersey)
    anchors = _anchors([m for m in mentions if _name_line(m, docs)], chosen, gz, home)
    for m in mentions:
        key = fold(m.name)
        index = chosen.get(key)
        if index is None or m.hint or m.narrowed or m.placed_away:
            out.append(m)  # placed_away: written with an area the namesake is far from, a place the gazetteer lacks
        elif not _abroad(index, key, gz, named, points) and not (
            _name_line(m, docs) and _stray(index, key, gz, home, anchors)
        ):
            out.append(m)
    return out


def _name_line(m: Mention, docs: Sequence[Doc]) -> bool:
    """A block that is nothing but capitalised names and the small words a title leaves in lower case (data:
    title_small_words), no longer than eight words: a list's item or a table's cell ('Copeland', 'Middlesbrough
    South and East Cleveland', a list of seats), where no sentence says what the name is."""
    if m.block >= len(docs):
        return False
    words = [t for t in docs[m.block] if not t.is_punct]
    small = word_set("title_small_words")
    return 0 < len(words) <= 8 and all(t.text[:1].isupper() or t.lower_ in small for t in words)


def _home(times: dict[str, int], publisher: str | None) -> str | None:
    """The article's home country: the one it names (itself or by its states) most, HOME_TIMES times at least and
    more than any other, else the publication's."""
    ranked = sorted(times.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= HOME_TIMES and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return publisher


def _anchors(mentions: list[Mention], chosen: dict[str, int], gz: Gazetteer, home: str | None) -> list[tuple]:
    """The places outside the home country that vouch for a small town near them: a state, a county, a city of
    SMALL_TOWN people or more, a capital, or a town with a designator or its area written after it ('Taylorsville,
    Mississippi'); not a bare small town, which would vouch for another namesake of a place the gazetteer lacks."""
    out = []
    for m in mentions:
        index = chosen.get(fold(m.name))
        p = gz.places[index] if index is not None else None
        if p is None or p.lat is None or p.country_code in (None, home) or p.place_type in ("country", "region"):
            continue
        # a large city by its own name: one read by another ('South Suffolk' as Suffolk, Virginia) is itself in doubt
        big = (p.population >= SMALL_TOWN and fold(p.name) == fold(m.name)) or index in gz.capitals
        if p.place_type in SUBDIVISION_TYPES or big or m.hint or m.narrowed:
            out.append((p.country_code, p.lat, p.lon))
    return out


def _stray(index: int, key: str, gz: Gazetteer, home: str | None, anchors: list) -> bool:
    """'Copeland' in a British list of seats read as Copeland, Oklahoma, in a story that names the US for its food:
    in an article at home in one country, a small town of another country it names, far (NEAR_KM) from every place
    of that country that vouches for a town (_anchors), is the namesake of a place the gazetteer lacks. So is a
    city of any size read by another name than its own ('South Norfolk', a former name of Chesapeake, Virginia, for
    a British seat): news names a large city abroad by its own name."""
    p = gz.places[index]
    if home is None or p.place_type not in TOWN_TYPES or p.country_code in (None, home) or p.lat is None:
        return False
    if index in gz.capitals or (p.population >= SMALL_TOWN and fold(p.name) == key):
        return False
    assert p.lon is not None  # the gazetteer gives every place both coordinates or neither
    return not any(c == p.country_code and great_circle_km(p.lat, p.lon, la, lo) <= NEAR_KM for c, la, lo in anchors)


def _translated_abroad(m: Mention, senses: dict, gz: Gazetteer, vouched: set[str], near: list) -> bool:
    """'No. 1 Green Mountain (10-0)', 'The East Coast is facing down a hurricane season', 'Wolverhampton South
    West': a subdivision read by another name than its own (Libya's Al Jabal al Akhdar, New Zealand's Gisborne), or
    by compass words alone (Cameroon's South-West: _compass_only), in a country nothing else in the article names,
    nor the publication's, is an English phrase that happens to translate its name. Not 'Inner Mongolia' in a
    story that names China, nor one near a country the article names, nor one with a designator ('the Lake
    District'), nor a compass word and a town's or a country's name ('East Yorkshire')."""
    p = senses.get(fold(m.name))
    if p is None or m.narrowed or m.hint or p.country_code in vouched:
        return False
    if not (_translated(m, p, gz) or _compass_only(m.name, p) or _compass_feature(m.name, p)):
        return False
    if _compass_and_name(m.name, gz):
        return False
    return p.lat is None or not any(great_circle_km(p.lat, p.lon, la, lo) <= NEAR_KM for la, lo in near)


def _compass_only(name: str, p: Place) -> bool:
    """'Wolverhampton South West': a subdivision's name of compass words alone (Cameroon's South-West) is an
    English phrase for a part of whatever country the reader is in, as a translated name is."""
    words = name.removeprefix("The ").removeprefix("the ").replace("-", " ").lower().split()
    return p.place_type in SUBDIVISION_TYPES and bool(words) and set(words) <= word_set("direction_words")


def _compass_feature(name: str, p: Place) -> bool:
    """'parts of the Central Coast' in a story from British Columbia: a town's own name of compass words and a
    feature's generic word (words.compass_feature_name: 'Central Coast', New South Wales) describes a part of
    whatever country the reader is in, as a subdivision's compass name does (_compass_only)."""
    return p.place_type in TOWN_TYPES and compass_feature_name(name)


def _compass_and_name(name: str, gz: Gazetteer) -> bool:
    """'East Yorkshire', 'South Holland': a compass word before a town's or a country's name makes a region's own
    English name, not a phrase that translates one ('The East Coast', 'Green Mountain')."""
    first, _, rest = name.removeprefix("The ").removeprefix("the ").partition(" ")
    directions = word_set("direction_words")
    # 'South West' is two compass words, no compass word and a name: 'Wolverhampton South West' is no Cameroonian region
    if first.lower() not in directions or not rest or rest.split()[0].lower() in directions:
        return False
    return bool(towns_named(rest, gz)) or any(gz.places[i].place_type == "country" for i in gz.lookup(rest))


def _translated(m: Mention, p: Place, gz: Gazetteer) -> bool:
    """A subdivision the mention names by another name than its own: not a nickname ('the Bay State'), a postal
    code or an abbreviation ('NC', 'Calif.'), its own name with a designator ('Inner Mongolia Autonomous Region'
    aside) or its own name respelled, a letter or two apart ('Tourists flew to the Azores': Açores, 0.83; 'Saint
    Mark' is no San Marcos, 0.7)."""
    key = fold(m.name).removeprefix("the ")
    own = fold(p.name)
    return (
        p.place_type in SUBDIVISION_TYPES
        and own != key
        and not own.startswith(key)
        and not key.startswith(own)
        and SequenceMatcher(None, key, own).ratio() < RESPELLED_RATIO
        and not is_nickname(m.name, gz)
        and m.name not in gz.abbreviation
        and m.name not in gz.postal
        and not m.name.isupper()
        and "." not in m.name
    )


def _abroad(index: int, key: str, gz: Gazetteer, named: set[str], points: list) -> bool:
    p = gz.places[index]
    if p.place_type not in TOWN_TYPES or p.country_code in named or p.lat is None:
        return False
    if index in gz.capitals or p.population >= SMALL_TOWN:
        return False
    assert p.lon is not None  # the gazetteer gives every place both coordinates or neither
    return not any(k != key and great_circle_km(p.lat, p.lon, la, lo) <= NEAR_KM for k, la, lo in points)
