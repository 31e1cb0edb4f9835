"""The pages stage: pages of one article found, grouped and stitched.

links.py     next-page links on a page (the crawler follows them; saved pages carry them)
grouping.py  saved pages grouped into articles by those links
stitch.py    an article's pages' blocks into one text, repeats kept once
page.py      ParsedPage, the unit all three work on
patterns.py  data/pagination.json and the normal forms of link texts, URLs and titles they compare by
"""

__all__: list[str] = []
