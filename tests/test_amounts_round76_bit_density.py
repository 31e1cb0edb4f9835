"""Amounts: the bit units beside the megabit ('Gb' gigabit, 'Tb' terabit, and the words kilobit to petabit), and a
measure per unit of area as one density ('1.14Tb per square inch' is 1.14 Tbit/in**2, a platter's areal density;
units.json area_units), as a measure per unit of time is one rate."""

from conftest import rows_of

# ../shared/eval/webpages: a PCMag page on HAMR hard-drive platters
DENSITY = (
    "Conventional magnetic recording methods today achieve 1.14Tb per square inch, but SDK believes its HAMR "
    "technology will increase that to up to 6Tb per square inch."
)


def test_terabits_per_square_inch_are_a_density():
    assert rows_of(DENSITY, "amount", "value", "unit") == [
        ("1.14Tb per square inch", 1.14, "Tbit/in**2"),
        ("up to 6Tb per square inch", 6, "Tbit/in**2"),
    ]


def test_the_upper_case_b_stays_the_byte():
    # ../shared/eval/webpages: the same PCMag page's title
    assert rows_of("Next-Gen HAMR Platters Promise 80TB Hard Drives", "amount", "value", "unit") == [("80TB", 80, "TB")]
