"""Counts missed, round 80 (issue 17, a81): the tagger's DATE entity over a number and words of time before the plural
noun it counts ('two early season wins') blocks no count when the words only say when, even where one word hangs on
the next ('early' on 'season', 'season' on 'wins': counts._time_modifiers_before_counted). A time unit among them
('two full day passes') or a noun inside the entity ('two early summer months', a duration) still blocks."""

from conftest import text_facts, texts_of

# ../shared/eval/webpages (the audit pages): The Denver Post, Colorado high school football playoffs, 2023-11-08
CHARGERS = (
    "No. 14 Chatfield (6-5) at No. 3 Arapahoe (8-2), 7 p.m.: The Chargers, forced to forfeit two early season wins, "
    "are not your average No. 14 seed."
)


def test_chained_time_modifiers_keep_the_count():
    facts = [(f.text, f.value) for f in text_facts(CHARGERS, "count")]
    assert ("two", 2) in facts


def test_a_duration_still_blocks():
    assert "two" not in texts_of("They stayed there for two early summer months.", "count")
    assert "two" not in texts_of("We bought two full day passes for the park.", "count")
