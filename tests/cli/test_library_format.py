"""`briefgen library format`, tried on a copy of the bundled library: values kept, diffs minimal."""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

import msgspec
import pytest
import yaml

from briefgen.cli import main
from briefgen.core.curation.edit import LibraryEditor
from briefgen.core.library.model import Origin
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir


def _values(root: Path) -> tuple[dict[str, object], dict[str, object]]:
    library = load_library(root)
    nowhere = Origin("", 0)
    return (
        {k: msgspec.structs.replace(v, origin=nowhere) for k, v in library.facts.items()},
        {k: msgspec.structs.replace(v, origin=nowhere) for k, v in library.sources.items()},
    )


def _problems(root: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    main(["library", "check", "--library", str(root)])
    out = capsys.readouterr().out
    return [
        re.sub(r":\d+:", ":", line) for line in out.splitlines() if "library version" not in line
    ]


@pytest.mark.slow
def test_formatting_a_copy_of_the_bundled_library_keeps_every_value_and_makes_edits_minimal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "library"
    shutil.copytree(default_library_dir(), root)
    # The shipped library is kept in briefgen's layout ...
    assert main(["library", "format", "--library", str(root), "--check"]) == 0
    capsys.readouterr()
    # ... so lay one file out another way, as a hand edit or another tool would.
    people = root / "facts" / "people.yaml"
    data = yaml.safe_load(people.read_text(encoding="utf-8"))
    people.write_text(
        yaml.safe_dump(data, width=50, sort_keys=True, allow_unicode=True), encoding="utf-8"
    )
    values, problems = _values(root), _problems(root, capsys)

    assert main(["library", "format", "--library", str(root), "--check"]) == 1
    capsys.readouterr()
    assert main(["library", "format", "--library", str(root)]) == 0
    assert "formatted" in capsys.readouterr().err
    assert _values(root) == values
    assert _problems(root, capsys) == problems
    assert main(["library", "format", "--library", str(root), "--check"]) == 0  # idempotent
    capsys.readouterr()

    library = load_library(root)
    fact = next(iter(library.facts.values()))
    file = root / fact.origin.path
    before = file.read_text(encoding="utf-8")
    LibraryEditor(library).edit_fact(msgspec.structs.replace(fact, notes="Checked again."))
    changed = [
        line
        for line in difflib.unified_diff(
            before.splitlines(), file.read_text(encoding="utf-8").splitlines(), n=0, lineterm=""
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    added = [line for line in changed if line.startswith("+")]
    assert len(added) == 1 and re.fullmatch(r"\+    notes: (['\"]?)Checked again\.\1", added[0])
    assert all(line.startswith(("-    notes:", "-      ")) for line in changed[:-1])
