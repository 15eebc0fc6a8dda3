"""Print briefgen's requirements for running its tests without Qt, one per line.

    python scripts/requirements_without_qt.py > requirements.txt

Every runtime dependency in pyproject.toml except PySide6, and of the ``dev``
extra the test runner, the property-testing library and babel (the dates'
reference); pytest-qt needs Qt.
``make test-no-qt`` installs these in a virtual environment of their own.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = ("pyside6", "shiboken6", "pytest-qt")
TEST_TOOLS = ("pytest", "hypothesis", "babel")


def _name(requirement: str) -> str:
    for separator in "<>=!~;[ ":
        requirement = requirement.split(separator, 1)[0]
    return requirement.lower()


def requirements() -> list[str]:
    """Return the requirements, as pyproject.toml writes them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = [r for r in project["dependencies"] if not _name(r).startswith(QT)]
    dev = [r for r in project["optional-dependencies"]["dev"] if _name(r) in TEST_TOOLS]
    return runtime + dev


if __name__ == "__main__":
    sys.stdout.write("".join(f"{line}\n" for line in requirements()))
