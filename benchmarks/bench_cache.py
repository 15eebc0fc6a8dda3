"""Benchmark command-line exports with an empty and a filled cache folder, and batch export.

    python benchmarks/bench_cache.py [--runs 10] [--batch 20] [--source DIR]

``--source DIR`` runs the briefgen in DIR (another version, unpacked with
``git archive``) instead of this checkout, with the same interpreter.

Needs hyperfine (a Debian package).

The brief: the bilingual policy brief with 60 facts of bench_export.py. hyperfine
runs each ``briefgen export`` command ``--runs`` times:

* cold: the cache folder is deleted before each run (``--prepare``), as on the
  first export after installing, or on a machine that clears caches;
* warm: the cache folder is left as the warm-up runs filled it.

Then one ``briefgen export --jobs FILE`` process writes ``--batch`` PDFs (the same
brief to different files) and ``--batch`` DOCX files; the rate is briefs per
second of the whole command, start-up included. Last, the cache folder is listed
with each store's size.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _hyperfine(
    commands: dict[str, str], runs: int, workdir: Path, prepare: str | None
) -> dict[str, tuple[float, float]]:
    out = workdir / "hyperfine.json"
    args = ["hyperfine", "--warmup", "2", "--runs", str(runs), "--export-json", str(out), "-N"]
    if prepare:
        args += ["--prepare", prepare]
    for name, command in commands.items():
        args += ["--command-name", name, command]
    subprocess.run(args, check=True, cwd=workdir, stdout=subprocess.DEVNULL)
    results = json.loads(out.read_text())["results"]
    # Wall time, and CPU time (user + system), which moves less on a shared machine.
    return {
        r["command"]: (float(r["mean"]) * 1000, (float(r["user"]) + float(r["system"])) * 1000)
        for r in results
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sizes(cache: Path) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for path in sorted(cache.rglob("*")):
        if path.is_file():
            top = path.relative_to(cache).parts[0]
            sizes[top] = sizes.get(top, 0) + path.stat().st_size
    return sizes


def main() -> None:
    """Run the benchmark and print a Markdown report."""
    from benchmarks.bench_export import build_brief

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--source", type=Path, default=ROOT)
    args = parser.parse_args()
    source = args.source.resolve()
    if shutil.which("hyperfine") is None:
        raise SystemExit("hyperfine is needed: apt-get install hyperfine")
    compileall.compile_dir(source / "briefgen", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        cache = workdir / "cache"
        brief, _, count = build_brief(workdir)
        env = f"env BRIEFGEN_CACHE_DIR={cache} PYTHONPATH={source} "
        ours = f"{env}{sys.executable} -m briefgen export {brief} -o {workdir}"
        commands = {"export → DOCX": f"{ours}/out.docx", "export → PDF": f"{ours}/out.pdf"}
        cold = _hyperfine(commands, args.runs, workdir, prepare=f"rm -rf {cache}")
        warm = _hyperfine(commands, args.runs, workdir, prepare=None)
        print(f"# Cache benchmark: bilingual policy brief, {count} facts\n")
        print("| command | cold cache | warm cache | cold, CPU | warm, CPU |")
        print("|---|---|---|---|---|")
        for name in commands:
            (cold_wall, cold_cpu), (warm_wall, warm_cpu) = cold[name], warm[name]
            print(
                f"| {name} | {cold_wall:.0f} ms | {warm_wall:.0f} ms "
                f"| {cold_cpu:.0f} ms | {warm_cpu:.0f} ms |"
            )
        shutil.rmtree(cache, ignore_errors=True)
        environ = {**os.environ, "BRIEFGEN_CACHE_DIR": str(cache), "PYTHONPATH": str(source)}
        briefgen = [sys.executable, "-m", "briefgen", "export"]
        for suffix in ("pdf", "docx"):
            target = str(workdir / f"x.{suffix}")
            subprocess.run(
                [*briefgen, str(brief), "-o", target],
                check=True,
                env=environ,
                capture_output=True,
                cwd=workdir,
            )
        print("\n| cache folder after one DOCX and one PDF export | bytes |\n|---|---|")
        for name, size in _sizes(cache).items():
            print(f"| {name} | {size:,} |")
        jobs = workdir / "jobs.txt"
        helptext = subprocess.run(
            [*briefgen, "--help"], capture_output=True, text=True, env=environ, cwd=workdir
        ).stdout
        if "--jobs" not in helptext:
            return
        print("\n| `briefgen export --jobs` | briefs | seconds | briefs per second | CPU seconds |")
        print("|---|---|---|---|---|")
        for suffix in ("docx", "pdf"):
            lines = (f"{brief} -o {workdir}/batch-{n}.{suffix}\n" for n in range(args.batch))
            jobs.write_text("".join(lines))
            started, cpu = time.perf_counter(), _children_cpu()
            subprocess.run(
                [*briefgen, "--jobs", str(jobs)],
                check=True,
                env=environ,
                capture_output=True,
                cwd=workdir,
            )
            seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
            rate = args.batch / seconds
            print(f"| {suffix.upper()} | {args.batch} | {seconds:.2f} | {rate:.1f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()
