"""Counts a careful news reader would sign, round 9 of issue 17 (the classes the audits of seeds 20261218 and 9133
found): a bare number that leaves out the unit of the measure before it ("50,270 megawatts, followed by 2017 with
50,116"), "1 big thing:" as a section's name, the score a game is played to ("First one to 35 wins?"), values in
code prose ("infer the type of twice, 2, and 1", "chmod 400"), two numbers side by side as a slip ("scored just three
four times") and a number hyphened to a Greek letter ("17-beta oestradiol").

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its words in extractor/data, and checks that a true count beside it stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

_BLACKOUTS = "nytimes.com/2020/08/16/business/california-blackouts"
_PARISE = "twincities.com/2019/11/19/parise-scores-2-goals-wild-beat-sabres-4-1"


def test_a_bare_number_after_a_measure_of_its_size_is_that_measure():
    # "But both of those amounts fell below the peak year for electricity use, 2006, when demand reached 50,270
    # megawatts, followed by 2017 with 50,116, according to data from California ISO."
    marker = "followed by 2017 with 50,116"
    assert "50,116" not in page_facts(_BLACKOUTS, marker, "count")
    assert page_facts(_BLACKOUTS, marker, "amount")["50,116"]["unit"] == "MW"
    # "Saturday’s peak demand, according to Mr. Marcus, reached 44,947 megawatts, much lower than the 46,797 he saw
    # on Friday."
    assert page_facts(_BLACKOUTS, "much lower than the 46,797", "amount")["46,797"]["unit"] == "MW"


def test_a_bare_number_before_a_measure_or_a_noun_keeps_its_reading():
    # "The final stage, 3, the rolling blackouts, began at 6:30 p.m., when operating reserves dipped to 8.9 percent
    # but still above the 3 percent level ...": the measure comes after, so "3" is no percentage
    facts = page_facts(_BLACKOUTS, "The final stage, 3, the rolling", "amount")
    assert [f["text"] for f in facts.values() if f["unit"] == "%"] == ["8.9 percent", "3 percent"]
    # "2 tsp Gia Garlic Puree or 4 cloves garlic blended together with below": "4" counts cloves
    page = "flawlessfood.co.uk/olive-herb-focaccia-bread"
    assert "4" in page_facts(page, "or 4 cloves garlic", "count")


def test_one_big_thing_opening_a_block_names_a_section():
    # "1 big thing: AI surveillance goes to school"; "5. 1 musical thing: Super-short songs"
    page = "axios.com/newsletters/axios-future-7120a6cf"
    assert "1" not in page_facts(page, "1 big thing: AI surveillance", "count")
    assert "1" not in page_facts(page, "1 musical thing: Super-short", "count")


def test_the_score_a_game_is_played_to_is_no_count():
    # "First one to 35 wins?"
    page = "denverpost.com/2023/11/08/colorado-high-school-football-playoffs-second-weekend-2023"
    assert "35" not in page_facts(page, "First one to 35 wins?", "count")


def test_a_value_in_code_prose_is_no_count():
    # "In this example, the Rust compiler can infer the type of twice, 2, and 1 because the val parameter and the
    # return type are declared as 32-bit signed integers."
    page = "stackoverflow.blog/2020/01/20/what-is-rust-and-why-is-it-so-popular"
    assert page_facts(page, "infer the type of twice, 2, and 1", "count") == {}
    # "You should chmod 400 the key file and the cert as it contains a copy of the key."
    assert page_facts("f62edce3ea5e63d0", "chmod 400 the key file", "count") == {}
    # "This will create two files, langly_stunnel_key.pem (the key) and langly_stunnel_req.pem ...": still counts
    assert page_facts("f62edce3ea5e63d0", "This will create two files", "count")["two"]["counted"] == "files"


def test_two_small_numbers_side_by_side_are_a_slip():
    # "But Parise has quickly turned around a tepid start in which he scored just three four times in his first 18
    # games."
    facts = page_facts(_PARISE, "scored just three four times", "count")
    assert "three" not in facts and "four" not in facts
    assert facts["18"]["counted"] == "games"
    # "The Sabres, having lost eight of their nine 10 games following a scorching start, ..."
    facts = page_facts(_PARISE, "eight of their nine 10 games", "count")
    assert "nine" not in facts and "10" not in facts


def test_a_number_hyphened_to_a_greek_letter_names_a_molecule():
    # "One drug routinely used, 17-beta oestradiol, is a known cause of cancer in humans."
    page = "dailymail.co.uk/news/article-8772683"
    assert "17" not in page_facts(page, "17-beta oestradiol", "count")
