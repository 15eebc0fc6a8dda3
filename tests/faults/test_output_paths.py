"""Output paths: every way `-o` can be wrong ends in one line, exit 2, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import leftovers, run_briefgen

EXPORT = ("export", "--template", "chronology", "--facts", "hq-established")
PREVIOUS = b"%PDF previous export, kept byte for byte"


def test_a_file_name_longer_than_the_filesystem_allows_is_refused(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 300 + ".pdf")
    outcome = run_briefgen(*EXPORT, "-o", str(target))
    assert outcome.code == 2
    assert "the file name is too long" in outcome.error_line
    assert str(tmp_path) in outcome.error_line
    assert list(tmp_path.iterdir()) == []


def test_a_long_name_that_fits_is_written_though_its_temporary_name_would_not(
    tmp_path: Path,
) -> None:
    target = tmp_path / ("y" * 250 + ".pdf")
    outcome = run_briefgen(*EXPORT, "-o", str(target))
    assert outcome.code == 0, outcome.err
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_parent_that_is_a_file_is_named_as_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_bytes(b"not a folder")
    outcome = run_briefgen(*EXPORT, "-o", str(tmp_path / "afile" / "x.pdf"))
    assert outcome.code == 2
    assert f"{tmp_path / 'afile'} is a file, not a folder" in outcome.error_line
    assert (tmp_path / "afile").read_bytes() == b"not a folder"


def test_a_folder_as_the_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.pdf").mkdir()
    outcome = run_briefgen(*EXPORT, "-o", str(tmp_path / "out.pdf"))
    assert outcome.code == 2
    assert "it is a folder" in outcome.error_line
    assert list((tmp_path / "out.pdf").iterdir()) == []


def test_a_read_only_export_is_kept_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(PREVIOUS)
    target.chmod(0o444)
    outcome = run_briefgen(*EXPORT, "-o", str(target))
    assert outcome.code == 2
    assert f"{target} is read-only" in outcome.error_line
    assert "--force" in outcome.error_line
    assert target.read_bytes() == PREVIOUS
    assert leftovers(tmp_path) == []

    forced = run_briefgen(*EXPORT, "--force", "-o", str(target))
    assert forced.code == 0, forced.err
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.stat().st_mode & 0o777 == 0o444  # replaced, permissions kept


def test_a_full_disk_keeps_the_previous_export_and_leaves_nothing(tiny_disk: Path) -> None:
    target = tiny_disk / "out.pdf"
    target.write_bytes(PREVIOUS)
    outcome = run_briefgen(*EXPORT, "-o", str(target))
    assert outcome.code == 2
    assert f"cannot write {target}: the disk is full" in outcome.error_line
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["out.pdf"]


def test_a_folder_the_user_may_not_enter_is_refused(
    shared_tmp: Path, unprivileged: tuple[str, ...]
) -> None:
    locked = shared_tmp / "locked"
    locked.mkdir()
    locked.chmod(0o000)
    outcome = run_briefgen(*EXPORT, "-o", str(locked / "x.pdf"), prefix=unprivileged)
    assert outcome.code == 2
    assert f"cannot write {locked / 'x.pdf'}: permission denied" in outcome.error_line


def test_a_folder_the_user_may_not_write_keeps_the_previous_export(
    shared_tmp: Path, unprivileged: tuple[str, ...]
) -> None:
    folder = shared_tmp / "readonly"
    folder.mkdir()
    target = folder / "out.pdf"
    target.write_bytes(PREVIOUS)
    target.chmod(0o666)
    folder.chmod(0o555)
    outcome = run_briefgen(*EXPORT, "-o", str(target), prefix=unprivileged)
    assert outcome.code == 2
    assert "permission denied" in outcome.error_line
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in folder.iterdir()) == ["out.pdf"]


@pytest.mark.parametrize("size_limit", [20_000])
def test_the_file_size_limit_keeps_the_previous_export(tmp_path: Path, size_limit: int) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(PREVIOUS)
    outcome = run_briefgen(
        *EXPORT, "-o", str(target), prefix=("prlimit", f"--fsize={size_limit}", "--")
    )
    assert outcome.code == 2
    assert f"cannot write {target}: the file size limit" in outcome.error_line
    assert target.read_bytes() == PREVIOUS
    assert leftovers(tmp_path) == []


def test_a_link_to_a_device_is_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "out.pdf"
    link.symlink_to("/dev/null")
    outcome = run_briefgen(*EXPORT, "--force", "-o", str(link))
    assert outcome.code == 2
    assert "cannot write /dev/null: it is not a regular file" in outcome.error_line
    assert Path("/dev/null").is_char_device()
    assert link.is_symlink()
