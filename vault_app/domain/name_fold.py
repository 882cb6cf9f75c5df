"""How a name is compared when looked for: case, accents and apostrophes ignored.

One folding for every place a therapist finds a client by typing part of a name: the client
list's search (storage/clinical_clients.py registers it as vault_fold() on the connection and
folds the typed words with it) and the appointment form's client drop-down (gui/client_picker.py),
so that "ang" finds Ángel and "nun" finds Ñuño in both (a walker with a Spanish-speaking practice,
round 39, found the drop-down accent-blind nowhere). Also the compound given names' match
(domain/given_names.py), where "Maria Jose" is typed without accents as often as with."""

from __future__ import annotations

import unicodedata

# Letters with a stroke have no decomposition in Unicode: folded by hand, so that "dang" finds
# Đặng as note search (FTS5 unicode61, remove_diacritics) lets "cafe" find Café. Apostrophes
# go, so "oconnor" and "o'connor" (or a typographic O’Connor) find O'Connor.
_FOLD_TABLE = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ı": "i", "ħ": "h", "'": None, "’": None, "ʼ": None,
                             "`": None})


def fold_for_search(text: str | None) -> str:
    """A name as compared, Unicode-wide (SQLite's lower() knows ASCII only): case, accents and
    apostrophes ignored, as in note search. Applied to both sides (the names and the words typed)."""
    plain = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in plain if not unicodedata.combining(c)).translate(_FOLD_TABLE)


__all__ = ["fold_for_search"]
