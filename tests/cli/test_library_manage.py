"""`briefgen library manage` opens the manager window; the command line imports Qt only then."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import briefgen.launcher
from briefgen.cli import main


def test_library_manage_hands_the_library_folder_to_the_manager(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[str | None] = []

    def run_manager(library: str | None) -> int:
        opened.append(library)
        return 0

    monkeypatch.setattr(briefgen.launcher, "run_manager", run_manager)
    assert main(["library", "manage", "--library", str(tmp_path)]) == 0
    assert main(["library", "manage"]) == 0
    assert opened == [str(tmp_path), None]


def test_the_command_line_does_not_import_qt_until_the_manager_opens() -> None:
    script = (
        "import sys\n"
        "from briefgen.cli import main\n"
        "try:\n"
        "    main(['library', 'manage', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('PySide6' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "library manager" in done.stdout
    assert done.stdout.splitlines()[-1] == "False"


def test_without_a_display_the_manager_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert briefgen.launcher.run_manager(None) == 2
