"""Publication date (the reference date for relative dates), read from the parsed page.

Publication date, in order of trust:
1. the date the reader sees written in the byline or dateline under the headline ("Nov 18, 2019 at
   9:24 pm ET", "am Mittwoch, 26.01.2022", "20. März 2021"), else right above it in the headline's own header
   ("January 19, 2020 / 12:25 PM / Updated 8 hours ago" over the headline, where the metadata's
   datePublished is the update's day): the publisher's own day. Metadata
   timestamps are often the UTC instant (a day off) or a first version's date; a <time>'s own text wins
   over its datetime attribute for the same reason. A date labelled "Updated" is never taken;
2. the markup's declared date: meta tags, JSON-LD, itemprop=datePublished (the article's own before
   one inside a list, sidebar, navigation or footer of other stories), <time> in <article>/<main>; a UTC
   instant ("2023-11-09T01:49:09Z") that the page also writes in local time (another datePublished or a
   <time datetime> of the same instant) is read as the local day (_local_day): an evening story in the
   Americas is the next day in UTC. A page that writes the instant only in UTC keeps the UTC day;
3. the URL (/2021/0508/, /2019/nov/18/; /2016/08/ gives only the month);
4. a <time datetime> in the byline without written date, then a labelled "Published: ..." date;
5. htmldate (Apache-2.0, a declared dependency) for pages that state none of these: its extensive
   search over the parsed tree (it copies it before pruning; it is given no URL to download and never
   fetches anything).
Where the page gives only a modified date, `published` stays null: htmldate's answer is dropped when
it is a day the page labels as modified (dateModified, article:modified_time, og:updated_time,
<time class="updated"> not also marked published), when the page writes it only in readers' comments,
and when it is a first of the month the page never writes (htmldate pads a lone year or month to
day 1). A page with next to no text is not searched.
Relative dates of such a page are then resolved only against --reference-date when the user gives one.
A plain text (no markup) takes its date from its own dateline or byline (text_dateline_date): a full date
in its opening that stands in a dateline's shape ("LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --",
"Liz McLaughlin, NBC News April 05, 2018 03:09 PM."), never one inside a sentence of the story; or a full date
that ends its line right above a "By NAME" byline, whatever precedes it on that line (a standfirst run into it).
Day-first dotted dates (25.09.2018) and month names of other languages are read (data/pubdate.json).
Marker lists and labels live in data/selectors.json.

htmldate's own failures are caught broadly (see `_htmldate`): third-party code on hostile input.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from copy import deepcopy
from functools import lru_cache

import lxml.html

from ..data import load
from .dom import jsonld_values, meta_content, norm_space, selectors

__all__ = ["parse_date", "published_date", "text_dateline_date", "url_date"]

# ---------------------------------------------------------------- dates

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.]?(0[1-9]|1[0-2])[-/.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_MDY = re.compile(r"\b([^\W\d_]{3,})\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b", re.I)
# "25. September 2018" (de), "3 juillet 2020" (fr), "5 de marzo de 2019" (es, pt)
_DMY = re.compile(r"\b(\d{1,2})(?:\.|er|º)? (?:de )?([^\W\d_]{3,})\.?,? (?:de )?((?:19|20)\d\d)\b", re.I)
# "25.09.2018": day first, as every language that writes dates with dots does
_DOTTED = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\. ?((?:19|20)\d\d)(?![\d]|\.\d)")


def _month(word: str) -> int | None:
    """Month number of a month word in any language of data/pubdate.json, else of an English one by its first
    three letters ("Sept.", "November")."""
    word = word.lower().rstrip(".")
    data = _pubdate_data()
    return data["month_names"].get(word) or data["month_prefixes"].get(word[:3])


@lru_cache(maxsize=1)
def _pubdate_data() -> dict:
    raw = load("pubdate")
    return {
        **raw,
        "time_of_day_tail": re.compile(raw["time_of_day_tail"], re.I),
        "copyright_label": re.compile(raw["copyright_label"], re.I),
        "event_day_words": re.compile(raw["event_day_words"], re.I),
    }


def parse_date(text: str | None) -> dt.date | None:
    """The calendar date a metadata value names: ISO 8601 (local date part, time zone ignored),
    YYYYMMDD, RFC 2822, "November 19, 2019", "19 Nov 2019"."""
    if not text:
        return None
    text = text.strip()
    candidates: list[tuple[int, int, int]] = []
    m = _ISO.search(text)
    if m:
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    m = _MDY.search(text)
    if m and (month := _month(m[1])):
        candidates.append((int(m[3]), month, int(m[2])))
    m = _DMY.search(text)
    if m and (month := _month(m[2])):
        candidates.append((int(m[3]), month, int(m[1])))
    m = _DOTTED.search(text)
    if m:
        candidates.append((int(m[3]), int(m[2]), int(m[1])))
    if not candidates:
        try:
            stamp = email.utils.parsedate_to_datetime(text)
            candidates.append((stamp.year, stamp.month, stamp.day))
        except (TypeError, ValueError, IndexError):
            pass
    for y, mo, d in candidates:
        try:
            return dt.date(y, mo, d)
        except ValueError:
            continue
    return None


def _time_element_date(tree) -> dt.date | None:
    """<time datetime> that dates the article: one marked pubdate/datePublished, else the first one
    inside <article>/<main> that is not in a list of other stories."""
    times = [t for t in tree.iter("time") if t.get("datetime")]
    for t in times:
        if t.get("pubdate") is not None or t.get("itemprop") == "datePublished":
            return parse_date(t.get("datetime"))
    for t in times:
        tags = {a.tag for a in t.iterancestors()}
        if tags & {"article", "main"} and not tags & {"li", "aside", "footer", "nav"}:
            return parse_date(t.get("datetime"))
    return None


_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-])")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
_URL_DAY_SHORT = re.compile(r"/((?:19|20)\d\d)/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/")  # /2017/7/12/
_URL_MONTH_NAME = re.compile(r"/((?:19|20)\d\d)/([a-z]{3})[a-z]*/(0?[1-9]|[12]\d|3[01])/", re.I)  # /2019/nov/18/


def url_date(url: str | None) -> tuple[dt.date | None, str | None]:
    """(day, month) from a URL: /2021/0508/, /2016/08/15/, /2019-11-19/ give a day; /2016/08/ only
    a month ("2016-08"), since guessing the day would be wrong more often than not."""
    if not url:
        return None, None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    m = _URL_DAY.search(path)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), f"{m[1]}-{m[2]}"
        except ValueError:
            pass
    m = _URL_DAY_SHORT.search(path)
    if m:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d.strftime("%Y-%m")
        except ValueError:
            pass
    m = _URL_MONTH_NAME.search(path)
    prefixes = _pubdate_data()["month_prefixes"]
    if m and m[2].lower() in prefixes:
        try:
            d = dt.date(int(m[1]), prefixes[m[2].lower()], int(m[3]))
            return d, d.strftime("%Y-%m")
        except ValueError:
            pass
    m = _URL_MONTH.search(path)
    return (None, f"{m[1]}-{m[2]}") if m else (None, None)


def _text_dates(text: str):
    """(start, date) of each written date in free text ("Nov. 19, 2019", "19 Nov 2019",
    "2019-11-19 15:24"), in reading order."""
    return [(start, d) for start, _, d in _text_date_spans(text)]


def _text_date_spans(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of each written date in free text (see _text_dates), in reading order."""
    found = []
    for rx in (_ISO, _MDY, _DMY, _DOTTED):
        for m in rx.finditer(text):
            d = parse_date(m[0])
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found, key=lambda x: x[0])


# the most text (characters, blanks left out) a page may have for htmldate's whole-page search to run
_SEARCH_MAX_CHARS = 2_000_000

_SKIP_TAGS = {"script", "style", "noscript", "template", "figure", "figcaption", "button", "select"}


def _walk(el):
    """Text pieces and <time> elements of el's subtree in reading order, captions, scripts and "modified"
    dates left out (a photo caption's "Tuesday, Nov. 19, 2019" dates the photo, not the story)."""
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
        return
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
    if selectors()["caption_marker"].search(marks) or selectors()["updated_marker"].search(marks):
        return
    yield el
    yield el.text
    for child in el:
        yield from _walk(child)
        yield child.tail


def _after(el):
    """What follows el in the document: its tail, its later siblings, then its parent's, and so on."""
    while el is not None and el.tag != "body":
        yield el.tail
        for sib in el.itersiblings():
            yield from _walk(sib)
            yield sib.tail
        el = el.getparent()


def _sizes(body) -> dict:
    """Each element's count of non-space characters in its text_content(), for the whole body in one pass
    (children before parents). norm_space() keeps exactly those characters, so a size rules an element in or
    out before its text is built: text_content() of every element costs the page's text times its depth."""
    sizes: dict = {}
    for el in reversed(list(body.iter())):
        n = _nonspace(el.text) if isinstance(el.tag, str) else 0  # a comment's text is no page text
        for child in el:
            n += sizes[child] + _nonspace(child.tail)
        sizes[el] = n
    return sizes


def _nonspace(text: str | None) -> int:
    return sum(map(len, (text or "").split()))


def _headline_element(tree, body, sizes: dict, title: str | None):
    """The element that shows the headline: an <h1> with the title's text, else the first element in
    the body whose own text is exactly the title (<dt>, <p class=titulo>), outside links and lists."""
    if not title:
        return None
    candidates = [h for h in tree.iter("h1") if norm_space(h.text_content()) == title]
    if not candidates:
        size = _nonspace(title)
        for el in body.iter() if body is not None else ():
            if (
                isinstance(el.tag, str)
                and el.tag not in ("a", "li", "title", "option")
                and sizes[el] == size
                and norm_space(el.text_content()) == title
                and not any(a.tag in ("a", "li", "nav") for a in el.iterancestors())
            ):
                candidates.append(el)
                break
    # a sticky site header may repeat the headline above the article: the copy in <article>/<main> wins
    in_article = [h for h in candidates if any(a.tag in ("article", "main") for a in h.iterancestors())]
    return (in_article or candidates or [None])[0]


def _dateline_date(tree, body, sizes: dict, title: str | None, window: int = 150) -> tuple[dt.date | None, bool]:
    """The date in the byline or dateline right under the headline ("By Jeff Foust / Monday, November 18,
    2019", "기사입력 :[ 2018-08-25 15:24 ]"): the first date, or <time>, in the next `window` characters
    of text after the headline, and whether the reader sees it written; else a date written right above the
    headline in its own header (_kicker_date), which the metadata may contradict with the day of an update. A
    <time>'s own text ("Nov 19, 2019, 7:53pm EST") is the publisher's day; its datetime is often the UTC instant, a
    day later. A date labelled "Updated" (also "Updated 10:01 pm PST, Tuesday, November 19, 2019") is not the
    publication."""
    head = _headline_element(tree, body, sizes, title)
    if head is None:
        return None, False
    after = _dateline_after(head, window)
    if after[1]:
        return after
    kicker = _kicker_date(head)
    return (kicker, True) if kicker else after


def _dateline_after(head, window: int) -> tuple[dt.date | None, bool]:
    """The first date, or <time>, in the next `window` characters of text after the headline (see _dateline_date),
    and whether the reader sees it written."""
    text = ""
    for piece in _after(head):
        if isinstance(piece, lxml.html.HtmlElement):
            if piece.tag == "time" and not _updated(text):
                written = _text_dates(norm_space(piece.text_content()))
                if written:
                    return written[0][1], True
                d = parse_date(piece.get("datetime"))
                if d:
                    return d, False
            continue
        piece = norm_space(piece)
        if not piece:
            continue
        text += " " + piece
        # a byline's date stands in a short text of its own; a date inside a sentence ("In this Dec. 12,
        # 2006, file photo") belongs to what the sentence tells
        for start, d in _text_dates(text) if len(piece) <= 80 else ():
            if start >= len(text) - len(piece) and not _updated(text[max(0, start - 60) : start]):
                return d, True
        if len(text) > window:
            return None, False
    return None, False


def _kicker_date(head, window: int = 150) -> dt.date | None:
    """The date written in the headline's own header right above it ("January 19, 2020 / 12:25 PM / Updated 8
    hours ago" over the headline): the nearest written date in the headline's earlier siblings, within `window`
    characters of text, each piece a short text of its own, not labelled "Updated". Only the headline's own
    container is read: a date higher up the page (a site header's "today") is not the article's."""
    seen = 0
    for sib in head.itersiblings(preceding=True):
        pieces = [norm_space(p) for p in _walk(sib) if isinstance(p, str)]
        text = " ".join(p for p in pieces if p)
        seen += len(text)
        if seen > window:
            return None
        if not text or max(map(len, pieces)) > 80:
            continue
        for start, d in _text_dates(text):
            if not _updated(text[max(0, start - 60) : start]):
                return d
    return None


# how far into a plain text its dateline or byline may start (headline, standfirst and byline come first)
_TEXT_HEAD_CHARS = 400
# a dateline's own text before its date: at most this long (a byline is a short text of its own, see _dateline_after)
_DATELINE_PREFIX_CHARS = 80
# where a sentence (or a line) ends before a date: the date's stretch of text starts after it
_SEGMENT_END = re.compile(r"[.!?][\"”’)]?\s+|\n")
# what may follow a dateline's date on its line: nothing, a separator ("--", ":", "(GLOBE NEWSWIRE)"), a time
# ("2:36 pm", "1:19PM CST") or a capitalized word (the place: "April 5, 2018 Honolulu"), never a lowercase word
_DATELINE_TAIL = re.compile(r",?(?:\s*$|\s*[-–—:|(/)•.;]|\s+\d{1,2}[:.]\d\d|\s+[A-Z])")


def text_dateline_date(text: str) -> dt.date | None:
    """The publication date a plain text (no markup) states in its own dateline or byline: the first full date in
    its opening `_TEXT_HEAD_CHARS` characters whose stretch of text (from the last sentence end or line break
    before it) is a dateline: nothing before the date on it, or a short text of capitalized words (a place, a name,
    a publication, a weekday, "Published") that holds a comma or ends in a separator ("LOS ANGELES, ", "TIJUANA &
    SAN DIEGO,, ", "Liz McLaughlin, NBC News ", "KY--(Marketwire - "), not labelled "Updated"; and after the date
    on its line no lowercase word (see _DATELINE_TAIL). A date in a sentence of the story ("The transaction was
    signed on March 29, 2018.", a caption's "Friday, March 30, 2018, in Columbus, Ohio") has lowercase words
    before it; a headline's own date ("Apollo 11 Launch July 16, 1969") has no comma or separator before it."""
    head = text[: _TEXT_HEAD_CHARS + 40]
    for start, end, day in _text_date_spans(head):
        if start > _TEXT_HEAD_CHARS:
            break
        if _dateline_prefix(head[_segment_start(head, start) : start]) and _dateline_tail(head, end):
            return day
        if _over_byline(head, end) and not _updated(head[_segment_start(head, start) : start]):
            return day
    return None


# the line after a date that heads a byline: "By " and a capitalized name ("By Cristina Harris Become a ...")
_BYLINE_NEXT = re.compile(r"[^\S\n]*\n\s*By\s+[A-Z][a-z'’-]+\s+[A-Z]")


def _over_byline(head: str, end: int) -> bool:
    """ "Drivers are needed to help take patients to appointments 6 April 2018\n\nBy Cristina Harris Become ...": a
    full date that ends its line, with the next non-empty line opening a byline, is the byline's date whatever
    precedes it on its line (a standfirst run into it); a date in a sentence goes on, or ends with its stop."""
    return bool(_BYLINE_NEXT.match(head, end))


# a sign-off's own words before its date: a wire agency's code or name ("MAP", "Xinhua News Agency"), at most this
# many capitalized words, maybe in parentheses
_SIGNOFF_WORDS = 4
_SIGNOFF = re.compile(rf"\(?(?:[A-Z][\w&'-]*\s+){{1,{_SIGNOFF_WORDS}}}")
# what may follow a sign-off's date: the text's end, maybe after a closing parenthesis or a full stop
_SIGNOFF_TAIL = re.compile(r"\)?\.?\s*$")


def text_signoff_date(text: str) -> dt.date | None:
    """The publication date a plain text states in a sign-off that ends it: its last stretch of text (after the last
    sentence end or line break) is only a few capitalized words, a wire agency's code or name, and a full date that
    ends the text ("... of common interest. MAP 05 April 2018", "(Xinhua News Agency April 6, 2018)"). A date in a
    sentence of the story has lowercase words before it; an "Updated"/"Created" or copyright line is a label, not
    a sign-off (_updated, data/pubdate.json copyright_label); nor is an event's day, a weekday or a word like
    "Ends" before it (event_day_words); a date followed by more text is not the text's end."""
    tail = text.rstrip()[-200:]
    spans = _text_date_spans(tail)
    if not spans:
        return None
    start, end, day = spans[-1]
    if not _SIGNOFF_TAIL.fullmatch(tail[end:]):
        return None
    prefix = tail[_segment_start(tail, start) : start]
    words = _SIGNOFF.fullmatch(prefix.lstrip())
    data = _pubdate_data()
    if not words or _updated(prefix):
        return None
    if data["copyright_label"].search(prefix) or data["event_day_words"].search(prefix):
        return None
    return day


def _segment_start(text: str, start: int) -> int:
    """Where the stretch of text holding a date at `start` begins: after the last sentence end or line break."""
    return max((m.end() for m in _SEGMENT_END.finditer(text, 0, start)), default=0)


def _dateline_prefix(prefix: str) -> bool:
    """The text before a date in its stretch is a dateline's or byline's: empty, or short capitalized words that hold
    a comma or end in a separator, not an "Updated" label."""
    stripped = prefix.strip()
    if not stripped:
        return True
    if len(stripped) > _DATELINE_PREFIX_CHARS or _updated(prefix):
        return False
    if any(word[0].islower() for word in re.findall(r"[^\W\d_]+", stripped)):
        return False
    return "," in stripped or stripped[-1] in "-–—:(|/•"


def _dateline_tail(head: str, end: int) -> bool:
    """What follows a date that ends at `end`, up to its line's end, is a dateline's rest (see _DATELINE_TAIL)."""
    line_end = head.find("\n", end)
    return bool(_DATELINE_TAIL.match(head[end : line_end if line_end >= 0 else len(head)]))


def _updated(before: str) -> bool:
    """The text before a date ends with an "Updated" label, maybe followed by a time and weekday."""
    before = _pubdate_data()["time_of_day_tail"].sub("", before)
    return bool(selectors()["updated_label"].search(before))


def _labelled_date(body, sizes: dict) -> dt.date | None:
    """A short element that says "publiziert am 25. September 2018" / "Published: Nov 19, 2019": a date
    right after a publication label (data: published_label), outside lists, comments and footers."""
    label = selectors()["published_label"]
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or sizes[el] > 100:
            continue
        text = norm_space(el.text_content())
        if not text or len(text) > 100:
            continue
        for start, d in _text_dates(text):
            if label.search(text[max(0, start - 30) : start]) and not any(
                isinstance(a.tag, str)
                and a.tag in ("li", "ol", "ul", "aside", "footer", "nav")
                or "comment" in f"{a.get('class') or ''} {a.get('id') or ''}".lower()
                for a in (*el.iter(), *el.iterancestors())
            ):
                return d
    return None


def published_date(tree, urls: list[str | None], title: str | None = None) -> tuple[dt.date | None, str | None, bool]:
    """The day the article was first published, its month ("YYYY-MM", also when only the URL's month
    is known), and whether the day came from htmldate's search rather than a date the page states.
    The date the reader sees in the byline under the headline comes first: metadata timestamps are often
    in UTC (a day off the publisher's own day) or belong to a first version or a syndicated copy. Then
    the page's metadata, <time>, the URL, a labelled date, and htmldate's search."""
    body = tree.find(".//body")
    sizes = _sizes(body) if body is not None else {}
    byline, written = _dateline_date(tree, body, sizes, title)
    days = [url_date(u) for u in urls]
    url_day, month = next((d for d, _ in days if d), None), next((m for _, m in days if m), None)
    if written and byline:
        return byline, byline.strftime("%Y-%m"), False
    d = _declared_date(tree)
    d = d or url_day or byline or _labelled_date(body, sizes)
    if d:
        return d, d.strftime("%Y-%m"), False
    # a page with next to no text is no article to search for a date (an index, a fragment, an error page); one
    # with megabytes of text would cost htmldate's search and its check ~1 CPU s per MB for a date no bigger page
    # has needed (the largest of the 1,610 benchmark pages is 1.6 MB of HTML): bounded work per page
    searchable = 200 <= sizes.get(body, 0) <= _SEARCH_MAX_CHARS
    d = _htmldate(tree, next((u for u in urls if u), None)) if searchable else None
    if d and _htmldate_trusted(tree, d):
        return d, d.strftime("%Y-%m"), True
    return None, month, False


def _htmldate_trusted(tree, day: dt.date) -> bool:
    """htmldate's day is the publication's unless the page labels it as modified, or writes it only in
    readers' comments, or it is a first of the month the page never writes (htmldate
    pads a lone year or month to day 1). Dates in lists stay: many pages put their byline in one."""
    if day in _modified_dates(tree):
        return False
    html = lxml.html.tostring(tree, encoding="unicode")
    if day not in {d for _, d in _text_dates(html)}:
        return day.day != 1
    return day in {d for _, d in _text_dates(lxml.html.tostring(_without_other_items(tree), encoding="unicode"))}


def _without_other_items(tree):
    """A copy of the page without readers' comments, whose dates are not the article's. (Not without
    captions: a design system may style the dateline under the headline as one, "paragraph__caption".)"""
    copy = deepcopy(tree)
    for el in list(copy.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if "comment" in f"{el.get('class') or ''} {el.get('id') or ''}".lower():
            el.drop_tree()
    return copy


def _declared_date(tree) -> dt.date | None:
    """The publication date the markup declares: meta tags, JSON-LD, itemprop=datePublished (the
    article's own before one in a list, sidebar or footer of other stories), <time>."""
    data = selectors()
    for value in [meta_content(tree, *data["published_meta"])] + jsonld_values(tree):
        d = parse_date(value)
        if d:
            return _local_day(tree, value) or d
    marked = tree.xpath("//*[@itemprop='datePublished']")
    for el in sorted(marked, key=_in_other_story):
        value = el.get("content") or el.get("datetime") or el.text_content()
        d = parse_date(value)
        if d:
            return _local_day(tree, value) or d
    return _time_element_date(tree)


# "2023-11-09T01:49:09Z", "2023-11-08 17:49:09", "2023-11-08T17:49:09-08:00": a timestamp to the second and its zone
_STAMP = re.compile(
    r"((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.\d+)?[^\S\n]*(?:(Z|UTC|GMT)|([+-])(\d\d):?(\d\d))?"
)


def _stamp(value: str | None) -> tuple[dt.datetime, dt.timedelta | None] | None:
    """A timestamp's wall-clock time and its offset from UTC (None when it states no zone)."""
    m = _STAMP.search(value or "")
    if not m:
        return None
    try:
        y, mo, d, h, mi, sec = (int(m[i]) for i in range(1, 7))
        wall = dt.datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return None
    if m[7]:
        return wall, dt.timedelta(0)
    if m[8]:
        offset = dt.timedelta(hours=int(m[9]), minutes=int(m[10]))
        return wall, offset if m[8] == "+" else -offset
    return wall, None


def _local_day(tree, value: str | None) -> dt.date | None:
    """The publisher's own day of a publication instant declared in UTC ("2023-11-09T01:49:09Z") that the page also
    writes in local time: in another datePublished ("2023-11-08 17:49:09", no zone) or a <time datetime>. The UTC
    form of an evening story in the Americas is the next day; the local form is the day the reader sees. A time with
    no zone is the same instant when it differs from the UTC one by whole or half hours (at most 14) to the second;
    one with an offset when it is the same instant. A page that writes the instant only in UTC keeps the UTC day."""
    stamp = _stamp(value)
    if stamp is None or stamp[1] != dt.timedelta(0):
        return None
    utc = stamp[0]
    others = jsonld_values(tree) + [t.get("datetime") for t in tree.iter("time")]
    for other in filter(None, map(_stamp, others)):
        wall, offset = other
        if offset is not None:
            same = offset != dt.timedelta(0) and wall - offset == utc
        else:
            gap = utc - wall
            same = (
                gap != dt.timedelta(0)
                and abs(gap) <= dt.timedelta(hours=14)
                and gap % dt.timedelta(minutes=30) == dt.timedelta(0)
            )
        if same:
            return wall.date()
    return None


def _in_other_story(el) -> bool:
    """Inside a list, sidebar, navigation or footer: a teaser of another story, not the article."""
    return any(isinstance(a.tag, str) and a.tag in ("li", "aside", "nav", "footer") for a in el.iterancestors())


def _htmldate(tree, url: str | None) -> dt.date | None:
    """htmldate's date for a page that states none where this module looks: its extensive search (header
    and script patterns, date-like text ranked by position and frequency). It is handed the parsed tree
    (copied before it prunes) and the URL only to read a date in it, so it never fetches anything."""
    from htmldate import find_date  # imported on first use: half a second that pages with metadata never pay

    _limit_htmldate_languages()
    try:
        value = find_date(tree, extensive_search=True, original_date=True, url=url)
    # broad on purpose: third-party code run on hostile input (htmldate and the dateparser it calls raise
    # whatever their internals hit); a crash inside this last fallback costs the page its date, not its article
    except Exception:  # noqa: BLE001
        return None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _limit_htmldate_languages() -> None:
    """htmldate hands leftover date strings to dateparser with every one of its 200+ locales, whose
    regexes it compiles on first use: 25 s a process. The languages of data/pubdate.json cover the news
    of the sets measured at the same accuracy. htmldate builds that parser in one cached function
    (get_external_parser); where a release has none, htmldate's own parser stays."""
    import htmldate.extractors as hd

    if not hasattr(hd, "get_external_parser"):
        return
    from dateparser import DateDataParser

    parser = DateDataParser(languages=_pubdate_data()["dateparser_languages"], settings=_DATEPARSER_SETTINGS)
    setattr(hd, "get_external_parser", lambda: parser)  # noqa: B010 (a cached function, replaced once)


# htmldate's own settings for its dateparser fallback (htmldate.extractors.get_external_parser)
_DATEPARSER_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


def _modified_dates(tree) -> set[dt.date]:
    """Days the page labels as the last modification (dateModified, article:modified_time, ...): a
    fallback date equal to one of them is the update, not the publication, so `published` stays null."""
    values = [m.get("content") for m in tree.iter("meta") if selectors()["updated_marker"].search(_meta_key(m))]
    values += [el.get("content") or el.get("datetime") for el in tree.xpath("//*[@itemprop='dateModified']")]
    values += [t.get("datetime") for t in tree.iter("time") if _revision_marked(t)]
    values += jsonld_values(tree, keys=("dateModified",))
    return {d for d in map(parse_date, values) if d}


def _revision_marked(el) -> bool:
    """<time class="updated"> in <li class="modified-date">: marked as the revision and not also as the
    publication (WordPress themes mark the one date "entry-date published updated")."""
    marks = " ".join(f"{a.get('class') or ''} {a.get('id') or ''}" for a in (el, el.getparent()) if a is not None)
    data = selectors()
    return bool(data["updated_marker"].search(marks)) and not data["published_marker"].search(marks)


def _meta_key(m) -> str:
    return (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
