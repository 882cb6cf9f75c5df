"""Who receives a disclosure "for treatment by another provider" (45 CFR 164.506(c)(2)), as the therapist
states it, and the gate's answer for each.

164.506(c)(2) lets a provider disclose for the treatment activities of a health care provider: the
recipient is a provider. The client's own copy is the client's access (164.524), with its request, its
deadline and its place out of the accounting (164.528(a)(1)(ii)); a relative, a friend or an employer is
no provider, and receives the records under the client's authorization (164.508). Found by walkers: the
gate took the recipient for the client only when its name was the client's name word for word, so "Ms.
Rivera", a nickname or the client's mother went out logged as treatment disclosures. The statement
decides (the evidence field RECIPIENT_FIELD, asked of every treatment disclosure, in the window and in
the command line's evidence file); the name is a second catch that asks, never a silent refusal: a
recipient whose name reads like the client's (one of the client's names, or the client's family name
among its words) is asked about, and a provider of that name passes once the therapist says so
(SAME_NAME_FIELD).

Not legal advice: the US federal baseline (REGULATIONS.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault_app.domain.errors import Problem, said
from vault_app.domain.recipient_is_client import recipient_is_client
from vault_app.domain.restrictions import name_words

RECIPIENT_FIELD = "recipient_is"
SAME_NAME_FIELD = "not_the_client"
PROVIDER = "provider"
CLIENT = "client"
SOMEONE_ELSE = "someone_else"
RECIPIENT_KINDS = (PROVIDER, CLIENT, SOMEONE_ELSE)

# How a form names each kind (a stored key alone, "provider", read as no answer to "who receives it").
RECIPIENT_KIND_LABELS = {PROVIDER: "another health care provider", CLIENT: "the client themself",
                         SOMEONE_ELSE: "someone else (a relative, a friend, an employer)"}
RECIPIENT_LABEL = "who receives it"
SAME_NAME_LABEL = "the recipient shares the client's name but is a health care provider, not the client or a relative"

RECIPIENT_IS_CLIENT = (
    "The recipient is the client: a disclosure to the client is the client's own access (45 CFR 164.524), not "
    "treatment by another provider (164.506(c)(2)), and would be logged as the wrong kind of disclosure."
)
RECIPIENT_IS_CLIENT_HINT = (
    "Record the client's access request (the chart's Requests tab, or 'vault-app request add --kind access' on the "
    "command line) and give the copy under it."
)
RECIPIENT_NOT_PROVIDER = (
    "The recipient is not a health care provider: treatment by another provider (45 CFR 164.506(c)(2)) goes only "
    "to a provider for their treatment of the client. A relative, a friend, an employer or anyone else receives "
    "the client's records under the client's written authorization (164.508)."
)
RECIPIENT_NOT_PROVIDER_HINT = (
    "Ask the client for an authorization naming this person and record it (the chart's Authorizations tab, or "
    "'vault-app auth add'); a parent or guardian who is the client's personal representative asks for the copy as "
    "the client's access request."
)
NAMED_LIKE_CLIENT = (
    "The recipient's name reads like the client's own: is the recipient a health care provider, and not the "
    "client or a relative? A copy for the client is the client's own access (45 CFR 164.524), and a relative is "
    "not a provider (164.506(c)(2))."
)
NAMED_LIKE_CLIENT_HINT = (
    "If it is the client, choose \"the client themself\" as who receives it; a relative, \"someone else\". If it "
    "is a provider who shares the client's name, tick \"The recipient shares the client's name but is a health "
    "care provider\" (on the command line, \"not_the_client\": true in the evidence file) and check again."
)


@dataclass(frozen=True)
class RecipientRule:
    """The gate's answer to one stated kind of recipient: allowed (no code), or refused with why."""

    kind: str
    citation: str
    code: str = ""
    reason: str = ""
    hint_code: str = ""
    hint: str = ""

    @property
    def allowed(self) -> bool:
        return not self.code


RULES: Mapping[str, RecipientRule] = {
    PROVIDER: RecipientRule(PROVIDER, "45 CFR 164.506(c)(2)"),
    CLIENT: RecipientRule(CLIENT, "45 CFR 164.524; 164.506(c)(2)", "treatment.recipient_is_client",
                          RECIPIENT_IS_CLIENT, "treatment.recipient_is_client.hint", RECIPIENT_IS_CLIENT_HINT),
    SOMEONE_ELSE: RecipientRule(SOMEONE_ELSE, "45 CFR 164.506(c)(2); 164.508", "treatment.recipient_not_provider",
                                RECIPIENT_NOT_PROVIDER, "treatment.recipient_not_provider.hint",
                                RECIPIENT_NOT_PROVIDER_HINT),
}
NAMED_LIKE_CODE = "treatment.recipient_named_like_client"
NAMED_LIKE_HINT_CODE = "treatment.recipient_named_like_client.hint"


# Words after a family name that are not it ("Smith Jr."): the family name is the word before them.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "md", "phd", "esq"})


def family_words(client_names: Sequence[str]) -> tuple[str, ...]:
    """The client's family name as words: the last word of each full name among `client_names`
    (recipient_is_client.client_name_forms; a joint record's members' too), each part of a hyphenated one
    ("Ñúñez-Peña": nunez, pena); a part in brackets ("Ana Rivera (demo)", "(Annie)"), a suffix ("Jr.",
    "III") and an initial ("Alex T.") are not it."""
    found: list[str] = []
    for name in client_names:
        words = re.sub(r"\([^)]*\)", " ", name).split()
        while words and set(name_words(words[-1])) <= _SUFFIXES:
            words.pop()
        if len(words) > 1:
            found += [w for w in name_words(words[-1]) if len(w) > 1]
    return tuple(dict.fromkeys(found))


def named_like_client(recipient: str, client_names: Sequence[str]) -> bool:
    """The recipient's name is one of the client's names, or holds the client's family name among its
    words ("Ms. Rivera", "Dr. Peña" for "José Ñúñez-Peña"): asked about, since a title, a nickname the app
    does not know, or a relative all read so. Loose on purpose: the answer is one tick away."""
    if recipient_is_client(recipient, client_names):
        return True
    have = set(name_words(recipient))
    return any(word in have for word in family_words(client_names))


def treatment_recipient_problems(evidence: Mapping[str, Any], recipient: str,
                                 client_names: Sequence[str]) -> tuple[list[Problem], Problem | None]:
    """The gate's reasons and hint for who receives a treatment disclosure. Nothing stated: nothing here
    (the gate's list of missing evidence asks for it)."""
    rule = RULES.get(str(evidence.get(RECIPIENT_FIELD) or ""))
    if rule is None:
        return [], None
    if not rule.allowed:
        return [said(rule.code, rule.reason)], said(rule.hint_code, rule.hint)
    if named_like_client(recipient, client_names) and evidence.get(SAME_NAME_FIELD) is not True:
        return [said(NAMED_LIKE_CODE, NAMED_LIKE_CLIENT)], said(NAMED_LIKE_HINT_CODE, NAMED_LIKE_CLIENT_HINT)
    return [], None


__all__ = ["CLIENT", "NAMED_LIKE_CODE", "NAMED_LIKE_HINT_CODE", "PROVIDER", "RECIPIENT_FIELD", "RECIPIENT_KINDS",
           "RECIPIENT_KIND_LABELS", "RECIPIENT_LABEL", "RULES", "SAME_NAME_FIELD", "SAME_NAME_LABEL", "SOMEONE_ELSE",
           "RecipientRule", "family_words", "named_like_client", "treatment_recipient_problems"]
