"""Read library YAML safely and keep line numbers.

YAML is parsed only as far as its node tree (``yaml.compose`` with the safe
loader): no tag ever constructs a Python object, so a ``!!python/object`` tag
is reported, never run. Scalars are converted by the safe constructor, and
only for YAML's standard tags. Aliases are refused (a node reached twice),
which rules out "billion laughs" expansion; an anchor that no alias uses
changes nothing and loads.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from briefgen.core.library.problems import Problem, ProblemCode

try:  # libyaml is much faster; PyYAML falls back to pure Python without it.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES: Final = 16 * 1024 * 1024
"""Files above this size are refused: split a large library into several files."""

_TAG = "tag:yaml.org,2002:"
SCALAR_TAGS: Final = frozenset(
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)

Scalar = str | int | float | bool | dt.date | dt.datetime | None


class YamlReadError(Exception):
    """Raised when a file cannot be read as safe YAML; carries the 1-based line and the problem."""

    def __init__(self, line: int, code: ProblemCode, **params: str) -> None:
        self.line = line
        self.code = code
        self.params = params
        super().__init__(self.message)

    def problem(
        self, path: str, *, field: str = "", entry: str = "", entry_id: str = ""
    ) -> Problem:
        """Return the problem at ``path``, in ``field`` of an entry when it is in one."""
        return Problem(
            self.code,
            path,
            self.line,
            field=field,
            params=self.params,
            entry=entry,
            entry_id=entry_id,
        )

    @property
    def message(self) -> str:
        """Return the problem in English."""
        return self.problem("").message


def line_of(node: Node) -> int:
    """Return the 1-based line where ``node`` starts."""
    return int(node.start_mark.line) + 1


def decode_text(data: bytes) -> str:
    """Return ``data`` as text, refusing empty, oversized, binary and non-UTF-8 files."""
    if len(data) > MAX_FILE_BYTES:
        size_mb = len(data) / (1024 * 1024)
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise YamlReadError(
            1, ProblemCode.FILE_TOO_LARGE, size_mb=f"{size_mb:.0f}", limit_mb=str(limit_mb)
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise YamlReadError(data.count(b"\n", 0, nul) + 1, ProblemCode.BINARY_FILE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise YamlReadError(line, ProblemCode.NOT_UTF8) from None
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise YamlReadError(1, ProblemCode.EMPTY_FILE)
    return text


def compose(data: bytes) -> Node:
    """Return the YAML node tree of ``data`` without constructing any object."""
    text = decode_text(data)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 1
        detail = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            detail = f"{exc.context}, {exc.problem}"
        raise YamlReadError(line, ProblemCode.INVALID_YAML, detail=str(detail)) from None
    except yaml.YAMLError as exc:
        raise YamlReadError(1, ProblemCode.INVALID_YAML, detail=str(exc)) from None
    except RecursionError:
        raise YamlReadError(1, ProblemCode.INVALID_YAML, detail="nesting is too deep") from None
    if node is None:
        raise YamlReadError(1, ProblemCode.EMPTY_FILE)
    return node


def check_plain(root: Node, seen: set[int] | None = None) -> None:
    """Raise :class:`YamlReadError` if ``root`` uses a non-standard tag or an alias.

    Pass the same ``seen`` set for the parts of one file checked one by one,
    so that an alias from one part to another is found too.
    """
    seen = set() if seen is None else seen
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise YamlReadError(line_of(node), ProblemCode.ALIAS_NOT_ALLOWED)
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            if node.tag not in SCALAR_TAGS:
                raise YamlReadError(
                    line_of(node), ProblemCode.TAG_NOT_ALLOWED, tag=_short(node.tag)
                )
        elif isinstance(node, SequenceNode):
            if node.tag != _TAG + "seq":
                raise YamlReadError(
                    line_of(node), ProblemCode.TAG_NOT_ALLOWED, tag=_short(node.tag)
                )
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            if node.tag != _TAG + "map":
                raise YamlReadError(
                    line_of(node), ProblemCode.TAG_NOT_ALLOWED, tag=_short(node.tag)
                )
            for key, value in node.value:
                stack.append(key)
                stack.append(value)


def _short(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


_constructor = SafeConstructor()
_CONVERTERS = {
    _TAG + "str": lambda node: str(node.value),
    _TAG + "null": lambda node: None,
    _TAG + "bool": _constructor.construct_yaml_bool,
    _TAG + "int": _constructor.construct_yaml_int,
    _TAG + "float": _constructor.construct_yaml_float,
    _TAG + "timestamp": _constructor.construct_yaml_timestamp,
}


def scalar_value(node: ScalarNode) -> Scalar:
    """Return the Python value of a scalar with a standard YAML tag."""
    convert = _CONVERTERS.get(node.tag)
    if convert is None:
        raise YamlReadError(line_of(node), ProblemCode.TAG_NOT_ALLOWED, tag=_short(node.tag))
    try:
        value = convert(node)
    except (ConstructorError, ValueError, OverflowError) as exc:
        raise YamlReadError(
            line_of(node), ProblemCode.INVALID_VALUE, value=str(node.value), detail=str(exc)
        ) from None
    assert isinstance(value, str | int | float | bool | dt.date | dt.datetime | None)
    return value
