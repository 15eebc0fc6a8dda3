"""Drafts of library edits: kept while their manager runs, offered once it has ended."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from briefgen.core.curation.drafts import DraftSlot, LibraryDraft, delete_draft, find_drafts


def _draft(root: Path, text: str = "typed") -> LibraryDraft:
    return LibraryDraft(str(root), "fact", "new", "", {"en": text, "sources": [["cao", "", ""]]})


def test_a_draft_of_a_running_manager_is_not_offered(tmp_path: Path) -> None:
    slot = DraftSlot(tmp_path / "drafts")
    slot.write(_draft(tmp_path))
    assert find_drafts(tmp_path, tmp_path / "drafts") == []
    slot.release()  # the manager closed with the editor open: the draft is kept
    found = find_drafts(tmp_path, tmp_path / "drafts")
    assert [draft.fields["en"] for _, draft in found] == ["typed"]
    delete_draft(found[0][0])
    assert find_drafts(tmp_path, tmp_path / "drafts") == []


def test_a_saved_or_cancelled_edit_leaves_no_draft(tmp_path: Path) -> None:
    slot = DraftSlot(tmp_path / "drafts")
    slot.write(_draft(tmp_path))
    slot.discard()
    assert find_drafts(tmp_path, tmp_path / "drafts") == []


def test_only_the_drafts_of_the_library_opened_are_offered(tmp_path: Path) -> None:
    other = tmp_path / "other"
    slot = DraftSlot(tmp_path / "drafts")
    slot.write(_draft(other))
    slot.release()
    assert find_drafts(tmp_path, tmp_path / "drafts") == []
    assert len(find_drafts(other, tmp_path / "drafts")) == 1


def test_the_draft_of_a_process_that_was_killed_is_offered(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from briefgen.core.curation.drafts import DraftSlot, LibraryDraft
        slot = DraftSlot(Path({str(tmp_path / "drafts")!r}))
        slot.write(LibraryDraft({str(tmp_path)!r}, "fact", "edit", "act-enacted", {{"en": "x"}}))
        os._exit(9)  # no clean-up: as if the manager crashed
        """
    )
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == 9
    found = find_drafts(tmp_path, tmp_path / "drafts")
    assert [(d.mode, d.original_id) for _, d in found] == [("edit", "act-enacted")]


def test_a_damaged_draft_is_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "edit-1-00.json").write_text("{not json", encoding="utf-8")
    assert find_drafts(tmp_path, folder) == []
