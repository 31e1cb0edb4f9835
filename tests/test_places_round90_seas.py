"""Places on real news (issue 17, round 90): well-known gulfs, bays, seas and straits named 'X of Y'.

'The private Hong Bang island, overlooking the Gulf of Thailand, offers a charming venue for couples to get married;
the Rock Island Club serves as a memorable setting to host a private ceremony.' (luxuryhaven.co): no place, while 'the
Gulf of Mexico' was found. Names shaped 'Gulf of', 'Bay of', 'Sea of', 'Strait of' were missing from places.json
regions (an unknown 'X Sea' is found, unresolved); the major ones news names now have a rough centre.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


def test_gulf_of_thailand():
    text = (
        "The private Hong Bang island, overlooking the Gulf of Thailand, offers a charming venue for couples to get "
        "married; the Rock Island Club serves as a memorable setting to host a private ceremony."
    )
    rows = rows_of(text, "place", "name", "lat", "lon")
    assert ("the Gulf of Thailand", "Gulf of Thailand", 9.5, 101.5) in rows


@pytest.mark.parametrize(
    "name",
    ["Gulf of Oman", "Bay of Bengal", "Gulf of Guinea", "Sea of Azov", "Strait of Malacca", "Gulf of Aqaba"],
)
def test_named_waters_resolve(name):
    rows = rows_of(f"Tankers crossed the {name} on Monday.", "place", "name", "lat")
    assert [(r[1], r[2] is not None) for r in rows] == [(name, True)]


def test_country_alone_stays_the_country():
    assert rows_of("Tourists flocked to Thailand last year.", "place", "name") == [("Thailand", "Thailand")]
