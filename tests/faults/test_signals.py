"""SIGTERM and SIGINT during an export: the temporary file goes, the previous output stays."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.conftest import ROOT, TIMEOUT, leftovers

PREVIOUS = b"%PDF the previous export"

# Runs the command line with the disk flush made slow: the test signals the
# child while its temporary file exists (it says so by creating a marker file).
CHILD = """\
import os, sys, time
from pathlib import Path
from briefgen import cli

marker = Path(sys.argv[1])
output_folder = sys.argv[2]
real_fsync = os.fsync

def slow_fsync(fd):
    if os.readlink(f"/proc/self/fd/{fd}").startswith(output_folder + "/"):
        marker.touch()
        time.sleep(30)
    real_fsync(fd)

os.fsync = slow_fsync
sys.exit(cli.main(sys.argv[3:]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_an_export_leaves_no_temporary_file(
    signum: signal.Signals, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief.pdf"
    target.write_bytes(PREVIOUS)
    marker = tmp_path / "writing"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(marker), str(out), "export", "--template", "chronology",
         "-o", str(target)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    with child:
        deadline = time.monotonic() + TIMEOUT
        while not marker.exists():
            assert child.poll() is None, child.communicate()[1]
            assert time.monotonic() < deadline, "the export never started writing"
            time.sleep(0.05)
        assert len(leftovers(out)) == 1  # the temporary file being written
        os.kill(child.pid, signum)
        _, err = child.communicate(timeout=TIMEOUT)
    assert child.returncode == 128 + signum
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == (
        f"briefgen: stopped by {signum.name}; no file was left half-written"
    )
    assert leftovers(out) == []
    assert target.read_bytes() == PREVIOUS


def test_the_command_line_puts_back_the_signal_handlers_it_found(tmp_path: Path) -> None:
    from briefgen.cli import main

    before = signal.getsignal(signal.SIGTERM)
    main(["templates"])
    assert signal.getsignal(signal.SIGTERM) is before
