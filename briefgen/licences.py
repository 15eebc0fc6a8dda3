"""The third-party components briefgen ships, and their licences.

A bundle carries a ``THIRD-PARTY-LICENSES`` file written when it is built
(``packaging/third_party_licenses.py``), from the metadata of the packages
installed in the build environment: nobody types it by hand. The About
dialog's Licences view reads that file; run from a source checkout, it builds
the same list from the running environment instead.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen._version import __version__
from briefgen.core.system import paths

FILE_NAME = "THIRD-PARTY-LICENSES"
RULE = "=" * 78
_FIELD = re.compile(r"^(Component|Version|Licence|Website|Note): ?(.*)$")

QT_NOTE = (
    "briefgen uses Qt and Qt for Python (PySide6) under the GNU Lesser General Public "
    "License v3. The bundle keeps Qt as separate, replaceable shared libraries (the "
    "libQt6*.so / Qt6*.dll files and the Qt frameworks in the bundle's PySide6 folder): "
    "you may replace them with your own build of the same Qt version. The source code of "
    "Qt is at https://download.qt.io/official_releases/qt/ and that of Qt for Python at "
    "https://download.qt.io/official_releases/QtForPython/ (or "
    "https://code.qt.io/cgit/pyside/pyside-setup.git/)."
)


@dataclass(frozen=True)
class Component:
    """One shipped third-party component: what it is, under which licence, and the text."""

    name: str
    version: str
    licence: str
    website: str
    text: str
    note: str = ""


def python_packages(root: str = "briefgen", leave_out: Iterable[str] = ()) -> list[Component]:
    """Return the installed packages ``root`` needs at run time (not extras), with licences.

    ``leave_out`` names distributions a build leaves out of the bundle.
    """
    skipped = {_distribution_key(name) for name in leave_out}
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = _distribution_key(pending.pop())
        if name in seen or name in skipped:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement whose marker does not apply here
        seen[name] = dist
        for requirement in dist.requires or []:
            requirement_name, _, marker = requirement.partition(";")
            if "extra" in marker:
                continue
            pending.append(re.split(r"[\s<>=!~\[(]", requirement_name.strip(), maxsplit=1)[0])
    seen.pop(_distribution_key(root), None)
    return sorted((_from_distribution(d) for d in seen.values()), key=lambda c: c.name.lower())


def _distribution_key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _from_distribution(dist: metadata.Distribution) -> Component:
    meta: Any = dist.metadata  # an email.message.Message: .get() as well as get_all()
    licence = meta.get("License-Expression") or meta.get("License") or ""
    if not licence or len(licence) > 120:
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        licence = classifiers[-1].rsplit(" :: ", 1)[-1] if classifiers else licence[:120]
    website = meta.get("Home-page") or ""
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if not website or label.strip().lower() in {"homepage", "source", "repository"}:
            website = address.strip()
            break
    name = meta["Name"]
    texts = [_licence_file(dist, file) for file in meta.get_all("License-File") or []]
    text = "\n\n".join(t for t in texts if t)
    note = ""
    if not text and _distribution_key(name) in {"pyside6-essentials", "pyside6-pdf", "shiboken6"}:
        # Qt for Python ships no licence file; its licence is Qt's, whose
        # entry carries the texts once.
        text, note = "The same licence as Qt: see the Qt entry for its full text.", QT_NOTE
    return Component(name, dist.version, licence, website, text, note)


def _licence_file(dist: metadata.Distribution, file: str) -> str:
    for candidate in (f"licenses/{file}", file):
        text = dist.read_text(candidate)
        if text:
            return text.strip()
    return ""


def qt_licence_text() -> str:
    """Return the LGPL v3 and the GPL v3 it adds its permissions to (both must be shipped)."""
    folder = paths.resources_dir() / "licenses"
    return "\n\n".join(
        (folder / name).read_text(encoding="utf-8").strip()
        for name in ("LGPL-3.0.txt", "GPL-3.0.txt")
    )


def qt_component() -> Component:
    """Return Qt itself, as the PySide6 wheels carry it."""
    try:
        version = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        version = ""
    return Component(
        "Qt",
        version,
        "LGPL-3.0-only",
        "https://www.qt.io/",
        qt_licence_text(),
        QT_NOTE,
    )


def icu_component() -> Component:
    """Return ICU, which the Qt libraries link (its data trimmed in the Linux bundle)."""
    text = (paths.resources_dir() / "licenses" / "ICU.txt").read_text(encoding="utf-8").strip()
    return Component(
        "ICU (International Components for Unicode)",
        "73",
        "Unicode-3.0 AND MIT",
        "https://icu.unicode.org/",
        text,
    )


def python_component() -> Component:
    """Return the Python interpreter and standard library, with the PSF licence."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    text = ""
    for folder in (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}",
        Path(sys.base_prefix),
    ):
        candidate = folder / "LICENSE.txt"
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8", errors="replace").strip()
            break
    return Component("Python", version, "PSF-2.0", "https://www.python.org/", text)


def font_components() -> list[Component]:
    """Return the bundled fonts, with their licence texts from ``resources/fonts``."""
    folder = paths.resources_dir() / "fonts"
    ipa = (folder / "IPA_Font_License_Agreement_v1.0.txt").read_text(encoding="utf-8").strip()
    ofl = (folder / "OFL.txt").read_text(encoding="utf-8").strip()
    return [
        Component(
            "IPAex Mincho and IPAex Gothic",
            "004.01",
            "IPA Font License 1.0",
            "https://moji.or.jp/ipafont/",
            ipa,
        ),
        Component(
            "Noto Serif and Noto Sans Symbols 2",
            "2.004 / 2.000",
            "OFL-1.1",
            "https://notofonts.github.io/",
            ofl,
        ),
    ]


def environment_components(leave_out: Iterable[str] = ()) -> list[Component]:
    """Return every component briefgen ships, built from the running environment."""
    return [
        python_component(),
        qt_component(),
        icu_component(),
        *python_packages(leave_out=leave_out),
        *font_components(),
    ]


def render(components: Iterable[Component]) -> str:
    """Return the text of a ``THIRD-PARTY-LICENSES`` file listing ``components``."""
    parts = [
        f"briefgen {__version__}: third-party components and their licences",
        "",
        "This file is generated when briefgen is built, from the metadata of the",
        "packages it is built with. Each entry below gives a component, its version,",
        "its licence and the licence's text.",
    ]
    for component in components:
        parts += ["", RULE, f"Component: {component.name}", f"Version: {component.version}"]
        parts += [f"Licence: {component.licence}", f"Website: {component.website}"]
        if component.note:
            parts.append(f"Note: {component.note}")
        parts += [RULE, "", component.text or "(no licence text was shipped with this component)"]
    return "\n".join(parts) + "\n"


def parse(text: str) -> list[Component]:
    """Return the components listed in a ``THIRD-PARTY-LICENSES`` file's ``text``."""
    lines = text.splitlines()
    components: list[Component] = []
    index = 0
    while index < len(lines):
        if (
            lines[index] != RULE
            or index + 1 >= len(lines)
            or not lines[index + 1].startswith("Component:")
        ):
            index += 1
            continue
        fields: dict[str, str] = {}
        index += 1
        while index < len(lines) and lines[index] != RULE:
            match = _FIELD.match(lines[index])
            if match:
                fields[match.group(1)] = match.group(2)
            index += 1
        body: list[str] = []
        index += 1
        while index < len(lines) and not (
            lines[index] == RULE
            and index + 1 < len(lines)
            and lines[index + 1].startswith("Component:")
        ):
            body.append(lines[index])
            index += 1
        components.append(
            Component(
                fields.get("Component", ""),
                fields.get("Version", ""),
                fields.get("Licence", ""),
                fields.get("Website", ""),
                "\n".join(body).strip(),
                fields.get("Note", ""),
            )
        )
    return components


def shipped_components() -> list[Component]:
    """Return the components of this copy of briefgen: the bundle's file, else the environment."""
    shipped = paths.data_root() / FILE_NAME
    if shipped.is_file():
        return parse(shipped.read_text(encoding="utf-8"))
    return environment_components()
