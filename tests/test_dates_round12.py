"""Times of a habit, not of the calendar (round 12 audit pages): a named month or holiday with no year or shift
word on a verb a habitual adverb modifies ("April is when typically when campaigns begin", "winter wheat, which is
typically sown mid-November") is any year's, no date; a month beside it in a clause of its own ("With a late
October rice harvest") stays. Each page is a saved page of ../shared/eval, read in place through the whole
pipeline."""

from __future__ import annotations

from conftest import dates_on, dates_reader

from extractor.data import load

PAGES = {
    "hurricanes": ("webpages", "f3bad3f8e7901dc3"),
    "delhi": ("articles", "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56"),
}


dates_in = dates_reader(PAGES)


def test_a_month_as_the_subject_of_a_habit_is_no_april():
    # "April is when typically when campaigns begin about preparing for hurricanes." (page of 2020-04-02): every April
    assert dates_in("hurricanes", "April is when typically") == []
    assert "typically" in load("date_nonrefs")["habitual_adverbs"]


def test_a_month_called_a_kind_of_time_is_no_april():
    # "April is a difficult time to make predictions, but AccuWeather lead hurricane forecaster Dan Kottlowski is
    # secure in his forecast." (page of 2020-04-02): what any April is like, not 2020-04
    assert dates_in("hurricanes", "April is a difficult time") == []
    assert "time" in load("date_nonrefs")["habitual_time_nouns"]


def test_a_habitual_sowing_time_is_no_date_but_the_harvest_month_beside_it_stays():
    # "... for winter wheat, which is typically sown mid-November.": any year's mid-November; "a late October rice
    # harvest" is told with no habit adverb on its own verb
    found = dates_in("delhi", "which is typically sown mid-November")
    assert [text for text, _ in found] == ["late October"]


RECALL = {
    "cannabis": ("articles", "7f93c1944a41d01960f8a16fdfda6c562e86f04ead8375ab796c4278402df9a8"),
    "drunkorexia": ("webpages", "86417b5e6e37aea4"),
    "gaza": ("webpages", "888739e9f3c3586f"),
}


recall_dates = dates_reader(RECALL)


def test_a_survey_s_look_back_window_is_no_month_before_the_page():
    # each respondent's past month, counted from the day they answered (surveys of 2008-2016), not 2019-10-13/11-13
    # ("legalized by 2016" in the same sentence stays)
    assert recall_dates("cannabis", "how often respondents used marijuana in the past month") == [("2016", "2016")]
    assert recall_dates("cannabis", "the number who said they had used cannabis in the past month") == []
    assert recall_dates("cannabis", "among participants aged between 18 to 25") == []
    assert "respondents" in load("date_nonrefs")["respondent_nouns"]


def test_a_share_of_people_reporting_in_a_survey_has_no_window_of_the_page():
    # "Of the students profiled in this new study, a staggering 82.7% of them engaged in Drunkorexia behaviors in the
    # past three months."; "... 2018 figures show that more than 36.9% of college students ... reported binge
    # drinking in the past month; 9.6% reported heavy alcohol use in the past month."
    assert recall_dates("drunkorexia", "82.7% of them engaged") == []
    # (round 56: "2018 figures" is the year the figures are of, a date of its own: dates.json year_values_nouns)
    assert recall_dates("drunkorexia", "reported binge drinking in the past month") == [("2018", "2018")]


def test_a_count_of_the_dead_over_the_last_weeks_keeps_its_window():
    # "The number of people killed in Gaza in the last three weeks is more than 8700 according to the Health
    # Ministry": a number, but no survey, no self-report: the three weeks to the page's 2023-11-01
    found = recall_dates("gaza", "The number of people killed in Gaza in the last three weeks")
    assert found == [("the last three weeks", "2023-10-11/2023-11-01")]


def test_later_that_day_goes_on_from_the_narrated_day_not_the_deadline_ahead_of_it():
    # "... a decision he disclosed in an interview with POLITICO Playbook that published around 5:30 a.m. on Dec. 19,
    # ahead of the filing deadline at noon on Dec. 20. Later that day came a campaign launch by Lynda Bennett":
    # the day of the disclosure, not of the deadline
    page = ("webpages", "480a3bf99aef2fa2")
    assert dates_on(*page, "Later that day came a campaign launch") == [("Later that day", "2019-12-19")]
    assert dates_on(*page, "ahead of the filing deadline") == [("Dec. 19", "2019-12-19"), ("Dec. 20", "2019-12-20")]
    assert "ahead" in load("dates")["reference_point_words"]
