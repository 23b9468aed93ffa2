"""Index on disk: build, extend, refuse the wrong encoder, survive a kill mid-write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from verifier import _errors as errors
from verifier.encode import BuiltinEncoder, load_encoder
from verifier.index import SentenceIndex, build_index
from verifier.settings import Settings


def _docs(folder: Path, n: int, offset: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(offset, offset + n):
        (folder / f"doc{i}.txt").write_text(
            f"Report {i}\nThe ministry said {1000 + i} migrants were rescued at sea in 2023.\n",
            "utf-8",
        )
    return folder


def test_build_then_extend_encodes_only_new_documents(tmp_path: Path, settings: Settings) -> None:
    idx = tmp_path / "idx"
    first = build_index([_docs(tmp_path / "a", 3)], idx, BuiltinEncoder(), settings)
    assert first.total_documents == 3 and first.added_sentences >= 3
    before = SentenceIndex.open(idx).vectors()
    second = build_index(
        [_docs(tmp_path / "b", 2, offset=3), tmp_path / "a"], idx, BuiltinEncoder(), settings
    )
    assert sorted(second.added_documents) == ["doc3", "doc4"]
    assert sorted(second.skipped_documents) == ["doc0", "doc1", "doc2"]
    index = SentenceIndex.open(idx)
    assert index.manifest.documents == 5
    assert np.array_equal(index.vectors()[: len(before)], before)
    assert index.faiss_index.ntotal == len(index.sentences)


def test_missing_index_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(errors.IndexNotFoundError, match="verifier index"):
        SentenceIndex.open(tmp_path / "nowhere")


def test_corrupt_index_is_reported(tmp_path: Path, settings: Settings) -> None:
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 2)], idx, BuiltinEncoder(), settings)
    gen = idx / (idx / "CURRENT").read_text().strip()
    (gen / "vectors.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(errors.IndexCorruptError, match="rebuild"):
        SentenceIndex.open(idx)


def test_other_encoder_is_refused(tmp_path: Path, settings: Settings) -> None:
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 2)], idx, BuiltinEncoder(), settings)
    with pytest.raises(errors.EncoderMismatchError, match="built with encoder"):
        SentenceIndex.open(idx, "st:all-MiniLM-L6-v2")
    with pytest.raises(errors.EncoderMismatchError):
        build_index([tmp_path / "a"], idx, BuiltinEncoder(dim=256), settings)


def _pretend_built_by(idx: Path, encoder_name: str) -> None:
    manifest = idx / (idx / "CURRENT").read_text().strip() / "manifest.json"
    data = json.loads(manifest.read_text())
    data["encoder"] = encoder_name
    manifest.write_text(json.dumps(data))


def test_index_of_an_older_builtin_encoder_is_refused_not_mixed(
    tmp_path: Path, settings: Settings
) -> None:
    from verifier.pipeline import Verifier, bundled_index_dir

    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 2)], idx, BuiltinEncoder(), settings)
    old = f"builtin-hash-v{BuiltinEncoder.version - 1}-512"
    _pretend_built_by(idx, old)
    # opening it (the index names its encoder) and extending it both say to rebuild
    with pytest.raises(errors.EncoderMismatchError, match="--rebuild"):
        Verifier.open(idx, settings)
    with pytest.raises(errors.EncoderMismatchError, match="--rebuild"):
        build_index([_docs(tmp_path / "b", 1, offset=2)], idx, BuiltinEncoder(), settings)
    with pytest.raises(errors.EncoderMismatchError, match="another version"):
        load_encoder(old, settings)
    # a rebuild starts over with the current encoder
    report = build_index([tmp_path / "a"], idx, BuiltinEncoder(), settings, rebuild=True)
    assert report.total_documents == 2
    assert SentenceIndex.open(idx).manifest.encoder == BuiltinEncoder().name
    # the bundled corpus's index is keyed by the encoder name: a new version builds a new one
    assert bundled_index_dir(settings, old) != bundled_index_dir(settings, BuiltinEncoder().name)


def test_cli_index_on_an_older_builtin_index_says_rebuild(
    tmp_path: Path, settings: Settings
) -> None:
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 2)], idx, BuiltinEncoder(), settings)
    _pretend_built_by(idx, f"builtin-hash-v{BuiltinEncoder.version - 1}-512")
    out = subprocess.run(
        [sys.executable, "-m", "verifier.cli", "index", str(tmp_path / "a"), "--index", str(idx)],
        capture_output=True,
        text=True,
        env={**os.environ, "VERIFIER_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert out.returncode != 0
    assert "--rebuild" in out.stderr + out.stdout
    assert "Traceback" not in out.stderr


def test_large_index_switches_to_hnsw(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "c", exact_index_max=5)
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 8)], idx, BuiltinEncoder(), settings)
    index = SentenceIndex.open(idx)
    assert index.manifest.kind == "hnsw"
    vec = index.vectors()[3:4]
    _, ids = index.search(vec, 1)
    assert ids[0][0] == 3


_KILLER = """
import os, signal, sys
from pathlib import Path
import faiss
from verifier.encode import BuiltinEncoder
from verifier.index import build_index
from verifier.settings import Settings

real = faiss.write_index
def write_then_die(index, path):
    real(index, path)
    os.kill(os.getpid(), signal.SIGKILL)   # killed in the middle of writing a generation
faiss.write_index = write_then_die
build_index([Path(sys.argv[1])], Path(sys.argv[2]), BuiltinEncoder(), Settings(cache_dir=Path(sys.argv[3])))
"""


def test_kill_during_indexing_leaves_previous_index_usable(
    tmp_path: Path, settings: Settings
) -> None:
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 2)], idx, BuiltinEncoder(), settings)
    before = SentenceIndex.open(idx).manifest
    _docs(tmp_path / "b", 3, offset=10)
    proc = subprocess.run(
        [sys.executable, "-c", _KILLER, str(tmp_path / "b"), str(idx), str(tmp_path / "c")],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9
    after = SentenceIndex.open(idx)
    assert after.manifest == before
    # and the next build goes through, cleaning up the half-written generation
    report = build_index([tmp_path / "b"], idx, BuiltinEncoder(), settings)
    assert report.total_documents == 5
    assert not [p for p in idx.iterdir() if p.name.endswith(".partial")]
    assert (
        json.loads((idx / (idx / "CURRENT").read_text().strip() / "manifest.json").read_text())[
            "documents"
        ]
        == 5
    )
