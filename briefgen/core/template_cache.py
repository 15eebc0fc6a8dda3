"""Parsed templates, cached in the user cache folder so that an export need not parse YAML.

One cache file per template folder. Each entry is keyed by its file's size and
modification time: a template that changed (or a new one) is parsed again by
:mod:`briefgen.core.template_file`, and only then is PyYAML imported (10 ms of
every command-line export otherwise). A broken template's problem is cached
too, so it is reported the same way every time. The cache is MessagePack
decoded into typed structures (msgspec): a damaged or foreign cache file is
ignored and rewritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import msgspec

from briefgen.core.atomic import WriteError, write_atomic
from briefgen.core.paths import cache_dir
from briefgen.core.templates import Template, TemplateError

FORMAT = 1  # bump when Template or its parts change shape


class _Entry(msgspec.Struct, frozen=True):
    key: tuple[int, int, int]  # FORMAT, size, mtime in nanoseconds
    template: Template | None = None  # stored without its path
    problem: str = ""  # the TemplateError message of a broken template


_decoder = msgspec.msgpack.Decoder(dict[str, _Entry])
_encoder = msgspec.msgpack.Encoder()


def cached_templates(folder: Path) -> tuple[list[Template], list[str]]:
    """Return the templates in ``folder`` and the problems of broken ones, parsing only changes."""
    paths = sorted(folder.glob("*.yaml"))
    digest = hashlib.sha1(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    cache = cache_dir() / "templates" / f"{digest[:16]}.msgpack"
    known = _read(cache)
    entries: dict[str, _Entry] = {}
    templates: list[Template] = []
    problems: list[str] = []
    for path in paths:
        entry = known.get(str(path))
        key = _key(path)
        if entry is None or key is None or entry.key != key:
            entry = _parse(path, key)
        if key is not None:
            entries[str(path)] = entry
        if entry.template is not None:
            templates.append(replace(entry.template, path=path))
        else:
            problems.append(entry.problem)
    if entries != known:
        _write(cache, entries)
    return templates, problems


def _key(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (FORMAT, stat.st_size, stat.st_mtime_ns)


def _parse(path: Path, key: tuple[int, int, int] | None) -> _Entry:
    from briefgen.core.template_file import parse_template

    try:
        template = parse_template(path)
    except TemplateError as exc:
        return _Entry(key or (FORMAT, -1, -1), problem=str(exc))
    return _Entry(key or (FORMAT, -1, -1), template=replace(template, path=None))


def _read(cache: Path) -> dict[str, _Entry]:
    try:
        return _decoder.decode(cache.read_bytes())
    except (OSError, msgspec.DecodeError):
        return {}


def _write(cache: Path, entries: dict[str, _Entry]) -> None:
    """Write the cache; one that cannot be written only costs the next run a parse."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache, _encoder.encode(entries))
    except (OSError, WriteError, msgspec.EncodeError):
        return
