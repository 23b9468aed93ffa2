"""Offline-first numeric fact-checking verifier for multilingual newsrooms."""

from __future__ import annotations

__version__ = "0.1.0"
