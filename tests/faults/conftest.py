"""Helpers for the fault suite: run briefgen as a user would, as a non-root user, on a full disk.

Every case runs the command line in a child process (so a hang is a timeout,
not a stuck test run, and a traceback is seen as the user would see it) and
checks the three promises of docs/faults.md: one line naming the path and the
reason, the previous output byte-identical, and no temporary file left behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
TIMEOUT = 60


@dataclass(frozen=True)
class Outcome:
    """What a user saw: the exit status, standard output and standard error."""

    code: int
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """Return the one error line, asserting that it is the only line about the failure."""
        lines = [line for line in self.err.splitlines() if line.startswith("briefgen: error:")]
        assert len(lines) == 1, self.err
        return lines[0]


def run_briefgen(
    *args: str,
    prefix: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> Outcome:
    """Run ``briefgen ARGS`` in a child process and return what it printed; never a traceback."""
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "briefgen.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return Outcome(result.returncode, result.stdout, result.stderr)


def leftovers(folder: Path) -> list[str]:
    """Return the temporary files an export may have left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


_DROP_OVERRIDE = (
    "setpriv",
    "--bounding-set",
    "-dac_override,-dac_read_search,-fowner",
)
_NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")


def _works(prefix: tuple[str, ...]) -> bool:
    try:
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import briefgen.cli"],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
            cwd=ROOT,
        )
    except OSError:
        return False
    return probe.returncode == 0


@pytest.fixture(scope="session")
def unprivileged() -> tuple[str, ...]:
    """Return a command prefix that runs a program as a user file permissions apply to.

    Not root: nothing. Root: the user nobody if it can run this Python, else
    root without the capabilities that override file permissions. Otherwise
    the test is skipped, saying why.
    """
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is not installed: cannot drop privileges")
    for prefix in (_NOBODY, _DROP_OVERRIDE):
        if _works(prefix):
            return prefix
    pytest.skip("running as root and neither 'nobody' nor a capability-less root can run Python")


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """Return a folder every user can enter (pytest's own temporary folders are root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="briefgen-faults-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            with contextlib.suppress(OSError):
                path.chmod(0o700 if path.is_dir() else 0o600)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """Return a 64 KB tmpfs mounted for the test (root only); skipped, saying why, otherwise."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
