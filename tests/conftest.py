"""Shared fixtures: isolated per-user folders, and small libraries written on the fly."""

from __future__ import annotations

import gc
import os
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt tests run without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # pytest-qt makes the QApplication, not the app's create_application: guard here too
    from briefgen.gui import main_thread_gc
    from briefgen.gui.none_guard import protect_none
except ImportError:  # the tests run without PySide6 (make test-no-qt)
    QT = False
else:
    QT = True
    protect_none()


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """Collect cycles between tests, never on a worker thread (briefgen.gui.main_thread_gc)."""
    if QT:
        gc.disable()
    yield
    if QT:
        main_thread_gc.collect_due()


LIBRARY_YAML = """\
name:
  en: Test library
  ja: テスト用ライブラリ
version: "test-1"
topics:
  - id: act
    en: The AI Promotion Act
    ja: AI推進法
  - id: headquarters
    en: The AI Strategy Headquarters
    ja: 人工知能戦略本部
"""

SOURCES_YAML = """\
sources:
  - id: cao
    title: AI法 全面施行 -次なるフェーズへ-
    title_translated: The AI Act in full force
    publisher: 内閣府
    url: https://www.cao.go.jp/press/new_wave/20251003.html
    published: 2025-10-03
    language: ja
    kind: government
  - id: jiji
    title: Japan Enacts Bill on AI Development, Risks
    publisher: nippon.com (Jiji Press)
    url: https://www.nippon.com/en/news/yjj2025052800116/
    published: 2025-05-28
    language: en
    kind: news
"""

FACTS_YAML = """\
facts:
  - id: hq-established
    topic: headquarters
    tags: [key, timeline]
    en: The AI Strategy Headquarters was established on 1 September 2025.
    ja: 人工知能戦略本部は2025年9月1日に設置された。
    date: 2025-09-01
    as_of: 2025-10-03
    status: confirmed
    sources: [cao]
  - id: act-no-penalties
    topic: act
    tags: [key]
    en: The Act has no penalty provisions.
    ja: 本法は罰則規定を設けていない。
    date: 2025-05-28
    as_of: 2025-05-28
    status: single-source
    sources:
      - source: jiji
        locator: para. 3
  - id: act-enacted
    topic: act
    tags: [timeline]
    en: The Diet enacted the AI Promotion Act on 28 May 2025.
    ja: AI推進法は2025年5月28日に成立した。
    date: 2025-05-28
    as_of: 2025-05-28
    status: confirmed
    sources: [jiji, cao]
"""


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep caches, autosaves and settings of every test out of the real home folder."""
    base = tmp_path_factory.mktemp("user")
    old = {key: os.environ.get(key) for key in ("BRIEFGEN_CACHE_DIR", "BRIEFGEN_DATA_DIR")}
    os.environ["BRIEFGEN_CACHE_DIR"] = str(base / "cache")
    os.environ["BRIEFGEN_DATA_DIR"] = str(base / "data")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


LibraryFactory = Callable[..., Path]


@pytest.fixture
def make_library(tmp_path: Path) -> LibraryFactory:
    """Return a function that writes a small valid library, with files replaced or added."""

    def make(files: dict[str, str | bytes] | None = None, name: str = "lib") -> Path:
        root = tmp_path / name
        contents: dict[str, str | bytes] = {
            "library.yaml": LIBRARY_YAML,
            "sources/sources.yaml": SOURCES_YAML,
            "facts/facts.yaml": FACTS_YAML,
        }
        contents.update(files or {})
        for relative, body in contents.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(body, bytes):
                path.write_bytes(body)
            else:
                path.write_text(textwrap.dedent(body), encoding="utf-8")
            # Files older than the cache's two-second "racily clean" window, as a
            # library that was not edited this very second is.
            earlier = time.time() - 60
            os.utime(path, (earlier, earlier))
        return root

    return make
