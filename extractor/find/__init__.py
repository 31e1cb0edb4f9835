"""Finders: spaCy Docs (one per text block) -> candidate facts of one family each.

A candidate is a plain dict: {"block": index into docs, "start": char offset in that doc,
"end": ..., "kind": ..., and the kind's own fields from SPEC.md}. facts.py adds the evidence.
"""
