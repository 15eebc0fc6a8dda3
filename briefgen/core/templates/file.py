"""Read a template file: YAML composed safely into nodes, checked field by field.

Every problem is reported as ``path:line: message``. Used by
:mod:`briefgen.core.templates.cache` when a template is new or changed, so
PyYAML is imported only then.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from briefgen.core.library.entry_reader import EntryReader
from briefgen.core.library.model import SourceKind, Status
from briefgen.core.library.problem_text import subject
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.core.library.safe_yaml import (
    MAX_FILE_BYTES,
    YamlReadError,
    check_plain,
    compose,
    line_of,
)
from briefgen.core.library.validate import ID_RE
from briefgen.core.system.input_file import InputFileError, read_input_file
from briefgen.core.templates.model import (
    DEFAULT_STATUSES,
    ORDERS,
    PAGE_FIELDS,
    SECTION_FIELDS,
    SUGGEST_FIELDS,
    TEMPLATE_FIELDS,
    Suggestion,
    Template,
    TemplateError,
    TemplateSection,
)
from briefgen.core.templates.page import PageSetup, PageSize, SourceForm


class TemplateReadError(TemplateError):
    """Raised when a template file cannot be read (permissions, a missing share): not cached."""


C = ProblemCode
TEMPLATE_RULE = ProblemCode.TEMPLATE_RULE


def _what(r: EntryReader) -> str:
    return subject(Problem(C.EMPTY_FIELD, r.path, r.line, entry=r.entry, entry_id=r.entry_id))


def _fail(problems: list[str]) -> TemplateError:
    return TemplateError("\n".join(problems))


def parse_template(path: Path) -> Template:
    """Return the template in ``path``; raise :class:`TemplateError` listing every problem."""
    name = path.name
    try:
        root = compose(read_input_file(path, MAX_FILE_BYTES))
        check_plain(root)
    except YamlReadError as exc:
        raise TemplateError(f"{name}:{exc.line}: {exc.message}") from None
    except InputFileError as exc:
        raise TemplateReadError(f"{name}:1: {exc.reason}") from None
    if not isinstance(root, MappingNode):
        raise TemplateError(f"{name}:{line_of(root)}: a template is a mapping of fields")
    r = EntryReader(root, name, "template", TEMPLATE_FIELDS)
    label = r.bilingual("name", required=True)
    description = r.bilingual("description")
    title = r.bilingual("title")
    marking = r.bilingual("marking")
    page = _read_page(r)
    length = _number(r, "pages", default=0, low=1, high=100)
    pages = int(length)
    if pages != length:
        r.error(
            r.line_of_field("pages"),
            TEMPLATE_RULE,
            detail="template: 'pages' must be a whole number",
        )
    sources = r.choice("sources", SourceForm, default=SourceForm.FULL) or SourceForm.FULL
    sections: list[TemplateSection] = []
    seen: set[str] = set()
    for node in r.sequence("sections", required=True):
        if not isinstance(node, MappingNode):
            r.error(
                line_of(node), TEMPLATE_RULE, detail="template: each section is a mapping of fields"
            )
            continue
        section = _read_section(node, name, r)
        if section is not None:
            if section.section_id in seen:
                r.error(
                    line_of(node),
                    TEMPLATE_RULE,
                    detail=f"section id '{section.section_id}' is used twice",
                )
            seen.add(section.section_id)
            sections.append(section)
    errors = [str(p) for p in r.problems if p.is_error]
    if errors:
        raise _fail(errors)
    return Template(
        template_id=path.stem,
        name=label,
        description=description,
        sections=tuple(sections),
        title=title,
        marking=marking,
        page=page,
        pages=pages,
        sources=sources,
        path=path,
    )


def _read_page(r: EntryReader) -> PageSetup:
    node = r.fields.get("page")
    if node is None:
        return PageSetup()
    if not isinstance(node, MappingNode):
        r.error(line_of(node), TEMPLATE_RULE, detail="template: 'page' must be a mapping")
        return PageSetup()
    p = EntryReader(node, r.path, "page", PAGE_FIELDS)
    size_text = p.text("size") or "A4"
    sizes = {s.value.casefold(): s for s in PageSize}
    size = sizes.get(size_text.casefold())
    if size is None:
        p.error(
            p.line_of_field("size"),
            TEMPLATE_RULE,
            detail=f"page: size {size_text!r} is not A4 or Letter",
        )
        size = PageSize.A4
    landscape = _flag(p, "landscape", default=False)
    margin = _number(p, "margin_mm", default=20.0, low=5.0, high=60.0)
    r.problems.extend(p.problems)
    return PageSetup(
        size=size,
        landscape=landscape,
        margin_top_mm=margin,
        margin_bottom_mm=margin,
        margin_left_mm=margin,
        margin_right_mm=margin,
    )


def _flag(r: EntryReader, key: str, default: bool) -> bool:
    node = r.fields.get(key)
    if node is None:
        return default
    if isinstance(node, ScalarNode) and node.tag.endswith(":bool"):
        return str(node.value).lower() in ("true", "yes", "on")
    r.error(line_of(node), TEMPLATE_RULE, detail=f"{_what(r)}: '{key}' must be true or false")
    return default


def _number(r: EntryReader, key: str, default: float, low: float, high: float) -> float:
    node = r.fields.get(key)
    if node is None:
        return default
    try:
        value = float(node.value) if isinstance(node, ScalarNode) else None
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        r.error(
            line_of(node),
            TEMPLATE_RULE,
            detail=f"{_what(r)}: '{key}' must be a number from {low:g} to {high:g}",
        )
        return default
    return value


def _read_section(node: MappingNode, path: str, parent: EntryReader) -> TemplateSection | None:
    s = EntryReader(node, path, "section", SECTION_FIELDS)
    section_id = s.text("id", required=True)
    if section_id and not ID_RE.match(section_id):
        s.error(s.line_of_field("id"), C.INVALID_ID, "id", value=section_id)
    heading = s.bilingual("heading", required=True)
    if heading.en and not heading.ja:
        s.error(
            s.line_of_field("heading"),
            TEMPLATE_RULE,
            detail=f"{_what(s)}: the heading needs Japanese ('ja') too",
        )
    display = s.text("display") or "bullets"
    if display not in ("bullets", "table"):
        s.error(
            s.line_of_field("display"),
            TEMPLATE_RULE,
            detail=f"{_what(s)}: display must be 'bullets' or 'table'",
        )
    order = s.text("order") or "library"
    if order not in ORDERS:
        s.error(
            s.line_of_field("order"),
            TEMPLATE_RULE,
            detail=f"{_what(s)}: order must be one of {', '.join(ORDERS)}",
        )
    limit_node = s.fields.get("limit")
    limit: int | None = None
    if limit_node is not None:
        limit = int(_number(s, "limit", default=0, low=1, high=10_000))
    skip_used = _flag(s, "skip_used", default=False)
    suggest = _read_suggest(s)
    parent.problems.extend(s.problems)
    if not s.ok:
        return None
    return TemplateSection(
        section_id=section_id,
        heading=heading,
        display=display,
        suggest=suggest,
        order=order,
        limit=limit,
        skip_used=skip_used,
    )


def _read_suggest(s: EntryReader) -> Suggestion | None:
    node = s.fields.get("suggest")
    if node is None:
        return None
    if not isinstance(node, MappingNode):
        s.error(line_of(node), TEMPLATE_RULE, detail=f"{_what(s)}: 'suggest' must be a mapping")
        return None
    g = EntryReader(node, s.path, "section", SUGGEST_FIELDS, entry_id=s.entry_id, prefix="suggest.")
    kinds: list[SourceKind] = []
    for kind in g.text_list("source_kinds"):
        try:
            kinds.append(SourceKind(kind))
        except ValueError:
            g.error(
                g.line_of_field("source_kinds"),
                TEMPLATE_RULE,
                detail=f"{_what(g)}: unknown source kind {kind!r}",
            )
    statuses: list[Status] = []
    for status in g.text_list("statuses"):
        try:
            statuses.append(Status(status))
        except ValueError:
            g.error(
                g.line_of_field("statuses"),
                TEMPLATE_RULE,
                detail=f"{_what(g)}: unknown status {status!r}",
            )
    suggestion = Suggestion(
        topics=g.text_list("topics"),
        tags=g.text_list("tags"),
        source_kinds=tuple(kinds),
        statuses=tuple(statuses) or DEFAULT_STATUSES,
    )
    s.problems.extend(g.problems)
    return suggestion
