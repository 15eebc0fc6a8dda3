"""Build hook: compile the Qt translations into every wheel.

The .qm files are build products that git ignores; without this hook, a wheel
built from a clean checkout (``pip wheel .``) would carry none, and an
installed copy would show an English interface to a Japanese user. The hook
runs pyside6-lrelease from the build environment (PySide6-Essentials, a hook
dependency) and adds the compiled files where ``briefgen.core.system.paths`` looks in
an installed wheel (``briefgen/_data/translations``). Editable installs read
the checkout's ``translations/`` folder, which ``make`` fills.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile translations/*.ts into the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile each .ts file and force-include the .qm file in the wheel."""
        if self.target_name != "wheel" or version == "editable":
            return
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
        if tool is None:
            raise RuntimeError("pyside6-lrelease not found: PySide6-Essentials must be installed")
        out = Path(tempfile.mkdtemp(prefix="briefgen-qm-"))
        for source in sorted(Path(self.root, "translations").glob("*.ts")):
            target = out / source.with_suffix(".qm").name
            subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = f"briefgen/_data/translations/{target.name}"
