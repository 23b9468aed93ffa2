"""The case table of tests/test_quantities.py.

Each case is a text in one language and the figures expected from it, in text
order (an empty list: nothing must be found). Every expectation states the
value, kind, bound and unit; some also pin the surface text, the interval, the
currency, the hedge, the ambiguity flag or the scope year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

REF_AR = dt.date(2024, 11, 6)
REF_FR = dt.date(2021, 11, 4)


@dataclass(frozen=True)
class E:
    """One expected quantity."""

    value: float
    kind: str = "count"
    bound: str = "exact"
    unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def e(
    value: float, kind: str = "count", bound: str = "exact", unit: str | None = None, **extra: Any
) -> E:
    return E(value, kind, bound, unit, extra)


@dataclass(frozen=True)
class Case:
    lang: str | None
    text: str
    expected: tuple[E, ...]
    ref: dt.date | None = None

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.text[:40]}"


def c(lang: str | None, text: str, *expected: E, ref: dt.date | None = None) -> Case:
    return Case(lang, text, expected, ref)


AR_SEED = [
    c("ar", "الداخلية تكشف عدد عدد صادم لمحاولات الهجرة السرية في 2024", e(2024, "year")),
    # a scale in alif opening a figure before its unit is the dual in construct
    c("ar", "مليارا دولار لمصر من صندوق النقد", e(2e9, "money", "exact", "USD")),
    c("ar", "تظاهر ألفا شخص أمام البرلمان", e(2000, "count", "exact", "people")),
    c("ar", "أنفقت الحكومة مليارا على المشروع", e(1e9)),
    c("ar", "وصل 14 ألفا و260 مهاجرا", e(14260, "count", "exact", "migrants")),
    # a year cue with a conjunction written onto it
    c("ar", "الحرب التي استمرت من 1950 وحتى 1953", e(1950, "year"), e(1953, "year")),
    c("ar", "وحتى 300 شخص", e(300, "count", "at_most", "people")),
    c(
        "ar",
        "كشفت وزارة الداخلية المغربية، ضمن تقرير منجزات السنة المالية 2024، عن جهود كبيرة في محاربة شبكات تهريب المهاجرين.",
        e(2024, "year"),
    ),
    c(
        "ar",
        "أن المصالح المعنية استطاعت في الأشهر التسعة الأولى من العام الجاري من إحباط ما يقرب من 48 ألفا و963 محاولة للهجرة السرية وتفكيك 210 شبكة إجرامية.",
        e(
            48963,
            "count",
            "approx",
            "attempts",
            text="48 ألفا و963",
            hedge="ما يقرب من",
            year=2024,
            scope_start=dt.date(2024, 1, 1),
            scope_end=dt.date(2024, 9, 30),
        ),
        e(210, "count", "exact", "networks", unit_text="شبكة", year=2024),
        ref=REF_AR,
    ),
    c(
        "ar",
        "في الأشهر التسعة الأولى من العام الجاري تم إحباط 48 ألفا و963 محاولة",
        e(
            48963,
            "count",
            "exact",
            "attempts",
            scope_text="الأشهر التسعة الأولى من العام الجاري",
            year=None,
        ),
    ),
    c(
        "ar",
        "حيث تم إنقاذ 14 ألفا و260 شخصا من الغرق بواسطة البحرية الملكية المغربية، من بينهم مهاجرون",
        e(14260, "count", "exact", "people", text="14 ألفا و260"),
    ),
    c(
        "ar",
        "وقد ساهمت هذه الجهود في ترحيل 4388 مهاجرا بشكل طوعي إلى بلدانهم الأصلية، من بينهم 1664 مهاجرا بالتعاون مع المنظمة الدولية للهجرة بالمغرب.",
        e(4388, "count", "exact", "migrants"),
        e(1664, "count", "exact", "migrants"),
    ),
    c(
        "ar",
        "وشدد التقرير أيضا على مواصلة السلطات الأمنية تعزيز عمليات التصدي للشبكات الإجرامية المتورطة في تهريب المهاجرين",
    ),
    c(
        "ar",
        "وشمل التعاون أيضا تنسيقا مع بعثة الاتحاد الأوروبي بالمغرب لضمان مواجهة فعالة للشبكات الإجرامية.",
    ),
]

FR_SEED = [
    c(
        "fr",
        "Immigration irrégulière: plus de 42.000 tentatives déjouées par le Maroc en 2021",
        e(42000, "count", "at_least", "attempts", hedge="plus de", low=42000, high=None, year=2021),
        e(2021, "year"),
    ),
    c(
        "fr",
        "Publié dans H24 Info le 04 - 11 - 2021",
        e(20211104, "date", text="04 - 11 - 2021", scope_start=dt.date(2021, 11, 4)),
    ),
    c(
        "fr",
        "Selon un nouveau rapport du ministère de l'Intérieur, le Maroc a déjoué plus de 42.000 tentatives d'immigration irrégulière depuis le début de l'année.",
        e(
            42000,
            "count",
            "at_least",
            "attempts",
            year=2021,
            scope_start=dt.date(2021, 1, 1),
            scope_end=dt.date(2021, 11, 4),
        ),
        ref=REF_FR,
    ),
    c(
        "fr",
        "le Maroc a déjoué plus de 42.000 tentatives depuis le début de l'année.",
        e(
            42000,
            "count",
            "at_least",
            "attempts",
            year=None,
            scope_text="depuis le début de l'année",
        ),
    ),
    c(
        "fr",
        "Le Maroc est parvenu à avorter 42.071 tentatives d'immigration clandestine depuis le début de l'année 2021.",
        e(
            42071,
            "count",
            "exact",
            "attempts",
            text="42.071",
            ambiguous=False,
            year=2021,
            scope_start=dt.date(2021, 1, 1),
            scope_end=dt.date(2021, 11, 4),
        ),
        e(2021, "year"),
        ref=REF_FR,
    ),
    c(
        "fr",
        "Le Maroc est parvenu à avorter 42.071 tentatives depuis le début de l'année 2021.",
        e(42071, "count", "exact", "attempts", year=2021, scope_end=dt.date(2021, 12, 31)),
        e(2021, "year"),
    ),
    c(
        "fr",
        "Il a aussi réussi à démanteler plus de 156 réseaux criminels opérant dans l'immigration irrégulière, indique un nouveau rapport du ministère de l'Intérieur, présenté en partie, mercredi 3 novembre, lors d'une réunion et relayé par AlYaoum24",
        e(156, "count", "at_least", "networks", unit_text="réseaux"),
        e(20211103, "date", text="mercredi 3 novembre"),
        ref=REF_FR,
    ),
    c("fr", "présenté mercredi 3 novembre", e(1103, "date", text="mercredi 3 novembre")),
    c(
        "fr",
        "Le rapport, qui présente les réalisations et les dépenses de département de Abdelouafi Laftit en 2021, souligne",
        e(2021, "year"),
    ),
    c(
        "fr",
        "Selon le document, 8.890 migrants ont été refoulés par le Maroc, dont 1.725 vers leurs pays d'origine, en coordination avec l'OIM.",
        e(8890, "count", "exact", "migrants"),
        e(1725, "count", "exact", "migrants", unit_text=None),
    ),
    c(
        "fr",
        "Lire aussi: Sebta: avortement d'une tentative d'entrée de 300 migrants",
        e(300, "count", "exact", "migrants"),
    ),
    c(
        "fr",
        "Préparatifs Mondial 2026 : Plus de 54.000 tickets vendus pour les matchs contre l'Equateur",
        e(2026, "year"),
        e(54000, "count", "at_least", "tickets", year=2026),
    ),
    c(
        "fr",
        "Cyclones à Madagascar : 400.000 personnes touchées",
        e(400000, "count", "exact", "people"),
    ),
    c(
        "fr",
        "Le ministère des Habous annonce la date d'observation du croissant de Ramadan 1447 H",
        e(1447, "year"),
    ),
    c(
        "fr",
        "Justice : les audiences reprennent dans les tribunaux après la suspension du projet de loi n° 66.23",
    ),
    c(
        "fr",
        "Marrakech : le FLAM revient pour une quatrième édition",
        e(4, "ordinal", text="quatrième"),
    ),
    c(
        "fr",
        "Les travaux de la 6e session de la Haute Commission mixte Maroc-Bahreïn, tenue lundi à Laâyoune",
        e(6, "ordinal", text="6e"),
    ),
    c(
        "fr",
        "Inauguration de la Mosquée Mohammed VI au Tchad et ouverture de 157 mosquées au Royaume",
        e(157, "count", "exact", "mosques"),
    ),
    c(
        "fr",
        "Bryan Adams attendu à Rabat et Tanger pour deux concerts acoustiques",
        e(2, "count", "exact", "concerts"),
    ),
    c("fr", "Maroc-UE : Une année record et un partenariat renforcé en 2026", e(2026, "year")),
    c("fr", "One Retail de Moncef Belkhayat rachète Flormar au Maroc"),
    c("fr", "Marsa Maroc enregistre un trafic global record en 2025", e(2025, "year")),
    c("fr", "DATA-TIKA: La CNDP signe une convention tripartite avec le GAM et l'UACC"),
    c(
        "fr",
        "Merci d'avoir signalé! Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.",
    ),
]

AR = [
    c(
        "ar",
        "أكثر من 3 ملايين مهاجر",
        e(3e6, "count", "at_least", "migrants", text="3 ملايين", hedge="أكثر من"),
    ),
    c("ar", "أزيد من 500 شخص", e(500, "count", "at_least", "people")),
    c("en", "Six members of staff were hurt", e(6, "count", "exact", "workers")),
    c("en", "Six members of the panel voted", e(6, "count", "exact", "participants")),
    # a function word with the conjunction written onto it is not the counted noun
    c("ar", "عاد 12 ولم يعد الباقون إلى السباق", e(12, "count", "exact", None)),
    c("ar", "فاز ثلاثة ولا أحد غيرهم", e(3, "count", "exact", None)),
    c("ar", "حوالي 300 مهاجر", e(300, "count", "approx", "migrants", hedge="حوالي")),
    c("ar", "بحوالي 300 مهاجر", e(300, "count", "approx", "migrants")),
    c("ar", "نحو 20 قاربا", e(20, "count", "approx", "boats")),
    c("ar", "قرابة 40 شخصا", e(40, "count", "approx", "people")),
    c("ar", "ما يناهز 1200 طفل", e(1200, "count", "approx", "children")),
    c("ar", "أقل من 100 حالة", e(100, "count", "at_most", "cases", low=None, high=100)),
    # charges in court, in the four languages
    c("en", "He faces 14 counts of fraud", e(14, "count", "exact", "charges")),
    c("fr", "Il est visé par 14 chefs d'accusation", e(14, "count", "exact", "charges")),
    c("es", "Enfrenta 14 cargos de fraude", e(14, "count", "exact", "charges")),
    c("ar", "يواجه 14 تهمة احتيال", e(14, "count", "exact", "charges")),
    # a case of death is a death ("حالة وفاة", "cas de décès", "casos de muerte")
    c("ar", "سجلت الوزارة 45 حالة وفاة جديدة", e(45, "count", "exact", "deaths")),
    c("ar", "بلغ عدد الضحايا 45 حالة من حالات الوفاة", e(45, "count", "exact", "cases")),
    c("fr", "On dénombre 45 cas de décès", e(45, "count", "exact", "deaths")),
    c("es", "Se registraron 45 casos de muerte", e(45, "count", "exact", "deaths")),
    c("ar", "ما لا يقل عن 50 ضحية", e(50, "count", "at_least", "victims")),
    c("ar", "زهاء 700 مهاجر", e(700, "count", "approx", "migrants")),
    c("ar", "لقي 30 شخصا على الأقل حتفهم", e(30, "count", "at_least", "people", hedge="على الأقل")),
    c("ar", "ثلاثة آلاف شخص", e(3000, "count", "exact", "people", text="ثلاثة آلاف")),
    c("ar", "مليون ونصف نسمة", e(1.5e6, "count", "exact", "people", text="مليون ونصف")),
    # the scale said again after its fraction, with or without the article
    c("ar", "ربحت الشركة مليارا ونصف المليار دولار", e(1.5e9, "money", "exact", "USD", text="مليارا ونصف المليار")),
    c("ar", "فر مليون ونصف مليون شخص", e(1.5e6, "count", "exact", "people", text="مليون ونصف مليون")),
    c("ar", "خمسة عشر طفلا", e(15, "count", "exact", "children")),
    c("ar", "عشرين ألف زائر", e(20000, "count", "exact", "tourists")),
    c("ar", "مليار و200 مليون درهم", e(1.2e9, "money", "exact", "MAD", currency="MAD")),
    c("ar", "2,5 مليار درهم", e(2.5e9, "money", "exact", "MAD", text="2,5 مليار", currency="MAD")),
    c("ar", "3 ملايين درهم", e(3e6, "money", "exact", "MAD")),
    c("ar", "500 درهم", e(500, "money", "exact", "MAD")),
    # sterling named on its own or in the plural
    c("ar", "بيعت اللوحة بـ 240 ألف إسترليني", e(240e3, "money", "exact", "GBP", currency="GBP")),
    c("ar", "3 ملايين جنيهات إسترلينية", e(3e6, "money", "exact", "GBP", currency="GBP")),
    c("en", "a fine of 5 million sterling", e(5e6, "money", "exact", "GBP", currency="GBP")),
    c("es", "4 millones de libras esterlinas", e(4e6, "money", "exact", "GBP", currency="GBP")),
    c("ar", "100 مليون دولار", e(1e8, "money", "exact", "USD", currency="USD")),
    c("ar", "50 مليون يورو", e(5e7, "money", "exact", "EUR", currency="EUR")),
    c("ar", "15 في المائة", e(15, "percent", "exact", "percent")),
    c("ar", "15 بالمائة", e(15, "percent", "exact", "percent")),
    c("ar", "ارتفع بنسبة ٪15", e(15, "percent", "exact", "percent")),
    c("ar", "12,5 في المئة", e(12.5, "percent", "exact", "percent")),
    c("ar", "١٢٫٥٪", e(12.5, "percent", "exact", "percent", text="١٢٫٥")),
    c("ar", "٣٬٥٠٠ شخص", e(3500, "count", "exact", "people", text="٣٬٥٠٠")),
    c("ar", "٤٥٠٠ مهاجر", e(4500, "count", "exact", "migrants")),
    c("ar", "۱۲۳ قارب", e(123, "count", "exact", "boats")),
    c(
        "ar",
        "ما بين 10 و20 شخصا",
        e(10, "count", "range", "people", low=10, high=20, text="10 و20"),
    ),
    c("ar", "القانون رقم 02.03"),
    # the disease's name is no figure
    c("fr", "le vaccin anti-Covid 19"),
    c("en", "the SARS-CoV 2 virus"),
    c("ar", "لقاح كوفيد 19"),
    c("ar", "المادة 5 من القانون"),
    c("ar", "الفصل 47 من الدستور"),
    c(
        "ar",
        "في شتنبر 2023 تم ترحيل 300 مهاجر",
        e(20230900, "date"),
        e(
            300,
            "count",
            "exact",
            "migrants",
            year=2023,
            scope_start=dt.date(2023, 9, 1),
            scope_end=dt.date(2023, 9, 30),
        ),
    ),
    c("ar", "خمس سنوات", e(5, "duration", "exact", "years")),
    c("ar", "10 أيام", e(10, "duration", "exact", "days")),
    c("ar", "ثلاثة أشهر", e(3, "duration", "exact", "months")),
    c("ar", "عام 2024", e(2024, "year")),
    c(
        "ar",
        "خلال سنة 2023 تم تسجيل 500 حالة",
        e(2023, "year"),
        e(500, "count", "exact", "cases", year=2023),
    ),
    c("ar", "في كانون الثاني 2020", e(20200100, "date")),
    # the two calendars' names of one month, joined by a slash, are one date
    c("ar", "ابتداءً من 15 سبتمبر/أيلول 2021", e(20210915, "date", text="15 سبتمبر/أيلول 2021")),
    c("ar", "في 6 يناير/كانون الثاني 2023", e(20230106, "date", text="6 يناير/كانون الثاني 2023")),
    c("fr", "le 15 septembre/octobre 2021", e(915, "date", text="15 septembre"), e(20211000, "date")),
    c("ar", "في يناير 2020", e(20200100, "date")),
    c("ar", "في يوليوز 2022", e(20220700, "date")),
    c("ar", "في غشت 2022", e(20220800, "date")),
    c("ar", "في دجنبر 2022", e(20221200, "date")),
    c("ar", "في نونبر 2021", e(20211100, "date")),
    c("ar", "في أيلول 2019", e(20190900, "date")),
    c("ar", "4 نونبر 2021", e(20211104, "date")),
    c(
        "ar",
        "العام الماضي تم إحباط 200 محاولة",
        e(200, "count", "exact", "attempts", year=2023),
        ref=REF_AR,
    ),
    c("ar", "هذه السنة سجلنا 70 حالة", e(70, "count", "exact", "cases", year=2024), ref=REF_AR),
    c("ar", "واحد وعشرون شخصا", e(21, "count", "exact", "people")),
    c("ar", "أحد عشر لاعبا", e(11, "count", "exact", "players")),
    c("ar", "ألف شخص", e(1000, "count", "exact", "people")),
    c("ar", "ألفين شخص", e(2000, "count", "exact", "people")),
    c("ar", "مليونين درهم", e(2e6, "money", "exact", "MAD")),
    c("ar", "آلاف المهاجرين"),
    c("ar", "عشرات الضحايا"),
    c("ar", "مئات الأشخاص"),
    c("ar", "ثلاثمائة شخص", e(300, "count", "exact", "people")),
    c("ar", "خمسة وعشرون طفلا", e(25, "count", "exact", "children")),
    c("ar", "تفكيك 210 شبكة إجرامية", e(210, "count", "exact", "networks")),
    c("ar", "إنقاذ 14 ألفا و260 شخصا", e(14260, "count", "exact", "people")),
    c("ar", "ترحيل 4388 مهاجرا", e(4388, "count", "exact", "migrants")),
    c("ar", "2 مليون و300 ألف", e(2.3e6, "count", "exact", None)),
    c("ar", "50 كلم", e(50, "measure", "exact", "kilometres")),
    c("ar", "20 طنا من المخدرات", e(20, "measure", "exact", "tonnes")),
    c("ar", "300 هكتار", e(300, "measure", "exact", "hectares")),
    c("ar", "الدورة السادسة", e(6, "ordinal", text="سادسة")),
    c("ar", "الهاتف 0522123456"),
    c("ar", "كوفيد-19"),
    c("ar", "من بينهم 300 امرأة", e(300, "count", "exact", "women")),
    c(
        "ar",
        "تم توقيف 40 مشتبها فيهم من بينهم 12",
        e(40, "count", "exact", "suspects"),
        e(12, "count", "exact", "suspects"),
    ),
    c(
        "ar",
        "ارتفاع بنسبة 3,5 في المائة خلال 2023",
        e(3.5, "percent", "exact", "percent", year=2023),
        e(2023, "year"),
    ),
    c("ar", "أكثر من 1,234 شخص", e(1234, "count", "at_least", "people", ambiguous=True)),
    c("ar", "استقبل المغرب 14,5 مليون سائح", e(14.5e6, "count", "exact", "tourists")),
    c(
        "ar",
        "برسم سنة 2025 خصص 100 مليون درهم",
        e(2025, "year"),
        e(1e8, "money", "exact", "MAD", year=2025),
    ),
    c("ar", "نصف مليون شخص", e(5e5, "count", "exact", "people")),
    c("ar", "وثلاثة أطفال", e(3, "count", "exact", "children", text="ثلاثة")),
    c("ar", "وكالة المغرب العربي للأنباء"),
    # speeds, miles and feet with their accusative endings ("ميلاً", "قدمًا")
    c("ar", "بسرعة 135 كم/ساعة", e(135, "measure", "exact", "kilometres_per_hour")),
    c("ar", "بسرعة 135 كيلومتر في الساعة", e(135, "measure", "exact", "kilometres_per_hour")),
    c("ar", "رياح بسرعة 85 ميلاً في الساعة", e(85, "measure", "exact", "miles_per_hour")),
    c("ar", "على بعد 385 ميلًا جنوب غرب", e(385, "measure", "exact", "miles")),
    c("ar", "على مسافة 72 كيلو مترًا", e(72, "measure", "exact", "kilometres")),
    c("ar", "خنزير يبلغ وزنه 550 رطلاً", e(550, "measure", "exact", "pounds")),
    c("ar", "أمواج بارتفاع 20 قدمًا", e(20, "measure", "exact", "feet")),
    c("ar", "10 كيلو من الأرز", e(10, "measure", "exact", "kilo")),
    # hedges after a currency, "ما يصل إلى", ranges with "إلى"
    c("ar", "ما يصل إلى 120 مليون جنيه إسترليني", e(1.2e8, "money", "at_most", "GBP")),
    c("ar", "10 مليارات دولار على الأقل", e(1e10, "money", "at_least", "USD", hedge="على الأقل")),
    c("ar", "أمطار بارتفاع 2 إلى 4 بوصات", e(2, "measure", "range", "inches", high=4)),
    c("ar", "ارتفع العدد إلى 300 شخص", e(300, "count", "exact", "people")),
    # ages
    c("ar", "يستمتع نادي ذا سكوت، 42، بالتحدي", e(42, "duration", "exact", "years")),
    c("ar", "وضحيته البالغة من العمر 19، وذلك بليلة مقتلها", e(19, "duration", "exact", "years")),
    c(
        "ar",
        "ثلاثة رجال تبلغ أعمارهم 33 و34 و39 عامًا",
        e(3, "count", "exact", "men"),
        e(33, "duration", "exact", "years"),
        e(34, "duration", "exact", "years"),
        e(39, "duration", "exact", "years"),
    ),
    c("ar", "1، 2، 3", e(1), e(2), e(3)),
    c("ar", "في حوالي الساعة 4 بالتوقيت الصيفي البريطاني"),
    # a dual noun is two of its unit (listed masculine duals, feminine duals in -تان/-تين/-تا)
    c("ar", "منذ عامين", e(2, "duration", "exact", "years", text="عامين")),
    c("ar", "بعد يومين من الحادث", e(2, "duration", "exact", "days")),
    c("ar", "لمدة شهرين", e(2, "duration", "exact", "months")),
    c("ar", "قبل أسبوعين من مقتلها", e(2, "duration", "exact", "weeks")),
    c("ar", "لما يقرب من ساعتين", e(2, "duration", "approx", "hours", text="ساعتين")),
    c("ar", "خلال العامين الماضيين", e(2, "duration", "exact", "years", text="عامين")),
    c("ar", "أكثر من عامين", e(2, "duration", "at_least", "years")),
    c("ar", "لمدة عامين اثنين", e(2, "duration", "exact", "years", text="عامين اثنين")),
    c("ar", "عامين ونصف", e(2.5, "duration", "exact", "years")),
    c("ar", "وجدت سيارتا شرطة داخل الطوق", e(2, "count", "exact", "vehicles", text="سيارتا")),
    c("ar", "سيارتان", e(2, "count", "exact", "vehicles")),
    c("ar", "ربما تكون المحاولتان المتأخرتان", e(2, "count", "exact", "attempts")),
    c("ar", "وتوصلت الحكومتان إلى اتفاق", e(2, "count", "exact", "governments", text="حكومتان")),
    c("ar", "سيدتان فقدن أحبتهن", e(2, "count", "exact", "women")),
    c("ar", "ظهرت أم لطفلين", e(2, "count", "exact", "children")),
    c(
        "ar",
        "مقتل شخصين وإصابة 20 آخرين",
        e(2, "count", "exact", "people"),
        e(20, "count", "exact", "آخرين"),
    ),
    c("ar", "فاز باللقب مرتين", e(2, "count", "exact", "times")),
    c("ar", "ما لم تجمع مليوني دولار", e(2e6, "money", "exact", "USD", text="مليوني")),
    # "كيلو" alone may be kilograms or kilometres; with "في الساعة" it is a speed
    c("ar", "على طول 300 كيلو من الساحل", e(300, "measure", "exact", "kilo")),
    c("ar", "بسرعة 120 كيلو في الساعة", e(120, "measure", "exact", "kilometres_per_hour")),
    c("ar", "على بعد 72 كيلو مترا", e(72, "measure", "exact", "kilometres")),
    # an ordinal after an age word is the age; elsewhere it stays an ordinal
    c("ar", "غادرت القرية في سن الثالثة عشرة", e(13, "duration", "exact", "years")),
    c("ar", "لاعب بسن الخامسة والعشرين", e(25, "duration", "exact", "years")),
    c("ar", "احتل المركز الثالث في سن مبكرة", e(3, "ordinal", "exact", None)),
    # turns of a road or circuit, shots at goal or gunshots
    c("ar", "خسر مركزه في أول منعطفين", e(2, "count", "exact", "turns", text="منعطفين")),
    c("ar", "لم يسجل الفريق سوى تسديدتين", e(2, "count", "exact", "shots")),
    c("ar", "سمع السكان خمس طلقات", e(5, "count", "exact", "shots")),
    c("en", "the first three bends of the track", e(3, "count", "exact", "turns")),
    c("fr", "quatre tirs cadrés", e(4, "count", "exact", "shots")),
    c("es", "en las dos primeras curvas", e(2, "count", "exact", "turns")),
    # a dual with a possessive pronoun in place of its ن, for counted units
    c("ar", "افتتح حفيداه المعرض", e(2, "count", "exact", "grandchildren", text="حفيداه")),
    c("ar", "رافقت طفليها إلى الحديقة", e(2, "count", "exact", "children", text="طفليها")),
    c("ar", "باعت الشركة مصنعيها وسيارتيها", e(2, "count", "exact", "vehicles", text="سيارتيها")),
    c("ar", "وصل مسافراهما متأخرين", e(2, "count", "exact", "passengers")),
    c("en", "her two granddaughters", e(2, "count", "exact", "grandchildren")),
    c("fr", "ses trois petits-enfants", e(3, "count", "exact", "grandchildren")),
    c("es", "sus cuatro nietas", e(4, "count", "exact", "grandchildren")),
    # not duals: sound plurals in -ين, broken plurals in -ان, a possessive, a name
    c("ar", "إنقاذ مهاجرين من الغرق"),
    c("ar", "اللاعبين والمدربين"),
    c("ar", "البلدان العربية"),
    c("ar", "حركة طالبان"),
    c("ar", "سيارتي الجديدة"),
    # not possessive duals: "-يه" reads as a nisba adjective, "-تي" as "my", a body
    # part, a measure with a pronoun
    c("ar", "قال إن شخصيته قوية"),
    c("ar", "تحدث عن سيارتي"),
    c("ar", "رفع رجليه ورجلاه متعبتان"),
    c("ar", "وقفت على قدميها"),
    c("ar", "في باكستان"),
    # a cardinal with the article counts the definite noun before it, or the noun after it
    c("ar", "على مدار الأيام الأربع الأخيرة", e(4, "duration", "exact", "days", text="أربع")),
    c("ar", "السنوات الخمس الماضية", e(5, "duration", "exact", "years")),
    c("ar", "أحد القادة التسعة في كتالونيا", e(9, "count", "exact", "قادة", unit_text="القادة")),
    c("ar", "الضحايا الثماني، وإثبات التهمة", e(8, "count", "exact", "victims")),
    c("ar", "استجواب أعضاء مجلس الشيوخ الثلاثة", e(3, "count", "exact", "participants")),
    c("ar", "في معظم الثمانية أعوام", e(8, "duration", "exact", "years")),
    c("ar", "على مدار الخمسة أشهر الماضية", e(5, "duration", "exact", "months")),
    c("ar", "في الأربعة عشر يوما الأخيرة", e(14, "duration", "exact", "days")),
    c("ar", "مجموعة السبع القوية", e(7)),
    c("ar", "أم لثلاثة أبناء", e(3, "count", "exact", "أبناء")),
    c("ar", "بالمباريات الثلاث السابقة", e(3, "count", "exact", "matches")),
    c("ar", "لست أدري"),
    # after a bare figure, a hedge or a particle is no counted noun
    c("ar", "أصيب 25 تقريبا في الحادث", e(25, "count", "approx", None)),
    c("ar", "وصل 60 على الأقل إلى الميناء", e(60, "count", "at_least", None)),
    c("ar", "كان عددهم 8 فيما مضى", e(8, "count", "exact", None)),
    c("ar", "أصيب 25 شخصا تقريبا في الحادث", e(25, "count", "approx", "people")),
    # "N times" after a verb of multiplying is the ratio of a change (tripled), no count
    c("ar", "تضاعفت صادرات القمح ثلاث مرات منذ 2015", e(2015, "year")),
    c("ar", "ضاعفت الشركة أرباحها مرتين"),
    c("ar", "فاز بالبطولة ثلاث مرات", e(3, "count", "exact", "times")),
    # the forms of two before عشر are 12; alone they are a verb ("أثنى على": praised)
    c("ar", "أثنى المدرب على لاعبيه بعد الفوز"),
    c("ar", "أثنى الوزير على 9 موظفين", e(9, "count", "exact", "workers")),
    c("ar", "سجل اثني عشر هدفا", e(12, "count", "exact", "goals")),
    c("ar", "باعت اثنتي عشرة سيارة", e(12, "count", "exact", "vehicles")),
    c("ar", "يوم الاثنين"),
    c("ar", "القرن العشرين"),
    # ordinals stay ordinals
    c("ar", "الحفرة التاسعة", e(9, "ordinal", text="تاسعة")),
    c("ar", "المرة الرابعة", e(4, "ordinal")),
    c("ar", "في القرن التاسع عشر", e(19, "ordinal", text="تاسع عشر")),
    c("ar", "مباراته السابعة والأربعين", e(47, "ordinal")),
    c("ar", "في سن الثالثة عشر عندما", e(13, "duration", "exact", "years")),  # an age (ordinal form)
    c("ar", "للمرة الثانية عشرة", e(12, "ordinal", text="ثانية عشرة")),
    # digits after a noun of a place in a series: the ordinal ("the 18th century")
    c("ar", "بنيت الكنيسة في أوائل القرن 18 على يد", e(18, "ordinal", text="18")),
    c("ar", "أنهى السباق في المركز 4 خلف زميله", e(4, "ordinal", text="4")),
    c("ar", "حل بالمركز 2 في الترتيب", e(2, "ordinal", text="2")),
    c("ar", "يسكن في الطابق 12 من البرج", e(12, "ordinal", text="12")),
    # a lap, round or session, a district, a street: "الدورة 44" is the 44th lap
    c("ar", "توقف السائق في الدورة 31 لتغيير الإطارات", e(31, "ordinal", text="31")),
    c("ar", "خسر الفريق في الجولة 6 من الدوري", e(6, "ordinal", text="6")),
    c("ar", "فاز المرشح بالدائرة 9 بفارق ضئيل", e(9, "ordinal", text="9")),
    c("ar", "افتتح المتجر في شارع 42 وسط المدينة", e(42, "ordinal", text="42")),
    # a year after it stays a year ("الدورة 2022": the 2022 edition)
    c("ar", "شارك في الدورة 2022 من البطولة", e(2022, "year")),
    c("ar", "تقام النسخة 14 من البطولة في الربيع", e(14, "ordinal", text="14")),
    # elsewhere the digits stay a count, and a year stays a year
    c("ar", "قتل 18 شخصا في القرن الماضي", e(18, "count", "exact", "people")),
    c("ar", "خلال الدورة 2022 من المعرض", e(2022, "year")),
    c("ar", "الفصل الثاني عشر", e(12, "ordinal")),
    c("ar", "بعد 30 ثانية", e(30, "duration", unit="seconds")),  # seconds, not the ordinal
    # shares of a whole: approximate percents; of a unit of time, that part of it
    c(
        "ar",
        "سيتطلب الحصول على ثلثي أغلبية البرلمان",
        e(66.67, "percent", "approx", "percent", text="ثلثي"),
    ),
    c("ar", "ثلثا الأعضاء", e(66.67, "percent", "approx", "percent")),
    c("ar", "نصف الناخبين", e(50, "percent", "approx", "percent")),
    c("ar", "ربع السكان", e(25, "percent", "approx", "percent")),
    c("ar", "ثلاثة أرباع السكان", e(75, "percent", "approx", "percent", text="ثلاثة أرباع")),
    c("ar", "أكثر من النصف بصوت واحد", e(50, "percent", "at_least", "percent", hedge="أكثر من")),
    c("ar", "لمدة نصف ساعة", e(0.5, "duration", "exact", "hours", text="نصف ساعة")),
    c("ar", "ثلاث سنوات ونصف", e(3.5, "duration", "exact", "years", text="ثلاث سنوات ونصف")),
    c("ar", "ثلاثة ونصف مليون", e(3.5e6)),
    c("ar", "الدور نصف النهائي"),
    c("ar", "في النصف الأول من المباراة"),
    c("ar", "في النصف العلوي من الترتيب"),
    c("ar", "نحن نصف ذلك بأنه قوة دفع"),
    c("ar", "تصرف نصف سنوي"),
    c("ar", "سنة ونصف", e(1.5, "duration", "exact", "years")),
    # digits: the Arabic comma groups thousands; a space left out after a particle or
    # before a word; "ثلاثًا" in the accusative
    c("ar", "أكثر من 30،000 كوري شمالي", e(30000, "count", "at_least", "كوري", text="30،000")),
    c("ar", "ثبتت عند 16في المائة فقط", e(16, "percent", "exact", "percent")),
    c("ar", "العاصمة و18ولاية", e(18, "count", "exact", "states")),
    # the nominative plural of a counted noun before a definite number
    c("ar", "أدلى الناخبون الـ 40 بأصواتهم", e(40, "count", "exact", "voters", text="40")),
    c("ar", "وصل المسافرون الثلاثة", e(3, "count", "exact", "passengers")),
    # a reflexive or "all of them" after the figure is not its noun
    c("ar", "عاد 30 جميعهم إلى منازلهم", e(30, "count", "exact", None)),
    c("ar", "عاد اللاعبون الـ 11 أنفسهم إلى الملعب", e(11, "count", "exact", "players", text="11")),
    # "يوم" before a weekday names the day ("يوم الأحد": Sunday), not a count of days
    c("ar", "يذاع البرنامج على القناة 2 يوم الخميس", e(2, "count", "exact", None)),
    c("ar", "قضى 5 أيام في المدينة", e(5, "duration", "exact", "days")),
    # also past the figure's own noun: the noun counts, the weekday is when
    c("ar", "تغطي الثلوج نحو ثلاثة أحياء يوم الجمعة", e(3, "count", "approx", "أحياء")),
    c("ar", "وصل 20 مهاجرا يوم الاثنين", e(20, "count", "exact", "migrants")),
    # digits after the article on its own count the definite noun before them
    c("ar", "شكر المدرب اللاعبين الـ 15 المشاركين", e(15, "count", "exact", "players", text="15")),
    c("ar", "تم التعرف على الضحايا الـ9 جميعا", e(9, "count", "exact", "victims", text="9")),
    c("ar", "خلال الـ 48 ساعة الماضية", e(48, "duration", "exact", "hours")),
    # one or two digits right after a capitalised word inside the sentence, also one the
    # concept lexicon knows, are part of a name; after a month, a weekday or in a
    # headline they stay a figure
    c("fr", "Le club, troisième de la Ligue 1, a perdu hier soir", e(3, "ordinal")),
    c("fr", "Le reportage de France 2 a duré 20 minutes", e(20, "duration", "exact", "minutes")),
    c("en", "The Apollo 11 crew had 3 members", e(3, "count", "exact", "participants")),
    c("en", "It opened on October 12 with 300 guests", e(1012, "date"), e(300, "count", "exact", "guests")),
    c("en", "Police Arrest 12 After Protest", e(12, "count", "exact", None)),
    # a space left out after a word before a percentage; a name with digits stays one
    c("ar", "ويرى42% من الناخبين أنه مخطئ", e(42, "percent", "exact", "percent")),
    c("ar", "ارتفع التضخم7٪ خلال العام", e(7, "percent", "exact", "percent")),
    c("ar", "انتشر كوفيد19 في المدينة"),
    c("ar", "أوقفت الشرطة أربعة مراهقين ورجلا", e(4, unit="children")),
    c("ar", "18 حفرة ليحدثوا فارقا", e(18, unit="holes")),
    c("ar", "بعد أن خسرا بفارق حفرتين", e(2, unit="holes", text="حفرتين")),
    c("ar", "وتمتلك الهيئة عشرة خبراء مدربين", e(10, unit="experts")),
    c("ar", "بعدد مشاهدين بلغ 3.26 مليون مشاهد", e(3.26e6, unit="viewers")),
    c("ar", "بثروة تقدر بـ1,6 مليار دولار", e(1.6e9, "money", "exact", "USD")),
    c("ar", "بلغت قوته حوالي200 مرة", e(200, "count", "approx", "times")),
    c("ar", "لقاح كوفيد19 الجديد"),
    c("ar", "مصدر1 مصدر2"),
    c("ar", "وأسقط ثلاثًا منها", e(3, text="ثلاثًا")),
    c("ar", "ولعب 32 مباراة، 10 منها", e(32, unit="matches"), e(10, unit="matches")),
]

FR = [
    c(
        "fr",
        "plus de 3 milliards de dirhams",
        e(3e9, "money", "at_least", "MAD", currency="MAD", text="3 milliards"),
    ),
    c("fr", "1,2 million de personnes", e(1.2e6, "count", "exact", "people", text="1,2 million")),
    c("fr", "une hausse de 12,5 %", e(12.5, "percent", "exact", "percent", text="12,5")),
    c("fr", "3,5% de croissance", e(3.5, "percent", "exact", "percent")),
    c("fr", "15 pour cent", e(15, "percent", "exact", "percent")),
    c("fr", "deux cents élèves", e(200, "count", "exact", "students", text="deux cents")),
    c(
        "fr",
        "quarante-deux mille tentatives",
        e(42000, "count", "exact", "attempts", text="quarante-deux mille"),
    ),
    c("fr", "quatre-vingt-dix-sept personnes", e(97, "count", "exact", "people")),
    c("fr", "soixante et onze migrants", e(71, "count", "exact", "migrants")),
    c("fr", "vingt et un morts", e(21, "count", "exact", "deaths")),
    c("fr", "une dizaine de migrants", e(10, "count", "approx", "migrants")),
    c("fr", "une centaine de personnes", e(100, "count", "approx", "people")),
    c("fr", "un millier de manifestants", e(1000, "count", "approx", "manifestants")),
    c("fr", "de 10 à 20 %", e(10, "percent", "range", "percent", low=10, high=20)),
    c("fr", "entre 10 et 20 personnes", e(10, "count", "range", "people", high=20)),
    c("fr", "jusqu'à 500 euros", e(500, "money", "at_most", "EUR", hedge="jusqu'à")),
    c("fr", "jusqu’à 500 euros", e(500, "money", "at_most", "EUR")),
    c("fr", "au moins 3 morts", e(3, "count", "at_least", "deaths")),
    # "at least" with a preposition before the figure ("au moins par deux fois")
    c("fr", "Il a été sifflé au moins par deux fois", e(2, "count", "at_least", "times")),
    c("fr", "Elle a appelé au moins à trois reprises", e(3, "count", "at_least", "reprises")),
    c("en", "He was booed at least on two occasions", e(2, "count", "at_least", "occasions")),
    c("es", "Fue abucheado al menos en dos ocasiones", e(2, "count", "at_least", "ocasiones")),
    c("fr", "près de 2.000 migrants", e(2000, "count", "approx", "migrants", hedge="près de")),
    c("fr", "environ 300 personnes", e(300, "count", "approx", "people")),
    c("fr", "moins de 50 cas", e(50, "count", "at_most", "cases")),
    c("fr", "quelque 400 familles", e(400, "count", "approx", "families")),
    c("fr", "au-delà de 1.000 emplois", e(1000, "count", "at_least", "jobs")),
    c("fr", "pas moins de 12 enfants", e(12, "count", "at_least", "children")),
    c("fr", "un rapport"),
    c("fr", "une tentative d'entrée"),
    c("fr", "un million de personnes", e(1e6, "count", "exact", "people")),
    c("fr", "projet de loi n° 66.23"),
    c("fr", "l'article 5 du code"),
    c("fr", "la loi 12-34"),
    c("fr", "Covid-19 et H24"),
    c("fr", "en mars 2023", e(20230300, "date")),
    c(
        "fr",
        "en mars 2023, 500 migrants",
        e(20230300, "date"),
        e(500, "count", "exact", "migrants", year=2023),
    ),
    c("fr", "1,234 tonnes", e(1.234, "measure", "exact", "tonnes", ambiguous=True)),
    c("fr", "8 890 migrants", e(8890, "count", "exact", "migrants")),
    c("fr", "8\u00a0890 migrants", e(8890, "count", "exact", "migrants")),
    c("fr", "8\u202f890 migrants", e(8890, "count", "exact", "migrants")),
    c("fr", "8\u2009890 migrants", e(8890, "count", "exact", "migrants")),
    c("fr", "1.234.567 habitants", e(1234567, "count", "exact", "people")),
    c("fr", "1 234 567,5 dirhams", e(1234567.5, "money", "exact", "MAD")),
    c("fr", "trois ans de prison", e(3, "duration", "exact", "years")),
    c("fr", "10 jours", e(10, "duration", "exact", "days")),
    c("fr", "six mois", e(6, "duration", "exact", "months")),
    c("fr", "la 6e session", e(6, "ordinal")),
    c("fr", "le 1er janvier 2020", e(20200101, "date")),
    c("fr", "à 14h30"),
    c("fr", "La séance reprend à 15 h jeudi."),
    c("en", "The attack occurred just before 7 a.m. near the beach."),
    c("en", "Chelsea play at 3 p.m. on Thursday."),
    c("es", "El partido empieza a las 3 de la tarde."),
    # a clock time written in words
    c("en", "It was six in the morning when 40 guests arrived", e(40, unit="guests")),
    c("es", "Llegaron a las seis de la tarde con 12 heridos", e(12, unit="injured")),
    c("fr", "Le train part à six heures avec 300 passagers", e(300, unit="passengers")),
    # an hour and its minutes with an hour word between them, or "heures du matin"
    c("fr", "Le meeting est prévu pour 19\u00a0h\u00a000 avec 500 passagers", e(500, unit="passengers")),
    c("fr", "L'émission passe dimanche à 11\u00a0h\u00a015 sur la radio"),
    c("fr", "entre 12\u00a0h\u00a000 et 13\u00a0h\u00a030 samedi"),
    c("fr", "L'attaque est survenue avant 7 heures du matin"),
    # ... not after a word of lasting: a duration
    c("fr", "Le marathon a été couru en 2 h 05", e(2, "duration", unit="hours")),
    # ... but Arabic writes a clock time as an ordinal: a cardinal is a count
    c("ar", "وصل ثلاثة مسافرين صباحا", e(3, unit="passengers")),
    c("en", "It took six hours in the morning", e(6, "duration", unit="hours")),
    c("ar", "يواجه الفريق منافسه في الساعة 3 مساءً يوم الخميس."),
    c("fr", "2 milliards d'euros", e(2e9, "money", "exact", "EUR")),
    c("fr", "500 DH", e(500, "money", "exact", "MAD")),
    c("fr", "500 Dhs", e(500, "money", "exact", "MAD")),
    c("fr", "20 MMDH", e(2e10, "money", "exact", "MAD")),
    c("fr", "350 MDH", e(3.5e8, "money", "exact", "MAD")),
    c("fr", "MAD 500", e(500, "money", "exact", "MAD")),
    c("fr", "€3m", e(3e6, "money", "exact", "EUR", text="3m")),
    c("fr", "3 € par jour", e(3, "money", "exact", "EUR")),
    c("fr", "50 km", e(50, "measure", "exact", "kilometres")),
    c("fr", "3 tonnes de cannabis", e(3, "measure", "exact", "tonnes")),
    c("fr", "1.500 hectares", e(1500, "measure", "exact", "hectares")),
    c("fr", "120 lits", e(120, "count", "exact", "beds")),
    c("fr", "5 écoles", e(5, "count", "exact", "schools")),
    c("fr", "12 voitures", e(12, "count", "exact", "cars")),
    c("fr", "40 embarcations", e(40, "count", "exact", "boats")),
    c("fr", "30 blessés", e(30, "count", "exact", "injured")),
    c("fr", "7 victimes", e(7, "count", "exact", "victims")),
    c("fr", "15 suspects", e(15, "count", "exact", "suspects")),
    c("fr", "2.000 emplois", e(2000, "count", "exact", "jobs")),
    c("fr", "300 entreprises", e(300, "count", "exact", "companies")),
    c("fr", "20.000 doses", e(20000, "count", "exact", "doses")),
    c("fr", "Mondial 2030", e(2030, "year")),
    c("fr", "depuis 2019", e(2019, "year")),
    c(
        "fr",
        "les neuf premiers mois de 2024, 300 cas",
        e(2024, "year"),
        e(300, "count", "exact", "cases", year=2024, scope_end=dt.date(2024, 9, 30)),
    ),
    c(
        "fr",
        "au premier semestre 2023, 400 cas",
        e(2023, "year"),
        e(400, "count", "exact", "cases", scope_end=dt.date(2023, 6, 30)),
    ),
    c("fr", "cette année, 200 cas", e(200, "count", "exact", "cases", year=2021), ref=REF_FR),
    c(
        "fr",
        "cette année, 200 cas",
        e(200, "count", "exact", "cases", year=None, scope_text="cette année"),
    ),
    c("fr", "l'année dernière, 150 cas", e(150, "count", "exact", "cases", year=2020), ref=REF_FR),
    c("fr", "Le 04/11/2021", e(20211104, "date")),
    c("fr", "Le 04.11.2021", e(20211104, "date")),
    c("fr", "2021-11-04", e(20211104, "date")),
    c("fr", "appelez le +212 5 22 12 34 56"),
    c("fr", "appelez le 0522-123456"),
    c("fr", "appelez le 05 22 12 34 56"),
    c("fr", "visitez https://www.h24info.ma/article/2021/123456"),
    c("fr", "écrivez à contact2021@site.ma"),
    c("fr", "le G20 et le MP3"),
    c("fr", "abc123 et ISBN 978-3-16-148410-0"),
    c("fr", "1500 personnes", e(1500, "count", "exact", "people", text="1500")),
    c("fr", "plus d'un million de visiteurs", e(1e6, "count", "at_least", "tourists")),
    c("fr", "deux millions de touristes", e(2e6, "count", "exact", "tourists")),
    c("fr", "mille personnes", e(1000, "count", "exact", "people")),
    c("fr", "cent personnes", e(100, "count", "exact", "people")),
    c("fr", "trois cent vingt migrants", e(320, "count", "exact", "migrants")),
    c("fr", "deux mille vingt-quatre", e(2024, "count", "exact", None)),
    c("fr", "1,2 milliard de dirhams", e(1.2e9, "money", "exact", "MAD")),
    c("fr", "dont 300 enfants", e(300, "count", "exact", "children")),
    c(
        "fr",
        "120 personnes, dont 30",
        e(120, "count", "exact", "people"),
        e(30, "count", "exact", "people"),
    ),
    c("fr", "neuf", e(9, "count", "exact", None)),
    c("fr", "3 000 migrants", e(3000, "count", "exact", "migrants")),
    c("fr", "le score de 2-1", e(2, "score", parts=(2, 1), text="2-1")),
    c(
        "fr",
        "Le chômage a atteint 13,1% au troisième trimestre",
        e(13.1, "percent", "exact", "percent"),
        e(3, "ordinal"),
    ),
    # speeds; "m" after a figure is metres, a scale only as money ("€3m", "3M€")
    c("fr", "des vents à 135 km/h", e(135, "measure", "exact", "kilometres_per_hour")),
    c("fr", "135 km/heure", e(135, "measure", "exact", "kilometres_per_hour")),
    c("fr", "à 620 km de la côte", e(620, "measure", "exact", "kilometres")),
    c(
        "fr",
        "1,98 m pour 98 kg",
        e(1.98, "measure", "exact", "metres", text="1,98"),
        e(98, "measure", "exact", "kilograms"),
    ),
    c("fr", "un jeune de 2 m qui a grandi", e(2, "measure", "exact", "metres")),
    c("fr", "un mur de 3m de haut", e(3, "measure", "exact", "metres", text="3")),
    c("fr", "un budget de 3M€", e(3e6, "money", "exact", "EUR", text="3M")),
    c(
        "fr",
        "à 16 km (10 milles) au large",
        e(16, "measure", "exact", "kilometres"),
        e(10, "measure", "exact", "miles"),
    ),
    # hedges with an article, verbs and "estimé à"
    c(
        "fr",
        "plus des 20 millions de personnes",
        e(2e7, "count", "at_least", "people", hedge="plus des"),
    ),
    c("fr", "le taux de chômage dépasse les 20 %", e(20, "percent", "at_least", "percent")),
    c("fr", "jusqu'aux 30 % du capital", e(30, "percent", "at_most", "percent")),
    c("fr", "une fortune estimée à 11 millions £", e(1.1e7, "money", "approx", "GBP")),
    # a share of a whole is an approximate percent; the hedge still applies
    c(
        "fr",
        "plus de la moitié des votants",
        e(50, "percent", "at_least", "percent", text="moitié", hedge="plus de la"),
    ),
    # lists and ranges
    c(
        "fr",
        "âgés de 33, 34 et 39 ans",
        e(33, "duration", "exact", "years"),
        e(34, "duration", "exact", "years"),
        e(39, "duration", "exact", "years"),
    ),
    c(
        "fr",
        "deux, trois ou quatre jours",
        e(2, "duration", "exact", "days"),
        e(3, "duration", "exact", "days"),
        e(4, "duration", "exact", "days"),
    ),
    c("fr", "70 % à 90 % des hommes", e(70, "percent", "range", "percent", high=90)),
    c(
        "fr",
        "une moyenne de 2,53 et 300 retraits",
        e(2.53, "count", "exact", None),
        e(300, "count", "exact", "retraits"),
    ),
    c("fr", "les quatre derniers jours", e(4, "duration", "exact", "days")),
    # a figure set against an earlier one counts the same thing
    c(
        "fr",
        "2,4 millions de téléspectateurs, contre 1,7 million il y a quatre ans",
        e(2.4e6, "count", "exact", "viewers"),
        e(1.7e6, "count", "exact", "viewers"),
        e(4, "duration", "exact", "years"),
    ),
    c(
        "fr",
        "3,1 milliards d'euros (3,6 milliards de dollars), contre 2,2 milliards au départ",
        e(3.1e9, "money", "exact", "EUR"),
        e(3.6e9, "money", "exact", "USD"),
        e(2.2e9, "count", "exact", None),
    ),
    c(
        "fr",
        "3 milliards d'euros contre 2,2 milliards",
        e(3e9, "money", "exact", "EUR"),
        e(2.2e9, "money", "exact", "EUR"),
    ),
    c("fr", "3 millions de personnes contre 2", e(3e6, "count", "exact", "people"), e(2)),
    # "vers" makes a time only of a bare hour
    c("fr", "évacuées vers 24 centres de Palu", e(24, "count", "exact", "centres")),
    # "a las" makes a time of a bare hour only: not of "a las ocho víctimas"
    c("es", "El acusado mató a las ocho víctimas del ataque", e(8, "count", "exact", "victims")),
    c("es", "El ataque ocurrió a las ocho de la mañana."),
    c("es", "La reunión empieza a las 10 horas del sábado."),
    c("es", "Llegó a las ocho y media, cansado."),
    c("es", "La tienda abre desde las 9 hasta las 18."),
    c("fr", "Il est arrivé vers 15, puis il est reparti."),
    c("fr", "dès 2020 en Australie", e(2020, "year")),
    c("fr", "le 3 sept. 2020", e(20200903, "date")),
    c("fr", "Ayr 38 - 17 Melrose : Ayr reste invaincu", e(38, "score", parts=(38, 17))),
    # shares of a whole
    c("fr", "une majorité des deux tiers", e(66.67, "percent", "approx", "percent", text="deux tiers")),
    c("fr", "un tiers des électeurs", e(33.33, "percent", "approx", "percent", text="un tiers")),
    c("fr", "les trois quarts des sièges", e(75, "percent", "approx", "percent")),
    c("fr", "un quart d'heure", e(0.25, "duration", "exact", "hours")),
    # a fraction word before a unit of time or measure is that part of it
    c("fr", "il plongeait depuis une demi-heure", e(0.5, "duration", "exact", "hours", text="demi-heure")),
    c("es", "buceaba desde hacía una media hora", e(0.5, "duration", "exact", "hours", text="media hora")),
    c("es", "la protección del medio ambiente"),
    c("es", "la media de la clase"),
    c("fr", "la demi-finale de la coupe"),
    c("en", "a penalty on the quarter-hour mark"),
    c("fr", "deux ans et demi", e(2.5, "duration", "exact", "years", text="deux ans et demi")),
    c("fr", "la première moitié de la saison"),
    c("fr", "un verre à moitié vide"),
    c("fr", "un cinquième but", e(5, "ordinal")),
    # multiplicatives before a title: how many times it was won
    c("fr", "La triple championne olympique s'est retirée.", e(3, unit="times", text="triple")),
    c("fr", "les doubles vainqueurs de la Coupe", e(2, unit="times", text="doubles")),
    c("fr", "un quintuple grand champion de golf", e(5, unit="times")),
    c("fr", "le bimédaillé olympique a parlé", e(2, unit="times", text="bimédaillé")),
    c("fr", "Le sextuple lauréat du prix", e(6, unit="times")),
    c("fr", "le prix a doublé en deux ans", e(2, "duration", "exact", "years")),
    c("fr", "le double de la somme prévue"),
    c("fr", "un homme à la double nationalité"),
    c("fr", "l'auteur présumé d'un triple meurtre"),
    c("fr", "une ration double pour le champion"),
    c("fr", "touchés par des tsunamis depuis un siècle", e(1, "duration", "exact", "centuries")),
    c("fr", "depuis plus d'une décennie", e(1, "duration", "at_least", "decades", text="une")),
    c("fr", "après trois décennies de guerre", e(3, "duration", "exact", "decades")),
    c("fr", "une statue du XIXe siècle"),
    c("fr", "au cours du dernier siècle"),
    c("fr", "à la fin du 19e siècle", e(19, "ordinal")),
]

EN = [
    c("en", "Eighteen states backed the challenge.", e(18, unit="states")),
    c("en", "Two police vans arrived.", e(2, unit="vehicles")),
    c("en", "Three teenagers were arrested.", e(3, unit="children")),
    c("en", "ABC was second with 3.26 million viewers.", e(3.26e6, unit="viewers")),
    c("en", "Gerrard made eight changes to the side.", e(8, unit="changes")),
    c(
        "en",
        "More than 14,260 of them were rescued.",
        e(14260, "count", "at_least", None, hedge="More than"),
    ),
    c(
        "en",
        "They rescued 300 migrants, 120 of them children.",
        e(300, "count", "exact", "migrants"),
        e(120, "count", "exact", "migrants"),
    ),
    c(
        "en",
        "300 people were arrested, including 45 women.",
        e(300, "count", "exact", "people"),
        e(45, "count", "exact", "women"),
    ),
    c(
        "en",
        "300 people were detained, including 45.",
        e(300, "count", "exact", "people"),
        e(45, "count", "exact", "people"),
    ),
    c(
        "en",
        "In the first nine months of 2024, 42,071 attempts were foiled.",
        e(2024, "year"),
        e(
            42071,
            "count",
            "exact",
            "attempts",
            year=2024,
            scope_start=dt.date(2024, 1, 1),
            scope_end=dt.date(2024, 9, 30),
        ),
    ),
    c(
        "en",
        "nearly half a million people",
        e(5e5, "count", "approx", "people", text="half a million"),
    ),
    c("en", "a dozen boats", e(12, "count", "exact", "boats")),
    c(
        "en",
        "forty-two thousand migrants",
        e(42000, "count", "exact", "migrants", text="forty-two thousand"),
    ),
    c("en", "$4.5 billion", e(4.5e9, "money", "exact", "USD", currency="USD", text="4.5 billion")),
    c("en", "€3m", e(3e6, "money", "exact", "EUR")),
    c("en", "3.5bn dirhams", e(3.5e9, "money", "exact", "MAD", text="3.5bn")),
    c("en", "42k users", e(42000, "count", "exact", "users")),
    c("en", "500 DH", e(500, "money", "exact", "MAD")),
    c("en", "USD 20 million", e(2e7, "money", "exact", "USD")),
    c("en", "20 dollars", e(20, "money", "exact", "USD")),
    c("en", "between 10 and 20 people", e(10, "count", "range", "people", high=20)),
    c("en", "10-20 people", e(10, "count", "range", "people", high=20, text="10-20")),
    c("en", "from 5 to 7 days", e(5, "duration", "range", "days", high=7)),
    c("en", "one report"),
    c("en", "a report"),
    c("en", "one of the most"),
    c("en", "one hundred people", e(100, "count", "exact", "people")),
    c("en", "a million dollars", e(1e6, "money", "exact", "USD")),
    c(
        "en",
        "Covid-19 cases rose",
    ),
    c("en", "the G20 summit"),
    c("en", "AlYaoum24 reported"),
    c("en", "call +212 5 22 12 34 56"),
    c("en", "at 14h30"),
    c("en", "It rose 12.5%", e(12.5, "percent", "exact", "percent")),
    c("en", "3 percent", e(3, "percent", "exact", "percent")),
    c("en", "3 per cent", e(3, "percent", "exact", "percent")),
    c("en", "up to 20 per cent", e(20, "percent", "at_most", "percent")),
    c("en", "the third time", e(3, "ordinal")),
    c("en", "the 21st century", e(21, "ordinal")),
    c("en", "10 days", e(10, "duration", "exact", "days")),
    c("en", "three years in prison", e(3, "duration", "exact", "years")),
    c("en", "50 km", e(50, "measure", "exact", "kilometres")),
    c("en", "3 tonnes", e(3, "measure", "exact", "tonnes")),
    c("en", "1.234 tonnes", e(1.234, "measure", "exact", "tonnes", ambiguous=True)),
    c("en", "1,234 tonnes", e(1234, "measure", "exact", "tonnes", ambiguous=False)),
    c("en", "1,234,567.89 dollars", e(1234567.89, "money", "exact", "USD")),
    c("en", "about 200 people", e(200, "count", "approx", "people", hedge="about")),
    c("en", "around 200 people", e(200, "count", "approx", "people")),
    c("en", "roughly 200 people", e(200, "count", "approx", "people")),
    c("en", "some 200 people", e(200, "count", "approx", "people")),
    c("en", "approximately 200 people", e(200, "count", "approx", "people")),
    c("en", "almost 200 people", e(200, "count", "approx", "people")),
    c("en", "over 200 people", e(200, "count", "at_least", "people")),
    c("en", "fewer than 200 people", e(200, "count", "at_most", "people")),
    c("en", "less than 200 tonnes", e(200, "measure", "at_most", "tonnes")),
    c("en", "under 200 people", e(200, "count", "at_most", "people")),
    c("en", "at least 200 people", e(200, "count", "at_least", "people")),
    c("en", "as many as 200 people", e(200, "count", "at_most", "people")),
    c("en", "300 undocumented migrants", e(300, "count", "exact", "migrants")),
    c("en", "five new schools", e(5, "count", "exact", "schools")),
    c("en", "in 2024", e(2024, "year")),
    c(
        "en",
        "In 2024, 300 boats were seized.",
        e(2024, "year"),
        e(300, "count", "exact", "boats", year=2024),
    ),
    c("en", "this year 200 cases", e(200, "count", "exact", "cases", year=2024), ref=REF_AR),
    c("en", "last year 200 cases", e(200, "count", "exact", "cases", year=2023), ref=REF_AR),
    c("en", "on November 3, 2021", e(20211103, "date")),
    c("en", "on 3 November 2021", e(20211103, "date")),
    c("en", "in March 2023", e(20230300, "date")),
    c("en", "twenty-one people", e(21, "count", "exact", "people")),
    c("en", "two hundred and five people", e(205, "count", "exact", "people")),
    c("en", "2 million people", e(2e6, "count", "exact", "people")),
    c("en", "two million three hundred thousand", e(2.3e6, "count", "exact", None)),
    c("en", "thousands of people"),
    c("en", "millions of dollars"),
    c("en", "hundreds of migrants"),
    c("en", "the 1500 runners", e(1500, "count", "exact", "runners")),
    c("en", "Article 5 of the law"),
    # a degree sign, with its scale letter or not
    c("fr", "Les températures ont dépassé 47,4°C en avril", e(47.4, "measure", "at_least", "degrees")),
    c("en", "It reached 45 °C on Monday", e(45, "measure", "exact", "degrees")),
    c("en", "It was 80°F in Phoenix", e(80, "measure", "exact", "fahrenheit")),
    c("fr", "des températures supérieures à 60°C", e(60, "measure", "at_least", "degrees")),
    c("ar", "بلغت درجة الحرارة 48°C", e(48, "measure", "exact", "degrees")),
    # below zero: a minus sign glued to a temperature, or a word for it
    c("es", "temperaturas de -52.6 °C en Noruega", e(-52.6, "measure", "exact", "degrees")),
    c("en", "It fell to −7°C overnight", e(-7, "measure", "exact", "degrees")),
    c("en", "It was minus 10 degrees in Oslo", e(-10, "measure", "exact", "degrees")),
    c("fr", "Il fait moins 10 degrés à Oslo", e(-10, "measure", "exact", "degrees")),
    c("fr", "Il fait moins de 10 degrés à Oslo", e(10, "measure", "at_most", "degrees")),
    c("ar", "بلغت درجة الحرارة ناقص 5 درجات", e(-5, "measure", "exact", "degrees")),
    c("en", "between 10-15 degrees", e(10, "measure", "range", "degrees")),
    # a type is a label: "type 2 diabetes"
    c("en", "Type 2 diabetes is on the rise"),
    c("fr", "le diabète de type 2 progresse"),
    c("es", "la diabetes tipo 2 avanza"),
    c("ar", "ينتشر مرض السكري من النوع 2"),
    c("en", "Law No. 66.23"),
    c("en", "version 2.0.1"),
    c("en", "4x4 vehicles"),
    c("en", "5G networks"),
    c("en", "a £11million deal", e(11e6, "money", "exact", "GBP", text="11million")),
    c("en", "Livingston's 1-0 win over Rangers", e(1, "score", parts=(1, 0), text="1-0")),
    c("en", "at about 19:30 BST"),
    c("en", "contact police at 859-292-3680."),
    # ages: a bare 1-3 digit figure set off by commas after a noun or a name
    c("en", "Police arrest man, 32, on suspicion of murder", e(32, "duration", "exact", "years")),
    c("en", "As Willoughby, 37, took to Instagram", e(37, "duration", "exact", "years")),
    c("en", "The Scot, 42, is relishing the challenge", e(42, "duration", "exact", "years")),
    c(
        "en",
        "What they said today, fake news, said Ronaldo, 33.",
        e(33, "duration", "exact", "years"),
    ),
    c("en", "Kit married Rose Leslie, also 31, in June", e(31, "duration", "exact", "years")),
    c(
        "en",
        "Three men, aged 33, 34 and 39, have been arrested.",
        e(3, "count", "exact", "men"),
        e(33, "duration", "exact", "years"),
        e(34, "duration", "exact", "years"),
        e(39, "duration", "exact", "years"),
    ),
    c("en", "who died in 2011 aged 40 after", e(2011, "year"), e(40, "duration", "exact", "years")),
    c("en", "assaulted her at the age of 17.", e(17, "duration", "exact", "years")),
    c("en", "children aged between 12 and 15", e(12, "duration", "range", "years", high=15)),
    # an age written with its noun of years is an age (no unit word, as "Vann, 72,");
    # a span of years after another noun stays a span
    c("fr", "Pierre Martin, 58 ans, a quitté la ville", e(58, "duration", "exact", "years", unit_text=None)),
    c("fr", "Un homme de 45 ans a été arrêté", e(45, "duration", "exact", "years", unit_text=None)),
    c("fr", "Il a été condamné à une peine de 12 ans", e(12, "duration", "exact", "years", unit_text="ans")),
    c("fr", "Le contrat de 5 ans expire", e(5, "duration", "exact", "years", unit_text="ans")),
    c("fr", "En 2010, 40 ans après la guerre", e(2010, "year"), e(40, "duration", "exact", "years", unit_text="ans")),
    c("es", "Una mujer de 29 años resultó herida", e(29, "duration", "exact", "years", unit_text=None)),
    c("es", "A sus 61 años, sigue trabajando", e(61, "duration", "exact", "years", unit_text=None)),
    c("en", "The 27-year-old striker scored", e(27, "duration", "exact", "years", unit_text=None)),
    c("en", "a 10-year plan for the port", e(10, "duration", "exact", "years", unit_text="year")),
    # an ordinal before a word of birthday is the age (Arabic: after the word); an
    # anniversary stays an ordinal (also a thing's: "le 40e anniversaire de la ville")
    c("en", "She scored on her 30th birthday", e(30, "duration", "exact", "years", unit_text=None)),
    c("es", "Marcó en su 30º cumpleaños", e(30, "duration", "exact", "years", unit_text=None)),
    c("ar", "سجلت هدفا في عيد ميلادها الثلاثين", e(30, "duration", "exact", "years", unit_text=None)),
    c("ar", "سجلت هدفا بعيد ميلادها الثلاثين", e(30, "duration", "exact", "years", unit_text=None)),
    c("en", "The town marked its 30th anniversary", e(30, "ordinal", "exact", None)),
    c("fr", "La ville fêtait son 30e anniversaire", e(30, "ordinal", "exact", None)),
    c("en", "1, 2, 3", e(1), e(2), e(3)),
    c("en", "In 2019, 32 people died.", e(2019, "year"), e(32, "count", "exact", "people")),
    c("en", "Arsenal, 1500, were there", e(1500)),
    c(
        "en",
        "We spoke about him playing 55, 60 minutes.",
        e(55, "duration", "exact", "minutes"),
        e(60, "duration", "exact", "minutes"),
    ),
    # compound modifiers: the unit is the word glued to the figure
    c("en", "Britons working a four day week", e(4, "duration", "exact", "days")),
    c("en", "Shifting to a four-day week", e(4, "duration", "exact", "days")),
    c("en", "a 5-day working week", e(5, "duration", "exact", "days")),
    c("en", "a three-day weekend", e(3, "duration", "exact", "days")),
    c("en", "a straw hat with a two-foot wide brim", e(2, "measure", "exact", "feet")),
    c("en", "nearly a 20-degree temperature difference", e(20, "measure", "exact", "degrees")),
    c("en", "a 480-pound woman", e(480, "measure", "exact", "pounds")),
    c("en", "four weeks", e(4, "duration", "exact", "weeks")),
    c("en", "180 migrant-smuggling networks", e(180, "count", "exact", "networks")),
    # the noun right after the figure wins over a later time phrase or noun
    c("en", "there had been 1,127 defections last year", e(1127, "count", "exact", "defections")),
    c("en", "produced nearly 150,000 cars last year", e(150000, "count", "approx", "cars")),
    c(
        "en",
        "to his 142 million followers hours after the claims",
        e(1.42e8, "count", "exact", "followers"),
    ),
    c("en", "Sunday's 12 singles matches", e(12, "count", "exact", "matches")),
    c("en", "surrounded by four green shirts", e(4, "count", "exact", "shirts")),
    c(
        "en",
        "If it takes two years, three years or five months - doesn't matter.",
        e(2, "duration", "exact", "years"),
        e(3, "duration", "exact", "years"),
        e(5, "duration", "exact", "months"),
    ),
    c(
        "en",
        "2.4 million prime-time viewers, up from 1.7 million four years ago",
        e(2.4e6, "count", "exact", "viewers"),
        e(1.7e6, "count", "exact", "viewers", text="1.7 million"),
        e(4, "duration", "exact", "years"),
    ),
    # a 4-digit figure before a counted noun in the singular is a year
    c("en", "his debut in the 1997 match at Valderrama", e(1997, "year")),
    c(
        "en",
        "won the 400 metres at the 1996 Games in Atlanta",
        e(400, "measure", "exact", "metres"),
        e(1996, "year"),
    ),
    c("en", "opinion had changed since the 2016 vote", e(2016, "year")),
    c("en", "The 2024 report credits the navy", e(2024, "year")),
    c("en", "2000 people", e(2000, "count", "exact", "people")),
    c("en", "he has played 2000 games", e(2000, "count", "exact", "matches")),
    c("en", "Storm Kills 2000 People", e(2000, "count", "exact", "people")),
    c("en", "the 1950-53 Korean War", e(1950, "year"), e(1953, "year", text="53")),
    c("en", "the 2017-18 season", e(2017, "year"), e(2018, "year")),
    # speeds, feet and inches
    c(
        "en",
        "at speeds of 800 kph (497 mph)",
        e(800, "measure", "exact", "kilometres_per_hour"),
        e(497, "measure", "exact", "miles_per_hour"),
    ),
    c("en", "winds of 135 km/h", e(135, "measure", "exact", "kilometres_per_hour")),
    c("en", "5 people/day", e(5, "count", "exact", "people")),
    c("en", "The 6-foot-6 forward", e(6.5, "measure", "exact", "feet", text="6-foot-6")),
    c("en", "he is 6 ft 6 in tall", e(6.5, "measure", "exact", "feet", text="6 ft 6")),
    c("en", "a 5-foot-10 guard", e(5 + 10 / 12, "measure", "exact", "feet")),
    c("en", "5 feet 10 inches", e(5 + 10 / 12, "measure", "exact", "feet")),
    c("en", "a 6-foot wall", e(6, "measure", "exact", "feet")),
    c("en", "$2m", e(2e6, "money", "exact", "USD")),
    c("en", "£11m", e(1.1e7, "money", "exact", "GBP")),
    # a hedge before an article
    c(
        "en",
        "more than the 20.4 million people reported",
        e(2.04e7, "count", "at_least", "people", hedge="more than the"),
    ),
    c("en", "more than the others"),
    c("en", "over the 10 years", e(10, "duration", "exact", "years")),
    c("en", "now exceeds $1.5 trillion", e(1.5e12, "money", "at_least", "USD")),
    # abbreviated months, scores
    c("en", "on Dec. 26 triggered a tsunami", e(1226, "date", text="Dec. 26")),
    c("en", "on Oct. 2, 1968, killing", e(19681002, "date")),
    c("en", "Livingston 1 - 0 Rangers: Menga goal", e(1, "score", parts=(1, 0), text="1 - 0")),
    # shares of a whole: approximate percents; of a unit of time or measure, that part of it
    c(
        "en",
        "a two-thirds majority in parliament",
        e(66.67, "percent", "approx", "percent", text="two-thirds"),
    ),
    c("en", "three quarters of the votes", e(75, "percent", "approx", "percent")),
    c("en", "a third of the population", e(33.33, "percent", "approx", "percent", text="a third")),
    c("en", "more than half of them in Aceh", e(50, "percent", "at_least", "percent")),
    c("en", "for about half an hour", e(0.5, "duration", "approx", "hours")),
    c("en", "two and a half years", e(2.5, "duration", "exact", "years")),
    c("en", "one and a half million people", e(1.5e6, "count", "exact", "people")),
    c("en", "one and all"),
    c("en", "the first half of October"),
    c("en", "right on half-time"),
    c("en", "when a third state interferes", e(3, "ordinal")),
    c("en", "over the past two quarters", e(2, "count", "exact", "quarters")),
    c("en", "the three-time world champion", e(3, unit="times", unit_text="time")),
    c("en", "a 4-time winner", e(4, unit="times")),
    c("en", "a country with three time zones", e(3, unit="zones")),
    # a word joined by a hyphen is what the figure counts, not the noun it describes
    c("en", "two-stroke engines were banned", e(2, unit="stroke")),
    c("en", "The dealer sold four-door cars", e(4, unit="door")),
    c("en", "four green shirts", e(4, unit="shirts")),
    c("en", "the double Olympic champion", e(2, unit="times", text="double")),
    c("en", "a quintuple Ballon d'Or winner", e(5, unit="times")),
    c("en", "charged over a triple murder"),
    c("en", "they will triple the price"),
    c("en", "the triple jump champion"),
    c("en", "the Wimbledon doubles champion"),
    c("en", "double winners Arsenal"),
    # spans in decades and centuries (compared in years)
    c("en", "St Martin's was built a decade later", e(1, "duration", "exact", "decades", text="a")),
    c("en", "held by a Republican for over a decade", e(1, "duration", "at_least", "decades")),
    c("en", "a peace treaty three decades ago", e(3, "duration", "exact", "decades")),
    c("en", "half a century of rule", e(0.5, "duration", "exact", "centuries")),
    c("en", "a decades-long dispute with Greece"),
    c("en", "the conflict of the mid 17th century", e(17, "ordinal")),
    c("en", "Root scored a century at Lord's"),
]

ES = [
    c(
        "es",
        "más de 1,2 millones de personas",
        e(1.2e6, "count", "at_least", "people", text="1,2 millones"),
    ),
    c("es", "dos mil migrantes", e(2000, "count", "exact", "migrants")),
    c("es", "veintiún personas", e(21, "count", "exact", "people")),
    c("es", "cien mil personas", e(1e5, "count", "exact", "people")),
    c("es", "mil millones de dólares", e(1e9, "money", "exact", "USD")),
    c("es", "dos mil millones de euros", e(2e9, "money", "exact", "EUR")),
    c("es", "cerca de 500 migrantes", e(500, "count", "approx", "migrants", hedge="cerca de")),
    c("es", "unos 300 intentos", e(300, "count", "approx", "attempts", hedge="unos")),
    c("es", "unas 300 personas", e(300, "count", "approx", "people")),
    c("es", "alrededor de 300 personas", e(300, "count", "approx", "people")),
    c("es", "casi 300 personas", e(300, "count", "approx", "people")),
    c("es", "aproximadamente 300 personas", e(300, "count", "approx", "people")),
    c("es", "menos de 300 personas", e(300, "count", "at_most", "people")),
    c("es", "al menos 300 personas", e(300, "count", "at_least", "people")),
    c("es", "hasta 300 personas", e(300, "count", "at_most", "people")),
    c("es", "3,5 %", e(3.5, "percent", "exact", "percent")),
    c("es", "15 por ciento", e(15, "percent", "exact", "percent")),
    c("es", "treinta y cinco personas", e(35, "count", "exact", "people")),
    c("es", "el 3 de noviembre de 2021", e(20211103, "date")),
    c(
        "es",
        "los primeros nueve meses de 2023 con 45.000 intentos",
        e(2023, "year"),
        e(45000, "count", "exact", "attempts", year=2023, scope_end=dt.date(2023, 9, 30)),
    ),
    c("es", "este año 200 casos", e(200, "count", "exact", "cases", year=2024), ref=REF_AR),
    c("es", "el año pasado 200 casos", e(200, "count", "exact", "cases", year=2023), ref=REF_AR),
    c("es", "en 2021", e(2021, "year")),
    c("es", "en marzo de 2023", e(20230300, "date")),
    c("es", "un informe"),
    c("es", "una persona"),
    c("es", "uno de los"),
    c("es", "un millón de personas", e(1e6, "count", "exact", "people")),
    c("es", "1,2 millones", e(1.2e6, "count", "exact", None)),
    c("es", "45.000 pateras", e(45000, "count", "exact", "boats")),
    c("es", "entre 10 y 20 personas", e(10, "count", "range", "people", high=20)),
    c("es", "de 10 a 20 euros", e(10, "money", "range", "EUR", high=20)),
    c("es", "doscientos cincuenta mil", e(250000, "count", "exact", None)),
    c("es", "ciento veinte personas", e(120, "count", "exact", "people")),
    c("es", "tres años", e(3, "duration", "exact", "years")),
    c("es", "una docena de barcos", e(12, "count", "exact", "boats")),
    c("es", "una decena de detenidos", e(10, "count", "approx", "arrests")),
    c("es", "300 detenidos", e(300, "count", "exact", "arrests")),
    c("es", "1.234 personas", e(1234, "count", "exact", "people")),
    c("es", "1,234 personas", e(1.234, "count", "exact", "people", ambiguous=True)),
    c("es", "medio millón de personas", e(5e5, "count", "exact", "people")),
    c("es", "el artículo 5"),
    c("es", "la ley 4/2000"),
    c("es", "Covid-19"),
    c("es", "el tercer puesto", e(3, "ordinal")),
    c("es", "50 kilómetros", e(50, "measure", "exact", "kilometres")),
    c(
        "es",
        "30 heridos y 5 muertos",
        e(30, "count", "exact", "injured"),
        e(5, "count", "exact", "deaths"),
    ),
    c(
        "es",
        "500 personas, entre ellas 40 niños",
        e(500, "count", "exact", "people"),
        e(40, "count", "exact", "children"),
    ),
    c(
        "es",
        "500 personas, de las cuales 40",
        e(500, "count", "exact", "people"),
        e(40, "count", "exact", "people"),
    ),
    # speeds, metres
    c("es", "ráfagas de más de 136 km/h", e(136, "measure", "at_least", "kilometres_per_hour")),
    c("es", "mide 1,98 m", e(1.98, "measure", "exact", "metres")),
    # hedges with an article
    c("es", "más de los 20,4 millones de personas", e(2.04e7, "count", "at_least", "people")),
    c(
        "es",
        "más del 10 % de la población",
        e(10, "percent", "at_least", "percent", hedge="más del"),
    ),
    c("es", "alrededor del 80% de los patrocinadores", e(80, "percent", "approx", "percent")),
    c("es", "hasta el 80 por ciento", e(80, "percent", "at_most", "percent")),
    c("es", "es superior a 800", e(800, "count", "at_least", None)),
    # ranges with an article
    c("es", "entre el 30 y el 43 % de los votantes", e(30, "percent", "range", "percent", high=43)),
    c("es", "aranceles del cinco al diez por ciento", e(5, "percent", "range", "percent", high=10)),
    c("es", "un incremento de 32 puntos", e(32, "count", "exact", "points")),
    # ages and lists
    c("es", "Track Palin, 26, pasó un año en Irak", e(26, "duration", "exact", "years")),
    c(
        "es",
        "Tres hombres, de 33, 34 y 39 años",
        e(3, "count", "exact", "men"),
        e(33, "duration", "exact", "years"),
        e(34, "duration", "exact", "years"),
        e(39, "duration", "exact", "years"),
    ),
    c(
        "es",
        "tarjetas de 500 o 1.000 euros",
        e(500, "money", "exact", "EUR"),
        e(1000, "money", "exact", "EUR"),
    ),
    c("es", "cayó 2 y 1 ante el inglés", e(2, "score", parts=(2, 1), text="2 y 1")),
    # French "s'incliner" (to lose) is a score cue
    c("fr", "Il s'est incliné 3 et 2 face au Suédois", e(3, "score", parts=(3, 2), text="3 et 2")),
    c("fr", "Nantes s'incline 2 à 0 à domicile", e(2, "score", parts=(2, 0), text="2 à 0")),
    c(
        "es",
        "2,4 millones de espectadores, en comparación con los 1,7 millones de hace cuatro años",
        e(2.4e6, "count", "exact", "spectators"),
        e(1.7e6, "count", "exact", "spectators"),
        e(4, "duration", "exact", "years"),
    ),
    c("es", "A las 6 h, justo cuando empezaba"),
    c("es", "el curso 2019-20", e(2019, "year"), e(2020, "year")),
    # shares of a whole
    c("es", "una mayoría de dos tercios", e(66.67, "percent", "approx", "percent")),
    c("es", "la mitad de los votantes", e(50, "percent", "approx", "percent", text="mitad")),
    c("es", "un tercio de los votos", e(33.33, "percent", "approx", "percent")),
    c("es", "dos años y medio", e(2.5, "duration", "exact", "years")),
    c("es", "las elecciones a mitad de mandato"),
    c("es", "la primera mitad del año"),
    c("es", "el cuarto puesto", e(4, "ordinal")),
    c("es", "el tricampeón del mundo", e(3, unit="times", text="tricampeón")),
    c("es", "las bicampeonas de Europa", e(2, unit="times")),
    c("es", "el Tetracampeon de liga", e(4, unit="times")),
    c("es", "el triple campeón olímpico", e(3, unit="times", text="triple")),
    c("es", "la doble medallista de bronce", e(2, unit="times")),
    c("es", "el quíntuple ganador del Tour", e(5, unit="times")),
    c("es", "el tres veces campeón", e(3, unit="times")),
    c("es", "ganó el doble de votos"),
    c("es", "el campeón de triple salto"),
    c("es", "un campeonato a doble vuelta"),
    c("es", "San Martín una década más tarde", e(1, "duration", "exact", "decades")),
    c("es", "hace más de un siglo", e(1, "duration", "at_least", "centuries")),
    c("es", "en las últimas dos décadas", e(2, "duration", "exact", "decades")),
    c("es", "la década de 1990", e(1990, "year")),
    c("es", "los poetas del Siglo de Oro"),
]

UND = [
    c(None, "42.071", e(42071, "count", "exact", None, ambiguous=True)),
    c("und", "1,5", e(1.5, "count", "exact", None)),
    c(None, ""),
    c(None, "   "),
    c(None, "\u200f\u200e"),
    c(None, "no figures at all in this English sentence."),
]

def sc(*parts: float, text: str | None = None, unit: str | None = None) -> E:
    """A score with its sides in the order written."""
    extra: dict[str, Any] = {"parts": parts}
    if text is not None:
        extra["text"] = text
    return E(parts[0], "score", "exact", unit, extra)


# Scores, tallies and records: one figure with its sides; ranges, dates and phone
# numbers stay what they are.
SCORES = [
    c("en", "Harbour Town claimed a 3-2 victory at the Oval", sc(3, 2, text="3-2")),
    c("en", "the visitors were trailing 0-2 at the break", sc(0, 2)),
    c("en", "Northport 24 - 10 Eastfield: a clean sweep", sc(24, 10, text="24 - 10")),
    c("en", "Red Foxes 2-4 Blue Herons in the cup", sc(2, 4)),
    c("en", "the hosts won 4 to 1 in the replay", sc(4, 1, text="4 to 1")),
    c("en", "she closed out a 3&2 win on the 16th", sc(3, 2, text="3&2"), e(16, "ordinal")),
    c("en", "he beat his rival 6 and 5 in the final", sc(6, 5, text="6 and 5")),
    # losing is a score cue too: "s'incliner", "fell"
    c("fr", "la numéro un s'est inclinée 3 et 2 face à sa rivale", sc(3, 2, text="3 et 2")),
    c("en", "the champion was crushed 7 and 6 by the rookie", sc(7, 6, text="7 and 6")),
    c("en", "the left-hander is 11-4 with a 3.10 ERA", sc(11, 4), e(3.1, "count", unit="era")),
    c("en", "the pair went 4-0-1 over the week", sc(4, 0, 1, text="4-0-1")),
    c("en", "a career record of 22-17-6 in the event", sc(22, 17, 6)),
    c("en", "the court ruled 5-4 on Monday", sc(5, 4)),
    c("en", "the panel voted 7-2 to approve it", sc(7, 2)),
    c("en", "between 20-35 percent", e(20, "percent", "range", "percent", high=35)),
    c("en", "aged 21-34", e(21, "duration", "range", "years", high=34)),
    c("en", "25-40 people attended", e(25, "count", "range", "people", high=40)),
    c("en", "the 2020-2021 season", e(2020, "year"), e(2021, "year")),
    c("en", "call the desk at 212-555-0199 today"),
    c("en", "dial 04-71-22-80-15 now"),
    c("en", "the form is dated 11-03-19 here"),
    c("fr", "Lyon s'impose 3 à 1 face à Metz", sc(3, 1, text="3 à 1")),
    c("fr", "une victoire 2-0 à domicile", sc(2, 0)),
    c("fr", "l'équipe était menée de 2 à 0 à la pause", sc(2, 0)),
    c("fr", "le nombre est passé de 6 à 4 membres", e(6), e(4, unit="participants")),
    c("fr", "de 10 à 20 personnes", e(10, "count", "range", "people", high=20)),
    c("es", "el Betis gana 2-1 al Celta", sc(2, 1)),
    c("es", "vencieron por 3 a 0 en casa", sc(3, 0, text="3 a 0")),
    c("es", "el triunfo 3-1 de marzo en Vigo", sc(3, 1)),
    c("es", "Osasuna 2 - Getafe 1: crónica", sc(2, 1, text="2 - Getafe 1")),
    c("es", "entre 5 y 9 personas", e(5, "count", "range", "people", high=9)),
    c("ar", "فاز الفريق بنتيجة 3-1 على ضيفه", sc(3, 1)),
    c("ar", "انتهت المباراة بهدفين مقابل هدف", sc(2, 1, text="هدفين مقابل هدف", unit="goals")),
    c("ar", "فاز النادي بثلاثة أهداف مقابل هدفين", sc(3, 2, unit="goals")),
    # a draw: the count said once for both sides
    c("ar", "خرج الفريقان متعادلين بهدفين لمثلهما", sc(2, 2, text="هدفين لمثلهما", unit="goals")),
    c("ar", "انتهى اللقاء بهدف لمثله", sc(1, 1, text="هدف لمثله", unit="goals")),
    c("ar", "اكتفى النادي بالتعادل بثلاثة أهداف في ملعبه", sc(3, 3, unit="goals")),
    c("ar", "تعادل المنتخبان بهدفين في لقاء ودي", sc(2, 2, unit="goals")),
    c("ar", "سجل المهاجم هدفين في لقاء ودي", e(2, unit="goals")),
    c("ar", "تقدم الضيوف بهدفين", e(2, unit="goals")),
    c("ar", "حقق فوزا 4 مقابل 2 على منافسه", sc(4, 2, text="4 مقابل 2")),
    c("ar", "سجل 300 هدف مقابل 200 في الموسم الماضي", e(300, unit="goals"), e(200, unit="goals")),
    # a colon pair is a score only by a cue; never a clock time, a scale or a verse
    c("fr", "Le club a arraché le match nul 1:1 face à Nantes", sc(1, 1, text="1:1")),
    c("fr", "après une défaite 0:3 à Lens", sc(0, 3, text="0:3")),
    c("es", "el Sevilla ganó 2:0 en casa", sc(2, 0, text="2:0")),
    c("en", "their 4:2 win over the visitors", sc(4, 2, text="4:2")),
    c("fr", "le match de 20:45 contre Lyon est reporté"),
    c("fr", "Après la victoire, le départ est fixé 21:15 ce soir"),
    c("fr", "Après leur victoire, ils sont repartis à 18:40"),
    c("fr", "Le match nul est attendu vers 9:30 ou 10:00"),
    c("fr", "une victoire sur une carte au 1:25 000 près"),
    c("fr", "La victoire selon Matthieu 5:9 est citée"),
    c("en", "they won, and the train left 14:05 sharp"),
    # a win-loss record spelled with nouns, wins first
    c("es", "terminó la temporada con 12 victorias y 9 derrotas", sc(12, 9, text="12 victorias y 9 derrotas")),
    c("en", "the side has 11 wins and 4 losses so far", sc(11, 4, text="11 wins and 4 losses")),
    c("fr", "un bilan de 20 victoires et 3 défaites", sc(20, 3)),
    c("es", "sumó 9 derrotas y 12 victorias", e(9, unit="losses"), e(12, unit="wins")),
    # wins and losses are counted things, Arabic duals included ("بفوزين": with two wins)
    c("ar", "خرج الفريق بفوزين من ثلاث مباريات", e(2, "count", "exact", "wins", text="فوزين"), e(3, unit="matches")),
    c("ar", "تلقى المنتخب خسارتين متتاليتين", e(2, "count", "exact", "losses")),
    c("ar", "حقق النادي 14 انتصارا هذا الموسم", e(14, "count", "exact", "wins")),
    c("en", "the club took three victories in a row", e(3, "count", "exact", "wins")),
    c("fr", "l'équipe enchaîne quatre défaites", e(4, "count", "exact", "losses")),
    c("en", "14 wins, 2 draws and 5 losses", e(14, unit="wins"), e(2, unit="draws"), e(5, unit="losses")),
    c("en", "11 wins and nearly 4 losses", e(11, unit="wins"), e(4, "count", "approx", "losses")),
]

# a number in a name is no figure: a capitalised number word among capitalised
# words past the start of the sentence, a figure after a label word
NAMES = [
    c("en", "Storms hit the Four Corners region on Monday.", ),
    c("en", "the treaty ending World War Two was signed by 40 states", e(40, unit="states")),
    c("fr", "à la fin de la Seconde Guerre mondiale, 12 navires", e(12, unit="boats")),
    c("es", "tras la Segunda Guerra Mundial llegaron tres barcos", e(3, unit="boats")),
    c("en", "Police said Two men were arrested near the station.", e(2, unit="men")),
    c("en", "Two Americans and three Britons were hurt", e(2, unit="americans"), e(3, unit="britons")),
    # a headline in title case names no name this way
    c("en", "Three Killed In Bus Crash In Kenya", e(3, unit="deaths")),
    c("en", "the jet operating Flight 902 carried 180 passengers", e(180, unit="passengers")),
    c("en", "he told BBC Radio 5 on Sunday", ),
    c("en", "traffic on Route 9 was halted for 2 hours", e(2, "duration", unit="hours")),
    c("es", "el vuelo 455 despegó con 90 pasajeros", e(90, unit="passengers")),
    # a place in a sequence (hour, minute, lap, hole), in digits or in words, is a label
    c("en", "by hour six of the hearing 40 reporters had left", e(40, unit="reporters")),
    c("es", "marcó en el minuto 88 ante 30.000 espectadores", e(30000, unit="spectators")),
    c("ar", "سجل اللاعب هدفا في الدقيقة 75 من اللقاء"),
    c("ar", "سجل هدفا في الدقيقة 81 يوم الأحد"),  # a weekday after it is no unit
    c("en", "she birdied hole 12 and read chapter two aloud"),
    c("en", "in the first hour 20 people were rescued", e(20, unit="people")),
    # a lap, a district or an anniversary named by its number is a label or a rank
    c("es", "entró en boxes en la vuelta 44 con 20 coches detrás", e(20, unit="cars")),
    c("es", "el distrito 17 de Pensilvania recibió 3 millones", e(3e6, "count")),
    c("es", "La ciudad celebraba su 40 aniversario con 500 invitados", e(500, unit="invitados")),
    c("ar", "احتفلت المدينة بالذكرى 40 لتأسيسها"),
    c("es", "a partir de las 6 h de la mañana"),
    c("es", "ganó la etapa por 20 segundos", e(20, "duration", unit="seconds")),
    c("fr", "il a couru le 100 m en 9,58 secondes", e(100, "measure", unit="metres"), e(9.58, "duration", unit="seconds")),
    # "one" before a percent phrase is the figure, not "cent" alone (100)
    c("fr", "seulement un pour cent des électeurs", e(1, "percent", unit="percent")),
    c("es", "le había defraudado ese uno por ciento restante", e(1, "percent", unit="percent")),
    c("ar", "واحد في المائة من الأصوات", e(1, "percent", unit="percent")),
    # a decade named by its number ("the 1930s")
    c("fr", "Ils ont quitté les lieux dans les années 30 avec 12 familles", e(12, unit="families")),
    c("es", "En los años 80 había 40 fábricas", e(40, unit="fábricas")),
    c("fr", "Pendant 10 années, 300 personnes y vivaient", e(10, "duration", unit="years"), e(300, unit="people")),
    # a short integer right after a proper name is part of it (a model, a series)
    c("en", "The Boeing 737 crashed, killing 189 people.", e(189, unit="people")),
    c("fr", "Le missile Satan 2 peut porter 10 ogives.", e(10, unit="ogives")),
    c("en", "Yesterday Apollo 11 landed with three astronauts", e(3, unit="astronauts")),
    # a name of several words, after a sum of money or a quotation
    c("en", "the $9 million Global Citizen 2 festival opened", e(9e6, "money", unit="USD")),
    c("en", 'they quit the "costly" Global Citizen 2 festival plan', ),
    # ... but not on a scale word, before a unit, in a score, or in title case
    c("en", "Hurricane Rosa became a Category 4 storm.", e(4, unit="storm")),
    c("en", "In Morocco 14,260 people were rescued.", e(14260, unit="people")),
    c("en", "In Morocco 300 people were rescued.", e(300, unit="people")),
    c("en", "Molinari beat Woods 2 and 1 on Sunday", e(2, "score")),
]

# currencies of English-language news outside Europe and the US, Indian numbering
WORLD_MONEY = [
    c("en", "The fine was raised to Rs 2,500 last week", e(2500, "money", unit="INR")),
    c("en", "The court fined him Rs. 900 on Monday", e(900, "money", unit="INR")),
    c("en", "a ₹600 subsidy per cylinder", e(600, "money", unit="INR")),
    c("en", "the state spent Rs 40 lakh on the fair", e(4e6, "money", unit="INR")),
    c("en", "the scheme promised two crore houses", e(2e7, unit="houses")),
    c("en", "about 2,75,000 farmers joined", e(275000, "count", "approx", "farmers")),
    c("en", "the county owes KSh3.2 billion to suppliers", e(3.2e9, "money", unit="KES")),
    c("en", "a ₦5,000 voucher for each family", e(5000, "money", unit="NGN")),
    c("en", "₱8,000 in cash aid", e(8000, "money", unit="PHP")),
    c("en", "exports worth 90 billion yuan", e(9e10, "money", unit="CNY")),
    c("en", "a ticket costs 150 rand", e(150, "money", unit="ZAR")),
    c("fr", "une amende de 300 roupies", e(300, "money", unit="INR")),
    c("es", "una multa de 300 rupias", e(300, "money", unit="INR")),
    # a unit after the figure: a quantity even after a reference word
    c("en", "he broke the law 12 times in a year", e(12, unit="times")),
    c("en", "a highway 540 km long", e(540, "measure", unit="kilometres")),
    c("en", "under article 12 of the code", ),
    c("en", "Witnesses should call 101 or dial 999 in an emergency", ),
    c("en", "Contact the police quoting log 318.", ),
    c("fr", "l'incident porte le registre 318 de la police", ),
    # an Arabic word with the article after a figure is no counted noun of it (a known
    # unit still is)
    c("ar", "سجل اللاعب 12 الأخيرة من ركلات الجزاء", e(12)),
    c("ar", "أصيب 12 الجنود في الهجوم", e(12, unit="soldiers")),
    # Arabic and Spanish labels of a flight or road: no figure
    c("ar", "تأخرت الرحلة 815 عن موعدها", ),
    c("ar", "أغلق الطريق 60 أمام السيارات", ),
    c("es", "el mercado de la calle 24 abrió el lunes", ),
    c("ar", "قطع الطريق 320 كيلومترا في يومين", e(320, "measure", unit="kilometres"), e(2, "duration", unit="days")),
    c("en", "the office had to call 40 families", e(40, unit="families")),
    # "en 24 heures" is within a day, not a time of day ("à 15 heures" is)
    c("fr", "Le volcan a rejeté 90 panaches de cendres en 48 heures.", e(90, unit="panaches"), e(48, "duration", unit="hours")),
    c("es", "El volcán registró 90 exhalaciones en 48 horas.", e(90, unit="exhalaciones"), e(48, "duration", unit="hours")),
    c("fr", "Le train part à 15 heures de la gare.", ),
    # an age decade: "in his 40s" is about 40 years ("une quarantaine d'années")
    c("en", "The driver, in his 50s, was taken to hospital.", e(50, "duration", "approx", "years")),
    c("en", "two women in their 20s were hurt", e(2, unit="women"), e(20, "duration", "approx", "years")),
    c("en", "the 1980s saw 40 strikes", e(1980, "year"), e(40, unit="strikes")),
    # a bare decade is a span, not a figure
    c("en", "Highs in the 70s are forecast for Denver", ),
    c("en", "a band popular in the 90’s sold 30 albums", e(30, unit="albums")),
    c("en", "a suspect in his 30's was held", e(30, "duration", "approx", "years")),
    # "1-of-4" is "one of four"
    c("en", "she is 1-of-6 finalists from Ohio", e(6, unit="finalists")),
    c("en", "he shot 7-of-9 from the line", e(7), e(9)),
    c("en", "a SARS-2 test", ),
]

# adjectives written before the noun: the counted noun is the one after them
PRENOMINAL = [
    # an adjective between the number and its scale
    c("fr", "Six autres millions de personnes ont besoin d'aide.", e(6e6, unit="people")),
    c("es", "Dos nuevos millones de personas votaron.", e(2e6, unit="people")),
    c("fr", "quatre vraies sœurs ont parlé", e(4, unit="sœurs")),
    c("fr", "trois nouveaux grands stades", e(3, unit="stades")),
    c("fr", "les deux autres ont refusé", e(2, unit="autres")),
    c("fr", "les cinq premiers sont arrivés", e(5, unit="premiers")),
    c("es", "cuatro verdaderas amigas llegaron", e(4, unit="amigas")),
    c("es", "dos grandes empresas españolas", e(2, unit="companies")),
]

# a unit named before the figure: an earthquake's magnitude
MAGNITUDE = [
    c("fr", "Un séisme d'une magnitude de 5,9 a touché la région.", e(5.9, unit="magnitude", text="5,9")),
    c("fr", "La secousse avait une magnitude de 4,2.", e(4.2, unit="magnitude")),
    c("es", "Un sismo de magnitud 6,4 golpeó la isla", e(6.4, unit="magnitude")),
    c("en", "a magnitude 5.6 tremor shook the town", e(5.6, unit="magnitude")),
    c("en", "a 6.3 magnitude quake", e(6.3, unit="magnitude")),
    c("ar", "هزة بقوة 5.8 درجات على مقياس ريختر", e(5.8, unit="magnitude")),
    c("fr", "une secousse d'une magnitude de 6 degrés", e(6, unit="magnitude", text="6")),
    c("ar", "ضرب المدينة زلزال بقوة 6.2 درجات فجر الأحد", e(6.2, unit="magnitude")),
    c("ar", "هزة أرضية بلغت قوتها 5.1 ريختر", e(5.1, unit="magnitude")),
    c("ar", "سجلت الحرارة 41 درجة في الظل", e(41, "measure", unit="degrees")),
    c("es", "la magnitud de 40 personas heridas", e(40, unit="people")),
    c("en", "an order of magnitude of 30 people", e(30, unit="people")),
]

# an Arabic tens word with the article next to an age word is the age; its decade
# noun ("الخمسينيات": the fifties) is about that many years, as "in his 50s"
AGE_TENS = [
    c("ar", "توفي الكاتب بسن الستين في منزله", e(60, "duration", "exact", "years", text="ستين")),
    c("ar", "تقاعدت في سن الخمسين بعد مسيرة طويلة", e(50, "duration", "exact", "years")),
    c("ar", "كان عمرها الثلاثين حين غادرت", e(30, "duration", "exact", "years")),
    c("ar", "بلغ السبعين من عمره الشهر الماضي", e(70, "duration", "exact", "years")),
    c("ar", "رجل في حوالي الخمسين من العمر", e(50, "duration", "approx", "years")),
    c("ar", "اعتقلت الشرطة امرأة في الثلاثينيات من عمرها", e(30, "duration", "approx", "years", text="ثلاثينيات")),
    c("ar", "السائق في الخمسينات من العمر نقل إلى المستشفى", e(50, "duration", "approx", "years")),
    c("ar", "لاعب سابق في ستينيات عمره", e(60, "duration", "approx", "years")),
    c("en", "a cyclist in his sixties was hurt", e(60, "duration", "approx", "years", text="sixties")),
    c("en", "two nurses in their twenties", e(2, unit="doctors"), e(20, "duration", "approx", "years")),
    c("en", "the town grew fast in the fifties", ),
    c("en", "a woman in her late thirties", ),
    # no age: a century, an anniversary, a decade of history, "late forties"
    c("ar", "شهد القرن العشرين حربين عالميتين", ),
    c("ar", "احتفلت المدينة بالذكرى الخمسين لتأسيسها", ),
    c("ar", "انتشرت هذه الموسيقى في الستينيات من القرن الماضي", ),
    c("ar", "بنيت الدار في الثلاثينيات", ),
    c("ar", "رجل في أواخر الأربعينيات من عمره", ),
]

# vans and Arabic "سيارة" (any motor vehicle) are vehicles; a car is one of them
VEHICLES = [
    c("en", "three vans blocked the road", e(3, unit="vehicles")),
    c("fr", "trois fourgons bloquaient la route", e(3, unit="vehicles")),
    c("es", "tres furgonetas bloqueaban la carretera", e(3, unit="vehicles")),
    c("ar", "أغلقت ثلاث سيارات الطريق", e(3, unit="vehicles")),
    c("ar", "احترقت سيارتا إسعاف", e(2, unit="vehicles")),
    c("en", "three cars blocked the road", e(3, unit="cars")),
    c("fr", "trois voitures bloquaient la route", e(3, unit="cars")),
]

# accounts, with a bank or on a social network (a profile)
ACCOUNTS = [
    c("en", "the bank froze 12 accounts", e(12, unit="accounts")),
    c("en", "she kept two profiles on the site", e(2, unit="accounts")),
    c("fr", "la banque a gelé 12 comptes", e(12, unit="accounts")),
    c("es", "el banco congeló 12 cuentas", e(12, unit="accounts")),
    c("ar", "جمد البنك 12 حسابا", e(12, unit="accounts")),
    c("ar", "يملك المراهق حسابين على الموقع", e(2, unit="accounts", text="حسابين")),
]

# an Arabic share word with a pronoun written onto it: a share of that whole
SHARE_PRONOUNS = [
    c("ar", "شارك مئات الطلاب وغاب نصفهم عن الامتحان", e(50, "percent", "approx", "percent", text="نصفهم")),
    c("ar", "وصلت الشحنات وبيع ثلثها في السوق", e(33.33, "percent", "approx", "percent")),
    c("ar", "اعتقلت الشرطة عشرين شخصا أفرج عن نصفهم", e(20, unit="people"), e(50, "percent", "approx", "percent")),
]

# officials are workers, diplomats are officials; the Arabic dual alone is two
OFFICIALS = [
    c("ar", "التقى الوزير ثلاثة مسؤولين أوروبيين", e(3, unit="workers")),
    c("ar", "وصل إلى المطار مسؤولان من الوزارة", e(2, unit="workers", text="مسؤولان")),
    c("ar", "طردت الحكومة أربعة دبلوماسيين", e(4, unit="diplomats")),
    c("ar", "غادر دبلوماسيان العاصمة", e(2, unit="diplomats")),
    c("en", "five officials, including two diplomats, were expelled", e(5, unit="workers"), e(2, unit="diplomats")),
    c("fr", "trois diplomates ont été expulsés", e(3, unit="diplomats")),
    c("es", "tres diplomáticos fueron expulsados", e(3, unit="diplomats")),
]

# a designation before the noun ("Class A", "Grade II") says which kind is counted
DESIGNATED = [
    c("en", "the driver faces two Class B felonies", e(2, unit="crimes")),
    c("en", "the council sold four Grade II warehouses", e(4, unit="warehouses")),
    c("en", "three Category C inmates were moved", e(3, unit="arrests")),
    c("en", "the school opened three classes", e(3, unit="classes")),
    c("fr", "il est poursuivi pour deux délits de classe B", e(2, unit="crimes")),
    c("es", "enfrenta dos delitos de clase B", e(2, unit="crimes")),
]

# "a decade" in each language; Arabic "عقد" (also a contract, the holding of a
# meeting) and "قرن" (also a horn) are spans only in a phrase of time
TIME_NOUNS = [
    c("en", "the bridge reopened a decade later", e(1, "duration", "exact", "decades")),
    c("fr", "le pont a rouvert une décennie plus tard", e(1, "duration", "exact", "decades")),
    c("es", "el puente reabrió una década después", e(1, "duration", "exact", "decades")),
    c("ar", "أعيد افتتاح الجسر بعد ذلك بعقد من الزمن", e(1, "duration", "exact", "decades", text="عقد")),
    c("ar", "غادر البلاد منذ عقد، ولم يعد", e(1, "duration", "exact", "decades")),
    c("ar", "بقي المصنع مغلقا منذ أكثر من عقد", e(1, "duration", "at_least", "decades")),
    # a hedge written with the particle of time ل ("for"): "for more than a decade"
    c("ar", "بقي المصنع مغلقا لأكثر من عقد", e(1, "duration", "at_least", "decades")),
    c("ar", "بقي المصنع مغلقا لنحو قرن", e(1, "duration", "approx", "centuries")),
    c("ar", "فاز المرشح بأكثر من عقد مع البلدية", ),
    c("ar", "استمرت الأزمة عقدا كاملا", e(1, "duration", "exact", "decades")),
    c("ar", "تضاعفت الأسعار خلال العقدين الماضيين", e(2, "duration", "exact", "decades")),
    c("ar", "سيتغير المناخ كثيرا في العقدين المقبلين", e(2, "duration", "exact", "decades")),
    c("ar", "هاجرت العائلة قبل عقدين إلى كندا", e(2, "duration", "exact", "decades")),
    c("ar", "تراجع عدد الصيادين على مدى ثلاثة عقود", e(3, "duration", "exact", "decades")),
    c("ar", "ارتفعت الحرارة في العقود الثلاثة الماضية", e(3, "duration", "exact", "decades")),
    c("ar", "شيد المعبد قبل قرن ونصف من الزمان", e(1.5, "duration", "exact", "centuries")),
    c("ar", "بقيت المدينة تحت الحصار قرنين من الزمن", e(2, "duration", "exact", "centuries")),
    # a tens word with the article between a noun and an adjective of time
    c("ar", "تضاعف عدد السكان خلال السنوات العشرين الماضية", e(20, "duration", "exact", "years", text="عشرين")),
    c("ar", "ستصل الشحنات في الأيام الثلاثين المقبلة", e(30, "duration", "exact", "days")),
    c("ar", "تنعقد الدورة الثلاثين المقبلة في الرباط", ),
    c("ar", "شهد القرن العشرين تغيرات كبيرة", ),
    # a contract, the holding of a meeting, a period, the Horn of Africa
    c("ar", "وقعت الوزارة ثلاثة عقود مع شركات محلية", e(3, unit="agreements")),
    c("ar", "ألغت البلدية العقدين بسبب التأخير", ),
    c("ar", "عقد المجلس اجتماعا طارئا", ),
    c("ar", "قبل عقد الاجتماع تحدث الوزير للصحافة", ),
    c("ar", "ارتفعت الأسعار خلال العقد الماضي", ),
    c("ar", "تعاني دول القرن الأفريقي من الجفاف", ),
]

# "both", "ambos", "كلا/كلتا" count two of the plural (or dual) noun after them, as "les
# deux" / "los dos" do; "twice" is two times as "deux fois", "مرتين"; "a couple of" and
# "un par de" are about two
PAIRS = [
    c("en", "the agency inspected both ferries last week", e(2, unit="ferries", text="both")),
    c("en", "Both of those charges carry a prison term", e(2, unit="charges")),
    c("en", "the truce was broken by both sides", e(2, unit="sides")),
    c("en", "both Democrats and Republicans backed the bill", ),
    c("en", "they both said the bill would pass", ),
    c("en", "both of them left early", ),
    c("es", "ambos hospitales cerraron sus urgencias", e(2, unit="hospitals")),
    c("es", "ambas dijeron que no", ),
    c("ar", "أغلقت السلطات كلا المعبرين أمس", e(2, unit="المعبرين")),
    # the dual after "كلا" counts its singular's unit
    c("ar", "تضررت القرى على كلا جانبي النهر", e(2, unit="sides")),
    c("ar", "اتفق الطرفان على هدنة بعد أن فشلت كلتا المحاولتين", e(2, unit="sides"), e(2, unit="attempts")),
    c("ar", "كلا، لم يحدث ذلك", ),
    c("ar", "قال كلاهما إن المفاوضات فشلت", ),
    c("en", "the ferry was inspected twice this year", e(2, unit="times", text="twice")),
    c("en", "the lake is twice as deep as the reservoir", e(2, unit="times")),
    c("en", "the minister visited the site at least twice", e(2, bound="at_least", unit="times")),
    c("en", "a couple of days later the road reopened", e(2, "duration", "approx", "days", text="a couple of")),
    c("en", "prices rose over the past couple of years", e(2, "duration", "approx", "years", text="couple of")),
    c("es", "un par de semanas después reabrió la carretera", e(2, "duration", "approx", "weeks")),
    c("en", "a couple who lived nearby called the police", ),
    # the plural head noun comes before a measure later in the run
    c("en", "the agency inspected 2 ferries last week", e(2, unit="ferries")),
    c("es", "el ciclista corre a la par de su rival", ),
]

# A denied bound is the other bound, the denial part of the hedge: "did not exceed
# 49" is at most 49 ("before"), "ne dépasse pas 49" too ("after": [hedge_negations])
DENIED_BOUNDS = [
    c("en", "The toll did not exceed 49 deaths.", e(49, "count", "at_most", "deaths", hedge="not exceed", low=None, high=49)),
    c("en", "Prices never topped 300 dollars.", e(300, "money", "at_most", "USD", hedge="never topped")),
    c("en", "Turnout didn't exceed 40 percent.", e(40, "percent", "at_most", "percent", hedge="didn't exceed")),
    c("fr", "Le bilan ne dépasse pas 49 morts.", e(49, "count", "at_most", "deaths", hedge="dépasse pas")),
    c("fr", "Le bilan n'a pas dépassé 49 morts.", e(49, "count", "at_most", "deaths", hedge="pas dépassé")),
    c("fr", "La hausse n'excède pas 3 %.", e(3, "percent", "at_most", "percent", hedge="excède pas")),
    c("es", "No más de 49 personas murieron.", e(49, "count", "at_most", "people", hedge="No más de")),
    c("es", "Los muertos no superaron los 49.", e(49, "count", "at_most", hedge="no superaron los")),
    c("ar", "عدد الضحايا لا يزيد عن 49 شخصا", e(49, "count", "at_most", "people", hedge="لا يزيد عن")),
    c("ar", "توفي عن عمر لم يتجاوز 49 عاما", e(49, "duration", "at_most", "years", hedge="لم يتجاوز")),
    # any cue of negation.toml, with its proclitics
    c("ar", "الضحايا ليس أكثر من 49 شخصا", e(49, "count", "at_most", "people", hedge="ليس أكثر من")),
    c("ar", "وعدد الضحايا ولم يتجاوز 49 شخصا", e(49, "count", "at_most", "people", hedge="ولم يتجاوز")),
    c("en", "The fine cannot exceed 500 dollars.", e(500, "money", "at_most", "USD", hedge="cannot exceed")),
    # the negation written into the hedge itself is not turned around twice
    c("en", "no fewer than 49 people", e(49, "count", "at_least", "people", hedge="no fewer than")),
    c("es", "no menos de 49 personas", e(49, "count", "at_least", "people", hedge="no menos de")),
    c("ar", "لا يقل عن 49 شخصا", e(49, "count", "at_least", "people", hedge="لا يقل عن")),
    # nor a bound that is not before the hedge
    c("en", "Not all of them exceeded 49 points.", e(49, "count", "at_least", "points", hedge="exceeded")),
]

# A rate counts per a period: the words after the figure and its noun, or an
# adjective before it; "a year ago", "al año siguiente", "في العام الماضي" are times
RATES = [
    c("en", "Oil demand is 100 million barrels a day.", e(1e8, "count", "exact", "barrels", per="day")),
    c("en", "She earns $350 a day.", e(350, "money", "exact", "USD", per="day")),
    c("en", "It invests $100 million per year in research.", e(1e8, "money", "exact", "USD", per="year")),
    c("en", "Annual revenue reached 300 million dollars.", e(3e8, "money", "exact", "USD", per="year")),
    c("en", "The economy grew 3% a year.", e(3, "percent", "exact", "percent", per="year")),
    c("en", "300 people died a year ago.", e(300, "count", "exact", "people", per=None)),
    c("fr", "Le Maroc produit 3 millions de barils par jour.", e(3e6, "count", "exact", "barils", per="day")),
    c("fr", "Un salaire de 3 000 dirhams par mois.", e(3000, "money", "exact", "MAD", per="month")),
    c("fr", "La production quotidienne atteint 300 000 barils.", e(3e5, "count", "exact", "barils", per="day")),
    c("es", "Gana 2.000 euros al mes.", e(2000, "money", "exact", "EUR", per="month")),
    c("es", "Se venden 300 coches al día.", e(300, "count", "exact", "cars", per="day")),
    c("es", "300 personas murieron al año siguiente.", e(300, "count", "exact", "people", per=None)),
    c("ar", "ينتج المغرب 300 ألف برميل يوميا", e(3e5, "count", "exact", "برميل", per="day")),
    c("ar", "راتب 3000 درهم شهريا", e(3000, "money", "exact", "MAD", per="month")),
    c("ar", "الطلب اليومي على النفط يقارب مائة مليون برميل", e(1e8, "count", "approx", "برميل", per="day")),
    c("ar", "قتل 300 شخص في العام الماضي", e(300, "count", "exact", "people", per=None)),
    # a speed's "per hour" is its unit
    c("en", "Winds reached 85 miles per hour.", e(85, "measure", "exact", "miles_per_hour", per=None)),
]

# A unit of time or measure named alone, then "and a half": one and a half of it
HALVES = [
    c("en", "The strike lasted a year and a half.", e(1.5, "duration", "exact", "years", text="a year and a half")),
    c("en", "He waited an hour and a half.", e(1.5, "duration", "exact", "hours")),
    c("fr", "La grève a duré un an et demi.", e(1.5, "duration", "exact", "years", text="un an et demi")),
    c("fr", "Il a attendu une heure et demie.", e(1.5, "duration", "exact", "hours")),
    c("es", "La huelga duró año y medio.", e(1.5, "duration", "exact", "years", text="año y medio")),
    c("es", "Esperó hora y media.", e(1.5, "duration", "exact", "hours")),
    c("ar", "حكم عليه بسنة ونصف حبسا نافذا", e(1.5, "duration", "exact", "years", text="سنة ونصف")),
    c("ar", "انتظر المسافرون ساعة ونصف", e(1.5, "duration", "exact", "hours", text="ساعة ونصف")),
    c("en", "The village is a kilometre and a half away.", e(1.5, "measure", "exact", "kilometres")),
    # a unit alone is no figure ("a year later")
    c("en", "A year later, the strike ended."),
    c("es", "Un año después terminó la huelga."),
]

# A count of part of a group counts the group's noun ([partitive]): a noun of the
# unit table, plural (Arabic: definite)
PARTITIVES = [
    c("en", "Eight of the inmates escaped.", e(8, "count", "exact", "arrests", unit_text="inmates")),
    c("fr", "Huit des détenus se sont évadés.", e(8, "count", "exact", "arrests")),
    c("es", "Ocho de los presos escaparon.", e(8, "count", "exact", "arrests")),
    c("ar", "فر ثمانية من السجناء", e(8, "count", "exact", "arrests", unit_text="السجناء")),
    c("ar", "قتل ثلاثة من الجنود", e(3, "count", "exact", "soldiers")),
    c("en", "Two of the best players left.", e(2, "count", "exact", None)),
    c("en", "Three of the migrant boats sank.", e(3, "count", "exact", None)),
]

# a number right after a capitalised word is part of a name ("Ligue 1"), unless a
# plural verb follows it: then it counts the subject ("in Rabat 3 were arrested")
NAME_OR_COUNT = [
    c("en", "In Rabat 3 were arrested.", e(3, "count", "exact", None)),
    c("fr", "À Rabat 3 ont été interpellés.", e(3, "count", "exact", None)),
    c("es", "En Rabat 3 fueron detenidos.", e(3, "count", "exact", None)),
    c("fr", "La Ligue 1 a repris samedi."),
]

# A count with no noun of its own counts the noun named before it after "the number
# of" or a toll in its clause ([number_of] of phrases.toml): a unit of units.toml, else the
# plural (Arabic: definite) head noun as written. Not for "a number of" (several),
# past punctuation, a clause word or another figure, nor for a percent or a figure
# with a noun of its own.
NUMBER_OF = [
    # past two names joined by "et"; after the figure a verb puts the number at
    c("fr", "Le nombre des civils tués au cours du conflit entre la Russie et l'Ukraine est de 14.200.", e(14200, unit="civilians")),
    c("en", "The number of civilians killed in the war between Russia and Ukraine is 14,200.", e(14200, unit="civilians")),
    c("fr", "L'observatoire estime à 9.100 le nombre de morts.", e(9100, unit="deaths")),
    c("es", "El gobierno cifra en 300 el número de heridos.", e(300, unit="injured")),
    c("fr", "Le nombre de visiteurs a augmenté et 300 nouveaux guides ont été recrutés.", e(300, unit="guides")),
    c("fr", "Le nombre de visiteurs a augmenté et il en reste 300.", e(300)),
    # a unit noun that is also a frequent word of the language-detection list
    c("en", "The number of people rescued by the navy was 14,260.", e(14260, unit="people")),
    c("es", "El número de personas rescatadas fue de 14.260.", e(14260, unit="people")),
    c("en", "The number of civilians killed in the fighting is 14,200.", e(14200, "count", "exact", "civilians", unit_text="civilians")),
    c("en", "The total number of registered voters reached 2.5 million.", e(2.5e6, "count", "exact", "voters")),
    c("en", "The number of firms that hired is 40.", e(40, "count", "exact", "companies")),
    c("en", "The number of volunteers doubled to 640.", e(640, "count", "exact", "volunteers", unit_text="volunteers")),
    c("en", "The number of patients who recovered in 2023 was 1,150.", e(2023, "year"), e(1150, "count", "exact", "patients")),
    c("en", "A number of firms said they had hired 40.", e(40, "count", "exact", None)),
    c("en", "A growing number of families can afford only 2.", e(2, "count", "exact", None)),
    c("en", "The number of ferries doubled, but fares rose by 3.", e(3, "count", "exact", None)),
    c("en", "The number of tourists rose by 12 percent.", e(12, "percent", "exact", "percent")),
    c("en", "The number of students is 1,200 boys.", e(1200, "count", "exact", "children")),
    c("fr", "Le nombre de civils tués dans les combats est de 14.200.", e(14200, "count", "exact", "civilians")),
    c("fr", "Le nombre de morts s'élève à 300.", e(300, "count", "exact", "deaths")),
    c("fr", "Le nombre total des blessés s'élève à 45.", e(45, "count", "exact", "injured")),
    c("fr", "Le nombre d'entreprises qui ont embauché est de 40.", e(40, "count", "exact", "companies")),
    c("fr", "Le nombre de bénévoles a doublé pour atteindre 640.", e(640, "count", "exact", "bénévoles")),
    c("fr", "Un certain nombre d'entreprises disent avoir embauché 40.", e(40, "count", "exact", None)),
    c("fr", "Un grand nombre d'entreprises disent avoir embauché 40.", e(40, "count", "exact", None)),
    c("fr", "Le nombre de touristes a augmenté de 12 %.", e(12, "percent", "exact", "percent")),
    c("es", "El número de civiles muertos en los combates asciende a 14.200.", e(14200, "count", "exact", "civilians")),
    c("es", "La cifra de fallecidos llegó a 300.", e(300, "count", "exact", "deaths")),
    c("es", "El número de los heridos se elevó a 45.", e(45, "count", "exact", "injured")),
    c("es", "El número de voluntarios se duplicó hasta 640.", e(640, "count", "exact", "voluntarios")),
    c("es", "Un gran número de empresas dice haber contratado a 40.", e(40, "count", "exact", None)),
    c("es", "El número de teléfono del hospital es el 915.", e(915, "count", "exact", None)),
    c("es", "El número de turistas aumentó un 12 %.", e(12, "percent", "exact", "percent")),
    c("es", "Veinte guardias civiles vigilaban la frontera.", e(20, "count", "exact", "soldiers")),
    c("ar", "بلغ عدد المدنيين القتلى في المعارك 14200", e(14200, "count", "exact", "civilians")),
    c("ar", "وصل عدد الضحايا إلى 300", e(300, "count", "exact", "victims")),
    c("ar", "ارتفع عدد القتلى إلى 300", e(300, "count", "exact", "deaths")),
    c("ar", "بلغ عدد الشركات التي وظفت 40", e(40, "count", "exact", "companies")),
    c("ar", "بلغ عدد المتطوعين 640", e(640, "count", "exact", "متطوعين", unit_text="المتطوعين")),
    c("ar", "بلغ عدد الذكور 2.2 مليار وعدد الإناث 5.6 مليار", e(2.2e9, "count", "exact", "ذكور"), e(5.6e9, "count", "exact", "إناث")),
    c("ar", "قال عدد من الشركات إنها وظفت 40", e(40, "count", "exact", None)),
    c("ar", "قالت عدد كبير من الشركات إنها وظفت 40", e(40, "count", "exact", None)),
    c("ar", "ارتفع عدد السياح بنسبة 12 في المائة", e(12, "percent", "exact", "percent")),
    # an average is no count of the noun
    c("en", "The number of children per woman fell to 1.8.", e(1.8, "count", "exact", None)),
    c("en", "The average number of children per family is 3.", e(3, "count", "exact", None)),
    c("ar", "بلغ متوسط عدد المشاهدين 300", e(300, "count", "exact", None)),
    c("ar", "بلغ عدد المشاهدين 300", e(300, "count", "exact", "viewers")),
    # a toll counts people: its noun must be a unit of people; "death toll" is itself
    # the counted noun
    c("en", "The death toll from the storm has climbed to 57.", e(57, "count", "exact", "deaths", unit_text="death toll")),
    c("en", "The toll of dead rose to 40.", e(40, "count", "exact", "deaths")),
    c("en", "The toll of the floods rose to 40.", e(40, "count", "exact", None)),
    c("fr", "Le bilan des morts s'élève à 57.", e(57, "count", "exact", "deaths")),
    c("fr", "Le bilan des inondations s'élève à 57.", e(57, "count", "exact", None)),
    c("es", "El balance de muertos asciende a 57.", e(57, "count", "exact", "deaths")),
    c("es", "El saldo de la cuenta es 57.", e(57, "count", "exact", None)),
    c("ar", "ارتفعت حصيلة القتلى إلى 57", e(57, "count", "exact", "deaths")),
    c("ar", "بلغت حصيلة الصادرات 57", e(57, "count", "exact", None)),
]

CASES: list[Case] = [*NUMBER_OF, *NAME_OR_COUNT, *PARTITIVES, *HALVES, *RATES, *DENIED_BOUNDS, *PAIRS, *AR_SEED, *FR_SEED, *AR, *FR, *EN, *ES, *UND, *SCORES, *NAMES, *WORLD_MONEY, *PRENOMINAL, *MAGNITUDE, *AGE_TENS, *TIME_NOUNS, *VEHICLES, *DESIGNATED, *ACCOUNTS, *SHARE_PRONOUNS, *OFFICIALS]
