"""Places, round 72: a partner's surname in a firm's name is no place (not_places.in_firm_name): 'the law firm of
Sheppard, Mullin, Richter, and Hampton' names no Hampton, Virginia; a list of the firm's office towns written right
before its name ('Detroit, Dimond Kaplan & Rothstein, P.A.') stays the towns."""

from conftest import gold_article, text_facts


def _places(facts) -> list[str]:
    return [f.text for f in facts if f.kind == "place"]


def test_law_firm_of_partners_surnames() -> None:
    facts = text_facts(
        "Today, we filed a landmark settlement with the federal district court that, when approved, will end the "
        "relationship between the probation department and school districts in Riverside. The settlement follows a "
        "lawsuit filed last year by the ACLU Foundation, together with the National Center for Youth Law and the law "
        "firm of Sheppard, Mullin, Richter, and Hampton.",
        "place",
    )
    assert "Hampton" not in _places(facts)
    assert "Riverside" in _places(facts)


def test_office_towns_before_a_firms_name_stay() -> None:
    facts = gold_article("geowebnews.jsonl", "geowebnews:236").facts or []
    towns = [
        f.text
        for f in facts
        if f.kind == "place" and "Dimond Kaplan & Rothstein, P.A. represents" in (f.sentence or "")
    ]
    assert {"West Palm Beach", "New York", "Detroit"} <= set(towns)
