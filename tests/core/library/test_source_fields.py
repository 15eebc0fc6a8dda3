"""Source fields: a title the curators devised is marked and shown in brackets."""

from __future__ import annotations

from briefgen.core.library.store import load_library
from tests.conftest import SOURCES_YAML, LibraryFactory

DEVISED = """\
  - id: devised
    title: '[Newsletter on the AI bill]'
    title_devised: true
    publisher: A law firm
    url: https://example.org/newsletter
    accessed: 2026-11-29
    language: en
    kind: commentary
"""


def test_devised_title_loads_marked_as_devised(make_library: LibraryFactory) -> None:
    library = load_library(make_library({"sources/sources.yaml": SOURCES_YAML + DEVISED}))
    assert not library.errors
    assert library.sources["devised"].title_devised
    assert library.sources["devised"].title == "[Newsletter on the AI bill]"
    assert not library.sources["cao"].title_devised


def test_devised_title_without_brackets_is_an_error_at_its_line(
    make_library: LibraryFactory,
) -> None:
    body = SOURCES_YAML + DEVISED.replace("'[Newsletter on the AI bill]'", "Newsletter on the bill")
    library = load_library(make_library({"sources/sources.yaml": body}))
    assert "devised" not in library.sources
    [problem] = library.errors
    assert problem.line == SOURCES_YAML.count("\n") + 2  # the title line
    assert "written in square brackets" in problem.message


def test_title_devised_must_be_true_or_false(make_library: LibraryFactory) -> None:
    body = SOURCES_YAML + DEVISED.replace("title_devised: true", "title_devised: maybe")
    library = load_library(make_library({"sources/sources.yaml": body}))
    assert "devised" not in library.sources
    [problem] = library.errors
    assert "'title_devised' must be true or false" in problem.message
