"""Benchmark one save in the library manager: the write, and reading the library again.

    python benchmarks/bench_manager.py [--facts 100000] [--saves 5]

A save in the manager is one LibraryEditor change (the edited entry's file
read, its block rewritten with ruamel.yaml, written atomically under the
library lock) followed by opening the library again (the one changed file
parsed, its facts re-indexed). This script times both, in a fresh child
process per library, on the bundled library (a copy) and on a synthetic one of
``--facts`` facts (scripts/make_synthetic_library.py, 1,000 facts a file): each
save edits the notes of one fact in a different file, with a warm cache; then
as many saves each add a fact (an add also checks that no other file changed).
Figures go to stdout as a Markdown table; docs/benchmarks.md keeps them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

_CHILD = """
import json, os, sys, time
from pathlib import Path
import msgspec
from briefgen.gui.manager.library_session import LibrarySession, ManagerPrompter

class Fail(ManagerPrompter):
    def show_error(self, title, message):
        raise SystemExit(f"{title}: {message}")

session = LibrarySession(Path(sys.argv[1]), Fail())
started = time.perf_counter()
assert session.open()
opened = time.perf_counter() - started
count = len(session.library.facts)
by_file = {}
for fact in session.library.facts.values():
    by_file.setdefault(fact.origin.path, fact.id)
targets = list(by_file.values())[: int(sys.argv[2])]
writes, reads = [], []
for n, fact_id in enumerate(targets):
    fact = session.library.facts[fact_id]
    edited = msgspec.structs.replace(fact, notes=f"Benchmark note {n}.")
    timing = {}
    def change(editor):
        start = time.perf_counter()
        editor.edit_fact(edited)
        timing["write"] = time.perf_counter() - start
    start = time.perf_counter()
    assert session.apply(change)
    total = time.perf_counter() - start
    writes.append(timing["write"])
    reads.append(total - timing["write"])
adds = []
for n, fact_id in enumerate(targets):
    fact = session.library.facts[fact_id]
    new = msgspec.structs.replace(fact, id=f"bench-added-{os.getpid()}-{n}", superseded_by=None,
                                  status=type(fact.status)("confirmed"))
    timing = {}
    def add(editor):
        start = time.perf_counter()
        editor.add_fact(new, fact.origin.path)
        timing["write"] = time.perf_counter() - start
    assert session.apply(add)
    adds.append(timing["write"])
print(json.dumps({"facts": count, "open": opened,
                  "writes": writes, "reads": reads, "adds": adds}))
"""


def measure(library: Path, saves: int) -> dict[str, object]:
    """Return the figures of ``saves`` saves in ``library`` (warm cache), from a child process."""
    command = [sys.executable, "-c", _CHILD, str(library), str(saves)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)  # warms the cache
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    result: dict[str, object] = json.loads(out)
    return result


def main() -> None:
    """Measure on the bundled library and a synthetic one; print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=5)
    args = parser.parse_args()
    from make_synthetic_library import write_library

    rows = []
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-manager-") as folder:
        bundled = Path(folder) / "bundled"
        shutil.copytree(ROOT / "resources" / "library", bundled)
        synthetic = Path(folder) / "synthetic"
        write_library(synthetic, args.facts, 1_000)
        for name, library in (("bundled library", bundled), ("synthetic", synthetic)):
            figures = measure(library, args.saves)
            writes = [float(x) for x in figures["writes"]]  # type: ignore[attr-defined]
            reads = [float(x) for x in figures["reads"]]  # type: ignore[attr-defined]
            adds = [float(x) for x in figures["adds"]]  # type: ignore[attr-defined]
            rows.append(
                f"| {name} ({figures['facts']:,} facts) | {float(figures['open']):.2f} s "  # type: ignore[arg-type]
                f"| {statistics.median(writes) * 1000:.0f} ms "
                f"| {statistics.median(reads) * 1000:.0f} ms "
                f"| {statistics.median(adds) * 1000:.0f} ms | {len(writes)} |"
            )
    print(
        "| library | open (warm cache) | write one edit | read again | write one new fact "
        "| saves (medians) |"
    )
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
