"""Numbers that the text around them shows to be no count, whatever the parse says.

A count is how many of something. The finder in counts.py reads a number as a count when the parse has it quantify a
noun, or when nothing says otherwise; these rules are what a news reader sees at a glance that the parse does not:
the number is part of a phone number (a North American one with its trunk prefix too: "1 877 855-3222"), a run of
digits joined by middle dots ("4·1·1."), a citation or the title of a cited work in a reference list
("Funck-Brentano E et al. ... a retrospective study of 38 cases. J Am Acad Dermatol. 2015;72(2):246–52."), an
address, a clock time at the head of a live-blog entry, an id, a fraction of a group, a proportion or rating, the
base of a rate, an age, a year in a name, a software release ("Python 3.5", "iOS 13"), a figure after "score of" /
"rating of" ("a score of 409.30") or a literal in a line of program code, a rank ("No. 13 Mead"), a rate or an
average ("65.2 cases per 100,000", "32.6 points/game"), a multiplier ("25 times your expenses"), the margin of a
score ("a 10-point lead", "a two-goal lead"), an award list ("40 Under 40") or a model number ("400 737 Max jets",
"Boeing's larger 777 planes").
Index levels ("closed at 4907.20"), ratios ("four times faster") and "aged 55" stay numbers: MEANTIME's annotators
mark them, and the project's MEANTIME score may not fall (they do not mark "No. 1" as a count). Each rule reads the
text (and the number's parse root) only, so a number the rule rejects is rejected in a title, a caption and the body
alike. Vocabularies are in data/quantity_exclusions.json. `why_not_count` returns the rule's name, or None when the
number may count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..data import load, one_of
from ..nlp import span_at
from ..normalize.numbers import NumberSpan, parse_number
from ..normalize.numbers import tables as number_tables
from .count_forms import why_form
from .count_loose import why_loose
from .count_measures import why_measure
from .count_rules import RuleTable, first_rule, within

__all__ = ["is_furniture", "number_idioms", "story_links", "street_follows", "why_not_count"]

_SP = r"[ \u00a0]"


@lru_cache(maxsize=1)
def _ex() -> dict:
    return load("quantity_exclusions")


# phone numbers: digit groups joined by single spaces, dots or dashes ("0345 744 4422", "(212) 560 - 6928"), a
# country code perhaps with the trunk prefix in brackets ("+49 (0)40 890 85-433")
_PHONE_SEP = rf"(?:{_SP}*[-.–]{_SP}*|{_SP})"
_PHONE = re.compile(
    rf"(?<![\w,.])(?:\+\d{{1,3}}{_PHONE_SEP}(?:\(0\))?)?(?:\(\d{{2,5}}\)|\d{{2,5}})(?:{_PHONE_SEP}\d{{2,5}})+(?![\w,])"
)
# a North American number with its trunk prefix 1: "1 877 855-3222", "1-800-555-1234", "1 (877) 555-1234"; the "1"
# and a 3-digit area code read alone look like space-grouped thousands ("1 877 855")
_TRUNK_PHONE = re.compile(
    rf"(?<![\w,.+])1{_PHONE_SEP}(?:\(\d{{3}}\){_SP}*|\d{{3}}{_PHONE_SEP})\d{{3}}{_PHONE_SEP}\d{{4}}(?![\w,]|[.]\d)"
)
# citations: volume(issue):pages "392(2): 404-418", year;volume "2013;36(10):953–80", volume: pages "9: 2579–2605"
_CITATION = re.compile(
    r"\d+[ \u00a0]*\(\d+\)[ \u00a0]*:[ \u00a0]*[eA-Z]?\d+(?:[-–—][eA-Z]?\d+)?"
    r"|(?<!\d)(?:1[89]|20)\d\d[ \u00a0]*;[ \u00a0]*\d+(?:[-–—]\d+)?(?:[ \u00a0]*\(\d+\))?"
    r"(?:[ \u00a0]*:[ \u00a0]*[eA-Z]?\d+(?:[-–—]\d+)?)?"
    r"|(?<![\d:.])\d+[ \u00a0]*:[ \u00a0]*\d+[-–—]\d+(?!\d)"
)
# the authors that open a reference-list entry: "Funck-Brentano E et al.", "Lin I-C et al.", "Smith J, Doe AB."
_CAP = "A-ZÀ-ÖØ-Þ"
_AUTHOR = rf"[{_CAP}][\w'’‐-]+(?:{_SP}[{_CAP}][\w'’‐-]+)?{_SP}[{_CAP}]{{1,3}}(?:[-‐][{_CAP}]{{1,2}})?"
_REFERENCE_AUTHORS = re.compile(rf"[^\w]*{_AUTHOR}(?:,{_SP}*{_AUTHOR})*(?:,?{_SP}+et{_SP}+al\.?|\.)(?={_SP})")
# a live-blog entry's clock time at the head of its block: "16.06 AirAsia QZ8501 made..."
_TIMESTAMP = re.compile(r"[ \u00a0]*(?:[01]?\d|2[0-3])[.:][0-5]\d(?=[ \u00a0]+[A-Z0-9\"“‘'(])")
_AGE_BEFORE = re.compile(
    rf"\byears?{_SP}*[-]?{_SP}*old{_SP}+(?:and|or|to){_SP}+(?:\d+{_SP}+(?:and|or|to){_SP}+)?\Z", re.I
)
# digits joined by two or more middle dots: "4·1·1." (the 411, a heading); one dot may be a decimal point ("3·5")
_MIDDLE_DOTTED = re.compile(r"(?<![\w.])\d{1,4}(?:[·∙]\d{1,4}){2,}(?![\w·∙])")
_DIGIT_FRACTION = re.compile(r"(\d+)[ \u00a0]*/[ \u00a0]*(\d+)")
_WHOLE_DIGITS = re.compile(r"[\d,]+")
_YEAR = re.compile(r"(?:1[5-9]|2[01])\d\d")
_OF_FIGURE = re.compile(r"[ \u00a0]+of[ \u00a0]+[-+]?[$€£]?\d")


def why_not_count(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n in text counts nothing, else None."""
    name = first_rule(_RULES, text, n, root)
    if name is not None:
        return name
    # measures, ratios, ages, ranks, margins: count_measures.py; pronouns, 'out of', code, names: count_forms.py;
    # shots, sums without a sign, loose ages, set-apart units: count_loose.py
    return why_measure(text, n, root) or why_form(text, n, root) or why_loose(text, n, root)


def _phone(text: str, n: NumberSpan, root: Token) -> bool:
    """Three or more digit groups, or a bracketed area code and two more, with a group of four digits or a
    leading 0 or bracket: "0800 138 1016", "(212) 560 - 6928"; so is a North American number after its trunk prefix 1
    ("1 877 855-3222"). Space-grouped thousands ("1 234 567") are not."""
    if within(_TRUNK_PHONE, text, n, before=25):
        return True
    lo = max(0, n.start - 25)
    for m in _PHONE.finditer(text, lo, min(len(text), n.end + 25)):
        if not (m.start() <= n.start and n.end <= m.end()):
            continue
        groups = re.findall(r"\d+", m.group(0))
        # a relay or country prefix before a whole number ("18001 0800 138 5560"): the rest is the phone number
        if _phone_groups(groups, "(" in m.group(0)) or _phone_groups(groups[1:], False):
            return True
    return False


@lru_cache(maxsize=1)
def _called_on_rx() -> re.Pattern:
    verbs, objects = one_of(_ex()["phone_call_verbs"]), one_of(_ex()["phone_call_objects"])
    lines = one_of(_ex()["phone_line_nouns"])
    return re.compile(
        rf"(?i:\b(?:(?:{verbs}){_SP}+(?:{objects})|{lines}){_SP}+(?:on|at){_SP}+(?:\d{{2,4}}{_SP}+){{0,2}})\Z"
    )


def _called_on(text: str, n: NumberSpan, root: Token) -> bool:
    """'urged to call us on 101 quoting log 3697', 'contact the Amber Alert hotline on 131 564': the number after a
    verb of calling and its object, or a phone line's name, and 'on'/'at' is dialled (data: phone_call_verbs,
    phone_call_objects, phone_line_nouns), each of its spaced groups."""
    return _called_on_rx().search(text[max(0, n.start - 40) : n.start]) is not None


def _phone_groups(groups: list[str], bracket: bool) -> bool:
    digits = sum(map(len, groups))
    return (
        len(groups) >= 3
        and 7 <= digits <= 15
        and (bracket or any(len(g) >= 4 for g in groups) or groups[0].startswith("0"))
    )


def _citation(text: str, n: NumberSpan, root: Token) -> bool:
    return within(_CITATION, text, n)


def _reference_entry(text: str, n: NumberSpan, root: Token) -> bool:
    """'Funck-Brentano E et al. Therapeutic management of DRESS: a retrospective study of 38 cases. J Am Acad
    Dermatol. 2015;72(2):246–52.': a number in the title of a cited work, in a block that opens with the work's
    authors (surnames and initials) and closes with its citation (year;volume(issue):pages), counts what the cited
    study counted, not what the story tells. Only the stretch between the two is read: a note after the citation
    ('This is a large study over a 6 year period') is the writer's own."""
    head = _REFERENCE_AUTHORS.match(text)
    if head is None or n.start < head.end():
        return False
    # a journal's citation only ("(2)" or "2015;"): a bare "9:30-11" may be a clock's range after "George W. Bush"
    return any(re.search(r"[(;]", m[0]) for m in _CITATION.finditer(text, n.end))


def _middle_dotted(text: str, n: NumberSpan, root: Token) -> bool:
    """'4·1·1.': digits joined by two or more middle dots are one code or heading ('411'), not numbers."""
    return within(_MIDDLE_DOTTED, text, n, before=15)


def _timestamp(text: str, n: NumberSpan, root: Token) -> bool:
    """The clock time that opens a live-blog entry: the block starts with it and a word or name follows."""
    m = _TIMESTAMP.match(text)
    return m is not None and m.end() == n.end and not text[: n.start].strip()


def _strict_label(text: str, n: NumberSpan, root: Token) -> bool:
    """'No. 13 Mead', 'PMID: 25490331', 'port 873', 'version 3': the word before makes the number an identifier."""
    before = re.search(r"([#\w.]+)[ \u00a0]*:?[ \u00a0]*\Z", text[max(0, n.start - 20) : n.start])
    return before is not None and before.group(1).lower() in _ex()["strict_label_nouns"]


@lru_cache(maxsize=1)
def _street() -> re.Pattern:
    streets = one_of(_ex()["street_types"])
    name = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
    # "the 2100 block of Washtenaw", "the 400-block of N. Bedford Drive" (police notes also write "blk")
    block = rf"(?:{_SP}+|{_SP}*[-\u2010\u2011]{_SP}*)(?:block|blk\.?){_SP}+of\b"
    return re.compile(rf"(?:{block}|{_SP}+(?:{name}{_SP}+){{1,3}}(?:{streets})(?![\w]))")


def street_follows(text: str, end: int) -> str | None:
    """The street name or 'block of' that follows the number ending at end ('1119 Eighth St.'), else None
    (also read by dates)."""
    m = _street().match(text, end)
    return m.group(0) if m else None


_CIVIC_AFTER_UNIT = re.compile(rf"{_SP}*[-–]{_SP}*\d+(?![\d,.])")


def _street_number(text: str, n: NumberSpan, root: Token) -> bool:
    """A house or block number: '8777 Frederick Road', 'the 2100 block of Washtenaw', 'the 400-block of N. Bedford
    Drive' (digits only); so is a unit or suite number before the civic number, as Canadian addresses write it
    ('at 401 - 333 Victoria St.')."""
    if n.words is not False or _WHOLE_DIGITS.fullmatch(text[n.start : n.end]) is None:
        return False
    civic = _CIVIC_AFTER_UNIT.match(text, n.end)
    if street_follows(text, n.end) is not None:
        return True
    return civic is not None and street_follows(text, civic.end()) is not None


def _fraction(text: str, n: NumberSpan, root: Token) -> bool:
    """'two-thirds of those', 'a quarter of sites', 'a third of Europe's population': a fraction of a group is a
    proportion, neither a count nor (unless written as a percentage) an amount. So is a fraction that scales
    a change ('reduced by a third', 'a third less') and a fraction of one thing ('two-thirds of the cost',
    '1/40 of the wavelength') and a fraction before its noun ('about half men and half women'): issue 17 makes a
    fraction no count and no amount unless written as a percentage."""
    s = text[n.start : n.end].lower()
    words = re.split(r"[\s\u00a0-]+", s)
    m = _DIGIT_FRACTION.fullmatch(s)
    if words[-1] not in number_tables()["fractions"] and not (m and int(m.group(1)) < int(m.group(2))):
        return False
    if n.value is not None and n.value >= 1:
        return False  # "one and a half", "five and a quarter", "a half million" (scaled)
    if _split_shares().match(text, n.end):
        return True  # "about half men and half women": the shares a group splits into
    if re.search(rf"\bby{_SP}+(?:{_QUALIFIED})?\Z", text[max(0, n.start - 30) : n.start], re.I):
        return True  # "reduced by a third", "cut by about half"
    if _ratio_word().match(text, n.end):
        return True  # "roughly a third less"
    return re.match(rf"{_SP}+of\b", text[n.end :]) is not None  # "two-thirds of the cost", "1/40 of the wavelength"


@lru_cache(maxsize=1)
def _split_shares() -> re.Pattern:
    """A fraction's noun, then 'and' (or a comma) and another fraction word: 'half men and half women', 'a third
    Democrats, a third Republicans'. A lone fraction before a noun ('more than half people came here') is left
    alone: the Recognizers suite reads it as a number."""
    fractions = one_of(number_tables()["fractions"])
    return re.compile(
        rf"{_SP}+[A-Za-z]+(?:{_SP}+[A-Za-z]+)?{_SP}*(?:,{_SP}*(?:and{_SP}+)?|{_SP}and{_SP}+)(?:a{_SP}+|one{_SP}+)?"
        rf"(?:{fractions})\b",
        re.I,
    )


_QUALIFIED = r"(?:about|around|nearly|almost|roughly|more than|less than|up to|some)[ \u00a0]+"


@lru_cache(maxsize=1)
def _ratio_word() -> re.Pattern:
    return re.compile(rf"{_SP}+(?:{one_of(_ex()['ratio_after'])})\b", re.I)


@lru_cache(maxsize=1)
def _proportion_after() -> re.Pattern:
    joiners = one_of(_ex()["proportion_joiners"])
    number = r"(?P<other>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)"
    return re.compile(rf"{_SP}+(?P<joiner>{joiners}){_SP}+{number}(?![\w/])", re.I)


@lru_cache(maxsize=1)
def _proportion_before() -> re.Pattern:
    joiners = one_of(_ex()["proportion_joiners"])
    number = r"(?P<other>\d[\d,.]*|[A-Za-z]+(?:-[a-z]+)?)"
    return re.compile(rf"(?<![\w,.]){number}{_SP}+(?P<joiner>{joiners}){_SP}+\Z", re.I)


@lru_cache(maxsize=1)
def _odds_noun() -> re.Pattern:
    # the whole's scale word (numbers.json scales) may stand between ("one in 259 million chance", read from the "one")
    scales = one_of(number_tables()["scales"])
    return re.compile(rf"{_SP}+(?:(?:{scales}){_SP}+)?(?:{one_of(_ex()['odds_nouns'])})\b", re.I)


def _proportion(text: str, n: NumberSpan, root: Token) -> bool:
    """'78 out of 100', 'eight out of ten companies', '4 in 10 births', 'one in five', 'one in two EU citizens':
    both numbers of a proportion or rating. 'in' needs a number word or digits on both sides that are no year ('2 in
    2020'); before a noun of likelihood any whole makes odds ('a one in 259 million chance')."""
    after = _proportion_after().match(text, n.end)
    before = _proportion_before().search(text, max(0, n.start - 30), n.start)
    for m in (found for found in (after, before) if found is not None):
        other = parse_number(m.group("other").rstrip(".,")) if m.group("other").lower() not in ("a", "an") else None
        if other is None or other < 1:
            continue  # "three thirds in 48 starts": a fraction word is no side of a proportion
        base = other if m is after else parse_number(text[n.start : n.end])
        joined_in = m.group("joiner").lower() == "in"
        odds = joined_in and _odds_noun().match(text, m.end() if m is after else n.end) is not None
        if (
            base not in _ex()["proportion_bases"]
            and not odds
            and not (joined_in and base in _ex()["proportion_in_bases"])
            and not (joined_in and _one_in(text, n, m, m is after))
        ):
            continue  # "21 out of 29 Indian states": the whole is a counted group; "one in two EU citizens" is none
        if _YEAR.fullmatch(m.group("other").rstrip(".,")) or _YEAR.fullmatch(text[n.start : n.end]):
            continue  # "2 in 2020", "in 2019 in 12 states": a year, no proportion
        return True
    return False


def _one_in(text: str, n: NumberSpan, m: re.Match, after: bool) -> bool:
    """'About 1 in 6,500 children', 'one in 40 adults': a share whose first side is one is a rate, whatever the
    whole; nobody says 'one in 29 states' of a counted group. Not a score's side ('Mariners top Angels 2-1 in 10'),
    nor one thing in a span of time ('one in 20 years')."""
    first = n.value if after else parse_number(m.group("other").rstrip(".,"))
    first_start = n.start if after else m.start("other")
    whole_end = m.end() if after else n.end
    return (
        first == 1
        and not re.search(r"[-–—][ \u00a0]*\Z", text[max(0, first_start - 3) : first_start])
        and _duration_after().match(text, whole_end) is None
    )


@lru_cache(maxsize=1)
def _duration_after() -> re.Pattern:
    return re.compile(rf"{_SP}+(?:{one_of(_ex()['duration_nouns'])})\b", re.I)


def _rate_base(text: str, n: NumberSpan, root: Token) -> bool:
    """'25.9 new cases per 100,000 people', '$50 for each additional 10 vehicles': the base of a rate counts nobody
    (after 'per' or one of quantity_exclusions.json rate_base_leads, and not before 'of')."""
    if re.search(rf"\bper{_SP}+\Z", text[max(0, n.start - 6) : n.start], re.I):
        return True
    return bool(_rate_lead_before().search(text, max(0, n.start - 40), n.start)) and not re.match(
        rf"{_SP}+of\b", text[n.end :]
    )


@lru_cache(maxsize=1)
def _rate_lead_before() -> re.Pattern:
    leads = one_of(_ex()["rate_base_leads"], spaced=True)
    return re.compile(rf"\b(?:{leads}){_SP}+\Z", re.I)


def _age(text: str, n: NumberSpan, root: Token) -> bool:
    """'between 7 years old and 10 or 12': numbers coordinated with an age are ages."""
    return _AGE_BEFORE.search(text, max(0, n.start - 40), n.start) is not None


def _year_in_name(text: str, n: NumberSpan, root: Token) -> bool:
    """A year before a singular or capitalised noun names an edition or a model: 'a 2022 Senate run', 'Tracking
    the 2016 Presidential Candidates', 'a 2080 Ti'. 2016 things are written with a plural noun in lower case."""
    if not re.fullmatch(r"(?:1[89]|20)\d\d", text[n.start : n.end]):
        return False
    head = root.head
    if head.i <= root.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.tag_ in ("NN", "NNP") or head.is_title or any(t.is_title for t in root.doc[root.i + 1 : head.i])


@lru_cache(maxsize=1)
def _version_run() -> re.Pattern:
    names = one_of(_ex()["versioned_names"])
    version = rf"\d+(?:\.\d+)*(?:[A-Za-z]{{1,2}}(?![\w]))?(?:\.x|\+)?(?:{_SP}+[A-Z]{{2,}}(?![\w]))?"
    joint = rf"(?:{_SP}*,{_SP}*(?:(?:and|or){_SP}+)?|{_SP}+(?:and|or|to){_SP}+|{_SP}*/{_SP}*)"
    return re.compile(rf"(?<![\w.])(?:{names}){_SP}+{version}(?:{joint}{version})*")


def _software_version(text: str, n: NumberSpan, root: Token) -> bool:
    """'Python 3 port', 'iOS 13', 'Python 2.4 and 2.5', 'Ubuntu 19.04, 18.04 LTS and 16.04 LTS': a number
    after the name of a software or a standard, or joined to one that is, names a release."""
    return within(_version_run(), text, n, before=80)


# what may stand between a number and the 'per' of its rate: the counted words, no clause break
_TO_PER = rf"[^.;:!?(),]{{0,50}}?\bper{_SP}+"
_AGES_BEFORE = re.compile(
    rf"\bages{_SP}+(?:of{_SP}+)?(?:(?:between|from){_SP}+)?(?:\d+{_SP}*(?:-|–|to|and|or){_SP}*)?\Z", re.I
)
# an editor's square bracket may supply the words after the number: "between 10 and 19 [years old]"
_AGE_AFTER = re.compile(
    rf"{_SP}*(?:-{_SP}*)?(?:(?:to|and|or|-){_SP}*\d+{_SP}*(?:\[{_SP}*)?|\[{_SP}*)-?{_SP}*years?{_SP}*-?{_SP}*olds?\b",
    re.I,
)
_TITLE_UNDER = re.compile(rf"\d+{_SP}+(?:Under|Over){_SP}+\d+(?![\d,.])")


@lru_cache(maxsize=1)
def _rate_base_after() -> re.Pattern:
    bases = one_of(_ex()["rate_bases"])
    return re.compile(rf"{_TO_PER}(?:\d|(?i:{bases})\b)", re.I)


def _rate(text: str, n: NumberSpan, root: Token) -> bool:
    """'65.2 coronavirus cases per 100,000 people', '753 per 100,000', 'per capita': the number is a rate over a
    base, not how many. So is a number with a decimal part before 'per' or a slash ('32.6 points/game'): an
    average. '2,300 new cases per day' stays a count of cases."""
    if _rate_base_after().match(text, n.end):
        return True
    fractional = n.value is not None and n.value != int(n.value) and n.value < 1000
    return fractional and re.match(rf"(?:{_TO_PER}|{_SP}*[A-Za-z][\w ]{{0,30}}?/[A-Za-z])", text[n.end :]) is not None


def _age_span(text: str, n: NumberSpan, root: Token) -> bool:
    """'ages 18-22', 'the 18-to 34-year-olds': a number after 'ages' or joined to an age in years is an age, also
    where an editor's square bracket supplies the age's words ('between 10 and 19 [years old]').
    ('aged 55' is left alone: MEANTIME's readers mark it.)"""
    return (
        _AGES_BEFORE.search(text, max(0, n.start - 30), n.start) is not None
        or _AGE_AFTER.match(text, n.end) is not None
    )


@lru_cache(maxsize=1)
def _multiplier_rx() -> re.Pattern:
    after = one_of(_ex()["multiplier_after"])
    time_words = one_of(_ex()["multiplier_time_words"])
    return re.compile(
        rf"(?:{_SP}*(?:-|–|to|and|or){_SP}*\d[\d,.]*)?{_SP}+times{_SP}+(?i:{after})\b(?!{_SP}+(?i:{time_words})\b)(?!{_SP}+\w+{_SP}+(?i:{time_words})\b)"
    )


def _multiplier(text: str, n: NumberSpan, root: Token) -> bool:
    """'50 times the level', '25 to 30 times your annual expenses': a multiplier of a quantity, not how many
    times something happened ('three times the previous year' and 'four times faster' are left alone)."""
    return _multiplier_rx().match(text, n.end) is not None


@lru_cache(maxsize=1)
def _score_point_rx() -> re.Pattern:
    nouns = one_of(_ex()["score_point_nouns"])
    units, margins = one_of(_ex()["score_margin_units"]), one_of(_ex()["score_margin_nouns"])
    return re.compile(
        rf"{_SP}*-{_SP}*(?:points?{_SP}+(?:[a-z]+{_SP}+)?(?i:{nouns})"
        rf"|(?i:{units}){_SP}+(?:[a-z]+{_SP}+)?(?i:{margins})\b(?!{_SP}+(?i:streaks?|runs?|records?)\b))"
    )


def _score_points(text: str, n: NumberSpan, root: Token) -> bool:
    """'a 10-point lead', 'from three-point range', 'a commanding two-goal lead': the margin or the kind of a
    score, not how many points or goals ('a five-game win streak' counts games)."""
    return _score_point_rx().match(text, n.end) is not None


def _title_under(text: str, n: NumberSpan, root: Token) -> bool:
    """'named a 40 Under 40', 'the 30 Under 30 list': the name of an award list, not a count."""
    return within(_TITLE_UNDER, text, n, before=20)


def _model_number(text: str, n: NumberSpan, root: Token) -> bool:
    """'roughly 400 737 Max jets': digits right after a count and before a capitalised name are a model number;
    so are digits before a capitalised name and a singular noun ('its popular 737 Max jet'): more than one of
    a thing is written with a plural."""
    if n.words or not re.match(rf"{_SP}+[A-Z]", text[n.end :]):
        return False
    if re.search(rf"(?<![\d,.])\d[\d,]*{_SP}+\Z", text[max(0, n.start - 15) : n.start]):
        return True
    after = span_at(root.doc, n.end, len(root.doc.text))
    return (
        n.value is not None
        and n.value >= 2
        and after is not None
        and len(after) >= 2
        and after[0].is_title
        and after[1].tag_ == "NN"
        and after[1].is_lower
        and not _counts_later_plural(root)
    )


def _compared_model(text: str, n: NumberSpan, root: Token) -> bool:
    """'20 of Boeing's larger 777 planes', 'the older 737 jets': digits of three or more right after a comparative
    adjective that follows 'the' or a possessor name a model. English sets a count before its adjectives ('20 larger
    planes'); an adjective before the digits makes them part of the noun. Not a round hundred, nor digits hyphened
    to a word ('a larger 500-seat hall' counts seats), nor after 'a' ('a further 30 people', 'a larger 300'), nor
    a comparative of amount (quantity_exclusions.json count_comparatives: 'the further 120 cases')."""
    digits = text[n.start : n.end]
    doc = root.doc
    if not re.fullmatch(r"\d{3,}", digits) or int(digits) % 100 == 0 or text[n.end : n.end + 1] in ("-", "‐"):
        return False
    if root.i < 2 or root.text != digits:
        return False
    adjective, before = doc[root.i - 1], doc[root.i - 2]
    return (
        adjective.tag_ == "JJR"
        and adjective.lower_ not in _ex()["count_comparatives"]
        and (before.lower_ == "the" or before.tag_ in ("POS", "PRP$"))
    )


def _counts_later_plural(root: Token) -> bool:
    """'some 200 U.S. military personnel', '50 U.S. service members': the capitalised word after the number is a
    country or nationality, and the number modifies a plural noun after it and a noun modifier: a count of
    people or things of that country. A model's name ('737 Max', 'A350') is no country."""
    head, nxt = root.head, root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    return nxt is not None and root.dep_ == "nummod" and head.tag_ == "NNS" and head.i > root.i + 2


def _bare_fraction(text: str, n: NumberSpan, root: Token) -> bool:
    """'compared to two-thirds who had not taken out loans': a fraction word that a relative clause follows is a
    share of a group named elsewhere in the sentence, not a count. So is a fraction word that heads the subject of
    a verb after it ('more than two-thirds were satisfied with the direction'): the share of the group
    the sentence names before, as 'two-thirds of those' is (_fraction). 'is exactly one sixth' (an attribute)
    stays: quantulum3's suite reads it as a number."""
    s = text[n.start : n.end].lower()
    words = re.split(r"[\s\u00a0-]+", s)
    if words[-1] not in number_tables()["fractions"] or n.value is None or n.value >= 1:
        return False
    if re.match(rf"{_SP}+(?:who|whom|which|that)\b", text[n.end :], re.I) is not None:
        return True
    return _subject_share(root)


def _subject_share(root: Token) -> bool:
    """The fraction heads the subject of a verb that follows it, with no noun of its own between."""
    head = root.head
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and head.i > root.i
        and head.pos_ in ("VERB", "AUX")
        and not any(t.pos_ in ("NOUN", "PROPN") for t in root.doc[root.i + 1 : head.i])
    )


@lru_cache(maxsize=1)
def _code_marks() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(mark) for mark in _ex()["code_marks"])


def _in_code(text: str, n: NumberSpan, root: Token) -> bool:
    """'my_ggp + theme(size = 20)', '>>> x = 10', '{ "Age": 26 }': the number's sentence has two or more
    different marks of program code or data, so the number is a literal in it. News prose has one at most
    ('p = 0.03', 'employee(s)' is no call)."""
    sentence = root.sent.text
    return sum(1 for mark in _code_marks() if mark.search(sentence)) >= 2


def _figure_of(text: str, n: NumberSpan, root: Token) -> bool:
    """'won with a score of 409.30', 'a rating of 4.5', 'a time of 9.58': a number after one of figure_labels and
    'of' is that figure, not how many of something. (An index level, 'closed at 4907.20', stays a number:
    MEANTIME's readers mark it.)"""
    return _figure_rx().search(text, max(0, n.start - 30), n.start) is not None and not n.words


@lru_cache(maxsize=1)
def _figure_rx() -> re.Pattern:
    labels = one_of(_ex()["figure_labels"])
    return re.compile(rf"\b(?i:{labels}){_SP}+of{_SP}+\Z")


def _score_of_figure(text: str, n: NumberSpan, root: Token) -> bool:
    """'won with a score of 409.30': 'score' before 'of' and a figure is the result, not twenty."""
    return text[n.start : n.end].lower().endswith("score") and bool(_OF_FIGURE.match(text, n.end))


_RULES: RuleTable = (
    ("phone", _phone),
    ("called on", _called_on),
    ("citation", _citation),
    ("reference entry", _reference_entry),
    ("middle dots", _middle_dotted),
    ("timestamp", _timestamp),
    ("label", _strict_label),
    ("street", _street_number),
    ("fraction", _fraction),
    ("proportion", _proportion),
    ("rate base", _rate_base),
    ("age", _age),
    ("year in a name", _year_in_name),
    ("software version", _software_version),
    ("code", _in_code),
    ("figure", _figure_of),
    ("score of", _score_of_figure),
    ("rate", _rate),
    ("age span", _age_span),
    ("multiplier", _multiplier),
    ("score points", _score_points),
    ("award list", _title_under),
    ("model number", _model_number),
    ("compared model", _compared_model),
    ("bare fraction", _bare_fraction),
)


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern:
    words = one_of(_ex()["interface_words"])
    return re.compile(rf"[\W\d_]*(?:(?i:{words})(?![\w])[\W\d_]*)*", re.S)


def is_furniture(text: str) -> bool:
    """A block made only of numbers and interface words ('6', 'Image 1 of 5', '12 Shares', '1 article')."""
    return bool(re.search(r"\d", text)) and _furniture().fullmatch(text) is not None


# how long a headline after a story link may run before its end must have been found
_HEADLINE_CHARS = 200


@lru_cache(maxsize=1)
def _story_link_rx() -> re.Pattern:
    """An opener of another story's headline at a line's start or after a sentence's end, its colon or bar, and
    the headline's first character (quantity_exclusions.json story_link_openers)."""
    words = one_of(_ex()["story_link_openers"], spaced=True)
    start = r"(?:^|(?<=\n)|(?<=[.!?”\"’)] ))"
    return re.compile(rf"{start}[ \t]*(?=[A-Z])(?i:{words})[ \t]*[:|][ \t]+(?=[“\"‘'A-Z0-9])", re.M)


@lru_cache(maxsize=1)
def _headline_end_rx() -> re.Pattern:
    """Where a headline after a story link may end: a line break, a sentence's end, an opening quote or bracket
    after a space, or a sentence opener (story_link_restarts) after a lower-case word (group prev)."""
    restarts = one_of(_ex()["story_link_restarts"])
    return re.compile(rf"\n|(?<=[.!?])(?=\s)| (?=[“\"\[(])|(?<![\w'’-])(?P<prev>[a-z]+) (?=(?:{restarts})\b)")


def _headline_end(text: str, start: int) -> int | None:
    """The end of the headline that starts at `start`, or None when none is found within _HEADLINE_CHARS. A
    sentence opener ends it only after a lower-case word a title-case headline would not leave lower case
    (story_link_title_lower): 'Projects in Canada That Got it Right' goes on, 'over Skripal poisoning The Foreign
    Ministry told' ends before 'The'."""
    lower = frozenset(_ex()["story_link_title_lower"])
    limit = min(len(text), start + _HEADLINE_CHARS)
    for m in _headline_end_rx().finditer(text, start, limit):
        if m.group("prev") is None:
            return m.start()
        if m.group("prev") not in lower:
            return m.end("prev")
    return len(text) if limit == len(text) else None


@lru_cache(maxsize=1)
def _number_idioms_rx() -> re.Pattern:
    # a space in a phrase matches any run of blanks, never a line break (blocks stay apart)
    phrases = "|".join(f"(?:{p})" for p in _ex()["number_idioms"]).replace(" ", "[^\\S\\n]+")
    return re.compile(rf"(?<![\w-])(?:{phrases})(?![\w-])", re.I)


def number_idioms(text: str) -> list[tuple[int, int]]:
    """The spans of the fixed idioms with a number in them (quantity_exclusions.json number_idioms): 'They have two
    left feet.', 'my two cents', 'killed two birds with one stone'. The number counts and measures nothing, so a count
    or an amount inside one is no fact; the idiom's frame in the table keeps a literal use ('the fire claimed nine
    lives') outside."""
    return [m.span() for m in _number_idioms_rx().finditer(text)]


def story_links(text: str) -> list[tuple[int, int]]:
    """The spans of another story's headline after a link's opener: 'Related: Six Natural Resource Projects in
    Canada That Got it Right in 2017 “Seeing it as a tool ...”' holds the headline up to the quote, and its 'Six'
    counts the projects of that other story, not this one's. Page furniture: no number in it is a count or an
    amount. A headline whose end is not found within _HEADLINE_CHARS is left alone (the text it would take may
    be the article's)."""
    spans = []
    for m in _story_link_rx().finditer(text):
        end = _headline_end(text, m.end())
        if end is not None:
            spans.append((m.start(), end))
    return spans
