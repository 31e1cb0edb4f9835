"""Normalisers: the text a finder matched, made into the values SPEC records carry.

numbers.py    numbers in text: digits, words, scales ('3.5m', 'two thousand'), vague ones ('tens of thousands')
money.py      currency signs, codes and names to ISO 4217 codes
units.py      units of measure and their symbols, factors and compounds
periods.py    calendar periods and their arithmetic; the words that give a date's parts
resolvers.py  one resolver per kind of date expression: its parts made into a period
places.py     the gazetteer: GeoNames, ISO 3166-2 and the package's place tables, built and cached

Nothing is imported here.
"""

__all__: list[str] = []
