"""Every package the code imports is one pyproject.toml declares: none is used because another happens to bring it
(python-dateutil came with htmldate until resolvers read dateutil.easter and it was declared)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from conftest import REPO


def _imported_roots() -> set[str]:
    roots = set()
    for path in (REPO / "extractor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                roots.add(node.module.split(".")[0])
    return roots - set(sys.stdlib_module_names) - {"extractor"}


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"]) + [
        s for extra in project.get("optional-dependencies", {}).values() for s in extra
    ]
    return {re.split(r"[\s<>=!~;\[]", s, maxsplit=1)[0].lower().replace("_", "-") for s in specs}


def test_every_imported_package_is_declared():
    dists = packages_distributions()
    declared = _declared()
    undeclared = {
        root: dists.get(root, [root])
        for root in _imported_roots()
        if not any(d.lower().replace("_", "-") in declared for d in dists.get(root, [root]))
    }
    assert undeclared == {}
