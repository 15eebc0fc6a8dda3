"""Benchmark the library at scale: cold index build, warm start, and query latency.

    python benchmarks/bench_library.py [--facts 100000] [--runs 50]

It writes a synthetic library (scripts/make_synthetic_library.py) to a
temporary folder, then, each in a fresh child process so that nothing is
shared between measurements:

* cold: open the library with an empty cache (parse every file, build the index);
* warm: open it again with nothing changed (must parse no file);
* touched: open it after one facts file changed (parses that file only);
* queries: in one process with the library open, run each query ``--runs``
  times and report the median and 95th percentile of the wall time of
  ``FactIndex.search`` returning every matching id, best first (after one first query,
  reported on its own, that brings the index pages into memory): asking the
  index (kept results forgotten before each run), and again right after, when
  the kept result answers.

Figures go to stdout as a Markdown table; docs/benchmarks.md keeps the method
and the figures of a run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

QUERIES = [
    ("Japanese, 1 character", "県"),
    ("Japanese, 2 characters", "本部"),
    ("Japanese, 3+ characters", "ディープフェイク"),
    ("English word", "deepfake"),
    ("English, 2 letters (47% of facts)", "AI"),
    ("English, three words", "Ministry of Economy"),
    ("mixed", "AI 学校"),
    ("rare (1 match)", "項目99999"),
    ("English, 1 letter (best 20)", "a"),
    ("phrase", '"Ministry of Economy"'),
    ("OR, both languages", "deepfake OR 県"),
    ("exclusion", "AI -deepfake"),
]

_CHILD = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from briefgen.core.library.store import open_library
indexed = open_library(Path(sys.argv[1]), cache_base=Path(sys.argv[2]))
elapsed = time.perf_counter() - started
print(json.dumps({
    "seconds": elapsed,
    "parsed": len(indexed.report.parsed),
    "reindexed": indexed.report.reindexed_facts,
    "facts": len(indexed.library.facts),
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def open_in_child(library: Path, cache: Path) -> dict[str, float]:
    """Return the figures of opening ``library`` in a fresh Python process."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(library), str(cache)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which ``fraction`` of ``values`` lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    """Run the benchmark and print a Markdown report."""
    from make_synthetic_library import write_library

    from briefgen.core.library.store import open_library

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        library, cache = Path(tmp) / "library", Path(tmp) / "cache"
        write_library(library, args.facts, per_file=1000)
        print(f"# Library benchmark: {args.facts:,} facts")
        print(
            f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}\n"
        )
        cold = open_in_child(library, cache)
        warm = [open_in_child(library, cache) for _ in range(5)]
        touched_file = library / "facts" / "facts-0050.yaml"
        touched = []
        for n in range(3):
            touched_file.write_text(
                touched_file.read_text(encoding="utf-8") + f"# edit {n}\n", encoding="utf-8"
            )
            later = time.time() + 10 * (n + 1)
            os.utime(touched_file, (later, later))
            touched.append(open_in_child(library, cache))

        library_bytes = sum(p.stat().st_size for p in library.rglob("*.yaml"))
        cache_bytes = sum(p.stat().st_size for p in cache.rglob("*.sqlite3*"))
        print(
            f"Library files {library_bytes / 2**20:.1f} MB, cache {cache_bytes / 2**20:.1f} MB "
            f"({cache_bytes / library_bytes:.1f}x)\n"
        )
        print("| step | time | files parsed | facts indexed | peak RSS |")
        print("|---|---|---|---|---|")
        print(
            f"| cold build | {cold['seconds']:.2f} s | {cold['parsed']:.0f} | "
            f"{cold['reindexed']:.0f} | {cold['peak_rss_mb']:.0f} MB |"
        )
        print(
            f"| warm start (median of 5) | "
            f"{statistics.median(w['seconds'] for w in warm):.2f} s | "
            f"{max(w['parsed'] for w in warm):.0f} | {max(w['reindexed'] for w in warm):.0f} | "
            f"{max(w['peak_rss_mb'] for w in warm):.0f} MB |"
        )
        print(
            f"| one file changed (median of 3) | "
            f"{statistics.median(t['seconds'] for t in touched):.2f} s | "
            f"{max(t['parsed'] for t in touched):.0f} | "
            f"{max(t['reindexed'] for t in touched):.0f} | "
            f"{max(t['peak_rss_mb'] for t in touched):.0f} MB |"
        )

        indexed = open_library(library, cache_base=cache)
        started = time.perf_counter()
        indexed.index.search("本部")
        first = (time.perf_counter() - started) * 1000
        print(f"\nFirst query after opening (SQLite reads the index pages): {first:.0f} ms")
        print(
            "\n| query | matches | median | p95 | median, kept result | p95, kept result |"
            "\n|---|---|---|---|---|---|"
        )
        for label, query in QUERIES:
            fresh, kept = [], []
            for _ in range(args.runs):
                indexed.index.forget_recent()
                started = time.perf_counter()
                found = indexed.index.search(query)
                fresh.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                indexed.index.search(query)
                kept.append((time.perf_counter() - started) * 1000)
            print(
                f"| {label}: `{query}` | {len(found):,} | {statistics.median(fresh):.1f} ms | "
                f"{percentile(fresh, 0.95):.1f} ms | {statistics.median(kept):.1f} ms | "
                f"{percentile(kept, 0.95):.1f} ms |"
            )
        indexed.index.close()


if __name__ == "__main__":
    main()
