import pytest

from extractor.normalize import units


def test_every_symbol_parses_in_pint():
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for table in units.tables():
        for unit in table.values():
            ureg.parse_units(unit.symbol)


@pytest.mark.parametrize("text, symbol, factor", [
    (" km", "km", 1), (" kilometres", "km", 1), ("-inch", "in", 1), ("lbs", "lb", 1), (" degrees Celsius", "degC", 1),
    ("C", "degC", 1), (" °F", "degF", 1), (" square meters", "m**2", 1), ("km²", "km**2", 1), (" miles an hour", "mi/h", 1),
    (" barrels a day", "oil_barrel/day", 1), (" hectares", "ha", 1), (" mu", "ha", 1 / 15), (" metric tons", "t", 1),
])
def test_match_unit(text, symbol, factor):
    m = units.match_unit(text, 0)
    assert m is not None and m.unit.symbol == symbol and m.unit.factor == pytest.approx(factor)


@pytest.mark.parametrize("text", [" in the", "st", " t", " of", " people"])
def test_no_unit(text):
    assert units.match_unit(text, 0) is None
