"""Find and parse the files of a library folder.

A library folder holds ``library.yaml`` (name, version, topics),
``sources/*.yaml`` and ``facts/*.yaml`` (any depth). Each file is parsed on its
own, so one broken file never stops the others from loading.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from briefgen.core.library.assembly import (
    FACTS_DIR,
    INFO_FILE,
    SOURCES_DIR,
    FileContent,
)
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.core.system.input_file import InputFileError, read_input_file


class LibraryNotFoundError(Exception):
    """Raised when the library folder does not exist or is not a folder."""


def library_files(root: Path) -> tuple[list[str], list[FileContent]]:
    """Return the library's files as POSIX paths relative to ``root``, and folder problems.

    Every ``.yaml`` or ``.yml`` name under ``sources/`` and ``facts/`` is a
    file to parse, whatever it turns out to be: :func:`parse_file` reports a
    pipe, a device or a loop of symbolic links at its path. What cannot be
    parsed at all (a folder that cannot be read, ``library.yaml`` that is a
    folder, ``facts`` that is a file, a link to a folder that contains it) comes
    back as content holding only its problem. Hidden names are skipped.
    """
    found: list[str] = []
    problems: list[Problem] = []
    info = root / INFO_FILE
    if info.is_dir():
        problems.append(_cannot_read(INFO_FILE, "a folder: library.yaml must be a file"))
    elif info.exists() or info.is_symlink():
        found.append(INFO_FILE)
    for folder in (SOURCES_DIR, FACTS_DIR):
        base = root / folder
        if base.is_dir():
            # Sorted within each folder, after library.yaml: the search index
            # numbers its rows in this order.
            in_folder: list[str] = []
            _walk(root, base, {os.path.realpath(root), os.path.realpath(base)}, in_folder, problems)
            found.extend(sorted(in_folder))
        elif base.exists() or base.is_symlink():
            problems.append(_cannot_read(folder, f"not a folder: {folder} must be a folder"))
    unlisted = [FileContent(p.path, problems=(p,)) for p in problems]
    return found, unlisted


def _cannot_read(relative: str, reason: str) -> Problem:
    return Problem(ProblemCode.CANNOT_READ, relative, 1, params={"reason": reason})


def _walk(
    root: Path, folder: Path, ancestors: set[str], found: list[str], problems: list[Problem]
) -> None:
    relative = folder.relative_to(root).as_posix()
    try:
        with os.scandir(folder) as scan:
            entries = list(scan)
    except OSError as exc:
        reason = "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else exc.strerror
        problems.append(_cannot_read(relative, f"the folder cannot be listed ({reason})"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        path = Path(entry.path)
        if is_folder:
            real = os.path.realpath(path)
            if real in ancestors:
                where = path.relative_to(root).as_posix()
                reason = "a symbolic link to a folder that contains it (a loop): skipped"
                problems.append(_cannot_read(where, reason))
                continue
            _walk(root, path, ancestors | {real}, found, problems)
        elif entry.name.endswith((".yaml", ".yml")):
            found.append(path.relative_to(root).as_posix())


def parse_file(root: Path, relative: str) -> FileContent:
    """Return the entries and problems of one library file (the same whatever the day)."""
    # Imported here: with a warm cache nothing is parsed, and PyYAML takes 10 ms to import.
    from briefgen.core.library.safe_yaml import MAX_FILE_BYTES, YamlReadError, compose
    from briefgen.core.library.schema import read_entries, read_fact, read_info, read_source

    try:
        data = read_input_file(root / relative, MAX_FILE_BYTES)
    except InputFileError as exc:
        return FileContent(relative, problems=(_unreadable(relative, exc),))
    digest = hashlib.sha256(data).hexdigest()  # edits check the file is still this one
    try:
        node = compose(data)
    except YamlReadError as exc:
        return FileContent(relative, problems=(exc.problem(relative),), digest=digest)
    if relative == INFO_FILE:
        info, problems = read_info(node, relative)
        return FileContent(relative, info=info, problems=tuple(problems), digest=digest)
    if relative.startswith(SOURCES_DIR + "/"):
        sources, problems = read_entries(node, "sources", relative, read_source)
        return FileContent(
            relative, sources=tuple(sources), problems=tuple(problems), digest=digest
        )
    facts, problems = read_entries(node, "facts", relative, read_fact)
    return FileContent(relative, facts=tuple(facts), problems=tuple(problems), digest=digest)


def _unreadable(relative: str, exc: InputFileError) -> Problem:
    if exc.errno == errno.EFBIG:
        mb = 1024 * 1024
        size = f"{exc.size / mb:.0f}" if exc.size is not None else f"over {exc.limit // mb}"
        params = {"size_mb": size, "limit_mb": f"{exc.limit // mb}"}
        return Problem(ProblemCode.FILE_TOO_LARGE, relative, 1, params=params)
    return _cannot_read(relative, exc.detail)


def check_root(root: Path) -> Path:
    """Return ``root`` resolved, or raise :class:`LibraryNotFoundError`."""
    if not root.exists():
        raise LibraryNotFoundError(f"library folder {root} does not exist")
    if not root.is_dir():
        raise LibraryNotFoundError(f"{root} is not a folder")
    return root.resolve()
