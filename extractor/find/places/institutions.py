"""A place's name inside or standing for an institution's name: a university's, a company's, a police force's, a
publication's, or an office's; when that name is no mention of the place.

A well-known university's bare name ('a trade professor at Cornell') is the university, not the small town the
gazetteer knows by it, unless a word before it puts something in the town ('in', 'near') or its area is written
(university_name); any name that is an item of a list headed by a plural noun for universities ('UK universities,
including Cambridge, Cardiff and Exeter') is a university's (in_list_of_universities). A US state's own name and a
capitalised 'State' ('Oklahoma State') is the state's university or its team, but for the few states news writes so
to tell them from their namesake city ('New York State') and before another capitalised word, a body's name ('Ohio
State Highway Patrol': state_school).
A state's or a country's bare name after a staff title and 'at' ('senior vice president ... at Alaska, said') is the
employer's short name (employer_after_title; data: employer_titles): the pages' 'TITLE at X' facts were otherwise
places or universities ('a research analyst at the Delhi-based Council', 'the state epidemiologist at Sweden's
Public Health Agency'). The same name elsewhere in the article as a clause's subject or before a possessive ('Iceland
has released their own version of the royal cake' beside 'Head Chef at Iceland') is that employer too, one sense per
article; after a preposition it stays the place (employer_elsewhere).
A place's bare name right before a noun only a company has ('Alaska frequent flyers', 'Alaska’s new routes') is a
company's short name when the article names that company as the name and a company's head word ('Alaska Airlines':
company_attributive; data: company_nouns_after, company_heads), and so is its possessive before a town's name and a
noun for a company's seat ('between Alaska’s Seattle home and London Heathrow': company_base_nouns); without the
company named it stays the place.
A town's name alone in brackets right after a company's name ('Record Label: Warner Bros. (Nashville)') is the
company's division there when the article closes other companies' names with the town ('RCA Records Nashville', 'MCA
Nashville'): the division's name, as those are (division_in_brackets). A country's or a state's in brackets ('Groupe
LAPS (France)') says where the company is, a place, and so does a town the article never uses so.
A district the gazetteer does not know, in a sentence about the police, is a police district ('the commander of
Kowloon West district'): no place a reader could sign (police_district).
A town has no minister nor ministry: a name whose every sense is a town, right before a capitalised office of a nation
('Prome Minister', a slip for 'Prime'), is no mention of the town; a country's, a subdivision's or a region's keeps its
office (town_before_national_office).
A sea's name after a capitalised 'The' mid-sentence, after a word that puts nothing in a place ('A video by The
Atlantic'), is a publication's (publication_with_the); so is a place's name opening a publication's title set off after
its common noun ('the journal, Russia in Global Affairs, talks': publication_appositive; data: publication_nouns).
A town's name after a private body's capitalised head word and 'of' ('the Economic Club of New York', 'the Rotary
Club of Denver') ends the body's name, no mention of the town (town_in_club_name; data: club_heads_before_of); a
state's or a country's there ('the Human Rights League of France', 'the Culinary Institute of America') names the area
the body serves, which news_gold annotates as a place, and stays; but one that a corporation's legal designation
closes ('The Allendale Woman's Club of New Jersey, Inc.', 'Sony Corporation of America, Inc.'; data:
corporate_designations) ends a corporation's name, whatever the place (_incorporated_name).
An organisation's name the article gave in full, written short to its leading words, 'of' and a place's name ('Star
of Honolulu is also advertising' after 'Star of Honolulu Cruises and Events has raised the hourly wage'), is that
organisation's name, no mention of the place; leading words that are a body's, an office's, an event's or a place's
('the City of Edmonton', 'the Mayor of London') name the place, and a bare 'in Honolulu' stays it (in_shortened_name).
A town right after a US university system's short name, no comma between ('a team at UMass Amherst', 'UC Berkeley
associate professor', 'Cal State Fullerton'; data: university_short_names), or after its full name and a spaced dash
('Rutgers University – Camden'; a glued one is the campus's name: not_places.in_campus_name), names the campus for the
town it stands in: a place, as the town closing an institution's name after 'in' or a comma is (audit guide, names
inside names), read only in the system's states. Not before another capitalised word than a campus part's (data:
campus_words_after): 'UMass Amherst Minutemen' is a team's name, and no more in a game's sentence, where the campus is
its team (campus_towns).
The vocabularies are places.json's (university_names, university_place_words, university_list_nouns,
university_list_openers, states_called_state, employer_titles, police_words, national_office_words,
locative_prepositions).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.symbols import ADJ, NOUN
from spacy.tokens import Doc

from ...data import one_of
from ...nlp import span_at, text_of
from ...normalize.places import LOCAL_TYPES, TOWN_TYPES, Gazetteer, fold, tables
from .name_kinds import _state_or_country, towns_named
from .teams import _game_sentence
from .words import WORD, Mention, word_alternation, word_before, word_set

__all__ = [
    "campus_towns",
    "company_attributive",
    "division_in_brackets",
    "employer_after_title",
    "employer_elsewhere",
    "employers_named",
    "in_list_of_universities",
    "in_shortened_name",
    "police_district",
    "publication_with_the",
    "state_school",
    "town_before_national_office",
    "town_in_club_name",
    "university_name",
]


def university_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Eswar Prasad, a trade professor at Cornell, said': a well-known university's bare name (data:
    university_names) whose every sense is a town is the university, not Cornell, Wisconsin. Not with a designator
    or its area written after it ('Stanford, Calif.'), nor after a word that puts something in the town
    (university_place_words: 'a house in Stanford'); 'at' is left out, as a professor is 'at Cornell'. Any name
    that is an item of a list of universities is one (in_list_of_universities)."""
    if m.hint or m.narrowed:
        return False
    if in_list_of_universities(m, docs):
        return True
    if m.follows or fold(m.name) not in word_set("university_names"):
        return False
    if any(gz.places[i].place_type not in TOWN_TYPES for i in m.candidates):
        return False
    text = text_of(docs[m.block])
    if re.match(r",\s*[A-Z]", text[m.end : m.end + 4]):  # 'Stanford, Calif.': its area follows, a town's way
        return False
    return word_before(text, m.start) not in word_set("university_place_words")


# an item of a list: capitalised words, maybe joined by 'of' or 'the' ('University of Kent', 'Imperial College London')
_LIST_ITEM = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|the|and)\s+)?[A-Z][\w'’&.-]*)*"
_LIST_ITEMS = re.compile(rf"(?:{_LIST_ITEM}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*")


def in_list_of_universities(m: Mention, docs: list[Doc]) -> bool:
    """'Some UK universities, including Cambridge, Imperial College London, Cardiff and Exeter, have their own
    testing facilities': a name that is an item of a list headed by a plural noun for universities and a word that
    opens its items (data: university_list_nouns, university_list_openers) is a university's name, not its town.
    So is the same name again later in the block with no word before it that puts something in a place: '..., and
    Cambridge has said it intends to test all students' is the university the list named ('students in Cambridge'
    is the town)."""
    text = text_of(docs[m.block])
    if _listed_university(text, m.start):
        return True
    if word_before(text, m.start) in word_set("locative_prepositions"):
        return False
    name = re.escape(text[m.start : m.end])
    return any(_listed_university(text, e.start()) for e in re.finditer(rf"(?<!\w){name}(?!\w)", text[: m.start]))


def _listed_university(text: str, start: int) -> bool:
    """The name starting at `start` is an item of a list of universities (in_list_of_universities)."""
    head = text[max(0, start - 300) : start]
    nouns = "|".join(sorted(word_set("university_list_nouns")))
    openers = "|".join(sorted(word_set("university_list_openers"), key=len, reverse=True))
    cues = list(re.finditer(rf"\b(?:{nouns}),?\s+(?:{openers})\s+", head, re.I))
    return bool(cues) and _LIST_ITEMS.fullmatch(head[cues[-1].end() :]) is not None


# a possessive 'State' right after the name the model tagged: "Mississippi State's center"
_POSSESSIVE_STATE = re.compile(r" State['’]s\b")


def state_school(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Iowa State University Football at Oklahoma State': a US state's own name and a capitalised 'State' is the
    state's university or its team ('Ohio State', 'Penn State'); news calls only a few states so, to tell them from
    their namesake city (data: states_called_state: 'New York State'). Not before another capitalised word, which
    makes a body's name ('Ohio State Highway Patrol'), nor another country's state ('Osun State'). The model often
    leaves a possessive 'State's' out of the name ('Mississippi State's 6-foot-7 center', tagged 'Mississippi'):
    the school's still, whatever follows ('Ohio State's Urban Meyer')."""
    if m.hint != "admin1" or fold(m.name) in word_set("states_called_state"):
        return False
    text = text_of(docs[m.block])
    if text[m.start : m.end].endswith(" State"):
        if re.match(r"\s+[A-Z]", text[m.end : m.end + 3]):
            return False
    elif not _POSSESSIVE_STATE.match(text, m.end):
        return False
    key = fold(m.name)
    return any(
        gz.places[i].place_type == "admin1" and gz.places[i].country_code == "US" and fold(gz.places[i].name) == key
        for i in m.candidates
    )


def employer_after_title(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Nathaniel Pieper, senior vice president of fleet, finances and alliances at Alaska, said': a state's or a
    country's own name written bare after a staff title (data: employer_titles), its 'of' phrase and 'at', and ending
    its phrase, is the employer's short name (Alaska Airlines, 'a professor at Texas'): no one is a vice president at
    a state. A town's name is left alone ('a teacher at Springfield' may be the town's school), and so is a name
    with more words or a possessive after it ('the state epidemiologist at Sweden's Public Health Agency')."""
    if m.hint or m.narrowed or not _state_or_country(m.name, gz):
        return False
    text = text_of(docs[m.block])
    if not re.match(r"\s*(?:[,.;:)]|$)", text[m.end : m.end + 3]):
        return False
    titles = word_alternation("employer_titles")
    # the title, then at most its 'of' phrase (no verb's clause, no other 'at' or 'in'), then 'at'
    of_phrase = r"(?:\s+(?:of|for)\s+(?:(?!\b(?:at|in)\b)[^.;:!?\"“”()])*?)?"
    before = text[max(0, m.start - 120) : m.start]
    return re.search(rf"\b(?:{titles})s?\b{of_phrase}\s+at\s+$", before, re.I) is not None


def employers_named(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> set[str]:
    """The names the article writes as an employer's after a staff title ('Neil Nugent, Head Chef at Iceland, said'):
    employer_after_title's, folded."""
    return {fold(m.name) for m in mentions if employer_after_title(m, docs, gz)}


def employer_elsewhere(m: Mention, docs: list[Doc], employers: set[str]) -> bool:
    """'Iceland has released their own version of the royal cake', 'Alaska’s Seattle home': a bare name the article
    also writes as an employer after a staff title (employers_named), here a clause's subject or before a
    possessive, is that employer too, one sense per article. Not after a preposition ('in Iceland'), nor with a
    designator or its area written after it, nor a name that only qualifies the next word ('Texas lawmakers'): those
    stay the place. Measured on the audit pages and news_gold: every such subject or possessive was the company's."""
    if m.hint or m.narrowed or m.follows or fold(m.name) not in employers:
        return False
    doc = docs[m.block]
    text = text_of(doc)
    span = span_at(doc, m.start, m.end)
    if span is None or word_before(text, m.start) in word_set("locative_prepositions"):
        return False
    possessive = re.match(r"['’]s\b", text[m.end : m.end + 3]) is not None
    return possessive or span.root.dep_ in ("nsubj", "nsubjpass")


def company_attributive(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'the benefits Oneworld membership will bring to Alaska frequent flyers', 'Alaska’s new routes from LAX': a
    place's bare name before a noun only a company has (data: company_nouns_after), its possessive and up to two words
    between, is the short name of a company the article names as the place's name and a company's head word ('Alaska
    Airlines'); a state has no frequent flyers. Without such a company in the article ('Texas customers') the name
    stays the place, as does one with a designator or its area written after it."""
    if m.hint or m.narrowed or m.follows:
        return False
    text = text_of(docs[m.block])
    after = _WORDS_AFTER.match(text, m.end)
    if after is None:
        return False
    if not set(after.group(1).lower().split()) & word_set("company_nouns_after") and not _base_after(text, m.end, gz):
        return False
    return _company_named(m.name, docs)


# the possessive, a town's capitalised name of one to three words and the noun after it that closes the phrase (a
# punctuation mark or a conjunction next): 'Alaska’s Seattle home and', not 'Alaska’s Anchorage home game'
_TOWN_NOUN_AFTER = re.compile(r"['’]s ((?:[A-Z][\w.-]* ){1,3})([a-z]+)(?=[,.;:)]| and\b| or\b|$)")


def _base_after(text: str, end: int, gz: Gazetteer) -> bool:
    """'between Alaska’s Seattle home and London Heathrow': the name's possessive, a town's own name and a noun for a
    company's seat (data: company_base_nouns); a state has no home in a town of its own. Not a body's name before
    the noun ('Vietnam’s Communist Party headquarters')."""
    found = _TOWN_NOUN_AFTER.match(text, end)
    if found is None or found.group(2) not in word_set("company_base_nouns"):
        return False
    return any(p.place_type in TOWN_TYPES for p in towns_named(found.group(1).strip(), gz))


# the possessive and the next three words, the noun the name qualifies among them: 'Alaska’s new routes', 'Alaska
# frequent flyers'; no punctuation between
_WORDS_AFTER = re.compile(r"(?:['’]s)?((?: [A-Za-z][\w-]*){1,3})")


def _company_named(name: str, docs: list[Doc]) -> bool:
    """The article writes the name right before a capitalised company's head word ('Alaska Airlines'), or glued to
    a capitalised word as a company's one-word name is ('VistaPrint')."""
    heads = word_set("company_heads")
    pattern = re.compile(rf"\b{re.escape(name)}(?: ([A-Z][\w.]*)|([A-Z][a-z]+)\b)")
    return any(
        match.group(2) is not None or match.group(1).lower() in heads
        for doc in docs
        for match in pattern.finditer(text_of(doc))
    )


def division_in_brackets(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Record Label: Warner Bros. (Nashville)': a town's name alone in brackets right after a company's name (the
    model's organisation) names the company's division in the town, when the article writes the town as the last word
    of other organisations' names ('RCA Records Nashville', 'MCA Nashville'): the label's name, no mention of the town
    (the guide: a place inside a company's name). A country's, a state's or a region's name stays the place. The
    brackets hold the name alone, so no area is written after it here ('Nashville, Tenn.' elsewhere narrows it)."""
    if m.hint or not m.candidates:
        return False
    if any(gz.places[i].place_type not in TOWN_TYPES for i in m.candidates):
        return False
    doc = docs[m.block]
    text = text_of(doc)
    if not (text[m.start - 2 : m.start] == " (" and text[m.end : m.end + 1] == ")"):
        return False
    before = doc.char_span(0, m.start - 2, alignment_mode="contract")
    if before is None or not len(before) or before[-1].ent_type_ != "ORG":
        return False
    suffix = " " + m.name
    return any(e.label_ == "ORG" and e.text.endswith(suffix) for d in docs for e in d.ents)


def police_district(m: Mention, docs: list[Doc]) -> bool:
    """'the commander of Kowloon West district': a district the gazetteer does not know, named in a sentence about
    the police, is a police district, whose bounds and point no reader could sign."""
    if m.candidates or m.hint != "admin2":
        return False
    doc = docs[m.block]
    span = span_at(doc, m.start, m.end)
    if span is None or not text_of(doc)[m.start : m.end].lower().endswith(" district"):
        return False
    return bool(set(WORD.findall(span.sent.text.lower())) & word_set("police_words"))


def town_before_national_office(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Prome Minister' (a slip for 'Prime Minister'): a town has no minister nor ministry, so a name whose every
    sense is a town, right before a capitalised office of a nation (data: national_office_words), is no mention of
    the town. A country's, a subdivision's or a region's name keeps its office ('Quebec Minister', 'Delhi Minister')."""
    if m.hint or not m.candidates:
        return False
    if any(gz.places[i].place_type not in TOWN_TYPES for i in m.candidates):
        return False
    match = re.match(r" ([A-Z][a-z]+)\b", text_of(docs[m.block])[m.end : m.end + 20])
    return match is not None and match.group(1).lower() in word_set("national_office_words")


def publication_with_the(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'A video by The Atlantic taken inside the conference': a sea's or an ocean's name after a capitalised 'The'
    in the middle of a sentence, after a lower-case word that puts nothing in a place ('by', 'said', 'told'), is a
    publication's or an organisation's name; the sea is 'the Atlantic'. A title-case headline ('Storms Sweep Across
    The Atlantic') capitalises every word and says nothing, and 'from The Caribbean' is still the region."""
    if not any(gz.places[i].place_type == "region" and not gz.places[i].country_code for i in m.candidates):
        return False
    text = text_of(docs[m.block])
    before = re.search(r"\b([a-z][\w’']*)\s+(The)\s+$", text[max(0, m.start - 40) : m.start])
    after = re.match(r"\s+(\w+)", text[m.end : m.end + 30])
    if before is None:
        return False
    name = span_at(docs[m.block], m.start, m.end)
    nxt = name.doc[name.end] if name is not None and name.end < len(name.doc) else None
    return (
        before.group(1) not in word_set("locative_prepositions")  # 'from The Caribbean' is a place's name
        and (after is None or not after.group(1)[:1].isupper())
        # the sea's name before a noun qualifies it: 'above-average season The Atlantic hurricane season', a headline
        # run into its story
        and not (nxt is not None and nxt.pos in (NOUN, ADJ))
    )


# the rest of a publication's title after the place's name that opens it, to the comma or quotation mark that closes
# the appositive: ' in Global Affairs,'
_TITLE_REST = re.compile(r"(?: (?:[A-Z][\w'’&.-]*|of|in|on|and|for|the|&))+[,”\"]")


def publication_appositive(m: Mention, docs: list[Doc]) -> bool:
    """'Fyodor Lukyanov, Editor-in-Chief of the journal, Russia in Global Affairs, talks about': a place's name opening
    the appositive after a publication's common noun (data: publication_nouns) and a comma, the title going on after it
    to the comma or quotation mark that closes it, is a word of the publication's name, no place (audit guide: a
    newspaper's name). Not a name the appositive holds alone ('the newspaper, Russia, ...' says nothing of a title),
    nor one after a lower-case word ('the newspaper, based in Moscow,')."""
    text = text_of(docs[m.block])
    before = re.search(
        rf"\bthe ({word_alternation('publication_nouns')}),\s+[“\"]?$", text[max(0, m.start - 30) : m.start]
    )
    return before is not None and _TITLE_REST.match(text, m.end) is not None


def town_in_club_name(m: Mention, docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> bool:
    """'President Trump at the Economic Club of New York', 'speaks at the Economic Club of Washington': a town's name
    right after a private body's capitalised head word and 'of' (data: club_heads_before_of) ends the body's name (the
    audit guide: a place inside a club's, a company's or a school's name is no mention of it), however the model cut
    the name. Only when the article's sense of the name is a town: a state's or a country's there ('the Human Rights
    League of France', 'the Culinary Institute of America') is the area the body serves, which news_gold annotates as
    a place. A members' body's or a charity's word there ('The Children's Hospital Foundation of Manitoba') ends a
    private body's name whatever the place (_member_body_before), and so does a corporation's legal designation after
    it ('The Allendale Woman's Club of New Jersey, Inc.': _incorporated_name). Not a name with a designator or
    its area written after it. Read once the article's senses are chosen: the name still vouches for its namesakes
    ('Churchill, Man.' in the same story)."""
    index = chosen.get(fold(m.name))
    if index is None or m.hint or m.narrowed:
        return False
    block = text_of(docs[m.block])
    text = block[max(0, m.start - 60) : m.start]
    if _member_body_before(text) or _incorporated_name(text, block, m.end):
        return True
    if gz.places[index].place_type not in TOWN_TYPES:
        return False
    before = re.search(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$", text)
    return before is not None and before.group(1).lower() in word_set("club_heads_before_of")


# a corporation's legal designation right after the name, a comma maybe between: ', Inc.', ' LLC', ' plc'
_DESIGNATION_AFTER = re.compile(r",?\s+([A-Za-z][A-Za-z.]*[A-Za-z.])(?![\w'’-])")


def _incorporated_name(before: str, text: str, end: int) -> bool:
    """'The Allendale Woman's Club of New Jersey, Inc. is a 501(c)(3) non-profit corporation', 'Sony Corporation of
    America, Inc.', 'Bank of Valletta plc': a place's name after a capitalised word of a name and 'of', closed by a
    corporation's legal designation (data: corporate_designations), ends a corporation's name, a private body's
    whatever the place (audit guide: a place inside a company's name is none; a public body is never incorporated
    so). A state's or a country's name there too, which a bare club's name keeps ('the Human Rights League of
    France')."""
    of = re.search(r"\b[A-Z][\w'’]*\s+of\s+(?:the\s+)?$", before)
    designation = _DESIGNATION_AFTER.match(text, end)
    return (
        of is not None
        and designation is not None
        and designation.group(1).lower() in word_set("corporate_designations")
    )


def _member_body_before(text: str) -> bool:
    """ "The Children's Hospital Foundation of Manitoba has put out a call' (the model cut the name before 'of'): a
    members' body's or a charity's capitalised head word (data: member_body_heads) after another capitalised word of
    the name, then 'of', ends a private body's name whatever the place's kind, as bodies._member_body reads a name
    tagged whole. A name that opens with the word is a state's ('the Federation of Bosnia and Herzegovina')."""
    before = re.search(r"\b[A-Z][\w'’]*\s+([A-Z][a-z]+)\s+of\s+(?:the\s+)?$", text)
    return before is not None and before.group(1).lower() in word_set("member_body_heads")


def in_shortened_name(m: Mention, docs: list[Doc]) -> bool:
    """'Star of Honolulu is also advertising for kitchen staff' after 'Star of Honolulu Cruises and Events has raised
    the hourly wage': a place's name after one to three capitalised words and 'of', where the article wrote those
    words, 'of' and the name earlier as the opening of an organisation's longer name (the model tags its words after
    the name an organisation), is that organisation's name written short: no mention of the place (the audit guide: a
    place inside a company's name is none). Not when the leading words are a public body's, an office's, an event's
    or a place's (the word lists _SHORT_NAME_NOT_HEADS names: 'the City of Edmonton', 'the Government of Canada', 'the
    Mayor of London' name the place); not a name with a designator or its area written after it, nor one that goes
    on with another capitalised word (the longer name itself, left to the rules that read it); a bare mention ('in
    Honolulu') has no leading words and stays the place."""
    if m.hint or m.narrowed or m.follows:
        return False
    text = text_of(docs[m.block])
    lead = _LEADING_WORDS.search(text, max(0, m.start - 80), m.start)
    if lead is None or _NEXT_CAPITALISED.match(text, m.end):
        return False
    words = [w for w in lead.group(1).split() if w != "The"]
    if not words or {w.lower().strip(".") for w in words} & _short_name_not_heads():
        return False
    short = re.compile(re.escape(" ".join(words)) + r"\s+of\s+" + re.escape(text[m.start : m.end]) + _LONGER_REST)
    return any(
        _longer_organisation(short, doc, m.start if block == m.block else None)
        for block, doc in enumerate(docs[: m.block + 1])
    )


def _longer_organisation(short: re.Pattern[str], doc: Doc, end: int | None) -> bool:
    """The short name written in the block before `end` as the opening of a longer name whose first word after the
    place the model tags an organisation's."""
    text = text_of(doc)
    for hit in short.finditer(text, 0, len(text) if end is None else end):
        span = doc.char_span(hit.start(1), hit.start(1) + 1, alignment_mode="expand")
        if span is not None and span[0].ent_type_ == "ORG":
            return True
    return False


@cache
def _short_name_not_heads() -> frozenset[str]:
    """The leading words that make a name before 'of' and a place a body's, an office's, an event's or a place's own
    ('City of', 'Government of', 'Mayor of', 'Festival of', 'Bay of'): those name the place."""
    return frozenset(word for key in _SHORT_NAME_NOT_HEADS for phrase in word_set(key) for word in phrase.split())


_SHORT_NAME_NOT_HEADS = (
    "institution_heads",
    "body_name_words",
    "local_body_heads",
    "office_titles",
    "person_titles",
    "seat_titles",
    "honour_titles",
    "event_heads",
    "geo_heads",
    "designators_before",
    "town_designators_before",
    "chamber_heads",
    "portfolio_words",
)
# one to three capitalised words and 'of' right before a name
_LEADING_WORDS = re.compile(r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]* ){1,3})of $")
# the longer name's rest: a capitalised word (or 'and'/'&' and one) after the name (its position is group 1)
_LONGER_REST = r"\s+(?:(?:and|&)\s+)?([A-Z])"
# the name goes on: the longer name's rest right after it
_NEXT_CAPITALISED = re.compile(_LONGER_REST)


# one to three capitalised words after a system's short name and a space or a hyphen: the campus's town, to be tried
# longest first ('UNC Chapel Hill', 'UC Santa Cruz')
_TOWN_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"


@cache
def _campus_name() -> re.Pattern[str]:
    systems = one_of(tables()["university_short_names"])
    # 'Rutgers University – Camden': the system's full name and a spaced dash before the town, as a signatory's line
    # writes the campus (a dash glued to 'University' is left to not_places.in_campus_name)
    return re.compile(rf"(?<![\w&])({systems})(?: University [\-–—] |[ \-–])({_TOWN_WORDS})")


def campus_towns(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """'A research paper from a team at UMass Amherst found', 'said Dr. Jamie Chang, UC Berkeley associate
    professor': the town after a US university system's short name (data: university_short_names) is where the campus
    stands, the system's campuses being named for their towns: a mention, read only in the system's states (Amherst,
    Massachusetts, not the larger Amherst, New York). A mention the entities gave at the same span is narrowed so; the
    new ones are returned. Not before a capitalised word that is no campus part's ('UMass Amherst Minutemen', a team:
    data campus_words_after), nor in a game's sentence ('UC Davis beat Cal Poly 3-1': the campus's team)."""
    out = []
    for block, doc in enumerate(docs):
        for match in _campus_name().finditer(text_of(doc)):
            read = _campus_town(block, doc, match, gz)
            if read is None:
                continue
            m, inside = read
            same = [o for o in mentions if o.block == block and o.start < m.end and m.start < o.end]
            if not same:
                out.append(m)
            for o in same:
                if (o.start, o.end) == (m.start, m.end):
                    o.candidates, o.narrowed = inside, True
    return out


def _campus_town(block: int, doc: Doc, match: re.Match[str], gz: Gazetteer) -> tuple[Mention, list[int]] | None:
    """The town the match's words after the system's name begin with, as a mention and its places in the system's
    states: the longest one the gazetteer knows there, before no capitalised word but a campus part's."""
    states = set(tables()["university_short_names"][match.group(1)])
    words = match.group(2).split(" ")
    text = text_of(doc)
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        places = gz.lookup(name)
        inside = [i for i in places if gz.places[i].place_type in LOCAL_TYPES and gz.places[i].parent in states]
        if not inside:
            continue
        start = match.start(2)
        end = start + len(name)
        after = re.match(r" ([A-Z][\w'’]*)", text[end:])
        if after and after.group(1) not in word_set("campus_words_after"):
            return None  # 'UMass Amherst Minutemen': the town opens another name
        sent = span_at(doc, start, end)
        if sent is None or _game_sentence(sent.sent):
            return None
        m = Mention(block, start, end, name, strong=False, narrowed=True)
        m.cued = True  # the system's name says a campus town is meant, as a designator would
        m.candidates = inside
        return m, inside
    return None
