"""The states a local story's North American phone numbers are in: evidence of where the story is.

Decisions: a number of the North American Numbering Plan (country code 1) written in the article ('call London police
at 519-661-5670') is read by the phonenumbers library (Google's libphonenumber data, not a hand-made table of area
codes): its geocoder names the number's town and state or province ('London, ON') or the state alone ('Ontario'); the
state's ISO 3166-2 code ('CA-ON') is the evidence, resolve._features' 'phone_area': a town or a county of that state
gains over its namesakes elsewhere, and the number's own town by its name in that state ('phone_town') as much as a
designator's fit would (London, Ontario over London, England in a story of London, Ontario that names no other place).
Toll-free and non-geographic numbers name no place; numbers of other countries are left out (their geocoder names a
country, which a story's own places say better).
"""

from __future__ import annotations

from functools import cache

import phonenumbers
from phonenumbers import geocoder

from ...normalize.places import Gazetteer, fold

# the region a number is parsed in when written without its country code: the plan's numbers are written so
NANP_REGION = "US"


def area_places(texts: list[str], gz: Gazetteer) -> frozenset[str]:
    """Where the article's North American numbers are: the ISO 3166-2 codes of their states and provinces ('CA-ON',
    'US-NY'), and each number's town as its folded name and its state's code ('london|CA-ON') where the geocoder
    names one."""
    out: set[str] = set()
    for text in texts:
        if not any(c.isdigit() for c in text):
            continue
        for match in phonenumbers.PhoneNumberMatcher(text, NANP_REGION):
            number = match.number
            if number.country_code != 1:
                continue
            region = phonenumbers.region_code_for_number(number)
            description = geocoder.description_for_number(number, "en")
            state = _state_of(region, description, gz)
            if state:
                out.add(state)
                if ", " in description:
                    out.add(town_key(description.rsplit(", ", 1)[0], state))
    return frozenset(out)


def town_key(name: str, state: str) -> str:
    """A town's folded name and its state's code, as area_places gives them."""
    return f"{fold(name)}|{state}"


@cache
def _states_by_name(country: str, gz: Gazetteer) -> dict[str, str]:
    """A country's states and provinces by their folded own names, each to its ISO 3166-2 code."""
    out = {}
    for p in gz.places:
        gid = p.gazetteer_id or ""
        if p.place_type == "admin1" and p.country_code == country and gid.startswith("iso3166-2:"):
            out[fold(p.name)] = gid.removeprefix("iso3166-2:")
    return out


def _state_of(country: str | None, description: str, gz: Gazetteer) -> str | None:
    """'London, ON' -> 'CA-ON', 'Ontario' -> 'CA-ON', 'New York, NY' -> 'US-NY'; None for a toll-free number ('') or a
    description that names no state ('Washington D.C.')."""
    if not country or not description:
        return None
    states = _states_by_name(country, gz)
    if ", " in description:
        code = f"{country}-{description.rsplit(', ', 1)[1]}"
        return code if code in states.values() else None
    return states.get(fold(description))
