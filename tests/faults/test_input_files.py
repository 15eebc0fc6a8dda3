"""Input files are checked for kind and size before they are read: no hang, no memory blow-up."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.core.brief.file import MAX_BRIEF_BYTES
from briefgen.core.library.safe_yaml import MAX_FILE_BYTES
from briefgen.core.system.input_file import InputFileError, read_input_file
from tests.conftest import LibraryFactory
from tests.faults.conftest import run_briefgen

# A child that reads a 3 GB file whole runs out of this much address space.
MEMORY_CAP = ("prlimit", f"--as={1536 * 1024 * 1024}", "--")
TIMEOUT = 30  # a read that blocks on a pipe shows up as a timeout, not a hung suite


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def folder(path: Path) -> Path:
    path.mkdir()
    return path


def zero_link(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


# How each is made, what a brief's error says, what the library check says.
SPECIAL: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "named pipe": (
        fifo,
        "is a named pipe, not a regular file",
        "cannot read: a named pipe, not a regular file",
    ),
    "device": (
        zero_link,
        "is a device, not a regular file",
        "cannot read: a device, not a regular file",
    ),
    "folder": (folder, "is a folder, not a file", ""),
    "3 GB sparse file": (
        lambda p: sparse(p, 3 * 1024**3),
        "file is too large (3072 MB",
        "file is too large (3072 MB; the limit is 16 MB)",
    ),
}


@pytest.mark.parametrize("case", sorted(SPECIAL))
def test_a_special_or_huge_brief_file_is_refused_before_it_is_read(
    case: str, tmp_path: Path
) -> None:
    make, reason, _ = SPECIAL[case]
    brief = make(tmp_path / "in.brief")
    outcome = run_briefgen(
        "export", str(brief), "-o", str(tmp_path / "out.pdf"), prefix=MEMORY_CAP, timeout=TIMEOUT
    )
    assert outcome.code == 2
    assert f"{brief}: {reason}" in outcome.error_line
    assert not (tmp_path / "out.pdf").exists()


def test_dev_zero_as_a_brief_is_refused(tmp_path: Path) -> None:
    outcome = run_briefgen(
        "export", "/dev/zero", "-o", str(tmp_path / "out.pdf"), prefix=MEMORY_CAP, timeout=TIMEOUT
    )
    assert outcome.code == 2
    assert "/dev/zero: is a device, not a regular file" in outcome.error_line


@pytest.mark.parametrize("case", sorted(SPECIAL))
def test_a_special_or_huge_library_file_is_reported_and_the_rest_loads(
    case: str, make_library: LibraryFactory
) -> None:
    make, _, reason = SPECIAL[case]
    root = make_library()
    make(root / "facts" / "odd.yaml")
    outcome = run_briefgen(
        "library", "check", "--library", str(root), prefix=MEMORY_CAP, timeout=TIMEOUT
    )
    if case == "folder":  # a folder named .yaml is a folder of facts files: nothing in it
        assert outcome.code == 0
        assert "facts/odd.yaml" not in outcome.out
        return
    assert outcome.code == 1
    assert f"facts/odd.yaml:1: {reason}" in outcome.out
    assert outcome.out.strip().splitlines()[-1].startswith("3 facts, 2 sources: 1 error")


def test_a_special_library_yaml_is_reported(make_library: LibraryFactory) -> None:
    root = make_library()
    (root / "library.yaml").unlink()
    fifo(root / "library.yaml")
    outcome = run_briefgen("library", "check", "--library", str(root), timeout=TIMEOUT)
    assert outcome.code == 1
    assert "library.yaml:1: cannot read: a named pipe, not a regular file" in outcome.out


def test_reading_stops_at_the_limit_when_the_size_lies(tmp_path: Path) -> None:
    # /proc files report a size of 0 and a device has none: only reading shows it.
    with pytest.raises(InputFileError, match="over the limit"):
        read_input_file(Path("/proc/self/maps"), 10)


def test_a_file_at_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "exact"
    path.write_bytes(b"x" * 100)
    assert read_input_file(path, 100) == b"x" * 100
    with pytest.raises(InputFileError, match="too large"):
        read_input_file(path, 99)


def test_the_limits_are_what_the_fault_table_says() -> None:
    assert MAX_FILE_BYTES == 16 * 1024 * 1024
    assert MAX_BRIEF_BYTES == 20 * 1024 * 1024
