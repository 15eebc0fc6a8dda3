"""`briefgen library import`: CSL-JSON and BibTeX become sources, once, with nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.core.library.store import load_library
from tests.conftest import LibraryFactory

CSL = [
    {
        "id": "yamada2025",
        "type": "article-journal",
        "title": "人工知能戦略本部の設置と今後の課題",
        "author": [{"family": "山田", "given": "太郎"}, {"family": "Smith", "given": "Jane"}],
        "container-title": "Journal of Japanese Policy",
        "publisher": "Example Press",
        "DOI": "https://doi.org/10.1234/JJP.2025.001",
        "URL": "https://example.org/articles/1",
        "issued": {"date-parts": [[2025, 9]]},
        "accessed": {"date-parts": [[2025, 10, 1]]},
        "language": "ja",
    },
    {
        "id": "kantei-page",
        "type": "webpage",
        "title": "AI Strategy Headquarters",
        "container-title": "Prime Minister's Office of Japan",
        "URL": "https://www.kantei.go.jp/jp/singi/ai_senryaku/",
        "issued": {"date-parts": [[2025, 9, 1]]},
        "language": "en-US",
    },
    {
        "id": "already-here",
        "type": "article-newspaper",
        "title": "Japan Enacts Bill on AI Development, Risks",
        "publisher": "nippon.com",
        "URL": "http://nippon.com/en/news/yjj2025052800116",
    },
]

BIBTEX = r"""
@article{same-doi-other-key,
  author = {Yamada, Taro},
  title = {The same paper, exported again},
  journal = {Journal of Japanese Policy},
  year = {2025},
  doi = {10.1234/jjp.2025.001},
}

@techreport{mueller2025,
  author = {M{\"u}ller, J{\"o}rg and {Ministry of Internal Affairs}},
  title = {{AI} Governance in Japan: {\"U}ber die {AI}-Strategie},
  institution = {Institut f{\"u}r Politik},
  year = {2025}, month = oct,
  url = {https://example.org/report?id=7&lang=de},
  urldate = {2025-11-02},
  langid = {german},
}

@book{sato,
  author = {佐藤 花子},
  title = {日本のAI政策 ―推進法の解説―},
  publisher = {有斐閣},
  year = {2026},
}
"""


def _import(root: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(["library", "import", str(file), "--library", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return out, err


def _check(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["library", "check", "--library", str(root)]) == 0
    assert "0 errors" in capsys.readouterr().out


def test_csl_json_then_bibtex_twice_adds_each_reference_once(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library()
    sources_before = (root / "sources" / "sources.yaml").read_bytes()
    csl, bib = tmp_path / "zotero.json", tmp_path / "refs.bib"
    csl.write_text(json.dumps(CSL, ensure_ascii=False), encoding="utf-8")
    bib.write_text(BIBTEX, encoding="utf-8")

    out, err = _import(root, csl, capsys)
    assert "2 sources added to sources/imported.yaml, 1 skipped" in err
    assert "skipped already-here: URL" in out  # the same page as 'jiji', written differently
    _check(root, capsys)
    imported = (root / "sources" / "imported.yaml").read_text(encoding="utf-8")

    out, err = _import(root, bib, capsys)
    assert "2 sources added" in err and "1 skipped" in err
    assert "skipped same-doi-other-key: DOI 10.1234/jjp.2025.001" in out
    _check(root, capsys)
    after_bib = (root / "sources" / "imported.yaml").read_text(encoding="utf-8")
    assert after_bib.startswith(imported)  # appended; earlier lines untouched

    for again in (csl, bib):
        out, err = _import(root, again, capsys)
        assert "0 sources added" in err
    assert (root / "sources" / "imported.yaml").read_text(encoding="utf-8") == after_bib
    assert (root / "sources" / "sources.yaml").read_bytes() == sources_before

    library = load_library(root)
    paper = library.sources["yamada2025"]
    assert paper.title == "人工知能戦略本部の設置と今後の課題"
    assert paper.authors == ("山田 太郎", "Jane Smith")
    assert paper.doi == "10.1234/JJP.2025.001"
    assert paper.container == "Journal of Japanese Policy"
    assert str(paper.published) == "2025-09"
    assert paper.accessed is not None and paper.accessed.isoformat() == "2025-10-01"
    page = library.sources["kantei-page"]
    assert page.publisher == "Prime Minister's Office of Japan"
    assert page.language == "en-US"
    report = library.sources["mueller2025"]
    assert report.title == "AI Governance in Japan: Über die AI-Strategie"
    assert report.authors == ("Jörg Müller", "Ministry of Internal Affairs")
    assert report.url == "https://example.org/report?id=7&lang=de"
    assert report.publisher == "Institut für Politik"
    assert str(report.published) == "2025-10"
    book = library.sources["sato"]
    assert book.title == "日本のAI政策 ―推進法の解説―"
    assert book.authors == ("佐藤 花子",)
    assert book.language == "ja"


def test_a_file_that_is_not_references_ends_in_one_line(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[{'not': json", encoding="utf-8")
    code = main(["library", "import", str(broken), "--library", str(make_library())])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"briefgen: error: {broken}:1: not valid JSON")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "@misc{fine, title={Fine}, publisher={P}, year=2020}\n"
            "@article{broken, title={Never closed, publisher={P}\n",
            "2: an entry that cannot be read (@article{broken",
        ),
        (
            "@misc{a, title={First}, publisher={P}}\n@misc{a, title={Second}, publisher={P}}\n",
            "2: a second entry with the same key (@misc{a",
        ),
    ],
)
def test_a_bibtex_entry_that_cannot_be_read_is_named_not_dropped(
    make_library: LibraryFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    reason: str,
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(text, encoding="utf-8")
    root = make_library()
    code = main(["library", "import", str(bib), "--library", str(root)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"briefgen: error: {bib}:{reason}")
    assert len(err.splitlines()) == 1  # one line: bibtexparser's own log is not shown
    assert not (root / "sources" / "imported.yaml").exists()


def test_a_reference_without_a_title_is_skipped_with_a_plain_reason(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@misc{untitled, publisher={P}, year=2020}\n", encoding="utf-8")
    out, _ = _import(make_library(), bib, capsys)
    assert "skipped untitled: the reference has no title" in out


def test_a_cache_folder_that_cannot_hold_the_edit_lock_ends_in_one_line(
    make_library: LibraryFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_library()
    csl = tmp_path / "zotero.json"
    csl.write_text(json.dumps(CSL[:1], ensure_ascii=False), encoding="utf-8")
    not_a_folder = tmp_path / "cache-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(not_a_folder))
    code = main(["library", "import", str(csl), "--library", str(root)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines()[-1] == (
        f"briefgen: error: cannot lock the library for editing in {not_a_folder / 'locks'}: "
        "Not a directory"
    )
    assert not (root / "sources" / "imported.yaml").exists()


def test_an_import_of_many_references_writes_the_sources_file_once(
    make_library: LibraryFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One write, not one per reference: each write parsed the whole growing
    # file again, so an import of 300 references took minutes.
    from briefgen.core.system.atomic import write_atomic

    writes: list[Path] = []

    def counting_write(path: Path, data: bytes) -> None:
        writes.append(path)
        write_atomic(path, data)

    monkeypatch.setattr("briefgen.core.curation.edit.write_atomic", counting_write)
    references = [
        {"id": f"report-{n}", "type": "report", "title": f"報告書 第{n}号", "publisher": "内閣府"}
        for n in range(40)
    ]
    csl = tmp_path / "many.json"
    csl.write_text(json.dumps(references, ensure_ascii=False), encoding="utf-8")
    root = make_library()
    _, err = _import(root, csl, capsys)
    assert "40 sources added" in err
    assert writes == [root / "sources" / "imported.yaml"]
    library = load_library(root)
    assert [library.sources[f"report-{n}"].title for n in (0, 39)] == [
        "報告書 第0号",
        "報告書 第39号",
    ]
    _check(root, capsys)


def test_a_csl_name_part_written_as_null_is_left_out(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = {
        "id": "nulls",
        "type": "report",
        "title": "AI白書",
        "publisher": "内閣府",
        "author": [{"family": "内閣府", "given": None}, {"family": None, "given": None}],
    }
    csl = tmp_path / "nulls.json"
    csl.write_text(json.dumps([reference], ensure_ascii=False), encoding="utf-8")
    root = make_library()
    _import(root, csl, capsys)
    assert load_library(root).sources["nulls"].authors == ("内閣府",)


def test_into_a_path_that_leaves_the_library_is_refused(
    make_library: LibraryFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csl = tmp_path / "zotero.json"
    csl.write_text(json.dumps(CSL[:1], ensure_ascii=False), encoding="utf-8")
    root = make_library()
    into = "sources/../../outside.yaml"
    code = main(["library", "import", str(csl), "--library", str(root), "--into", into])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines()[-1] == (
        f"briefgen: error: {into}: not a file under facts/ or sources/ of the library"
    )
    assert not (tmp_path / "outside.yaml").exists()


def test_an_import_racing_another_process_reads_the_library_again_and_loses_nothing(
    make_library: LibraryFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import briefgen.core.curation.reference_import as reference_import

    root = make_library()
    csl = tmp_path / "zotero.json"
    csl.write_text(json.dumps(CSL[:2], ensure_ascii=False), encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(json.dumps(CSL[1:2], ensure_ascii=False), encoding="utf-8")
    real_read = reference_import.read_references
    raced: list[bool] = []

    def read_while_another_import_saves(path: Path) -> list[reference_import.Reference]:
        references = real_read(path)
        if not raced:  # between our reading the library and writing, another import saves
            raced.append(True)
            assert main(["library", "import", str(other), "--library", str(root)]) == 0
        return references

    monkeypatch.setattr(reference_import, "read_references", read_while_another_import_saves)
    out, err = _import(root, csl, capsys)
    assert "skipped kantei-page: DOI" in out or "skipped kantei-page: URL" in out
    assert "1 source added" in err.splitlines()[-1]
    assert {"yamada2025", "kantei-page"} <= set(load_library(root).sources)
    _check(root, capsys)
