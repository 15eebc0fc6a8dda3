"""Benchmark exports against their peers, on the bilingual policy brief with 60 facts.

    python benchmarks/bench_export.py [--runs 10]

Needs pandoc, LibreOffice (soffice) and hyperfine (Debian packages).

The brief: the policy-brief template in bilingual side-by-side mode, holding
60 facts of the bundled library (the template's suggestions, topped up with
the next library facts), saved as a .brief file. Measured in one run, with
hyperfine (warm-up runs first, then ``--runs`` timed runs of each command, so
disk caches are warm for every command alike):

* ``briefgen export brief.brief -o out.docx`` — our whole command: Python
  start-up, library load (from the warm cache), compose, render, atomic write;
* ``pandoc brief.md -o out.docx`` — pandoc converting the same content, as
  Markdown written from the same composed document (benchmarks/markdown.py);
* ``briefgen export brief.brief -o out.pdf``;
* ``soffice --headless --convert-to pdf out.docx`` — LibreOffice converting
  our DOCX to PDF (with its own profile folder, created in the warm-up).

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
import json
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
    from briefgen.core.templates.model import find_template, new_brief, place_facts

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


def hyperfine(commands: dict[str, str], runs: int, workdir: Path) -> dict[str, float]:
    """Return the mean seconds of each command, measured by hyperfine in one run."""
    out = workdir / "hyperfine.json"
    args = ["hyperfine", "--warmup", "2", "--runs", str(runs), "--export-json", str(out), "-N"]
    for name, command in commands.items():
        args += ["--command-name", name, command]
    subprocess.run(args, check=True, cwd=workdir, stdout=subprocess.DEVNULL)
    results = json.loads(out.read_text())["results"]
    return {r["command"]: float(r["mean"]) for r in results}


def in_process(brief_path: Path, workdir: Path, runs: int) -> dict[str, float]:
    """Return the median milliseconds of compose + render + write, per format."""
    from briefgen.core.brief.file import load_brief
    from briefgen.core.library.store import load_library
    from briefgen.core.system.paths import default_library_dir
    from briefgen.core.templates.model import find_template
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
    args = parser.parse_args()
    for tool in ("pandoc", "soffice", "hyperfine"):
        if shutil.which(tool) is None:
            raise SystemExit(
                f"{tool} is needed: apt-get install pandoc libreoffice-writer-nogui hyperfine"
            )
    compileall.compile_dir(ROOT / "briefgen", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ["BRIEFGEN_CACHE_DIR"] = str(workdir / "cache")
        brief, markdown, count = build_brief(workdir)
        py = sys.executable
        profile = f"-env:UserInstallation=file://{workdir / 'lo-profile'}"
        ours = f"{py} -m briefgen export {brief} -o {workdir}"
        means = hyperfine(
            {
                "briefgen export → DOCX": f"{ours}/ours.docx",
                "pandoc Markdown → DOCX": f"pandoc {markdown} -o {workdir / 'pandoc.docx'}",
                "briefgen export → PDF": f"{ours}/ours.pdf",
                "LibreOffice DOCX → PDF": f"soffice {profile} --headless --convert-to pdf "
                f"--outdir {workdir / 'lo'} {workdir / 'ours.docx'}",
            },
            args.runs,
            workdir,
        )
        inner = in_process(brief, workdir, max(args.runs, 20))
    docx, pandoc = means["briefgen export → DOCX"], means["pandoc Markdown → DOCX"]
    pdf, office = means["briefgen export → PDF"], means["LibreOffice DOCX → PDF"]
    print(f"# Export benchmark: bilingual policy brief, {count} facts\n")
    print("| command | mean |\n|---|---|")
    for name, mean in means.items():
        print(f"| {name} | {mean * 1000:.0f} ms |")
    print(f"\nDOCX: ours / pandoc = {docx / pandoc:.2f} (target ≤ 1.2)")
    print(f"PDF: ours / LibreOffice = {pdf / office:.2f} (target ≤ 0.25)")
    print(f"In-process re-export: DOCX {inner['.docx']:.0f} ms (target < 100), "
          f"PDF {inner['.pdf']:.0f} ms (target < 200)")  # fmt: skip


if __name__ == "__main__":
    main()
