"""The facts page's detail pane: a fact's texts, status, dates and sources, safely escaped."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from briefgen.core.library.store import load_library
from briefgen.gui.fact_detail import fact_html
from tests.conftest import FACTS_YAML, LibraryFactory

TODAY = dt.date(2025, 11, 1)


def test_the_detail_shows_both_texts_the_readers_language_first(
    qtbot: QtBot, make_library: LibraryFactory
) -> None:
    library = load_library(make_library())
    fact = library.facts["act-enacted"]
    english = fact_html(fact, library, "en", TODAY)
    japanese = fact_html(fact, library, "ja", TODAY)
    assert english.index(fact.text.en) < english.index(fact.text.ja)
    assert japanese.index(fact.text.ja) < japanese.index(fact.text.en)
    assert "<code>act-enacted</code>" in english and "2025-05-28" in english


def test_each_source_is_listed_with_its_link_publisher_and_locator(
    qtbot: QtBot, make_library: LibraryFactory
) -> None:
    library = load_library(make_library())
    html = fact_html(library.facts["act-no-penalties"], library, "en", TODAY)
    assert "<a href='https://www.nippon.com/en/news/yjj2025052800116/'>" in html
    assert "Japan Enacts Bill on AI Development, Risks</a>" in html
    assert "nippon.com (Jiji Press)" in html and "para. 3" in html
    assert "Single source" in html


def test_text_from_the_library_is_escaped_not_rendered(
    qtbot: QtBot, make_library: LibraryFactory
) -> None:
    facts = FACTS_YAML.replace(
        "en: The Act has no penalty provisions.",
        "en: The Act has no <b>penalty</b> provisions & fines.\n    notes: see <script>x</script>",
    )
    library = load_library(make_library({"facts/facts.yaml": facts}))
    html = fact_html(library.facts["act-no-penalties"], library, "en", TODAY)
    assert "&lt;b&gt;penalty&lt;/b&gt; provisions &amp; fines." in html
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_a_fact_past_its_review_date_says_so(qtbot: QtBot, make_library: LibraryFactory) -> None:
    facts = FACTS_YAML.replace(
        "    as_of: 2025-10-03\n", "    as_of: 2025-10-03\n    review_by: 2025-10-31\n", 1
    )
    library = load_library(make_library({"facts/facts.yaml": facts}))
    html = fact_html(library.facts["hq-established"], library, "en", TODAY)
    assert "(2025-10-31)" in html
