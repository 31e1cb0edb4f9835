"""Places, round 48: towns the gazetteer knows that the model tags a person's, an organisation's or nothing, which the
words around them vouch for as a designator would (rescue.cued, Mention.cued): a verb of travel's goal ('Instead of
driving to Castlegar'), a body's address after a comma ('Federal Ministry of ... Technology, Abuja, Dr.'), a
business's town in brackets ('Fig Leaf Boutique (Maywood)'); a dateline in brackets ('(Red Oak) -- The three');
a seat named for two towns a hyphen joins after a representative's title ('MLA for Nelson-Creston'); a town's possessive
before its hospital's or its street's name ('at Derry’s Altnagelvin Hospital': bodies._owns_building). Each test reads
a real sentence of ../shared/eval but those marked guards."""

from __future__ import annotations

from conftest import eval_facts, gold_doc, gold_place_at, text_facts


def test_a_town_a_verb_of_travel_goes_to_is_the_town() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:258 (a FrontCounter BC office opens in Nelson): 'Instead of driving to
    # Castlegar, people will be able to visit the Nelson office' (Castlegar tagged a person's) gave no place
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:258", "driving to Castlegar", "Castlegar")
    assert (fact.name, fact.country_code) == ("Castlegar", "CA")


def test_to_alone_vouches_for_no_small_town() -> None:
    # a guard: 'to' after a verb of giving names a person, not a place the verb of travel would vouch for
    assert text_facts("After the vote the council gave the keys to Nelson, its oldest member.", "place") == []


def test_a_seat_named_for_two_towns_is_both() -> None:
    # geowebnews:258: 'Michelle Mungall, MLA for Nelson-Creston, announced today' (tagged one organisation) gave
    # neither town; the gold marks both
    nelson = gold_place_at("geowebnews.jsonl", "geowebnews:258", "MLA for Nelson-Creston", "Nelson")
    creston = gold_place_at("geowebnews.jsonl", "geowebnews:258", "MLA for Nelson-Creston", "Creston")
    assert [(f.name, f.country_code) for f in nelson + creston] == [("Nelson", "CA"), ("Creston", "CA")]


def test_a_ministrys_town_after_a_comma_is_its_address() -> None:
    # geowebnews:101: 'the Permanent Secretary, Federal Ministry of Information Communication Technology, Abuja, Dr.
    # Tunji Olaopa, has launched his book' (Abuja tagged a person's) gave no Abuja
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:101", "Technology, Abuja", "Abuja")
    assert (fact.name, fact.country_code) == ("Abuja", "NG")


def test_a_universitys_town_before_its_initials_is_its_address() -> None:
    # geowebnews:159: 'Vice Chancellor of the Federal University of Technology, Owerri (FUTO), Prof. Francis Eze'
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:159", "Technology, Owerri", "Owerri")
    assert (fact.name, fact.country_code) == ("Owerri", "NG")


def test_a_businesss_town_in_brackets_is_where_it_is() -> None:
    # geowebnews:134 (a women's club's benefit in Allendale, N.J.): 'fashion show by Fig Leaf Boutique (Maywood) and
    # dancing' gave no place; Maywood, New Jersey
    facts = gold_place_at("geowebnews.jsonl", "geowebnews:134", "Boutique (Maywood)", "Maywood")
    assert [(f.name, f.country_code, round(f.lat)) for f in facts] == [("Maywood", "US", 41)]


def test_a_label_in_capitals_in_brackets_is_no_town() -> None:
    # webpages/html/75f3c30580d27270.html.gz (the ACM awards' winners): 'Riley Green (WINNER)' is no Winner, South Dakota
    facts = eval_facts("webpages", "75f3c30580d27270")
    assert not [f for f in facts if f["kind"] == "place" and f["text"] == "WINNER"]


def test_a_town_in_brackets_before_a_dash_is_a_dateline() -> None:
    # geowebnews:206: '(Red Oak) -- The three democratic candidates running for Iowa Senate District 12' opens the
    # story and gave no place
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:206", "(Red Oak)", "Red Oak")
    assert (fact.name, fact.country_code) == ("Red Oak", "US")


def test_a_town_its_designator_vouches_for_votes_for_its_other_mentions() -> None:
    # geowebnews:264 (a Reuters story on Rajasthan's youth): 'a house painter in the small town of Kasba Bonli in
    # northwestern India' (tagged a facility) was the only Kasba Bonli of four; 'Back in Kasba Bonli, groups of young
    # men loiter' and the others gave none
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:264", "Back in Kasba Bonli", "Kasba Bonli")
    assert (fact.name, fact.country_code) == ("Kasba Bonli", "IN")


def test_a_towns_possessive_before_its_hospital_is_the_town() -> None:
    # geowebnews:319: 'A new Health and Wellbeing Campus has opened at Derry’s Altnagelvin Hospital' (tagged one
    # organisation) gave no place; Derry, Northern Ireland
    (fact,) = gold_place_at("geowebnews.jsonl", "geowebnews:319", "Derry’s Altnagelvin", "Derry")
    assert (fact.name, fact.country_code) == ("Derry", "GB")


def test_a_saints_possessive_before_a_hospital_is_no_town() -> None:
    # news_gold/tr_news.jsonl, tr-news:1010016: 'At St. Paul's Hospital in downtown Vancouver' is no St. Paul, Alberta
    facts, _ = gold_doc("tr_news.jsonl", "tr-news:1010016")
    assert not [f for f in facts.values() if f.text == "St. Paul"]
