"""Round 99 fiscal years: a year of accounts counted by a plain shift word ("the current fiscal year") is the year
its own gloss bounded elsewhere in the article, shifted by the count (find/date_fiscal._counted_years). The real
sentences are geowebnews:12's (../shared/eval/news_gold/geowebnews.jsonl): "... has witnessed decrease during the
current fiscal year (started March 20, 2017)." and "... during the first nine months of the current fiscal year
(March 20-Dec. 21)."."""

from __future__ import annotations

from conftest import gold_dates, text_facts

_YEAR = "2017-03-20/2018-03-19"


def _fiscal(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in text_facts(text, "date") if "fiscal" in f.text]


def test_the_current_fiscal_year_again_is_the_glossed_one():
    rows = gold_dates("geowebnews.jsonl", "geowebnews:12", "first nine months of the current fiscal year")
    assert ("the current fiscal year", _YEAR) in rows


def test_last_fiscal_year_is_the_one_before():
    text = "Trade fell during the current fiscal year (started March 20, 2017). Imports rose in the last fiscal year."
    assert _fiscal(text) == [("the current fiscal year", _YEAR), ("the last fiscal year", "2016-03-20/2017-03-19")]


def test_not_an_anaphoric_count():
    # "the preceding fiscal year" counts from the year last named, not from the present
    text = "Trade fell during the current fiscal year (started March 20, 2017). It fell in the preceding fiscal year."
    assert _fiscal(text)[1] == ("the preceding fiscal year", None)


def test_not_without_a_gloss():
    text = "Trade fell during the current fiscal year. Exports fell in the current fiscal year (March 20-Dec. 21)."
    assert [v for _, v in _fiscal(text)] == [None, None]


def test_not_when_two_glosses_differ():
    # two organisations' years of accounts: no one present to count from
    text = (
        "Iran's trade fell during the current fiscal year (started March 20, 2017). Japan's exports rose in the "
        "current fiscal year (started April 1, 2017). Both grew in the next fiscal year."
    )
    assert _fiscal(text)[2] == ("the next fiscal year", None)
