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
range, of wall time and of the process's CPU time (user + system, from
/proc/PID/stat at the moment the window shows, or wait4() for an export). CPU
time moves much less than wall time when other work shares the machine.
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


def cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) process ``pid`` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_start(program: Path) -> tuple[float, float]:
    """Return (wall, CPU) seconds from starting ``program`` to its window being shown."""
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryFile("w+") as errors:
        started = time.monotonic()
        child = subprocess.Popen(
            [str(program)], env=clean_env(Path(home)), stdout=subprocess.DEVNULL,
            stderr=errors, cwd=home,
        )  # fmt: skip
        try:
            while not window_shown():
                if child.poll() is not None or time.monotonic() - started > 60:
                    why = (
                        f"exit status {child.returncode}"
                        if child.returncode is not None
                        else "60 s"
                    )
                    errors.seek(0)
                    said = errors.read().strip().splitlines()[-5:]
                    raise SystemExit(f"{program} did not show its window ({why}): {said}")
                time.sleep(POLL_S)
            return time.monotonic() - started, cpu_seconds(child.pid)
        finally:
            child.terminate()
            child.wait(10)


def time_export(program: Path, suffix: str) -> tuple[float, float, dict[str, int]]:
    """Return the wall and CPU seconds of a first export (fresh HOME) and the cache it left."""
    with tempfile.TemporaryDirectory() as home:
        out = Path(home) / f"brief{suffix}"
        args = ["export", "--template", "policy-brief", "--lang", "bilingual", "-o", str(out)]
        started = time.monotonic()
        child = subprocess.Popen(
            [str(program), *args], env=clean_env(Path(home)), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, cwd=home,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.monotonic() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise SystemExit(f"{program} export failed")
        cache = Path(home) / ".cache" / "briefgen"
        files = {
            str(p.relative_to(cache)): p.stat().st_size for p in cache.rglob("*") if p.is_file()
        }
        return elapsed, usage.ru_utime + usage.ru_stime, files


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
    start_cpu: dict[str, list[float]] = {name: [] for name in PROGRAMS}
    exports: dict[tuple[str, str], list[float]] = {}
    export_cpu: dict[tuple[str, str], list[float]] = {}
    caches: dict[str, dict[str, int]] = {}
    for program in PROGRAMS.values():  # one discarded run each: warm the file cache
        time_start(program)
        time_export(program, ".pdf")
    for _ in range(args.runs):
        for name, program in PROGRAMS.items():
            wall, cpu = time_start(program)
            starts[name].append(wall)
            start_cpu[name].append(cpu)
            for suffix in (".pdf", ".docx"):
                elapsed, used, files = time_export(program, suffix)
                exports.setdefault((name, suffix), []).append(elapsed)
                export_cpu.setdefault((name, suffix), []).append(used)
                if suffix == ".pdf":
                    caches[name] = files
    load = os.getloadavg()[0]
    print(f"\n{args.runs} runs each, alternated; load average {load:.1f} at the end.\n")
    print("| | bundle, wall | source, wall | bundle, CPU | source, CPU |")
    print("|---|---|---|---|---|")
    table = {
        "cold start to window shown": (
            starts["bundle"],
            starts["source"],
            start_cpu["bundle"],
            start_cpu["source"],
        ),
    }
    for suffix in (".pdf", ".docx"):
        label = f"cold first export, bilingual policy brief, {suffix[1:].upper()}"
        table[label] = (
            exports[("bundle", suffix)],
            exports[("source", suffix)],
            export_cpu[("bundle", suffix)],
            export_cpu[("source", suffix)],
        )
    for label, columns in table.items():
        print(f"| {label} | " + " | ".join(summary(c) for c in columns) + " |")
    for name, files in caches.items():
        total = sum(files.values())
        listing = ", ".join(f"`{f}`" for f in sorted(files))
        print(f"\nCache after the {name}'s first PDF export: {total / 1e6:.2f} MB in {listing}")


if __name__ == "__main__":
    main()
