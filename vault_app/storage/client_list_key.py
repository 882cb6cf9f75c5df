"""The client list's order as one SQL expression (LIST_KEY), for the window's pages and `client
list` alike, and the index on it (records migrations 0109, then 0112: word for word, as SQLite uses
an index on an expression only for the same expression); then 0114, a chart's own "sort as" first.

A person's chart by the last word of the legal name, then the whole name ("Ortiz<TAB>Daniel
Ortiz": the tab sorts "Li" before "Lin"); a couple's or family's by its shown name. Therapists look
clients up by last name (a NY walker: the list was by first name). A demo chart's " (demo)" mark
is no surname (services/demo.py DEMO_MARK). A name with a suffix ("Jr.") sorts under its last
word; one written surname first ("García López, María") too, unless its chart says otherwise (a
new chart is proposed what comes before the comma: domain/sort_as.py).

A chart with a "sort as" (records migration 0114, domain/sort_as.py) is listed by it, then the
whole name: "María García López" under García, her first surname, not López (a walker with a
Spanish-speaking practice). Empty, the rules above; every chart made before 0114 is so.

An accented Latin first letter sorts as its plain letter (a Los Angeles walker, round 37: Álvarez
and Ñúñez came after Zamora, by code point), by SQLite's own unicode() and a CASE: an index on an
app-registered function or collation could not be kept by another SQLCipher tool opening the vault
(reveal-key), nor checked by integrity_check. NOCASE then folds the case of the plain letters.

Spanish's accented small letters and ñ inside the name sort as their plain letters too, and the
accents of a decomposed name go (records migration 0117; walker wspanish, round 39: the first letter
alone was folded, so López came after Luna, Sánchez after Suárez and Soto, Muñoz after Murphy, each
inner letter by its code point, after every plain one). Ten replace() calls around the key: older
SQLite's parser stack held sixteen and overflowed at eighteen (3.40.1, the stdlib's on Debian 12), so
the list is Spanish's letters and the three combining marks, not every accented letter of Latin-1.
"""

from __future__ import annotations

# Plain letter -> the accented ones (Latin-1's letters, as Spanish, French, Portuguese, German and
# Italian names write them), by code point; then the combining marks a decomposed name carries.
_FOLDS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("A", (192, 193, 194, 195, 196, 197)), ("a", (224, 225, 226, 227, 228, 229)),
    ("C", (199,)), ("c", (231,)),
    ("E", (200, 201, 202, 203)), ("e", (232, 233, 234, 235)),
    ("I", (204, 205, 206, 207)), ("i", (236, 237, 238, 239)),
    ("N", (209,)), ("n", (241,)),
    ("O", (210, 211, 212, 213, 214, 216)), ("o", (242, 243, 244, 245, 246, 248)),
    ("U", (217, 218, 219, 220)), ("u", (249, 250, 251, 252)),
    ("Y", (221,)), ("y", (253, 255)),
    ("", (0x300, 0x301, 0x302, 0x303, 0x308, 0x30A, 0x327)),
)


# Inside the name: Spanish's accented small letters and ñ -> their plain letters; the combining acute,
# tilde and diaeresis of a decomposed name -> nothing. By code point (char()), so the SQL stays ASCII.
_INNER_FOLDS: tuple[tuple[int, str], ...] = (
    (225, "a"), (233, "e"), (237, "i"), (243, "o"), (250, "u"), (252, "u"), (241, "n"),
    (0x301, ""), (0x303, ""), (0x308, ""),
)


def _inner_folded(sql: str) -> str:
    """The key with Spanish's accented small letters folded wherever they are, one replace() each
    (ten deep: the module's comment says why not more)."""
    for code_point, plain in _INNER_FOLDS:
        sql = f"replace({sql}, char({code_point}), '{plain}')"
    return sql


def _folded(sql: str) -> str:
    """The key with its FIRST letter folded, by one flat CASE: seventy nested replace() calls (one
    per accented letter, a first try) overflowed the parser stack of SQLite before 3.46 ("malformed
    database schema"), which the independent checks of a destruction, and older tools, open the
    vault's files with (ci93). A letter inside the name keeps its code point: "Muñoz" after "Munoz"."""
    whens = " ".join(f"WHEN {code_point} THEN '{plain}'" for plain, code_points in _FOLDS if plain
                     for code_point in code_points)
    return f"(CASE unicode({sql}) {whens} ELSE substr({sql}, 1, 1) END || substr({sql}, 2))"


_SURNAME_OF = "replace(legal_name, ' (demo)', '')"
# A searched CASE of two branches over the simple one (0112's, kept whole inside): one level deeper
# only, which the stdlib's SQLite 3.40 parses (tests/core/test_schema_older_sqlite.py).
LIST_KEY = _folded(_inner_folded(
    "(CASE WHEN sort_as <> '' THEN sort_as || char(9) || legal_name ELSE "
    f"(CASE kind WHEN 'individual' THEN substr({_SURNAME_OF}, length(rtrim({_SURNAME_OF}, "
    f"replace({_SURNAME_OF}, ' ', ''))) + 1) || char(9) || legal_name "
    "ELSE coalesce(nullif(preferred_name, ''), legal_name) END) END)"))


def index_sql() -> str:
    """The index's statement, as the newest records migration building it holds it (0117) (tests compare the two)."""
    return f"CREATE INDEX IF NOT EXISTS clients_list_by_last_name ON clients({LIST_KEY} COLLATE NOCASE, seq)"
