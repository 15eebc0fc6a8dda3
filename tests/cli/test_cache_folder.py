"""What exports leave in the user cache folder: the search index and the font metrics store."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from briefgen.render.pdf.font_store import MAX_BYTES

ROOT = Path(__file__).resolve().parents[2]


def test_a_fresh_cache_folder_after_docx_and_pdf_exports_holds_the_index_and_font_metrics(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(cache)}
    for target, extra in (
        ("brief.docx", ["--era", "--lang", "ja"]),
        ("brief.pdf", ["--era", "--lang", "bilingual"]),
    ):
        run = subprocess.run(
            [sys.executable, "-m", "briefgen", "export", "--template", "chronology", *extra,
             "-o", str(tmp_path / target)],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    # Each process has ended (nothing is written at exit either).
    stores = sorted(path.relative_to(cache).as_posix() for path in cache.rglob("*"))
    assert [s for s in stores if not s.startswith(("index/", "fonts/"))] == ["fonts", "index"]
    assert all(s.endswith((".sqlite3", ".lock")) for s in stores if s.startswith("index/"))
    fonts = [s for s in stores if s.startswith("fonts/")]
    assert fonts and all(re.fullmatch(r"fonts/[\w-]+-[0-9a-f]{16}\.msgpack", s) for s in fonts)
    assert sum((cache / s).stat().st_size for s in fonts) <= MAX_BYTES
