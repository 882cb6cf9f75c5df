"""A disclosure "for treatment by another provider" whose recipient is the client.

Found by a walker: the gate let "treatment by another provider" (45 CFR 164.506(c)(2)) go to
the client himself ("José Ñúñez-Peña", role "psiquiatra"). A slip of the basis: it is logged as a
treatment disclosure, kept out of the accounting, when it is the client's own access (164.524),
whose request, deadline and copy the app keeps on their own. Said, not guessed: only a recipient
whose name is the client's legal or preferred name, word for word once accents, case, punctuation
and look-alike letters are folded (restrictions.name_words, the gate's other comparison of
names), is taken for the client; a partial match ("Dr. Peña") is someone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from vault_app.domain.restrictions import name_words

CITATION = "45 CFR 164.506(c)(2), 164.524"


def client_name_forms(legal_name: str, preferred_name: str = "") -> tuple[str, ...]:
    """The names the client goes by: legal, preferred, and the preferred first name with the
    legal last name ("Pepe Ñúñez-Peña" for "José Ñúñez-Peña" known as "Pepe")."""
    forms = [legal_name, preferred_name]
    last = legal_name.split()[-1:] if legal_name.split() else []
    if preferred_name.strip() and len(preferred_name.split()) == 1 and last:
        forms.append(f"{preferred_name} {last[0]}")
    return tuple(f for f in dict.fromkeys(forms) if name_words(f))


def recipient_is_client(recipient: str, client_names: Sequence[str]) -> bool:
    """The recipient's name is one of the client's names, word for word once folded."""
    have = name_words(recipient)
    return bool(have) and any(have == name_words(n) for n in client_names)


__all__ = ["CITATION", "client_name_forms", "recipient_is_client"]
