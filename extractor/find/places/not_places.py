"""Names that are no place, though a place's name is in them or they are one.

A name that is part of a longer one: a quoted title ('The Purple Rose of Cairo'), a publication's or a school's ('Miami
Today', 'University of North Carolina at Chapel Hill'), a person's or a brand's ('Greil Marcus', 'Avanti West Coast'), a
group's the model cut before its place ('the Students for Justice in Palestine group'), a name after a person's title or
a kinship word ('his wife Georgia'); a lone word of a full personal name the article gives ('Georgia' after 'Georgia
Stevens'); a speaker that is no government ('said Noma'); an unknown name with nothing that says it is a place. A town's
name that begins a company's in the article ('Alden Capital') is the company's short name there ('firms such as Alden');
a one-word name the model calls a person more often than a place in the article ('Jas and Vincent') is that person's. A
town abroad, far from every other place of the article, whose name stands right before a system's noun ('the Phoenix pay
system' in a story from Ottawa) is the system's name, and one sense per article makes every bare mention of it the
system's ('caused by Phoenix'); a name with its area or a designator written after it ('Phoenix, Ariz.') stays the
place. So, one sense per article too, a bare event head the article gives in full ('This year's Derby' beside 'the
146th Kentucky Derby': event_heads_named) is the event, and a place after 'at' or a glued dash closing a school's name
('the University of North Carolina at Chapel Hill') the campus's name (in_campus_name); after a comma ('the University
of California, Los Angeles') it says where the school stands, a place. A place's name
before a capitalised number word that ends a group's name ('the so-called "San Antonio Four"', 'the Guildford Four':
before_group_number) and one inside a party's name in another language ('the Parti Pribumi Bersatu Malaysia':
in_foreign_party_name) are the group's and the party's. A place's name that spells the page's own host with a word or
two beside it ('NOW Grenada' on nowgrenada.com) is the publication's (in_publication_name). A name opening a quotation
after 'called', 'titled' or 'entitled' is a work's title unless a place's noun is named ('a town called "Hope"':
called_title). A name after a venue's head word and 'at' on a line that writes the venue's town apart ('Music Park at
Walnut Creek, Raleigh, NC') ends the venue's name (in_venue_name). Two places' one-word names run together, no comma
between, before a capitalised common word that heads no place's, body's or event's name ('Florida Georgia Line', a band)
are one name of something else (in_paired_name). A town's one-word name right before an organisation's entity of
unknown capitalised words ('the firm Cambridge Analytica', tagged a place and an organisation) opens the company's name
the model cut in two (before_split_name). In a racing story a name a relative 'whom' follows, right after it
or past an appositive ('North America, his UAE rival, with whom he tussled'), is a horse's throughout (horses_named).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.symbols import NOUN, PROPN, SCONJ, nsubj
from spacy.tokens import Doc, Span, Token

from ...nlp import span_at, text_of
from ...normalize.places import AREA_TYPES, STATE_TYPES, TOWN_TYPES, Gazetteer, Place, fold
from .areas import area_codes
from .name_kinds import _state_or_country, compass_part, is_airport, state_or_big_city, strong_name, towns_named
from .resolve import NEAR_KM, great_circle_km
from .seats import seat_item_spans
from .words import (
    RESCUE_MIN_POPULATION,
    TITLE_CHARS,
    Mention,
    _name_neighbours,
    before_local_noun,
    designators_after_by,
    glued_before,
    glued_dash,
    is_possessive,
    word_set,
)

__all__ = [
    "OPENING_QUOTES",
    "after_company_name",
    "after_hyphen_word",
    "after_person_title",
    "after_unknown_name",
    "before_group_number",
    "before_road_number",
    "before_split_name",
    "before_unknown_name",
    "called_title",
    "company_names",
    "described_companies",
    "event_heads_named",
    "fictional_place",
    "horse_name",
    "horses_named",
    "in_campus_name",
    "in_described_company",
    "in_firm_name",
    "in_foreign_party_name",
    "in_group_name",
    "in_paired_name",
    "in_party_name",
    "in_publication_name",
    "in_title",
    "in_venue_name",
    "inside_name",
    "listed_surnames",
    "misread_full_names",
    "mostly_people",
    "named_things",
    "people_names",
    "persons_name",
    "qualifies_next_name",
    "saints_possessive",
    "speaker_names",
    "speaks_for_government",
    "surnames",
    "system_names",
    "worth_keeping",
    "written_with_area",
]


def after_hyphen_word(ent: Span, gz: Gazetteer) -> bool:
    """'T-Mobile', 'Harley-Davidson', 'Mid-Atlantic': a name glued by a hyphen after a capitalised word (or a single
    letter) that names no place is the tail of one hyphenated name, a company's or a brand's, not a mention of the
    place. Not after a place's name ('Israel-Gaza', 'Dallas-Fort Worth': two places), a lower-case prefix
    ('pro-Russia', 'anti-Israel' are about the country) or a party's letter ('R-Texas'), nor a country's or a state's
    own name ('Jordanian-U.S.')."""
    head = glued_before(ent)
    if head is None:
        return False
    if not (head.is_alpha and head.text[:1].isupper()) or gz.lookup(head.text):
        return False
    # 'R-Texas', 'D-Austin': a legislator's party and the state or district represented; 'Jordanian-U.S. operations':
    # a country's or a state's own name after a people's word is the place
    return head.lower_ not in word_set("party_letters") and not strong_name(ent.text, gz)


def after_company_name(ent: Span, name: str, gz: Gazetteer) -> bool:
    """'Considering how Lexus Philippines offers almost all Lexus models locally', 'a record deal with broadcast giant
    Star India for the media rights': a country's name glued by a space right after a name the model tags a company
    (ORG) is the company's local arm's name (audit guide: a place inside a company's name is none). Not where a noun
    follows ('White House Russia adviser', 'an EU Ukraine summit': the country is what the noun is about), nor a
    possessive ('By Trend Iran's mutual trade': Iran's own), nor after a word the model does not read as a name."""
    doc = ent.doc
    if ent.start == 0 or ent.label_ != "GPE":
        return False
    brand = doc[ent.start - 1]
    if brand.ent_type_ != "ORG" or brand.whitespace_ != " " or brand.pos != PROPN or not brand.text[:1].isupper():
        return False
    if ent.end < len(doc):
        nxt = doc[ent.end]
        if is_possessive(nxt) or nxt.pos in (NOUN, PROPN) or nxt.text[:1] in "-–—":
            return False
    return any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def before_road_number(ent: Span) -> bool:
    """'signal preemption parallel to US 1', 'the interchange with U.S. 29 and 40', 'U.S. Route 66': the country's
    short name right before a route's number (a road word may stand between; data: road_number_heads,
    road_number_words) names a numbered highway, not the country. Not a quantity of the country's: a number hyphened
    on ('the U.S. 10-year Treasury'), before a word of time, of magnitude or a rank ('U.S. 2 Year Treasury Note', 'in
    the US 40 years ago', 'the US 5 largest'; data: not_road_number_after) or before a plural noun ('in the US 40
    people died'), nor a year's four digits."""
    words = [t for t in ent if t.lower_ != "the"]
    if not words or words[0].lower_ not in word_set("road_number_heads"):
        return False
    doc, i = ent.doc, ent.end
    road_word = len(words) == 2 and words[1].lower_ in word_set("road_number_words")
    if len(words) != 1 and not road_word:
        return False
    if not road_word and i < len(doc) and doc[i].lower_ in word_set("road_number_words"):
        road_word, i = True, i + 1
    if i >= len(doc) or not (doc[i].is_digit and len(doc[i]) <= 3):
        return False
    if road_word:
        return True
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None:
        return True
    glued = not doc[i].whitespace_ and after.text in ("-", "–", "%")
    return not (glued or after.lower_ in word_set("not_road_number_after") or after.tag_ in ("NNS", "NNPS"))


# a town and its state written after a name and a comma ('..., Raleigh, NC'), or before a venue's '@' on its line
# ('June 20 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek')
_TOWN_STATE_AFTER = re.compile(r", ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), (?:[A-Z]{2}\b|[A-Z][a-z]{1,4}\.)")
_TOWN_STATE_AT = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), (?:[A-Z]{2}|[A-Z][a-z]{1,4}\.) @ ")


def in_venue_name(ent: Span) -> bool:
    """'June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC': a name after a venue's head word
    (capitalised, data venue_heads) and 'at' ends the venue's name when the line writes the venue's town apart, with
    its state, right after the name or before an '@' ('Raleigh, NC @ Coastal Credit Union Music Park at Walnut
    Creek'): the venue's town is that one, the name no place of the article. A name with its own state after it is
    the town ('Shoreline Amphitheatre at Mountain View, CA'), and so is one the town after it repeats ('Amphitheater
    at Virginia Beach, Virginia Beach, VA')."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "at":
        return False
    head = doc[ent.start - 2]
    if not head.is_title or head.lower_ not in word_set("venue_heads"):
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    town = _TOWN_STATE_AFTER.match(text, ent.end_char) or _TOWN_STATE_AT.search(text, line_start, ent.start_char)
    return town is not None and town.group(1) != ent.text


def horse_name(ent: Span) -> bool:
    """'He was replaced by South Bend, whose trainer, Bill Mott, guided Country House', '8 on Treasure Beach (Mike de
    Kock), won by Animal Kingdom': a name with its trainer or jockey said right beside it is a racehorse's, no place:
    followed by ', whose trainer', 'trained by', 'ridden by' or "'s jockey" (data racing_people, racing_verbs), or, in
    a story that speaks of trainers or jockeys, by a person's name alone in brackets (a results line's trainer). The
    race's town keeps its place ('the Belmont Stakes horse race in Elmont, N.Y.'), and so does a place with a person in
    brackets outside racing ('the mayor of Red Deer (Tara Veer)')."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    words = [t.lower_ for t in after]
    people, verbs = word_set("racing_people"), word_set("racing_verbs")
    if words[:1] == [","]:
        words = words[1:]
    if len(words) >= 2 and words[0] in ("whose", "'s", "’s") and words[1] in people:
        return True
    if len(words) >= 2 and words[0] in verbs and words[1] == "by":
        return True
    return _bracketed_trainer(ent, people)


def horses_named(mentions: Sequence[Mention], docs: list[Doc], gz: Gazetteer) -> set[str]:
    """The names an article about horse racing (one that names a trainer or a jockey: data racing_people) gives a
    horse: one horse_name reads, or one a relative 'whom' follows ('He kept West Coast, with whom he had exchanged the
    lead briefly'; past an appositive: 'North America, his UAE rival, with whom he tussled'): 'whom' asks for a being,
    and in a racing story a named being that bears a place's name is a horse. Only there: a team is a 'whom' as much
    ('Croatia, against whom France played'), and a team named by its place is the place (audit guide, metonymy);
    'France, who beat Croatia' and 'Texas, whose governor' are no 'whom'. Nor a country's name: a nation is a 'whom'
    in racing news too ('Japan, for whom Almond Eye won'). One sense per article: the horse's name throughout ('then
    West Coast let me go'), but where written with its area."""
    people = word_set("racing_people")
    if not any(t.lower_ in people for doc in docs for t in doc):
        return set()
    out = set()
    for m in mentions:
        span = span_at(docs[m.block], m.start, m.end)
        country = any(gz.places[i].place_type == "country" for i in m.candidates)
        if span is not None and (horse_name(span) or not country and _before_whom(span)):
            out.add(fold(m.name))
    return out


def _before_whom(span: Span) -> bool:
    """'West Coast, with whom', 'Arrogate, whom': the name, a comma, a preposition or none, then 'whom'; or the same
    after an appositive that ends in a common noun ('North America, his UAE rival, with whom he tussled'): 'whom' asks
    for a being, the appositive's noun is one, and the name it describes is the same being."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    after = _past_appositive(doc, span.end + 1)
    if after is not None and _whom_at(doc, after + 1):
        return True
    return _whom_at(doc, span.end + 1)


def _whom_at(doc: Doc, i: int) -> bool:
    """'whom' at token i, or a preposition and 'whom' ('with whom')."""
    if i < len(doc) and doc[i].pos_ == "ADP":
        i += 1
    return i < len(doc) and doc[i].lower_ == "whom"


# an appositive between a name and its relative clause is short ('his UAE rival', "last year's winner")
_APPOSITIVE_MAX = 5


def _past_appositive(doc: Doc, start: int) -> int | None:
    """The comma that closes an appositive of at most _APPOSITIVE_MAX words from token start, its last word a common
    noun and none a verb, a pronoun of a clause ('who', 'whom') or a punctuation mark but a possessive's; or None."""
    for i in range(start, min(start + _APPOSITIVE_MAX + 1, len(doc))):
        tok = doc[i]
        if tok.text == ",":
            return i if i > start and doc[i - 1].pos == NOUN and doc[i - 1].is_lower else None
        if tok.pos_ in ("VERB", "AUX", "PUNCT") or tok.tag_ in ("WP", "WP$", "WDT"):
            return None
    return None


def _bracketed_trainer(ent: Span, people: frozenset[str]) -> bool:
    """'on Treasure Beach (Mike de Kock), won by': a person's name (the model's PERSON, two words or more) alone in
    brackets right after the name, in a document that names a trainer or a jockey."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return False
    close = next((t.i for t in doc[ent.end + 1 : ent.end + 8] if t.text == ")"), None)
    if close is None or close - ent.end - 1 < 2:
        return False
    inside = doc[ent.end + 1 : close]
    if not all(t.ent_type_ == "PERSON" for t in inside):
        return False
    return any(t.lower_ in people for t in doc)


def in_title(ent: Span) -> bool:
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
    return len(words) >= 3 and all(w[:1].isupper() or w in word_set("title_small_words") for w in words)


# the marks that open a quotation before a name (rescue adds the straight apostrophe its own reading allows)
OPENING_QUOTES = frozenset({"“", '"', "‘"})


def called_title(ent: Span) -> bool:
    """'At the last minute, a sample came in called “Glasgow (“No Place Like Home”).': a name that opens a quotation
    right after a naming verb (data title_verbs: 'called', 'titled', 'entitled') is a work's title, whatever the
    article says of the place elsewhere. Not when the noun the verb names is a place's ('a town called “Hope”', 'the
    country then called “Zaire”': data appositive_heads, named_place_nouns, generic_feature_words, the designators
    written after a name), the verb's head or the word before it."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in OPENING_QUOTES:
        return False
    verb = doc[ent.start - 2]
    if verb.lower_ not in word_set("title_verbs"):
        return False
    nouns = word_set("appositive_heads") | word_set("named_place_nouns") | word_set("generic_feature_words")
    near = {verb.head.lower_, doc[verb.i - 1].lower_ if verb.i > 0 else ""}
    return not any(w in nouns or designators_after_by(0).get(w) for w in near)


def after_unknown_name(ent: Span, name: str, gz: Gazetteer) -> bool:
    """'Greil Marcus', 'Avanti West Coast': a capitalised proper noun right before the name, outside any entity, that
    makes no known name with it, makes the two a person's or a brand's name. Not a word that begins place names
    ('Greater', 'Fort', 'North'), nor before a country's or a big city's name (a title-case headline), unless the word
    opens an airline's name (data: brand_openers): 'delivered to six airlines - Air China, China Eastern Airlines'."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    if not (prev.pos == PROPN and prev.is_title and prev.is_alpha and prev.ent_type == 0 and prev.whitespace_):
        return False
    if prev.lower_ in word_set("name_prefixes") | word_set("direction_words") | word_set("geo_heads"):
        return False
    if prev.lower_ in word_set("sport_words"):
        return False  # 'Playoff Football Forest City at Waukon': a schedule's sport, no one's given name
    if gz.lookup(f"{prev.text} {name}"):
        return False
    if prev.lower_ in word_set("brand_openers"):
        return True
    key = fold(name)
    return not any(
        p.place_type == "country"
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def listed_surnames(docs: list[Doc], gz: Gazetteer) -> set[str]:
    """'found Marc David Deen and Seergeoh Villanueva guilty': a place's one-word name after a capitalised word the
    model tagged nothing and the gazetteer does not know (a given name), the two listed right after a person's name
    ('and' or a comma between), are a person's given name and surname: so the name alone elsewhere in the article
    is that person ('arrested Deen and Villanueva during a buy-bust'). Not after a word that begins place names
    ('Greater', 'North')."""
    heads = word_set("name_prefixes") | word_set("direction_words") | word_set("geo_heads")
    out: set[str] = set()
    for doc in docs:
        for t in doc[3:]:
            given = doc[t.i - 1]
            if not (t.is_title and t.is_alpha and t.pos == PROPN and given.is_title and given.is_alpha):
                continue
            if given.pos != PROPN or given.ent_type or given.lower_ in heads or doc[t.i - 2].lower_ not in ("and", ","):
                continue
            if doc[t.i - 3].ent_type_ != "PERSON" or gz.lookup(given.text) or not gz.lookup(t.text):
                continue
            if not gz.lookup(f"{given.text} {t.text}"):
                out.add(fold(t.text))
    return out


def before_unknown_name(ent: Span, name: str, gz: Gazetteer) -> bool:
    """'Virginia Crosbie': a one-word place's name right before a capitalised proper noun outside any entity that the
    gazetteer knows neither alone nor with it is a person's given name and surname. Not before a word that heads or
    follows a place's or a body's name ('Ohio River', 'Texas Governor', 'Pittsburgh Penguins'), a calendar word, or
    a third capitalised word (a title-case headline: 'Texas Judge Blocks Law') but a subordinating conjunction
    opening a sentence glued on past a heading ('Cambridge Analytica When asked'); not a country's name, which a
    headline puts before any word."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 > len(doc):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or not (nxt.pos == PROPN and nxt.is_title and nxt.is_alpha and nxt.ent_type == 0):
        return False
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    # a subordinating conjunction after the two opens the next sentence, glued on past a heading ('Cambridge
    # Analytica When asked about ...'): no headline's third word
    headline = after is not None and after.is_title and after.pos != SCONJ
    if headline or after is not None and after.text == "." and not nxt.whitespace_ and len(nxt) <= 4:
        return False  # a headline's third word; an abbreviated title ('Texas Lt. Gov. Dan Patrick')
    if nxt.lower_ in _name_neighbours() or nxt.lower_.endswith("s") or gz.lookup(nxt.text):
        return False
    if gz.lookup(f"{name} {nxt.text}") or designators_after_by(0).get(nxt.lower_):
        return False
    return not any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def before_split_name(ent: Span, name: str, gz: Gazetteer) -> bool:
    """'the political data-mining firm Cambridge Analytica inappropriately accessed data' tagged 'Cambridge' a place
    and 'Analytica' an organisation: a one-word place's name right before an organisation's entity whose words are
    capitalised proper nouns the gazetteer knows neither alone nor with the name, and that neither head nor follow a
    place's or a body's name (_name_neighbours: 'Kenya Wildlife Service', 'Ohio State Police', 'Texas Governor'), is
    the first word of the organisation's name the model cut in two: no place (audit guide: a place inside a company's
    name). Not a country's or a state's name, which heads a body's name the model cuts alike ('Iowa House challengers',
    'Brazil Foreign Ministry'), nor before a chamber's word (data chamber_heads)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or not ent[-1].whitespace_:
        return False
    org = _entity_from(doc[ent.end])
    if org is None or org.label_ != "ORG" or len(org) > 3:
        return False
    if not all(t.pos == PROPN and t.is_title and t.is_alpha for t in org):
        return False
    body_words = _name_neighbours() | word_set("chamber_heads")
    if any(t.lower_ in body_words or t.lower_.endswith("s") or gz.lookup(t.text) for t in org):
        return False
    if gz.lookup(f"{name} {org[0].text}") or designators_after_by(0).get(org[0].lower_):
        return False
    return not _state_or_country(name, gz)


def _entity_from(tok: Token) -> Span | None:
    """The entity that begins at the token, or None."""
    if tok.ent_iob_ != "B":
        return None
    return next((e for e in tok.doc.ents if e.start == tok.i), None)


def qualifies_next_name(ent: Span, name: str) -> bool:
    """'North East Somerset' tagged 'North East': a name of directions only, right before a capitalised proper noun,
    says which part of that name is meant; alone it would be some country's 'North East' region."""
    doc = ent.doc
    if ent.end >= len(doc) or not all(w in word_set("direction_words") for w in name.lower().split()):
        return False
    nxt = doc[ent.end]
    return nxt.pos == PROPN and nxt.is_title and nxt.is_alpha


def in_campus_name(ent: Span) -> bool:
    """'University of North Carolina at Chapel Hill', 'Rutgers University–New Brunswick': a place after 'at', or
    after a dash written without spaces, that ends a school's name is the campus's. Not one after a comma, a system's
    ('a business professor at the University of California, Los Angeles, who') or another school's ('the Federal
    University of Technology, Owerri'): that says where the school stands, a place (audit guide, names inside names,
    settled in session 38 by GeoWebNews, which marks both core places)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 2].ent_type_ != "ORG" or not _campus_joint(doc[ent.start - 1]):
        return False
    org = doc[ent.start - 2]
    first = org.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    words = {t.lower_ for t in doc[first : org.i + 1]}
    return bool(words & word_set("organisation_heads"))


# a saint's name: 'St.', 'St', 'Ste.' or 'Saint' and one capitalised word
_SAINT = re.compile(r"(?:St\.?|Ste\.?|Saint) [A-Z][a-z]+$")


def saints_possessive(ent: Span, name: str, gz: Gazetteer) -> bool:
    """'acquired by St. Martin's, published', 'St. Martin's Press': a saint's name with a possessive is a publisher's,
    a church's or a school's name, not the island or the town of the saint's name, when nothing or a body's head word
    (data: saint_name_heads) follows it. A town's possessive before a lower-case noun stays ('St. Louis's team'), and
    so does a place whose own name has the possessive ('St. John's')."""
    if not _SAINT.match(name) or gz.lookup(ent.text.replace("’", "'")):
        return False
    doc = ent.doc
    end = ent.end
    if doc[end - 1].lower_ not in ("'s", "’s"):
        if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
            return False
        end += 1
    if end >= len(doc) or doc[end].is_punct:
        return True
    return doc[end].is_title and doc[end].lower_ in word_set("saint_name_heads")


def before_and_the_title(ent: Span, gz: Gazetteer) -> bool:
    """'South Holland and The Deepings', 'Rutland and Melton': a capitalised 'The' after 'and' inside a sentence starts
    the second half of one long name (a seat's, a title's), so the place's name before it is that name's part. Not
    before a place whose name takes 'The' ('Paris and The Hague'), nor after a locative preposition ('from Germany
    and The Salesman from Iran')."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and" or doc[ent.end + 1].text != "The":
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ in word_set("locative_prepositions"):
        return False  # 'Toni Erdmann from Germany and The Salesman from Iran': a preposition makes it the place
    words = []
    for tok in doc[ent.end + 2 : ent.end + 6]:
        if not tok.is_title:
            break
        words.append(tok.text)
    return bool(words) and not gz.lookup(" ".join(words))


def _campus_joint(tok: Token) -> bool:
    """'at' ('University of Wisconsin at Madison'), or a dash glued to both words ('University–New Brunswick')."""
    return tok.lower_ == "at" or glued_dash(tok, ("-", "–", "—"))


def inside_name(ent: Span) -> bool:
    """A place's name that begins a longer name the model cut: a title after 'The' ('The Hollywood Reporter', 'The
    Boston Globe'), a publication's, a school's or a venue's head word ('Miami Today', 'Washington Post', 'Hollywood
    Casino Amphitheatre - Chicago, Tinley Park, IL': data venue_heads, the venue standing in the town after it) or a
    team's plural ('Pittsburgh Penguins', 'Golden State Warriors'). Not a place's own head word ('Palm Springs',
    'Virgin Islands', 'Tinley Park': data geo_heads), a designator ('Hubei Province') nor an office's title ('The
    Ukraine Ambassador': data office_titles)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    if not (nxt.is_title and nxt.is_alpha and nxt.pos == PROPN) or nxt.lower_ in word_set("geo_heads"):
        return False
    if designators_after_by(0).get(nxt.lower_) or nxt.lower_ in word_set("office_titles"):
        return False  # 'Hubei Province'; 'The Ukraine Ambassador to Nigeria' holds an office of the country
    the = ent.start > 0 and doc[ent.start - 1].text == "The"
    # 'Miami Today', 'Washington Post', 'Oxford University', 'Alden Capital': a publication's, a school's, a club's
    # or a company's name; 'Hollywood Casino Amphitheatre': a venue's (the guide's places are no venues)
    return (
        the
        or nxt.lower_ in word_set("organisation_heads") | word_set("company_heads") | word_set("venue_heads")
        or (nxt.lower_.endswith("s") and not nxt.lower_.endswith("ss") and not _people_of(nxt))
    )


def fictional_place(m: Mention, docs: list[Doc]) -> bool:
    """'“We think of ourselves as Mayberry,” says Fred Smoller ..., “when we really are closer to Gotham City.”',
    'Penny is a villager who lives in Pelican Town': a well-known fictional place's full name that the gazetteer does
    not know (data: fictional_places) is no geographic place (audit guide: not a place at all), its designator
    ('City', 'Town', 'Valley') notwithstanding."""
    written = fold(text_of(docs[m.block])[m.start : m.end])
    return bool({written, fold(m.name)} & word_set("fictional_places"))


def in_publication_name(m: Mention, docs: list[Doc], host_names: frozenset[str]) -> bool:
    """'NOW Grenada is not responsible for the opinions, statements or media content presented by contributors' on a
    page of nowgrenada.com: a place's name that, with one or two capitalised words written right before or after it,
    spells a label of the page's own host is a word of its publication's name (audit guide: a place inside a
    newspaper's name is no mention of the place). The name alone spelling the host ('Grenada' on a page of
    grenada.gov) stays the place; so does any name on a page whose URL is unknown."""
    if not host_names:
        return False
    text = text_of(docs[m.block])
    before = _NAME_WORDS_BEFORE.search(text, 0, m.start)
    after = _NAME_WORDS_AFTER.match(text, m.end)
    words_before = before.group(0).split() if before else []
    words_after = after.group(0).split() if after else []
    own = text[m.start : m.end]
    return any(
        _host_key(" ".join([*words_before[len(words_before) - k :], own, *words_after[:n]])) in host_names
        for k in range(len(words_before) + 1)
        for n in range(len(words_after) + 1)
        if k + n
    )


def _host_key(name: str) -> str:
    """A name as a host spells it: lower case, letters and digits only ('NOW Grenada' -> 'nowgrenada')."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


# one or two capitalised words right before a name (a space after them), or right after it (a space before them)
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w'’&.-])(?:[A-Z][\w&'’.-]* ){1,2}$")
_NAME_WORDS_AFTER = re.compile(r"(?: [A-Z][\w&'’.-]*){1,2}")


def in_party_name(ent: Span) -> bool:
    """'the right-wing Alternative for Germany (AfD)': a country's name after 'for' and a capitalised word for a
    political party or movement (data: party_words_before_for) ends the party's name, which the guide reads like a
    company's: no mention of the country. A public body's 'for' ('Transport for London', 'Minister for Scotland')
    has no such word and keeps its jurisdiction."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    if start < 2 or doc[start - 1].lower_ != "for":
        return False
    head = doc[start - 2]
    return head.is_title and head.lower_ in word_set("party_words_before_for")


def in_group_name(ent: Span) -> bool:
    """'the Students for Justice in Palestine group': a capitalised plural for a group's members, 'for', one to three
    capitalised words for its cause and 'in' before the place make a group's name (as in_party_name's 'Alternative
    for Germany'); the guide: a place inside a group's or an association's name is no mention of the place. A public
    office's 'for' has a singular title ('the Secretary for Justice in Hong Kong': the jurisdiction)."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    if start < 4 or doc[start - 1].lower_ != "in":
        return False
    cause = start - 2
    while cause > start - 5 and cause > 1 and doc[cause].is_title and doc[cause].is_alpha:
        cause -= 1
    if cause == start - 2 or doc[cause].lower_ != "for":
        return False
    members = doc[cause - 1]
    return members.is_title and members.lower_.endswith("s") and not members.lower_.endswith("ss")


def before_group_number(span: Span) -> bool:
    """'the convictions of the so-called "San Antonio Four"', 'the Guildford Four', 'the Little Rock Nine': a place's
    name after 'the' or an opening quote and before a capitalised number word (data: group_number_words) that ends
    the name is a group of people's name, no mention of the place. Not where the number begins another name ('the
    Texas Ten Commandments monument', 'the Miami Four Seasons'), is glued to a hyphen ('the Texas Two-Step') or counts
    the noun after it ('the Texas Four people')."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")
    if start < 1 or span.end + 1 > len(doc):
        return False
    before = doc[start - 1]
    if before.lower_ != "the" and before.text not in ('"', "“", "'", "‘"):
        return False
    number = doc[span.end]
    if not (number.is_title and number.lower_ in word_set("group_number_words")):
        return False
    if span.end + 1 == len(doc):
        return True
    after = doc[span.end + 1]
    glued = not number.whitespace_ and after.text in ("-", "–")
    return not (glued or after.is_title or (after.is_lower and after.pos == NOUN))


def in_paired_name(ent: Span, gz: Gazetteer) -> bool:
    """'Florida Georgia Line' (a band, in a list of award nominees), 'Beijing Chaoyang Hospital': two places' one-word
    names run together, no comma nor 'and' between, and a capitalised common word after them make one name of
    something else, a band's, a firm's or a hospital's, no mention of either place. Not where that word heads a
    place's, a body's, an office's or an event's name ('the Florida Georgia border', 'Maiduguri Borno State', 'Hawaii
    Pacific Health', 'an Israel Gaza War'), nor where it is a state's, a region's or a large city's name itself (a
    list without commas); nor in a title-case headline (another capitalised word before or after the three), nor
    after a country's name (a headline pairs countries: 'US China Trade'). So the three are a name's words only in a
    list's line or in running text."""
    doc = ent.doc
    if len(ent) != 1:
        return False
    first = ent.start if _paired_place(doc, ent.start + 1, gz) else ent.start - 1
    if first < 0 or first + 2 >= len(doc) or not _paired_place(doc, first, gz):
        return False
    if not _paired_place(doc, first + 1, gz) or _title_word(doc, first - 1) or _title_word(doc, first + 3):
        return False
    if any(gz.places[i].place_type == "country" for i in gz.lookup(doc[first].text)):
        return False
    head, second = doc[first + 2], doc[first + 1]
    if not (head.is_title and head.is_alpha) or head.lower_ in _name_neighbours() | word_set("event_heads"):
        return False
    if designators_after_by(0).get(head.lower_) or strong_name(head.text, gz, cities=True):
        return False  # 'Maiduguri Borno State'; a list without commas ('Washington Oregon Idaho')
    return not (gz.lookup(f"{second.text} {head.text}") or gz.lookup(f"{doc[first].text} {second.text}"))


def _paired_place(doc: Doc, i: int, gz: Gazetteer) -> bool:
    """A one-word name of a country, a state, a region or a large city at token i, a space right after it."""
    if not 0 <= i < len(doc):
        return False
    tok = doc[i]
    return tok.is_title and tok.is_alpha and tok.whitespace_ == " " and strong_name(tok.text, gz, cities=True)


def _title_word(doc: Doc, i: int) -> bool:
    """A capitalised word at token i: a title-case headline goes on there."""
    return 0 <= i < len(doc) and doc[i].is_title and doc[i].is_alpha


def in_foreign_party_name(ent: Span) -> bool:
    """'the Parti Pribumi Bersatu Malaysia failed to submit adequate documentation', 'The Partai Demokrasi Indonesia
    Perjuangan': a place's name inside a run of capitalised words (linked by a name's small words in its language:
    'Partido Comunista de Cuba'; data: foreign_name_links) that a party's or an association's head word in another
    language opens (data: foreign_party_heads) is part of the party's name, which the guide reads like a company's
    (as in_party_name's 'Alternative for Germany'): no mention of the place. So is one in a venue's or a building's
    name that such a head word opens ('The terrorists struck in coordinated attacks at the Stade de France': data
    foreign_venue_heads; the guide's places are no venues). A public body's head word ('Bundesamt', 'Congreso')
    names its jurisdiction and is no such word."""
    doc = ent.doc
    i = ent.start + (ent[0].lower_ == "the") - 1
    heads = word_set("foreign_party_heads") | word_set("foreign_venue_heads")
    links = word_set("foreign_name_links")
    # a title-case headline's English small word ends the run: 'Partido Popular Wins Vote In Spain'
    english = (word_set("title_small_words") | word_set("locative_prepositions")) - links
    while i >= 0 and ent.start - i <= 8:
        tok = doc[i]
        if tok.is_title and tok.lower_ in english:
            return False
        if tok.is_title and tok.is_alpha:
            if tok.lower_ in heads:
                return True
        elif not (tok.is_lower and tok.lower_ in links):
            return False
        i -= 1
    return False


def _people_of(tok) -> bool:
    """'Oklahoma Republicans', 'Manitoba's New Democrats': a party's or a legislature's members after a place's name
    are its people, not a team's name (data: people_plurals; not every people's word: 'Mumbai Indians' is a team)."""
    return tok.lower_ in word_set("people_plurals")


def after_person_title(ent: Span) -> bool:
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1].lower_.rstrip(".")
    irish = prev in ("'", "’") and ent.start > 1 and ent.doc[ent.start - 2].text == "O"  # 'Michael O' Leary'
    return prev in word_set("person_titles") or irish or _after_kinship_word(ent)


def _after_kinship_word(ent: Span) -> bool:
    """'his wife Tonya', 'his daughters, Malia and Sasha': a relative's name. Not 'his brother, Israel's envoy', nor a
    name a noun follows after a comma ('a baby, Chicago police said': the name is the police's). The last of a list of
    names after the word is one too ('daughters North and Chicago')."""
    doc = ent.doc
    i = ent.start - 1
    if doc[i].text == "," and i > 0:
        i -= 1
        if ent.end < len(doc) and (is_possessive(doc[ent.end]) or doc[ent.end].pos == NOUN):
            return False
    return _kinship_word(doc[i]) or _listed_after_kinship_word(ent)


def _kinship_word(tok: Token) -> bool:
    return tok.is_lower and tok.lower_ in word_set("kinship_words")


def _listed_after_kinship_word(ent: Span) -> bool:
    """'daughters North and Chicago', 'his sons, Tom, Joe and Sam': the span ends a list of capitalised names (commas
    between them, 'and' or 'or' before the last) that follows a relative's word, one name at least before the span.
    Only after 'and' or 'or': in 'his son John, Chicago, and daughter Mary' the name after a comma is where he lives."""
    doc = ent.doc
    i, names = ent.start - 1, 0
    if i < 1 or doc[i].lower_ not in ("and", "or"):
        return False
    while i > 0 and ent.start - i <= 8:
        tok = doc[i]
        if tok.lower_ in ("and", "or", ","):
            i -= 1
        elif tok.pos == PROPN and tok.is_title:
            names += 1
            i -= 1
        else:
            return names > 0 and _kinship_word(tok)
    return False


def share_unknown_kinds(mentions: list[Mention]) -> None:
    """'tourists were marooned in Uglii' beside 'The city of Uglii was closed': a name the gazetteer does not know
    takes, where written bare, the kind its designated mention in the article gives it (entity_mentions.
    _designated_unknown), one sense per article as a known name's; worth_keeping then keeps it as that one. So does a
    compass sibling of such a name ('East Champaran' beside 'West Champaran district'): two parts of one whole named
    by compass words are places of one kind."""
    designated = [m for m in mentions if not m.candidates and m.hint and not m.capital_designator]
    kinds = {fold(m.name): m.hint for m in designated}
    sibling_kinds = {rest: m.hint for m in designated if (rest := _compass_rest(m.name))}
    for m in mentions:
        if not m.candidates and not m.hint:
            rest = _compass_rest(m.name)
            m.hint = kinds.get(fold(m.name)) or (sibling_kinds.get(rest) if rest else None)


def _compass_rest(name: str) -> str | None:
    """The folded name after its capitalised compass words ('West Champaran': 'champaran'), None without one."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    n = 0
    while n < len(words) - 1 and words[n][:1].isupper() and words[n].lower() in word_set("compass_words"):
        n += 1
    return fold(" ".join(words[n:])) if n else None


def worth_keeping(m: Mention, gz: Gazetteer) -> bool:
    """Drop names the gazetteer does not know unless something says they are places (a designator, a head
    word like 'River', a compass word before a country's, a state's or a county's name: 'West Wales'): spaCy's GPE
    on a person's name ('Hong Zhaoyang') has none."""
    if m.candidates:
        return True
    if m.hint or compass_part(m.name, gz):  # 'West Wales': a part of a known place, found by no other name
        return True
    words = m.name.split()
    last = words[-1].lower().rstrip(".")
    return m.strong and last in word_set("geo_heads") and not _branded(words, gz)


def _branded(words: list[str], gz: Gazetteer) -> bool:
    """'Avanti West Coast', 'Virgin Atlantic': an unknown word before a region's or a country's own name is a brand's.
    Not a head word alone that a country's or a region's name is spelt like ('Island', Iceland's own name; 'Bay',
    'Gulf'): 'who captains a ferry to and from Fire Island' is the island."""
    if len(words) > 2:
        return strong_name(" ".join(words[1:]), gz)
    return len(words) == 2 and words[1].lower() not in word_set("geo_heads") and strong_name(words[1], gz)


def people_names(ents: Sequence[Sequence[Span]], gz: Gazetteer) -> set[str]:
    """The words of the article's full personal names ('Georgia Stevens', 'Tom Conrad'): a lone 'Georgia' or
    'Conrad' elsewhere in the same article is that person far more often than a place. Not a town's own name alone in
    its line (_town_line)."""
    out: set[str] = set()
    for block in ents:
        for e in block:
            if e.label_ == "PERSON" and _looks_like_full_name(e) and not _town_line(e, gz):
                out.update(fold(t.text) for t in e if t.is_title)  # not 'US' in 'Henry Lazenby US'-based
    return out


def _town_line(e: Span, gz: Gazetteer) -> bool:
    """'Sutton Coldfield' alone in a list's line of seats, tagged a person: a name alone in its line that the gazetteer
    knows as a town by its own name is the town's (entity_mentions._whole_line_town), so its words are no person's
    ('Sutton' of the line 'Sutton and Cheam' stays the seat's town). So is a whole item of a line that lists seats
    and nothing else (seats.seat_item_spans): 'Blackpool North' of 'Blackpool North and Cleveleys', 'Bolton West'
    alone, tagged persons, are seats, and 'Blackpool South' on the next line stays one too."""
    text = text_of(e.doc)
    line_start = text.rfind("\n", 0, e.start_char) + 1
    line_end = text.find("\n", e.end_char)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if (e.start_char - line_start, e.end_char - line_start) in seat_item_spans(line, gz):
        return True
    if line.strip() != e.text:
        return False
    return any(p.place_type in TOWN_TYPES for p in towns_named(e.text, gz))


def speaker_names(docs: list[Doc]) -> set[str]:
    """Names the article makes the subject of a speech verb ('said Noma', 'Xinhua reported'): people and
    organisations, whatever the model calls them."""
    out = set()
    for doc in docs:
        for tok in doc:  # the labels' ids, not their names: a string look-up per word of the article
            if tok.dep == nsubj and tok.ent_type and tok.head.lower_ in word_set("speech_verbs"):
                start, end = tok.i, tok.i + 1
                while start > 0 and doc[start].ent_iob_ == "I":
                    start -= 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                out.add(fold(doc[start:end].text))
    return out


def speaks_for_government(m: Mention, gz: Gazetteer) -> bool:
    """'Beijing said', 'Texas says': a country, subdivision, region, capital or large city speaks for its rulers."""
    return any(
        gz.places[i].place_type in AREA_TYPES or i in gz.capitals or gz.places[i].population >= RESCUE_MIN_POPULATION
        for i in m.candidates
    )


def _looks_like_full_name(e: Span) -> bool:
    """Two to four capitalised words, none a place's or a body's head word: not the model's PERSON on 'Trump -
    Wisconsin', 'Abuja Chamber of Commerce and Industry', 'Karak Castle' or 'Indiana Statehouse' (a building: data
    building_heads), whose place is no person's name; nor one with a possessive inside it ('from Punjab’s Bhatinda'
    tagged a person: an area and its town); an initial is a capital's ('Viera d. Rockledge', a game roundup's 'Viera
    defeated Rockledge' tagged a person, is two teams' towns)."""
    words = [t for t in e if not is_possessive(t)]
    return (
        1 < len(words) <= 4
        and not any(is_possessive(t) for t in e[:-1])
        and all(t.is_title or t.text.endswith(".") and t.text[:1].isupper() for t in words)
        and words[-1].lower_ not in word_set("geo_heads") | word_set("institution_heads") | word_set("building_heads")
    )


def surnames(ents: Sequence[Sequence[Span]]) -> set[str]:
    """The last words of the article's full personal names ('Brunson' of 'Andrew Brunson'): news refers to a person
    by the surname alone, anywhere in a sentence ('confidence in Brunson')."""
    out: set[str] = set()
    for block in ents:
        for e in block:
            if e.label_ == "PERSON" and _looks_like_full_name(e):
                words = [t for t in e if not is_possessive(t)]
                out.add(fold(words[-1].text))
    return out


def misread_full_names(ents: Sequence[Sequence[Span]], gz: Gazetteer) -> set[str]:
    """'Nic Batum' tagged an organisation: two capitalised words, the first a word the gazetteer does not know and
    no word place or body names begin with, the second a lesser place's name or an alternate one ('Batum' for
    Batumi), and the two no place together, are a person's given name and surname; the surname alone elsewhere in
    the article ('Batum gave the Sixers some enormous minutes') is that person. Not a country's, a subdivision's, a
    region's, a county's or a large city's own name ('Air Canada', 'Toyota Tacoma' name companies and cars, not
    people, and keep the place in a sentence that is about it)."""
    out: set[str] = set()
    heads = (
        word_set("name_prefixes")
        | word_set("direction_words")
        | word_set("geo_heads")
        | word_set("company_heads")
        | word_set("organisation_heads")
        | word_set("institution_heads")
    )
    for block in ents:
        for e in block:
            words = [t for t in e if t.is_alpha]
            if e.label_ != "ORG" or len(words) != 2 or not all(t.is_title and t.pos == PROPN for t in words):
                continue
            given, last = words
            if given.lower_ in heads or gz.lookup(given.text) or gz.lookup(f"{given.text} {last.text}"):
                continue
            if gz.lookup(last.text) and not strong_name(last.text, gz, cities=True):
                out.add(fold(last.text))
    return out


def persons_name(m: Mention, people: set[str], kept: set[str], docs: list[Doc], gz: Gazetteer) -> bool:
    """A lone word of a name the article gives as a person's (people_names) is that person; not after a preposition
    that puts something in a place ('a gas station in Riverdale', where the model read 'Riverdale Luke Oil' a person;
    'a patrol in Karak' beside 'Karak Castle'), unless the word is one the article uses for a person or a company
    alone anywhere (`kept`: surnames, companies' short names, one-word people). Never a town written with its state
    or country after it (_area_follows: 'Rodeo – Houston, Texas' beside 'Kell Houston – Houston Productions'), nor
    one the words around it vouch for as a designator would (Mention.cued: 'Percy French Hotel, Ballyjamesduff;'
    beside 'Courthouse Ballyjamesduff', both tagged persons, is the hotel's address), nor one a public body's or an
    event's name holds (Mention.named_in: 'Seattle Fire and Police' beside the team 'Seattle Seahawks' tagged a
    person), nor a world city standing for its team ('For Hyderabad, ...' beside the club 'Sunrisers Hyderabad' tagged
    a person: Mention.metonym)."""
    key = fold(m.name)
    if key not in people or " " in key or m.hint or m.cued or m.named_in or m.metonym or _area_follows(m, docs, gz):
        return False
    return key in kept or not _placed(m, docs)


# a comma and one or two capitalised words right after a name, and no third: 'Houston, Texas', 'Cheyenne, Wyo.'; not
# 'Freeland, U.S. Trade Representative Robert Lighthizer'
_AREA_AFTER = re.compile(r",\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?![\w.]| [A-Z])")


def _area_follows(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """A town whose senses were narrowed to the area written after its name (areas.narrow_to_named_area) and that has
    a state's or a country's name right after it and a comma, here, and no other name after that (a title's words
    follow a person's country: 'Freeland, U.S. Trade Representative'): a person's name takes no state after a comma."""
    if not m.narrowed:
        return False
    match = _AREA_AFTER.match(text_of(docs[m.block]), m.end)
    if match is None:
        return False
    return any(gz.places[i].place_type in STATE_TYPES for i in gz.lookup(match.group(1)))


def _placed(m: Mention, docs: list[Doc]) -> bool:
    """The name right after a placing preposition (data: placing_prepositions), no possessive after it ('in
    Georgia's routine' is the skater's), or before a noun for a thing in a town (words.before_local_noun)."""
    text = text_of(docs[m.block])
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 16) : m.start])
    possessive = re.match(r"['’]s\b", text[m.end : m.end + 3])
    if before is not None and before.group(1).lower() in word_set("placing_prepositions") and possessive is None:
        return True
    span = span_at(docs[m.block], m.start, m.end)  # 'at the Riverdale gas station': the thing in it places it
    return span is not None and before_local_noun(span)


def company_names(ents: Sequence[Sequence[Span]], gz: Gazetteer) -> set[str]:
    """'The private equity firm Alden Capital': the name before a company's head word (data: company_heads) in an
    ORG entity, when it is no country's, subdivision's, county's or large city's: elsewhere in the article the name
    alone ('firms such as Alden') is the company's short name."""
    out: set[str] = set()
    for block in ents:
        for e in block:
            words = [t for t in e if not is_possessive(t) and t.lower_ not in ("the", "a")]
            if e.label_ != "ORG" or len(words) < 2 or words[-1].lower_ not in word_set("company_heads"):
                continue
            name = e.doc[words[0].i : words[-1].i].text
            if all(t.is_title for t in words[:-1]) and not strong_name(name, gz, cities=True):
                out.add(fold(name))
    return out


def described_companies(mentions: Sequence[Mention], docs: list[Doc], gz: Gazetteer) -> set[str]:
    """'Outdoor apparel giant Patagonia', 'the recreational vehicle-maker Winnebago': a name right after a lower-case
    noun for a company (data: company_nouns_before, or a '-maker' compound) is the company's; elsewhere in the article
    the name alone ('Patagonia’s UK customers') is the company's too. So is a name right after a word of owning or
    buying a company (data: company_phrases_before): 'Carlyle, which already held a stake in Ithaca'. Not a country's,
    a subdivision's or a large city's own name: 'economic giant China' is the country."""
    out: set[str] = set()
    for m in mentions:
        if m.hint or m.narrowed:
            continue
        text = text_of(docs[m.block])
        before = text[max(0, m.start - 40) : m.start]
        named = _after_company_noun(before) or _after_company_phrase(before) or _appositive_names(m, docs)
        if named and not state_or_big_city(m.name, gz):
            out.add(fold(m.name))
    return out


def in_described_company(m: Mention, docs: list[Doc]) -> bool:
    """'the founder and CEO of Enterprise Scrum, a software company': a name that begins a longer capitalised name
    the article then says is a company (data: company_appositive_nouns) is a word of the company's name here; the
    name alone elsewhere is left to the words around it."""
    text = text_of(docs[m.block])
    if m.hint or _LONGER_NAME.match(text, m.end) is None or _placed(m, docs):
        return False
    return _company_appositive(text, m.end, longer=True)


def in_firm_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'the law firm of Sheppard, Mullin, Richter, and Hampton', 'Dimond Kaplan & Rothstein, P.A.': a name that is one
    of a run of capitalised words (partners' surnames, joined by commas, 'and' or '&') right after a
    lower-case noun for a firm (data: firm_nouns; 'of' may follow it) or right before a partnership's designation
    (data: firm_suffixes) is a word of the firm's name, not Hampton, Virginia (audit guide: a place inside a
    company's name is none). The run holds another surname than the name ('a New York LLC' is no firm's list), and
    a country's, a state's or a region's own name stays ('firms in Texas and Ohio' is no run after the noun)."""
    text = text_of(docs[m.block])
    left = _FIRM_RUN_BEFORE.search(text, max(0, m.start - 200), m.start)
    right = _FIRM_RUN_AFTER.match(text, m.end)
    if left is None or right is None or (left.start() == m.start and right.end() == m.end):
        return False
    named = _FIRM_NOUN_BEFORE.search(text, max(0, left.start() - 20), left.start())
    suffix = _FIRM_SUFFIX_AFTER.match(text, right.end())
    cued = (named is not None and named.group(1) in word_set("firm_nouns")) or (
        suffix is not None and suffix.group(1).lower() in word_set("firm_suffixes")
    )
    return cued and not strong_name(m.name, gz)


def _appositive_names(m: Mention, docs: list[Doc]) -> bool:
    """The name alone is the one the appositive after it calls a company; not after a word that places something in
    it ('In Bend, a brewery, ...' would be the town's)."""
    return _company_appositive(text_of(docs[m.block]), m.end) and not _placed(m, docs)


def _company_appositive(text: str, end: int, longer: bool = False) -> bool:
    """The name ending at `end` (with up to three more capitalised words when `longer`) is followed by a comma and an
    appositive that says it is a company, a brand or a band: 'a/an/the', up to three words and a noun of data
    company_appositive_nouns that ends the appositive ('Iceland, the frozen food retailer,'; not 'Texas, the company
    said')."""
    match = (_LONGER_APPOSITIVE if longer else _APPOSITIVE).match(text, end)
    return match is not None and match.group(1).lower() in word_set("company_appositive_nouns")


def _after_company_noun(before: str) -> bool:
    match = _COMPANY_NOUN_BEFORE.search(before)
    return match is not None and (
        match.group(1) in word_set("company_nouns_before") or match.group(1).endswith("-maker")
    )


def _after_company_phrase(before: str) -> bool:
    """The text before the name ends in a word or two of owning or buying ('a stake in ', 'acquired ')."""
    match = _TWO_WORDS_BEFORE.search(before)
    if match is None:
        return False
    phrases = word_set("company_phrases_before")
    return match.group(2) in phrases or f"{match.group(1)} {match.group(2)}" in phrases


# ', a software company,' / ', the UK supermarket chain that ...': an article, up to three words that are no clause's or
# phrase's opener, the noun, then the appositive's end (punctuation or a word that goes on describing the company)
_APPOSITIVE_TAIL = (
    r",\s+(?:a|an|the)\s+(?:(?!(?:where|which|that|who|whose|of|in|for|with|and|or|to|as)\b)[\w'’&.-]+\s+){0,3}"
    r"([a-z-]+)(?=\s*(?:[,.;:)!?—–]|$)|\s+(?:based|headquartered|founded|owned|run|that|which|who|known|from|in|with)\b)"
)
_APPOSITIVE = re.compile(_APPOSITIVE_TAIL)
_LONGER_APPOSITIVE = re.compile(r"(?: [A-Z][\w&'’.-]*){0,3}" + _APPOSITIVE_TAIL)
# the name goes on with another capitalised word: 'Enterprise Scrum'
_LONGER_NAME = re.compile(r" [A-Z]")
# a lower-case noun (or '-maker' compound) right before the name, one space between
_COMPANY_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)?) $")
# a partner's surname, and what joins two of a firm's list: a comma, 'and' or '&' (', and ' too); not a space, so a
# list of towns before a firm's name ('in New York, and Detroit, Dimond Kaplan & Rothstein, P.A.') runs into it no
# further than its last word
_SURNAME = r"[A-Z][a-z][\w'’-]*"
_FIRM_JOINT = r"(?:,? (?:and|&) |, )"
# the surnames and joints right before the name, and the joints and surnames right after it
_FIRM_RUN_BEFORE = re.compile(rf"(?<![\w'’.&-])(?:{_SURNAME}{_FIRM_JOINT})*$")
_FIRM_RUN_AFTER = re.compile(rf"(?:{_FIRM_JOINT}{_SURNAME}(?![\w'’-]))*")
# the lower-case noun right before the run, 'of' maybe after it: 'the law firm of '
_FIRM_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-z]+)(?: of)? $")
# a designation right after the run: ', P.A.', ' LLP'
_FIRM_SUFFIX_AFTER = re.compile(r",? ([A-Za-z.]+?\.?)(?![\w.])")
# the last one or two lower-case words before the name
_TWO_WORDS_BEFORE = re.compile(r"(?:(?<![\w-])([a-z]+) )?(?<![\w-])([a-z]+) $")


def mostly_people(ents: Sequence[Sequence[Span]], gz: Gazetteer) -> set[str]:
    """'Jas and Vincent': one-word names the model calls a person more often than a place in the article and lists
    with another one-word person's name at least once (a slip the other way on a given name). Not a country's or a
    subdivision's name ('Georgia'); not on the label count alone, which the small model gets wrong on towns. A
    facility's tag counts as a place's: 'while Heathrow and Gatwick also reported disruption' (both tagged persons)
    is the airport the article tags a facility twice ('disruption at Heathrow'), no person's name; so is a name the
    gazetteer knows as an airport ('Gatwick', tagged a person's once only: name_kinds.is_airport)."""
    person: dict[str, int] = {}
    place: dict[str, int] = {}
    paired: set[str] = set()
    for block in ents:
        for k, e in enumerate(block):
            if len(e) != 1 or not e[0].is_title:
                continue
            counts = person if e.label_ == "PERSON" else place if e.label_ in ("GPE", "LOC", "FAC") else None
            if counts is not None:
                counts[fold(e.text)] = counts.get(fold(e.text), 0) + 1
            if k and e.label_ == "PERSON" and _listed_people(block[k - 1], e) and not _lists_a_place(block, k):
                paired.update((fold(block[k - 1].text), fold(e.text)))
    return {
        k
        for k in paired
        if person.get(k, 0) > place.get(k, 0)
        and not any(gz.places[i].place_type in STATE_TYPES or is_airport(gz.places[i]) for i in gz.lookup(k))
    }


def _lists_a_place(block: Sequence[Span], k: int) -> bool:
    """'including Devon, Cornwall, and Hampshire' (the first two tagged persons): a list that goes on, before or
    after the pair ending at entity k, to a name the model tags a place, or that such a name introduces ('across
    southern England, including Devon, Cornwall, and Hampshire', all three tagged persons), may be a list of places,
    so its pair is no evidence of people (lists.listed_towns reads its items by the place's country)."""
    run = [k - 1, k]
    while run[0] > 0 and _list_step(block[run[0] - 1], block[run[0]]):
        run.insert(0, run[0] - 1)
    while run[-1] + 1 < len(block) and _list_step(block[run[-1]], block[run[-1] + 1]):
        run.append(run[-1] + 1)
    first = run[0]
    introduced = first > 0 and _INTRODUCER.fullmatch(
        text_of(block[first].doc)[block[first - 1].end_char : block[first].start_char]
    )
    return any(block[i].label_ in ("GPE", "LOC") for i in run) or bool(
        introduced and block[first - 1].label_ in ("GPE", "LOC")
    )


def _list_step(a: Span, b: Span) -> bool:
    """Two entities written as neighbouring items of a list."""
    return text_of(a.doc)[a.end_char : b.start_char] in _LIST_SEPARATORS


# what stands between a place and the list of its parts: 'England, including Devon'
_INTRODUCER = re.compile(r",?\s+(?:including|such as)\s+")
# what stands between two items of a list: a pair of persons' names ('Jas and Vincent', 'Sam, Penny'), and any list
_PAIR_SEPARATORS = (" and ", ", ", ", and ", " or ")
_LIST_SEPARATORS = (*_PAIR_SEPARATORS, ", or ")


def _listed_people(a: Span, b: Span) -> bool:
    """Two one-word person's names written as a list's items: 'Jas and Vincent', 'Sam, Penny'."""
    between = text_of(a.doc)[a.end_char : b.start_char]
    return a.label_ == "PERSON" and len(a) == 1 and a[0].is_title and between in _PAIR_SEPARATORS


def system_names(mentions: list[Mention], docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> set[str]:
    """The names the article uses as a system's or a product's name: a town's right before one of
    system_nouns_after, maybe after one lower-case word ('the Phoenix pay system'), when the town lies abroad (in no
    country the article's other places are in) and far from all of them. Guarded so because 'the Houston school
    system' in a story from Texas is the city's own system, a place. A facility named after a site reads the same
    (facility_nouns_after: 'sent to Santa Rita jail' in a Bay Area story is the jail, not Santa Rita, Brazil), where
    'a Winnipeg jail' in a story from Manitoba is the city's."""
    keys = {fold(m.name) for m in mentions}
    others = {k: gz.places[chosen[k]] for k in keys if k in chosen}
    out = set()
    for m in mentions:
        key = fold(m.name)
        index = chosen.get(key)
        if key in out or index is None or m.hint or m.narrowed or not _before_system_noun(m, docs):
            continue
        rest = [p for k, p in others.items() if k != key]
        if index not in gz.capitals and _far_abroad(gz.places[index], rest):
            out.add(key)
    return out


def named_things(mentions: list[Mention], docs: list[Doc]) -> set[str]:
    """The names the article lists as things that bear names no place is meant by: a list of capitalised names after a
    colon or a dash in apposition to a plural noun of named_thing_plurals ('three major hurricanes striking
    US soil: Harvey, Irma and Maria', 'Four floor plans — Jamison, Norbury, Granville and Somerville —'). One sense
    per article: the name is the thing's throughout ('In the Norbury model'), but where it is written with its area
    ('Harvey, La.': written_with_area)."""
    out = set()
    for m in mentions:
        span = span_at(docs[m.block], m.start, m.end)
        if span is not None and _listed_after_named_plural(span):
            out.add(fold(m.name))
    return out


def event_heads_named(docs: list[Doc]) -> set[str]:
    """The one-word heads of the events the article names in full (data: event_heads): 'the 146th Kentucky Derby'
    makes 'This year's Derby will have a new 65-foot, 20-horse starting gate' the race, not Derby, Connecticut, as 'the
    Boston Marathon' makes a bare 'Marathon' the race. A head word counts when it is capitalised right after a
    capitalised proper noun (the event's place or sponsor); one sense per article, but where the bare name is written
    with its area ('Derby, Conn.': written_with_area)."""
    heads = {h for h in word_set("event_heads") if " " not in h}
    out = set()
    for doc in docs:
        for tok in doc[1:]:
            before = doc[tok.i - 1]
            if tok.is_title and tok.lower_ in heads and before.is_title and before.pos == PROPN:
                out.add(tok.lower_)
    return out


def written_with_area(m: Mention, mentions: Sequence[Mention], gz: Gazetteer) -> bool:
    """'Residents of Harvey, La.': the mention is written with its state or country after it (a state's or a country's
    name right after it follows it: areas.narrow_to_named_area), so it is the place whatever the article's other
    mentions of the name are (Mention.narrowed is set on them all); a list's next item ('Harvey, Irma') is no area."""
    key = fold(m.name)
    return m.narrowed and any(
        o.block == m.block and o.follows == key and 0 < o.start - m.end <= 4 and bool(area_codes(o, gz))
        for o in mentions
    )


def _listed_after_named_plural(span: Span) -> bool:
    doc = span.doc
    i = span.start - 1
    while i > 0 and span.start - i <= 12:  # back over the list's names and separators to its colon or dash
        tok = doc[i]
        if tok.text in (":", "—", "–") or tok.text in ("-", "--") and doc[i - 1].whitespace_:
            return _named_plural_before(doc, i)
        if not (tok.lower_ in ("and", "or", ",") or tok.pos == PROPN and tok.is_title):
            return False
        i -= 1
    return False


def _named_plural_before(doc: Doc, colon: int) -> bool:
    """The list's first name is in apposition to a plural noun of named_thing_plurals, alone or with the word before
    it ('floor plans'), before the colon or the dash: 'hurricanes striking US soil: Harvey' (the parse makes Harvey
    the hurricanes'), not 'Storms battered the coast: Texas, Louisiana' (the coast's)."""
    if colon + 1 >= len(doc) or doc[colon + 1].dep_ != "appos":
        return False
    head = doc[colon + 1].head
    if head.i >= colon or head.tag_ != "NNS":
        return False
    words = word_set("named_thing_plurals")
    return head.lower_ in words or head.i > 0 and f"{doc[head.i - 1].lower_} {head.lower_}" in words


def _before_system_noun(m: Mention, docs: list[Doc]) -> bool:
    match = re.match(r"\s+(?:[a-z]+\s+)?([a-z]+)\b", text_of(docs[m.block])[m.end : m.end + 40])
    return match is not None and match.group(1) in word_set("system_nouns_after") | word_set("facility_nouns_after")


def _far_abroad(p: Place, rest: list[Place]) -> bool:
    """A town in none of the countries of the article's other places and farther than NEAR_KM from each of them;
    an article with no other place gives nothing to judge against."""
    if p.place_type not in TOWN_TYPES or p.lat is None or p.lon is None or not rest:
        return False
    if p.country_code in {q.country_code for q in rest}:
        return False
    return not any(
        q.lat is not None and q.lon is not None and great_circle_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_KM for q in rest
    )
