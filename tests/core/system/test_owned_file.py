"""A file owned by a running process is never taken for abandoned; one left by a dead process is."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from briefgen.core.system.owned_file import OwnedFile, abandoned, lock_path, remove_with_lock


def test_a_file_is_owned_while_its_lock_is_held_and_abandoned_after(tmp_path: Path) -> None:
    owned = OwnedFile(tmp_path / "made", "session", ".brief")
    owned.path.write_text("x")
    assert owned.path.parent == tmp_path / "made"
    assert owned.path.name.startswith("session-") and owned.path.suffix == ".brief"
    assert not abandoned(owned.path)
    owned.release()
    assert owned.path.exists() and not lock_path(owned.path).exists()
    assert abandoned(owned.path)


def test_a_file_left_by_a_killed_process_is_abandoned(tmp_path: Path) -> None:
    child = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from briefgen.core.system.owned_file import OwnedFile
        owned = OwnedFile(Path({str(tmp_path)!r}), "edit", ".json")
        owned.path.write_text("draft")
        print(owned.path, flush=True)
        sys.stdin.readline()
        os._exit(9)  # dies without releasing anything
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", child], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None and proc.stdin is not None
        path = Path(proc.stdout.readline().strip())
        assert not abandoned(path)  # its process is alive
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=30)
    assert abandoned(path)
    remove_with_lock(path)
    assert not path.exists() and not lock_path(path).exists()
