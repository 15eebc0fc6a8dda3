"""The garbage collector is tuned by the command line only, and only while a command runs."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.launcher import main as launch

ROOT = Path(__file__).resolve().parents[2]


def test_only_the_command_line_tunes_the_collector() -> None:
    callers = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "briefgen").rglob("*.py")
        if re.search(r"\bgc\.(disable|enable|freeze|set_threshold|collect)\(", path.read_text())
    )
    # cli.py turns it off for a command; a batch of exports collects between jobs;
    # the launcher's command-line branch turns it off for the command line's imports;
    # the app collects on its UI thread only.
    assert callers == [
        "briefgen/cli.py",
        "briefgen/cli_export.py",
        "briefgen/gui/main_thread_gc.py",
        "briefgen/launcher.py",
    ]


@pytest.mark.parametrize("enabled", [True, False])
def test_a_command_leaves_the_collector_as_it_found_it(
    enabled: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        assert main(["templates"]) == 0
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
    assert "policy-brief" in capsys.readouterr().out


@pytest.mark.parametrize("enabled", [True, False])
def test_the_launcher_leaves_the_collector_as_it_found_it(
    enabled: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        assert launch(["templates"]) == 0
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
    assert "policy-brief" in capsys.readouterr().out
