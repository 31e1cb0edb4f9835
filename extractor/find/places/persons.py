"""A place's name that is a person's name, or a part of one, in its sentence: no mention of the place.

A name written right after a word the model calls a person's is that person's surname ('Noah Jackson 1 goal':
ends_a_persons_name), and one the model did not call a place, after 'according to', is a source ('According to
Russell, ...': cited_as_source). A name with an age after it ('—Gloria, age 8', 'Tom, 12,') is a person's, unless it
is a country's (given_an_age). A name in a citation's list of authors ('Eisemann, Elmar; Vilanova, Anna (2017)') is
a surname or a given name, and so is one in the author list a citation's line opens with, each author a surname and
initials ('Díaz-Molina V, Tirado-Sánchez A, Ponce-Olivera R. Clinical ...': in_author_list). A name alone after a
dash on its own line ('—Charlotte' after a reader's letter) signs what goes before, and one ending a line after a
quoted title and a dash ('“One Man Band” – Old Dominion') is the work's credit (signature). A place's name and a
capitalised person's noun in running text ('Florida Man') is a character's or a meme's name, not in a title-cased
headline nor after 'a' (character_name). A name after 'known as', 'nicknamed', 'dubbed', 'aka' or 'alias' that
follow a person's name in the same clause ('Mohanna Abdhou, 20, known as Montana, was caught') is the person's alias
(persons_alias); what stands before the cue decides, so 'the area known as Eastern Ghouta' stays a place.
A name that is the subject of a verb whose direct object is 'his' thing ('Pskov made his comments', a misspelt
surname) is a man's: a place's own possessive is 'its' ('Russia made its position clear'), and 'her' is left out,
news writing a nation as 'she' ('Britain made her position plain') and 'her' being an object as often ('denied her
entry'): subject_of_his.
A name alone on its line in a list of nominees under an award's category heading in capitals ('GROUP OF THE YEAR'
then 'Lady Antebellum', 'Midland', 'Old Dominion') is a nominee's, a band's or an artist's, not the place; not under a
heading of places ('CITY OF THE YEAR': nominee_line). A name right before an ISO date-time
stamp at a line's or sentence's start ('intimacy. Charlotte 2019-07-19t00:00:00z very welcoming hosts') is a review's
or a comment's author, the stamp its posting time (reviewer_stamp).
The vocabularies are places.json's (person_nouns_after, alias_cues, award_heading_cues, award_heading_places).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ...nlp import span_at, text_of
from ...normalize.places import Gazetteer
from .words import Mention, word_alternation, word_set

__all__ = [
    "character_name",
    "cited_as_source",
    "ends_a_persons_name",
    "given_an_age",
    "in_author_list",
    "nominee_line",
    "persons_alias",
    "reviewer_stamp",
    "signature",
    "subject_of_his",
]


def ends_a_persons_name(m: Mention, docs: list[Doc]) -> bool:
    """'Noah Jackson 1 goal': the model calls 'Noah' a person and leaves 'Jackson' out; a name that follows a
    person's word with only a space between is the rest of that person's name."""
    doc = docs[m.block]
    span = span_at(doc, m.start, m.end)
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.ent_type_ == "PERSON" and prev.is_title and prev.whitespace_ == " " and not m.hint


def cited_as_source(m: Mention, docs: list[Doc]) -> bool:
    """'According to Russell, the year 1838 ...': a name the model did not call a place, cited as a source, is a
    person's or an organisation's ('according to China,' where the model calls it a place stays)."""
    text = text_of(docs[m.block])
    before, after = text[max(0, m.start - 16) : m.start], text[m.end : m.end + 2]
    # the source itself, a clause ending after it: not a modifier ('according to EU directives')
    return (
        m.guess
        and re.search(r"\baccording to\s+$", before, re.IGNORECASE) is not None
        and re.match(r"[,.;:)]|$", after) is not None
    )


# ', age 8' or ', 12,' right after a name: a person's age, not an area's number ('Daegu, 15 degrees' goes on)
# not a figure's thousands ('jobs in France, 3,700 in Germany')
AGE_AFTER = re.compile(r",\s*(?:age[ds]?\s+\d{1,3}\b|\d{1,3}(?:,(?!\d)|\s*\)|\s*$))")


def given_an_age(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'—Gloria, age 8', 'Tom, 12, and his sister': a name with an age after it is a person's. Not a country's."""
    if m.hint or any(gz.places[i].place_type == "country" for i in m.candidates):
        return False
    return AGE_AFTER.match(text_of(docs[m.block]), m.end) is not None


# one author of a citation's list: 'Vilanova, Anna', 'Maaten, Laurens van der', 'Lelieveldt, Boudewijn P. F.'
AUTHOR = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, [A-Z][\w'’-]*\.?(?: (?:[A-Z][\w'’-]*\.?|[a-z]{2,3}))*")
AUTHORS_MIN = 2  # authors a list must name, ';' between them


def _line_of(m: Mention, docs: list[Doc]) -> tuple[int, str]:
    """The line of its block the mention is on, and where that line starts."""
    text = text_of(docs[m.block])
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    return start, text[start : end if end >= 0 else len(text)]


def in_author_list(m: Mention, docs: list[Doc]) -> bool:
    """'Hollt, Thomas; Eisemann, Elmar; Vilanova, Anna (2017-07-01).': a name inside one 'Surname, Given' item of a
    citation's author list (at least AUTHORS_MIN of them, ';' between them) is a person's; so is one inside the
    'Surname Initials' list a citation's line opens with (_in_initials_list)."""
    start, line = _line_of(m, docs)
    items, at, own = 0, start, False
    for part in line.split(";"):
        item = re.sub(r"\s*\(.*$", "", part).strip(" ^.*•-")
        if AUTHOR.fullmatch(item):
            items += 1
            own = own or at <= m.start < at + len(part)
        at += len(part) + 1
    return (own and items >= AUTHORS_MIN) or _in_initials_list(m, start, line)


# one author of a citation's list written surname first and initials after ('Ponce-Olivera R', 'van der Berg JM')
_INITIALS_ITEM = r"(?:[a-z]{2,3} )*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}"
# a line that opens with at least AUTHORS_MIN such items, ', ' between them, closed by a full stop (or 'et al.') and
# the capitalised title: 'Díaz-Molina V, Tirado-Sánchez A, Ponce-Olivera R. Clinical, aetiological ...'
_INITIALS_LIST = re.compile(rf"{_INITIALS_ITEM}(?:, {_INITIALS_ITEM})+(?:,? et al)?\.(?= [A-Z])")


def _in_initials_list(m: Mention, start: int, line: str) -> bool:
    """'Díaz-Molina V, Tirado-Sánchez A, Ponce-Olivera R. Clinical, aetiological and therapeutic findings ...': a
    name inside the author list a citation's line opens with, each author a surname and initials (the Vancouver
    style of medical journals), is a surname's part, when the line gives a year after the list."""
    match = _INITIALS_LIST.match(line)
    if match is None or m.start - start >= match.end():
        return False
    # a citation gives its year: 'Austin TX, Dallas TX.' opening a line of offices gives none
    return re.search(r"\b(?:19|20)\d\d\b", line[match.end() :]) is not None


def signature(m: Mention, docs: list[Doc]) -> bool:
    """'—Charlotte' on a line of its own after a reader's joke or letter: a name alone after a dash on its line signs
    what goes before; it is the writer's first name, not a town. So does a name that ends a line after a quoted
    title and a dash ('“One Man Band” – Old Dominion' in a list of awards): the work's credit, its band or author."""
    start, line = _line_of(m, docs)
    before = line[: m.start - start]
    credit = re.fullmatch(r"\s*(?:“[^”]+”|\"[^\"]+\")?\s*[—–-]\s*", before)
    return credit is not None and not line[m.end - start :].strip()


# lines above a nominee read back to its category's heading; a list of nominees is short
NOMINEE_LINES_BACK = 30
# a nominee's line is short: a name, maybe its credit or '(WINNER)'; a longer line is running text, no list
NOMINEE_LINE_MAX = 80


def nominee_line(m: Mention, docs: list[Doc]) -> bool:
    """'GROUP OF THE YEAR' then 'Lady Antebellum', 'Little Big Town', 'Midland', each alone on its line (an awards
    page's list of nominees): a name that is all its line holds, but a bracketed note ('(WINNER)'), under a heading in
    capitals that names an award's category (data: award_heading_cues: 'of the year'), only short lines
    between, is a nominee's name, a band's or an artist's. Not under a heading of places (data: award_heading_places:
    'CITY OF THE YEAR', 'DESTINATION OF THE YEAR'), whose nominees are places."""
    start, line = _line_of(m, docs)
    if re.sub(r"\s*\([^)]*\)\s*$", "", line).strip() != text_of(docs[m.block])[m.start : m.end]:
        return False
    for above in _lines_above(m.block, start, docs):
        if len(above) > NOMINEE_LINE_MAX:
            return False
        if above.isupper():
            return _award_heading(above)
    return False


def _lines_above(block: int, start: int, docs: list[Doc]) -> list[str]:
    """The non-blank lines above a line, nearest first, across blocks, at most NOMINEE_LINES_BACK."""
    lines = text_of(docs[block])[:start].splitlines()[::-1]
    for doc in docs[block - 1 :: -1] if block else []:
        lines += text_of(doc).splitlines()[::-1]
        if len(lines) > NOMINEE_LINES_BACK:
            break
    return [line.strip() for line in lines if line.strip()][:NOMINEE_LINES_BACK]


def _award_heading(line: str) -> bool:
    lower = line.lower()
    words = set(re.findall(r"[a-z]+", lower))
    return re.search(rf"\b(?:{word_alternation('award_heading_cues')})\b", lower) is not None and not (
        words & word_set("award_heading_places")
    )


# an ISO 8601 date-time stamp after a name and a space: '2019-07-19t00:00:00z', '2019-07-19T10:30'
_STAMP_AFTER = re.compile(r" \d{4}-\d\d-\d\d[tT]\d\d:\d\d")


def reviewer_stamp(m: Mention, docs: list[Doc]) -> bool:
    """'... on terms of affectionate intimacy. Charlotte 2019-07-19t00:00:00z very welcoming hosts, everything went
    very well': a one-word name in title case at a line's or a sentence's start, right before an ISO date-time
    stamp, is a review's or a comment's author, the stamp its posting time; not a dateline's town in capitals
    ('LONDON 2019-07-19T...'), nor a name of more words."""
    text = text_of(docs[m.block])
    name = text[m.start : m.end]
    if not (name.isalpha() and name.istitle()) or _STAMP_AFTER.match(text, m.end) is None:
        return False
    return re.search(r"(?:^|\n|[.!?]\s+)$", text[max(0, m.start - 4) : m.start]) is not None


def character_name(m: Mention, docs: list[Doc]) -> bool:
    """'besides the fact that Florida Man will have to up the ante': a place's name and a capitalised person's noun
    (data: person_nouns_after) in running text, no article before them, is a character's or a meme's name, not
    the place. Not in a title-cased headline ('Florida Man Arrested'), where every word is capitalised, nor before a
    possessive ('the Texas Women's Health Program', a public body), nor after 'a' ('a New York man' is from there)."""
    text = text_of(docs[m.block])
    after = re.match(r" ([A-Z][a-z]+) [a-z]", text[m.end : m.end + 24])
    if after is None or after.group(1).lower() not in word_set("person_nouns_after"):
        return False
    return re.search(r"\b(?:a|an|A|An) $", text[max(0, m.start - 4) : m.start]) is None


def persons_alias(m: Mention, docs: list[Doc]) -> bool:
    """'Mohanna Abdhou, 20, known as Montana, was caught': a name right after an alias cue (data: alias_cues; a quote
    mark between allowed) whose cue follows a word of a name the model calls a person, with at most an age and
    commas between, is the person's alias. 'the area known as Eastern Ghouta', 'a town dubbed X' are places: the
    cue's thing is no person there."""
    if m.hint:
        return False
    doc = docs[m.block]
    text = text_of(doc)
    cue = _alias_cue().search(text[max(0, m.start - 24) : m.start])
    if cue is None:
        return False
    before = doc.char_span(0, max(0, m.start - 24) + cue.start(), alignment_mode="contract")
    if before is None:
        return False
    tokens = [t for t in before[-12:] if not t.is_space]
    while tokens and tokens[-1].lower_ in _ALIAS_ADVERBS:
        tokens.pop()
    # a verb's 'dubbed' or 'nicknamed' has the person for its subject ('Trump dubbed Baltimore ...'): only after a comma
    verb = cue.group(1).lower() in ("dubbed", "nicknamed")
    if verb and not (tokens and tokens[-1].text == ","):
        return False
    while tokens and (tokens[-1].is_punct or tokens[-1].like_num or tokens[-1].lower_ in ("aged", "age")):
        tokens.pop()  # ', 20,'
    return bool(tokens) and tokens[-1].ent_type_ == "PERSON"


# adverbs between the person's name and the cue: 'also known as', 'better known as'
_ALIAS_ADVERBS = frozenset({"also", "better", "commonly", "locally", "popularly", "widely"})


@cache
def _alias_cue() -> re.Pattern[str]:
    """A cue's words (data: alias_cues) right before the name, an opening quote mark allowed: 'known as “'."""
    return re.compile(rf"(?<![\w.])({word_alternation('alias_cues')})\s+[\"“‘']?$", re.I)


def subject_of_his(m: Mention, docs: list[Doc]) -> bool:
    """'Pskov made his comments on a talk show': the name is the subject of a verb whose direct object has 'his'
    before it, so a man is meant, not the place ('Russia made its position clear' stays)."""
    span = span_at(docs[m.block], m.start, m.end)
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    return any(
        obj.dep_ == "dobj" and any(t.dep_ == "poss" and t.lower_ == "his" for t in obj.children)
        for obj in verb.children
    )
