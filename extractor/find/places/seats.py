"""Electoral seats named for towns: 'Rochford and Southend East', 'Hornchurch and Upminster' alone in a list's line,
'The MSP for Falkirk West' in a sentence.

A seat is a geographic place (audit guide: electoral constituencies), and one named for towns lies at them. The
small model tags such a name as a person or an organisation, or splits it, or tags nothing. Decisions:

- A block that is a list of seats and nothing else: its items, joined by 'and' or a comma, each a town's own name
  (one to three capitalised words) and maybe a capitalised compass word or two after it ('Southend East', 'Bury
  North'; data: compass_words). Every item must be a town or a county the gazetteer knows by that own name (or by
  the first part of its 'X-on-Y' own name: 'Bexhill' of Bexhill-on-Sea, name_kinds.towns_of_long_name), all in
  one country, and one item at least a name no two towns of that country share: that town pins its partners, whose
  namesakes the resolver weighs by nearness to it ('Ruislip, Northwood and Pinner' is London's Northwood, 'Folkestone
  and Hythe' Kent's Hythe). A name two towns share alone in its line stays unread (untagged._whole_line's rule: with
  no sentence and no partner to say which, the nearest pick was wrong). An item the gazetteer does not know
  ('Stortford', 'Clwyd') drops the whole line: 'Terms and Conditions' is no list of towns. One item alone needs its
  compass word (a town alone in its line is entity_mentions._whole_line_town's); compass words before a county's own
  name alone in a line ('South Derbyshire', 'Mid Sussex') are the county's part, a place whatever the model tags
  (_county_part_line). Such a part is a known item of its county's country, that country's only one, and pins its
  partner ('Hereford and South Herefordshire', 'Harwich and North Essex'), but only to a namesake within
  COUNTY_REACH_KM of the county ('West Aberdeenshire and Kincardine' is named for Kincardineshire, not Fife's
  village: the line is left to the model's entities).
- In a sentence, only after a representative's title and 'for' (data: seat_titles: 'the MP for Newcastle
  Central', 'The MSP for Falkirk West') or 'representing': a town and a compass word elsewhere is as often a
  school's or a team's name ('No. 13 Denver East', 'Wichita North's Miguel Bernal'). There too a seat named for two
  towns a hyphen joins ('MLA for Nelson-Creston'): each a town the gazetteer knows by its own name, both in one
  country, is a place of its own (the gold marks both), as a list's items are; not one town's hyphenated name
  ('Stoke-on-Trent', whose lower-case words the pair's pattern does not take). A seat named for two or three places
  joined by 'and' after such a title or after 'the seat of', 'the constituency of' ('MP for Hereford and South
  Herefordshire', tagged a person and a place; 'the seat of Haltemprice and Howden') is a mention of each item the
  gazetteer knows as a list's item would be known (_pair_items), of one country; an item it does not know
  ('Haltemprice', a former district) gives none, and its partner still one (the cue says a seat is named). Not a run
  the gazetteer knows whole ('Trinidad and Tobago', 'Bosnia and Herzegovina': one country), nor 'representing' a
  pair ('lawyers representing Smith and Wesson': a client). Each such item is cued and narrowed: no weak-name drop
  for a small town ('Howden') the title vouches for.
- The span is the item as written, compass word included (the seat is the place); the name looked up is the
  town's, so the record stands at the town's point, as a district of it would. A list's item is a guess the
  article's country vouches for (resolve.in_context), the line itself what says it is a place; a seat after a title
  is no guess, the title vouching for it as a designator would (a story on a member's expenses may name no other
  place of the country: 'The MSP for Falkirk West' beside Morocco).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ...nlp import text_of
from ...normalize.places import TOWN_TYPES, Gazetteer, Place, fold
from .name_kinds import compass_part, towns_named, towns_of_long_name
from .resolve import great_circle_km
from .words import Mention, word_set

__all__ = ["seat_item_spans", "seat_mentions"]

_WORD = r"[A-Z][a-z'’]+(?:-(?:[a-z]+-)?[A-Z][a-z'’]+)*"  # 'Stoke-on-Trent', 'Newcastle-under-Lyme'
_TOWN = rf"{_WORD}(?: {_WORD}){{0,2}}"
# how far from a county's point a town named with the county's compass part may lie: Harwich is 51 km from Essex's
# point ('Harwich and North Essex'), Kincardine in Fife 138 km from Aberdeenshire's ('West Aberdeenshire and
# Kincardine' is named for Kincardineshire, no town)
COUNTY_REACH_KM = 80
_SEPARATOR = re.compile(r", (?:and )?| and ")
# 'the MP for X', 'Senator representing X': the title's word ends right before ' for '
_CUE = re.compile(r"\b(?:(?P<title>[A-Z][A-Za-z]+) for|representing) (?=[A-Z])")
# 'the seat of X and Y': a seat's word that vouches only for a coordinated pair ('represents Smith and Wesson' is a
# lawyer's client)
_PAIR_CUE = re.compile(r"\b(?:the|a) (?:seat|constituency|riding) of (?=[A-Z])")
# a seat named for two or three places: 'Hereford and South Herefordshire', 'Ruislip, Northwood and Pinner'
_PAIR = re.compile(rf"{_TOWN}(?:, {_TOWN})*,? and {_TOWN}(?! [A-Z&])")


def seat_mentions(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """The seats of a block that lists them alone, else those a representative's title names in its sentences."""
    text = text_of(doc)
    return _seat_line(block, text, gz) or _after_title(block, text, gz)


def _seat_line(block: int, text: str, gz: Gazetteer) -> list[Mention]:
    """'Rochford and Southend East' alone in its block: a mention for each item, or none if any item is no town."""
    line = text.rstrip()
    if not line or "\n" in line:
        return []
    items: list[tuple[int, int, str]] = []
    at = 0
    for sep in [*_SEPARATOR.finditer(line), None]:
        end = sep.start() if sep else len(line)
        item = _item(line[at:end])
        if item is None:
            return []
        items.append((at, at + len(line[at:end]), item))
        at = sep.end() if sep else at
    if len(items) == 1 and items[0][2] == line.strip():
        # a town alone, no compass word: entity_mentions._whole_line_town's; a county's compass part is a seat's
        return _county_part_line(block, line, gz)
    # every item a town of the country, one at least its only town of the name ('Ruislip' beside 'Northwood'), or a
    # county's compass part ('Hereford and South Herefordshire': the part, its county's own, pins its partner)
    read = [_seat_item(line[start:end].strip(), gz) for start, end, _ in items]
    items = [(start, end, name) for (start, end, _), (name, _) in zip(items, read, strict=True)]
    senses = [sense for _, sense in read]
    if _far_from_county([name for _, _, name in items], gz):
        return []
    common = set.intersection(*(named for named, _ in senses)) & set().union(*(only for _, only in senses))
    if not common:
        return []  # towns of two countries each ('Selby and Hertford' would be no seat's name)
    out = []
    for start, end, name in items:
        # a guess the article's country vouches for (resolve.in_context), not a local one that needs a place near:
        # the line's towns of one country are what says they are places ('Camborne and Redruth' far from London);
        # the line vouches for each as an area written after a town would (Mention.narrowed: no weak-name drop),
        # and the resolver picks among the namesakes with the article's places ('Stockton South' is Stockton-on-Tees
        # in a list of British seats, not the Australian locality the line alone would allow)
        m = Mention(block, start, end, name, strong=False, guess=True)
        m.narrowed = True
        out.append(m)
    return out


def seat_item_spans(line: str, gz: Gazetteer) -> set[tuple[int, int]]:
    """The (start, end) of each item _seat_line reads in a line that lists seats and nothing else ('Blackpool North'
    and 'Cleveleys' of 'Blackpool North and Cleveleys'): the words of a seat's name, no person's."""
    return {(m.start, m.end) for m in _seat_line(0, line, gz)}


def _county_part_line(block: int, line: str, gz: Gazetteer) -> list[Mention]:
    """'South Derbyshire', 'South Dorset' alone in a list's line of seats (tagged a people's word, or nothing): compass
    words before a county's own name (name_kinds.compass_part) are the county's part, a seat or a district, one
    place whatever the list. Not a state's or a country's part: 'Central Michigan', 'Western Kentucky' alone in a
    line are as often a college's team in a table of scores. A guess the article's country vouches for, as a list's
    items are."""
    whole = compass_part(line.strip(), gz)
    if whole is None or whole.place_type != "admin2" or gz.lookup(line.strip()):
        return []
    start = len(line) - len(line.lstrip())
    m = Mention(block, start, len(line), line.strip(), strong=False, guess=True)
    m.narrowed = True
    return [m]


def _after_title(block: int, text: str, gz: Gazetteer) -> list[Mention]:
    """'The MSP for Falkirk West': a town and a compass word right after a representative's title and 'for'; 'MP for
    Hereford and South Herefordshire', 'the seat of Haltemprice and Howden': each known place of a seat named for
    two or three (_pair_items)."""
    out = []
    for cue in _PAIR_CUE.finditer(text):
        out += _pair_items(block, cue.end(), text, gz)
    for cue in _CUE.finditer(text):
        if cue.group("title") and cue.group("title").lower() not in word_set("seat_titles"):
            continue
        if cue.group("title") and (pair := _pair_items(block, cue.end(), text, gz)):
            out += pair
            continue
        run = re.match(rf"{_WORD}(?: {_WORD}){{0,4}}", text[cue.end() :])
        if run and (pair := _hyphen_pair(block, cue.end(), run.group(0), gz)):
            out += pair
            continue
        name = _item(run.group(0), compass=True) if run else None
        if run and name and _countries(name, gz):
            # no guess: the title says a seat, a place, is meant, as a designator would ('Falkirk West' in a story
            # that names no other place of Scotland)
            out.append(Mention(block, cue.end(), cue.end() + run.end(), name, strong=False))
    return out


def _pair_items(block: int, at: int, text: str, gz: Gazetteer) -> list[Mention]:
    """'MP for Hereford and South Herefordshire': the seat's items joined by 'and' (or commas and 'and'), each a town
    of its own name, a town and a compass word ('Southend East') or compass words before a county's own name ('South
    Herefordshire'), is a mention of each item the gazetteer knows so, all of one country and one of them at least
    that country's only town of the name (a list's rule, _seat_line: 'Folkestone' pins Kent's 'Hythe'); an item it
    does not know ('Haltemprice', a former district) gives no mention, its partner still one: the cue says a seat, a
    place, is named. None where the gazetteer knows the whole run ('Trinidad and Tobago': one country, the
    entity's)."""
    run = _PAIR.match(text, at)
    if run is None or gz.lookup(run.group(0)):
        return []
    known = []
    for item in re.finditer(_TOWN, run.group(0)):
        name, (named, only) = _seat_item(item.group(0), gz)
        if named:
            known.append((at + item.start(), at + item.end(), name, named, only))
    if not known or not set.intersection(*(k[3] for k in known)) & set().union(*(k[4] for k in known)):
        return []
    if _far_from_county([k[2] for k in known], gz):
        return []
    out = []
    for start, end, name, *_ in known:
        # no guess and no weak-name drop: the cue vouches for the seat as a designator would ('Howden', a small town),
        # and the partners vouch for each other as an area written after a town would (Mention.narrowed: 'Hereford'
        # beside 'South Herefordshire' is no coin toss with Hereford, Texas); the resolver picks among namesakes
        m = Mention(block, start, end, name, strong=False)
        m.cued = m.narrowed = True
        out.append(m)
    return out


def _seat_item(item: str, gz: Gazetteer) -> tuple[str, tuple[set[str], set[str]]]:
    """The name to look up of a seat's item and its _country_senses: 'Southend' of 'Southend East', 'South
    Herefordshire' whole (a county's compass part, one place of its country), 'Hereford' whole."""
    town = _item(item, compass=True)
    if town:
        return town, _country_senses(town, gz)
    whole = compass_part(item, gz)
    if whole is not None and whole.place_type == "admin2" and whole.country_code:
        return item, ({whole.country_code}, {whole.country_code})
    return item, _country_senses(item, gz)


def _far_from_county(names: list[str], gz: Gazetteer) -> bool:
    """A seat's items hold a county's compass part ('West Aberdeenshire') and a town with no namesake within
    COUNTY_REACH_KM of that county's point ('Kincardine', a village of Fife): the town's name is not the one the
    seat means, so the county pins no partner."""
    parts = {n: compass_part(n, gz) for n in names}
    counties = [c for c in parts.values() if c is not None and c.place_type == "admin2"]
    points = [(c.lat, c.lon) for c in counties if c.lat is not None and c.lon is not None]
    towns = [n for n, c in parts.items() if c is None]
    return bool(points) and any(not _near_any(towns_named(n, gz), points) for n in towns)


def _near_any(places: list[Place], points: list[tuple[float, float]]) -> bool:
    """One of the places lies within COUNTY_REACH_KM of one of the points."""
    return any(
        great_circle_km(p.lat, p.lon, la, lo) <= COUNTY_REACH_KM
        for p in places
        if p.lat is not None and p.lon is not None
        for la, lo in points
    )


def _hyphen_pair(block: int, at: int, run: str, gz: Gazetteer) -> list[Mention]:
    """'MLA for Nelson-Creston': a seat named for two towns a hyphen joins, the whole run, each a town of its own name
    in one country with the other: a mention of each (no guess: the title vouches for the seat), else none."""
    pair = re.fullmatch(r"([A-Z][a-z'’]+)-([A-Z][a-z'’]+)", run)
    if pair is None or gz.lookup(run) or not _countries(pair.group(1), gz) & _countries(pair.group(2), gz):
        return []
    return [Mention(block, at + pair.start(k), at + pair.end(k), pair.group(k), strong=False) for k in (1, 2)]


def _item(item: str, compass: bool = False) -> str | None:
    """The town's name of a list's item ('Southend' of 'Southend East'; 'Hornchurch' whole), or None for no town's
    words. With compass, only a town before a compass word: the words after the title run on as a name's."""
    words = item.split(" ")
    for n in (2, 1):  # 'Wolverhampton South West' before 'Bury North'
        if len(words) > n and _compass(" ".join(words[-n:])) and re.fullmatch(_TOWN, " ".join(words[:-n])):
            return " ".join(words[:-n])
    return item if not compass and re.fullmatch(_TOWN, item) else None


def _compass(words: str) -> bool:
    """One or two capitalised compass words ('East', 'South West')."""
    split = words.split()
    return 0 < len(split) <= 2 and all(w[:1].isupper() and w.lower() in word_set("compass_words") for w in split)


def _countries(name: str, gz: Gazetteer) -> set[str]:
    """The countries with a town or a county of this own name, less those where two towns share it."""
    return _country_senses(name, gz)[1]


def _country_senses(name: str, gz: Gazetteer) -> tuple[set[str], set[str]]:
    """(the countries with a town or a county of this own name, those of them where no two towns share it)."""
    if fold(name) in word_set("not_places"):
        return set(), set()
    named = towns_named(name, gz) or towns_of_long_name(name, gz)  # 'Bexhill and Battle': Bexhill-on-Sea
    towns = Counter(p.country_code for p in named if p.place_type in TOWN_TYPES)
    countries = {p.country_code for p in named if p.country_code}
    return countries, {c for c in countries if towns[c] <= 1}
