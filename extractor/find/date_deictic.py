"""A deictic's day ("today", "yesterday", "this evening") made exact by what is said next to it or around it.

find_in_block asks these after each date is resolved, with the date resolved just before it. Decisions:
- "today (Thursday)", "yesterday, Wednesday": a bare weekday set right after a deictic (weekday_apposition in
  dates.json) names that same day; both take the day of that weekday nearest the deictic's (the past one on a tie).
- "launched yesterday (Nov. 7)", "pictured this evening (Monday 18th May)": a day's date set right after a deictic
  names the day the deictic meant, whatever the page's date. On a page with no date at all the deictic takes the
  day once the passes that read a page's days from its own text dated it ("Tonight, Friday 6th April, ..." is
  whatever "Friday 6th April" is): apposed_days. Measured on the 487 audit pages' texts with their dates hidden: 1
  deictic dated ("trouble flared last night, November 2": 2023-11-02, as the page's date reads it), right; on the 318
  news_gold texts none (geowebnews:307's "Friday 6th April" stays null: its years are a bio's, weekday_year).
- A quote's "today", "tonight" or "this evening" is the day it was spoken: a single day named earlier in the
  sentence outside the quote, in the week before the page's date (the page is dated the morning after).
- A quote's deictic ("tomorrow", "this morning") counts from the day its words were said when the verb of saying
  after the quote's close names it in the same sentence ('"... tomorrow," he said Tuesday'): said_after.
- A quote's deictic whose speaker's day no verb of saying names is said on the story's day: the first single day the
  running text names (a weekday, a date or a narrated "yesterday"; not in a quote, a title or a caption, not a day
  that dates a thing, not a count back) when it is within spoken_story_days (dates.json) before the page's date:
  'after Monday night's loss ... "we needed to win this game today"' in a page of Tuesday is Monday. The first day,
  not the last: a later one is often another event's ("the big winner at the Producers Guild Awards on Saturday" in
  a story of Sunday's awards). A later named day that is the page's own or ahead of it ("forecast electricity demand
  Monday") means the story has come up to the page's date, and the page's date stands: spoken_days.
- A "last Thursday" or "Thursday last" told by someone who spoke on that same weekday ("Speaking with Kaieteur News
  on Thursday, ... said that he had left his home ... on Thursday last") is the one a week before the speech, not the
  speech's own day: last_before_speech. With no such speech day, "last Thursday" on a Friday page is the day before.
- A count ahead ("in 10 days", "in two weeks") or a "tomorrow" in the clause a verb of saying reports, when that verb
  names its weekday ("announced Monday that work will start in 10 days", "said Monday the talks will resume
  tomorrow"), counts from the weekday's day, not the page's: reported_ahead. Only a day in the week before the page's
  date, only a day-exact count still read from the page's date, and only inside the reported clause (the verb's
  ccomp): "The plan announced Monday takes effect tomorrow" keeps the page's tomorrow.
- A deictic in an embedded post as the page's text keeps it, its signature closing it with the day it was posted
  ("One lucky ticket ... was the sole winner of last night's $521 million jackpot!! https://t.co/B6st9j0txx -- New
  Jersey Lottery (@TheNJLottery) March 31, 2018"), counts from that day (2018-03-30): the post's words were written
  then, whatever the page's date or none: posted_days. The post is the text at most post_reach_chars before the
  signature (post_signature in dates.json: a dash, a name, a handle, then the day) in its block, or the whole block
  before one the signature opens, when no longer. Measured on the 318 news_gold texts and the 569 audit pages: 1
  deictic changed (that one, null before: the story's present, from a Thursday to a Sunday, gives no one day).
- A position is inside a quote when a quotation opened after the sentence's start (speaker_day) or the block's
  (spoken_days) is still open, the marks read in order (_quoted_at: one reader for both; the
  count of marks it replaced in speaker_day took '"And I asked ...?” said Hill, who will testify Thursday' for a
  quote to its end); this is not date_figurative.quotation, for the reasons _quoted_at gives.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..nlp import span_at, text_of
from ..normalize.periods import Period, day_period, narrowed, tables
from ..normalize.resolvers import resolve
from .date_patterns import Candidate, composers
from .date_tense import dates_a_thing

# the names the date finder's other modules import; the private ones kept the names they had in dates.py
__all__ = [
    "apposed_days",
    "dates_deictic",
    "last_before_speech",
    "named_day",
    "posted_days",
    "reported_ahead",
    "restates_deictic",
    "said_after",
    "speaker_day",
    "spoken_days",
]

# the atoms that name one day outright ("Monday", "Nov. 2", "Monday, the 4th", a narrated "yesterday"); not a count
# back ("a week ago"), which measures from the page rather than names the story's day
STORY_DAY_KINDS = {"weekday", "date", "weekday_dom", "deictic"}


def restates_deictic(text: str, deictic: Candidate, c: Candidate) -> bool:
    """ "returns to action today (Thursday)", "yesterday, Wednesday": a bare weekday set right after "today",
    "yesterday" or "tomorrow" names that same day (weekday_apposition in dates.json), not another one."""
    return (
        c.atom.kind == "weekday"
        and deictic.atom.kind == "deictic"
        and not c.groups.keys() & {"shift", "wshift"}
        and bool(composers()["weekday_apposition"].match(text[deictic.end : c.start]))
    )


def dates_deictic(text: str, deictic: tuple[Candidate, Period], c: Candidate, period: Period) -> bool:
    """ "pictured this evening (Monday 18th May)", "launched yesterday (Nov. 7)": a day's date set right after a
    deictic (weekday_apposition in dates.json) names the day the deictic meant, whatever the page's date."""
    word, _ = deictic
    return (
        word.atom.kind == "deictic"
        and c.atom.kind != "weekday"
        and not c.parts
        and period.granularity == "day"
        and period.earliest is not None
        and bool(composers()["weekday_apposition"].match(text[word.end : c.start]))
    )


def apposed_days(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """ "Tonight, Friday 6th April, JJ McNamara plays with the Navan Silver Band": a deictic still null on a page with
    no date at all takes the day the weekday or date set right after it (restates_deictic, dates_deictic) was given
    by the passes that date a page's days from its own text (find_dates): in text order that day was still null, and
    the deictic with it. found: every block's dates in order, as (block, candidate, period); the changed list is
    returned."""
    out = list(found)
    for k, ((i, c, period), (j, d, day)) in enumerate(zip(found, found[1:], strict=False)):
        if i != j or c.atom.kind != "deictic" or period.value is not None or day.earliest is None:
            continue
        text = text_of(docs[i])
        if day.granularity == "day" and (restates_deictic(text, c, d) or dates_deictic(text, (c, period), d, day)):
            out[k] = (i, c, day_period(day.earliest, day.relative))  # the day says which night "tonight" is
    return out


def speaker_day(
    text: str, c: Candidate, period: Period, ref: dt.date | None, out: list[tuple[Candidate, Period]], sentence: int
) -> Period:
    """A quote's "today", "tonight" or "this evening" is the day it was spoken: 'Freeder suggested he may still have
    had the best night on Wednesday as he is "... in the best position to benefit from his performance this
    evening."' A day named earlier in the sentence outside the quote, in the week before the page's date, is that day
    (the page, dated the morning after, reports what was said the night before)."""
    if ref is None or c.atom.kind != "deictic" or period.earliest != ref or not _quoted_at(text, c.start, sentence):
        return period
    for named, day in reversed(out):
        if named.start < sentence:
            break
        if _said_day(day, ref) and not named.parts and not _quoted_at(text, named.start, sentence):
            return day_period(day.earliest, period.relative) if day.earliest else period
    return period


def last_before_speech(
    doc: Doc, c: Candidate, period: Period, out: list[tuple[Candidate, Period]], sentence: int
) -> Period:
    """ "Speaking with Kaieteur News on Thursday, Ramdehol’s sister ... said that he had left his home ... on Thursday
    last" (a page of Friday): a weekday shifted back ("last", "past", "previous") that resolves to the very day an
    earlier weekday of its sentence names as the day of a verb of speaking (speaking_verbs, report_verbs, said_verbs
    in dates.json) is the one before the speech, a week earlier: the speaker's "last Thursday" on a Thursday is not
    that day. A "last Thursday" with no such speech day before it stays as read ("He left last Thursday")."""
    if c.atom.kind != "weekday" or "wshift" in c.groups or period.earliest is None or period.granularity != "day":
        return period
    if tables()["shift_words"].get(c.groups.get("shift", "").lower()) != -1:
        return period
    for named, day in reversed(out):
        if named.start < sentence:
            break
        plain = named.atom.kind == "weekday" and not named.groups.keys() & {"shift", "wshift"} and not named.parts
        if plain and day.earliest == period.earliest and _spoken_on(doc, named):
            return day_period(period.earliest - dt.timedelta(days=7), period.relative)
    return period


def reported_ahead(
    doc: Doc, c: Candidate, period: Period, ref: dt.date | None, out: list[tuple[Candidate, Period]], sentence: int
) -> Period:
    """ "The Mexican government announced Monday that work will start in 10 days" (a page of Thursday): a count ahead
    or a "tomorrow" (deictic_days of a positive count) read from the page's date, in the clause reported by a verb of
    saying whose plain weekday earlier in the sentence is a day of the week before the page's, counts from that day."""
    ahead = _ahead_of_page(c, period, ref)
    if ahead is None or ref is None:
        return period
    span = span_at(doc, c.start, c.end)
    if span is None:
        return period
    for named, day in reversed(out):
        if named.start < sentence:
            break
        plain = named.atom.kind == "weekday" and not named.groups.keys() & {"shift", "wshift"} and not named.parts
        verb = _speech_verb(doc, named) if plain and day.earliest and _said_day(day, ref) else None
        if verb is not None and day.earliest and _reports(span.root, verb):
            return day_period(day.earliest + dt.timedelta(days=ahead), period.relative)
    return period


def _ahead_of_page(c: Candidate, period: Period, ref: dt.date | None) -> int | None:
    """The days a day-exact "in 10 days" or "tomorrow" counts ahead of the page's date, None for any other date."""
    if ref is None or not _said_day_shape(period) or period.earliest is None or c.parts:
        return None
    days = (period.earliest - ref).days
    if c.atom.kind == "ahead" and days > 0:
        return days
    key = " ".join(c.groups.get("word", "").lower().split())
    step = tables()["deictic_days"].get(key, 0) if c.atom.kind == "deictic" else 0
    return days if step > 0 and days == step else None


def _speech_verb(doc: Doc, named: Candidate) -> Token | None:
    """The verb of saying whose day the weekday names ('announced Monday', 'said on Tuesday'), if it is one."""
    return _spoken_word(doc, named) if _spoken_on(doc, named) else None


def _reports(word: Token, verb: Token) -> bool:
    """Whether the word lies in the clause the verb reports (under its ccomp), not elsewhere in the sentence."""
    while word.head.i != word.i:  # spaCy makes a new Token per access: compare indices, not identity
        if word.head.i == verb.i:
            return word.dep_ == "ccomp"
        word = word.head
    return False


def _spoken_word(doc: Doc, named: Candidate) -> Token | None:
    span = span_at(doc, named.start, named.end)
    if span is None:
        return None
    word = span.root.head
    return word.head if word.pos_ == "ADP" else word


def _spoken_on(doc: Doc, named: Candidate) -> bool:
    """The weekday is the day of a verb of speaking: 'Speaking ... on Thursday', 'told reporters Thursday'."""
    word = _spoken_word(doc, named)
    t = tables()
    return word is not None and word.lower_ in {*t["speaking_verbs"], *t["report_verbs"], *t["said_verbs"]}


def said_after(doc: Doc, text: str, out: list[tuple[Candidate, Period]], ref: dt.date | None) -> None:
    """ "“The bridge will close tomorrow,” the mayor said Tuesday": a deictic in a quote that closes before a day on a
    verb of saying (report_verbs, said_verbs in dates.json) in the same sentence counts from the day the words were
    said, when that day is in the week before the page's date (the page reports them later); out is changed in
    place. Only a deictic read from the page's date (not one a date next to it already fixed)."""
    if ref is None:
        return
    words = tables()["deictic_days"]
    for i, (c, period) in enumerate(out):
        key = " ".join(c.groups.get("word", "").lower().split())
        if c.atom.kind != "deictic" or key not in words or period.earliest != ref + dt.timedelta(days=words[key]):
            continue
        said = _said_on(doc, text, c, out[i + 1 :], ref)
        if said is not None:
            out[i] = (c, day_period(said + dt.timedelta(days=words[key]), period.relative))


def _said_on(doc: Doc, text: str, c: Candidate, after: list[tuple[Candidate, Period]], ref: dt.date) -> dt.date | None:
    """The day a verb of saying after the quote's close names, in the deictic's sentence ('," he said Tuesday')."""
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    verbs = {*tables()["report_verbs"], *tables()["said_verbs"]}
    for named, day in after:
        if named.start >= span.sent.end_char or named.parts:
            return None
        between = text[c.end : named.start]
        if not ("\u201d" in between or '"' in between) or day.earliest is None or not _said_day(day, ref):
            continue
        said = span_at(doc, named.start, named.end)
        word = said.root.head if said is not None else None
        if word is not None and word.pos_ == "ADP":
            word = word.head
        if word is not None and word.lower_ in verbs:
            return day.earliest
    return None


def spoken_days(
    docs: list[Doc], found: list[tuple[int, Candidate, Period]], sections: list[str] | None, ref: dt.date | None
) -> list[tuple[int, Candidate, Period]]:
    """ "Lynn said after the game ... saw winning Monday night" then '"Yes, we needed to win this game today"' in a
    page of the Tuesday after: a quote's deictic still read from the page's date counts from the story's day, the
    first single day the running text names, when it is a few days before the page's date (see the module's
    docstring). found: every block's dates in order, as (block, candidate, period); the changed list is returned."""
    if ref is None:
        return found
    words = tables()["deictic_days"]
    story: dt.date | None = None
    named = False  # the running text has named a day: the first one is the story's
    out: list[tuple[int, Candidate, Period]] = []
    for i, c, period in found:
        running = sections is None or sections[i] not in ("title", "caption")
        spoken = running and _quoted_at(text_of(docs[i]), c.start)
        key = " ".join(c.groups.get("word", "").lower().split())
        from_page = c.atom.kind == "deictic" and key in words and period.earliest == ref + dt.timedelta(days=words[key])
        if spoken and from_page and story is not None:
            period = day_period(story + dt.timedelta(days=words[key]), period.relative)
        elif running and not spoken and period.earliest is not None and _names_one_day(docs[i], c, period):
            if not named and 0 < (ref - period.earliest).days <= tables()["spoken_story_days"]:
                story = period.earliest
            elif period.earliest >= ref:
                story = None  # the story has come to the page's day, or looks past it
            named = True
        out.append((i, c, period))
    return out


def _quoted_at(text: str, pos: int, start: int = 0) -> bool:
    """Whether pos lies inside a quotation opened at or after start (the block's start unless given), reading the
    marks in order: a curly one opens or closes, a straight one turns. In order, not by counts: a quote opened
    straight and closed curly ('"A great day for Republicans ...," Trump tweeted', '"And I asked ...?” said Hill, who
    will testify Thursday') closes there, its narrated day not taken for a quote's.

    Not date_figurative.quotation, which gives the bounds of a quotation closed on its line: a speaker's "today"
    needs no closing mark (a quote often runs on to the paragraph's end, '“We will meet today and talk more' is
    quoted here and no quotation there). speaker_day reads from the sentence's start (in '“We won. Today we
    celebrate.”' the second sentence's "today" is not taken for the speaker's day of a day named before the quote),
    spoken_days from the block's, where quotation finds either. One reader for those would change which days are the
    speaker's."""
    open_ = False
    for ch in text[start:pos]:
        if ch in "\u201c\u201d":
            open_ = ch == "\u201c"
        elif ch == '"':
            open_ = not open_
    return open_


def _names_one_day(doc: Doc, c: Candidate, period: Period) -> bool:
    """A single day named outright, not a thing's day ("Tuesday's elections") nor a count back ("a week ago")."""
    if c.atom.kind not in STORY_DAY_KINDS or c.parts or "n" in c.groups or not _said_day_shape(period):
        return False
    span = span_at(doc, c.start, c.end)
    return span is None or not dates_a_thing(span)


def _said_day_shape(day: Period) -> bool:
    return day.granularity == "day" and day.earliest is not None and day.earliest == day.latest


def _said_day(day: Period, ref: dt.date) -> bool:
    """A single day in the week before the reference date."""
    first = day.earliest
    return day.granularity == "day" and first is not None and first == day.latest and 0 < (ref - first).days <= 7


def named_day(deictic: Period, c: Candidate) -> Period:
    """The day of the weekday named nearest the deictic's (the past one on a tie): a quote's "today (Thursday)" in an
    article dated the Friday after is that Thursday."""
    if deictic.earliest is None:
        return deictic
    weekday = tables()["weekdays"][c.groups["wd"].lower().rstrip(".")]
    shift = (weekday - deictic.earliest.weekday() + 3) % 7 - 3
    return day_period(deictic.earliest + dt.timedelta(days=shift), deictic.relative)


def posted_days(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """ "... the sole winner of last night's $521 million jackpot!! https://t.co/B6st9j0txx -- New Jersey Lottery
    (@TheNJLottery) March 31, 2018": a deictic of an embedded post counts from the day its signature gives (2018-03-30),
    with a page's date or none (see the module's docstring). found: every block's dates in order, as (block,
    candidate, period); the changed list is returned."""
    posts = _posts(docs, found)
    if not posts:
        return found
    out = list(found)
    for k, (i, c, _) in enumerate(found):
        if c.atom.kind != "deictic" or c.parts or c.since:
            continue
        day = next((d for block, start, end, d in posts if block == i and start <= c.start and c.end <= end), None)
        read = resolve(c.atom.kind, c.groups, day) if day is not None else None
        if read is None or read.value is None:
            continue
        read = narrowed(read, c.mod, day) if c.mod else read
        out[k] = (i, c, replace(read, relative=False))  # the text dates it, not the page
    return out


def _posts(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, int, int, dt.date]]:
    """The embedded posts whose signature ends right before a full day of its own year: (block, start, end of the
    post's text, the day posted). The text is at most post_reach_chars before the signature's dash in its block, or,
    when the signature opens its block, the block before, if no longer (a post's text is short; a longer block is the
    article's own)."""
    reach = tables()["post_reach_chars"]
    posts = []
    for i, c, period in found:
        if period.relative or c.parts or not _said_day_shape(period) or period.earliest is None:
            continue
        text = text_of(docs[i])
        sign = _post_signature().search(text, max(0, c.start - reach), c.start)
        if sign is None:
            continue
        if text[: sign.start()].strip():
            posts.append((i, max(0, sign.start() - reach), sign.start(), period.earliest))
        elif i > 0 and len(text_of(docs[i - 1]).strip()) <= reach:
            posts.append((i - 1, 0, len(text_of(docs[i - 1])), period.earliest))
    return posts


@lru_cache(maxsize=1)
def _post_signature() -> re.Pattern:
    """A post's signature, ending where its day begins (post_signature in dates.json)."""
    return re.compile(tables()["post_signature"])
