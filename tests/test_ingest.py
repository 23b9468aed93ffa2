"""Tests of the ingest stage: reading, loading, cleaning, sentences, periods."""

from __future__ import annotations

import json
import shutil
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verifier._errors import InputError
from verifier.ingest import (
    CleanResult,
    clean_text,
    document_period,
    is_furniture,
    load_documents,
    parse_date,
    parse_period,
    read_text_file,
    sentences_of,
    split_sentences,
)
from verifier.records import Document, Quantity, TimeScope

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
CORPUS = ROOT / "corpus"
AR_SEED = "000_369ed30d5337ed35"
FR_SEED = "003_2f11ab33eca3ee8e"


def _seed_raw(name: str) -> str:
    return read_text_file(CORPUS / f"{name}.txt")


@pytest.fixture(scope="module")
def corpus_docs() -> dict[str, Document]:
    result = load_documents([CORPUS])
    assert result.failures == []
    return {doc.id: doc for doc in result.documents}


# --------------------------------------------------------------------------- reading

FR = "Le Maroc a déjoué 42.071 tentatives en 2021, a précisé le ministère. Œuvre: 5 €."
AR = "أحبطت السلطات 48 ألفا و963 محاولة للهجرة السرية، وفق التقرير."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(FR.encode("utf-8"), FR, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + FR.encode("utf-8"), FR, id="utf-8-bom"),
        pytest.param(FR.encode("utf-16"), FR, id="utf-16-bom"),
        pytest.param(FR.encode("utf-16-le"), FR, id="utf-16-le-no-bom"),
        pytest.param(AR.encode("utf-16-be"), AR, id="utf-16-be-arabic-no-bom"),
        pytest.param(FR.encode("cp1252"), FR, id="cp1252"),
        pytest.param(AR.encode("cp1256"), AR, id="cp1256"),
        pytest.param(b"ligne 1\r\nligne 2\rligne 3", "ligne 1\nligne 2\nligne 3", id="crlf"),
    ],
)
def test_read_text_file_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    assert read_text_file(path) == expected


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("cp1256_ar.txt", "أعلنت السلطات المغربية إحباط 1200 محاولة"),
        ("latin1_fr.txt", "le taux de chômage a atteint 13,5 % en 2023"),
    ],
)
def test_read_legacy_fixtures(name: str, needle: str) -> None:
    assert needle in read_text_file(FIXTURES / name)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", None, "is empty"),
        ("binary.txt", None, "is not a text file"),
        ("blank.txt", b"  \n\t\n", "is empty"),
        ("controls.txt", bytes(range(1, 9)) * 40, "is not a text file"),
        ("missing.txt", "missing", "cannot be read"),
    ],
)
def test_read_text_file_refuses(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = FIXTURES / name
    if isinstance(content, bytes):
        path = tmp_path / name
        path.write_bytes(content)
    elif content == "missing":
        path = tmp_path / name
    with pytest.raises(InputError, match=message):
        read_text_file(path)


# --------------------------------------------------------------------------- loading


def test_load_fixture_folder() -> None:
    result = load_documents([FIXTURES])
    ids = [d.id for d in result.documents]
    assert ids == ["cp1256_ar", "hcp-2023", "docs:2", "periodic", "latin1_fr", "page"]
    failures = {Path(f.path).name: f.reason for f in result.failures}
    assert set(failures) == {"binary.txt", "empty.txt", "docs.jsonl:3", "docs.jsonl:4"}
    assert "not a text file" in failures["binary.txt"]
    assert "empty" in failures["empty.txt"]
    assert "JSON" in failures["docs.jsonl:3"]
    assert "text" in failures["docs.jsonl:4"]
    # deterministic
    assert load_documents([FIXTURES]) == result


def test_load_legacy_encodings_as_documents() -> None:
    docs = {d.id: d for d in load_documents([FIXTURES]).documents}
    ar, fr = docs["cp1256_ar"], docs["latin1_fr"]
    assert ar.lang == "ar" and "35 شخصا" in ar.text
    assert fr.lang == "fr" and fr.title == "Le chômage à Casablanca"
    assert "1.580.000 personnes" in fr.text and "Casablanca\n" not in fr.text


def test_jsonl_fields() -> None:
    docs = {d.id: d for d in load_documents([FIXTURES / "docs.jsonl"]).documents}
    hcp = docs["hcp-2023"]
    assert (hcp.title, hcp.source, hcp.lang, hcp.published) == (
        "Chômage en 2023",
        "HCP",
        "fr",
        date(2024, 2, 5),
    )
    assert hcp.period is not None and hcp.period.year == 2023
    assert hcp.path is not None and hcp.path.endswith("docs.jsonl:1")
    assert docs["docs:2"].lang == "en"
    periodic = docs["periodic"].period
    assert periodic is not None
    assert (periodic.start, periodic.end, periodic.year) == (
        date(2024, 1, 1),
        date(2024, 9, 30),
        2024,
    )


def test_html_page_keeps_article_only() -> None:
    result = load_documents([FIXTURES / "page.html"])
    assert result.failures == []
    (doc,) = result.documents
    assert doc.title == "Tourisme : 14,5 millions d'arrivées en 2023"
    assert doc.published == date(2024, 1, 15)
    assert doc.lang == "fr"
    assert doc.period is not None and doc.period.year == 2023
    assert "104,7 milliards de dirhams" in doc.text
    assert "60 % des nuitées" in doc.text
    for junk in (
        "Accueil",
        "Politique",
        "cookies",
        "Tous droits",
        "Partager",
        "Lire aussi",
        "Football",
        "tracker",
        "font-family",
        "Articles liés",
    ):
        assert junk not in doc.text, junk


def test_folder_walk_skips_unknown_and_names_explicit_ones(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Un titre de test\n\nLe texte **compte** 12 mots.\n")
    (tmp_path / "a.txt").write_text("Premier article avec 3 chiffres et 2 phrases. Voilà.\n")
    (tmp_path / "a.meta.json").write_text('{"source": "Test", "note": "extra field"}')
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    (tmp_path / "README.md").write_text("# Corpus\n\nThis folder holds test files.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden text here.\n")
    result = load_documents([tmp_path, tmp_path / "notes.csv", tmp_path / "nope.txt"])
    assert [d.id for d in result.documents] == ["a", "sub/b"]
    assert result.documents[0].source == "Test"
    md = result.documents[1]
    assert md.title == "Un titre de test" and md.text == "Le texte compte 12 mots."
    reasons = [(Path(f.path).name, f.reason) for f in result.failures]
    assert reasons[0][0] == "notes.csv" and "unsupported file type" in reasons[0][1]
    assert reasons[1] == ("nope.txt", "no such file or folder")


@pytest.mark.parametrize(
    ("sidecar", "field", "expected"),
    [
        ('{"period": 2019}', "period_year", 2019),
        ('{"period": "2024-01-01/2024-09-30"}', "period_end", date(2024, 9, 30)),
        ('{"published": "2021-11-04T08:00:00Z"}', "published", date(2021, 11, 4)),
        ('{"lang": "FR", "title": "Titre imposé"}', "title", "Titre imposé"),
        ('{"url": "https://example.org/a", "note": "x"}', "url", "https://example.org/a"),
    ],
)
def test_sidecar_fields(tmp_path: Path, sidecar: str, field: str, expected: object) -> None:
    (tmp_path / "x.txt").write_text("Le Maroc a compté 12 000 visiteurs en 2020.\n")
    (tmp_path / "x.meta.json").write_text(sidecar)
    (doc,) = load_documents([tmp_path]).documents
    values = {
        "period_year": doc.period.year if doc.period else None,
        "period_end": doc.period.end if doc.period else None,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
    }
    assert values[field] == expected


@pytest.mark.parametrize(
    "sidecar", ['{"period": "last year"}', "{not json", '["a"]', '{"lang": "de"}']
)
def test_bad_sidecar_is_a_failure(tmp_path: Path, sidecar: str) -> None:
    (tmp_path / "x.txt").write_text("Le Maroc a compté 12 000 visiteurs en 2020.\n")
    (tmp_path / "x.meta.json").write_text(sidecar)
    (tmp_path / "y.txt").write_text("Un autre article de 3 lignes en 2021.\n")
    result = load_documents([tmp_path])
    assert [d.id for d in result.documents] == ["y"]
    assert len(result.failures) == 1 and "sidecar" in result.failures[0].reason


def test_duplicate_ids_are_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Premier texte avec 1 chiffre.\n")
    (tmp_path / "a.md").write_text("Second texte avec 2 chiffres.\n")
    result = load_documents([tmp_path, tmp_path / "a.txt"])
    assert [d.id for d in result.documents] == ["a"]
    assert [f.reason for f in result.failures] == ["duplicate document id 'a'"]


# --------------------------------------------------------------------------- seeds


def test_arabic_seed_duplicates_and_tags_removed(corpus_docs: dict[str, Document]) -> None:
    doc = corpus_docs[AR_SEED]
    raw = _seed_raw(AR_SEED)
    paragraphs = [line for line in raw.split("\n") if len(line) > 100]
    assert len(paragraphs) == 14
    for paragraph in paragraphs:
        assert doc.text.count(paragraph) == 1
    lines = doc.text.split("\n")
    assert "وطني" not in lines and "ملصقات" not in lines
    assert "ملصقات" not in doc.text
    assert doc.title == "الداخلية تكشف عدد عدد صادم لمحاولات الهجرة السرية في 2024"
    assert doc.lang == "ar"


def test_arabic_seed_clean_counts() -> None:
    result = clean_text(_seed_raw(AR_SEED))
    assert result.removed["duplicate"] == 7
    assert result.removed["tag"] == 9
    assert result.title is not None and result.title.endswith("في 2024")
    assert len(split_sentences(result.text)) == 11


def test_french_seed_furniture_removed(corpus_docs: dict[str, Document]) -> None:
    doc = corpus_docs[FR_SEED]
    for junk in (
        "54.000 tickets",
        "400.000 personnes",
        "66.23",
        "Bryan Adams",
        "Mechra Bel Ksiri",
        "Merci d'avoir signalé",
        "Cette image sera",
        "Lire aussi",
        "Sebta: avortement",
        "Cliquez ici",
        "Publié dans",
    ):
        assert junk not in doc.text, junk
    assert doc.text.startswith("Selon un nouveau rapport du ministère de l'Intérieur")
    assert doc.text.endswith("menaces terroristes qui entourent notre pays ».")


def test_french_seed_title_and_date_from_page() -> None:
    result = clean_text(_seed_raw(FR_SEED), "fr")
    assert isinstance(result, CleanResult)
    assert result.title == (
        "Immigration irrégulière: plus de 42.000 tentatives déjouées par le Maroc en 2021"
    )
    assert result.published == date(2021, 11, 4)
    assert result.removed["ticker"] == 1 and result.removed["date"] == 1
    assert result.removed["furniture"] == 4
    assert len(split_sentences(result.text)) == 9


@pytest.mark.parametrize(
    ("doc_id", "needle"),
    [
        (FR_SEED, "42.071 tentatives"),
        (FR_SEED, "8.890 migrants"),
        (FR_SEED, "1.725"),
        (AR_SEED, "48 ألفا و963 محاولة"),
        (AR_SEED, "14 ألفا و260 شخصا"),
        (AR_SEED, "4388 مهاجرا"),
        (AR_SEED, "1664 مهاجرا"),
        (AR_SEED, "210 شبكة"),
    ],
)
def test_seed_figures_in_exactly_one_uncut_sentence(
    corpus_docs: dict[str, Document], doc_id: str, needle: str
) -> None:
    doc = corpus_docs[doc_id]
    sentences = sentences_of(doc)
    holding = [s for s in sentences if needle in s.text]
    assert len(holding) == 1
    (sentence,) = holding
    assert doc.text[sentence.start : sentence.end] == sentence.text
    assert sentence.lang == doc.lang


@pytest.mark.parametrize(("doc_id", "year"), [(AR_SEED, 2024), (FR_SEED, 2021)])
def test_seed_periods(corpus_docs: dict[str, Document], doc_id: str, year: int) -> None:
    period = document_period(corpus_docs[doc_id])
    assert period is not None and period.year == year
    assert all(s.scope is not None for s in sentences_of(corpus_docs[doc_id]))


@pytest.mark.parametrize(
    ("name", "year", "published"),
    [
        (AR_SEED, 2024, None),
        (FR_SEED, 2021, date(2021, 11, 4)),
    ],
)
def test_seed_periods_without_sidecar(
    tmp_path: Path, name: str, year: int, published: date | None
) -> None:
    shutil.copy(CORPUS / f"{name}.txt", tmp_path / f"{name}.txt")
    (doc,) = load_documents([tmp_path]).documents
    assert doc.period is not None and doc.period.year == year
    assert doc.published == published


def test_corpus_sidecars() -> None:
    for name, lang, published, period in (
        (AR_SEED, "ar", "2024-11-06", 2024),
        (FR_SEED, "fr", "2021-11-04", 2021),
    ):
        meta = json.loads((CORPUS / f"{name}.meta.json").read_text("utf-8"))
        assert (meta["lang"], meta["published"], meta["period"]) == (lang, published, period)
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        for name in (AR_SEED, FR_SEED):
            assert (CORPUS / f"{name}.txt").read_bytes() == (seeds / f"{name}.txt").read_bytes()


# --------------------------------------------------------------------------- cleaning


@pytest.mark.parametrize(
    "line",
    [
        "Merci d'avoir signalé!",
        "Merci d’avoir signalé !",
        "Cette image sera automatiquement bloquée après qu'elle soit signalée.",
        "Lire aussi: Sebta: avortement d'une tentative d'entrée de 300 migrants",
        "Lire la suite",
        "Cliquez ici pour lire l'article depuis sa source.",
        "Read more: Morocco GDP grows 3% in 2023",
        "Share this",
        "اقرأ أيضا: 300 مهاجر يحاولون العبور",
        "اقرأ أيضاً",
        "Leer más",
        "Publicidad",
        "Ce site utilise des cookies pour améliorer votre expérience.",
        "This website uses cookies to improve your experience.",
        "Tags: migration, Maroc",
        "Étiquettes",
        "ملصقات",
        "وطني",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)
    body = "Le Maroc a enregistré 1.234 arrivées en 2023, selon le ministère du Tourisme."
    assert clean_text(f"{body}\n{line}\n").text == body


@pytest.mark.parametrize(
    "line",
    [
        "Le Maroc a enregistré 1.234 arrivées en 2023.",
        "Lire un rapport de 300 pages prend du temps.",
        "Source de revenus importante, le tourisme a rapporté 90 milliards de dirhams.",
        "وطنية المؤسسات المغربية تظهر في 2024.",
    ],
)
def test_not_furniture(line: str) -> None:
    assert not is_furniture(line)


BODY = (
    "Le Haut-Commissariat au Plan indique que les prix ont augmenté de 5 % en 2023, "
    "portés par l'alimentation."
)


@pytest.mark.parametrize(
    ("raw", "title", "text"),
    [
        pytest.param(
            "Bourse : clôture en hausse\nFootball : le Wydad gagne 2-0\n"
            "Météo : pluies dans le Nord\nInflation : les prix augmentent de 5 % en 2023\n"
            f"Publié le 4 novembre 2023\n{BODY}",
            "Inflation : les prix augmentent de 5 % en 2023",
            BODY,
            id="headline-lines-before-title",
        ),
        pytest.param(
            "À la une | Le Maroc gagne 3-0 | Inflation en baisse | La Bourse en hausse\n"
            f"Inflation en 2023\n{BODY}",
            "Inflation en 2023",
            BODY,
            id="pipe-ticker",
        ),
        pytest.param(
            f"{BODY}\n{BODY}\n{BODY.replace('alimentation', 'alimentaton')}",
            None,
            BODY,
            id="exact-and-near-duplicates",
        ),
        pytest.param(
            f"{BODY} Il a ajouté que la hausse ralentira en 2024 selon ses calculs.\n"
            "Il a ajouté que la hausse ralentira en 2024 selon ses calculs. Fin du texte ici.",
            None,
            f"{BODY} Il a ajouté que la hausse ralentira en 2024 selon ses calculs.\n\n"
            "Fin du texte ici.",
            id="duplicate-sentence",
        ),
        pytest.param(
            f"{BODY}\nMaroc\nMaroc\nÀ lire\nÀ lire",
            None,
            BODY,
            id="repeated-short-lines",
        ),
        pytest.param(
            "Les prix ont augmenté de 5 % en 2023 selon le rapport annuel, et\n"
            "les loyers ont suivi la même tendance.",
            None,
            "Les prix ont augmenté de 5 % en 2023 selon le rapport annuel, et "
            "les loyers ont suivi la même tendance.",
            id="hard-wrapped",
        ),
        pytest.param(
            f"{BODY}\nFootball : le Wydad gagne 2-0\nMétéo : pluies dans le Nord\n"
            "Bourse : clôture en hausse",
            None,
            BODY,
            id="related-headlines-at-the-end",
        ),
    ],
)
def test_clean_text_cases(raw: str, title: str | None, text: str) -> None:
    result = clean_text(raw)
    assert result.title == title
    assert result.text == text


def test_pipes_around_a_paragraph_are_not_a_ticker() -> None:
    long_body = " ".join(f"{BODY[:-1]} (source {i})." for i in range(4))
    raw = f"18 noviembre, 2015 12:48 pm | Tiempo de lectura: 1 minuto | A | B | {long_body}"
    assert long_body in clean_text(raw).text


def test_many_paragraphs_are_deduplicated_quickly() -> None:
    paragraphs = [f"{BODY} Paragraphe numéro {i} avec un texte propre." for i in range(2000)]
    # the same paragraph with other figures is another statement, not a duplicate
    assert clean_text("\n".join(paragraphs[:20])).removed.get("duplicate") is None
    edited = [p.replace("Haut", "Hault", 1) for p in paragraphs[:100]]
    result = clean_text("\n".join(paragraphs + edited))
    assert result.removed.get("duplicate") == 100
    assert result.removed.get("duplicate_sentence") == 1999  # BODY is kept once
    assert len(split_sentences(result.text)) == 2001


def test_clean_text_known_title_is_removed_not_guessed() -> None:
    raw = f"Kicker line here\nInflation en 2023\n{BODY}"
    result = clean_text(raw, title="Inflation en 2023")
    assert result.title == "Inflation en 2023"
    assert result.text == BODY


def test_single_line_is_not_taken_as_title() -> None:
    result = clean_text("Le chômage atteint 13 % en 2023")
    assert result.title is None and result.text == "Le chômage atteint 13 % en 2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publié dans H24 Info le 04 - 11 - 2021", date(2021, 11, 4)),
        ("Publié le 4 novembre 2021", date(2021, 11, 4)),
        ("Publié le jeudi 4 novembre 2021 à 10h30", date(2021, 11, 4)),
        ("Mis à jour le 05/11/2021 à 09:12", date(2021, 11, 5)),
        ("Published on November 4, 2021", date(2021, 11, 4)),
        ("Publicado el 4 de noviembre de 2021", date(2021, 11, 4)),
        ("نشر في 6 نونبر 2024", date(2024, 11, 6)),
        ("نشر في ٦ نوفمبر ٢٠٢٤", date(2024, 11, 6)),
        ("2021-11-04T10:00:00+01:00", date(2021, 11, 4)),
        ("1er janvier 2020", date(2020, 1, 1)),
    ],
)
def test_date_lines(text: str, expected: date) -> None:
    result = clean_text(f"Un titre de page pour le test\n{text}\n{BODY}")
    assert result.published == expected
    assert result.text == BODY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 novembre 2021", date(2021, 11, 4)),
        ("31/02/2021", None),
        ("le 3 novembre, le ministre a parlé", None),
        ("2021", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Maroc a déjoué 42.071 tentatives. M. Laftit l'a dit.",
            ["Le Maroc a déjoué 42.071 tentatives.", "M. Laftit l'a dit."],
        ),
        (
            "Il y a 1.2 million, soit 3,5 %. Le projet de loi n° 66.23 est suspendu.",
            ["Il y a 1.2 million, soit 3,5 %.", "Le projet de loi n° 66.23 est suspendu."],
        ),
        (
            "Des fruits, p. ex. des oranges, etc. Ensuite on part.",
            ["Des fruits, p. ex. des oranges, etc. Ensuite on part."],
        ),
        ("Né en 52 av. J.-C. à Rome. Il meurt.", ["Né en 52 av. J.-C. à Rome.", "Il meurt."]),
        (
            "The U.S. economy grew. Mr. Smith agreed! Really? Yes…",
            ["The U.S. economy grew.", "Mr. Smith agreed!", "Really?", "Yes…"],
        ),
        (
            "El Sr. García dijo que sí. ¿Vendrá mañana? No lo sé.",
            ["El Sr. García dijo que sí.", "¿Vendrá mañana?", "No lo sé."],
        ),
        (
            "قال الوزير، إن العدد بلغ 4388 مهاجرا. هل هذا صحيح؟ نعم!",
            ["قال الوزير، إن العدد بلغ 4388 مهاجرا.", "هل هذا صحيح؟", "نعم!"],
        ),
        ("Titre sans point\nCorps du texte. Fin", ["Titre sans point", "Corps du texte.", "Fin"]),
        ("1. Premier point. 2. Second point.", ["1. Premier point.", "2. Second point."]),
        (
            "Il a dit : « C'est fini. » Puis il est parti.",
            ["Il a dit : « C'est fini. »", "Puis il est parti."],
        ),
        ("Dr. Smith said the U.S. market grew.", ["Dr. Smith said the U.S. market grew."]),
        # a month written short before its day; after it a sentence may still end
        (
            "Troops fired on Oct. 2, 1968, killing 300. It was in Dec. The year ended.",
            ["Troops fired on Oct. 2, 1968, killing 300.", "It was in Dec.", "The year ended."],
        ),
        ("  \n\n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


_ALPHABET = st.sampled_from([*"ab Z1.,!?…؟،\n\t«»\"'\u00a0\r", "M.", "42.071", "م", "é", " "])


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_split_sentences_partitions_text(text: str) -> None:
    spans = split_sentences(text)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


# --------------------------------------------------------------------------- periods


def _doc(text: str, title: str | None = None, published: date | None = None) -> Document:
    return Document(id="d", text=text, title=title, published=published, lang="fr")


@pytest.mark.parametrize(
    ("doc", "year"),
    [
        (_doc("Le texte.", title="Chômage : 13 % en 2023", published=date(2024, 2, 1)), 2023),
        (_doc("النص.", title="إحباط 48 ألف محاولة في 2024", published=date(2025, 1, 1)), 2024),
        (
            _doc(
                "كشفت وزارة الداخلية، ضمن تقرير منجزات السنة المالية 2024، عن جهود.",
                title="الداخلية تكشف أرقام الهجرة",
                published=date(2025, 1, 1),
            ),
            2024,
        ),
        (
            _doc(
                "Le Maroc a avorté 42.071 tentatives depuis le début de l'année 2021.",
                published=date(2022, 1, 3),
            ),
            2021,
        ),
        (_doc("Le rapport est paru hier.", published=date(2022, 5, 1)), 2022),
        (_doc("Le rapport est paru hier.", title="Comparaison 2019 et 2020"), None),
        (
            Document(
                id="d",
                text="Texte en 2021.",
                title="Bilan 2021",
                period=TimeScope(
                    text="2019", start=date(2019, 1, 1), end=date(2019, 12, 31), year=2019
                ),
            ),
            2019,
        ),
    ],
)
def test_document_period(doc: Document, year: int | None) -> None:
    period = document_period(doc)
    assert (period.year if period else None) == year


@pytest.mark.parametrize(
    ("value", "start", "end", "year"),
    [
        (2024, date(2024, 1, 1), date(2024, 12, 31), 2024),
        ("2021", date(2021, 1, 1), date(2021, 12, 31), 2021),
        ("2024-01-01/2024-09-30", date(2024, 1, 1), date(2024, 9, 30), 2024),
        ("2023-07-01/2024-06-30", date(2023, 7, 1), date(2024, 6, 30), None),
    ],
)
def test_parse_period(value: object, start: date, end: date, year: int | None) -> None:
    period = parse_period(value)
    assert period is not None and (period.start, period.end, period.year) == (start, end, year)


@pytest.mark.parametrize("value", ["last year", "2024-09-30/2024-01-01", True, 12])
def test_parse_period_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_period(value)


# --------------------------------------------------------------------------- sentences_of


def test_sentences_of_languages_scope_and_furniture() -> None:
    doc = Document(
        id="mixed",
        text=(
            "Le Maroc a reçu 14,5 millions de touristes.\n\nLire aussi\n\n"
            "وصل عدد السياح إلى 14 مليونا.\n\n42"
        ),
        lang="fr",
        published=date(2024, 1, 15),
    )
    sentences = sentences_of(doc)
    assert [s.text for s in sentences] == [
        "Le Maroc a reçu 14,5 millions de touristes.",
        "وصل عدد السياح إلى 14 مليونا.",
        "42",
    ]
    assert [s.lang for s in sentences] == ["fr", "ar", "fr"]
    assert [s.index for s in sentences] == [0, 1, 2]
    assert all(s.scope is not None and s.scope.year == 2024 for s in sentences)
    for s in sentences:
        assert doc.text[s.start : s.end] == s.text


def test_sentences_of_quantities_are_sentence_relative(corpus_docs: dict[str, Document]) -> None:
    pytest.importorskip("verifier.quantities")
    for doc in corpus_docs.values():
        sentences = sentences_of(doc)
        assert any(s.quantities for s in sentences)
        for sentence in sentences:
            for q in sentence.quantities:
                assert sentence.text[q.start : q.end] == q.text
            stated = [
                q.scope
                for q in sentence.quantities
                if q.scope is not None and q.kind not in ("date", "year")
            ]
            if stated:
                assert sentence.scope == stated[0]


def test_sentences_of_wires_the_quantity_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a stand-in extractor: arguments passed, and the scope a quantity states wins."""
    calls: list[tuple[str, str | None, date | None]] = []
    stated = TimeScope(text="en 2020", start=date(2020, 1, 1), end=date(2020, 12, 31), year=2020)

    def fake(
        text: str, lang: str | None = None, reference_date: date | None = None
    ) -> list[Quantity]:
        calls.append((text, lang, reference_date))
        if "2020" not in text:
            return []
        at = text.index("12")
        return [Quantity(text="12", start=at, end=at + 2, value=12.0, scope=stated)]

    module = types.ModuleType("verifier.quantities")
    module.extract_quantities = fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "verifier.quantities", module)
    doc = Document(
        id="q",
        text="Le Maroc a compté 12 réseaux en 2020. Le rapport est paru en 2021.",
        title="Bilan 2021",
        lang="fr",
    )
    first, second = sentences_of(doc, reference_date=date(2022, 3, 1))
    assert calls == [
        ("Le Maroc a compté 12 réseaux en 2020.", "fr", date(2022, 3, 1)),
        ("Le rapport est paru en 2021.", "fr", date(2022, 3, 1)),
    ]
    assert first.quantities[0].text == first.text[18:20] == "12"
    assert first.scope == stated
    assert second.scope is not None and second.scope.year == 2021


# a "Label:" line is a tag line only when a list of short labels follows
LABEL_LINES = [
    ("Tags: Maroc, immigration, sécurité", True),
    ("Maroc: immigration clandestine, Frontex, OIM", True),
    ("Maroc : 7 morts dans un accident de train", False),
    ("Morocco: seven dead as a train leaves the tracks near Bouknadel", False),
    ("المغرب: 7 قتلى على الأقل في حادث انقلاب قطار", False),
]


@pytest.mark.parametrize(("line", "is_tag"), LABEL_LINES)
def test_label_lines(line: str, is_tag: bool) -> None:
    assert (clean_text(line).text == "") is is_tag
