"""The client's names, and whether a recipient's name is one of them word for word.

Found by a walker: the gate let "treatment by another provider" (45 CFR 164.506(c)(2)) go to the client
himself ("José Ñúñez-Peña", role "psiquiatra"). Who receives a treatment disclosure is now what the
therapist states (domain/treatment_recipient.py); the name is the second catch, which asks: a recipient
whose name is the client's legal or preferred name, word for word once accents, case, punctuation and
look-alike letters are folded (restrictions.name_words, the gate's other comparison of names), or holds
the client's family name (treatment_recipient.named_like_client).
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
