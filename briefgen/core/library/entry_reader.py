"""Read the fields of one YAML mapping, reporting each problem at the line of its field."""

from __future__ import annotations

import datetime as dt
import difflib
from enum import StrEnum
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from briefgen.core.library.dates import DateFormatError, PartialDate
from briefgen.core.library.model import Bilingual, Origin
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.core.library.safe_yaml import YamlReadError, line_of, scalar_value

E = TypeVar("E", bound=StrEnum)
C = ProblemCode


class EntryReader:
    """Read the fields of one YAML mapping, collecting problems with their lines.

    The reader checks what a file can get wrong and a typed value cannot (a
    field's type, a missing or unknown field); the rules on the values are
    :mod:`briefgen.core.library.validate`'s, run once the entry is read.
    """

    def __init__(
        self,
        node: MappingNode,
        path: str,
        entry: str,
        allowed: tuple[str, ...],
        *,
        entry_id: str = "",
        prefix: str = "",
    ) -> None:
        self.path = path
        self.entry = entry
        self.entry_id = entry_id
        self.prefix = prefix
        self.line = line_of(node)
        self.problems: list[Problem] = []
        self.fields: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if (
                not entry_id
                and isinstance(key_node, ScalarNode)
                and key_node.value == "id"
                and isinstance(value_node, ScalarNode)
                and value_node.value
            ):
                self.entry_id = str(value_node.value)
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.error(line_of(key_node), C.FIELD_NAME_NOT_TEXT)
            elif key in self.fields:
                self.error(line_of(key_node), C.FIELD_TWICE, key)
            elif key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                self.error(
                    line_of(key_node), C.UNKNOWN_FIELD, key, suggestion=hint[0] if hint else ""
                )
            else:
                self.fields[key] = value_node

    @property
    def ok(self) -> bool:
        """Return True when no error has been found in this entry."""
        return not any(problem.is_error for problem in self.problems)

    def origin(self) -> Origin:
        """Return where this entry starts."""
        return Origin(self.path, self.line)

    def error(self, line: int, code: ProblemCode, key: str = "", **params: str) -> None:
        """Record an error at ``line`` about the field ``key``."""
        self.problems.append(
            Problem(
                code,
                self.path,
                line,
                field=self.prefix + key if key else self.prefix.rstrip("."),
                params=params,
                entry=self.entry,
                entry_id=self.entry_id,
            )
        )

    def placed(self, problems: list[Problem]) -> None:
        """Add problems found on the entry's values, each at the line of its field."""
        for problem in problems:
            field = problem.field.removeprefix(self.prefix)
            self.problems.append(problem.at(self.path, self.line_of_field(field)))

    def line_of_field(self, key: str) -> int:
        """Return the line of a field's value, or of the entry when the field is absent."""
        node = self.fields.get(key)
        return line_of(node) if node is not None else self.line

    def _scalar(self, key: str, required: bool) -> ScalarNode | None:
        node = self.fields.get(key)
        if node is None:
            if required:
                self.error(self.line, C.MISSING_FIELD, key)
            return None
        if not isinstance(node, ScalarNode):
            kind = "list" if isinstance(node, SequenceNode) else "mapping"
            self.error(line_of(node), C.NOT_A_SINGLE_VALUE, key, kind=kind)
            return None
        return node

    def text(self, key: str, *, required: bool = False) -> str:
        """Return a text field, stripped; report non-text values."""
        node = self._scalar(key, required)
        if node is None:
            return ""
        try:
            value = scalar_value(node)
        except YamlReadError as exc:
            self.problems.append(
                exc.problem(
                    self.path, field=self.prefix + key, entry=self.entry, entry_id=self.entry_id
                )
            )
            return ""
        if value is None:
            if required:
                self.error(line_of(node), C.EMPTY_FIELD, key)
            return ""
        if not isinstance(value, str):
            self.error(
                line_of(node), C.NOT_TEXT, key, type=type(value).__name__, value=str(node.value)
            )
            return ""
        value = value.strip()
        if required and not value:
            self.error(line_of(node), C.EMPTY_FIELD, key)
        return value

    def partial_date(self, key: str, *, required: bool = False) -> PartialDate | None:
        """Return a YYYY, YYYY-MM or YYYY-MM-DD field."""
        node = self._scalar(key, required)
        if node is None or node.tag.endswith(":null"):
            if node is not None and required:
                self.error(line_of(node), C.EMPTY_FIELD, key)
            return None
        try:
            return PartialDate.parse(str(node.value))
        except DateFormatError as exc:
            self.error(line_of(node), C.INVALID_DATE, key, value=str(node.value), detail=str(exc))
            return None

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        """Return a full YYYY-MM-DD date field."""
        value = self.partial_date(key, required=required)
        if value is None:
            return None
        if value.precision != "day":
            self.error(self.line_of_field(key), C.NEEDS_FULL_DATE, key)
            return None
        return value.first_day()

    def flag(self, key: str) -> bool:
        """Return a true/false field; absent means false."""
        node = self._scalar(key, required=False)
        if node is None:
            return False
        try:
            value = scalar_value(node)
        except YamlReadError as exc:
            self.problems.append(
                exc.problem(
                    self.path, field=self.prefix + key, entry=self.entry, entry_id=self.entry_id
                )
            )
            return False
        if not isinstance(value, bool):
            self.error(line_of(node), C.NOT_TRUE_OR_FALSE, key, value=str(node.value))
            return False
        return value

    def integer(self, key: str, low: int, high: int) -> int | None:
        """Return a whole-number field from ``low`` to ``high``; absent means None."""
        node = self._scalar(key, required=False)
        if node is None:
            return None
        try:
            value = scalar_value(node)
        except YamlReadError as exc:
            self.problems.append(
                exc.problem(
                    self.path, field=self.prefix + key, entry=self.entry, entry_id=self.entry_id
                )
            )
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(
                line_of(node),
                C.INVALID_VALUE,
                key,
                value=str(node.value),
                detail=f"a whole number from {low} to {high}",
            )
            return None
        return value

    def choice(self, key: str, enum: type[E], *, default: E | None = None) -> E | None:
        """Return an enumerated field; report values outside the enumeration."""
        value = self.text(key, required=default is None)
        if not value:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.error(self.line_of_field(key), C.NOT_ONE_OF, key, value=value, allowed=allowed)
            return None

    def sequence(self, key: str, *, required: bool = False) -> list[Node]:
        """Return the items of a list field."""
        node = self.fields.get(key)
        if node is None or (isinstance(node, ScalarNode) and node.tag.endswith(":null")):
            if required:
                self.error(self.line_of_field(key), C.MISSING_FIELD, key)
            return []
        if not isinstance(node, SequenceNode):
            self.error(line_of(node), C.NOT_A_LIST, key)
            return []
        if required and not node.value:
            self.error(line_of(node), C.EMPTY_FIELD, key)
        return list(node.value)

    def text_list(self, key: str) -> tuple[str, ...]:
        """Return a list of short texts, such as tags or authors."""
        values: list[str] = []
        for item in self.sequence(key):
            if isinstance(item, ScalarNode) and isinstance(item.value, str) and item.value.strip():
                values.append(item.value.strip())
            else:
                self.error(line_of(item), C.LIST_ITEM_NOT_TEXT, key)
        return tuple(values)

    def bilingual(self, key: str, *, required: bool = False) -> Bilingual:
        """Return a field written as a mapping ``{en: ..., ja: ...}``."""
        node = self.fields.get(key)
        if node is None:
            if required:
                self.error(self.line, C.MISSING_FIELD, key)
            return Bilingual()
        if not isinstance(node, MappingNode):
            self.error(line_of(node), C.NOT_BILINGUAL, key)
            return Bilingual()
        inner = EntryReader(
            node,
            self.path,
            self.entry,
            ("en", "ja"),
            entry_id=self.entry_id,
            prefix=f"{self.prefix}{key}.",
        )
        value = Bilingual(en=inner.text("en", required=required), ja=inner.text("ja"))
        self.problems.extend(inner.problems)
        return value
