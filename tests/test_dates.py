"""Dates: recognition and normalisation with the real spaCy model (extractor.nlp.load())."""

from __future__ import annotations

import datetime as dt
import json
import random
import re

import pytest
from conftest import shared_path

from extractor.find import date_patterns
from extractor.find.date_patterns import atoms
from extractor.find.dates import find_dates
from extractor.find.needs import ODD_CASES
from extractor.nlp import load
from extractor.normalize.periods import tables

REF = dt.date(2021, 5, 8)  # a Saturday: the People's Daily fixture's publication date


def dates(text: str, ref: dt.date | None = REF) -> dict[str, dict]:
    doc = load()(text)
    return {doc.text[f["start"] : f["end"]]: f for f in find_dates([doc], ref)}


# text, the fact's surface, value, granularity, earliest, latest, relative
CASES = [
    (
        "The meeting was held on March 13, 2021.",
        "March 13, 2021",
        "2021-03-13",
        "day",
        "2021-03-13",
        "2021-03-13",
        False,
    ),
    ("It opened on 13 March 2021 in Urumqi.", "13 March 2021", "2021-03-13", "day", "2021-03-13", "2021-03-13", False),
    ("Sales rose in 2016.", "2016", "2016", "year", "2016-01-01", "2016-12-31", False),
    ("The plant closed in May 2021.", "May 2021", "2021-05", "month", "2021-05-01", "2021-05-31", False),
    ("The form is dated 05/08/2021.", "05/08/2021", "2021-05-08", "day", "2021-05-08", "2021-05-08", False),
    ("The plan ran from 2016 to 2020.", "from 2016 to 2020", "2016/2020", "year", "2016-01-01", "2020-12-31", False),
    ("The 2016-2020 plan ended.", "2016-2020", "2016/2020", "year", "2016-01-01", "2020-12-31", False),
    ("Since 2012, Zhejiang has sent 300 teachers.", "Since 2012", "2012", "year", "2012-01-01", "2021-05-08", True),
    ("The jets have been grounded since March.", "since March", "2021-03", "month", "2021-03-01", "2021-05-08", True),
    (
        "Prices rose between March and May.",
        "between March and May",
        "2021-03/2021-05",
        "month",
        "2021-03-01",
        "2021-05-31",
        True,
    ),
    (
        "During the past five years, 180,000 officials took part.",
        "the past five years",
        "2016-05-08/2021-05-08",
        "day",
        "2016-05-08",
        "2021-05-08",
        True,
    ),
    ("Exports fell last week.", "last week", "2021-W17", "week", "2021-04-26", "2021-05-02", True),
    ("The minister arrived yesterday.", "yesterday", "2021-05-07", "day", "2021-05-07", "2021-05-07", True),
    (
        "The company said on Tuesday that profits rose.",
        "Tuesday",
        "2021-05-04",
        "day",
        "2021-05-04",
        "2021-05-04",
        True,
    ),
    ("The talks will resume on Tuesday.", "Tuesday", "2021-05-11", "day", "2021-05-11", "2021-05-11", True),
    ("The law takes effect next month.", "next month", "2021-06", "month", "2021-06-01", "2021-06-30", True),
    ("Growth will slow this year.", "this year", "2021", "year", "2021-01-01", "2021-12-31", True),
    ("The bridge opened early this year.", "early this year", "2021", "year", "2021-01-01", "2021-06-30", True),
    ("Work starts in mid-2020.", "mid-2020", "2020", "year", "2020-05-01", "2020-08-31", False),
    ("Revenue in Q1 2021 doubled.", "Q1 2021", "2021-Q1", "quarter", "2021-01-01", "2021-03-31", False),
    (
        "Revenue doubled in the first quarter.",
        "the first quarter",
        "2021-Q1",
        "quarter",
        "2021-01-01",
        "2021-03-31",
        True,
    ),
    # "the past decade" is a rolling window like "the past ten years", not the previous calendar decade
    (
        "Sales doubled over the past decade.",
        "the past decade",
        "2011-05-08/2021-05-08",
        "day",
        "2011-05-08",
        "2021-05-08",
        True,
    ),
    ("Lawmakers do not expect to act until at least 2021.", "2021", "2021", "year", "2021-01-01", "2021-12-31", False),
    ("Output fell in the 1990s.", "the 1990s", "199", "decade", "1990-01-01", "1999-12-31", False),
    ("It was built in the 20th century.", "the 20th century", "19", "century", "1900-01-01", "1999-12-31", False),
    # a year-less date takes the nearest year, but past tense keeps it before the reference date
    ("The deal was signed on June 18.", "June 18", "2020-06-18", "day", "2020-06-18", "2020-06-18", True),
    (
        "Simmons teased the 50th Anniversary Tour trek during the band’s set Monday night (Nov. 18) at the Ryman.",
        "Monday",
        "2021-05-03",
        "day",
        "2021-05-03",
        "2021-05-03",
        True,
    ),  # "set" here is a noun, not "set to"
    (
        "Pollution is likely to reach severe levels on Wednesday.",
        "Wednesday",
        "2021-05-12",
        "day",
        "2021-05-12",
        "2021-05-12",
        True,
    ),  # "likely to" looks ahead like "set to" (Delhi smog report, 2019-11-08)
    # past markers the verb does not give (real articles, November 2019)
    (
        "These 11 companies had until Nov. 1 to submit proposals.",
        "Nov. 1",
        "2020-11-01",
        "day",
        "2020-11-01",
        "2020-11-01",
        True,
    ),
    (
        "In a Wednesday media event, Apple released new laptops.",
        "Wednesday",
        "2021-05-05",
        "day",
        "2021-05-05",
        "2021-05-05",
        True,
    ),  # "a" + weekday heading a noun is one day (MEANTIME); "on a Monday?" is none
    (
        "Envoys are likely to face questions about Trump's January 25 call.",
        "January 25",
        "2021-01-25",
        "day",
        "2021-01-25",
        "2021-01-25",
        True,
    ),  # a date naming a thing takes no tense from the verb: the nearest one
    (
        "He was arrested in April for a September 21 phone call to her office.",
        "September 21",
        "2020-09-21",
        "day",
        "2020-09-21",
        "2020-09-21",
        True,
    ),  # ... but is no later than a past verb about it
    (
        "The tariff the administration had planned to impose Sept. 15 was dropped.",
        "Sept. 15",
        "2021-09-15",
        "day",
        "2021-09-15",
        "2021-09-15",
        True,
    ),
    (
        "Russian markets to remain closed until Friday.",
        "Friday",
        "2021-05-14",
        "day",
        "2021-05-14",
        "2021-05-14",
        True,
    ),  # MEANTIME title: a participle after "remain" is no past verb
    ("I'll go back on Friday.", "Friday", "2021-05-14", "day", "2021-05-14", "2021-05-14", True),
    (
        "Samsung TVs get support for sending video to a smart TV back in October.",
        "October",
        "2020-10",
        "month",
        "2020-10-01",
        "2020-10-31",
        True,
    ),
    (
        "He holds 24.4% of the company as of September 20.",
        "September 20",
        "2020-09-20",
        "day",
        "2020-09-20",
        "2020-09-20",
        True,
    ),
    (
        "Nobody knew Patrick was coming to Friday's gathering.",
        "Friday",
        "2021-05-07",
        "day",
        "2021-05-07",
        "2021-05-07",
        True,
    ),
    # a bare weekday on a present-tense verb is scheduled (the next one), unless the verb reports speech
    (
        "The Gophers play Saturday against the Wildcats.",
        "Saturday",
        "2021-05-08",
        "day",
        "2021-05-08",
        "2021-05-08",
        True,
    ),
    ("Lowe’s reports earnings Wednesday.", "Wednesday", "2021-05-12", "day", "2021-05-12", "2021-05-12", True),
    (
        "The company says Wednesday that profits rose.",
        "Wednesday",
        "2021-05-05",
        "day",
        "2021-05-05",
        "2021-05-05",
        True,
    ),
    ("The deal will be signed on June 18.", "June 18", "2021-06-18", "day", "2021-06-18", "2021-06-18", True),
    ("Results came out two months ago.", "two months ago", "2021-03-08", "day", "2021-03-08", "2021-03-08", True),
    (
        "Sales rose 5% in the fourth quarter of 2020.",
        "the fourth quarter of 2020",
        "2020-Q4",
        "quarter",
        "2020-10-01",
        "2020-12-31",
        False,
    ),
    # holidays fixed by a weekday: the weekday in "Black Friday" is not last Friday (real articles, Nov 2019)
    ("Prices will drop on Black Friday.", "Black Friday", "2021-11-26", "day", "2021-11-26", "2021-11-26", True),
    (
        "Cyber Monday 2019 sales set a record.",
        "Cyber Monday 2019",
        "2019-12-02",
        "day",
        "2019-12-02",
        "2019-12-02",
        False,
    ),
    ("Stores closed on Memorial Day.", "Memorial Day", "2020-05-25", "day", "2020-05-25", "2020-05-25", True),
    # "the previous year" counts from the year last mentioned (TimeML anaphora), else from the reference date
    (
        "Use rose in 2017, up from the previous year.",
        "the previous year",
        "2016",
        "year",
        "2016-01-01",
        "2016-12-31",
        False,
    ),
    ("Exports rose 4% from the previous year.", "the previous year", "2020", "year", "2020-01-01", "2020-12-31", True),
    ("Shares fell at the end of last year.", "the end of last year", "2020", "year", "2020-07-01", "2020-12-31", True),
]


@pytest.mark.parametrize("text,surface,value,granularity,earliest,latest,relative", CASES)
def test_date_values(text, surface, value, granularity, earliest, latest, relative):
    found = dates(text)
    assert surface in found, found
    fact = found[surface]
    got = (fact["value"], fact["granularity"], fact["earliest"], fact["latest"], fact["relative"])
    assert got == (value, granularity, earliest, latest, relative)
    assert fact["reference_date"] == ("2021-05-08" if relative else None)
    assert fact["kind"] == "date"


NOT_DATES = [
    "The flight took three hours.",
    "It took a year to finish.",
    "The aircraft's fifty-year service life could push the value up.",
    "He is in his 70s.",
    "Recently, 6,000 residents moved.",
    "An ophthalmologist has lately conducted keratoplasty.",
    "These are the most recent years for which figures exist.",  # no cue word: not a window up to the page
    "The company now has 300 employees.",
    "There are 2016 students and 10 teachers.",
    "Theresa May spoke to reporters.",
    "She read USA Today on the train.",
    "Copyright © 2019 Press TV.",
    "The hall holds at least 2000 of them.",
    "The council meets every Monday.",
    "The Eagles led 14-7 at halftime before scoring 24 points in the third quarter.",
    "Schröder got a technical foul in the third quarter for confronting Davis.",
    "Was it a misjudgement to hold the opening ceremony at 2:30pm on a Monday?",
    "Prices rise each spring.",
    "If you have done the program with Autumn Calabrese, you know the plan.",
    "She won gold at the Summer Olympics.",
    '"Heads needed to roll the day Jeffrey Epstein died," he said.',  # the clause says which day, not the date
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):  # durations, ages, vague references, counts and names are not date facts
    assert dates(text) == {}


@pytest.mark.parametrize(
    "text,surface,granularity",
    [
        ("Exports fell last week.", "last week", "week"),
        ("The company said on Tuesday that profits rose.", "Tuesday", "day"),
        ("The plan runs until next year.", "next year", "year"),
    ],
)
def test_relative_without_reference_date_is_a_fact_without_value(text, surface, granularity):
    fact = dates(text, ref=None)[surface]
    assert (fact["value"], fact["earliest"], fact["latest"], fact["relative"]) == (None, None, None, True)
    assert fact["granularity"] == granularity and fact["reference_date"] is None


def test_absolute_dates_need_no_reference_date():
    fact = dates("It opened on March 13, 2021.", ref=None)["March 13, 2021"]
    assert fact["value"] == "2021-03-13" and fact["relative"] is False


def test_offsets_are_per_block_and_anaphora_crosses_blocks():
    nlp = load()
    docs = [nlp("Stocks fell on Monday."), nlp("The index lost 3% on the day.")]
    facts = find_dates(docs, REF)
    assert [(f["block"], docs[f["block"]].text[f["start"] : f["end"]], f["value"]) for f in facts] == [
        (0, "Monday", "2021-05-03"),
        (1, "the day", "2021-05-03"),
    ]


def test_last_months_of_a_year_are_not_a_window_before_the_reference_date():
    """ "in the last 6 months of 2017" (my6sense, 2018-02-15) is part of 2017, not the six months before today."""
    assert {k: v["value"] for k, v in dates("Units served in the last 6 months of 2017 doubled.").items()} == {
        "2017": "2017"
    }


def test_seed_article_sentences():
    text = (
        "Since 2016, Zhejiang has invested a total of 96.4 billion yuan. From 2016 to 2020, the province "
        "implemented over 10,000 projects. During the past five years, a total of 180,000 officials took part."
    )
    found = dates(text)
    assert {k: v["value"] for k, v in found.items()} == {
        "Since 2016": "2016",
        "From 2016 to 2020": "2016/2020",
        "the past five years": "2016-05-08/2021-05-08",
    }


def test_interval_is_ordered_for_every_fact():
    text = (
        "Between now and November 15th, the firm will hire. Sales from Feb 28th to March 1st rose. "
        "It ran from December to February 2021. Since August output grew."
    )
    for fact in dates(text).values():
        if fact["earliest"] and fact["latest"]:
            assert fact["earliest"] <= fact["latest"]


def test_schedule_lines_run_forward_from_the_last_day_mentioned():
    """A tour's dates listed without verbs after "on sale Friday, Dec. 6" are next year's (Billboard, 2019-11-19)."""
    nlp = load()
    blocks = [
        "Tickets go on sale Friday, Dec. 6.",
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX",
    ]
    docs = [nlp(b) for b in blocks]
    facts = find_dates(docs, dt.date(2019, 11, 19))
    assert [(blocks[f["block"]][f["start"] : f["end"]], f["value"]) for f in facts] == [
        ("Friday, Dec. 6", "2019-12-06"),
        ("June 9", "2020-06-09"),
        ("Oct. 10", "2020-10-10"),
    ]


@pytest.mark.parametrize(
    "text,surface,value,earliest",
    [
        # a Monday's news (2019-11-18): "over the weekend" is the one just past unless the verb looks ahead
        ("A case of plague was reported in China over the weekend.", "the weekend", "2019-W46-WE", "2019-11-16"),
        ("The leaders will meet over the weekend.", "the weekend", "2019-W47-WE", "2019-11-23"),
        ("The story only became public this weekend.", "this weekend", "2019-W46-WE", "2019-11-16"),
    ],
)
def test_the_weekend_follows_the_tense(text, surface, value, earliest):
    fact = dates(text, ref=dt.date(2019, 11, 18))[surface]
    assert (fact["value"], fact["earliest"]) == (value, earliest)


# ---------------------------------------------------------------- the gate that skips atoms a block cannot match


def all_matches(text: str, gated: bool) -> list[tuple[int, tuple[int, int]]]:
    pairs = date_patterns.gated(text) if gated else list(enumerate(atoms()))
    return [(order, m.span()) for order, atom in pairs for m in atom.regex.finditer(text)]


GATE_SENTENCES = [
    "On Tuesday, 5 March 2019 the MARCH 5TH deadline passed; q3 2020, 2020-Q4, H1 2021 and 2019 h2 followed.",
    "The fourth-quarter results, the 21st century, the twenty-first century, 1990s, '90s and the 80’s.",
    "Since 12/25/2019 and 25.12.2019 and 2019-12-25 and 20191225 and 2019 12 25 and 2019-7 and 7/4.",
    "Mar./5, 5-Mar-2019, 2019/5/Mar, 2019, Mar. 5, Sept 30th, the year 2000, last year to date, YTD, EOY.",
    "three days ago, a year from today, the past two decades, next Monday, Monday of next week, last week Friday.",
    "Christmas of last year, Labor Day 2019, Valentine’s Day, New Year's Eve this year, the weekend before.",
    "the day before. the first week of June, 2020; week 12 of 2020; the same month; the entire year.",
    "in the fall of 2018, this past summer, winter 2019, the first half of 2020, the latter half of next year.",
    # characters re.I matches to ASCII letters: dotted and dotless i, long s, the Kelvin sign
    "The FİRST quarter, the fırst week of Auguſt, ſeptember 5, \u212aey dates: the ſecond half of 2019.",
    "Thanksgıvıng 2019, the ſummer of 2018, İn the 1990ſ, \u212a: the twentİeth century, 5 İan... 5 Jan.",
]


def gold_texts() -> list[str]:
    texts = []
    for name in ("meantime_en.jsonl", "tr_news.jsonl", "geowebnews.jsonl"):
        with shared_path("eval", "news_gold", name).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f]
    return texts


def random_texts(n: int) -> list[str]:
    """Texts strung together from the words and numbers of dates.json, in random case, some letters swapped
    for the characters re.I matches to them."""
    t = tables()
    words = sorted(
        {
            w
            for key in (
                "months",
                "weekdays",
                "number_words",
                "ordinal_words",
                "shift_words",
                "seasons",
                "holidays",
                "floating_holidays",
                "deictic_days",
                "endpoint_words",
                "ago_words",
                "quarter_words",
                "half_words",
            )
            for w in t[key]
        }
        | set(re.findall(r"[a-z]+", " ".join(a["re"] for a in t["atoms"])))
    )
    numbers = ["5", "12", "31", "1999", "2020", "20191225", "q3", "h1", "1st", "21st", "90s", "'90s", "1990s"]
    seps = [" ", "  ", ", ", "-", "/", ".", ". ", " - ", "’", "'", "\n", " of ", " the "]
    odd = {v: k for k, v in ODD_CASES.items()} | {"i": "\u0131"}
    rng, texts = random.Random(2021), []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(words) if rng.random() < 0.7 else rng.choice(numbers)
            word = rng.choice([word, word.title(), word.upper()])
            if rng.random() < 0.2:
                word = "".join(odd.get(c.lower(), c) if rng.random() < 0.5 else c for c in word)
            parts += [word, rng.choice(seps)]
        texts.append("".join(parts))
    return texts


@pytest.mark.slow
def test_the_gate_keeps_every_match_of_real_texts():
    """Each paragraph of the gold corpora (as a block) and each sentence above: the atoms the gate lets through
    find every match all atoms find. (Paragraphs, not whole texts: the smaller the block, the more is skipped.)"""
    blocks = [p for text in gold_texts() for p in text.split("\n") if p.strip()] + GATE_SENTENCES
    skipped = 0
    for block in blocks:
        assert all_matches(block, gated=True) == all_matches(block, gated=False), block
        skipped += len(atoms()) - len(date_patterns.gated(block))
    assert skipped > len(blocks) * len(atoms()) / 2  # the gate does skip


def test_the_gate_keeps_every_match_of_random_texts():
    for text in random_texts(3000):
        assert all_matches(text, gated=True) == all_matches(text, gated=False), text


def test_only_four_non_ascii_characters_match_ascii_ones_under_re_i():
    """needs.fold relies on it: every other character that re.I matches to an ASCII letter is that letter in lower case."""
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert set(re.findall("[\x00-\x7f]", everything, re.I)) == set(ODD_CASES)


@pytest.mark.slow
def test_word_trees_match_as_the_flat_lists_of_words(monkeypatch):
    """_alternation's trees ("sep(?:t(?:ember|)|)") against the flat lists they replace ("september|sept|sep"),
    and the compounds "(?:twenty|thirty)[- ](?:first|...)" against "twenty[- ]first|...|thirty[- ]ninth": the
    same matches and groups for every atom, context and composer on real, hand-written and random texts."""

    def flat(words):
        return "(?:" + "|".join(date_patterns._escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"

    def flat_placeholders():
        subs = dict(date_patterns._placeholders())
        t = tables()
        ordinals = list(t["ordinal_words"])
        compounds = [f"{tens}[- ]{unit}" for tens in t["ordinal_tens"] for unit in ordinals[:9]]
        for name, words in {
            "MONTH": t["months"],
            "WEEKDAY": t["weekdays"],
            "SHIFT": t["shift_words"],
            "QUARTERW": t["quarter_words"],
            "HALFW": t["half_words"],
            "SEASON": t["seasons"],
            "DEICTIC": t["deictic_days"],
            "ENDPOINT": t["endpoint_words"],
            "AGO": t["ago_words"],
            "HOLIDAY": [*t["holidays"], *t["floating_holidays"], *t["easter_holidays"]],
            "POSSESSIVE": t["possessives"],
        }.items():
            subs[name] = flat(words)
        subs["ORDW"] = "(?:" + "|".join(compounds) + "|" + flat(ordinals)[3:]
        numbers = [w for w in t["number_words"] if w not in ("a", "an", "hundred")]
        tens = [w for w, n in t["number_words"].items() if n >= 20 and n % 10 == 0 and n < 100]
        units = [w for w, n in t["number_words"].items() if 1 <= n <= 9 and w not in ("a", "an")]
        subs["NUM"] = f"(?:[0-9]{{1,3}}|{flat(tens)}[- ]{flat(units)}|{flat(numbers)}|an?)"
        return subs

    def regexes():
        return (
            [a.regex for a in date_patterns.atoms.__wrapped__()]
            + [a.context for a in date_patterns.atoms.__wrapped__() if a.context]
            + list(date_patterns.composers.__wrapped__().values())
        )

    trees = regexes()
    assert "(?:sep(?:t(?:ember|)|)" in trees[0].pattern
    subs = flat_placeholders()
    monkeypatch.setattr(date_patterns, "_alternation", flat)
    monkeypatch.setattr(date_patterns, "_placeholders", lambda: subs)
    flats = regexes()
    assert "|sept|" in flats[0].pattern and len(flats) == len(trees)
    texts = [p for text in gold_texts() for p in text.split("\n") if p.strip()] + GATE_SENTENCES + random_texts(1000)
    assert sum(tree.pattern != flat_rx.pattern for tree, flat_rx in zip(trees, flats)) > 30
    for tree, flat_rx in zip(trees, flats):
        for text in texts:
            found = [(m.span(), m.groupdict()) for m in tree.finditer(text)]
            assert found == [(m.span(), m.groupdict()) for m in flat_rx.finditer(text)], (tree.pattern, text)
