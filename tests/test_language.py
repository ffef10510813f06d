"""Language detection: English news of any length is English; other languages are named."""

from __future__ import annotations

import pytest

from eventwire.nlp.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor of Lyon resigned on Monday. Her deputy took over.", "en"),
        ("Talks resumed in Doha.", "en"),
        ("Rebels seized Goma after heavy fighting, witnesses said.", "en"),
        ("Kyiv, Kharkiv, Odesa, Lviv", "en"),  # too few words to call anything else
        # half names: the function-word share is taken over the words that are not capitalised
        ("Kenya's president met Uganda's president in Nairobi on Monday.", "en"),
        ("Jordan's King Abdullah met Egypt's President Sisi in Amman on Sunday.", "en"),
        (
            "Le gouvernement a annoncé mercredi une nouvelle série de mesures pour les agriculteurs.",
            "fr",
        ),
        ("Die Regierung hat am Mittwoch neue Maßnahmen für die Landwirte angekündigt.", "de"),
        (
            "El gobierno anunció el miércoles una nueva serie de medidas para los agricultores.",
            "es",
        ),
        ("Правительство в среду объявило о новых мерах поддержки фермеров.", "ru"),
        ("الحكومة أعلنت يوم الأربعاء عن إجراءات جديدة لدعم المزارعين في البلاد", "ar"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
