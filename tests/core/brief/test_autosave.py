"""Autosaves on disk: a running session's is never offered, a dead one's always is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from briefgen.core.brief.autosave import AutosaveSlot, autosave_dir, find_autosave
from briefgen.core.brief.file import FileStamp
from briefgen.core.brief.model import Brief
from briefgen.core.library.model import Bilingual

ROOT = Path(__file__).resolve().parents[3]
BRIEF = Brief(template="policy-brief", title=Bilingual("Recovered", "復元"))


def test_a_running_sessions_autosave_is_not_offered(tmp_path: Path) -> None:
    slot = AutosaveSlot(tmp_path)
    slot.write(BRIEF, None, None)
    assert slot.path.exists()
    assert find_autosave(tmp_path) is None
    slot.release()


def test_a_released_autosave_is_offered_with_its_original_file(tmp_path: Path) -> None:
    slot = AutosaveSlot(tmp_path)
    original = tmp_path / "work.brief"
    slot.write(BRIEF, original, FileStamp("ab" * 32))
    slot.release()
    assert not slot.path.with_suffix(".lock").exists()
    found = find_autosave(tmp_path)
    assert found is not None
    assert (found.path, found.brief, found.original) == (slot.path, BRIEF, original)
    assert found.original_stamp == FileStamp("ab" * 32)
    found.delete()
    assert list(tmp_path.iterdir()) == []


def test_a_discarded_autosave_leaves_nothing_to_recover(tmp_path: Path) -> None:
    slot = AutosaveSlot(tmp_path)
    slot.write(BRIEF, None, None)
    slot.discard()
    slot.release()
    assert find_autosave(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_a_lock_left_by_a_process_that_died_does_not_hide_its_autosave(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from briefgen.core.brief.autosave import AutosaveSlot
        from briefgen.core.brief.model import Brief
        from briefgen.core.library.model import Bilingual
        slot = AutosaveSlot(Path(sys.argv[1]))
        slot.write(Brief(template="chronology", title=Bilingual("Killed", "")), None, None)
        print(slot.path, flush=True)
        sys.stdin.readline()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        path = Path(child.stdout.readline().strip())
        assert find_autosave(tmp_path) is None, "the live process's autosave was offered"
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert path.with_suffix(".lock").exists()  # the dead process could not remove it
    found = find_autosave(tmp_path)
    assert found is not None
    assert found.path == path
    assert found.brief.title.en == "Killed"


def test_the_newest_readable_autosave_is_offered(tmp_path: Path) -> None:
    old, new, broken = (AutosaveSlot(tmp_path) for _ in range(3))
    old.write(BRIEF, None, None)
    new.write(Brief(template="chronology", title=Bilingual("Newer", "")), None, None)
    broken.write(BRIEF, None, None)
    broken.path.write_bytes(b"{not json")
    for number, slot in enumerate((old, new, broken)):
        os.utime(slot.path, (1_000_000 + number, 1_000_000 + number))
        slot.release()
    found = find_autosave(tmp_path)
    assert found is not None
    assert found.brief.title.en == "Newer"


def test_an_unreadable_note_recovers_the_brief_without_its_original(tmp_path: Path) -> None:
    slot = AutosaveSlot(tmp_path)
    slot.write(BRIEF, tmp_path / "work.brief", None)
    slot.release()
    slot.path.with_suffix(".json").write_text("[1, 2]")
    found = find_autosave(tmp_path)
    assert found is not None
    assert (found.brief, found.original, found.original_stamp) == (BRIEF, None, None)


def test_autosaves_live_in_the_data_folder(tmp_path: Path) -> None:
    slot = AutosaveSlot()
    assert slot.path.parent == autosave_dir()
    assert autosave_dir().parent == Path(os.environ["BRIEFGEN_DATA_DIR"])
    slot.release()
