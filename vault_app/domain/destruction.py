"""Destruction rules and the destruction certificate model. Pure: no I/O.

The certificate follows what AHIMA's sample certificate and NIST SP 800-88
(Appendix G of Rev. 1) ask for. It is kept in the ledger and leaves the vault as
canonical JSON signed with the vault's Ed25519 key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from vault_app.domain.errors import ExitCode, Problem, VaultCorrupt
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

Scope = Literal["chart", "psychotherapy_notes"]
BasisKind = Literal["retention", "permission", "override"]
BASIS_KINDS: tuple[BasisKind, ...] = ("retention", "permission", "override")
MIN_OVERRIDE_REASON = 15
MIN_REASON = MIN_OVERRIDE_REASON  # an override's, or an early destruction's

CERTIFICATE_FORMAT = "vault-app-destruction-certificate"
CERTIFICATE_VERSION = 1
SIGNED_FORMAT = "vault-app-signed-destruction-certificate"


class DestructionNotVerified(VaultCorrupt):
    """Content of a destroyed chart was still found after destruction."""

    exit_code = ExitCode.CORRUPT
    kind = "destruction-not-verified"


@dataclass(frozen=True)
class Basis:
    kind: BasisKind
    permission_sha256: str | None = None
    permission_bytes: int | None = None
    override_reason: str | None = None
    # Destruction on the client's permission before the retention minimum: the therapist's reason.
    early_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.permission_sha256:
            out["permission_sha256"] = self.permission_sha256
            out["permission_bytes"] = self.permission_bytes
        if self.override_reason:
            out["override_reason"] = self.override_reason
        if self.early_reason:
            out["early_reason"] = self.early_reason
        return out


@dataclass(frozen=True)
class DestructionFacts:
    """What the rules need to decide; gathered by the service."""

    chart_number: str
    scope: Scope
    active_holds: tuple[str, ...]
    open_requests: tuple[str, ...]
    eligible_on: date | None
    today: date
    missing_note_ids: tuple[str, ...] = ()
    nothing_to_destroy: bool = False
    retention_source: str = ""  # the statute (or guidance) the policy comes from, as the preset states it
    locale: str = DEFAULT_LOCALE  # the practice's: a refusal's dates are written as the practice writes them
    # The first day of the end of therapy the policy's preset applies to, when this chart ended before it
    # (domain/retention.evaluate), and the chart's last contact: not eligible on that preset's basis.
    uncovered_from: date | None = None
    last_contact: date | None = None
    # The rule's numbers (domain/retention.RetentionStatus years, after_age), for the day said with its why:
    # N years after turning `rule_after_age` (the minors' rule), or after the last contact; 0: not known.
    rule_years: int = 0
    rule_after_age: int | None = None


@dataclass(frozen=True)
class EarlyDestruction:
    """A destruction before the end of the retention period: what it departs from and what must be
    written down. `until` is the day the policy says the chart may go (None: it cannot be computed);
    `rule` the retention rule's citation as the practice recorded it ("" when none is recorded);
    `reason_field` the basis's field that must hold why it goes early (at least MIN_OVERRIDE_REASON
    characters): the permission's early reason, or the override's own reason."""

    kind: BasisKind
    until: date | None
    rule: str
    reason_field: Literal["early_reason", "override_reason"]


def early_destruction(kind: str, eligible_on: date | None, today: date, rule: str = "") -> EarlyDestruction | None:
    """Is a destruction on `kind` before the retention end, and what must then be recorded? None
    when it is not early, or when the basis is the retention period itself (refused before its end).
    On any other basis the minimum still stands: a client's written permission does not shorten a
    period set by state law or a licensing board (e.g. Cal. Bus. & Prof. Code 2919 or 4980.49; the
    APA Record Keeping Guidelines where no statute is chosen), nor does an override; so each says it is early, names the
    rule it departs from, and asks for the reason (found: the override asked only for 15 characters
    of a chart the page before said "must be kept until 12/05/2033")."""
    if kind not in ("permission", "override") or (eligible_on is not None and eligible_on <= today):
        return None
    return EarlyDestruction("permission" if kind == "permission" else "override", eligible_on, rule.strip(),
                            "early_reason" if kind == "permission" else "override_reason")


def early_reason_given(early: EarlyDestruction, basis: Basis) -> bool:
    """The reason an early destruction must record is written down (at least MIN_OVERRIDE_REASON characters)."""
    text = basis.early_reason if early.reason_field == "early_reason" else basis.override_reason
    return len((text or "").strip()) >= MIN_OVERRIDE_REASON


def early_warning(facts: DestructionFacts, basis: Basis, *, iso: bool = False) -> str:
    """What an early destruction (early_destruction) says, naming the retention rule it departs
    from; "" when it is not early. Its date in the practice's format; ISO with `iso`, as the signed
    certificate keeps it."""
    early = early_destruction(basis.kind, facts.eligible_on, facts.today, facts.retention_source)
    if early is None:
        return ""
    day = "" if early.until is None else (early.until.isoformat() if iso else date_text(early.until, facts.locale))
    until = f"until {day}" if early.until else "for a period that cannot be computed"
    source = early.rule or "your retention policy"
    if early.kind == "permission":
        return (f"Chart {facts.chart_number} must be kept {until} under {source}. A client's written permission does "
                "not shorten a retention period set by state law or your licensing board; destroying earlier may "
                "breach it.")
    return (f"Chart {facts.chart_number} must be kept {until} under {source}. This destruction is early: an override "
            "departs from that rule and does not shorten it; destroying earlier may breach it.")


# The client's-permission name it had before an override before the end said so too.
early_permission_warning = early_warning


# The retention not met yet, by what is to be destroyed (the sentence names it).
RETENTION_NOT_MET_CODE: dict[str, str] = {
    "chart": "destruction.retention_not_met", "psychotherapy_notes": "destruction.retention_not_met.notes",
}
# The same, naming the rule's source (written out whole: the words' check finds codes in the source).
RETENTION_NOT_MET_SOURCE_CODE: dict[str, str] = {
    "chart": "destruction.retention_not_met.source",
    "psychotherapy_notes": "destruction.retention_not_met.notes.source",
}
# Destroying early on the client's permission, by what is known: (the last day to keep, the source).
EARLY_REASON_CODE: dict[tuple[bool, bool], str] = {
    (True, True): "destruction.early_needs_reason.until.source",
    (True, False): "destruction.early_needs_reason.until",
    (False, True): "destruction.early_needs_reason.source",
    (False, False): "destruction.early_needs_reason",
}
# An override before the end, by the same.
EARLY_OVERRIDE_REASON_CODE: dict[tuple[bool, bool], str] = {
    (True, True): "destruction.early_override_needs_reason.until.source",
    (True, False): "destruction.early_override_needs_reason.until",
    (False, True): "destruction.early_override_needs_reason.source",
    (False, False): "destruction.early_override_needs_reason",
}


def _day_why(facts: DestructionFacts) -> list[str]:
    """Why the chart is kept until that day, in the rule's numbers ([] when they are not known)."""
    if not facts.rule_years:
        return []
    if facts.rule_after_age is not None:
        return [Problem(f"That day is {facts.rule_years} years after the client turned {facts.rule_after_age}.",
                        code="destruction.retention_day.minor",
                        params={"years": facts.rule_years, "age": facts.rule_after_age})]
    if facts.last_contact is None:
        return []
    last = date_text(facts.last_contact, facts.locale)
    return [Problem(f"That day is {facts.rule_years} years after the last contact ({last}).",
                    code="destruction.retention_day.adult", params={"years": facts.rule_years, "last": last})]


def refusals(facts: DestructionFacts, basis: Basis, confirmation: str) -> list[str]:
    """Every reason the destruction may not go ahead, in plain words (empty: allowed): each a
    Problem, said by its code in the screen's language (the hold's reasons by their count only)."""
    out: list[str] = []
    chart = facts.chart_number
    notes = facts.scope != "chart"
    what = "these psychotherapy notes" if notes else "this chart"
    if facts.active_holds:
        out.append(Problem(
            f"Chart {chart} is under a legal hold ({', '.join(facts.active_holds)}); "
            "records under a hold must not be destroyed. Release the hold first if it has ended.",
            code="destruction.under_hold", params={"chart": chart, "count": len(facts.active_holds)},
        ))
    if facts.open_requests:
        requests = ", ".join(facts.open_requests)
        out.append(Problem(
            f"Chart {chart} has an open client request ({requests}); finish it before destroying any records.",
            # Counted, not listed: each is named in English words ("access request received ...").
            code="destruction.open_request", params={"chart": chart, "count": len(facts.open_requests)},
        ))
    if facts.missing_note_ids:
        out.append(Problem(
            f"{len(facts.missing_note_ids)} of the selected notes are not psychotherapy notes of chart {chart}.",
            code="destruction.notes_not_of_chart", params={"chart": chart, "count": len(facts.missing_note_ids)},
        ))
    if facts.nothing_to_destroy:
        out.append(Problem("There is nothing left to destroy in the selection.", code="destruction.nothing_left"))
    if basis.kind == "retention":
        if facts.uncovered_from is not None:
            start = date_text(facts.uncovered_from, facts.locale)
            last = date_text(facts.last_contact, facts.locale) if facts.last_contact else "-"
            rule = facts.retention_source.strip() or "the retention policy's preset"
            out.append(Problem(
                f"Chart {chart} is not eligible on its retention period: {rule} applies to therapy ended on or "
                f"after {start}, and this chart's last contact was {last}. The app's sources do not say what "
                "applied before; ask your licensing board before destroying it. To destroy it, attach the client's "
                "written permission or document an override with its reason.",
                code="destruction.retention_uncovered",
                params={"chart": chart, "rule": rule, "start": start, "last": last},
            ))
        elif facts.eligible_on is None:
            out.append(Problem(
                f"The retention period of chart {chart} cannot be computed (no contact date), "
                "so it is not eligible. Attach the client's written permission or document an override.",
                code="destruction.retention_unknown", params={"chart": chart},
            ))
        elif facts.eligible_on > facts.today:
            day = date_text(facts.eligible_on, facts.locale)
            # The rule named, as the early override and permission name it (a walker read "under the
            # retention policy", then one step on "under 8 NYCRR 29.2(a)(3)").
            rule = facts.retention_source.strip()
            named: dict[str, str] = {"source": rule} if rule else {}
            out.append(Problem(
                f"Chart {chart} must be kept until {day} under {rule or 'the retention policy'}; {what} cannot be "
                "destroyed on that basis yet. Attach the client's written permission or document an override with "
                "its reason.",
                code=(RETENTION_NOT_MET_SOURCE_CODE if rule else RETENTION_NOT_MET_CODE)[facts.scope],
                params={"chart": chart, "day": day, **named},
            ))
            out += _day_why(facts)
    elif basis.kind == "permission" and not basis.permission_sha256:
        out.append(Problem("Destruction on the client's permission needs the signed permission document attached.",
                           code="destruction.permission_missing"))
    early = early_destruction(basis.kind, facts.eligible_on, facts.today, facts.retention_source)
    if early is not None and not early_reason_given(early, basis):
        source: dict[str, str] = {"source": early.rule} if early.rule else {}
        until: dict[str, str] = {"day": date_text(early.until, facts.locale)} if early.until else {}
        codes = EARLY_REASON_CODE if early.kind == "permission" else EARLY_OVERRIDE_REASON_CODE
        out.append(Problem(
            f"{early_warning(facts, basis)} To go ahead anyway, write down why (at least {MIN_OVERRIDE_REASON} "
            "characters).",
            code=codes[bool(until), bool(source)],
            params={"chart": chart, "min": MIN_OVERRIDE_REASON, **until, **source},
        ))
    elif basis.kind == "override" and early is None and len((basis.override_reason or "").strip()) < MIN_REASON:
        out.append(Problem(f"An override needs its reason written down (at least {MIN_OVERRIDE_REASON} characters).",
                           code="destruction.override_needs_reason", params={"min": MIN_OVERRIDE_REASON}))
    if not confirmation_matches(confirmation, chart):
        out.append(Problem(
            f"The confirmation does not name the chart. Type the chart number ({chart}) to confirm.",
            code="destruction.confirmation_mismatch", params={"chart": chart},
        ))
    return out


def confirmation_matches(confirmation: str, chart_number: str) -> bool:
    return bool(confirmation.strip()) and confirmation.strip().casefold() == chart_number.strip().casefold()


# --- the certificate -------------------------------------------------------------------
def canonical_json(data: dict[str, Any]) -> bytes:
    """One byte sequence per document: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


NIST_CATEGORY = "Clear, combined with cryptographic erase"
WHY_NOT_PURGE = (
    "The rows were removed with SQLite's secure_delete, which overwrites freed cells and freed pages with "
    "zeros, and every page of the files, free pages included, was rewritten by the re-encryption below. That is a "
    "logical (Clear) sanitization: it overwrites the data through the file system, which on SSDs and "
    "copy-on-write file systems may leave older physical copies of blocks the app cannot address. The "
    "affected compartments were then re-encrypted under fresh keys and every wrapped copy of the old keys "
    "was removed from the vault header and from the registered backups, so such leftover blocks are "
    "ciphertext under keys that no longer exist (cryptographic erase). NIST SP 800-88 counts "
    "cryptographic erase as Purge only when every copy of the key is destroyed; copies of the vault the "
    "app does not know about (unregistered copies, OS snapshots, the Emergency Kit together with an old "
    "copy of the header) may still hold the old keys, so this certificate claims Clear combined with "
    "cryptographic erase, not Purge."
)
VERIFICATION_METHOD = (
    "Before deletion, search strings were taken in memory from the destroyed records (names, note text "
    "windows, attachment byte windows). Afterwards every page of every compartment and journal was "
    "decrypted with the vault's current keys and searched; in the same read, every byte of them that does "
    "not authenticate under those keys (pages that do not verify, journal headers, partial pages) was "
    "searched as raw bytes, together with the bytes next to it; every other file in the vault folder was "
    "searched whole as raw bytes. Each registered backup was opened with the vault's keys and its "
    "compartments decrypted and searched, its other files searched as raw bytes. Structural "
    "checks confirmed no row anywhere still names the chart (or the destroyed notes), no staged or old "
    "key remains in any header, and the ledger chain verifies."
)
BEYOND_REACH = (
    "Copies disclosed before the destruction (listed below from the ledger) are held by their recipients "
    "and are not affected.",
    "Exported or printed copies, and any copy of the vault or its backups the app did not create or "
    "register (manual file copies, cloud-sync folders, OS-level snapshots such as Time Machine, Windows "
    "File History or file-system snapshots), were not reachable. Such a copy made before this destruction "
    "still contains the records together with the keys that decrypt them. Copies of the vault the app made "
    "itself but did not purge (a restore's safety copy, a backup restored beside the vault) are named in "
    "this certificate where the vault's ledger records them; a copy restored with no vault open or known "
    "to the app is not.",
    "On SSDs and copy-on-write file systems, wear-levelling and relocation may keep earlier physical "
    "copies of encrypted pages; they are ciphertext under keys that were destroyed.",
    "Python cannot reliably wipe strings from memory: content read while destroying may persist in this "
    "process's memory until it exits, and in swap or hibernation files the OS controls.",
)

# Said only for a chart with records the import map names (counts["import_map"]): the export,
# client list or folder of scans an import read was never changed by it, and the vault cannot
# reach it (docs/import.md asks the therapist to delete it once the import is checked).
IMPORTED_SOURCE = (
    "Records of this chart were brought in by an import from a previous system. The export, client list "
    "or folder of scans they were imported from was only read, never changed: if it is still kept (a "
    "downloads folder, a ZIP, a synced cloud folder), it holds them in plain text and was not reachable."
)


def beyond_reach(counts: dict[str, int]) -> list[str]:
    """The certificate's statement of what it could not reach, for a chart with these counts."""
    return [*BEYOND_REACH, *((IMPORTED_SOURCE,) if counts.get("import_map") else ())]


ROLES_CITATION = "NIST SP 800-88 (performed by / validated by); AHIMA sample certificate (authorized by)"


def roles_warning(authorized_by: str | None, performed_by: str, verified_by: str | None) -> str:
    """One person in every role is allowed (a solo practice) but the certificate says so."""
    names = {" ".join((n or "").casefold().replace(",", " ").split()) for n in (authorized_by, performed_by,
                                                                                 verified_by)}
    if len(names) > 1:
        return ""
    return ("One person authorized, performed and verified this destruction. NIST SP 800-88 expects the "
            "verification to be validated by someone other than the person who performed it where possible; "
            "in a solo practice, name a witness or colleague as verifier when you can.")


@dataclass(frozen=True)
class DestructionCertificate:
    certificate_id: str
    vault_id: str
    performed_by: str
    started_at: str
    completed_at: str
    client_id: str
    chart_number: str
    scope: Scope
    record_types: tuple[str, ...]
    counts: dict[str, int]
    inclusive_dates: dict[str, str | None]
    note_ids: tuple[str, ...]
    basis: dict[str, Any]
    method_steps: tuple[dict[str, Any], ...]
    tool: str
    verification: dict[str, Any]
    started_seq: int
    disclosed_copies: tuple[dict[str, Any], ...]
    witness: str | None = None
    resumed_after_interruption: bool = False
    unreachable_backups: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    # AHIMA's authorizing manager and NIST SP 800-88's "validated by"; None on certificates made before them.
    authorized_by: str | None = None
    verified_by: str | None = None

    def statement(self) -> str:
        kind = self.basis.get("kind")
        why = {
            "retention": "in the normal course of business, after the retention period of the practice's "
            "retention schedule had ended",
            "permission": "at the client's written request, before the end of the retention period",
            "override": "under a documented override of the retention schedule (reason below)",
        }.get(str(kind), "as documented below")
        return f"{self._what_went()} destroyed {why}."

    def _what_went(self) -> str:
        """What the opening sentence says went: it said "the psychotherapy notes" when a kept
        original PDF went alone (services/destruction.py names those in extra)."""
        if self.scope == "chart":
            return "The chart described below was"
        notes = len(self.note_ids)
        pdfs = len((self.extra.get("kept_original_pdfs") or {}).get("destroyed") or [])
        named = [*(["psychotherapy note" if notes == 1 else "psychotherapy notes"] if notes or not pdfs else []),
                 *(["kept original PDF" if pdfs == 1 else "kept original PDFs"] if pdfs else [])]
        one = notes + pdfs == 1
        return f"The {' and '.join(named)} described below {'was' if one else 'were'}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CERTIFICATE_FORMAT,
            "version": CERTIFICATE_VERSION,
            "certificate_id": self.certificate_id,
            "vault_id": self.vault_id,
            "statement": self.statement(),
            "performed_by": self.performed_by,
            "witness": self.witness,
            **({"roles": {"authorized_by": self.authorized_by, "performed_by": self.performed_by,
                          "verified_by": self.verified_by},
                "roles_warning": roles_warning(self.authorized_by, self.performed_by, self.verified_by)}
               if self.authorized_by or self.verified_by else {}),
            "started_at": self.started_at,
            "completed_at": self.completed_at,
            "records": {
                "client_id": self.client_id,
                "chart_number": self.chart_number,
                "scope": self.scope,
                "record_types": list(self.record_types),
                "counts": dict(sorted(self.counts.items())),
                "inclusive_dates": self.inclusive_dates,
                "note_ids": list(self.note_ids),
            },
            "basis": self.basis,
            "method": {
                "nist_sp_800_88_category": NIST_CATEGORY,
                "why_not_purge": WHY_NOT_PURGE,
                "tool": self.tool,
                "steps": list(self.method_steps),
                "resumed_after_interruption": self.resumed_after_interruption,
            },
            "verification": {"method": VERIFICATION_METHOD, **self.verification},
            "ledger": {"started_seq": self.started_seq},
            "copies_beyond_reach": {
                "disclosed_copies": list(self.disclosed_copies),
                "registered_backups_not_reachable": list(self.unreachable_backups),
                "statement": beyond_reach(self.counts),
            },
            **({"extra": self.extra} if self.extra else {}),
        }
