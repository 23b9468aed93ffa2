"""Write ``verifier/data/glossary.toml`` from the sources in ``scripts/glossary/*.txt``.

Usage: python scripts/make_glossary.py [--check] [--report]

Each source line is one concept::

    id | english forms | french forms | spanish forms | arabic forms

forms separated by commas; a form ending in ``*`` matches as a prefix of a
folded token; a form of several words matches a run of tokens. ``## Title``
lines become section comments in the TOML; ``!type name`` sets the type of the
concepts that follow in the file (``word`` by default; ``name`` for places,
bodies and people, which stay proper names for :func:`verifier._text.proper_names`).

The script checks what a reviewer would otherwise check by eye, and exits
non-zero on an error:

* ids: unique, ``[a-z0-9_]+``, none shared with ``concepts.toml``;
* every concept has all four languages;
* no form shorter than 3 characters once folded, no prefix shorter than 4
  (Latin) or 3 (Arabic), no form that is a stopword of the verifier;
* no form given twice in one concept.

``--report`` lists, for review, forms that match a frequent word of any of the
four languages outside their own concept (a prefix that swallows an unrelated
word, or a false friend such as English "car" in French) and forms shared by
two concepts. The frequent-word lists below are written from general knowledge
of the languages, not taken from any data set.

``--check`` exits non-zero when the TOML on disk differs from what the sources give.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier._lexicon import stopword_lists  # noqa: E402
from verifier._text import arabic_stems, fold, tokens  # noqa: E402

SOURCES = ROOT / "scripts" / "glossary"
TARGET = ROOT / "verifier" / "data" / "glossary.toml"
LANGS = ("en", "fr", "es", "ar")
_ID = re.compile(r"^[a-z0-9_]+$")

# Frequent words of each language (function words and the commonest content
# words of news), to catch a glossary form that matches one of them by accident.
COMMON = {
    "en": """the of and to in is was were for on that with by as at from has have had it its this
    be are an which more than people said their they about nearly over year after been who not some
    almost around fewer less least he she his her him them we our you your i me my but or if so no
    all any can could would should will may might must do does did done up out into also just only
    other then there these those when where while what how why one two three first new time
    years day days way man men woman women world life hand part child children eye place work
    week case point number group problem fact government company system program question home
    night thing things state states family student money story month lot right study book job word
    business issue side kind head house service friend father power hour game line end member law
    car city community name president team minute idea kid body information back parent face
    others level office door health person art war history party result change morning reason
    research girl guy moment air teacher force education foot boy age policy music market sense
    nation plan college interest death experience effect use class control care field development
    role effort rate heart drug show leader light voice wife police mind price report decision son
    view relationship town road arm difference value building action model season society tax
    director position player record paper space ground form event official matter center couple
    site project activity star table need court oil situation cost industry figure street image
    phone data picture practice piece land product doctor wall patient worker news test movie north
    love support technology step baby computer type attention film tree source organization hair
    window evidence population plant make made get got go went take took see saw come came know
    knew give gave find found think tell told become became leave left feel put bring begin keep
    hold write stand hear let mean set meet run pay sit speak lie lead read grow lose fall send
    build stay cut reach kill remain suggest raise pass sell require decide pull well even good
    great high small large big long little old young important different early late public
    national local social political real best better sure free able human economic military
    major whole certain clear recent strong possible special hard federal international full
    main open short single medical current wrong private past foreign fine common poor natural
    significant similar hot dead central happy serious ready simple left physical general
    environmental financial blue democratic dark various entire close legal religious cold final
    top green nice huge popular traditional cultural now here very still back never always often
    however already really today yet ago soon together perhaps actually especially across against
    among because before behind below between during except since through toward under until
    upon within without mayor sea son pain plus once sale pays main chair coin fin dire pie
    hit hits ship shipping boss bar bars rose pat arms army""",
    "fr": """le la les de des du un une et est en que qui dans pour par sur au aux avec ne pas plus
    ce cette ces il elle ils elles nous vous on se sa son ses leur leurs été sont ont a avait
    était être fait faire dit selon depuis dont année ans près mais ou où à y lui tout tous toute
    toutes même aussi bien encore après avant entre contre sans sous chez lors comme car donc puis
    alors si très peu trop moins autre autres deux trois premier première dernier dernière
    nouveau nouvelle nouveaux grand grande grands petit petite jour jours fois temps an monde pays
    vie homme hommes femme femmes enfant enfants personne personnes gens partie part chose cas
    point place groupe nombre question travail gouvernement président ville état politique
    économie français france paris prix taux mois semaine heure heures main mains tête yeux
    moment fin début côté eau terre mer air feu porte maison famille père mère fils fille frère
    ami amis nom mot mots lieu loi pouvoir droit guerre paix ordre effet sens forme face suite
    raison idée histoire service mesure projet rapport affaire affaires milieu compte sorte
    marché société entreprise public publique national nationale social sociale général
    générale mais car son sa mes tes nos vos peut peuvent doit doivent veut faut va vont avoir
    venir voir savoir prendre mettre donner aller passer porter tenir parler demander trouver
    rester arriver devenir sembler croire laisser penser suivre vivre connaître partir sortir
    devant derrière ici là hier demain aujourd maintenant toujours jamais souvent déjà ainsi
    environ plusieurs chaque certains certaines quelques beaucoup autant tant rien quelque
    chacun plutôt pendant vers parmi lorsque quand comment pourquoi combien celui celle ceux
    mon ma ton ta notre votre leur tel telle seul seule seulement surtout enfin ensuite pu
    fut sera seront serait était étaient avaient avons avez eu eue vu mis pris donné
    sale pain chair coin dire son sont pays car main once sale plus plein tard tôt bas haut
    long longue court courte bon bonne mauvais vrai fort forte libre cher chère""",
    "es": """el la los las de del y en que a un una por con para es fue han ha su sus más según año
    personas como pero también cerca casi al lo este esta desde hasta entre sobre fueron
    millones mar menos unos unas alrededor años ese esa muy sin se no le les me te nos
    mi tu él ella ellos ellas nosotros ser estar haber tener hacer poder decir ir ver dar saber
    querer llegar pasar deber poner parecer quedar creer hablar llevar dejar seguir encontrar
    llamar venir pensar salir volver tomar conocer vivir sentir tratar mirar contar empezar
    esperar buscar existir entrar trabajar escribir perder producir ocurrir entender pedir
    recibir recordar terminar permitir aparecer conseguir comenzar servir sacar necesitar
    mantener resultar leer caer cambiar presentar crear abrir considerar oír acabar mayor
    menor mejor peor gran grande pequeño nuevo nueva primero primera último última otro otra
    otros otras mismo misma todo toda todos todas cada cual cuando donde mientras porque
    pues aunque tan tanto ya aún ahora hoy ayer mañana siempre nunca bien mal así aquí allí
    luego después antes durante tras mediante contra hacia sino sea son era eran será sería
    había hay tiene tienen hace hizo dijo puede pueden debe mes día días vez veces tiempo
    vida mundo país parte caso forma gobierno casa hombre mujer hijo hijos padre madre
    familia grupo ciudad lugar trabajo problema punto nombre momento historia agua fin
    guerra ley derecho estado presidente ejemplo manera hecho mano manos cosa cosas general
    nacional social público pública político política economía precio precios tasa mercado
    empresa red dos tres cuatro cinco once doce sol luz pie sal con den era fin real actual
    largo larga corto corta alto alta bajo baja nada algo alguien nadie cosa""",
    "ar": """في من على الى إلى عن مع ان أن إن كان كانت التي الذي الذين هذا هذه ذلك تلك ما لا لم لن قد
    وقد او أو ثم حيث كما بين عند بعد قبل خلال حول ضمن عبر كل بعض هو هي هم تم وذلك ايضا
    أيضا اي أي لها له لهم بها به بهم فيها فيه منها منه عليها عليه يوم عام سنة العام السنة
    اليوم الذي وقال قال كذلك لكن إذا اذا حتى منذ غير عدد أكثر اكثر أقل اقل يكون تكون
    أنه انه أنها انها إنه إنها وهو وهي وكان وكانت ولا لقد فقط جدا شيء أول اول ثاني ثلاثة
    اثنين واحد واحدة الأول الاول الثاني الأخرى الاخرى آخر اخر أخرى اخرى كبير كبيرة صغير
    جديد جديدة الجديد وقت مكان الناس ناس رجل امرأة طفل أطفال اطفال بيت دار يد عين رأس
    راس ماء أرض ارض حياة عمل العمل الدولة دولة بلد البلاد مدينة المدينة الحكومة رئيس
    وزير شخص أشخاص اشخاص مليون مليار ألف الف مائة مئة نحو حوالي أمس امس غدا الآن الان
    هناك هنا لدى لدي إلا الا بل سوف قام يقوم تقوم أمام امام وراء فوق تحت دون مثل نفس
    ذات كلا كلها جميع مجموعة أجل اجل بسبب رغم نتيجة إطار اطار بشأن بشان وفق وفقا""",
}


class GlossaryError(Exception):
    pass


def _folded(form: str) -> list[str]:
    return [t for t, _, _ in tokens(form.rstrip("*"))]


# Stopwords that may still be a glossary form (folded): French "ans" and Spanish
# "años" are stopwords (language detection, word features), but the noun of years is
# a glossary form in English and Arabic ("years", "عاما"): without them "72 ans" and
# "72 عامًا" share no word concept.
STOPWORD_FORMS = frozenset({"ans", "anos"})


def _stopwords() -> set[str]:
    return {t for values in stopword_lists() for w in values for t, _, _ in tokens(w)}


def parse(
    sources: list[Path],
) -> tuple[list[tuple[str, str, str, dict[str, list[str]]]], list[str]]:
    """(section, id, type, forms by language) per concept, and the errors found."""
    concepts: list[tuple[str, str, str, dict[str, list[str]]]] = []
    errors: list[str] = []
    for path in sources:
        section = path.stem
        kind = "word"
        for n, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
            line = raw.strip()
            where = f"{path.name}:{n}"
            if not line or (line.startswith("#") and not line.startswith("##")):
                continue
            if line.startswith("##"):
                section = line.lstrip("#").strip()
                continue
            if line.startswith("!type"):
                kind = line.split()[1]
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) != 5:
                errors.append(f"{where}: expected 5 fields, got {len(fields)}")
                continue
            cid = fields[0]
            forms: dict[str, list[str]] = {}
            for lang, field in zip(LANGS, fields[1:], strict=True):
                seen: list[str] = []
                for form in (f.strip() for f in field.split(",")):
                    if not form:
                        continue
                    if form in seen:
                        errors.append(f"{where}: {cid} {lang} form {form!r} given twice")
                        continue
                    seen.append(form)
                forms[lang] = seen
            concepts.append((section, cid, kind, forms))
    return concepts, errors


def validate(concepts: list[tuple[str, str, str, dict[str, list[str]]]]) -> list[str]:
    errors: list[str] = []
    stop = _stopwords()
    core = tomllib.loads((ROOT / "verifier" / "data" / "concepts.toml").read_text("utf-8"))
    ids: set[str] = set()
    for _section, cid, _kind, forms in concepts:
        if not _ID.match(cid):
            errors.append(f"{cid}: bad id")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        if cid in core:
            errors.append(f"{cid}: id already used by concepts.toml")
        ids.add(cid)
        for lang in LANGS:
            if not forms.get(lang):
                errors.append(f"{cid}: no {lang} form")
            for form in forms.get(lang, []):
                parts = _folded(form)
                if not parts:
                    errors.append(f"{cid}: {lang} form {form!r} has no word")
                    continue
                if "*" in form.rstrip("*"):
                    errors.append(f"{cid}: {lang} form {form!r} has '*' before its end")
                joined = " ".join(parts)
                if len(joined) < 3:
                    errors.append(f"{cid}: {lang} form {form!r} shorter than 3 characters")
                if len(parts) == 1 and parts[0] in stop and parts[0] not in STOPWORD_FORMS:
                    errors.append(f"{cid}: {lang} form {form!r} is a stopword")
                if len(parts) == 1 and form.endswith("*"):
                    least = 3 if lang == "ar" else 4
                    if len(parts[0]) < least:
                        errors.append(f"{cid}: {lang} prefix {form!r} shorter than {least}")
                if lang == "ar" and any(not re.search("[\u0600-\u06ff]", p) for p in parts):
                    errors.append(f"{cid}: ar form {form!r} is not Arabic")
                if lang != "ar" and any(re.search("[\u0600-\u06ff]", p) for p in parts):
                    errors.append(f"{cid}: {lang} form {form!r} is Arabic")
    return errors


def _matches(form: str, word: str) -> bool:
    parts = _folded(form)
    if len(parts) != 1:
        return False
    cands = arabic_stems(word) if re.search("[\u0600-\u06ff]", word) else [word]
    if form.endswith("*"):
        return any(c.startswith(parts[0]) for c in cands)
    return parts[0] in cands


def report(concepts: list[tuple[str, str, str, dict[str, list[str]]]]) -> None:
    """Forms to review: a form that matches a frequent word of another language
    that the concept does not give in that language (a false friend), a prefix
    that matches a frequent word of its own language other than the stem itself,
    and forms shared by two concepts."""
    common = {lang: {fold(w) for w in text.split()} for lang, text in COMMON.items()}
    owner: dict[str, set[str]] = {}
    for _s, cid, _k, forms in concepts:
        for lang in LANGS:
            for form in forms[lang]:
                stem = " ".join(_folded(form))
                owner.setdefault(("*" if form.endswith("*") else "") + stem, set()).add(cid)
                for clang, words in common.items():
                    hits = []
                    for w in sorted(words):
                        if not _matches(form, w):
                            continue
                        if clang != lang:
                            if not any(_matches(f, w) for f in forms[clang]):
                                hits.append(w)
                        elif form.endswith("*") and w != stem:
                            hits.append(w)
                    if hits:
                        tag = "false-friend" if clang != lang else "prefix"
                        print(f"{tag:12} {cid:22} {lang} {form!r} ~ {clang}: {' '.join(hits[:8])}")
    for key, owners in sorted(owner.items()):
        if len(owners) > 1:
            print(f"shared       {key!r}: {' '.join(sorted(owners))}")
    # a single-word form that another concept's form also matches: one word, two features
    from verifier.concepts import Lexicon, _word_concepts

    lex = Lexicon({cid: {"type": kind, **forms} for _s, cid, kind, forms in concepts})
    for _s, cid, _k, forms in concepts:
        for lang in LANGS:
            for form in forms[lang]:
                parts = _folded(form)
                if len(parts) != 1:
                    continue
                others = sorted(_word_concepts(lex, parts[0]) - {cid})
                if others:
                    print(f"overlap      {cid:22} {lang} {form!r} ~ {' '.join(others)}")


def _toml_list(values: list[str]) -> str:
    return (
        "["
        + ", ".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
        + "]"
    )


def render(concepts: list[tuple[str, str, str, dict[str, list[str]]]]) -> str:
    out = [
        "# General-news glossary: everyday news words in English, French, Spanish and",
        "# Arabic, one table per concept. The built-in encoder adds the concepts named",
        "# in a sentence as language-independent features, so that a claim finds its",
        '# translation. Same matching as concepts.toml (folded tokens, "*" = prefix,',
        '# multi-word entries, Arabic proclitics peeled); type "word" or "name".',
        "# The compare stage reads it only to see that two counted nouns name one",
        '# concept ("females" / "hembras"), an agreement signal (verifier/concepts.py).',
        "# GENERATED by scripts/make_glossary.py from scripts/glossary/*.txt: edit those.",
        "",
    ]
    section = None
    for sec, cid, kind, forms in concepts:
        if sec != section:
            out += [f"# {'-' * 60} {sec}", ""]
            section = sec
        out.append(f"[{cid}]")
        out.append(f'type = "{kind}"')
        for lang in LANGS:
            out.append(f"{lang} = {_toml_list(forms[lang])}")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the TOML is out of date")
    ap.add_argument("--report", action="store_true", help="list forms to review")
    args = ap.parse_args(argv)
    concepts, errors = parse(sorted(SOURCES.glob("*.txt")))
    errors += validate(concepts)
    for e in errors:
        print("error", e, file=sys.stderr)
    if args.report:
        report(concepts)
    if errors:
        return 1
    text = render(concepts)
    tomllib.loads(text)  # must parse
    if args.check:
        if TARGET.read_text("utf-8") != text:
            print(f"{TARGET} is out of date; run scripts/make_glossary.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(concepts)} concepts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
