"""Places on real news (issue 17): a list of electoral seats, one a line.

Class: a town's own name alone in its line that the model tagged a person ('Sutton Coldfield') is the town's, so its
words are no person's full name and a list's item elsewhere keeps its town ('Sutton' of 'Sutton and Cheam':
not_places.people_names, _town_line).
"""

from __future__ import annotations

from conftest import webpage_article


def test_seat_item_beside_a_town_line_tagged_a_person():
    # the Daily Mail's list of Tory MPs: lines 'Sutton and Cheam' and 'Sutton Coldfield', the latter tagged a person
    art = webpage_article("Chef-Jamie-Oliver-joins")
    places = {f.text: f for f in art.facts or [] if f.kind == "place" and f.sentence == "Sutton and Cheam"}
    assert set(places) == {"Sutton", "Cheam"}
    assert places["Sutton"].country_code == "GB" and abs(places["Sutton"].lat - 51.36) < 0.1
