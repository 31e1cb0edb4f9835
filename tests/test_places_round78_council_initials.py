"""Places on real news (issue 17): a town before its municipal district council's initials is the council's
jurisdiction.

Class: 'MDC' (a municipal district council) joins the local bodies' heads (data: local_body_heads, beside 'PD', 'FD',
'OPP'), so the known town before it names the body's jurisdiction (bodies._embedded for an entity, bodies._bodies
outside any), a place by the audit guide's names-inside-names rule; judged missed in session 32's audit
(geowebnews:198). Not a football club's or a school's initials ('FC', 'CBS'): only a council's.
"""

from __future__ import annotations

from conftest import rows_of, text_facts


def test_a_town_before_its_councils_initials_is_a_place():
    # geowebnews:198
    text = (
        "There are 28 HAP contracts in Nenagh Municipal District area, according to figures released to local "
        "councillors at Nenagh MDC."
    )
    at = {f.start_char: (f.text, f.country_code) for f in text_facts(text, "place")}
    assert at.get(text.index("Nenagh MDC")) == ("Nenagh", "IE")


def test_a_schools_initials_make_no_place():
    assert rows_of("Nenagh CBS won the Harty Cup final on Saturday.", "place", "name", "country_code") == []
