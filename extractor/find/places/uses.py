"""What a place's name is used for in its sentence or article, when that is not the place.

A name standing for a team or a club, or named in one ('Minnesota beat Buffalo', 'as Tottenham manager', 'Real
Madrid'), is teams.py's question.
A name inside or standing for an institution's name (a university's, an employer's, a police district's, a
publication's, a nation's office: 'a trade professor at Cornell', 'A video by The Atlantic') is institutions.py's.
A name that is a person's or a part of one (a surname, an author's, a signature, 'Florida Man') is persons.py's.
'Hollywood' before a film industry's noun ('a “Hollywood movie”') is the industry (names_an_industry).
A planet's name in an article about space is the planet ('Jupiter's moon Europa'), not a town named after it; a
disease's name ('scared of Corona') is the disease where nothing says the town (names_a_disease).
A name joined by hyphens and a lower-case word to the next one is part of that longer name ('Newcastle-under-Lyme').
A name that with the lower-case word after it (a hyphen or a space between) spells a unit's name ('850 Newton-meters of
torque': normalize.units' names) is the unit's eponym (unit_eponym).
A name that is all a pair of quotation marks holds ('the Chicago set of “Fargo,”', 'the television show
“Nashville,”', '‘Glasgow’ is a song') is a work's title, a show's, a film's or a song's: news quotes a place's
name alone for nothing else, and a title of more words is not_places.in_title's.
A head word alone that the gazetteer does not know names nothing: 'ST' of a dateline's 'ST. JOSEPH, Mich.'. A
plural one alone after a lower-case 'the' ('in the Springs') is a town's local nickname, not its namesake abroad.
A name right before a food noun ('1 Fresno chile') is a variety.
A language's, a people's or a nation's word ('written in Thai', 'a Choctaw and Chickasaw mother') names no place
but a country of that very name ('Nauru').
A nation's word before a lower-case place noun ('the Canadian city') qualifies the noun. A country's name right after
a sum of money ('$45,000 US each') says whose currency it is.
A name after 'corner of' or 'intersection of' and joined by 'and' to a street's name ('near the corner of Tremont
and Camden Street') is the other street, not the town or the old name of a city the gazetteer knows by it.
A name with a street's capitalised last word ('in Church Street', 'on Blackwater Road') is the street's, no place (the
audit guide), unless the gazetteer knows it whole as a town ('Adwick le Street', 'Federal Way'; street_name).
The vocabularies are places.json's (planets, space_words, people_words, currency_words_after, street_words,
street_last_words, street_last_words_loose).
A town is named, not counted: its name heading its own noun phrase after 'a' ('a Buffalo that likes beef') is a
common noun (common_noun_with_article). A small town's name joined by 'and'/'or' only to names the gazetteer does not
know ('Spotify or Pandora'), with no other place of the article near it, is a brand (listed_with_no_place).
A name written after 'the' and ending in a water feature's word ('along the Peace River'), with no noun after it, is the
feature: the towns of its name are no sense of it (the_water_feature; a town's name is written with no article). A name
after 'the' right before 'line' in a sentence about public transport ('the Orange line' of a Metro station) is a transit
line's (transit_line). A country's or a subdivision's name right before a capitalised geographic noun ('Niger Delta
Development Commission', 'the Congo Basin') is a word of a different region's name (region_word_of): no place rather
than the wrong country when the gazetteer lacks that region.
The vocabularies are places.json's (water_feature_words, transit_words, region_nouns_after).
"""

from __future__ import annotations

import re

from spacy.symbols import ADJ, NOUN, NUM, PROPN
from spacy.tokens import Doc, Token

from ...nlp import span_at, text_of
from ...normalize.periods import tables as periods_tables
from ...normalize.places import AREA_TYPES, STATE_TYPES, TOWN_TYPES, Gazetteer, fold
from ...normalize.units import tables as unit_tables
from .name_kinds import state_or_big_city
from .resolve import NEAR_KM, within_km
from .words import RESCUE_MIN_POPULATION, WORD, Mention, word_before, word_set

__all__ = [
    "address_unit",
    "bare_head_word",
    "common_noun_with_article",
    "corner_street",
    "currency_qualifier",
    "food_variety",
    "generic_word_alone",
    "heads_an_of_name",
    "in_hyphenated_name",
    "listed_with_no_place",
    "month_name",
    "names_a_disease",
    "names_a_language",
    "names_a_planet",
    "names_an_agreement",
    "names_an_industry",
    "people_word",
    "quoted_alone",
    "region_word_of",
    "street_name",
    "the_nickname_head",
    "the_water_feature",
    "transit_line",
    "unit_eponym",
]


def names_a_planet(m: Mention, docs: list[Doc]) -> bool:
    """A planet's name ('Jupiter', 'Mars') in an article that speaks of space (its moons, orbits, NASA): the
    planet, not a town of its name."""
    if m.hint or m.narrowed or fold(m.name) not in word_set("planets"):
        return False
    space = word_set("space_words")
    return any(space & set(WORD.findall(text_of(doc).lower())) for doc in docs)


def names_a_language(m: Mention, docs: list[Doc]) -> bool:
    """'Programming in Java': a programming language's name ('Java', 'Ruby') in a page that speaks of programming
    (data: programming_words) is the language, not the island or the town of its name."""
    if m.hint or m.narrowed or fold(m.name) not in word_set("programming_languages"):
        return False
    words = word_set("programming_words")
    return any(words & set(WORD.findall(text_of(doc).lower())) for doc in docs)


def in_hyphenated_name(m: Mention, docs: list[Doc]) -> bool:
    """'Newcastle-under-Lyme', 'Stratford-upon-Avon': a name joined to the next by a lower-case word between
    hyphens is the first word of a longer name, not a mention of the place it begins with; so is one after a
    compass word and a hyphen ('German South-West Africa' is no mention of West Africa)."""
    text = text_of(docs[m.block])
    if re.search(r"\b(?:North|South|East|West)-$", text[max(0, m.start - 6) : m.start]):
        return True
    return re.match(r"-[a-z]{2,5}-[A-Z]", text[m.end : m.end + 10]) is not None


def unit_eponym(m: Mention, docs: list[Doc]) -> bool:
    """'627 pound-feet (850 Newton-meters) of torque': the name and the lower-case word glued after it by a hyphen (or
    a space) spell a unit's name (normalize.units' names and plurals), so the name is the unit's eponym, no place."""
    match = re.match(r"([- ])([a-z]+)\b", text_of(docs[m.block])[m.end : m.end + 24])
    return match is not None and (m.name + match.group(1) + match.group(2)).lower() in unit_tables()[0]


# an opening quotation mark with no letter before it, and the closing one (after a comma or a stop the quote keeps)
# with no letter after it: "Glasgow’s" is a possessive, not a closing quote
_OPENING_QUOTE = re.compile(r"(?<![\w])[“‘\"]$")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[”’\"](?![\w])")


def quoted_alone(m: Mention, docs: list[Doc]) -> bool:
    """'phoned in from the Chicago set of “Fargo,”': the name is all the quotation marks hold, a work's title."""
    text = text_of(docs[m.block])
    return bool(_OPENING_QUOTE.search(text[max(0, m.start - 2) : m.start]) and _CLOSING_QUOTE.match(text, m.end))


def generic_word_alone(m: Mention) -> bool:
    """'Street's expectations' cut from 'Wall Street', a lone 'Lake': a feature's generic word alone names no place,
    though the gazetteer knows a village of that name. Not with a designator ('the Lake District')."""
    return not m.hint and m.name.lower() in word_set("generic_feature_words")


def the_nickname_head(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'scored an upset in the Springs last week' (Colorado Springs, in a Colorado story): a feature's plural
    generic word alone after a lower-case 'the' (data: nickname_heads) is a local nickname of a town whose name it
    ends, which the gazetteer does not know by it; its namesake there (Springs, Gauteng) is written with no article.
    So is a landform's noun ('views atop the Mesa' in a Santa Barbara story: data landform_heads), the local mesa or
    the neighbourhood on it, not Mesa, Arizona; unless the gazetteer knows a place named with 'The' ('The Narrows').
    No place rather than the namesake abroad."""
    key = m.name.lower()
    if m.hint or m.narrowed or key not in word_set("nickname_heads") | word_set("landform_heads"):
        return False
    landform = key in word_set("landform_heads")
    if landform and any(fold(gz.places[i].name) == f"the {key}" for i in m.candidates):
        return False
    return re.search(r"\bthe\s+$", text_of(docs[m.block])[max(0, m.start - 5) : m.start]) is not None


# 'the' right before a name (the span may hold it: 'the Peace River')
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _after_the(m: Mention, text: str) -> bool:
    if text[m.start : m.start + 4].lower() == "the ":
        return True
    return _THE_BEFORE.search(text[max(0, m.start - 5) : m.start]) is not None


def the_water_feature(m: Mention, docs: list[Doc], gz: Gazetteer) -> list[int]:
    """'Site C will flood more than 5,500 hectares of land along the Peace River' (tr_news, a story from British
    Columbia): a name ending in a water feature's word (data: water_feature_words) and written after 'the' is the
    feature, not the town the gazetteer knows by that name (Peace River, Alberta, 225 km off), which news writes with no
    article. The candidates less the towns: none left, the head word keeps the name, unresolved (worth_keeping). Not
    before a noun ('the Walnut Creek area', 'the Palm Bay police' are the towns'), nor with a designator."""
    words = m.name.split()
    if m.hint or m.narrowed or len(words) < 2 or words[-1].lower() not in word_set("water_feature_words"):
        return m.candidates
    text = text_of(docs[m.block])
    if not _after_the(m, text):
        return m.candidates
    span = span_at(docs[m.block], m.start, m.end)
    if span is not None and span.end < len(span.doc) and span.doc[span.end].pos in (NOUN, PROPN):
        return m.candidates
    return [i for i in m.candidates if gz.places[i].place_type not in TOWN_TYPES]


_LINE_AFTER = re.compile(r"\s+[Ll]ines?\b")


def transit_line(m: Mention, docs: list[Doc]) -> bool:
    """'Park & Ride service to the Vienna/Fairfax-GMU Metro station on the Orange line' (geowebnews): a name after
    'the' right before 'line' in a sentence about public transport (data: transit_words) names the line ('the Central
    line', 'the Red Line'), not the town of its name."""
    if m.hint or m.narrowed:
        return False
    text = text_of(docs[m.block])
    if not _LINE_AFTER.match(text, m.end) or not _after_the(m, text):
        return False
    span = span_at(docs[m.block], m.start, m.end)
    sentence = span.sent.text if span is not None else text
    return bool(word_set("transit_words") & set(WORD.findall(sentence.lower())))


_CAPITALISED_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


def region_word_of(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'the Managing Director, Niger Delta Development Commission (NDDC)' (geowebnews): a country's or a subdivision's
    name right before a capitalised geographic noun that makes a different region (data: region_nouns_after: 'Niger
    Delta', 'the Congo Basin', 'the Ohio River') is a word of that region's name; the gazetteer lacks the region, and no
    place is better than the wrong country. Not when the gazetteer knows the whole name (it is read whole)."""
    if m.hint or m.narrowed:
        return False
    nxt = _CAPITALISED_WORD.match(text_of(docs[m.block]), m.end)
    if nxt is None or nxt.group(1).lower() not in word_set("region_nouns_after"):
        return False
    return any(gz.places[i].place_type in STATE_TYPES for i in m.candidates)


def bare_head_word(m: Mention) -> bool:
    """'ST' cut from 'ST. JOSEPH', a lone 'Street': a place's head word with no name before it."""
    return not m.candidates and " " not in m.name and m.name.lower().rstrip(".") in word_set("geo_heads")


# ' of Isleta': 'of' and a capitalised word that is no sentence's first ('of The' starts a title)
OF_NAME = re.compile(r" of [A-Z][a-z]")


def heads_an_of_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'an enrolled member of the Pueblo of Isleta Indian tribe': a town's name right before 'of' and a capitalised
    name is the head word of a longer name (a tribe's, a body's), as 'City of' and 'Port of' are; English writes a
    town within its area with a comma ('Pueblo, Colorado'), not with 'of'. Not a country's, a state's or a region's
    name, nor one with a designator or its area written after it, nor one after a locative preposition, where the
    'of' phrase belongs to the noun before ('a partnership in Europe of Digistat', 'sales in Chicago of Ford')."""
    if m.hint or m.narrowed or any(gz.places[i].place_type in AREA_TYPES for i in m.candidates):
        return False
    text = text_of(docs[m.block])
    if word_before(text, m.start) in word_set("locative_prepositions"):
        return False
    return OF_NAME.match(text, m.end) is not None


def names_an_agreement(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'the Kyoto protocol', 'the Paris climate agreement', 'the Minsk accords': a town's name right before an
    agreement's noun (at most one word between) names the treaty signed there, no place the sentence speaks of. Not
    a country's or a region's name ('the Iran nuclear agreement', 'the EU accord'): there it names a party, a
    place standing for its government. A capitalised entry of the table matches only as written ('the Geneva
    Conventions', not 'the Chicago convention' held there)."""
    if m.hint or m.narrowed or any(gz.places[i].place_type in ("country", "region") for i in m.candidates):
        return False
    words = _WORDS_AFTER.match(text_of(docs[m.block]), m.end)
    if words is None:
        return False
    first, second = words.groups()
    # 'the Paris climate agreement': a lower-case word may stand between the name and the noun
    return _agreement_noun(first) or (second is not None and first.islower() and _agreement_noun(second))


def _agreement_noun(word: str) -> bool:
    """A noun of agreement_nouns_after: a lower-case entry in any case ('protocol', 'Protocol'), a capitalised one
    only as written ('Conventions')."""
    nouns = word_set("agreement_nouns_after")
    return word in nouns or word.lower() in nouns


# the one or two words right after a name
_WORDS_AFTER = re.compile(r" ([A-Za-z]+)(?: ([A-Za-z]+))?")


def names_an_industry(m: Mention, docs: list[Doc]) -> bool:
    """'a “Hollywood movie,”', 'Hollywood actors strike', 'Hollywood's actors union': an industry seat's name (data:
    industry_seats) right before one of the industry's nouns (industry_nouns_after), its possessive allowed between,
    names the film industry, not the district ('the conference in Hollywood' stays the place)."""
    if m.hint or m.narrowed or fold(m.name) not in word_set("industry_seats"):
        return False
    match = re.match(r"(?:['’]s)? (\w+)", text_of(docs[m.block])[m.end : m.end + 24])
    return match is not None and match.group(1).lower() in word_set("industry_nouns_after")


def common_noun_with_article(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'What do you call a Buffalo that likes beef?': a town's name that heads its own noun phrase after 'a' or 'an'
    (no noun or hyphen after it) is a common noun written with a capital, an animal's or a thing's, not the town: a
    town is named, not counted. 'a Forest Hill hotel room', 'a Raleigh-based lawyer' qualify the next word and stay
    the place; a country's, a state's or a region's ('an America that cannot be recovered') stays the place."""
    if m.hint or m.narrowed or m.follows or not m.candidates:
        return False
    if any(gz.places[i].place_type in AREA_TYPES for i in m.candidates):
        return False
    span = span_at(docs[m.block], m.start, m.end)
    if span is None or span.start == 0:
        return False
    det, root = span.doc[span.start - 1], span.root
    if det.lower_ not in ("a", "an") or det.head != root or root.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is None or not (nxt.text in ("-", "–") or nxt.pos in (NOUN, PROPN, ADJ, NUM))


def listed_with_no_place(m: Mention, docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> bool:
    """'the paid ad-free versions of Spotify or Pandora': a small town's bare name joined by 'and' or 'or' only to
    proper names the gazetteer knows no place by, in an article that names no other place within NEAR_KM of the
    town, is one more of their kind, a brand's or a company's. 'Belvoir and Milltown have around 1800 houses' in a
    story from Belfast is a list of neighbourhoods; a list with a known place in it, a state's, a region's or a big
    city's own name, and a name with its area written after it stay places."""
    key = fold(m.name)
    index = chosen.get(key)
    if index is None or m.hint or m.narrowed or m.follows or m.container or state_or_big_city(m.name, gz):
        return False
    p = gz.places[index]
    # a small town's: 'the University of Goethe, Frankfurt' joins a big city to a name the gazetteer does not know
    if p.place_type not in TOWN_TYPES or p.population >= RESCUE_MIN_POPULATION or index in gz.capitals:
        return False
    span = span_at(docs[m.block], m.start, m.end)
    if span is None:
        return False
    others = [t for t in span.root.conjuncts if not (span.start <= t.i < span.end)]
    if not others or not all(_unknown_name(t, gz) for t in others):
        return False
    rest = [(q.lat, q.lon) for k, q in ((k, gz.places[i]) for k, i in chosen.items()) if k != key and q.lat is not None]
    return not within_km(p, rest, NEAR_KM)


def names_a_disease(m: Mention, docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> bool:
    """ "People who are scared of Corona call and say, 'I see Corona in my hand and foot.'": a name a disease or its
    virus is called by (data: disease_names: 'Corona' for the coronavirus) is the disease, not a town of that name,
    unless something says the town: a designator or its area written after it ('Corona, California'), a preposition
    of place right before it ('schools in Corona', data placing_prepositions), or another place of the article in the
    town's state or within NEAR_KM of it ('Riverside County')."""
    key = fold(m.name)
    index = chosen.get(key)
    if index is None or key not in word_set("disease_names") or m.hint or m.narrowed or m.container:
        return False
    if word_before(text_of(docs[m.block]), m.start) in word_set("placing_prepositions"):
        return False
    p = gz.places[index]
    others = [gz.places[i] for k, i in chosen.items() if k != key]
    if any(q.gazetteer_id == f"iso3166-2:{p.parent}" or q.parent == p.parent for q in others if p.parent):
        return False
    return not within_km(p, [(q.lat, q.lon) for q in others if q.lat is not None], NEAR_KM)


def _unknown_name(tok: Token, gz: Gazetteer) -> bool:
    """A capitalised proper noun whose name (its entity's, or the word alone) the gazetteer knows no place by."""
    if tok.pos != PROPN or not tok.is_title:
        return False
    name = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i : tok.i + 1])
    words = [t.text for t in name if t.lower_ not in ("the", "a")]
    return bool(words) and words[-1].lower() not in word_set("geo_heads") and not gz.lookup(" ".join(words))


def food_variety(m: Mention, docs: list[Doc]) -> bool:
    """'1 Fresno chile', 'Dijon mustard': a place's name right before a food noun names a variety of the food."""
    match = re.match(r" (\w+)", text_of(docs[m.block])[m.end : m.end + 16])
    return match is not None and match.group(1).lower() in word_set("food_after_place")


def people_word(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'written in Thai', 'a Choctaw and Chickasaw mother': a language's or a people's word is no place, though the
    gazetteer lists a town or an alternate name of a country under it. Not a country's own name ('Nauru'), nor a
    name with a designator or its area written after it ('Cherokee County', 'Seminole, Okla.'); but a designator in
    lower case is a common noun the word qualifies ('desperate times for the Canadian city'), no part of a name."""
    key = fold(m.name)
    if m.narrowed or key not in word_set("people_words"):
        return False
    if m.hint and not _lowercase_noun_after(m, docs):
        return False
    return not any(gz.places[i].place_type == "country" and fold(gz.places[i].name) == key for i in m.candidates)


def _lowercase_noun_after(m: Mention, docs: list[Doc]) -> bool:
    """The mention's span ends in a lower-case word after its name: 'Canadian city', not 'Cherokee County'."""
    words = text_of(docs[m.block])[m.start : m.end].split()
    return len(words) > 1 and words[-1].isalpha() and words[-1].islower()


def currency_qualifier(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'The machines cost $45,000 US each': a country's name right after a sum of money, with no noun after it
    (currency_words_after), says whose dollars they are, it mentions no place; 'a $40 billion US airtanker
    contract' is the country's contract."""
    if not any(gz.places[i].place_type == "country" for i in m.candidates):
        return False
    text = text_of(docs[m.block])
    if _MONEY_BEFORE.search(text[max(0, m.start - 40) : m.start]) is None:
        return False
    after = re.match(r"\s*(\w*)", text[m.end : m.end + 30])
    word = after.group(1) if after else ""
    return not word or word.lower() in word_set("currency_words_after")


# a currency sign, a number and an optional scale word, ending right before the name
_MONEY_BEFORE = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|k))?\s+$", re.I)


def month_name(m: Mention) -> bool:
    """'the House passed in May.': a month's name alone is the month, though the gazetteer knows a town by it or an
    alternate name of one ('May' for Maio, Cape Verde). Not with a designator, nor with its area written after it
    ('March, Cambridgeshire')."""
    if m.hint or m.narrowed:
        return False
    return fold(m.name).rstrip(".") in {fold(w) for w in periods_tables()["months"]}


def address_unit(m: Mention, docs: list[Doc]) -> bool:
    """'at 2344 Bragg St., Apt. 3': an address's unit word (data: address_unit_words) after a comma, or before a
    number, is the apartment or suite, no town ('in Apt.' at a sentence's end stays the French town)."""
    if m.hint or fold(m.name) not in word_set("address_unit_words"):
        return False
    text = text_of(docs[m.block])
    after_comma = text[max(0, m.start - 2) : m.start].strip() == ","
    return after_comma or re.match(r"\.?\s*#?\d", text[m.end : m.end + 6]) is not None


# 'the corner of', 'the intersection of': what follows names streets that meet
_CORNER = re.compile(r"\b(?:corner|corners|intersection|junction)\s+of\s+$", re.IGNORECASE)
# 'and Camden Street', '& Main St.': the other street of the corner, one to three capitalised words and a street word
_OTHER_STREET = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w'.-]*\s+){1,3}([A-Za-z]+\.?)")


def corner_street(m: Mention, docs: list[Doc]) -> bool:
    """'near the corner of Tremont and Camden Street': a name after 'corner of' (or 'intersection of') joined by
    'and' to a street's name (data: street_words) is the other street of the corner, not the town the gazetteer
    knows by it (here an old name of Boston). Not with a designator."""
    if m.hint:
        return False
    text = text_of(docs[m.block])
    if not _CORNER.search(text[max(0, m.start - 30) : m.start]):
        return False
    return _street_word(_OTHER_STREET.match(text, m.end))


def street_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'the winter night shelter, in Church Street', 'traveling eastbound on Blackwater Road': a name written with a
    street's capitalised last word (data: street_last_words) is a street's, no place (the audit guide), unless the
    gazetteer knows it whole as a town ('Adwick le Street'; a ward named after its street, the Church Street of
    Westminster, is none); one with a word that ends towns' names too (street_last_words_loose: 'Abu Road', 'Federal
    Way') only where the gazetteer knows no place by it whole."""
    written = re.sub(r"^the\s+", "", text_of(docs[m.block])[m.start : m.end], flags=re.I)
    words = written.split()
    if len(words) < 2:
        return False
    known = [gz.places[i].place_type for i in gz.lookup(written) if fold(gz.places[i].name) == fold(written)]
    if words[-1] in word_set("street_last_words"):
        return not any(kind != "locality" for kind in known)
    return words[-1] in word_set("street_last_words_loose") and not known


def _street_word(match: re.Match | None) -> bool:
    word = match.group(1).lower() if match else ""
    return bool(word) and (word in word_set("street_words") or word.rstrip(".") in word_set("street_words"))
