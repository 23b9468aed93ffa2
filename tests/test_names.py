"""Cross-script name keys (verifier/_names.py) and their use by the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier import _names
from verifier._errors import EncoderMismatchError
from verifier._names import (
    arabic_name_tokens,
    latin_name_tokens,
    name_bag,
    name_keys,
    name_probes,
    scheme,
)
from verifier._text import fold
from verifier.encode import BuiltinEncoder, load_encoder
from verifier.pipeline import Verifier
from verifier.records import Document
from verifier.settings import Settings


def matches(claim_word: str, text_word: str) -> bool:
    return name_bag([fold(text_word)]).has(name_probes(claim_word))


# (Latin name, Arabic token as written in a sentence, with its proclitics)
SAME = [
    ("Willoughby", "ويلوبي"),
    ("Kavanaugh", "كافانو"),
    ("Livingston", "ليفينغستون"),
    ("Sainsbury", "لسينسبري"),  # ل "for"
    ("Gerrard", "جيرارد"),
    ("Chelsea", "تشيلسي"),  # ch = تش
    ("Christopher", "كريستوفر"),  # Greek ch before r or l, and in Michael, = ك
    ("Christine", "كريستين"),
    ("Michael", "مايكل"),
    ("Richardson", "ريتشاردسون"),  # ch before a vowel stays تش
    ("Instagram", "وإنستغرام"),  # و "and"
    ("Jones", "جونز"),
    ("Trump", "لترامب"),
    ("Washington", "واشنطن"),  # one class apart (ng), long enough to match at one edit
    ("California", "بكاليفورنيا"),  # ب "in"
    ("Baldwin", "بالدوين"),
    ("Philippe", "فيليب"),  # ph = f
    ("Sturridge", "ستوريدج"),  # dg = دج
    ("Scotland", "اسكتلندا"),
]

DIFFERENT = [
    ("Willoughby", "كافانو"),
    ("Chelsea", "جيرارد"),
    ("Gerrard", "كرات"),  # G and K are apart
    ("Livingston", "ليفربول"),
    ("Sainsbury", "سنوات"),
    ("Instagram", "فيسبوك"),
    ("Kent", "كنز"),  # three classes, one apart: another name
]


@pytest.mark.parametrize(("latin", "arabic"), SAME)
def test_same_name_across_scripts(latin: str, arabic: str) -> None:
    assert matches(latin, arabic), (name_keys(latin), name_keys(arabic))
    assert matches(arabic, latin)  # symmetric: an Arabic claim finds the Latin name


@pytest.mark.parametrize(("latin", "arabic"), DIFFERENT)
def test_different_names_do_not_match(latin: str, arabic: str) -> None:
    assert not matches(latin, arabic), (name_keys(latin), name_keys(arabic))
    assert not matches(arabic, latin)


@pytest.mark.parametrize("word", ["May", "Ali", "Kim", "Lee", "ماي", "علي", "كيم", "Ed"])
def test_short_names_match_nothing(word: str) -> None:
    """Two classes or fewer recur everywhere: such names give no key."""
    assert name_keys(word) == frozenset()
    assert name_probes(word) == ()


def test_keys_ignore_case_accents_and_diacritics() -> None:
    assert name_keys("WILLOUGHBY") == name_keys("willoughby") == name_keys("Willoughby")
    assert name_keys("Sánchez") == name_keys("Sanchez")
    assert name_keys("كَافَانُو") == name_keys("كافانو")


def test_fuzzy_only_for_long_keys() -> None:
    s = scheme()
    assert s.min_exact <= 3 < s.min_fuzzy
    # five classes or more: one class apart still matches (LFNGSTN / LFNSTN)
    assert matches("Livingston", "ليفينستون")
    assert matches("Washington", "واشنطن")
    # three classes: one class apart is another name (KNT / KNS)
    assert not matches("Kent", "كنز")
    # two classes apart never match
    assert not matches("Livingston", "ليفيستو")


def test_name_tokens() -> None:
    en = "Singer Fitzgerald, 37, wrote on Instagram on Saturday in March."
    assert latin_name_tokens(en) == {"fitzgerald", "instagram"}  # weekday, month left out
    ar = "كتبت فيتزجيرالد التي تبلغ من العمر 37 عامًا على إنستغرام يوم السبت."
    got = arabic_name_tokens(ar)
    assert {"فيتزجيرالد", "انستغرام"} <= got
    assert not got & {"التي", "من", "علي", "السبت", "يوم"}  # function and calendar words


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name opening the sentence counts
        ("Moravec said the bridge would reopen.", {"moravec"}),
        ("Okonkwo then found himself alone on the wing.", {"okonkwo"}),
        ("Delacroix a déclaré que le pont rouvrirait.", {"delacroix"}),
        # function and common words opening a sentence do not
        ("She said the bridge would reopen.", set()),
        ("According to the mayor, the bridge will reopen.", set()),
        ("Meanwhile the bridge stayed shut in Ostrava.", {"ostrava"}),
        ("Cependant le pont reste fermé.", set()),
        ("Mientras tanto el puente sigue cerrado.", set()),
        ("There were 40 cars on the bridge.", set()),
        # words the glossary or the lexicon knows do not ("Police", "Monday")
        ("Police closed the bridge on Monday.", set()),
    ],
)
def test_a_name_opening_a_sentence(text: str, names: set[str]) -> None:
    assert latin_name_tokens(text) == names


def test_openings_can_be_left_out() -> None:
    assert latin_name_tokens("Moravec said so.", openings=False) == frozenset()


# Arabic has no capitals: common words, with or without clitics, and general-news
# words of the glossary are not read as names; transcribed names still are.
ARABIC_WORDS = [
    # (sentence of our own, words that may be names, words that must not be)
    (
        "وقال السيد هاروود إنه لا يزال يعمل في المدينة منذ عامين.",
        {"هاروود"},
        {"وقال", "السيد", "انه", "يزال", "المدينه", "عامين"},
    ),
    (
        "أعلنت الحكومة أن المرشح فيلدينغ البالغ من العمر 40 عاما فاز بالانتخابات.",
        {"فيلدينغ"},
        {"الحكومه", "المرشح", "البالغ", "العمر", "عاما", "بالانتخابات"},
    ),
    (
        "ولكنها أضافت قائلة إن فريق برايتون سيلعب في ملعبه الجديد.",
        {"برايتون"},
        {"ولكنها", "اضافت", "قايله", "فريق", "الجديد"},
    ),
    (
        "رفض المدرب كولينغوود تقديم استقالته عقب سقوط فريقه وتعرض اللاعبين للانتقاد.",
        {"كولينغوود"},
        {"رفض", "تقديم", "عقب", "سقوط", "تعرض"},
    ),
    (
        # counted nouns of the unit table
        "بلغ عدد سكان بلدة هارتفيلد 12 ألف نسمة وهطلت فيها 3 بوصات من الأمطار خلال دقائق.",
        {"هارتفيلد"},
        {"نسمه", "بوصات", "دقايق"},
    ),
]


@pytest.mark.parametrize(("text", "names", "common"), ARABIC_WORDS)
def test_arabic_common_words_are_not_names(text: str, names: set[str], common: set[str]) -> None:
    got = arabic_name_tokens(text)
    assert names <= got
    assert not got & common


# ------------------------------------------------------------------ properties
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_keys_never_raise_and_are_deterministic(text: str) -> None:
    first = name_keys(text)
    assert first == name_keys(text)
    fresh = _names.Scheme.from_table(_table())
    assert fresh.keys(fold(text)) == first
    for key in first:
        assert len(key) >= scheme().min_exact
        assert set(key) <= set("BFTSKGLRMNW")
    name_probes(text)
    arabic_name_tokens(text)
    latin_name_tokens(text)


_LETTERS = "abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسشصضطظعغفقكلمنهويةىء"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_LETTERS, min_size=1, max_size=12),
    st.text(alphabet=_LETTERS, min_size=1, max_size=12),
)
def test_matching_is_symmetric(a: str, b: str) -> None:
    assert matches(a, b) == matches(b, a)
    if name_keys(a):
        assert matches(a, a)


def _table() -> dict[str, object]:
    import tomllib
    from importlib import resources

    text = resources.files("verifier").joinpath("data", "names.toml").read_text("utf-8")
    return tomllib.loads(text)


# ------------------------------------------------------------------ pipeline
AR_SENTENCE = "كتبت فيتزجيرالد التي تبلغ من العمر 37 عامًا على إنستغرام أنها ستغادر الفرقة."
EN_SENTENCE = "Singer Fitzgerald, 37, wrote on Instagram that she was leaving the band."


@pytest.fixture(scope="module")
def arabic_sources() -> Verifier:
    docs = [
        Document(id="a", text=AR_SENTENCE, lang="ar"),
        Document(id="b", text="قالت الشركة إن 52 موظفا غادروا المصنع في المدينة.", lang="ar"),
    ]
    return Verifier.from_documents(docs, Settings(encoder="builtin"))


@pytest.fixture(scope="module")
def english_sources() -> Verifier:
    docs = [Document(id="e", text=EN_SENTENCE, lang="en")]
    return Verifier.from_documents(docs, Settings(encoder="builtin"))


def test_english_claim_anchored_by_name_in_arabic(arabic_sources: Verifier) -> None:
    """No concept of the lexicon ties "37" to "37 عامًا": only the name does."""
    v = arabic_sources.check("Singer Fitzgerald, 37, wrote on Instagram that she was leaving the band.")
    assert v.verdict == "supported", v.message
    assert v.evidence and v.evidence[0].doc_id == "a"
    v = arabic_sources.check("Singer Fitzgerald, 41, wrote on Instagram that she was leaving the band.")
    assert v.verdict == "contradicted", v.message
    # another person on another subject: nothing ties the age to the source's
    v = arabic_sources.check("Mendoza, 37, bought a house near the harbour.")
    assert v.verdict == "unknown" and v.reason == "not_comparable", v.message


def test_arabic_claim_anchored_by_name_in_english(english_sources: Verifier) -> None:
    v = english_sources.check(AR_SENTENCE)
    assert v.verdict == "supported", v.message
    v = english_sources.check(AR_SENTENCE.replace("37", "41"))
    assert v.verdict == "contradicted", v.message
    other = "اشترى ميندوزا البالغ من العمر 37 عامًا منزلا قرب الميناء."
    v = english_sources.check(other)
    assert v.verdict == "unknown", v.message


def test_name_keys_are_encoder_features() -> None:
    enc = BuiltinEncoder()
    en = enc.features(EN_SENTENCE)
    ar = enc.features(AR_SENTENCE)
    shared = {k for k in en if k.startswith("k:")} & {k for k in ar if k.startswith("k:")}
    assert {"k:FTSGRLT", "k:NSTGRM"} <= shared


# ------------------------------------------------------------------ encoder identity
def test_older_builtin_encoder_is_refused(tmp_path: Path, settings: Settings) -> None:
    """An index built by another version of the built-in encoder holds vectors of
    another meaning: opening it must fail, not mix them."""
    from verifier.index import build_index

    assert BuiltinEncoder().name == f"builtin-hash-v{BuiltinEncoder.version}-512"
    with pytest.raises(EncoderMismatchError, match="rebuild"):
        load_encoder("builtin-hash-v1-512", settings)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(EN_SENTENCE, "utf-8")
    idx = tmp_path / "idx"
    build_index([src], idx, BuiltinEncoder(), settings)
    manifest = idx / (idx / "CURRENT").read_text("utf-8").strip() / "manifest.json"
    raw = json.loads(manifest.read_text("utf-8"))
    raw["encoder"] = "builtin-hash-v1-512"
    manifest.write_text(json.dumps(raw), "utf-8")
    with pytest.raises(EncoderMismatchError):
        Verifier.open(idx, settings)
    with pytest.raises(EncoderMismatchError):
        Verifier.open(idx, settings, model="builtin")
