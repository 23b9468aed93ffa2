import pytest

from verifier.lang import detect_lang

CASES = [
    ("Morocco rescued 14,260 people", "en"),
    ("The café was opened in 2020", "en"),
    ("Le Maroc a déjoué plus de 42.000 tentatives", "fr"),
    ("La Tunisie a rapatrié 4.388 migrants en 2024.", "fr"),
    ("En 2021, Marruecos devolvió a 8.980 migrantes.", "es"),
    ("En 2024 se desarticularon 201 redes criminales en Marruecos.", "es"),
    ("تم إنقاذ 14 ألفا و260 شخصا", "ar"),
    # words French and Spanish share tell them from English ("an" is English too)
    ("La demande de pétrole atteint 100 millions de barils par an.", "fr"),
    ("La demanda de crudo llega a 100 millones de barriles al año.", "es"),
    ("The Ligue de Football reported 300 games.", "en"),
    ("1234", "und"),
    ("", "und"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
