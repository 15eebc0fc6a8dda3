"""Arbitrary text in facts, notes and titles, through compose and both renderers.

Whatever a curator or an analyst types — control characters, markup, lone
surrogates, a 10,000-character word, emoji — an export writes a valid file or
fails with a clear :class:`ExportError`, and never leaves a partial file.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.core.brief.model import Brief, FactItem, LanguageMode, Layout, NoteItem, Section
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import (
    Bilingual,
    Fact,
    LibraryInfo,
    Origin,
    Source,
    SourceKind,
    SourceRef,
    Status,
    Topic,
)
from briefgen.render.export import ExportError, export_brief

AWKWARD = st.sampled_from(
    ["", "<b>", "&amp;", "]]>", "\x00", "\x0b", "\x1f", "\ud800", "\udfff", "\ufffe", "🙂", "👩🏽‍⚖️",
     "e\u0301", "\u202e", "\t", "\n", "﷽", "𠮷", "ー", "、。", "A" * 10_000, "法" * 3_000]
)  # fmt: skip
TEXT = st.lists(st.one_of(AWKWARD, st.text(max_size=40)), max_size=6).map("".join)
DAY = dt.date(2026, 11, 25)


def _library(en: str, ja: str) -> Library:
    origin = Origin("facts/x.yaml", 1)
    fact = Fact(
        id="f",
        text=Bilingual(en, ja),
        topic="act",
        as_of=DAY,
        status=Status.UNVERIFIED,
        sources=(SourceRef("s", "Art. 1", "quote"),),
        origin=origin,
    )
    source = Source(
        id="s",
        title=ja or "t",
        title_translated=en,
        publisher=en + ja,
        language="ja",
        kind=SourceKind.NEWS,
        url="https://example.org/a?b=<c>&d",
        origin=origin,
    )
    info = LibraryInfo(
        name=Bilingual(en, ja),
        version=ja or "1",
        origin=origin,
        topics=(Topic("act", Bilingual("Act", "法")),),
    )
    return Library(Path(), info, {"f": fact}, {"s": source}, ())


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(
    en=TEXT,
    ja=TEXT,
    title=TEXT,
    note=TEXT,
    language=st.sampled_from(list(LanguageMode)),
    layout=st.sampled_from(list(Layout)),
    display=st.sampled_from(["bullets", "table"]),
)
def test_any_text_exports_to_valid_docx_and_pdf_or_a_clear_error(
    en: str, ja: str, title: str, note: str, language: LanguageMode, layout: Layout, display: str
) -> None:
    library = _library(en, ja)
    brief = Brief(
        template="t",
        title=Bilingual(title, title),
        language=language,
        layout=layout,
        author=Bilingual(note, note),
        organisation=Bilingual(title, title),
        date=DAY,
        marking=Bilingual(note, note),
        sections=(
            Section(
                "s",
                Bilingual(title, title),
                (FactItem("f", reword=Bilingual(note, "")), NoteItem("n", Bilingual(note, note))),
                display,
            ),
        ),
    )
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".docx", ".pdf"):
            target = Path(folder) / f"brief{suffix}"
            try:
                export_brief(brief, library, None, target, today=DAY)
            except ExportError as exc:
                assert str(exc)
                assert not target.exists()
                continue
            data = target.read_bytes()
            if suffix == ".docx":
                assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
                docx.Document(io.BytesIO(data))
            else:
                assert data.startswith(b"%PDF")
                subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True)
            assert [p.name for p in Path(folder).iterdir() if p.name.startswith(".")] == []
