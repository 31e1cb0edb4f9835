"""The command line run in the test's own process (`cli.main`), with its own stdin, stdout and stderr, so
the model loads once per test session instead of once per run. `test_cli.test_smoke_as_a_process` runs the
real executable once; every other CLI test goes through `run`."""

from __future__ import annotations

import contextlib
import io
import sys
from dataclasses import dataclass
from unittest import mock

from conftest import REPO

from extractor.cli import main

__all__ = ["Ran", "run"]


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str, stdin: str | None = None) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    stdin_bytes = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        mock.patch.object(sys, "stdin", stdin_bytes),
        contextlib.chdir(REPO),
    ):
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code if isinstance(exit_.code, int) else 2
    return Ran(code, out.getvalue(), err.getvalue())
