"""A name after a Spanish preposition, with the article its title asks for: "bajo la custodia de la
Dra. Elena Ruiz", "escriba al Dr. Juan Soto", "comuníquese con la Lic. Ana Gómez"; a name without a
title goes as typed ("de Elena Ruiz", "a Lee Counseling"). Spanish puts the definite article before a
title of courtesy or profession when one speaks *of* the person (RAE, Diccionario panhispánico de
dudas, "don, doña" and "señor"; Nueva gramática 12.7: "la doctora Ruiz", "el licenciado Soto"), and
"de el"/"a el" contract to "del"/"al" (Ortografía 2010, 4.2.4). The letters printed "bajo la custodia
de Dra. Elena Ruiz" and "escriba a Dra. Elena Ruiz" (found by the Spanish walker).

A title that says the person's gender takes its article (Dra., Mtra., Lcda., Profa., Sra.: "la";
Dr., Mtro., Lcdo., Prof., Sr.: "el"). "Lic." and "Psic." are written of women and of men alike: they
get no article rather than a wrong one (the therapist can type "Licda."/"Lcda." or "Psicóloga").
"""

from __future__ import annotations

FEMININE = "la"
MASCULINE = "el"

# The title as typed, lower case and without its dots -> its article. Both the abbreviation and
# the word written out.
TITLE_ARTICLES: dict[str, str] = {
    "dr": MASCULINE, "doctor": MASCULINE, "dra": FEMININE, "doctora": FEMININE,
    "lcdo": MASCULINE, "licdo": MASCULINE, "licenciado": MASCULINE,
    "lcda": FEMININE, "licda": FEMININE, "licenciada": FEMININE,
    "mtro": MASCULINE, "maestro": MASCULINE, "mtra": FEMININE, "maestra": FEMININE,
    "prof": MASCULINE, "profesor": MASCULINE, "profa": FEMININE, "profesora": FEMININE,
    "psicólogo": MASCULINE, "psicóloga": FEMININE,
    "sr": MASCULINE, "señor": MASCULINE, "sra": FEMININE, "señora": FEMININE, "srta": FEMININE,
    "señorita": FEMININE,
    "ing": MASCULINE, "ingeniero": MASCULINE, "inga": FEMININE, "ingeniera": FEMININE,
}
# Titles said of women and men alike: no article is better than a wrong one.
EITHER_GENDER = frozenset({"lic", "psic", "ps", "psicol"})
ARTICLES = frozenset({"el", "la", "los", "las"})
CONTRACTIONS = {("de", MASCULINE): "del", ("a", MASCULINE): "al"}


def title_article(name: str) -> str:
    """The article the name's first word asks for as a title: "la", "el", or "" (no title, a title
    said of both genders, or an article the name already has)."""
    words = name.split()
    if not words:
        return ""
    first = words[0].rstrip(".").lower()
    if first in ARTICLES or first in EITHER_GENDER:
        return ""
    # A title alone is not a name ("Dra."): left as typed.
    return TITLE_ARTICLES.get(first, "") if len(words) > 1 else ""


def with_preposition(preposition: str, name: str) -> str:
    """`preposition` ("de", "a", "con", "por", "para") and `name`, with the article a title asks
    for and its contraction: ("de", "Dra. Elena Ruiz") -> "de la Dra. Elena Ruiz";
    ("a", "Dr. Juan Soto") -> "al Dr. Juan Soto"; ("de", "Elena Ruiz") -> "de Elena Ruiz"."""
    name = name.strip()
    article = title_article(name)
    if not article:
        words = name.split(maxsplit=1)
        # An article typed before the name: "de el Dr." contracts as Spanish writes it.
        if words and words[0] == MASCULINE and (preposition, MASCULINE) in CONTRACTIONS:
            return f"{CONTRACTIONS[(preposition, MASCULINE)]} {words[1] if len(words) > 1 else ''}".rstrip()
        return f"{preposition} {name}"
    joined = CONTRACTIONS.get((preposition, article))
    return f"{joined} {name}" if joined else f"{preposition} {article} {name}"


__all__ = ["EITHER_GENDER", "TITLE_ARTICLES", "title_article", "with_preposition"]
