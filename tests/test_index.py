"""Index on disk: build, extend, refuse the wrong encoder, survive a kill mid-write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from verifier import _errors as errors
from verifier import _ingest_pool, ingest
from verifier.encode import BuiltinEncoder, load_encoder
from verifier.index import IndexReport, SentenceIndex, build_index
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


# --------------------------------------------------------------------------- parallel ingest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _mixed_inputs(folder: Path) -> list[Path]:
    """Pages, JSONL (with a bad line and a duplicate id), fixtures that fail, and the corpus."""
    _docs(folder / "pages", 40)
    lines = [
        json.dumps(
            {"id": f"j{i}", "text": f"En {2000 + i}, {100 + i} personnes ont été secourues."}
        )
        for i in range(300)
    ]
    lines[7] = "{not json"
    lines[9] = json.dumps({"id": "j3", "text": "A second document with the id j3: 12 boats."})
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return [folder / "pages", folder / "feed.jsonl", FIXTURES, CORPUS, folder / "missing.txt"]


def _generation(idx: Path) -> dict[str, bytes]:
    gen = idx / (idx / "CURRENT").read_text().strip()
    return {
        name: (gen / name).read_bytes()
        for name in ("documents.jsonl", "sentences.jsonl", "vectors.faiss")
    }


def _report(report: IndexReport) -> dict[str, object]:
    return report.model_dump(exclude={"index_dir", "seconds", "encode_seconds"})


def test_parallel_ingest_builds_the_same_index_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_ingest_pool, "PARALLEL_MIN_BYTES", 0)  # small input, still parallel
    monkeypatch.setattr(_ingest_pool, "_BATCH_ITEMS", 16)  # many batches
    inputs = _mixed_inputs(tmp_path / "in")
    extra = _docs(tmp_path / "extra", 5, offset=100)
    built: dict[
        int, tuple[dict[str, bytes], dict[str, object], dict[str, bytes], dict[str, object]]
    ] = {}
    for workers in (0, 1, 2):
        settings = Settings(cache_dir=tmp_path / "c", ingest_workers=workers)
        idx = tmp_path / f"idx{workers}"
        first = build_index(inputs, idx, BuiltinEncoder(), settings)
        files = _generation(idx)
        # then extend it: the documents already indexed are skipped, not re-split
        second = build_index([extra, *inputs], idx, BuiltinEncoder(), settings)
        built[workers] = (files, _report(first), _generation(idx), _report(second))
    assert built[0] == built[1] == built[2]
    report = built[0][1]
    assert isinstance(report["failures"], list)
    reasons = {f["path"].rsplit("/", 1)[-1]: f["reason"] for f in report["failures"]}
    assert "not valid JSON" in reasons["feed.jsonl:8"]
    assert "duplicate document id 'j3'" in reasons["feed.jsonl:10"]
    assert "not a text file" in reasons["binary.txt"]
    assert "no such file" in reasons["missing.txt"]
    loaded = ingest.load_documents(inputs)
    assert report["total_documents"] == len(loaded.documents) > 340
    assert report["failures"] == [f.model_dump() for f in loaded.failures]
    assert built[0][3]["added_documents"] == [f"doc{i}" for i in range(100, 105)]


def test_small_inputs_are_read_without_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("a process pool was started for a small input")

    monkeypatch.setattr(_ingest_pool, "_parallel", no_pool)
    settings = Settings(cache_dir=tmp_path / "c", ingest_workers=2)
    report = build_index([CORPUS], tmp_path / "idx", BuiltinEncoder(), settings)
    assert report.total_documents == 2


_FORK = pytest.mark.skipif(sys.platform != "linux", reason="workers see monkeypatches when forked")


@_FORK
@pytest.mark.parametrize("workers", [0, 2])
def test_an_ingest_crash_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(_ingest_pool, "PARALLEL_MIN_BYTES", 0)
    folder = _docs(tmp_path / "a", 6)
    (folder / "doc3.txt").write_text("Report 3\nThe EXPLODING sentence: 12 boats.\n", "utf-8")
    real = ingest.clean_text

    def fragile(raw: str, *args: object, **kwargs: object) -> object:
        if "EXPLODING" in raw:
            raise ZeroDivisionError("a bug in the cleaner")
        return real(raw, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "clean_text", fragile)  # forked workers inherit it
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "b", 2)], idx, BuiltinEncoder(), Settings(cache_dir=tmp_path))
    before = SentenceIndex.open(idx).manifest
    settings = Settings(cache_dir=tmp_path / "c", ingest_workers=workers)
    with pytest.raises(
        errors.IngestError, match=r"doc3\.txt: could not be ingested \(ZeroDivisionError"
    ):
        build_index([folder], idx, BuiltinEncoder(), settings)
    assert SentenceIndex.open(idx).manifest == before


@_FORK
def test_a_dead_ingest_worker_is_an_ingest_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_ingest_pool, "PARALLEL_MIN_BYTES", 0)

    def die(tasks: object, context: object) -> None:
        os._exit(3)  # as if killed (out of memory)

    monkeypatch.setattr(_ingest_pool, "_ingest", die)
    settings = Settings(cache_dir=tmp_path / "c", ingest_workers=1)
    with pytest.raises(
        errors.IngestError, match=r"worker process stopped while reading .*doc0\.txt"
    ):
        build_index([_docs(tmp_path / "a", 3)], tmp_path / "idx", BuiltinEncoder(), settings)
    assert not SentenceIndex.exists(tmp_path / "idx")


def test_ingest_workers_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFIER_INGEST_WORKERS", "3")
    assert Settings().ingest_workers == 3
    monkeypatch.setenv("VERIFIER_INGEST_WORKERS", "-1")
    with pytest.raises(ValidationError):
        Settings()
    monkeypatch.delenv("VERIFIER_INGEST_WORKERS")
    assert Settings().ingest_workers is None
    assert 0 <= _ingest_pool.default_workers() <= 2


_PARALLEL_KILLER = """
import multiprocessing, os, signal, sys
from pathlib import Path
import verifier._ingest_pool as pool
from verifier.encode import BuiltinEncoder
from verifier.index import build_index
from verifier.settings import Settings

pool.PARALLEL_MIN_BYTES = 0
encoder = BuiltinEncoder()

def encode_then_die(texts, quantities=None):
    print(*[c.pid for c in multiprocessing.active_children()], flush=True)
    os.kill(os.getpid(), signal.SIGKILL)   # killed while the ingest workers are busy

encoder.encode = encode_then_die
settings = Settings(cache_dir=Path(sys.argv[3]), ingest_workers=2)
build_index([Path(sys.argv[1])], Path(sys.argv[2]), encoder, settings)
"""


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_kill_during_a_parallel_build_leaves_previous_index_and_no_workers(
    tmp_path: Path, settings: Settings
) -> None:
    idx = tmp_path / "idx"
    build_index([_docs(tmp_path / "a", 2)], idx, BuiltinEncoder(), settings)
    before = SentenceIndex.open(idx).manifest
    _docs(tmp_path / "b", 600, offset=10)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _PARALLEL_KILLER,
            str(tmp_path / "b"),
            str(idx),
            str(tmp_path / "c"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr
    workers = [int(pid) for pid in proc.stdout.split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "ingest workers outlived the build"
    assert SentenceIndex.open(idx).manifest == before


@pytest.mark.parametrize(
    ("ntotal", "ef"), [(60_000, 256), (256_000, 256), (980_482, 980), (5_000_000, 2048)]
)
def test_hnsw_search_widens_with_the_index(ntotal: int, ef: int) -> None:
    from verifier.index import hnsw_ef_search

    assert hnsw_ef_search(ntotal) == ef
