"""The accounting of disclosures (45 CFR 164.528) as a signed, encrypted PDF.

The entries come from the ledger's "disclosure" entries (never from a copy that
could drift), settled for delivery. The report is signed twice with the vault's
Ed25519 key, so a third party can check it with the public key alone:
- the canonical JSON of the accounting is signed and embedded in the PDF
  (accounting.json + accounting.sig) next to the printed table;
- the finished PDF file is signed in a detached `<file>.sig` (JSON), which also
  carries the file's SHA-256 and the ledger head printed on the report.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import pikepdf

from vault_app.crypto import chain, signing
from vault_app.domain import accounting as rules
from vault_app.domain import accounting_merge as merge_rule
from vault_app.domain.accounting import Accounting, AccountingLine, ExclusionMode, Suspension
from vault_app.domain.accounting_reliance import (
    AUTHORIZATION_BASES,
    EndedAuthorization,
    LetterOrders,
    ended_basis_text,
    ended_before,
    ended_timing,
)
from vault_app.domain.accounting_terms import FeeTerms, fee_problems, fee_statement, first_in_twelve_months
from vault_app.domain.clinical import parse_date, require_date
from vault_app.domain.disclosure_scope import period_text
from vault_app.domain.disclosure_wording import basis_text, description_text
from vault_app.domain.document_dates import document_locale, sent_day
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import (
    accounting_clock,
    compliance,
    export,
    export_delivery,
    output_file,
    practice,
    requests,
    revocation_order,
)
from vault_app.services.clinical_common import now_iso, require_client, today
from vault_app.services.pdf_document import StampedPDF, finish
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients
from vault_app.storage import disclosure_authorizations as auth_store
from vault_app.storage import disclosure_records as store
from vault_app.storage.files import atomic_write
from vault_app.storage.header import LedgerAnchor

FORMAT = "vault-app accounting of disclosures"


def fingerprint(public_key: bytes) -> str:
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def build(
    vault: Vault, client_id: str, *, as_of: date | None = None, exclusions: ExclusionMode = "list",
    summarize: bool = True, since: date | None = None, clock_is_right: bool = False,
) -> Accounting:
    """`clock_is_right`: an agency's suspension ended only by a clock that jumped past the vault's record,
    the therapist said the clock is right (services/accounting_clock.py)."""
    _subject(vault, client_id)
    export_delivery.reconcile_pending(vault)
    held = store.suspensions_for(vault.records, client_id) or compliance.suspensions(vault, client_id)
    ended = _authorizations_ended(vault, client_id)
    records = export.disclosures(vault, client_id)
    if not clock_is_right:
        accounting_clock.refuse_on_a_jumped_clock(vault, held, records)
    return rules.build(
        records, client_id=client_id, as_of=as_of or today(),
        suspensions=held, exclusions=exclusions, summarize=summarize,
        since=since, locale=practice.printing_locale(vault),
        ended_on={a: e.ended_on for a, e in ended.items()}, orders=_orders(vault, client_id, ended),
        # Made now: a suspension withholds what it covers from an accounting given while it lasts,
        # whatever day the request was received (164.528(a)(2)(i)).
        given_on=today(),
    )


def _orders(vault: Vault, client_id: str, ended: dict[str, EndedAuthorization]) -> LetterOrders:
    """What was said of same-day disclosures, for the authorizations whose end is a revocation's
    letter: an expiration event that came first has no letter to be before or after."""
    return {k: v for k, v in revocation_order.letter_orders(vault, client_id).items()
            if k[0] in ended and ended[k[0]].how == "revoked"}


def _authorizations_ended(vault: Vault, client_id: str) -> dict[str, EndedAuthorization]:
    """Each of the chart's authorizations that no longer counted from some day: its revocation
    received or its expiration event occurred, the earlier (domain/accounting_reliance.py). An
    expiration date is not here: the gate refused every export after it, and a manual record is
    caught apart."""
    ended: dict[str, EndedAuthorization] = {}
    for auth in auth_store.list_for_client(vault.records, client_id):
        revoked = auth.revocation.received_on if auth.revocation else None
        days = [d for d in (revoked, auth.event_occurred_on) if d is not None]
        if not days:
            continue
        day = min(days)
        how: Literal["revoked", "expired"] = "revoked" if day == revoked else "expired"
        ended[auth.id] = EndedAuthorization(auth.id, auth.signed_on, auth.recipient_name, auth.purposes, day,
                                            how, auth.expiration_event)
    return ended


@dataclass(frozen=True)
class EndedBasis:
    """A disclosure on the accounting made after the authorization it claimed had ended."""

    disclosure_id: str
    day: date
    recipient: str
    ended: EndedAuthorization
    same_day: bool = False  # it ended that day, which came first not known: never said "before"


def _ended_bases(acc: Accounting, ended: dict[str, EndedAuthorization], orders: LetterOrders) -> dict[str, EndedBasis]:
    found: dict[str, EndedBasis] = {}
    for line in (*acc.lines, *acc.excluded):
        r = line.first
        e = ended_before(r, ended, orders) if r.basis_kind in AUTHORIZATION_BASES else None
        if e is not None:
            same_day = ended_timing(r, e, orders).code == "same_day.unknown"
            found[r.disclosure_id] = EndedBasis(r.disclosure_id, r.day, r.recipient.name, e, same_day)
    return found


def relied_period(extra: dict[str, Any]) -> tuple[date | None, date | None] | None:
    """The authorization's period a disclosure relied on, from its ledger entry's extra
    ("authorization_period": {"from": ISO or None, "to": ISO or None}); None when the entry
    has none (no period, another basis, an entry from before periods) or it is not dates."""
    found = extra.get("authorization_period")
    if not isinstance(found, dict):
        return None
    try:
        start, end = (date.fromisoformat(v) if isinstance(v, str) and v else None
                      for v in (found.get("from"), found.get("to")))
    except ValueError:
        return None
    return (start, end) if start is not None or end is not None else None


def _line(line: AccountingLine, ended: dict[str, EndedBasis]) -> dict[str, Any]:
    r = line.first
    e = ended[r.disclosure_id].ended if r.disclosure_id in ended else None
    return {
        "disclosure_id": r.disclosure_id,
        "date": r.day.isoformat(),
        "recipient": r.recipient.as_dict(),
        "description": r.description,
        "purpose": r.purpose,
        "basis": r.basis_summary,
        "exclusion": r.exclusion or None,
        "count": line.count,
        "last_date": line.last_day.isoformat(),
        # The signed data says what the page prints; an entry without a period keeps its old shape.
        **({"authorization_period": r.extra["authorization_period"]} if relied_period(r.extra) else {}),
        # Made after its authorization ended: the signed data says so, as the page does.
        **({"authorization_ended": {"how": e.how, "on": e.ended_on.isoformat(),
                                    "signed_on": e.signed_on.isoformat() if e.signed_on else None,
                                    # The day of the disclosure, which came first not known.
                                    **({"same_day": True} if ended[r.disclosure_id].same_day else {})}}
           if e else {}),
    }


def _subject(vault: Vault, client_id: str) -> tuple[str, str, date | None]:
    """(name, chart number, birth date) of a client, or of a destroyed chart whose compliance records are
    kept: an accounting covers six years, longer than some charts are kept (164.528, 164.530(j))."""
    found = clinical_clients.get(vault.records, client_id) if isinstance(client_id, str) else None
    if found is not None:
        return found.legal_name, found.chart_number, found.date_of_birth
    kept = compliance.identity(vault, client_id) if isinstance(client_id, str) else None
    if kept is None:
        require_client(vault, client_id)  # raises the usual NotFound
        raise NotFound("No client with that id.", code="client.not_found")
    return kept[0], kept[1], None


def content(vault: Vault, acc: Accounting, head: LedgerAnchor, generated_at: str,
            ended: dict[str, EndedBasis]) -> dict[str, Any]:
    _name, chart_number, _born = _subject(vault, acc.client_id)
    return {
        "format": FORMAT,
        "version": 1,
        "vault_id": vault.vault_id,
        "client": {"client_id": acc.client_id, "chart_number": chart_number},
        "as_of": acc.as_of.isoformat(),
        "period_start": acc.period_start.isoformat(),
        "exclusions": acc.exclusions,
        "entries": [_line(x, ended) for x in acc.lines],
        "excluded": [_line(x, ended) for x in acc.excluded],
        "ledger_head": {"seq": head.seq, "mac": head.mac_hex},
        "generated_at": generated_at,
        "public_key": base64.b64encode(vault.public_key).decode(),
    }


def _rows(pdf: StampedPDF, lines: tuple[AccountingLine, ...], *, with_exclusion: bool,
          ended: dict[str, EndedBasis]) -> list[list[str]]:
    rows = []
    for line in lines:
        r = line.first
        when = pdf.day(r.day)
        if line.summarized:
            # 164.528(b)(3): the first in full, the number, the last one's date, all three on the line.
            when += f"\n(the first of {line.count} disclosures; the last on {pdf.day(line.last_day)})"
        gone = ended.get(r.disclosure_id)
        # After its authorization ended, "Basis: authorization A-39512004" named an id the client
        # cannot use and read as if the disclosure was authorized (found in the real app).
        basis = (ended_basis_text(gone.ended, pdf.locale, pdf.day, same_day=gone.same_day) if gone is not None
                 else f"Basis: {basis_text(r.basis_summary, pdf.locale, pdf.day)}" if r.basis_summary else "")
        purpose = r.purpose + (f"\n{basis}" if basis else "")
        period = relied_period(r.extra)
        if period:
            # The dates of information the authorization described, as logged when it went out
            # (164.508(c)(1)(i)): what the client authorized is read beside what was disclosed.
            purpose += f"\nAuthorization's period: information dated {period_text(*period, write=sent_day)}"
        if with_exclusion and r.exclusion:
            purpose += f"\nNot required in the accounting: {r.exclusion}"
        # The ledger keeps the description's days in ISO (signed history); the page, the practice's.
        rows.append([when, "\n".join(x for x in (r.recipient.name, r.recipient.address) if x),
                     description_text(r.description, pdf.locale, pdf.day), purpose])
    return rows


def render(vault: Vault, acc: Accounting, data: dict[str, Any], signature: bytes, *, password: str,
           request_received: date | None, first_in_year: bool, fee: FeeTerms | None = None,
           ended: dict[str, EndedBasis], request_recorded: bool = True) -> bytes:
    """`request_received`: the day of the request, recorded (`request_recorded`) or only given as
    the accounting's date (`--as-of`, the window's "Request received"), or None: neither."""
    profile = practice.load(vault)
    name, chart_number, born = _subject(vault, acc.client_id)
    head = data["ledger_head"]
    footer = f"Ledger head at issue: entry {head['seq']}, {head['mac'][:16]}…  |  Key {fingerprint(vault.public_key)}"
    # The practice's paper; its days ISO 8601, as every English page sent out and the certificates
    # (document_dates.DATE_FORMS["accounting"]): it quotes the exports' ISO descriptions.
    pdf = StampedPDF(None, "Accounting of disclosures", footer_note=footer,
                     locale=document_locale("client", practice.printing_locale(vault)))
    pdf.add_page()
    pdf.heading("Accounting of disclosures of health information")
    pdf.fields([
        ("From", "\n".join(x for x in (profile.practice_name, profile.performer, profile.phone) if x)),
        ("For", f"{name}, chart {chart_number}" + (f", born {pdf.day(born)}" if born else "")),
        # Said, not a bare "-" (found by a walker): one made with no request on file.
        ("Request received",
         # The day given without a request on file is said as given: "none recorded" stood beside a
         # period that ran back from it (round 46).
         pdf.day(request_received) + ("" if request_recorded else " (as given; not recorded as a request)")
         if request_received else "none recorded (made without a request)"),
        ("Period covered", f"{pdf.day(acc.period_start)} to {pdf.day(acc.as_of)} (45 CFR 164.528(a))"),
    ])
    pdf.para(
        "This lists each disclosure of your health information that the law requires us to account for: "
        "the date, who received it (and their address if known), what was disclosed, and why. Repeated "
        "disclosures to the same recipient for the same purpose, on the same legal basis or under the same "
        "authorization, are shown once: the first in full, how many there were, and the date of the last "
        f"({merge_rule.CITATION}).", 9.5,
    )
    pdf.subheading("Disclosures")
    if acc.lines:
        pdf.grid(["Date", "Recipient", "What was disclosed", "Purpose"],
                 _rows(pdf, acc.lines, with_exclusion=False, ended=ended))
    else:
        pdf.para("No disclosures that the law requires us to list were made in this period.")
    if acc.exclusions == "list":
        pdf.subheading("Other disclosures (listed for completeness; the rule does not require them)")
        if acc.excluded:
            pdf.grid(["Date", "Recipient", "What was disclosed", "Purpose"],
                     _rows(pdf, acc.excluded, with_exclusion=True, ended=ended))
        else:
            pdf.para("None.")
    pdf.para(fee_statement(fee or FeeTerms(), first_in_year, pdf.locale, pdf.day), 9)
    pdf.subheading("How to check this report")
    pdf.para(
        f"This report was produced from the practice's tamper-evident disclosure ledger at entry {head['seq']} "
        f"(chain head {head['mac']}). It is signed with the practice's Ed25519 key, fingerprint "
        f"{fingerprint(vault.public_key)}. The signed data is embedded as accounting.json with its signature "
        "accounting.sig; the file itself is signed in the accompanying .sig file.", 8.5,
    )
    pdf.para("Signature (Ed25519, base64): " + base64.b64encode(signature).decode(), 7.5)
    body = chain.canonical(data)
    return finish(pdf, password=password, attachments=[
        ("accounting.json", body, "The accounting as signed data"),
        ("accounting.sig", base64.b64encode(signature), "Ed25519 signature of accounting.json (base64)"),
    ])


@dataclass(frozen=True)
class AccountingReport:
    accounting: Accounting
    path: Path
    signature_path: Path
    sha256: str
    ledger_head: LedgerAnchor
    ledger_seq: int
    # The disclosures it lists that were made after the authorization they claimed had ended.
    ended_bases: tuple[EndedBasis, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "signature_path": str(self.signature_path), "sha256": self.sha256,
            "entries": len(self.accounting.lines), "excluded": len(self.accounting.excluded),
            "period_start": self.accounting.period_start.isoformat(), "as_of": self.accounting.as_of.isoformat(),
            "ledger_head": {"seq": self.ledger_head.seq, "mac": self.ledger_head.mac_hex},
            "ledger_seq": self.ledger_seq,
        }


def _first_in_year(vault: Vault, client_id: str, as_of: date) -> bool:
    """The client's first accounting in the 12 months to `as_of` (domain/accounting_terms.first_in_twelve_months)."""
    return first_in_twelve_months(as_of, (date.fromisoformat(str(e.payload["as_of"]))
                                          for e in vault.ledger.entries(kinds=("accounting.provided",))
                                          if e.payload.get("client_id") == client_id))


def produce(
    vault: Vault,
    client_id: str,
    *,
    out: Path,
    password: str,
    as_of: date | str | None = None,
    exclusions: ExclusionMode = "list",
    summarize: bool = True,
    request_id: str | None = None,
    since: date | str | None = None,
    fee: FeeTerms | None = None,
    clock_is_right: bool = False,
) -> AccountingReport:
    """Build, sign, encrypt and write the accounting; log it; close the client's request if named.

    `since`: the shorter period the client asked for (164.528(a)(3)). `fee`: a fee for a second
    accounting within 12 months, with its advance notice and the client's choice (164.528(c)(2)).
    `clock_is_right`: as build's."""
    req = None
    if request_id:
        req = requests.get_request(vault, request_id)
        if req.kind != "accounting" or req.client_id != client_id:
            raise InvalidInput("That request is not this client's request for an accounting.",
                               code="accounting.other_client_request")
        req.check_open()
    day = parse_date(as_of, "accounting date", field="accounting_date") or (req.received_on if req else today())
    out = output_file.checked(Path(out), "accounting", overwrite=None, beside=(".sig",))
    sig_path = out.with_name(out.name + ".sig")
    fee = fee or FeeTerms()
    first = _first_in_year(vault, client_id, day)
    problems = fee_problems(fee, first_in_year=first, produced_on=today())
    if problems:
        raise RefusedByPolicy(" ".join(problems), code="accounting.fee_refused", parts=problems)
    acc = build(vault, client_id, as_of=day, exclusions=exclusions, summarize=summarize,
                since=parse_date(since, "start of the period asked for", field="period_start"),
                clock_is_right=clock_is_right)
    head = vault.ledger.head()
    gone = _authorizations_ended(vault, client_id)
    ended = _ended_bases(acc, gone, _orders(vault, client_id, gone))
    data = content(vault, acc, head, datetime.now(UTC).isoformat(timespec="seconds"), ended)
    signature = vault.sign(chain.canonical(data))
    pdf = render(vault, acc, data, signature, password=password,
                 request_received=req.received_on if req else day if as_of else None,
                 request_recorded=req is not None, first_in_year=first, fee=fee, ended=ended)
    sha = hashlib.sha256(pdf).hexdigest()
    detached = {
        "format": FORMAT + " (file signature)", "file": out.name, "sha256": sha,
        "signature": base64.b64encode(vault.sign(pdf)).decode(),
        "public_key": base64.b64encode(vault.public_key).decode(),
        "ledger_head": {"seq": head.seq, "mac": head.mac_hex},
    }
    atomic_write(out, pdf, what="writing the accounting")
    atomic_write(sig_path, json.dumps(detached, indent=2).encode(), what="writing the accounting's signature")
    entry = vault.ledger.append("accounting.provided", {
        "client_id": client_id, "request_id": request_id, "as_of": day.isoformat(), "sha256": sha,
        "entries": len(acc.lines), "excluded": len(acc.excluded), "ledger_head_seq": head.seq,
        "hidden_by_suspension": acc.hidden_by_suspension, "withheld": acc.withheld,
        "period_start": acc.period_start.isoformat(), "fee": fee.as_dict(),
    })
    if req is not None:
        requests.grant_request(vault, req.id, decided_on=today(), granted="accounting of disclosures provided")
    return AccountingReport(acc, out, sig_path, sha, head, entry.seq, tuple(ended.values()))


def verify_file(pdf_path: Path, sig_path: Path, public_key: bytes) -> bool:
    """Check a report with the practice's public key alone (no vault, no password)."""
    data = Path(pdf_path).read_bytes()
    try:
        sig = json.loads(Path(sig_path).read_text())
        raw = base64.b64decode(sig["signature"], validate=True)
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return sig.get("sha256") == hashlib.sha256(data).hexdigest() and signing.verify(public_key, data, raw)


def verify_embedded(pdf_path: Path, password: str, public_key: bytes) -> dict[str, Any]:
    """Open the report with its password and check the embedded, signed accounting data."""
    with pikepdf.open(pdf_path, password=password) as doc:
        body = doc.attachments["accounting.json"].get_file().read_bytes()
        signature = base64.b64decode(doc.attachments["accounting.sig"].get_file().read_bytes())
    if not signing.verify(public_key, body, signature):
        raise RefusedByPolicy("The accounting's embedded signature does not match its data.")
    return dict(json.loads(body))


# --- suspensions (164.528(a)(2)) -------------------------------------------------------
def add_suspension(
    vault: Vault, client_id: str, *, agency: str, starts_on: date | str, ends_on: date | str | None = None,
    written: bool = True, reference: str = "",
) -> Suspension:
    require_client(vault, client_id)
    s = rules.new_suspension(
        id="S-" + secrets.token_hex(4), client_id=client_id, agency=agency,
        starts_on=require_date(starts_on, "start of the suspension"),
        ends_on=parse_date(ends_on, "end of the suspension", field="suspension_end"),
        written=written, reference=reference,
    )
    with vault.records.transaction():
        store.insert_suspension(vault.records, s, now_iso())
    vault.ledger.append("accounting.suspended", {
        "suspension_id": s.id, "client_id": client_id, "starts_on": s.starts_on.isoformat(),
        "ends_on": s.ends_on.isoformat(), "written": written,
        # Whole, so a restore over this vault can carry it (services/restore_carried.py).
        "agency": s.agency, "reference": s.reference,
    })
    return s


def list_suspensions(vault: Vault, client_id: str) -> list[Suspension]:
    require_client(vault, client_id)
    return store.suspensions_for(vault.records, client_id)


def end_suspension(
    vault: Vault, client_id: str, suspension_id: str, *, ends_on: date | str | None = None
) -> Suspension:
    found = next((s for s in list_suspensions(vault, client_id) if s.id == suspension_id), None)
    if found is None:
        raise NotFound("No suspension with that id for this client.", code="accounting.suspension_not_found")
    day = require_date(ends_on or today(), "end of the suspension")
    if day < found.starts_on:
        raise InvalidInput("The suspension cannot end before it started.",
                           code="accounting.suspension_end_before_start", field="suspension_end")
    with vault.records.transaction():
        store.end_suspension(vault.records, suspension_id, day)
    vault.ledger.append("accounting.suspension_ended", {"suspension_id": suspension_id, "client_id": client_id,
                                                         "ends_on": day.isoformat()})
    return Suspension(found.id, found.client_id, found.agency, found.starts_on, day, found.written, found.reference)


__all__ = [
    "AccountingReport",
    "EndedBasis",
    "add_suspension",
    "build",
    "end_suspension",
    "fingerprint",
    "list_suspensions",
    "produce",
    "verify_embedded",
    "verify_file",
]
