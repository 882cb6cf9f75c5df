"""Who receives what the client's access request gives (45 CFR 164.502(g), 164.524(c)(3)(ii)): the
client, the recorded personal representative, checked against the rules of domain/who_acts.py, or
a person the client's signed, written direction names. The export and the superbill record the
recipient as the ledger names them.

The recipient typed on the export is checked too (found by a walker: "Random Journalist" was
allowed on the client's access request, addressed "This is your own health information", and
listed in the accounting as "the client"): it must name the client or the representative who
receives the copy; anyone else only with the client's signed, written direction recorded with the
basis (164.524(c)(3)(ii)), and is then listed as that person, in the accounting."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from vault_app.domain import who_acts
from vault_app.domain.clinical import Guardian
from vault_app.domain.disclosure import DisclosureRequest
from vault_app.domain.disclosure_basis import DIRECTED_FIELD
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.locale_format import date_text
from vault_app.domain.recipient_notices import Receiver
from vault_app.domain.representatives import RepRefusal
from vault_app.domain.requests import ClientRequest
from vault_app.services import clients, practice, representatives
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as request_store

CLIENT_SELF_RECIPIENT = "the client (own access request)"
# Words that name the client as the recipient, beside their recorded names (plain: lower case, no accents).
_CLIENT_WORDS = frozenset({"client", "the client", "patient", "the patient", "el cliente", "la cliente",
                           "el paciente", "la paciente", CLIENT_SELF_RECIPIENT.replace("(", "").replace(")", "")})


@dataclass(frozen=True)
class AccessTo:
    """Who receives what the client's access request gives: the client, or the recorded personal
    representative (164.502(g)), whom the ledger names by capacity and guardian id ("the client's
    personal representative (parent)"); `disclosures` names them ("Jane Roe, parent"). `directed`:
    a person the client's signed, written direction names (164.524(c)(3)(ii)), named as typed."""

    name: str = CLIENT_SELF_RECIPIENT
    guardian_id: str | None = None
    directed: bool = False

    @property
    def receiver(self) -> Receiver:
        """Whose notice the copy carries (domain/recipient_notices)."""
        if self.directed:
            return "third_party"
        return "representative" if self.guardian_id else "client"


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in folded if not unicodedata.combining(c))))


def directed(request: DisclosureRequest) -> bool:
    return request.basis.kind == "client_access" and bool(request.basis.evidence.get(DIRECTED_FIELD))


RECIPIENT_REFUSAL = (
    "On the client's access request the copy goes to the client, or to the personal representative who receives it "
    "(45 CFR 164.524, 164.502(g)); the recipient given is neither. Another person receives it only when the client "
    "directs it in a signed, written request that names them (45 CFR 164.524(c)(3)(ii)).")
RECIPIENT_HINT = (
    "Give the client's name (or the representative's, as recorded under Guardians…); or record the client's signed, "
    "written direction naming this recipient (CLI: --directed-by-client); otherwise disclose under the client's "
    "authorization.")


def _not_the_requester() -> RefusedByPolicy:
    return RefusedByPolicy(RECIPIENT_REFUSAL, hint=RECIPIENT_HINT, code="access.recipient_not_requester",
                           field="recipient")


def _named_guardian(vault: Vault, request: DisclosureRequest, typed: str) -> str | None:
    """The recorded representative the typed recipient names, by their name (as typed_signer matches one)."""
    found = representatives.recorded_signer(vault, request.client_id, typed) if typed else None
    return found.guardian_id if found is not None else None


def _names_client(vault: Vault, request: DisclosureRequest, typed: str) -> bool:
    plain = _plain(typed)
    if not plain or plain in _CLIENT_WORDS:
        return True
    client = clients.get_client(vault, request.client_id)
    return plain in {_plain(client.legal_name), _plain(client.preferred_name)} - {""}


# A member of a couple's or family's chart who receives the joint record's copy, as the ledger names them:
# by chart number, never by name.
MEMBER_RECIPIENT = "a member of the joint record (chart {chart})"


def _named_member(vault: Vault, request: DisclosureRequest, typed: str) -> str | None:
    """The chart number of the adult member of a couple's or family's chart the typed recipient names
    (by name or chart number), else None. Seed 002: "In couples therapy, both partners generally have a
    right to access the joint treatment record"; a minor member's copy goes through their representative."""
    chart = clients.get_client(vault, request.client_id)
    plain = _plain(typed)
    if not chart.is_case or not plain:
        return None
    majority = practice.load(vault).jurisdiction.age_of_majority
    for member_id in chart.member_ids:
        member = clients.get_client(vault, member_id)
        if plain in {_plain(member.legal_name), _plain(member.preferred_name), _plain(member.chart_number)} - {""}:
            return None if member.is_minor(request.on, majority) else member.chart_number
    return None


def _asking_member(vault: Vault, request: DisclosureRequest) -> str | None:
    """The chart number of the member of a couple's or family's chart who made the access request on
    file (services/request_member), else None."""
    on_file = request_store.get(vault.records, str(request.basis.evidence.get("request_id") or ""))
    if on_file is None or on_file.client_id != request.client_id or not on_file.member_id:
        return None
    return clients.get_client(vault, on_file.member_id).chart_number


def requester_as_of(vault: Vault, q: ClientRequest,
                    on: date) -> tuple[Guardian, who_acts.ClientFacts, who_acts.Rep] | None:
    """The recorded representative who made `q`, with the client's facts and the representative as
    the rules see them on `on`; None for a request of the client's own (or a representative since
    removed). What the rules then say is the caller's: here who may receive the copy,
    services/grant_receiver who the grant answers."""
    if not q.guardian_id:
        return None
    client = clients.get_client(vault, q.client_id)
    guardian = next((g for g in client.guardians if g.guardian_id == q.guardian_id), None)
    if guardian is None:
        return None
    facts = representatives.client_facts(vault, q.client_id, on)
    return guardian, facts, representatives.rep_for(guardian, client.date_of_birth, facts.age_of_majority, on)


def _requester_change(vault: Vault, q: ClientRequest, on: date) -> tuple[Guardian, str, RepRefusal] | None:
    """The recorded representative who made `q`, the practice's locale and the rule by which they may no
    longer receive its copy on `on`; None when they may, or for a request of the client's own."""
    made_by = requester_as_of(vault, q, on)
    if made_by is None:
        return None
    guardian, facts, rep = made_by
    found = who_acts.requester_no_longer(facts, rep, on)
    return None if found is None else (guardian, facts.locale, found)


def requester_change(vault: Vault, q: ClientRequest, on: date) -> str:
    """The code of the rule by which the representative who made `q` may no longer receive its copy on
    `on` (a key of who_acts.REQUESTER_WHY), "" when they may: what the lists say of it
    (services/request_review_needed)."""
    found = _requester_change(vault, q, on)
    return "" if found is None else found[2].code


def requester_no_longer(vault: Vault, q: ClientRequest, on: date) -> RefusedByPolicy | None:
    """A request made by a recorded representative who may no longer receive its copy on `on` (limited,
    declined, their authority ended since it was made): refused as the client's copy too, the request to be
    reviewed (domain/who_acts.REQUESTER_NO_LONGER); None otherwise, or for a request of the client's own."""
    change = _requester_change(vault, q, on)
    if change is None:
        return None
    guardian, locale, found = change
    rule, received = who_acts.REQUESTER_NO_LONGER, date_text(q.received_on, locale)
    who = guardian.name.strip()
    return RefusedByPolicy(
        rule.message.format(id=q.id, received=received, who=representatives.label(guardian),
                            why=who_acts.REQUESTER_WHY.get(found.code, "as the representative rules say")),
        hint=rule.hint, code="access_copy.requester_no_longer", field="recipient",
        params={"id": q.id, "received": received, "who": who})


def access_to(vault: Vault, request: DisclosureRequest, *, strict: bool = True) -> tuple[AccessTo, str]:
    """For a disclosure on the client's access request: who receives it, checked against the
    rules of domain/who_acts.py (a refusal raised, or with `strict=False` returned as a concern
    for a disclosure already made). The representative is the one the evidence names
    ("guardian_id"; empty: the client), else the one the typed recipient names, else the one who
    made the request on file. The typed recipient must name the one who receives it, unless the
    client's signed, written direction names them (DIRECTED_FIELD)."""
    if request.basis.kind != "client_access":
        return AccessTo(), ""
    ev = request.basis.evidence
    typed = request.recipient.name.strip()
    named = None if directed(request) else _named_guardian(vault, request, typed)
    if "guardian_id" in ev:
        guardian_id = str(ev.get("guardian_id") or "") or None
    elif named is not None:
        guardian_id = named
    else:
        on_file = request_store.get(vault.records, str(ev.get("request_id") or ""))
        guardian_id = on_file.guardian_id if on_file is not None and on_file.client_id == request.client_id else None
    asked_by = _asking_member(vault, request)
    # The copy to the client of a request a representative made, who may no longer receive it: needs review.
    found = request_store.get(vault.records, str(ev.get("request_id") or ""))
    on_file_request = found if found is not None and found.client_id == request.client_id else None
    concern = ""
    try:
        if guardian_id is None and not directed(request) and on_file_request is not None and \
                (changed := requester_no_longer(vault, on_file_request, request.on)) is not None:
            raise changed
        if directed(request) and not typed:  # the direction must identify the person (164.524(c)(3)(ii))
            raise _not_the_requester()
        # The one who directs (or receives) it must be one who exercises the right (who_acts).
        guardian = representatives.require_copy_recipient(vault, request.client_id, guardian_id, request.on)
        if not directed(request):
            member = _named_member(vault, request, typed) if guardian is None and named is None else None
            names_it = (named == guardian.guardian_id or not typed) if guardian is not None \
                else named is None and (member is not None or _names_client(vault, request, typed))
            if asked_by and guardian is None:
                # A member made the request: the copy goes to that member (blank: to them), not another.
                names_it = not typed or member == asked_by
            if not names_it:
                raise _not_the_requester()
    except RefusedByPolicy as refused:
        if strict:
            raise
        guardian = representatives.guardian_of(vault, request.client_id, guardian_id) if guardian_id else None
        concern = refused.message
    if directed(request):
        return AccessTo(typed, None, directed=True), concern
    if guardian is None:
        member = (_named_member(vault, request, typed) if named is None else None) or asked_by
        return (AccessTo(MEMBER_RECIPIENT.format(chart=member)) if member else AccessTo()), concern
    return AccessTo(who_acts.ledger_recipient(guardian.authority), guardian.guardian_id), concern
