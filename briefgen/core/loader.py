"""Find and parse the files of a library folder.

A library folder holds ``library.yaml`` (name, version, topics),
``sources/*.yaml`` and ``facts/*.yaml`` (any depth). Each file is parsed on its
own, so one broken file never stops the others from loading.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefgen.core.library import (
    FACTS_DIR,
    INFO_FILE,
    SOURCES_DIR,
    FileContent,
)
from briefgen.core.problems import Problem, ProblemCode


class LibraryNotFoundError(Exception):
    """Raised when the library folder does not exist or is not a folder."""


def library_files(root: Path) -> list[str]:
    """Return the library's files as sorted POSIX paths relative to ``root``."""
    found: list[str] = []
    if (root / INFO_FILE).is_file():
        found.append(INFO_FILE)
    for folder in (SOURCES_DIR, FACTS_DIR):
        base = root / folder
        if base.is_dir():
            found.extend(
                sorted(
                    p.relative_to(root).as_posix()
                    for pattern in ("*.yaml", "*.yml")
                    for p in base.rglob(pattern)
                    if p.is_file() and not p.name.startswith(".")
                )
            )
    return found


def parse_file(root: Path, relative: str) -> FileContent:
    """Return the entries and problems of one library file (the same whatever the day)."""
    # Imported here: with a warm cache nothing is parsed, and PyYAML takes 10 ms to import.
    from briefgen.core.safe_yaml import YamlReadError, compose
    from briefgen.core.schema import read_entries, read_fact, read_info, read_source

    try:
        data = (root / relative).read_bytes()
    except OSError as exc:
        problem = Problem(
            ProblemCode.CANNOT_READ, relative, 1, params={"reason": str(exc.strerror or exc)}
        )
        return FileContent(relative, problems=(problem,))
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


def check_root(root: Path) -> Path:
    """Return ``root`` resolved, or raise :class:`LibraryNotFoundError`."""
    if not root.exists():
        raise LibraryNotFoundError(f"library folder {root} does not exist")
    if not root.is_dir():
        raise LibraryNotFoundError(f"{root} is not a folder")
    return root.resolve()
