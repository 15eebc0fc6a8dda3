"""Options of ``briefgen export`` that a given export has no use for, said as warnings."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefgen.core.brief.model import Brief, LanguageMode


def unused_options(args: argparse.Namespace, brief: Brief, out: Path) -> list[str]:
    """Return a sentence for each option given that has no effect on this export."""
    language = brief.language
    unused: list[str] = []
    if args.era and language is LanguageMode.ENGLISH:
        unused.append("--era has no effect on an English brief (era years are for Japanese dates)")
    if args.layout and language is not LanguageMode.BILINGUAL:
        unused.append(f"--layout has no effect on a brief in one language (--lang {language})")
    for name in ("author", "organisation"):
        if getattr(args, f"{name}_ja") is not None and language is LanguageMode.ENGLISH:
            unused.append(f"--{name}-ja has no effect on an English brief (use --{name})")
        if getattr(args, name) is not None and language is LanguageMode.JAPANESE:
            unused.append(f"--{name} has no effect on a Japanese brief (use --{name}-ja)")
    if args.reference_doc and out.suffix.lower() == ".pdf":
        unused.append("--reference-doc has no effect on a PDF (it restyles a DOCX)")
    return unused
