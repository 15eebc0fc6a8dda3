"""Many processes share one cache: a fresh cache, and searches while the library is edited."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FACTS_YAML, LibraryFactory

ROOT = Path(__file__).resolve().parents[3]

# Each child imports first, then opens the library as soon as the parent says
# "go" for a round, so that all of them hit the same fresh cache at once.
_FRESH_CACHE_CHILD = """
import json, sys, time
from pathlib import Path
from briefgen.core.library.store import open_library
root, caches, signals, number, rounds = sys.argv[1:6]
for r in range(int(rounds)):
    go = Path(signals) / f"go-{r}"
    while not go.exists():
        time.sleep(0.0005)
    with open_library(Path(root), cache_base=Path(caches) / f"round-{r}") as store:
        result = [store.search("本部"), store.search("penalty"), len(store.warnings)]
    print(json.dumps(result), flush=True)
    (Path(signals) / f"done-{r}-{number}").touch()
"""

_SEARCH_WHILE_EDITED_CHILD = """
import json, sys
from pathlib import Path
from briefgen.core.library.store import open_library
root, caches, opens = sys.argv[1:4]
for _ in range(int(opens)):
    with open_library(Path(root), cache_base=Path(caches)) as store:
        result = [store.search("本部"), store.search("罰則"), store.search("処罰"),
                  len(store.warnings)]
    print(json.dumps(result), flush=True)
"""


def _child(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(children: list[subprocess.Popen[str]], *, failed: bool) -> list[list[object]]:
    results: list[list[object]] = []
    for child in children:
        if failed and child.poll() is None:
            child.kill()  # it would wait for a round that never comes
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        assert err == ""
        results.extend(json.loads(line) for line in out.splitlines())
    return results


@pytest.mark.slow
def test_eight_processes_opening_a_fresh_cache_together_all_succeed(
    make_library: LibraryFactory, tmp_path: Path
) -> None:
    root, caches, signals = make_library(), tmp_path / "caches", tmp_path / "signals"
    signals.mkdir()
    processes, rounds = 8, 6
    children = [
        _child(_FRESH_CACHE_CHILD, root, caches, signals, n, rounds) for n in range(processes)
    ]
    failed = True
    try:
        for r in range(rounds):
            (signals / f"go-{r}").touch()
            deadline = time.monotonic() + 120
            while len(list(signals.glob(f"done-{r}-*"))) < processes:
                assert all(c.poll() in (None, 0) for c in children), "a child failed"
                assert time.monotonic() < deadline, "the children did not finish the round"
                time.sleep(0.01)
        failed = False
    finally:
        results = _finish(children, failed=failed)
    assert len(results) == processes * rounds
    assert all(result == [["hq-established"], ["act-no-penalties"], 0] for result in results)


@pytest.mark.slow
def test_searches_while_the_library_is_edited_never_fail(
    make_library: LibraryFactory, tmp_path: Path
) -> None:
    root, caches = make_library(), tmp_path / "cache"
    facts_file = root / "facts" / "facts.yaml"
    versions = [FACTS_YAML, FACTS_YAML.replace("罰則規定", "処罰規定")]
    children = [_child(_SEARCH_WHILE_EDITED_CHILD, root, caches, 15) for _ in range(4)]
    edits = 0
    try:
        while any(child.poll() is None for child in children):
            # Saved as editors and git do: a new file renamed over the old one.
            temporary = facts_file.with_suffix(".tmp")
            temporary.write_text(versions[edits % 2], encoding="utf-8")
            temporary.replace(facts_file)
            edits += 1
            time.sleep(0.02)
    finally:
        results = _finish(children, failed=False)
    assert edits > 1
    assert len(results) == 4 * 15
    for here, penalties, punishment, warnings in results:
        assert here == ["hq-established"]
        assert [penalties, punishment] in (
            [["act-no-penalties"], []],
            [[], ["act-no-penalties"]],
        )
        assert warnings == 0
