"""Read a template file: YAML composed safely into nodes, checked field by field.

Every problem is a typed :class:`Problem` (the command line prints it in
English, the app in the interface language). Used by
:mod:`briefgen.core.templates.cache` when a template is new or changed, so
PyYAML is imported only then.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode

from briefgen.core.library.entry_reader import EntryReader
from briefgen.core.library.model import SourceKind, Status
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


def parse_template(path: Path) -> Template:
    """Return the template in ``path``; raise :class:`TemplateError` listing every problem."""
    name = path.name
    try:
        root = compose(read_input_file(path, MAX_FILE_BYTES))
        check_plain(root)
    except YamlReadError as exc:
        raise TemplateError((exc.problem(name),)) from None
    except InputFileError as exc:
        problem = Problem(C.CANNOT_READ, name, 1, params={"reason": exc.reason})
        raise TemplateReadError((problem,)) from None
    if not isinstance(root, MappingNode):
        problem = Problem(C.FILE_NOT_A_MAPPING, name, line_of(root), params={"file": name})
        raise TemplateError((problem,))
    r = EntryReader(root, name, "template", TEMPLATE_FIELDS)
    label = r.bilingual("name", required=True)
    description = r.bilingual("description")
    title = r.bilingual("title")
    marking = r.bilingual("marking")
    page = _read_page(r)
    length = _number(r, "pages", default=0, low=1, high=100)
    pages = int(length)
    if pages != length:
        r.error(r.line_of_field("pages"), C.NOT_A_WHOLE_NUMBER, "pages")
    sources = r.choice("sources", SourceForm, default=SourceForm.FULL) or SourceForm.FULL
    sections: list[TemplateSection] = []
    seen: dict[str, int] = {}
    for node in r.sequence("sections", required=True):
        if not isinstance(node, MappingNode):
            r.error(line_of(node), C.ENTRY_NOT_A_MAPPING, key="sections")
            continue
        section = _read_section(node, name, r)
        if section is not None:
            if section.section_id in seen:
                r.error(
                    line_of(node),
                    C.DUPLICATE_ID,
                    entry="section",
                    id=section.section_id,
                    first=f"{name}:{seen[section.section_id]}",
                )
            seen.setdefault(section.section_id, line_of(node))
            sections.append(section)
    errors = tuple(p for p in r.problems if p.is_error)
    if errors:
        raise TemplateError(errors)
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
        r.error(line_of(node), C.FIELD_NOT_A_MAPPING, "page")
        return PageSetup()
    p = EntryReader(node, r.path, "page", PAGE_FIELDS)
    size_text = p.text("size") or "A4"
    sizes = {s.value.casefold(): s for s in PageSize}
    size = sizes.get(size_text.casefold())
    if size is None:
        p.error(
            p.line_of_field("size"),
            C.NOT_ONE_OF,
            "size",
            value=size_text,
            allowed=", ".join(s.value for s in PageSize),
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
    r.error(line_of(node), C.NOT_TRUE_OR_FALSE, key, value=str(getattr(node, "value", "")))
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
        r.error(line_of(node), C.NUMBER_OUT_OF_RANGE, key, low=f"{low:g}", high=f"{high:g}")
        return default
    return value


def _read_section(node: MappingNode, path: str, parent: EntryReader) -> TemplateSection | None:
    s = EntryReader(node, path, "section", SECTION_FIELDS)
    section_id = s.text("id", required=True)
    if section_id and not ID_RE.match(section_id):
        s.error(s.line_of_field("id"), C.INVALID_ID, "id", value=section_id)
    heading = s.bilingual("heading", required=True)
    if heading.en and not heading.ja:
        s.error(s.line_of_field("heading"), C.HEADING_NEEDS_JAPANESE, "heading")
    display = s.text("display") or "bullets"
    if display not in ("bullets", "table"):
        s.error(
            s.line_of_field("display"),
            C.NOT_ONE_OF,
            "display",
            value=display,
            allowed="bullets, table",
        )
    order = s.text("order") or "library"
    if order not in ORDERS:
        s.error(
            s.line_of_field("order"), C.NOT_ONE_OF, "order", value=order, allowed=", ".join(ORDERS)
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
        s.error(line_of(node), C.FIELD_NOT_A_MAPPING, "suggest")
        return None
    g = EntryReader(node, s.path, "section", SUGGEST_FIELDS, entry_id=s.entry_id, prefix="suggest.")
    kinds: list[SourceKind] = []
    for kind in g.text_list("source_kinds"):
        try:
            kinds.append(SourceKind(kind))
        except ValueError:
            g.error(
                g.line_of_field("source_kinds"),
                C.NOT_ONE_OF,
                "source_kinds",
                value=kind,
                allowed=", ".join(k.value for k in SourceKind),
            )
    statuses: list[Status] = []
    for status in g.text_list("statuses"):
        try:
            statuses.append(Status(status))
        except ValueError:
            g.error(
                g.line_of_field("statuses"),
                C.NOT_ONE_OF,
                "statuses",
                value=status,
                allowed=", ".join(k.value for k in Status),
            )
    suggestion = Suggestion(
        topics=g.text_list("topics"),
        tags=g.text_list("tags"),
        source_kinds=tuple(kinds),
        statuses=tuple(statuses) or DEFAULT_STATUSES,
    )
    s.problems.extend(g.problems)
    return suggestion
