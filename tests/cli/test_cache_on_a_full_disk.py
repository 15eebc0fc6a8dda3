"""A full disk under the cache folder: search and export go on from the files, with one warning.

The cache folder is put on a real, tiny filesystem (a tmpfs mounted in a user
and mount namespace of the test's own, so no privileges are needed), which is
then filled up, as a user's disk fills up.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TypedDict

import pytest

from tests.conftest import LibraryFactory

ROOT = Path(__file__).resolve().parents[2]

# Runs inside the namespace: fills the small filesystem (leaving ``room`` bytes
# free), then runs the command line as a user would, and reports what it saw.
_CHILD = """
import json, os, subprocess, sys
mount, root, room, output, prepare = sys.argv[1:6]
env = {**os.environ, "BRIEFGEN_CACHE_DIR": os.path.join(mount, "cache")}
def briefgen(*args):
    run = subprocess.run([sys.executable, "-m", "briefgen.cli", *args], env=env,
                         capture_output=True, text=True)
    return [run.returncode, run.stdout, run.stderr]
runs = []
if prepare == "1":  # a cache made while there was room
    runs.append(briefgen("library", "search", "本部", "--library", root))
    with open(os.path.join(root, "facts", "facts.yaml"), "a", encoding="utf-8") as f:
        f.write("# edited\\n")
with open(os.path.join(mount, "filler"), "wb", buffering=0) as filler:
    try:
        while True:
            filler.write(b"x" * 4096)
    except OSError:
        pass
if int(room):
    os.truncate(os.path.join(mount, "filler"), os.path.getsize(os.path.join(mount, "filler"))
                - int(room))
for _ in range(2):
    runs.append(briefgen("library", "search", "本部", "--library", root))
runs.append(briefgen("export", "--template", "chronology", "--library", root,
                     "--facts", "hq-established", "-o", output))
runs.append(briefgen("library", "check", "--library", root))
cache = os.path.join(mount, "cache", "index")
left = sorted(os.listdir(cache)) if os.path.isdir(cache) else []
print(json.dumps({"runs": runs, "free": os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize,
                  "left": left}))
"""


class Outcome(TypedDict):
    """What the child saw: each command's (exit status, stdout, stderr), room left, cache files."""

    runs: list[tuple[int, str, str]]
    free: int
    left: list[str]


def _cache_files(outcome: Outcome) -> list[str]:
    return [name for name in outcome["left"] if name.endswith(("sqlite3", "-wal", "-shm"))]


def _run_on_a_full_disk(root: Path, tmp_path: Path, *, room: int, prepare: bool) -> Outcome:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs util-linux unshare to mount a small filesystem without privileges")
    mount = tmp_path / "small-disk"
    mount.mkdir()
    probe = subprocess.run(
        [unshare, "-rm", "sh", "-c", 'mount -t tmpfs -o size=2m tmpfs "$0"', str(mount)],
        capture_output=True,
    )
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available to mount a small filesystem")
    output = tmp_path / "brief.pdf"
    child = subprocess.run(
        [unshare, "-rm", "sh", "-c", 'mount -t tmpfs -o size=2m tmpfs "$0" && exec "$@"',
         str(mount), sys.executable, "-c", _CHILD, str(mount), str(root), str(room),
         str(output), "1" if prepare else "0"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    result: Outcome = json.loads(child.stdout)
    assert output.read_bytes().startswith(b"%PDF")
    return result


def _check_runs(result: Outcome) -> None:
    runs = result["runs"]
    *searches, export, check = runs[-4:]
    for code, out, err in searches:
        assert code == 0, err
        assert "hq-established" in out
        assert "Traceback" not in err and "Error" not in err
        assert err.count("warning:") == 1 and "is full" in err
    assert export[0] == 0 and "Traceback" not in export[2] and "wrote" in export[2]
    assert check[0] == 0 and "Traceback" not in check[2]


@pytest.mark.slow
def test_no_room_at_all_for_the_cache(make_library: LibraryFactory, tmp_path: Path) -> None:
    result = _run_on_a_full_disk(make_library(), tmp_path, room=0, prepare=False)
    _check_runs(result)
    assert _cache_files(result) == []


@pytest.mark.slow
def test_little_room_is_not_filled_by_the_cache_again_and_again(
    make_library: LibraryFactory, tmp_path: Path
) -> None:
    result = _run_on_a_full_disk(make_library(), tmp_path, room=64 * 1024, prepare=False)
    _check_runs(result)
    assert result["free"] >= 48 * 1024  # folders and the lock file only
    assert _cache_files(result) == []


@pytest.mark.slow
def test_a_cache_made_before_the_disk_filled_up_is_removed_when_it_cannot_be_updated(
    make_library: LibraryFactory, tmp_path: Path
) -> None:
    result = _run_on_a_full_disk(make_library(), tmp_path, room=0, prepare=True)
    first = result["runs"][0]
    assert first[0] == 0 and first[2].count("warning") == 0
    _check_runs(result)
    assert result["free"] > 0  # the space the cache took is given back
