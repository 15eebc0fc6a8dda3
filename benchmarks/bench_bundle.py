"""Benchmark the standalone bundle against the source install: sizes, cold start, first export.

    make dist
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python benchmarks/bench_bundle.py [--runs 5]

Both programs are measured from the outside, the same way:

* Sizes: the bundle folder (files, not links), the .tar.gz and the .deb in dist/.
* Cold start: the time from starting the program (no arguments: the app) to its
  window being mapped on the X display, found by polling ``xdotool search
  --onlyvisible --name '^briefgen$'`` every 5 ms. Each run has a new, empty
  HOME, so the app's cache and settings folders are empty: the bundle's first
  start on a user's machine. The operating system's file cache is warm (one
  discarded run first). ``bundle`` is ``dist/briefgen/briefgen``; ``source``
  is ``.venv/bin/briefgen``, the installed entry point of the checkout, its
  bytecode compiled first (as an installed package's is).
* Cold first export: ``briefgen export --template policy-brief --lang
  bilingual -o brief.pdf`` (and ``.docx``), with a new, empty HOME per run,
  wall time of the whole process.
* What the caches hold after that first export.

Runs alternate between the two programs; the report gives the median and the
range. Figures move with the machine's load.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "briefgen"
PROGRAMS = {"bundle": BUNDLE / "briefgen", "source": ROOT / ".venv" / "bin" / "briefgen"}
POLL_S = 0.005


def clean_env(home: Path) -> dict[str, str]:
    """Return a minimal environment: HOME, the display, a PATH for xdotool; no Python variables."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    for name in ("DISPLAY", "XAUTHORITY"):
        if name in os.environ:
            env[name] = os.environ[name]
    env["QT_QPA_PLATFORM"] = "xcb"
    return env


def window_shown() -> bool:
    """Return whether a visible window named briefgen is on the display."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^briefgen$"],
        capture_output=True,
        check=False,
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def time_start(program: Path) -> float:
    """Return seconds from starting ``program`` to its window being shown (fresh HOME)."""
    with tempfile.TemporaryDirectory() as home:
        started = time.monotonic()
        child = subprocess.Popen(
            [str(program)], env=clean_env(Path(home)), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, cwd=home,
        )  # fmt: skip
        try:
            while not window_shown():
                if child.poll() is not None or time.monotonic() - started > 60:
                    raise SystemExit(f"{program} did not show its window")
                time.sleep(POLL_S)
            return time.monotonic() - started
        finally:
            child.terminate()
            child.wait(10)


def time_export(program: Path, suffix: str) -> tuple[float, dict[str, int]]:
    """Return the seconds a first export takes (fresh HOME) and the cache files it left."""
    with tempfile.TemporaryDirectory() as home:
        out = Path(home) / f"brief{suffix}"
        args = ["export", "--template", "policy-brief", "--lang", "bilingual", "-o", str(out)]
        started = time.monotonic()
        subprocess.run(
            [str(program), *args], env=clean_env(Path(home)), capture_output=True, check=True,
            cwd=home,
        )  # fmt: skip
        elapsed = time.monotonic() - started
        cache = Path(home) / ".cache" / "briefgen"
        files = {
            str(p.relative_to(cache)): p.stat().st_size for p in cache.rglob("*") if p.is_file()
        }
        return elapsed, files


def summary(values: list[float]) -> str:
    """Return 'median (min–max)' in milliseconds."""
    ms = [v * 1000 for v in values]
    return f"{statistics.median(ms):.0f} ms ({min(ms):.0f}–{max(ms):.0f})"


def folder_size(folder: Path) -> int:
    """Return the bytes of the regular files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    """Measure and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for name, program in PROGRAMS.items():
        if not program.exists():
            raise SystemExit(f"no {name} program at {program}: run `make dist` and `make setup`")
    if shutil.which("xdotool") is None or "DISPLAY" not in os.environ:
        raise SystemExit("needs xdotool and an X display: run under xvfb-run")
    compileall.compile_dir(ROOT / "briefgen", quiet=1)
    size = folder_size(BUNDLE)
    print("| artefact | size |\n|---|---|")
    print(f"| bundle folder `dist/briefgen/` | {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) |")
    for pattern in ("briefgen-*.tar.gz", "briefgen_*.deb"):
        for path in sorted((ROOT / "dist").glob(pattern)):
            print(f"| `{path.name}` | {path.stat().st_size / 1e6:.1f} MB |")
    starts: dict[str, list[float]] = {name: [] for name in PROGRAMS}
    exports: dict[tuple[str, str], list[float]] = {}
    caches: dict[str, dict[str, int]] = {}
    for program in PROGRAMS.values():  # one discarded run each: warm the file cache
        time_start(program)
        time_export(program, ".pdf")
    for _ in range(args.runs):
        for name, program in PROGRAMS.items():
            starts[name].append(time_start(program))
            for suffix in (".pdf", ".docx"):
                elapsed, files = time_export(program, suffix)
                exports.setdefault((name, suffix), []).append(elapsed)
                if suffix == ".pdf":
                    caches[name] = files
    print(f"\n{args.runs} runs each, alternated.\n")
    print("| | bundle | source install |\n|---|---|---|")
    bundle_start, source_start = summary(starts["bundle"]), summary(starts["source"])
    print(f"| cold start to window shown | {bundle_start} | {source_start} |")
    for suffix in (".pdf", ".docx"):
        label = f"cold first export, bilingual policy brief, {suffix[1:].upper()}"
        row = f"| {label} | {summary(exports[('bundle', suffix)])} | "
        print(row + f"{summary(exports[('source', suffix)])} |")
    for name, files in caches.items():
        total = sum(files.values())
        listing = ", ".join(f"`{f}`" for f in sorted(files))
        print(f"\nCache after the {name}'s first PDF export: {total / 1e6:.2f} MB in {listing}")


if __name__ == "__main__":
    main()
