"""The version of briefgen: defined here only.

pyproject.toml reads it (hatch's version source), so do the wheel, the bundle,
the installers, ``briefgen --version`` and the About dialog. A module of its own
lets the core read the version without importing the root package.
"""

__version__ = "0.2.0"
