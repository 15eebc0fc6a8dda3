"""Compile the Qt translation sources (translations/*.ts) into .qm files beside them.

The .qm files are build products (git ignores them); `make run` and `make test`
build them with pyside6-lrelease, which ships with PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lrelease() -> str:
    """Return the path of pyside6-lrelease from this Python's environment."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def main() -> int:
    """Compile every .ts file whose .qm is missing or older."""
    for source in sorted((ROOT / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        print(f"built {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
