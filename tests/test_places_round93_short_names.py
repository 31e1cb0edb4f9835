"""Places, round 93: a small town known by its short name (normalize.places._short_names).

GeoNames keeps the alternate names of towns under 15,000 people out of the index (noise, memory), so St
Leonards-on-Sea, East Sussex (10,001, written 'Saint Leonards-on-Sea') was not found as 'St Leonards': the only
'St Leonards' in Britain was the Dorset village, 170 km from the article's Eastbourne. A small town now keeps its saint
written the other way and its short name without '-on-Sea' where GeoNames lists it, and the own name written short
keeps its pick against a namesake's own name (resolve._own_name_near). Real sentence: theargus.co.uk, 'Woman hurt
after being hit by car in Station Street, Eastbourne' (webpages 7108cef170b2414c)."""

from __future__ import annotations

from conftest import eval_facts, km, text_facts

HASTINGS = (50.85568, 0.58009)
RINGWOOD = (50.84676, -1.79062)


def test_st_leonards_beside_eastbourne_is_st_leonards_on_sea() -> None:
    facts = [
        f
        for f in eval_facts("webpages", "7108cef170b2414c")
        if f["kind"] == "place" and f["text"] == "St Leonards" and "Conquest Hospital" in f["sentence"]
    ]
    assert facts
    assert all(km(f["lat"], f["lon"], *HASTINGS) < 20 for f in facts)


def test_st_leonards_beside_ringwood_stays_in_dorset() -> None:
    # the near sentence: the Dorset village's own name, among its own neighbours, keeps it
    facts = [
        f
        for f in text_facts(
            "The crash happened on the A31 at St Leonards, between Ringwood and Ferndown in Dorset.", "place"
        )
        if f.text == "St Leonards"
    ]
    assert facts
    assert all(km(f.lat, f.lon, *RINGWOOD) < 20 for f in facts)
