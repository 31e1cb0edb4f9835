"""Counts, round 28 (issue 17, r28-counts).

- 'Now you can hear 10 Things in Tech each morning': a number before a capitalised head noun of a listicle, inside a
  sentence in lower case and not at its start, heads a work's title (count_labels._work_title); the page's headline
  in lower case ('10 things in tech you need to know today') and a headline in title case still count.
- 'What time is it when the clock strikes 13?': an hour after 'clock' and a verb of showing it is a time of day
  (count_values._clock); 'Two pickles fell out of a jar' on the same page counts.
- '11.1 assists per game, nearly four more than his career average': a number that counts no noun before 'more
  than' and a determiner's average is a gap between averages (count_measures._gap_to_average).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_number_heading_a_listicle_title_in_prose_is_no_count():
    # businessinsider.de/10-things-in-tech-you-need-to-know-today-november-19-2019-11: "Now you can hear 10 Things in
    # Tech each morning." (a newsletter's podcast); its headline "10 things in tech you need to know today" counts
    page = "10-things-in-tech-you-need-to-know-today-november-19-2019"
    assert "10" not in page_facts(page, "Now you can hear 10 Things in Tech", "count")
    assert page_facts(page, "10 things in tech you need to know today", "count")["10"]["counted"] == "things"
    # a headline in title case still counts what its article lists
    assert "10" in found("The 10 Most Common Mistakes People Make With Money", kind="count")


def test_hour_the_clock_strikes_is_no_count():
    # redtri.com/best-jokes-for-kids: "What time is it when the clock strikes 13?"; "Two pickles fell out of a jar
    # onto the floor." on the same page counts
    page = "redtri.com/best-jokes-for-kids"
    assert "13" not in page_facts(page, "when the clock strikes 13", "count")
    assert page_facts(page, "Two pickles fell out of a jar", "count")["Two"]["counted"] == "pickles"
    # strokes the clock struck are counted
    assert "12" in found("The clock struck 12 times that night.", kind="count")


def test_gap_between_averages_is_no_count():
    # mysanantonio.com/sports/article/LeBron-sets-triple-double-mark-Lakers-hold-off-14848253: "... he is leading the
    # NBA this season with 11.1 assists per game, nearly four more than his career average."
    page = "mysanantonio.com/sports/article/LeBron-sets-triple-double-mark"
    assert "nearly four" not in page_facts(page, "nearly four more than his career average", "count")
    facts = page_facts(page, "James finished with 25 points, 11 rebounds and 10 assists", "count")
    assert facts["11"]["counted"] == "rebounds"
    # 'average' before a noun is an adjective: the players are counted
    assert "two" in found("The team has two more players than the average team.", kind="count")
