"""Benchmark what the fault checks cost: reading input files checked, and listing a library.

    python benchmarks/bench_input.py [--facts 100000] [--runs 50]

It writes a synthetic library (scripts/make_synthetic_library.py) to a
temporary folder, then, in one process, alternating the two ways each round:

* reading every library file with ``Path.read_bytes`` (what the loader did)
  and with ``read_input_file`` (opened without blocking, checked to be a
  regular file under the limit, read in 1 MB chunks);
* listing the library's files with ``library_files`` (a walk that reports
  unreadable folders and loops).

It prints the median and 95th percentile of ``--runs`` rounds as a Markdown
table; docs/benchmarks.md keeps the method and the figures of a run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def timed(action: Callable[[], object]) -> float:
    """Return the wall time of one call of ``action``, in milliseconds."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    """Write the library, time each way, print the table."""
    from make_synthetic_library import write_library

    from briefgen.core.library.loader import library_files
    from briefgen.core.library.safe_yaml import MAX_FILE_BYTES
    from briefgen.core.system.input_file import read_input_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "library"
        write_library(root, args.facts, 1_000)
        files = [root / relative for relative in library_files(root)[0]]
        size_mb = sum(path.stat().st_size for path in files) / (1024 * 1024)
        ways: dict[str, Callable[[], object]] = {
            "read every file: Path.read_bytes": lambda: [p.read_bytes() for p in files],
            "read every file: read_input_file": lambda: [
                read_input_file(p, MAX_FILE_BYTES) for p in files
            ],
            "list the files: library_files": lambda: library_files(root),
        }
        times: dict[str, list[float]] = {name: [] for name in ways}
        for _ in range(args.runs):
            for name, action in ways.items():
                times[name].append(timed(action))
    print(f"{len(files)} files, {size_mb:.0f} MB, {args.runs} rounds\n")
    print("| step | median | p95 |\n|---|---|---|")
    for name, values in times.items():
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"| {name} | {statistics.median(values):.1f} ms | {p95:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
