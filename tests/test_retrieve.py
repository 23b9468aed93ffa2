"""Retrieval fusion: score-based, keyword overlap weighted by shared script, rare figures weigh more."""

from __future__ import annotations

import numpy as np
import pytest

from verifier.encode import BuiltinEncoder
from verifier.index import SentenceIndex
from verifier.quantities import extract_quantities
from verifier.records import Document
from verifier.retrieve import CHECKABLE_KINDS, _content_words, _scripts, _shared_script, retrieve
from verifier.settings import Settings


@pytest.mark.parametrize(
    ("claim", "sentence", "low", "high"),
    [
        ("The council approved the budget", "The council rejected the budget", 0.99, 1.0),
        ("Le conseil municipal a voté", "The council approved the budget", 0.99, 1.0),
        ("The council approved the budget", "وافق المجلس البلدي على الميزانية", 0.0, 0.01),
        # an Arabic sentence quoting one Latin name shares a little of the claim's script
        ("The council approved the budget", "وافق مجلس Westminster على الميزانية", 0.1, 0.4),
    ],
)
def test_shared_script(claim: str, sentence: str, low: float, high: float) -> None:
    shared = _shared_script(_scripts(_content_words(claim)), _scripts(_content_words(sentence)))
    assert low <= shared <= high


def _index(texts: list[str], lang: str, settings: Settings) -> SentenceIndex:
    docs = [Document(id=str(i), text=t, lang=lang) for i, t in enumerate(texts)]
    return SentenceIndex.in_memory(docs, BuiltinEncoder(), settings)


def _top(index: SentenceIndex, claim: str, k: int = 3) -> list[str]:
    encoder = BuiltinEncoder()
    qs = extract_quantities(claim, "en")
    vector = np.asarray(encoder.encode([claim], [qs])[0])
    figures = [q for q in qs if q.kind in CHECKABLE_KINDS]
    return [
        index.sentences[c.sentence_id].doc_id for c in retrieve(index, claim, figures, vector, k)
    ]


@pytest.mark.parametrize(
    ("texts", "claim", "want"),
    [
        # a figure many sentences hold ("2") says less than one only the answer holds
        (
            [
                "Firefighters worked for 2 hours to save the warehouse.",
                "The mayor met 2 delegations on Monday.",
                "Only 2 lanes of the bridge stayed open.",
                "Inspectors counted 7,415 damaged homes after 2 storms.",
            ],
            "Inspectors counted 7,415 damaged homes after the 2 storms.",
            "3",
        ),
        # cross-script: an Arabic sentence sharing only a Latin name does not outrank
        # the one holding the claim's figure
        (
            [
                "زار وفد من Oxfam المدينة أمس والتقى رئيس البلدية.",
                "قالت منظمة Oxfam إن 3450 أسرة تلقت مساعدات غذائية في مارس.",
                "افتتحت البلدية حديقة جديدة في وسط المدينة.",
            ],
            "Oxfam said 3,450 families received food aid in March.",
            "1",
        ),
    ],
)
def test_retrieve_ranks_the_answer_first(
    texts: list[str], claim: str, want: str, settings: Settings
) -> None:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in texts[0]) else "en"
    assert _top(_index(texts, lang, settings), claim)[0] == want


def test_figure_only_candidates_get_a_similarity(settings: Settings) -> None:
    """A sentence found by its figure alone is scored, never left at zero similarity."""
    index = _index(["The port handled 48,963 containers in May."], "en", settings)
    claim = "The port handled 48,963 containers in May."
    qs = extract_quantities(claim, "en")
    vector = np.asarray(BuiltinEncoder().encode([claim], [qs])[0])
    (cand,) = retrieve(index, claim, qs, vector, 3)
    assert cand.figure is not None and cand.figure > 0
    assert cand.score > (cand.figure or 0.0)


def test_same_figure_leaves_the_dense_order(settings: Settings) -> None:
    """Two sentences holding the claim's figure keep the encoder's order, with a clear margin.

    Rank fusion gave both the same score here (each first in one channel); by score, the
    sentence that is about the claim stays first.
    """
    index = _index(
        [
            "قال النقابي إن 40 في المائة من العمال شاركوا في التصويت على العقد.",
            "أظهر استطلاع أن 70 في المائة من الناخبين يؤيدون الحكومة في الانتخابات.",
            "وقال 70 في المائة من الأعضاء إنهم يؤيدون الإضراب.",
        ],
        "ar",
        settings,
    )
    claim = "Among the members, 70 percent backed the strike."
    qs = extract_quantities(claim, "en")
    vector = np.asarray(BuiltinEncoder().encode([claim], [qs])[0])
    first, second, *_ = retrieve(index, claim, qs, vector, 3)
    assert index.sentences[first.sentence_id].doc_id == "2"
    assert first.figure == second.figure
    assert first.score > second.score + 0.1


@pytest.mark.parametrize(
    ("claim", "found"),
    [
        # the claim's figure a thousand or a million times off is found (a misread scale)
        ("The necklace was sold for $375 million.", True),
        ("The necklace was sold for $375.", False),  # under 1,000: no slip is looked for
        ("The necklace was sold for $3 million.", False),  # one significant digit
    ],
)
def test_a_scale_slip_is_a_figure_candidate(claim: str, found: bool, settings: Settings) -> None:
    index = _index(
        ["La police a indiqué que le collier avait été vendu 375 000 dollars."], "fr", settings
    )
    qs = extract_quantities(claim, "en")
    vector = np.asarray(BuiltinEncoder().encode([claim], [qs])[0])
    got = retrieve(index, claim, qs, vector, 3)
    assert bool(got and got[0].figure) is found


@pytest.mark.parametrize(("shared", "lift"), [(0, 0.0), (1, 0.1), (2, 0.2), (3, 0.2)])
def test_a_shared_name_lifts_a_candidate(shared: int, lift: float, settings: Settings) -> None:
    """A sentence repeating the claim's proper names (``names``, across scripts too:
    "Brighton" / "برايتون") is lifted by a fixed step per name, two at most; the
    words of a French claim and an Arabic sentence cannot be compared otherwise."""
    index = _index(
        [
            "انطلق اللاعب بين ثلاثة مدافعين من برايتون قبل أن يسجل.",
            "سجل الفريق ثلاثة أهداف في الشوط الثاني.",
        ],
        "ar",
        settings,
    )
    claim = "Le joueur a couru entre 4 défenseurs de Brighton avant de marquer."
    qs = extract_quantities(claim, "fr")
    vector = np.asarray(BuiltinEncoder().encode([claim], [qs])[0])
    plain = {c.sentence_id: c.score for c in retrieve(index, claim, qs, vector, 3)}
    named = {
        c.sentence_id: c.score
        for c in retrieve(index, claim, qs, vector, 3, names=lambda sid: shared if sid == 0 else 0)
    }
    assert named[0] == pytest.approx(plain[0] + lift)
    assert named[1] == pytest.approx(plain[1])
