"""Who a statement or superbill made for a client who has died is addressed to.

After the death the executor or administrator of the estate acts for the client (45 CFR
164.502(g)(4)); the account window says "The client's estate (its executor or administrator)" and
gives them the password (decedent.password_to). The PDF's addressee says the same: the executor or
administrator by name where the chart records one who may act, else the estate itself, in the
words of the closure notice ("Personal Representative of the Estate of NAME"), in the client's
letter language. A client living, the client; a PDF to a recorded guardian, that guardian.
"""

from __future__ import annotations

from vault_app.domain.letter_language import checked_letters_in
from vault_app.domain.letter_words_en import CLOSURE_EN
from vault_app.domain.letter_words_es import CLOSURE_ES

_ESTATE_OF = {"en": CLOSURE_EN.estate_of, "es": CLOSURE_ES.estate_of}


def estate_addressee(client_name: str, executor_name: str | None, letters_in: str | None) -> str:
    """The addressee's name on a deceased client's PDF: the recorded executor's, else the estate's."""
    if executor_name and executor_name.strip():
        return executor_name.strip()
    return _ESTATE_OF[checked_letters_in(letters_in)].format(name=client_name.strip())


__all__ = ["estate_addressee"]
