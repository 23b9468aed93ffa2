"""General-news glossary: the same concept in English, French, Spanish and Arabic,
a clean table, and what the built-in encoder and the name finder make of it."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import resources

import pytest

from verifier import encode
from verifier._lexicon import stopword_lists
from verifier._text import proper_names, tokens
from verifier.concepts import _parse, find_concepts, find_glossary, glossary
from verifier.encode import BuiltinEncoder

LANGS = ("en", "fr", "es", "ar")


def _table(name: str) -> dict[str, dict[str, object]]:
    text = resources.files("verifier").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text)


def _concepts(text: str) -> set[str]:
    return {h.concept for h in find_glossary(text)}


# concept: one word or phrase per language, inflected as news writes them;
# Arabic with and without proclitics (و ف ب ل ال)
EQUIVALENTS = [
    ("say", "said", "a dit", "dijo", "وقال"),
    ("grandparent", "grandsons", "petits-enfants", "nietos", "أحفاده"),  # a pronoun suffix
    ("hospital", "hospitals", "l'hôpital", "hospitales", "والمستشفى"),
    ("hospital", "hospital", "hôpitaux", "hospital", "مستشفيات"),
    ("doctor", "doctors", "médecins", "médicos", "الأطباء"),
    ("vaccine", "vaccinated", "vaccins", "vacunas", "اللقاح"),
    ("government", "government", "gouvernement", "Gobierno", "الحكومة"),
    ("minister", "ministers", "ministre", "ministra", "وزير"),
    ("election", "elections", "élections", "elecciones", "والانتخابات"),
    ("candidate", "candidates", "candidate", "candidatos", "المرشحين"),
    ("court", "courts", "tribunal", "tribunales", "المحكمة"),
    ("prison", "jailed", "prison", "cárcel", "السجن"),
    ("police", "police", "policiers", "policía", "الشرطة"),
    ("arrest_police", "arrested", "interpellé", "detenidos", "اعتقال"),
    ("war", "war", "guerre", "guerra", "الحرب"),
    ("army", "soldiers", "l'armée", "ejército", "الجيش"),
    ("missile", "missiles", "missile", "misiles", "صواريخ"),
    ("earthquake", "earthquake", "séisme", "terremoto", "زلزال"),
    ("flood", "floods", "inondations", "inundaciones", "الفيضانات"),
    ("storm", "hurricane", "ouragan", "huracán", "إعصار"),
    ("drought", "drought", "sécheresse", "sequía", "الجفاف"),
    ("unemployment", "unemployment", "chômage", "desempleo", "البطالة"),
    ("inflation", "inflation", "inflation", "inflación", "التضخم"),
    ("bank", "banks", "banque", "banco", "البنوك"),
    ("company", "company", "entreprises", "empresa", "الشركة"),
    ("price", "prices", "prix", "precios", "الأسعار"),
    ("tax", "taxes", "impôts", "impuestos", "الضرائب"),
    ("oil", "oil", "pétrole", "petróleo", "النفط"),
    ("electricity", "electricity", "électricité", "electricidad", "الكهرباء"),
    ("school", "schools", "écoles", "escuelas", "المدارس"),
    ("student", "students", "étudiants", "estudiantes", "الطلاب"),
    ("teacher", "teachers", "enseignants", "profesores", "الأساتذة"),
    ("football_word", "football", "football", "fútbol", "كرة القدم"),
    ("goalkeeper", "goalkeeper", "gardien", "portero", "حارس مرمى"),
    ("golf", "golfer", "golf", "golfista", "الغولف"),
    ("tennis", "tennis", "tennis", "tenis", "التنس"),
    ("airport", "airport", "aéroport", "aeropuerto", "المطار"),
    ("plane", "aircraft", "avion", "avión", "الطائرة"),
    ("train_rail", "trains", "train", "tren", "القطار"),
    ("film", "film", "cinéma", "película", "الفيلم"),
    ("music", "songs", "chanson", "canciones", "أغنية"),
    ("child", "children", "enfants", "niños", "الأطفال"),
    ("woman", "women", "femmes", "mujeres", "النساء"),
    ("family", "families", "famille", "familias", "عائلات"),
    ("monday", "Monday", "lundi", "lunes", "الاثنين"),
    ("friday", "Friday", "vendredi", "viernes", "الجمعة"),
    ("january", "January", "janvier", "enero", "يناير"),
    ("october", "October", "octobre", "octubre", "أكتوبر"),
    ("winter", "winter", "hiver", "invierno", "الشتاء"),
    ("yesterday", "yesterday", "hier", "ayer", "أمس"),
    ("last_year", "last year", "l'an dernier", "el año pasado", "العام الماضي"),
    ("week", "weeks", "semaines", "semanas", "أسابيع"),
    ("announce", "announced", "annoncé", "anunció", "وأعلن"),
    ("deny", "denied", "démenti", "negó", "نفت"),
    ("warn", "warned", "averti", "advirtió", "حذر"),
    ("say", "says", "dit", "dijo", "وقال"),
    ("brazil", "Brazilian", "brésilien", "Brasil", "البرازيل"),
    ("china", "Chinese", "chinois", "China", "الصين"),
    ("russia", "Russian", "russe", "Rusia", "روسيا"),
    ("london", "London", "Londres", "Londres", "لندن"),
    ("trump", "Trump", "Trump", "Trump", "ترامب"),
    ("nato", "NATO", "l'Otan", "la OTAN", "الناتو"),
    # Arabic forms translations of English news use (with clitics where they come)
    ("say", "told", "a dit", "dijo", "قائلا"),
    ("last", "last", "dernier", "último", "الماضي"),
    ("help", "help", "aider", "ayudar", "لمساعدة"),
    ("report_news", "reported", "rapporte", "informó", "وبحسب التقارير"),
    ("remain_verb", "remains", "restent", "permanece", "لا يزال"),
    ("old", "old", "vieux", "viejo", "من العمر"),
    ("testimony", "testimony", "témoignage", "testimonio", "بشهادتها"),
    ("increase_verb", "doubled", "doublé", "duplicó", "وزيادة"),
    ("event_incident", "incident", "incident", "incidente", "الحادث"),
    ("decade", "decades", "décennies", "décadas", "لعقود"),
    # French "ans" is a stopword, yet the noun of years as the other languages' forms
    ("year_word", "12 years", "12 ans", "12 años", "12 عاما"),
    ("say", "said", "ajouté", "dijo", "وأضاف"),
    ("say", "said", "dit", "dijo", "وذكر"),
    ("hospital", "hospital", "hôpital", "hospital", "إلى المشفى"),
    ("last", "last", "derniers", "últimos", "خلال العامين الماضيين"),
    ("speak", "spoke", "parlé", "habló", "يتحدثون"),
    ("child", "kids", "enfants", "niños", "أولادهم"),
]


@pytest.mark.parametrize(("concept", "en", "fr", "es", "ar"), EQUIVALENTS)
def test_equivalent_words_give_the_same_concept(
    concept: str, en: str, fr: str, es: str, ar: str
) -> None:
    for lang, word in zip(LANGS, (en, fr, es, ar), strict=True):
        assert concept in _concepts(word), f"{lang} {word!r} -> {sorted(_concepts(word))}"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hospital", "tribunal"),
        ("election", "earthquake"),
        ("الحكومة", "المستشفى"),
        ("football", "inflation"),
        ("lundi", "janvier"),
        ("prison", "school"),
        ("ترامب", "بوتين"),
        ("golf", "golfe"),  # the game, not the gulf
        ("أمام", "imam"),  # "in front of" folds like "إمام"
    ],
)
def test_unrelated_words_share_no_concept(a: str, b: str) -> None:
    assert not (_concepts(a) & _concepts(b)), (a, b, _concepts(a) & _concepts(b))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # an Arabic prefix must not swallow common words of another root that
        # start with the same letters
        ("تم تحديد موعد الاجتماع", "challenge"),  # "determining", not "challenge"
        ("أعلنت الشركة عن تحديث التطبيق", "challenge"),  # "update"
        ("افتتح متحف جديد في المدينة", "serious"),  # "new"
        ("قال الرئيس كينيدي إن الحرب انتهت", "kenya"),  # Kennedy
        ("ليس في وسعي أن أفعل شيئا", "increase_verb"),  # "in my power"
        ("وعدم الالتزام بالقواعد خطأ", "promise"),  # "and the lack of"
        ("استخدموا الحادث ذريعة للهجوم", "nuclear"),  # "pretext"
        ("تكرر غياب اللاعب والغياب مؤلم", "delay"),  # "absence"
        ("التقى المدرب دينيس باللاعبين", "faith"),  # the name Dennis
        ("قمت بذلك بنفسي", "mental_health"),  # "by myself"
        # a word written with the feminine ending "ة" is not the word without it
        # plus the pronoun "ه" ("his"), which folding writes the same
        ("ارتفعت الأسعار بنسبة 5 في المائة", "may_month"),  # "مائة" is no "ماي"
        ("اعتمدت الشركة طريقة جديدة", "road"),  # a method, not a road
        ("زار الوزير المملكة المتحدة", "king"),  # a country's name, no king
        ("The United Kingdom voted", "king"),
    ],
)
def test_arabic_prefixes_do_not_swallow_other_roots(text: str, concept: str) -> None:
    assert concept not in _concepts(text), (text, sorted(_concepts(text)))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("واجهت الحكومة تحديات كبيرة", "challenge"),
        ("هذا تحدٍ كبير", "challenge"),
        ("تعامل مع الأمر بجدية", "serious"),
        ("فاز العداء الكيني بالسباق", "kenya"),
        ("وعد الوزير بإصلاحات", "promise"),
        ("أطلقت قنبلة ذرية", "nuclear"),
        ("ألغى الاتحاد المباراة", "delay"),
        ("زعماء دينيون", "faith"),
        ("أغلقت الشرطة طريقه إلى المنزل", "road"),  # "his way": the pronoun is peeled
        ("نقل بسبب إصابته", "injured"),
        # the dual of a noun in "ة": "تين", "تان", "تا" before a noun
        ("خسر الفريق مباراتين متتاليتين", "match_game"),
        ("اصطدمت سيارتان عند المنعطف", "car"),
        ("وصلت سيارتا إسعاف إلى المكان", "car"),
        ("هبطت طائرتين في المطار", "plane"),
    ],
)
def test_arabic_forms_still_found(text: str, concept: str) -> None:
    assert concept in _concepts(text), (text, sorted(_concepts(text)))


@pytest.mark.parametrize(
    "text",
    [
        "car il a dit comment faire",  # French function words that are English words
        "mes amis",  # "mes" is not the Spanish month
        "la mayor parte",  # "mayor" is not the English mayor
        "que sea posible",
        "au cours de la semaine",  # "cours" is not a lesson
        "la secretaria general",  # "secretaria" is not "secret"
    ],
)
def test_false_friends_are_left_alone(text: str) -> None:
    found = _concepts(text)
    assert not found & {"car", "month", "mayor", "ocean", "class_lesson", "secret", "comment"}, (
        found
    )


def test_glossary_table_is_clean() -> None:
    raw = _table("glossary.toml")
    core = _table("concepts.toml")
    stop = {t for words in stopword_lists() for w in words for t, _, _ in tokens(w)}
    # the nouns of years, stopwords kept as forms (STOPWORD_FORMS of scripts/make_glossary.py)
    stop -= {"ans", "anos"}
    assert 1500 <= len(raw) <= 2500
    assert not set(raw) & set(core), "glossary ids must not reuse concepts.toml ids"
    for cid, entry in raw.items():
        assert entry["type"] in ("word", "name"), cid
        for lang in LANGS:
            forms = entry.get(lang)
            assert isinstance(forms, list) and forms, f"{cid} has no {lang} form"
            for form in forms:
                parts = [t for t, _, _ in tokens(str(form).rstrip("*"))]
                assert parts and len(" ".join(parts)) >= 3, (cid, form)
                if len(parts) == 1:
                    assert parts[0] not in stop, f"{cid}: {form!r} is a stopword"
                    if str(form).endswith("*"):
                        assert len(parts[0]) >= (3 if lang == "ar" else 4), (cid, form)


def test_fast_reader_matches_tomllib() -> None:
    for name in ("glossary.toml", "concepts.toml"):
        text = resources.files("verifier").joinpath("data", name).read_text("utf-8")
        assert _parse(text) == tomllib.loads(text)
    # duplicate tables are an error, as tomllib says
    with pytest.raises(tomllib.TOMLDecodeError):
        _parse('[a]\ntype = "word"\n[a]\ntype = "word"\n')
    with pytest.raises(tomllib.TOMLDecodeError):
        _parse('[a]\nen = ["x"]\nen = ["y"]\n')


def test_glossary_loads_lazily_and_stays_out_of_compare() -> None:
    code = (
        "import verifier.encode, verifier.concepts as c;"
        "print(c.glossary.cache_info().currsize, c.lexicon.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]
    # compare's concepts are the same with or without the glossary
    assert {h.concept for h in find_concepts("L'hôpital a soigné 300 patients lundi")} == {"health"}
    assert "hospital" in _concepts("L'hôpital a soigné 300 patients lundi")
    assert all(t in ("word", "name") for t in glossary().types.values())


def test_capitalised_glossary_words_are_not_names() -> None:
    names = proper_names("On Monday the Hospital said the President met Bolsonaro in Brazil.")
    assert "monday" not in names and "hospital" not in names and "president" not in names
    assert "bolsonaro" in names  # "Brazil" is a country actor (countries.toml), not a name


def test_builtin_features_include_glossary_concepts() -> None:
    feats = BuiltinEncoder().features("Le gouvernement a annoncé la fermeture des écoles")
    assert {"c:government", "c:announce", "c:school"} <= set(feats)


@pytest.mark.parametrize(
    ("claim", "translation", "unrelated"),
    [
        (
            "The government announced that schools will close on Monday because of the storm.",
            "Le gouvernement a annoncé que les écoles fermeront lundi à cause de la tempête.",
            "Le joueur a marqué un but magnifique lors du match de football hier soir.",
        ),
        (
            "Police arrested the suspect after the attack on the hospital.",
            "La police a interpellé le suspect après l'attaque contre l'hôpital.",
            "Les prix du pétrole ont reculé sur les marchés asiatiques cette semaine.",
        ),
        (
            "The government announced that schools will close on Monday because of the storm.",
            "El Gobierno anunció que las escuelas cerrarán el lunes a causa de la tormenta.",
            "El jugador marcó un gol espectacular en el partido de anoche.",
        ),
        (
            "The minister visited the hospital in the capital on Tuesday.",
            "زار الوزير المستشفى في العاصمة يوم الثلاثاء.",
            "ارتفعت أسعار الذهب في الأسواق العالمية خلال الأسبوع.",
        ),
        (
            "Police arrested the suspect after the attack on the hospital.",
            "اعتقلت الشرطة المشتبه به بعد الهجوم على المستشفى.",
            "فاز الفريق بالمباراة في الملعب أمام جماهيره.",
        ),
    ],
)
def test_encoder_puts_a_translation_closer_than_unrelated_news(
    claim: str, translation: str, unrelated: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vecs = BuiltinEncoder().encode([claim, translation, unrelated])
    same, other = float(vecs[0] @ vecs[1]), float(vecs[0] @ vecs[2])
    assert same > other + 0.2, (same, other)
    # and the glossary is what brings the translation closer
    monkeypatch.setattr(encode, "GLOSSARY_WEIGHT", 0.0)
    plain = BuiltinEncoder().encode([claim, translation])
    assert same > float(plain[0] @ plain[1]) + 0.1
