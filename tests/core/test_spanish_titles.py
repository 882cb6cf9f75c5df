"""A name after a Spanish preposition takes the article its title asks for (domain/spanish_titles):
the closure letters printed "bajo la custodia de Dra. Elena Ruiz" (found by the Spanish walker)."""

from __future__ import annotations

import pytest

from vault_app.domain.spanish_titles import with_preposition


@pytest.mark.parametrize(("preposition", "name", "said"), [
    # A title that says the gender: its article, contracted where Spanish contracts.
    ("de", "Dra. Elena Ruiz", "de la Dra. Elena Ruiz"),
    ("a", "Dra. Elena Ruiz", "a la Dra. Elena Ruiz"),
    ("con", "Dra. Elena Ruiz", "con la Dra. Elena Ruiz"),
    ("de", "Dr. Juan Soto", "del Dr. Juan Soto"),
    ("a", "Dr. Juan Soto", "al Dr. Juan Soto"),
    ("con", "Dr. Juan Soto", "con el Dr. Juan Soto"),
    ("de", "dr Juan Soto", "del dr Juan Soto"),  # as typed: lower case, no dot
    ("a", "Mtra. Ana Gómez", "a la Mtra. Ana Gómez"),
    ("de", "Mtro. Luis Paz", "del Mtro. Luis Paz"),
    ("a", "Lcda. Ana Gómez", "a la Lcda. Ana Gómez"),
    ("de", "Licenciado Luis Paz", "del Licenciado Luis Paz"),
    ("de", "Doctora Elena Ruiz", "de la Doctora Elena Ruiz"),
    ("a", "Profa. Rosa Díaz", "a la Profa. Rosa Díaz"),
    # No title, or one written of women and men alike: as typed, no article guessed.
    ("de", "Elena Ruiz", "de Elena Ruiz"),
    ("a", "Lee Counseling", "a Lee Counseling"),
    ("de", "Lic. Ana Gómez", "de Lic. Ana Gómez"),
    ("a", "Psic. Ana Gómez", "a Psic. Ana Gómez"),
    ("de", "Drake Records Storage", "de Drake Records Storage"),  # "Drake" is no title
    ("de", "Dra.", "de Dra."),  # a title alone is no name
    # An article typed already is not doubled, and contracts.
    ("de", "la Dra. Elena Ruiz", "de la Dra. Elena Ruiz"),
    ("a", "el Dr. Juan Soto", "al Dr. Juan Soto"),
    ("de", "  Dra. Elena Ruiz ", "de la Dra. Elena Ruiz"),
])
def test_the_article_a_title_asks_for(preposition: str, name: str, said: str) -> None:
    assert with_preposition(preposition, name) == said
