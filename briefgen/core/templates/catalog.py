"""The templates in a folder: listing them, and finding one by name."""

from __future__ import annotations

from pathlib import Path

from briefgen.core.library.problems import Problem
from briefgen.core.library.validate import ID_RE
from briefgen.core.system.paths import templates_dir
from briefgen.core.templates.file import parse_template
from briefgen.core.templates.model import Template, TemplateError


def load_templates(folder: Path | None = None) -> tuple[list[Template], list[Problem]]:
    """Return the templates in ``folder`` (default: the bundled ones) and the problems found.

    A broken template is reported and left out; the others load. Every call
    reads the files: a template edited meanwhile is seen at once.
    """
    templates: list[Template] = []
    problems: list[Problem] = []
    for path in sorted((folder or templates_dir()).glob("*.yaml")):
        try:
            templates.append(parse_template(path))
        except TemplateError as exc:
            problems.extend(exc.problems)
    return templates, problems


def find_template(name: str, folder: Path | None = None) -> Template:
    """Return the template called ``name``; raise :class:`TemplateError` if there is none.

    A template's name is its file's stem, so only that file is parsed; the
    others are read only to list them when there is no such file.
    """
    folder = folder or templates_dir()
    if ID_RE.fullmatch(name):
        path = folder / f"{name}.yaml"
        if path.is_file():
            return parse_template(path)
    templates, problems = load_templates(folder)
    for template in templates:
        if template.template_id == name:
            return template
    known = ", ".join(t.template_id for t in templates) or "none"
    broken = tuple(p for p in problems if p.path == f"{name}.yaml")
    if broken:
        raise TemplateError(broken)
    raise TemplateError(f"no template named {name!r} (templates: {known})")
