"""Date classes of session 16 (recall sheet 20261260): decades spelled out ("the Seventies") and a decade without its
century in a sentence that measures degrees or strokes. Each failed before its rule."""

from __future__ import annotations

from conftest import dates_on
from test_dates import dates

PRINCE_PAGE = ("webpages", "00d013b26c39d0f1")  # a page of 2020-09-26 (the recall sheet 20261260 marked it missed)
FORBES_PAGE = ("webpages", "d6b71477c75c8a3c")  # an interview, a page of 2019-01-23


def test_a_decade_spelled_out_after_the_is_that_decade():
    assert dates_on(*PRINCE_PAGE, "reminiscent of those faced in the Seventies") == [("the Seventies", "197")]
    assert dates_on(*FORBES_PAGE, "Robert McNamara demonstrated in the sixties") == [("the sixties", "196")]
    found = dates("In the nineteen-eighties it changed. Since the early seventies the town grew.")
    assert {k: v["value"] for k, v in found.items()} == {"the nineteen-eighties": "198", "early seventies": "197"}


def test_a_spelled_decade_after_a_possessive_is_an_age_and_twenties_are_left():
    # "in her sixties" is an age; "the Roaring Twenties" could be either century with none written
    assert dates("She is in her sixties. The Roaring Twenties ended.") == {}


def test_a_decade_without_its_century_beside_degrees_or_strokes_is_no_decade():
    # weather and golf write ranges of degrees and strokes as decades; a written century is always the decade
    assert dates("Highs will be in the seventies. Temperatures in the 70s are expected.") == {}
    assert list(dates("He shot in the sixties all week.")) == []
    assert dates("Temperatures were lower in the 1970s.")["the 1970s"]["value"] == "197"
