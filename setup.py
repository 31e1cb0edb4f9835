"""Build step that pyproject.toml cannot express: the place gazetteer is built when the wheel is built and
shipped inside it, so an installed package never spends ~6-20 s building it in a fresh process (a short-lived
cluster worker, CI, a container without a writable home). Everything else is in pyproject.toml."""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithGazetteer(build_py):
    def run(self) -> None:
        # setuptools copies into a build/lib it never empties: a module that became a package (find/places.py ->
        # find/places/) would be left beside it and shadow it in the wheel; each build starts from the sources
        if not getattr(self, "editable_mode", False):
            shutil.rmtree(Path(self.build_lib) / "extractor", ignore_errors=True)
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install builds it on first use, into the user's cache
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from extractor.normalize import places  # stdlib only, plus the gazetteer's source packages

        target = Path(self.build_lib) / "extractor" / "data" / places.shipped_path().name
        places.write(places.build(), target)


setup(cmdclass={"build_py": BuildPyWithGazetteer})
