"""Which exact state of the library a brief or a check was made from.

When the library folder is in a git working copy, its revision is the commit
and whether the folder has local changes; it is read with ``git`` if that is
installed, without ever changing the repository (no index refresh, no lock).
Otherwise, or when git cannot tell, it is a digest of every library file's
content, which changes whenever any file does.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, overload

_GIT_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Revision:
    """A library revision: a git commit (with or without local changes) or a content digest."""

    commit: str = ""
    dirty: bool = False
    digest: str = ""

    def __str__(self) -> str:
        if self.commit:
            return f"git {self.commit[:12]}" + (" with local changes" if self.dirty else "")
        return f"content {self.digest[:16]}"


def content_digest(digests: Mapping[str, str]) -> str:
    """Return one digest of every file's path and content digest."""
    total = hashlib.sha256()
    for path in sorted(digests):
        total.update(os.fsencode(path) + b"\0" + digests[path].encode("ascii") + b"\n")
    return total.hexdigest()


def library_revision(root: Path, digests: Mapping[str, str]) -> Revision:
    """Return the revision of the library in ``root`` whose files have ``digests``."""
    git = shutil.which("git")
    if git is not None:
        commit = _git(git, root, "rev-parse", "--verify", "-q", "HEAD")
        tracked = _tracked(git, root) if commit else None
        # A library folder that git ignores (or was never added) is in no commit.
        if commit and tracked is not None and tracked & digests.keys():
            status = _git(git, root, "status", "--porcelain", "--untracked-files=all", "--", ".")
            if status is not None:
                dirty = bool(status.strip()) or not digests.keys() <= tracked
                return Revision(commit=commit.strip(), dirty=dirty)
    return Revision(digest=content_digest(digests))


def _tracked(git: str, root: Path) -> set[str] | None:
    """Return the files under ``root`` that git tracks, relative to it (None if git fails)."""
    out = _git(git, root, "ls-files", "-z", "--", ".", text=False)
    if out is None:
        return None
    return {os.fsdecode(name) for name in out.split(b"\0") if name}


@overload
def _git(git: str, root: Path, *args: str) -> str | None: ...
@overload
def _git(git: str, root: Path, *args: str, text: Literal[False]) -> bytes | None: ...
def _git(git: str, root: Path, *args: str, text: bool = True) -> str | bytes | None:
    # --no-optional-locks: git status must not refresh (write) the index.
    # GIT_DIR, GIT_WORK_TREE and the like would make git read another repository
    # than the one the library folder is in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    try:
        run = subprocess.run(
            [git, "--no-optional-locks", "-C", str(root), *args],
            capture_output=True,
            text=text,
            timeout=_GIT_SECONDS,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return run.stdout if run.returncode == 0 else None
