"""`briefgen library stale`: what curators should review, grouped and counted; exit 1 if any."""

from __future__ import annotations

import pytest

from briefgen.cli import main
from tests.conftest import FACTS_YAML, SOURCES_YAML, LibraryFactory

TO_REVIEW = """\
facts:
  - id: old-claim
    topic: act
    en: A claim checked long ago.
    ja: 昔確認した主張。
    as_of: 2025-01-01
    review_by: 2025-06-01
    status: confirmed
    sources: [cao]
  - id: older-claim
    topic: act
    en: A claim checked even longer ago.
    ja: さらに昔確認した主張。
    as_of: 2024-01-01
    review_by: 2024-06-01
    status: confirmed
    sources: [cao]
  - id: rumour
    topic: act
    en: A claim no source confirms.
    ja: 出典で確認できない主張。
    as_of: 2025-01-01
    status: unverified
    sources: [jiji]
  - id: contested
    topic: act
    en: A claim the sources disagree on.
    ja: 出典の見解が分かれる主張。
    as_of: 2025-01-01
    status: disputed
    sources: [jiji]
  - id: english-only
    topic: act
    en: Only in English for now.
    as_of: 2025-01-01
    status: confirmed
    sources: [jiji]
  - id: replaced
    topic: act
    en: Replaced, and past its review date, but history now.
    ja: 置き換え済み。
    as_of: 2024-01-01
    review_by: 2024-02-01
    status: superseded
    superseded_by: old-claim
    sources: [jiji]
"""


def test_nothing_to_review_exits_0(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    dated = SOURCES_YAML.replace(
        "    language: ja\n", "    accessed: 2025-10-03\n    language: ja\n"
    )
    dated = dated.replace("    language: en\n", "    accessed: 2025-05-28\n    language: en\n")
    root = make_library({"sources/sources.yaml": dated, "facts/facts.yaml": FACTS_YAML})
    assert main(["library", "stale", "--library", str(root)]) == 0
    assert capsys.readouterr().out.strip() == "Nothing to review."


def test_items_are_grouped_counted_and_placed(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library({"facts/review.yaml": TO_REVIEW})
    assert main(["library", "stale", "--library", str(root)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Past their review-by date (re-check against the sources): 2",
        "  facts/review.yaml:10: older-claim  (review by 2024-06-01)",
        "  facts/review.yaml:2: old-claim  (review by 2025-06-01)",
        "",
        "Disputed (sources disagree): 1",
        "  facts/review.yaml:25: contested",
        "",
        "Unverified (no source confirms them yet): 1",
        "  facts/review.yaml:18: rumour",
        "",
        "Missing a translation: 1",
        "  facts/review.yaml:32: english-only  (no Japanese text)",
        "",
        "Sources with no access date ('accessed'): 2",
        "  sources/sources.yaml:2: cao",
        "  sources/sources.yaml:10: jiji",
        "",
        "7 items to review",
    ]
