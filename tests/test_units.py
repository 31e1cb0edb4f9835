import pytest

from extractor.data import load
from extractor.normalize import units


def test_every_symbol_parses_in_pint():
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for table in units.tables():
        for unit in table.values():
            ureg.parse_units(unit.symbol)
            if unit.in_rate:
                ureg.parse_units(unit.in_rate)
    for _, symbol in load("quantity_measures")["named_amounts"].values():  # "absolute zero"
        ureg.parse_units(symbol)


@pytest.mark.parametrize(
    "text, symbol, factor",
    [
        (" km", "km", 1),
        (" kilometres", "km", 1),
        ("-inch", "in", 1),
        ("lbs", "lb", 1),
        (" degrees Celsius", "degC", 1),
        ("C", "degC", 1),
        (" °F", "degF", 1),
        (" square meters", "m**2", 1),
        ("km²", "km**2", 1),
        (" miles an hour", "mi/h", 1),
        (" barrels a day", "oil_barrel/day", 1),
        (" hectares", "ha", 1),
        (" mu", "ha", 1 / 15),
        (" metric tons", "t", 1),
        # spaced "L" (lower-case "l" only glued); concentrations and plant output
        (" L of wine", "L", 1),
        ("l", "L", 1),
        (" mg/L", "mg/L", 1),
        (" µg/m3", "µg/m**3", 1),
        (" tpd", "t/day", 1),
        (" tonnes per day", "t/day", 1),
        (" TeV", "TeV", 1),
        (" GeV", "GeV", 1),
        (" km squared", "km**2", 1),
        (" metres squared", "m**2", 1),
        (" tbsp", "tablespoon", 1),
        (" tsp", "teaspoon", 1),
        # spaced "in" is an inch only with a measuring word after it or at a sentence end
        (" K", "K", 1),
        (" kelvin", "K", 1),
        (" lb-ft", "ft_lb", 1),
        (" pound-feet", "ft_lb", 1),
        (" Nm", "N*m", 1),
        (" km/L", "km/L", 1),
        (" in thick", "in", 1),
        (" in. pipe", "in", 1),
        (" in.", "in", 1),
        (" in", "in", 1),
        (" in, and", "in", 1),
    ],
)
def test_match_unit(text, symbol, factor):
    m = units.match_unit(text, 0)
    assert m is not None and m.unit.symbol == symbol and m.unit.factor == pytest.approx(factor)


@pytest.mark.parametrize(
    "text", [" in the", "st", " t", " of", " people", " l", " in a row", " in 10 people", " in May", "K TV"]
)  # "4K TV" is a screen, not kelvin
def test_no_unit(text):
    assert units.match_unit(text, 0) is None
