"""The README's Python snippets (the API, pandas, the review page, Dask) and the package doctest run as written;
only the paths they write to are moved into a temporary folder."""

from __future__ import annotations

import doctest
import os
import re

import pytest
from conftest import REPO

import extractor

SNIPPETS = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)


def test_the_readme_has_its_snippets():
    assert len(SNIPPETS) >= 3  # the library API, pandas and the review page, Dask


# the Dask snippet starts a real two-worker cluster: in the slow tier with tests/test_dask.py
@pytest.mark.parametrize(
    "n", [pytest.param(n, marks=pytest.mark.slow) if "dask" in s else n for n, s in enumerate(SNIPPETS)]
)
def test_readme_snippet_runs(n, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    code = SNIPPETS[n].replace('"review.html"', repr(os.fspath(tmp_path / "review.html")))
    code = code.replace('"out/facts/"', repr(os.fspath(tmp_path / "facts") + "/"))
    exec(compile(code, f"README.md snippet {n + 1}", "exec"), {})
    printed = capsys.readouterr().out
    assert printed.strip()
    if "view(" in code:
        assert "<html" in (tmp_path / "review.html").read_text(encoding="utf-8").lower()


def test_package_doctest():
    failures, tried = doctest.testmod(extractor)
    assert tried >= 2 and failures == 0
