"""The facts page shows only what the library accepted: no blank rows for rejected facts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from briefgen.gui.wizard import PageId
from tests.conftest import LibraryFactory
from tests.gui.conftest import WindowFactory

DUPLICATE_AND_ORPHAN = """\
facts:
  - id: act-enacted
    topic: act
    en: A second copy that mentions a zeppelin.
    ja: 飛行船に触れる二つ目の写し。
    as_of: 2025-05-28
    status: confirmed
    sources: [jiji]
  - id: orphan
    topic: act
    en: A zeppelin fact that cites nothing known.
    ja: 飛行船の事実。
    as_of: 2025-05-28
    status: confirmed
    sources: [no-such-source]
"""


def test_rejected_facts_are_not_rows_of_the_facts_page(
    make_window: WindowFactory, make_library: LibraryFactory, qtbot: QtBot
) -> None:
    root = make_library({"facts/zz-rejected.yaml": DUPLICATE_AND_ORPHAN})
    window = make_window(library_root=root)
    wizard = window.wizard
    wizard.start_page.select_template("chronology")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.FACTS
    page = wizard.facts_page
    model = page.model
    assert model is not None
    library = window.library.library
    assert len(library.errors) == 2
    assert sorted(model.fact_ids()) == sorted(library.facts) == [
        "act-enacted", "act-no-penalties", "hq-established",
    ]  # fmt: skip
    page.search.setText("zeppelin")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert page.count.text() == "0 of 3 facts"
    page.search.setText("飛行船")
    page.apply_filters()
    assert model.rowCount() == 0
    assert all(model.fact_at(row) is not None for row in range(model.rowCount()))
