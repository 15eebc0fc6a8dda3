"""`briefgen library search`: text and JSON output."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.core.system.paths import default_library_dir
from tests.conftest import LibraryFactory


def search_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["library", "search", *args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list)
    return rows


def test_json_rows_carry_id_texts_status_and_sources(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = search_json(["本部", "--library", str(make_library())], capsys)
    assert [row["id"] for row in rows] == ["hq-established"]
    row = rows[0]
    assert row["en"] == "The AI Strategy Headquarters was established on 1 September 2025."
    assert row["ja"] == "人工知能戦略本部は2025年9月1日に設置された。"
    assert row["status"] == "confirmed"
    assert row["sources"] == [
        {
            "id": "cao",
            "locator": "",
            "title": "AI法 全面施行 -次なるフェーズへ-",
            "title_translated": "The AI Act in full force",
            "publisher": "内閣府",
            "url": "https://www.cao.go.jp/press/new_wave/20251003.html",
        }
    ]


def test_text_output_lists_both_languages(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["library", "search", "penalty", "--library", str(make_library())]) == 0
    captured = capsys.readouterr()
    assert "act-no-penalties  [single-source]" in captured.out
    assert "本法は罰則規定を設けていない。" in captured.out
    assert "1 matching fact" in captured.err


@pytest.mark.parametrize(
    ("query", "must_include"),
    [
        ("本部", {"hq-established", "hq-legal-basis", "hq-composition"}),
        ("法", {"act-official-title", "act-no-penalties"}),
        ("AI Strategy", {"hq-established", "role-ai-minister-onoda"}),
        ('"AI Strategy Headquarters"', {"hq-established", "hq-legal-basis"}),
    ],
)
def test_bundled_library_answers_the_documented_queries(
    query: str, must_include: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = search_json([query], capsys)
    ids = {str(row["id"]) for row in rows}
    missing = must_include - ids
    assert not missing, f"{query!r} did not find {missing}; found {sorted(ids)}"
    # Every result really contains the query, in its text or its sources' titles.
    for row in rows:
        haystack = json.dumps(row, ensure_ascii=False).casefold()
        for term in query.strip('"').split():
            assert term.casefold() in haystack, (query, row["id"])


def test_a_library_folder_named_in_shift_jis_is_searched_and_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As unzipped from an archive made on Japanese Windows: the names are not UTF-8.
    root = tmp_path / os.fsdecode(b"\x83\x89\x83C\x83u\x83\x89\x83\x8a")  # ライブラリ
    shutil.copytree(default_library_dir(), root)
    (root / "facts" / "act.yaml").rename(root / "facts" / os.fsdecode(b"\x96@.yaml"))  # 法
    for _ in range(2):  # building the cache, then using it
        assert main(["library", "search", "本部", "--library", str(root), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)
        out = tmp_path / "brief.pdf"
        args = ["export", "--template", "chronology", "--library", str(root), "-o", str(out)]
        assert main(args) == 0
        assert "Traceback" not in capsys.readouterr().err
        assert out.read_bytes().startswith(b"%PDF")


def test_json_rows_carry_a_relevance_score_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    rows = search_json(["Onoda"], capsys)
    scores = [row["score"] for row in rows]
    numbers = [score for score in scores if isinstance(score, float)]
    assert numbers == scores
    assert "Onoda" in str(rows[0]["en"])
    assert numbers[0] == max(numbers) > 0
