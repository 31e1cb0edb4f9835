"""The difference of two tallies, round 79 (issue 17, c79).

'received approximately 24,000 more yes votes than Proposition 4' is a margin (won by 24,000 votes), as 'trailed by
more than 700 votes' is (README: margins; count_measures._margin, count_measures.json margin_units): a number before
'more', 'fewer' or 'less', perhaps one word, a unit of a score and 'than'. A noun that is no unit of a score
('24,000 more people than') and 'more than 500 votes' (a qualifier) are left as they were.
"""

from __future__ import annotations

from conftest import texts_of


def test_more_votes_than_is_a_margin():
    # audit page kxan.com, voters pass increase for retired public education workers
    sentence = (
        "The proposition received approximately 24,000 more yes votes than Proposition 4 (property tax relief), for"
        " which Lee said he’s thankful."
    )
    assert texts_of(sentence, "count") == []
    assert texts_of("The team scored three more goals than last year.", "count") == []


def test_other_numbers_stay():
    assert "24,000" in texts_of("Officials counted 24,000 more people than in 2010.", "count")
    assert "more than 500" in texts_of("The measure got more than 500 votes.", "count")
