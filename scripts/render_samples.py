"""Export every template in every language mode and save the first page of each as PNG.

    python scripts/render_samples.py [--out docs/samples] [--dpi 60] [--pages 1]

Needs poppler-utils (pdftoppm). The PDFs and DOCX files go to a temporary
folder; the PNGs to ``--out`` as <template>-<mode>[-<page>].png. The README
shows some of them; they are also the quickest way to look at what a change
did to the documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from briefgen.core.brief.model import LanguageMode, Layout
from briefgen.core.library.model import Bilingual
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir
from briefgen.core.templates.catalog import load_templates
from briefgen.core.templates.model import new_brief
from briefgen.render.export import export_brief
from briefgen.render.fit import fit_to_length

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "en": (LanguageMode.ENGLISH, Layout.SIDE_BY_SIDE),
    "ja": (LanguageMode.JAPANESE, Layout.SIDE_BY_SIDE),
    "bilingual": (LanguageMode.BILINGUAL, Layout.SIDE_BY_SIDE),
    "stacked": (LanguageMode.BILINGUAL, Layout.STACKED),
}
DAY = dt.date(2026, 11, 29)  # the shipped library's curation date: no fact checked "in the future"


def main() -> None:
    """Export the samples and rasterise their first pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--pages", type=int, default=1, help="pages to keep from each PDF")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    library = load_library(default_library_dir(), today=DAY)
    templates, _ = load_templates()
    with tempfile.TemporaryDirectory() as tmp:
        for template in templates:
            for mode, (language, layout) in MODES.items():
                brief = new_brief(template, library, language=language, layout=layout, date=DAY)
                brief = replace(
                    brief,
                    author=Bilingual("A. Analyst", "分析 太郎"),
                    organisation=Bilingual("Policy Unit", "政策分析室"),
                )
                # Cut to the template's length, as the command line does.
                brief = fit_to_length(brief, library, template, today=DAY)
                name = f"{template.template_id}-{mode}"
                pdf = Path(tmp) / f"{name}.pdf"
                generated = dt.datetime.combine(DAY, dt.time(9, 0))
                export_brief(brief, library, template, pdf, today=DAY, generated=generated)
                prefix = args.out / name
                subprocess.run(
                    ["pdftoppm", "-png", "-r", str(args.dpi), "-l", str(args.pages), str(pdf),
                     str(prefix)],
                    check=True,
                )  # fmt: skip
                for page in sorted(args.out.glob(f"{name}-*.png")):
                    number = int(page.stem.rsplit("-", 1)[1])
                    final = prefix.with_name(
                        f"{name}.png" if args.pages == 1 else f"{name}-{number}.png"
                    )
                    page.replace(final)
                    print(f"wrote {final}")


if __name__ == "__main__":
    main()
