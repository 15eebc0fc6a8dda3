"""briefgen: sourced, bilingual policy briefs on Japan's AI Strategy Headquarters.

The public API is small on purpose (tests/test_public_api.py pins it): load a
library, make a brief from a template, compose it, and export it.
"""

from __future__ import annotations

__version__ = "0.1.0"
