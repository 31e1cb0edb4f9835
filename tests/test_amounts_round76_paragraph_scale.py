"""Amounts: a bare 'degrees' takes the one temperature scale its paragraph names ('107 degrees Fahrenheit ... it hit a
maximum of 89 degrees' is 89 degF) before the article's scales; that scale makes a temperature of a level reached
with no heat word in its sentence (units.json level_before), and an angle stays an angle ('30 degrees from center',
'a 40-degree angle': no level reached, a hyphened modifier) whatever scale is near; a fall 'from' a high stays a
temperature."""

from conftest import text_facts

# ../shared/eval/webpages: an AppleInsider review of 2019-11-18 (the keyboard's surface, in a paragraph of its own;
# the processor's '83 degrees Celsius' comes paragraphs later)
KEYBOARD = (
    "In our use, when the 2018 i9 MacBook Pro was under load, the keyboard's metal surface routinely hit 107 degrees "
    "Fahrenheit around the G, H, and J keys. That's still usable, but it is very, very warm. On the new 16-inch "
    "MacBook Pro, that area is still the hotspot, but it hit a maximum of 89 degrees while running under load."
)
FANS = (
    "The fans on the new MacBook Pro start to get audible in that 38 dBa office environment at about 83 degrees "
    "Celsius processor temperature."
)
CABLE = (
    "On a melamine, Corian, or finished wood desk surface, the force required to pull out Apple's USB-C charging "
    "cable is about three-quarters of what it takes to break a MagSafe 2 connection, when the cable is pulled from "
    "less than a 40-degree angle from center on the horizontal plane, and less than 30 degrees from center on the "
    "vertical."
)


def _units(text):
    return [(f.text, f.value, f.unit) for f in text_facts(text, "amount") if "degree" in f.text]


def test_bare_degrees_take_the_paragraphs_scale():
    assert _units("\n\n".join([KEYBOARD, FANS])) == [
        ("107 degrees Fahrenheit", 107, "degF"),
        ("a maximum of 89 degrees", 89, "degF"),
        ("about 83 degrees Celsius", 83, "degC"),
    ]


def test_angles_stay_angles_beside_a_stated_temperature():
    assert _units("\n\n".join([KEYBOARD, CABLE + " The surface hit 107 degrees Fahrenheit."]))[2:4] == [
        ("less than a 40-degree", 40, "degree"),
        ("less than 30 degrees", 30, "degree"),
    ]


def test_a_fall_from_a_high_stays_a_temperature():
    facts = _units("Temperatures dropped 20 degrees from Monday's high of 75 degrees Fahrenheit.")
    assert facts == [("20 degrees", 20, "degF"), ("75 degrees Fahrenheit", 75, "degF")]
