"""One version, defined in briefgen/_version.py, shown by the command line and the package."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys

import pytest

import briefgen
from briefgen._version import __version__
from briefgen.cli import main


def test_version_is_printed_by_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefgen {__version__}"


def test_the_launcher_hands_version_to_the_command_line_without_qt() -> None:
    script = (
        "import sys\n"
        "from briefgen.launcher import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('PySide6' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == [f"briefgen {__version__}", "False"]


def test_the_package_metadata_and_the_root_module_carry_the_same_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert briefgen.__version__ == __version__
    assert importlib.metadata.version("briefgen") == __version__
