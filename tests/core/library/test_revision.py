"""The library's revision: a git commit and local changes, or a content digest; never a write."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from briefgen.cli import main
from briefgen.core.library.revision import library_revision
from briefgen.core.library.store import load_library
from tests.conftest import LibraryFactory

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(root: Path, *args: str) -> str:
    # Without GIT_DIR and its kin: run from a git hook or `git rebase --exec`, they
    # would point `git init` at the checkout's own repository (it once made it bare).
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()


def test_outside_git_the_revision_is_a_digest_of_the_content(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    first = load_library(root).revision
    assert not first.commit and len(first.digest) == 64
    assert load_library(root).revision == first
    facts = root / "facts" / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert library_revision(root, load_library(root).digests).digest != first.digest


@needs_git
def test_in_git_the_revision_is_the_commit_and_local_changes_without_touching_the_repo(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library()
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "lib")
    commit = _git(root, "rev-parse", "HEAD")
    index = root / ".git" / "index"
    facts = root / "facts" / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    before = (index.read_bytes(), index.stat().st_mtime_ns)

    assert main(["library", "check", "--library", str(root)]) == 0
    out = capsys.readouterr().out
    assert f"library version test-1 (git {commit[:12]} with local changes)" in out
    assert (index.read_bytes(), index.stat().st_mtime_ns) == before  # nothing written

    _git(root, "checkout", "--", "facts/facts.yaml")
    assert str(load_library(root).revision) == f"git {commit[:12]}"


def test_exports_record_the_library_version_in_their_properties(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library()
    revision = str(load_library(root).revision)
    for name in ("b.docx", "b.pdf"):
        out = tmp_path / name
        args = ["export", "--template", "chronology", "--library", str(root)]
        assert main([*args, "--facts", "hq-established", "-o", str(out)]) == 0
    capsys.readouterr()
    props = docx.Document(io.BytesIO((tmp_path / "b.docx").read_bytes())).core_properties
    assert props.version == f"test-1 ({revision})"
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "b.pdf")], capture_output=True, text=True, check=True
    ).stdout
    keywords = next(line for line in info.splitlines() if line.startswith("Keywords:"))
    assert keywords.endswith(f"library test-1 ({revision})")


@needs_git
def test_a_library_folder_that_git_ignores_is_versioned_by_its_content(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    repo = root.parent
    _git(repo, "init", "-q")
    (repo / ".gitignore").write_text(f"{root.name}/\n", encoding="utf-8")
    _git(repo, "add", ".gitignore")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "repo")
    revision = load_library(root).revision
    assert not revision.commit  # the commit holds none of the library's files
    assert revision.digest == load_library(root).revision.digest != ""


@needs_git
def test_an_ignored_file_in_a_committed_library_counts_as_a_local_change(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    _git(root, "init", "-q")
    (root / ".gitignore").write_text("facts/extra.yaml\n", encoding="utf-8")
    _git(root, "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "lib")
    assert not load_library(root).revision.dirty
    (root / "facts" / "extra.yaml").write_text("facts: []\n", encoding="utf-8")
    assert load_library(root).revision.dirty
