"""Counts, round 38 (issue 17, r38-counts): numbers that count nothing, on the news_gold texts.

- 'Essex - Aseany Duncan, 19 - was charged': a spaced dash that closes a name's aside before a lower-case word
  ends an apposed age like a comma (count_measures._apposed_age).
- 'The women, 21 and 26, told police': small whole numbers set off by commas right after a determiner's noun of
  people are ages (count_measures._people_ages; count_measures.json age_bound_nouns, apposed_age_nouns).
- 'about one of every five workers in the state': 'of every' makes a ratio like 'in every' (count_measures.json
  numerator_joiners).
- 'the highest ever mark of 97 in the Concerto Cup': a mark's value (count_measures.json figure_of_nouns), not
  after a bare 'the' ('passed the mark of 2,000 visitors' counts visitors).
- 'winning the 10-furlong affair': a furlong is a unit of distance (units.json), so '10-furlong' is an amount.

Each test reads a real news_gold text in place and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found


def test_age_closed_by_a_spaced_dash():
    # tr_news 1170003: "A man from Clacton, Essex - Aseany Duncan, 19 - was charged with conspiracy to defraud, ..."
    line = corpus_line("tr_news.jsonl", "Aseany Duncan, 19 - was charged")
    assert "19" not in found(line, kind="count")
    # a score's dash before a capitalised name is no aside
    assert "2" in found("The visitors lost to Chelsea, 2 - Arsenal took the lead early.", kind="count")


def test_ages_after_a_noun_of_people():
    # geowebnews 279: "... he waved the knife at two women in the stairwell, police allege. The women, 21 and 26,
    # told police Bassett threatened to stab them."
    line = corpus_line("geowebnews.jsonl", "The women, 21 and 26, told police")
    counts = found(line, kind="count")
    assert not {"21", "26"} & set(counts)
    assert counts["two"]["counted"] == "women"  # the women counted before stay a count
    assert not {"17", "19", "22"} & set(found("The brothers, 17, 19 and 22, were arrested.", kind="count"))
    assert "45" not in found("The driver, 45, was taken to hospital.", kind="count")
    # one number after a plural noun may count them
    assert "12" in found("Of the victims, 12, were children.", kind="count")


def test_one_of_every_n():
    # geowebnews 194: "Hotels and restaurants employ about one of every five workers in the state – double ..."
    line = corpus_line("geowebnews.jsonl", "one of every five workers in the state")
    at = line.index("one of every five workers")
    spans = [(c["start"], c["end"]) for c in found(line, kind="count").values()]
    assert not [s for s in spans if at - 6 <= s[0] < at + len("one of every five")]
    assert "five" in found("They trained medical assistants at five public high schools.", kind="count")


def test_mark_of_a_score():
    # geowebnews 307: "... he received the highest ever mark of 97 in the Concerto Cup and was the youngest ..."
    line = corpus_line("geowebnews.jsonl", "highest ever mark of 97 in the Concerto Cup")
    assert "97" not in found(line, kind="count")
    # a milestone of a count after a bare 'the' still counts
    assert found("The park passed the mark of 2,000 visitors.", kind="count")["2,000"]["counted"] == "visitors"


def test_furlong_is_a_distance():
    # geowebnews 120: "... in sensational style, winning the 10-furlong affair by a comprehensive ..."
    line = corpus_line("geowebnews.jsonl", "winning the 10-furlong affair")
    facts = found(line)
    assert "10" not in found(line, kind="count")
    assert facts["10-furlong"]["kind"] == "amount" and facts["10-furlong"]["unit"] == "furlong"
    assert found("He won a 10-mile race.")["10-mile"]["unit"] == "mi"
