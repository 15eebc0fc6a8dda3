"""`briefgen templates` and `briefgen export`: formats, selections, warnings and errors."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import pytest

from briefgen.cli import main
from briefgen.core.brief.file import save_brief
from briefgen.core.brief.model import Brief, FactItem, LanguageMode, NoteItem, Section
from briefgen.core.library.model import Bilingual
from tests.conftest import LibraryFactory


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def test_templates_lists_name_first_then_description(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["templates"], capsys)
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names == ["chronology", "executive-one-pager", "policy-brief"]
    assert "One page for a principal" in out


def test_export_from_a_template_writes_docx_with_the_suggested_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "brief.docx"
    code, _, err = run(
        ["export", "--template", "policy-brief", "--lang", "bilingual", "-o", str(out_file)],
        capsys,
    )
    assert code == 0
    assert f"wrote {out_file}" in err
    text = docx_text(out_file)
    assert "Summary / 概要" in text
    assert "人工知能戦略本部" in text and "AI Strategy Headquarters" in text


def test_warnings_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        ["export", "--template", "chronology", "--facts", "uv-second-meeting",
         "-o", str(tmp_path / "c.pdf")],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert out == ""
    assert "warning: fact 'uv-second-meeting' is unverified" in err
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


def test_select_adds_matching_current_facts_and_skips_superseded_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.docx"
    code, _, err = run(
        ["export", "--template", "executive-one-pager", "--lang", "ja", "--select", "本部長",
         "-o", str(out_file)],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert "skipped" in err and "superseded" in err
    text = docx_text(out_file)
    assert "高市" in text  # the current head of the HQ
    assert "SUPERSEDED" not in text and "旧情報" not in text.split("本資料について")[0]


def test_title_language_layout_and_era_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.docx"
    code, _, _ = run(
        ["export", "--template", "chronology", "--lang", "ja", "--era", "--title", "年表テスト",
         "--date", "2026-11-25", "--author", "T. Analyst", "--author-ja", "分析 太郎",
         "--organisation", "Policy Unit", "-o", str(out_file)],
        capsys,
    )  # fmt: skip
    assert code == 0
    text = docx_text(out_file)
    assert "年表テスト" in text
    assert "令和8年11月25日" in text
    # The Japanese form of the author, the English organisation (no Japanese form given).
    assert "作成：分析 太郎、Policy Unit" in text
    assert "T. Analyst" not in text
    # Era years in the body text's dates too, not only in the date column.
    assert "令和7年12月23日、政府は" in text
    assert "2025年12月23日、政府は" not in text


def test_export_of_a_saved_brief_reports_library_changes(
    tmp_path: Path, make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = Brief(
        template="policy-brief",
        title=Bilingual("Saved", "保存済み"),
        language=LanguageMode.ENGLISH,
        date=dt.date(2026, 11, 25),
        sections=(
            Section(
                "summary",
                Bilingual("Summary", "概要"),
                (FactItem("hq-established", "stale-fingerprint"), FactItem("vanished")),
            ),
        ),
    )
    path = tmp_path / "saved.brief"
    save_brief(path, brief, expected=None)
    out_file = tmp_path / "saved.pdf"
    code, _, err = run(
        ["export", str(path), "--library", str(make_library()), "-o", str(out_file)], capsys
    )
    assert code == 0
    assert "warning: fact 'hq-established' changed in the library since the brief was made" in err
    assert "warning: fact 'vanished' removed in the library since the brief was made" in err
    assert out_file.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--template", "policy-brief", "-o", "{tmp}/b.txt"], "must end in .docx or .pdf"),
        (["--template", "nope", "-o", "{tmp}/b.pdf"], "no template named 'nope'"),
        (
            ["--template", "chronology", "--facts", "x,y", "-o", "{tmp}/b.pdf"],
            "unknown fact ids: x, y",
        ),
        (["--template", "chronology", "-o", "{tmp}/missing/b.pdf"], "does not exist"),
        (["{tmp}/none.brief", "-o", "{tmp}/b.pdf"], "no such file"),
        (["--template", "chronology", "--date", "2026-02-30", "-o", "{tmp}/b.pdf"], "YYYY-MM-DD"),
        (
            [
                "--template",
                "chronology",
                "--reference-doc",
                "{tmp}/none.docx",
                "-o",
                "{tmp}/b.docx",
            ],
            "reference document",
        ),
    ],
)
def test_user_mistakes_end_in_one_line_and_exit_2(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["export", *[a.replace("{tmp}", str(tmp_path)) for a in args]], capsys)
    assert code == 2
    assert err.startswith("briefgen: error: ")
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not any(p.suffix in (".pdf", ".docx") for p in tmp_path.iterdir())


def test_failed_export_keeps_the_previous_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = tmp_path / "b.pdf"
    out_file.write_bytes(b"%PDF previous")

    def broken_render(*args: object, **kwargs: object) -> bytes:
        from briefgen.render.base import RenderError

        raise RenderError("the renderer failed")

    monkeypatch.setattr("briefgen.render.pdf.renderer.PdfRenderer.render", broken_render)
    code, _, err = run(["export", "--template", "chronology", "-o", str(out_file)], capsys)
    assert code == 2
    assert "the renderer failed" in err
    assert out_file.read_bytes() == b"%PDF previous"


def test_facts_added_to_a_saved_brief_keep_its_notes_and_rewording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = Brief(
        template="policy-brief",
        title=Bilingual("Saved", "保存済み"),
        date=dt.date(2026, 11, 25),
        sections=(
            Section(
                "summary",
                Bilingual("Summary", "概要"),
                (
                    FactItem("hq-established", reword=Bilingual("The HQ opened in 2025.", "")),
                    NoteItem("note-1", Bilingual("Our own note.", "")),
                ),
            ),
            Section("timeline", Bilingual("Timeline", "経緯"), (), "table"),
        ),
    )
    path = tmp_path / "saved.brief"
    save_brief(path, brief, expected=None)
    out_file = tmp_path / "saved.docx"
    code, _, _ = run(
        ["export", str(path), "--facts", "bill-lower-house", "-o", str(out_file)], capsys
    )
    assert code == 0
    text = docx_text(out_file)
    assert "The HQ opened in 2025." in text
    assert "Our own note." in text
    assert "The House of Representatives passed the AI Promotion bill on 24 April 2025." in text


def test_select_never_puts_a_rejected_duplicate_in_the_brief(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    duplicate = (
        "facts:\n  - id: act-enacted\n    topic: act\n    en: A copy about a zeppelin.\n"
        "    ja: 飛行船の写し。\n    as_of: 2025-05-28\n    status: confirmed\n"
        "    sources: [jiji]\n"
    )
    root = make_library({"facts/zz-duplicate.yaml": duplicate})
    out_file = tmp_path / "b.docx"
    code, _, err = run(
        ["export", "--template", "chronology", "--library", str(root), "--select", "zeppelin",
         "--facts", "hq-established", "-o", str(out_file)],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert "--select 'zeppelin' matched no fact" in err
    text = docx_text(out_file)
    assert "zeppelin" not in text and "Diet enacted" not in text


def test_citations_footnotes_makes_word_footnotes_and_is_refused_for_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.docx"
    code, _, _ = run(
        ["export", "--template", "executive-one-pager", "--citations", "footnotes",
         "-o", str(out_file)],
        capsys,
    )  # fmt: skip
    assert code == 0
    with zipfile.ZipFile(out_file) as package:
        assert "word/footnotes.xml" in package.namelist()
    code, _, err = run(
        ["export", "--template", "executive-one-pager", "--citations", "footnotes",
         "-o", str(tmp_path / "b.pdf")],
        capsys,
    )  # fmt: skip
    assert code != 0
    assert "--citations footnotes is for a DOCX" in err
    assert not (tmp_path / "b.pdf").exists()


def test_a_selection_longer_than_the_template_holds_is_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        ["export", "--template", "executive-one-pager", "--select", "Basic Plan",
         "-o", str(tmp_path / "b.pdf")],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert re.search(r"warning: the brief runs \d+ lines past the 1 page its template holds", err)
    code, _, err = run(
        ["export", "--template", "executive-one-pager", "--lang", "bilingual",
         "-o", str(tmp_path / "s.pdf")],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert "lines past" not in err  # the suggestions were cut to fit
