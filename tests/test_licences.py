"""The list of shipped components and their licences, as the bundle and the About dialog use it."""

from __future__ import annotations

from briefgen.licences import (
    Component,
    environment_components,
    parse,
    python_packages,
    qt_component,
    render,
)

RUNTIME = {"pyside6-essentials", "python-docx", "reportlab", "pyyaml", "msgspec"}


def test_runtime_packages_are_found_through_the_requirements() -> None:
    names = {c.name.lower().replace("_", "-") for c in python_packages()}
    assert RUNTIME | {"platformdirs", "pypdf", "lxml", "shiboken6"} <= names
    assert {"filelock", "ruamel.yaml", "bibtexparser", "pylatexenc"} <= names  # library editing
    assert not names & {"pytest", "mypy", "ruff", "pyinstaller"}  # development tools ship nowhere


def test_every_runtime_package_has_a_licence_and_its_text() -> None:
    qt_for_python = {"pyside6-essentials", "pyside6-pdf", "shiboken6"}
    for component in python_packages():
        assert component.licence, component.name
        if component.name.lower().replace("_", "-") in qt_for_python:
            # Qt for Python ships no licence file: its entries point at Qt's, which has the texts
            assert "see the Qt entry" in component.text and "LGPL" in component.licence
        else:
            assert len(component.text) > 200, f"{component.name} has no licence text"


def test_qt_is_listed_under_the_lgpl_with_where_to_get_its_source() -> None:
    qt = qt_component()
    assert qt.licence == "LGPL-3.0-only"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text
    assert "GNU GENERAL PUBLIC LICENSE" in qt.text  # the LGPL adds to the GPL: both ship
    assert "replace" in qt.note and "download.qt.io" in qt.note


def test_the_fonts_python_and_icu_are_listed() -> None:
    names = [c.name for c in environment_components()]
    assert names[:3] == ["Python", "Qt", "ICU (International Components for Unicode)"]
    assert any("IPAex" in n for n in names) and any("Noto" in n for n in names)
    fonts = {c.name: c for c in environment_components() if "IPAex" in c.name or "Noto" in c.name}
    assert all("Font" in c.text or "FONT" in c.text for c in fonts.values())


def test_the_file_reads_back_as_it_was_written() -> None:
    components = [
        Component(
            "A", "1.0", "MIT", "https://a.example", "Line one\n\n" + "=" * 78 + "\nnot a header"
        ),
        Component("B", "", "BSD-3-Clause", "", "", note="a note"),
    ]
    assert parse(render(components)) == [
        components[0],
        Component(
            "B",
            "",
            "BSD-3-Clause",
            "",
            "(no licence text was shipped with this component)",
            "a note",
        ),
    ]


def test_the_whole_environment_round_trips() -> None:
    components = environment_components()
    assert parse(render(components)) == components
