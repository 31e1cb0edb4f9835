"""Counts: a bare number after 'by' on a verb of change whose subject is a quantity no one counts (a game's energy,
health, speed: count_values.json stat_nouns) is the size of the change, no count (count_values rule "stat change");
a change of a number of things stays counted."""

from conftest import rows_of

# ../shared/eval/webpages: a walkthrough of a dating game's events
ENERGY = "Regardless of your choice, she invites you to watch a movie together and your energy is increased by 165."
# ../shared/eval/webpages: a weekly round-up of good news (London's ultra-low emission zone)
VEHICLES = "the daily number of older, more polluting vehicles on the roads has fallen by 77,000 since June"


def test_a_stat_changed_by_a_bare_number_is_no_count():
    assert rows_of(ENERGY, "count", "value") == []


def test_a_number_of_things_changed_by_a_number_stays_counted():
    assert rows_of(VEHICLES, "count", "value") == [("77,000", 77000)]
