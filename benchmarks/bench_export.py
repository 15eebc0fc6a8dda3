"""Benchmark exports against their peers, on the bilingual policy brief with 60 facts.

    python benchmarks/bench_export.py [--runs 10] [--before CHECKOUT]

Needs pandoc and LibreOffice (soffice) (Debian packages).

The brief: the policy-brief template in bilingual side-by-side mode, holding
60 facts of the bundled library (the template's suggestions, topped up with
the next library facts), saved as a .brief file. The commands run
interleaved: two warm-up rounds, then ``--runs`` rounds, each running every
command once in turn, so a busy stretch of a shared machine slows every
command alike. Each run's wall time and CPU time (user + system, of the
process and its children) are recorded; the report gives the median and
range of each, and the ratios of the medians:

* ``briefgen export brief.brief -o out.docx`` — our whole command: Python
  start-up, library load (from the warm cache), compose, render, atomic write;
* ``pandoc brief.md -o out.docx`` — pandoc converting the same content, as
  Markdown written from the same composed document (benchmarks/markdown.py);
* ``briefgen export brief.brief -o out.pdf``;
* ``soffice --headless --convert-to pdf out.docx`` — LibreOffice converting
  our DOCX to PDF (with its own profile folder, created in the warm-up).

``--before CHECKOUT`` adds our two export commands run from another checkout of
briefgen (its folder put first on PYTHONPATH, same interpreter), e.g. the
commit before a change, unpacked with ``git archive``; ``--before-without
MODULE`` hides an installed module from those runs (an accelerator the older
version did not depend on).

Then, inside one process (what the app does after each edit), the median of
``--runs`` re-exports: compose + render + atomic write, for DOCX and for PDF.

As an installed app runs: briefgen's bytecode is compiled first (a checkout run
with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module on every
run), and the commands use a cache folder of their own, which the warm-up runs
fill (library index, parsed templates, font metrics) as a user's first export
does.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_brief(workdir: Path) -> tuple[Path, Path, int]:
    """Write the 60-fact bilingual policy brief (.brief) and its Markdown twin."""
    from benchmarks.markdown import to_markdown
    from briefgen.core.brief.file import save_brief
    from briefgen.core.brief.model import LanguageMode, Layout
    from briefgen.core.composition.compose import compose
    from briefgen.core.library.model import Bilingual, Status
    from briefgen.core.library.store import load_library
    from briefgen.core.system.paths import default_library_dir
    from briefgen.core.templates.catalog import find_template
    from briefgen.core.templates.model import new_brief, place_facts

    library = load_library(default_library_dir())
    template = find_template("policy-brief")
    brief = new_brief(
        template, library, language=LanguageMode.BILINGUAL, layout=Layout.SIDE_BY_SIDE,
        author=Bilingual("A. Analyst", "分析 太郎"),
        organisation=Bilingual("Policy Unit", "政策分析室"), date=dt.date(2026, 11, 25),
    )  # fmt: skip
    ids = list(dict.fromkeys(brief.fact_ids()))
    for fact in library.facts.values():
        if len(ids) >= 60:
            break
        if fact.id not in ids and fact.status is not Status.SUPERSEDED:
            ids.append(fact.id)
    brief = place_facts(brief, template, library, ids[:60])
    path = workdir / "policy-brief.brief"
    save_brief(path, brief, expected=None)
    markdown = workdir / "policy-brief.md"
    document = compose(brief, library, template).document
    markdown.write_text(to_markdown(document), encoding="utf-8")
    return path, markdown, len(brief.fact_ids())


Command = tuple[list[str], dict[str, str]]  # argv, extra environment


def run_once(command: Command, workdir: Path) -> tuple[float, float]:
    """Run ``command``; return its wall time and CPU time (user + system) in seconds."""
    argv, extra = command
    started = time.perf_counter()
    process = subprocess.Popen(
        argv,
        cwd=workdir,
        env={**os.environ, **extra},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(argv)} failed with status {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def interleaved(
    commands: dict[str, Command], runs: int, workdir: Path
) -> dict[str, tuple[list[float], list[float]]]:
    """Return each command's wall and CPU times over ``runs`` interleaved rounds."""
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in commands}
    for round_ in range(runs + 2):
        for name, command in commands.items():
            wall, cpu = run_once(command, workdir)
            if round_ >= 2:  # two warm-up rounds
                times[name][0].append(wall)
                times[name][1].append(cpu)
    return times


def hide_module(workdir: Path, module: str) -> Path:
    """Return a folder that, first on PYTHONPATH, makes ``import module`` fail."""
    folder = workdir / f"without-{module}"
    folder.mkdir(exist_ok=True)
    (folder / f"{module}.py").write_text(f"raise ImportError('{module} hidden')\n")
    return folder


def in_process(brief_path: Path, workdir: Path, runs: int) -> dict[str, float]:
    """Return the median milliseconds of compose + render + write, per format."""
    from briefgen.core.brief.file import load_brief
    from briefgen.core.library.store import load_library
    from briefgen.core.system.paths import default_library_dir
    from briefgen.core.templates.catalog import find_template
    from briefgen.render.export import export_brief

    library = load_library(default_library_dir())
    brief, _ = load_brief(brief_path)
    template = find_template(brief.template)
    figures: dict[str, float] = {}
    for suffix in (".docx", ".pdf"):
        target = workdir / f"inprocess{suffix}"
        export_brief(brief, library, template, target)  # first export loads fonts and styles
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            export_brief(brief, library, template, target)
            times.append((time.perf_counter() - started) * 1000)
        figures[suffix] = statistics.median(times)
    return figures


def main() -> None:
    """Run the benchmark and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--before", type=Path, help="another briefgen checkout to compare")
    parser.add_argument("--before-without", metavar="MODULE", action="append", default=[])
    args = parser.parse_args()
    for tool in ("pandoc", "soffice"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed: apt-get install pandoc libreoffice-writer-nogui")
    compileall.compile_dir(ROOT / "briefgen", quiet=1)
    if args.before is not None:
        compileall.compile_dir(args.before / "briefgen", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ["BRIEFGEN_CACHE_DIR"] = str(workdir / "cache")
        brief, markdown, count = build_brief(workdir)
        ours = [sys.executable, "-m", "briefgen", "export", str(brief), "-o"]
        before_env: dict[str, str] = {}
        if args.before is not None:
            hidden = [str(hide_module(workdir, m)) for m in args.before_without]
            before_env["PYTHONPATH"] = os.pathsep.join([str(args.before.resolve()), *hidden])
        profile = f"-env:UserInstallation=file://{workdir / 'lo-profile'}"
        commands: dict[str, Command] = {}
        peers: list[tuple[str, Command]] = [
            (".docx", (["pandoc", str(markdown), "-o", str(workdir / "pandoc.docx")], {})),
            (".pdf", (
                ["soffice", profile, "--headless", "--convert-to", "pdf",
                 "--outdir", str(workdir / "lo"), str(workdir / "ours.docx")], {},
            )),
        ]  # fmt: skip
        for suffix, peer in peers:
            kind = suffix[1:].upper()
            if args.before is not None:
                commands[f"before: export → {kind}"] = (
                    [*ours, str(workdir / f"before{suffix}")],
                    before_env,
                )
            commands[f"briefgen export → {kind}"] = ([*ours, str(workdir / f"ours{suffix}")], {})
            commands["pandoc Markdown → DOCX" if kind == "DOCX" else "LibreOffice DOCX → PDF"] = (
                peer
            )
        times = interleaved(commands, args.runs, workdir)
        inner = in_process(brief, workdir, max(args.runs, 20))
    report(times, inner, count, args.runs)


def report(
    times: dict[str, tuple[list[float], list[float]]],
    inner: dict[str, float],
    count: int,
    runs: int,
) -> None:
    """Print the medians and ranges of every command, the ratios and the in-process figures."""
    median = {name: statistics.median(wall) for name, (wall, _) in times.items()}
    cpu = {name: statistics.median(c) for name, (_, c) in times.items()}
    print(f"# Export benchmark: bilingual policy brief, {count} facts, {runs} rounds\n")
    print("| command | wall, median (min–max) | CPU, median (min–max) |\n|---|---|---|")
    for name, (wall, used) in times.items():
        print(
            f"| {name} | {median[name] * 1000:.0f} ms ({min(wall) * 1000:.0f}–"
            f"{max(wall) * 1000:.0f}) | {cpu[name] * 1000:.0f} ms ({min(used) * 1000:.0f}–"
            f"{max(used) * 1000:.0f}) |"
        )
    for label, ours_name, peer_name, target in (
        ("DOCX: ours / pandoc", "briefgen export → DOCX", "pandoc Markdown → DOCX", 0.8),
        ("PDF: ours / LibreOffice", "briefgen export → PDF", "LibreOffice DOCX → PDF", 0.25),
    ):
        print(
            f"\n{label} = {median[ours_name] / median[peer_name]:.2f} wall, "
            f"{cpu[ours_name] / cpu[peer_name]:.2f} CPU (target ≤ {target})"
        )
    print(f"In-process re-export: DOCX {inner['.docx']:.0f} ms (target < 100), "
          f"PDF {inner['.pdf']:.0f} ms (target < 200)")  # fmt: skip


if __name__ == "__main__":
    main()
