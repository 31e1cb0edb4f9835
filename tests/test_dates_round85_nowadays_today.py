""" "today" meaning nowadays, no day (date_generic.generic_today).

- Then against now: "today" after a present copula whose subject takes up with a pronoun what a past copula with a
  year named in the sentence before ("there were ... in 1982. None of them are there today") is the present era
  (_then_and_now); a new subject ("Its CEO is in court today") keeps the day.
- A level of the present: "today" closing the first term of a "from ... to ..." change of a figure whose second term
  is reached by a year ("from around $0.23/W today to $0.10 by 2030") is nowadays (_level_now_to_target); "moved
  from today to Friday" and a change by a day ("to $2 next week") keep the day.
"""

from __future__ import annotations

from conftest import sentence_dates


def _todays(text: str, ref: str) -> list[str | None]:
    return [value for span, value in sentence_dates(text, ref) if span == "today"]


def test_present_state_against_a_past_year_is_nowadays():
    # webpages (weltwoche.ch, 2019-01-23): the Forbes list of 1982 and now
    text = (
        "When the first one came out in 1982, there were a lot of DuPonts, Rockefellers, Vanderbilts."
        " None of them are there today."
    )
    assert sentence_dates(text, "2019-01-23") == [("1982", "1982")]


def test_present_state_with_a_new_subject_keeps_the_day():
    text = "The company was profitable in 2016. Its CEO is in court today."
    assert _todays(text, "2019-01-23") == ["2019-01-23"]
    for text in (
        "The trains are in service today despite the strike.",
        "Stocks are down today.",
        "He is in court today.",
    ):
        assert _todays(text, "2019-01-23") == ["2019-01-23"]


def test_level_today_to_a_target_year_is_nowadays():
    # webpages (pv-magazine.com, 2019-11-20)
    text = (
        "Sixteen energy technology priorities identified by MOTIE in the roadmap include a reduction in solar module"
        " costs from around $0.23/W today to $0.10 by 2030, helped by unspecified research and development investment."
    )
    assert _todays(text, "2019-11-20") == []


def test_from_today_to_a_day_keeps_the_day():
    assert _todays("The meeting was moved from today to Friday.", "2019-11-20") == ["2019-11-20"]
    assert _todays("Prices will fall from $3 today to $2 next week.", "2019-11-20") == ["2019-11-20"]
