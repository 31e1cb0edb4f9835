"""Numbers that measure, compare or rank are no counts (issue 17, extractor/find/count_measures.py).

One test per class; each reads real pages of ../shared/eval in place through the whole pipeline
(test_counts_real.page_facts) and fails without its rule or its words in extractor/data/count_measures.json.
Each also checks that a true count beside the measure stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

_JAM = "theantijunecleaver.com/2017/12/spiced-honey-pear-jam"
_BROWNS = "dawgsbynature.com/2019/11/18/20970600"
_NYT = "nytimes.com/2019/11/19/opinion/republicans-elections-impeachment"


def test_shares_of_one_thing():
    # "when substituting honey for sugar in a recipe you will use about half the amount."
    assert "about half" not in page_facts(_JAM, "about half the amount", "count")
    # "for three cups of sugar, but I only use a cup and a half of honey."
    assert "a half" not in page_facts(_JAM, "a cup and a half of honey", "count")
    # "it only took 1/2 a cup of coffee for me to become her biggest fan."
    assert "1/2" not in page_facts("womencantalksports.com/top-10-women", "1/2 a cup of coffee", "count")
    # "Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%"
    assert "7/32" not in page_facts("idUSKBN1XT00W", "7/32 in price", "count")


def test_decimals_that_rate_or_measure():
    facts = page_facts(_BROWNS, "93.2 defensive grade", "count")
    assert not {"93.2", "91.4"} & set(facts)  # "He posted an elite 93.2 defensive grade and 91.4 coverage grade."
    # "... is top-20 in both run defense (75.5) and tackling grade (77.4) among 127 qualifying CBs"
    facts = page_facts(_BROWNS, "run defense (75.5)", "count")
    assert not {"75.5", "77.4"} & set(facts) and "127" in facts
    # "a seven-day rate of 65.2 coronavirus cases per 100,000 people, up from 33.8 a week earlier."
    assert "33.8" not in page_facts("standard.co.uk/news/uk/turkey-poland", "up from 33.8 a week", "count")
    # "volcanic eruptions in Hawaii and a 7.1 magnitude earthquake in Alaska."
    assert "7.1" not in page_facts("f3bad3f8e7901dc3", "7.1 magnitude", "count")


def test_values_of_a_figure():
    assert "22.4" not in page_facts(_BROWNS, "passer rating of just 22.4", "count")
    # "the perfect soil mix for planting lemon seeds has a pH between 5.5 and 6.5."
    facts = page_facts("youhadmeatgardening.com/lemon-tree-from-seed", "pH between 5.5 and 6.5", "count")
    assert not {"between 5.5 and 6.5", "5.5", "6.5"} & set(facts)
    # "a state Trump won by the more modest but still substantial margin of 20 points."
    assert "20" not in page_facts(_NYT, "margin of 20 points", "count")


def test_multipliers():
    # "those can pack over 10 times more calories than salsa."
    assert "over 10" not in page_facts("beachbodyondemand.com/blog/ilana", "10 times more calories", "count")
    # "has doubled roughly every 3.4 months—increasing 300,000 times between 2012 and 2018."
    assert "300,000" not in page_facts("wired.com/story/ai-great-things", "increasing 300,000 times", "count")
    # "together they will improve FAST's spatial resolution by 100 times, he says."
    assert "100" not in page_facts("nature.com/articles/d41586-019-02790-3", "by 100 times", "count")
    # "Americans have gone to the polls four times this month": times that happened stay counted
    assert page_facts(_NYT, "four times this month", "count")["four"]["counted"] == "times"


def test_ages():
    page = "mercurynews.com/2023/11/08/another-bay-area-child"
    # "just over 340 children younger than 5 died nationally of fentanyl poisoning from 1999 to 2021, including
    # 105 who were younger than 1."
    facts = page_facts(page, "younger than 5 died", "count")
    assert not {"5", "1"} & set(facts) and {"just over 340", "105"} <= set(facts)
    # "Two more men, aged 33 and 50 were charged and arrested following this."
    facts = page_facts("stuff.co.nz/national/crime/300145150", "aged 33 and 50", "count")
    assert "50" not in facts and "Two" in facts


def test_ages_set_off_after_a_name_or_said_of_a_person():
    # "Harry and Meghan – who have children Prince Archie, four, and Princess Lilibet, two, together"
    assert "four" not in page_facts("politicalite.com/entertainment/kelly-blasts", "Prince Archie, four", "count")
    # "Allan Bryant, from Glenrothes, was 23 when he disappeared after leaving Styx nightclub"
    assert "23" not in page_facts("dailyrecord.co.uk/news/scottish-news/dad-missing", "was 23 when", "count")
    # a joke's byline: "—Henrik P., 10"
    assert "10" not in page_facts("redtri.com/best-jokes-for-kids", "Henrik P., 10", "count")


def test_distances():
    # "The city of Brookhaven is building its new city hall two blocks from the closure"
    assert "two" not in page_facts("roughdraftatlanta.com/2023/11/08/brookhaven", "two blocks from the", "count")
    # "the demolition of the two tower blocks in Belvoir": blocks that exist are counted
    assert "two" in page_facts("belfastlive.co.uk/news/belfast-news/dup", "two tower blocks", "count")


def test_margins():
    assert "30" not in page_facts(_NYT, "Trump won by 30 points", "count")
    # "The Islanders trailed by two late in the third period"
    assert "two" not in page_facts("timesunion.com/sports/article/Nelson", "trailed by two", "count")
    # "the Thunder scored nine straight points to cut the Lakers' lead to two on Gallinari's free throws"
    facts = page_facts("mysanantonio.com/sports/article/LeBron", "lead to two", "count")
    assert "two" not in facts and facts["nine"]["counted"] == "straight points"
    # "an option that will decrease your friendship with her by 1500 points (equivalent to six hearts)."
    facts = page_facts("936ff4fe484cc870", "by 1500 points", "count")
    assert "1500" not in facts and "six" in facts


def test_signed_changes_and_glued_multipliers():
    page = "936ff4fe484cc870"
    assert not {"50", "+50"} & set(page_facts(page, "(+50 friendship.)", "count"))
    assert "-1500" not in page_facts(page, "(-1500 friendship.)", "count")
    # "Gifts on her birthday (Fall 2) will have 8× effect and show a unique dialogue."
    assert "8" not in page_facts(page, "8× effect", "count")


def test_rank_bands():
    # "has now won her last five games against top 10 players."
    facts = page_facts("telegraph.co.uk/tennis/2023/11/02/wta-finals", "top 10 players", "count")
    assert "10" not in facts and "five" in facts
    # "President Donald Trump's top two rivals": the top two are two rivals
    assert "two" in page_facts("nbcnews.com/politics/2024-election/trump-nikki", "top two rivals", "count")


def test_elided_durations_ratios_and_score_words():
    # "a military crackdown, which sparks a year or two of international fury"
    assert "two" not in page_facts("washingtonexaminer.com/opinion/why-beijing", "a year or two of", "count")
    # "stick your fingers into the soil about an inch or two deep": the unit of the first number is left out
    assert "two" not in page_facts("realsimple.com/home-organizing/gardening", "an inch or two deep", "count")
    # "He averages one miss for every 22 tackle attempts (T-15th) ... among 127 qualifying CBs": neither number
    # of the ratio counts (issue 17 round 5); the group after it does
    facts = page_facts(_BROWNS, "one miss for every 22", "count")
    assert "one" not in facts and "22" not in facts and "127" in facts
    # "came away a 21-6 winner, but that was a one-score game going into the fourth quarter."
    assert "one-score" not in page_facts("denverpost.com/2023/11/08/colorado-high", "one-score game", "count")


def test_numbers_hyphened_to_a_unit():
    # "out of the same 37,000-square-foot building where he runs the brewery": a measure of the building
    facts = page_facts("chicagoreader.com/food-drink/18th-street", "37,000-square-foot building", "count")
    assert "37,000" not in facts


def test_thousands_dot():
    # "the installation consists of 1.000 led lights and 800 meters of rope" (a page with no decimal point)
    facts = page_facts("inexhibit.com/marker/54885", "1.000 led lights", "count")
    assert facts["1.000"]["value"] == 1000 and facts["1.000"]["counted"] == "led lights"
