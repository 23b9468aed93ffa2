from __future__ import annotations

from pathlib import Path

import pytest

from verifier.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated from the user's cache and environment."""
    return Settings(
        cache_dir=tmp_path / "cache", corpus_dir=CORPUS, index_dir=None, encoder="builtin"
    )


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled corpus built once for the session (builtin encoder)."""
    from verifier.encode import BuiltinEncoder
    from verifier.index import build_index

    path = tmp_path_factory.mktemp("idx") / "bundled"
    settings = Settings(cache_dir=path.parent / "cache", corpus_dir=CORPUS, encoder="builtin")
    build_index([CORPUS], path, BuiltinEncoder(), settings)
    return path
