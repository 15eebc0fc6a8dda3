"""Atomic writes: all or nothing, with a clear reason on failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefgen.core.system.atomic import WriteError, WriteReason, write_atomic


def test_write_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.docx"
    write_atomic(path, b"old")
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_full_disk_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.pdf"
    path.write_bytes(b"previous export")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(WriteError, match="the disk is full"):
        write_atomic(path, b"x" * 1000)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match=r"the folder .*nope does not exist"):
        write_atomic(tmp_path / "nope" / "out.pdf", b"x")


def test_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="it is a folder"):
        write_atomic(tmp_path, b"x")


def test_permission_error_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("briefgen.core.system.atomic._create", refuse)
    with pytest.raises(WriteError, match="permission denied"):
        write_atomic(tmp_path / "out.pdf", b"x")


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_a_new_file_gets_the_permissions_the_umask_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: int
) -> None:
    path = tmp_path / "out.pdf"
    previous = os.umask(umask)
    try:
        # The umask is process-wide: writing must never change it, even briefly,
        # while other threads (exports in the background) create files.
        monkeypatch.setattr(os, "umask", _no_umask)
        write_atomic(path, b"x")
    finally:
        monkeypatch.undo()
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def _no_umask(mask: int) -> int:
    raise AssertionError(f"os.umask({mask:#o}) called while writing")


def test_writing_through_a_symbolic_link_updates_its_target(tmp_path: Path) -> None:
    target = tmp_path / "synced" / "brief.brief"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "brief.brief"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


def test_a_write_error_says_why_as_a_value_too(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    with pytest.raises(WriteError) as caught:
        write_atomic(missing / "out.pdf", b"x")
    assert (caught.value.reason, caught.value.other) == (WriteReason.NO_FOLDER, missing)
    assert caught.value.path == missing / "out.pdf"
    assert (
        str(caught.value)
        == f"cannot write {missing / 'out.pdf'}: the folder {missing} does not exist"
    )
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WriteError) as caught:
        write_atomic(blocker / "out.pdf", b"x")
    assert (caught.value.reason, caught.value.other) == (WriteReason.FILE_IN_THE_WAY, blocker)
