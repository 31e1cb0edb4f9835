"""'The number of new daily cases in the District': American news, once it has named Washington, D.C., calls the
capital 'the District' (capital D, after 'the', nothing of a name after it). Decisions:

- Only in an article that writes the district's own name somewhere ('D.C.', 'DC', 'District of Columbia',
  'Washington, D.C.': a mention that can be the District of Columbia and is not a bare 'Washington', which is
  the state as often). Elsewhere 'the District' is a school district, a police district or a court's.
- Not before 'of' or a capitalised word ('the District of Massachusetts', 'the District Attorney', 'the
  District line'), nor after a capitalised word ('the Southern District'), nor at the start of a line, where a
  heading's 'The District' is a title.
- The mention is the whole 'the District' and resolves to the district (admin1 US-DC), never a guess."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...nlp import text_of
from ...normalize.places import Gazetteer, fold
from .words import Mention

__all__ = ["capital_district"]

_DISTRICT = "District of Columbia"
# 'the District' with no name going on; 'the' after a lower-case word, a comma or a bracket, or opening a sentence
_THE_DISTRICT = re.compile(r"(?:(?<=[a-z,;(“\"] )the|(?<=[.?!] )The) District\b(?!['’]?\s*(?:of\b|[A-Z]))")


def capital_district(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """The mentions, with 'the District' for Washington, D.C. in an article that names it outright; the bare word
    'District' the model tagged a place there gives way to it."""
    district = [i for i in gz.lookup(_DISTRICT) if gz.places[i].place_type == "admin1"]
    if not district or not any(_names_the_district(m, district) for m in mentions):
        return mentions
    out = list(mentions)
    for block, doc in enumerate(docs):
        for match in _THE_DISTRICT.finditer(text_of(doc)):
            start, end = match.span()
            inside = [m for m in out if m.block == block and m.start < end and start < m.end]
            if any(fold(m.name) != "district" for m in inside):
                continue
            m = Mention(block, start, end, _DISTRICT, "admin1", strong=False)
            m.candidates = list(district)
            out = [o for o in out if o not in inside] + [m]
    return out


def _names_the_district(m: Mention, district: list[int]) -> bool:
    """A mention that can be the district and is written as more than 'Washington'."""
    return bool(set(m.candidates) & set(district)) and fold(m.name) != "washington"
