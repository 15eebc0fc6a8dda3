"""The `briefgen` entry point: the app with no arguments, the command line otherwise."""

from __future__ import annotations

import pytest

from briefgen.launcher import main


def test_without_a_display_the_app_explains_instead_of_crashing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([]) == 2
    assert "there is no display" in capsys.readouterr().err


def test_commands_go_to_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    assert "policy-brief" in capsys.readouterr().out
