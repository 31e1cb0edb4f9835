"""The README's Python snippets and the package docstring's doctest run as written."""

from __future__ import annotations

import doctest
import os
import re

import pytest
from conftest import REPO

import extractor

SECTION = re.search(r"## Use it from Python\n(.*?)\n## ", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
SNIPPETS = re.findall(r"```python\n(.*?)```", SECTION.group(1) if SECTION else "", re.S)


def test_the_section_has_snippets():
    assert len(SNIPPETS) >= 2


@pytest.mark.parametrize("n", range(len(SNIPPETS)))
def test_readme_snippet_runs(n, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    code = SNIPPETS[n].replace('"review.html"', repr(os.fspath(tmp_path / "review.html")))
    exec(compile(code, f"README.md snippet {n + 1}", "exec"), {})
    printed = capsys.readouterr().out
    assert printed.strip()
    if "view(" in code:
        assert "<html" in (tmp_path / "review.html").read_text(encoding="utf-8").lower()


def test_package_doctest():
    failures, tried = doctest.testmod(extractor)
    assert tried >= 2 and failures == 0
