"""Parsed templates, cached in the user cache folder so that an export need not parse YAML.

One cache file per template folder. Each entry is keyed by its file's size and
modification time (and briefgen's version): a template that changed (or a new
one, or one written in the two seconds before it was last read) is parsed again by
:mod:`briefgen.core.templates.file`, and only then is PyYAML imported (10 ms of
every command-line export otherwise). A broken template's problem is cached
too, so it is reported the same way every time; a file that could not be read
is not cached (fixing its permissions does not change its modification time).
The cache is MessagePack decoded into typed structures (msgspec): a damaged or
foreign cache file is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from pathlib import Path

import msgspec

from briefgen._version import __version__
from briefgen.core.library.problems import Problem
from briefgen.core.system.atomic import WriteError, write_atomic
from briefgen.core.system.paths import cache_dir
from briefgen.core.templates.model import Template, TemplateError

FORMAT = 3  # bump when Template or its parts change shape


class _Entry(msgspec.Struct, frozen=True):
    key: tuple[int, str, int, int]  # FORMAT, briefgen's version, size, mtime in nanoseconds
    template: Template | None = None  # stored without its path
    problems: tuple[Problem, ...] = ()  # what is wrong with a broken template


_decoder = msgspec.msgpack.Decoder(dict[str, _Entry])
_encoder = msgspec.msgpack.Encoder()


def cached_templates(folder: Path) -> tuple[list[Template], list[Problem]]:
    """Return the templates in ``folder`` and the problems of broken ones, parsing only changes."""
    paths = sorted(folder.glob("*.yaml"))
    digest = hashlib.sha1(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    cache = cache_dir() / "templates" / f"{digest[:16]}.msgpack"
    known = _read(cache)
    entries: dict[str, _Entry] = {}
    templates: list[Template] = []
    problems: list[Problem] = []
    for path in paths:
        entry = known.get(str(path))
        key = _key(path)
        if entry is None or key is None or entry.key != key:
            entry, cacheable = _parse(path, key)
            if not cacheable:
                key = None
        if key is not None:
            entries[str(path)] = entry
        if entry.template is not None:
            templates.append(replace(entry.template, path=path))
        else:
            problems.extend(entry.problems)
    if entries != known:
        _write(cache, entries)
    return templates, problems


def _key(path: Path) -> tuple[int, str, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (FORMAT, __version__, stat.st_size, stat.st_mtime_ns)


def _stored(key: tuple[int, str, int, int]) -> tuple[int, str, int, int]:
    """Return the key to record for a file just parsed.

    A file modified in the last two seconds may change again within the same
    clock tick at the same size: it is recorded with an unknown time, so the
    next load parses it again (git's "racily clean" rule, as for the library).
    """
    if key[3] > time.time_ns() - 2_000_000_000:
        return (*key[:3], 0)
    return key


def _parse(path: Path, key: tuple[int, str, int, int] | None) -> tuple[_Entry, bool]:
    """Return the entry for ``path`` and whether it may be cached (a read error may not)."""
    from briefgen.core.templates.file import TemplateReadError, parse_template

    stored = _stored(key) if key is not None else (FORMAT, __version__, -1, -1)
    try:
        template = parse_template(path)
    except TemplateReadError as exc:
        return _Entry(stored, problems=exc.problems), False
    except TemplateError as exc:
        return _Entry(stored, problems=exc.problems), True
    return _Entry(stored, template=replace(template, path=None)), True


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
