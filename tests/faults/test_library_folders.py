"""Library folders: what cannot be read, what is in the wrong place, what goes round in circles."""

from __future__ import annotations

from pathlib import Path

from briefgen.core.library.loader import library_files
from tests.conftest import FACTS_YAML, LIBRARY_YAML, SOURCES_YAML, LibraryFactory
from tests.faults.conftest import run_briefgen


def check(root: Path, prefix: tuple[str, ...] = ()) -> tuple[int, list[str]]:
    outcome = run_briefgen("library", "check", "--library", str(root), prefix=prefix)
    return outcome.code, outcome.out.strip().splitlines()


def write_library(root: Path) -> Path:
    for relative, body in {
        "library.yaml": LIBRARY_YAML,
        "sources/sources.yaml": SOURCES_YAML,
        "facts/facts.yaml": FACTS_YAML,
    }.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(body, encoding="utf-8")
    return root


def test_an_unreadable_facts_folder_is_an_error_not_an_empty_library(
    shared_tmp: Path, unprivileged: tuple[str, ...]
) -> None:
    root = write_library(shared_tmp / "lib")
    for path in [root, *root.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    (root / "facts").chmod(0o000)
    code, lines = check(root, unprivileged)
    assert code == 1
    assert "facts:1: cannot read: the folder cannot be listed (permission denied)" in lines
    assert lines[-1] == "0 facts, 2 sources: 1 error, 0 warnings"


def test_library_yaml_as_a_folder_says_so(make_library: LibraryFactory) -> None:
    root = make_library()
    (root / "library.yaml").unlink()
    (root / "library.yaml").mkdir()
    code, lines = check(root)
    assert code == 1
    assert "library.yaml:1: cannot read: a folder: library.yaml must be a file" in lines
    assert not any("missing library.yaml" in line for line in lines)


def test_facts_as_a_file_says_so(make_library: LibraryFactory) -> None:
    root = make_library({"sources/sources.yaml": SOURCES_YAML})
    (root / "facts" / "facts.yaml").unlink()
    (root / "facts").rmdir()
    (root / "facts").write_text(FACTS_YAML, encoding="utf-8")
    code, lines = check(root)
    assert code == 1
    assert "facts:1: cannot read: not a folder: facts must be a folder" in lines


def test_yaml_links_pointing_at_each_other_are_reported(make_library: LibraryFactory) -> None:
    root = make_library()
    (root / "facts" / "a.yaml").symlink_to("b.yaml")
    (root / "facts" / "b.yaml").symlink_to("a.yaml")
    code, lines = check(root)
    assert code == 1
    assert "facts/a.yaml:1: cannot read: a loop of symbolic links" in lines
    assert "facts/b.yaml:1: cannot read: a loop of symbolic links" in lines
    assert lines[-1].startswith("3 facts")


def test_a_folder_link_to_its_own_ancestor_is_reported_once_and_not_followed(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    (root / "facts" / "again").symlink_to("..")
    code, lines = check(root)
    assert code == 1
    assert (
        "facts/again:1: cannot read: a symbolic link to a folder that contains it (a loop): skipped"
        in lines
    )
    assert lines[-1].startswith("3 facts, 2 sources: 1 error")


def test_a_broken_yaml_link_is_reported(make_library: LibraryFactory) -> None:
    root = make_library()
    (root / "facts" / "gone.yaml").symlink_to("nowhere.yaml")
    code, lines = check(root)
    assert code == 1
    assert "facts/gone.yaml:1: cannot read: no such file" in lines


CYCLE = """\
facts:
  - id: a
    topic: act
    en: A.
    ja: A。
    as_of: 2025-01-01
    status: superseded
    superseded_by: b
    sources: [cao]
  - id: b
    topic: act
    en: B.
    ja: B。
    as_of: 2025-01-01
    status: superseded
    superseded_by: a
    sources: [cao]
"""


def test_a_superseded_by_cycle_is_reported_on_each_fact(make_library: LibraryFactory) -> None:
    code, lines = check(make_library({"facts/cycle.yaml": CYCLE}))
    assert code == 1
    assert (
        "facts/cycle.yaml:2: fact 'a': superseded_by goes round in a cycle (a -> b -> a)" in lines
    )
    assert (
        "facts/cycle.yaml:10: fact 'b': superseded_by goes round in a cycle (b -> a -> b)" in lines
    )
    assert lines[-1].startswith("3 facts, 2 sources: 2 errors")


def test_files_are_listed_in_the_order_the_search_index_numbers_them(
    make_library: LibraryFactory,
) -> None:
    root = make_library({"facts/a/z.yaml": FACTS_YAML.replace("id: ", "id: z-")})
    files, problems = library_files(root)
    assert files == ["library.yaml", "sources/sources.yaml", "facts/a/z.yaml", "facts/facts.yaml"]
    assert problems == []
