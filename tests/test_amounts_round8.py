"""Amounts a careful reader would sign (issue 17, eighth round): amounts read out of addresses, names and spoken
fractions, and frame rates. One test per class of error, on real pages of ../shared/eval through the whole pipeline;
a short sentence written like the real one checks that the rule is the class's, and a near miss that it is no wider.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_a_labelled_room_or_seat_is_no_temperature():
    # "... at 2344 Bragg St., Apt. 1C between 12 and 8 p.m."
    facts = page_facts("a8939de0018a2073", "Bragg St., Apt.", "amount")
    assert "1C" not in facts
    got = found("Offices in Unit 4B, Suite 2F and Room #3C; board at Gate 4C, Seat 12F, in the A-10C or F-16C.")
    assert not {t for t, c in got.items() if c.get("unit") in ("degC", "degF")}
    # a temperature after a word of no label keeps its scale: "... at about 75C — earlier than the 80C that ..."
    facts = page_facts(
        "appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review", "earlier than the 80C", "amount"
    )
    assert facts["80C"]["unit"] == "degC"
    assert found("Room temperature rose to 20C.", kind="amount")["20C"]["unit"] == "degC"


def test_a_number_and_a_capitalised_unit_before_a_place_noun_is_a_name():
    # "Mezcal Mexican Bar & Kitchen 201 E. Nine Mile Rd., Ferndale"; "The other Mezcal Mexican is at 201 E. Nine Mile"
    facts = page_facts("f3e0ef628b6bedfd", "Nine Mile Rd.", "amount")
    assert not {t for t in facts if "Mile" in t}
    got = found("The reactor at Three Mile Island, Fifteen Mile Creek and the 100 Acre Wood.", kind="amount")
    assert got == {}
    # a measure keeps its unit: a lower-case or plural unit, a hyphen, or 'a' before it
    # a headline in a page's list of stories: "Working From Home Staff & Parents Cause 18-Mile Tailbacks To Beaches"
    got = found("Working From Home Staff & Parents Cause 18-Mile Tailbacks To Beaches", kind="amount")
    assert got["18-Mile"]["unit"] == "mi"
    got = found("He hiked a 10 Mile Trail to Nine Mile Road, then 9 miles on the road.", kind="amount")
    assert got["10 Mile"]["unit"] == "mi" and got["9 miles"]["value"] == 9 and "Nine Mile" not in got


def test_a_spoken_fraction_is_part_of_its_amount():
    # "... but I only use a cup and a half of honey."
    facts = page_facts("theantijunecleaver.com/2017/12/spiced-honey-pear-jam-recipe", "a cup and a half of", "amount")
    assert (facts["a cup and a half"]["value"], facts["a cup and a half"]["unit"]) == (1.5, "cup")
    # "... the coldest temperature in the country at negative six-point-six degrees Celsius in the morning."
    facts = page_facts("4dc58a9b6419793a", "negative six-point-six", "amount")
    assert facts["negative six-point-six degrees Celsius"]["value"] == -6.6
    # "... the monitor is about a half an inch larger on the diagonal, ..."
    facts = page_facts(
        "appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review", "a half an inch larger", "amount"
    )
    assert (facts["about a half an inch"]["value"], facts["about a half an inch"]["unit"]) == (0.5, "in")
    got = found("It is three-quarters of a mile away; half a dozen eggs; a quarter of a century.", kind="amount")
    assert got["three-quarters of a mile"]["value"] == 0.75 and len(got) == 1
    got = found(
        "He walked 3 and a half miles, ran two-and-a-half miles and a mile and a half, cut a 3-1/2 inch board "
        "and raised two and a half million dollars.",
        kind="amount",
    )
    assert got["3 and a half miles"]["value"] == 3.5 and got["two-and-a-half miles"]["value"] == 2.5
    assert got["a mile and a half"]["value"] == 1.5 and got["3-1/2 inch"]["value"] == 3.5
    assert (got["two and a half million dollars"]["value"], got["two and a half million dollars"]["unit"]) == (
        2_500_000,
        "USD",
    )
    assert not {t for t in got if t.startswith("a half")}


def test_a_frame_rate_is_a_frequency():
    # "... the Google Stadia Red Dead Redemption 2 port doesn't run at a solid 60fps."
    facts = page_facts("mspoweruser.com/google-stadia-red-dead-redemption-2", "doesn’t run at a solid 60fps", "amount")
    assert (facts["60fps"]["value"], facts["60fps"]["unit"]) == (60, "Hz")
    # "... allowing anybody to play games at 4k and 60fps on high settings": the 4k is a resolution, no 4,000 Hz
    facts = page_facts("wccftech.com/stadia-destiny-2-1080p", "at 4k and 60fps", "amount")
    assert facts["60fps"]["unit"] == "Hz" and "4k" not in facts
    got = found("It plays at 30 frames per second and exports at 24FPS.", kind="amount")
    assert {c["unit"] for c in got.values()} == {"Hz"} and len(got) == 2
