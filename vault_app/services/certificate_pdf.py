"""The destruction certificate as a PDF (fpdf2), laid out in memory.

It prints what the signed JSON holds, plus how to check it. The PDF itself is
not the proof: the signed JSON is. The PDF names the JSON's signature and the
public-key fingerprint so a reader can match the two.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from vault_app.domain.document_dates import sent_day, sent_moment
from vault_app.domain.locale_format import DEFAULT_LOCALE, paper_format
from vault_app.domain.names import neutralise
from vault_app.domain.plurals import counted
from vault_app.domain.retention_presets import policy_title
from vault_app.services import destruction_backups as backups_step
from vault_app.services.pdf_font_cache import add_bundled_fonts

_FONT = "DejaVu"


def _pdf(locale: str) -> tuple[FPDF, str]:
    pdf = FPDF(format=paper_format(locale))
    pdf.set_title("Certificate of records destruction")
    pdf.set_creator("vault-app")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    try:
        # The DejaVu fonts bundled with the services package print any Latin,
        # Greek or Cyrillic name; without them fall back to a core font.
        add_bundled_fonts(pdf, _FONT)
        return pdf, _FONT
    except (OSError, FileNotFoundError, RuntimeError):
        return pdf, "Helvetica"


class _Writer:
    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.pdf, self.font = _pdf(locale)
        self.pdf.add_page()

    def when(self, stamp: str | None) -> str:
        """A UTC timestamp from the signed JSON on the practice's clock, its zone named, and in
        UTC after it: the reader sees the hour it was where the work was done, an auditor the
        moment the signed JSON holds. (It printed UTC alone: an evening's destruction in
        California was dated the next day.)"""
        return sent_moment(stamp, self.locale, utc=True) if stamp else "-"

    def day(self, value: str | None) -> str:
        return sent_day(value) if value else "?"

    def text(self, value: str) -> str:
        # A stored name or reason with control characters or bidi overrides prints escaped.
        value = neutralise(value)
        if self.font == _FONT:
            return value
        return value.encode("latin-1", "replace").decode("latin-1")

    def title(self, value: str) -> None:
        self.pdf.set_font(self.font, "B", 17)
        self.pdf.multi_cell(0, 9, self.text(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(2)

    def heading(self, value: str) -> None:
        self.pdf.ln(2)
        self.pdf.set_font(self.font, "B", 11)
        self.pdf.multi_cell(0, 6, self.text(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(self, value: str, size: float = 9.5, align: Align = Align.J) -> None:
        self.pdf.set_font(self.font, "", size)
        self.pdf.multi_cell(0, 5, self.text(value), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def field(self, label: str, value: Any) -> None:
        self.pdf.set_font(self.font, "B", 9.5)
        self.pdf.cell(52, 5, self.text(label), new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.pdf.set_font(self.font, "", 9.5)
        self.pdf.multi_cell(0, 5, self.text(str(value) if value not in (None, "") else "-"),
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def mono(self, value: str) -> None:
        self.pdf.set_font("Courier", "", 8)
        self.pdf.multi_cell(0, 4, value.encode("ascii", "replace").decode("ascii"),
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _notes_scope(notes: int, pdfs: int) -> str:
    """Chosen notes, and the kept original PDFs chosen with them (a PDF alone: no "0 notes")."""
    said = [counted(notes, "psychotherapy note")] if notes or not pdfs else []
    return ", ".join([*said, *([counted(pdfs, "kept original PDF")] if pdfs else [])])


# What was done to each kind of copy, in a few words beside its name; the method's whole text is
# printed once below the list (the signed JSON repeats it in every backup's entry).
_METHOD_NAMES = {
    backups_step.FILE_METHOD: "single backup file: rewritten whole under a fresh key",
    backups_step.SNAPSHOT_METHOD: "snapshot of a backup repository: the pages the deletion changed purged, "
                                  "the keys of its time kept",
}


def _backup_result(b: dict[str, Any]) -> str:
    if b.get("status") != "purged":
        return f"{b.get('status', '?')}: {b.get('error') or 'not purged'}"
    if b.get("ok"):
        return "purged and searched: clean"
    return (f"purged and searched: NOT clean (rows remaining: {b.get('rows_remaining')}; key problems: "
            f"{len(b.get('key_problems') or [])})")


def _backups(w: _Writer, verification: dict[str, Any], beyond: dict[str, Any]) -> None:
    """Each registered backup the destruction purged: its file, folder, date, method and result.
    It printed "Backups purged 3" alone, the names and methods being in the signed JSON only."""
    purged = verification.get("backups") or []
    pending = beyond.get("registered_backups_not_reachable") or []
    said = f"{counted(len(purged), 'registered backup')} purged and searched"
    if pending:
        said += (f"; {counted(len(pending), 'registered backup')} not reachable (under \"Copies beyond the "
                 "app's reach\", with the copies the app never registered)")
    w.field("Backups", said)
    methods: list[str] = []
    for b in purged:
        path = PurePath(str(b.get("path", "?")))
        made = f", made {w.when(b['created'])}" if b.get("created") else ""
        method = b.get("method")
        if method and method not in methods:
            methods.append(method)
        lines = [f"- {path.name}{made}: {_backup_result(b)}", f"   folder: {path.parent}"]
        if method:
            lines.append(f"   method ({methods.index(method) + 1}): {_METHOD_NAMES.get(method, 'see below')}")
        reused = b.get("parts_reused") or {}
        if reused:
            lines.append(f"   {counted(len(reused), 'part')} taken from another snapshot's checked purge")
        # Left-aligned: a long folder justified the line before it into scattered words.
        w.para("\n".join(lines), 8.5, align=Align.L)
    for i, method in enumerate(methods, start=1):
        w.para(f"Method ({i}): {method}", 8)


def render(document: dict[str, Any], *, locale: str = DEFAULT_LOCALE) -> bytes:
    """The PDF of a signed certificate, dates and paper in the practice's conventions (the
    signed JSON keeps ISO 8601)."""
    c = document["certificate"]
    records, basis, method = c["records"], c["basis"], c["method"]
    verification, beyond = c["verification"], c["copies_beyond_reach"]
    w = _Writer(locale)
    w.title("Certificate of Records Destruction")
    w.para(c["statement"], 10.5)
    w.heading("Certificate")
    w.field("Certificate id", c["certificate_id"])
    w.field("Vault", c["vault_id"])
    roles = c.get("roles") or {}
    if roles.get("authorized_by"):
        w.field("Authorized by", roles["authorized_by"])
    w.field("Destroyed by", c["performed_by"])
    if roles.get("verified_by"):
        w.field("Verified (validated) by", roles["verified_by"])
    w.field("Witness", c.get("witness"))
    if c.get("roles_warning"):
        w.para(c["roles_warning"], 8.5)
    w.field("Started", w.when(c["started_at"]))
    w.field("Completed", w.when(c["completed_at"]))
    w.heading("Records destroyed (no content is reproduced)")
    w.field("Chart number", records["chart_number"])
    kept_pdfs = (c.get("extra") or {}).get("kept_original_pdfs")
    w.field("Scope", "the whole chart (both compartments, attachments)" if records["scope"] == "chart"
            else _notes_scope(len(records["note_ids"]), len((kept_pdfs or {}).get("destroyed") or [])))
    w.field("Record types", ", ".join(records["record_types"]))
    if kept_pdfs is not None:
        w.field("Kept original PDFs", kept_pdfs["statement"])
        for k in kept_pdfs["destroyed"]:
            w.para(f"- {k['kept_original_id']} (note of {w.day(k['note_date'])}, {k['bytes']} bytes, "
                   f"SHA-256 {k['sha256']})", 8.5)
    w.field("Counts", ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in records["counts"].items()))
    dates = records["inclusive_dates"]
    # Nothing dated in the chart (documents only): said in words, never "? to ?".
    w.field("Inclusive dates", f"{w.day(dates.get('from'))} to {w.day(dates.get('to'))}"
            if dates.get("from") and dates.get("to") else "not recorded")
    w.heading("Basis and authorization")
    w.field("Basis", {"retention": "retention period ended", "permission": "client's written permission",
                      "override": "documented override"}.get(basis["kind"], basis["kind"]))
    # A certificate signed before the policy had its own name carries its numbers only.
    # A rule the therapist stated is cited as hers, not as the preset the numbers started from.
    named = (f"{policy_title(basis['policy_name'])}: {basis.get('policy')}" if basis.get("policy_name")
             else basis.get("policy"))
    w.field("Retention policy", named)
    w.field("Eligible from", w.day(basis.get("eligible_on")) if basis.get("eligible_on") else None)
    if basis.get("permission_sha256"):
        w.field("Permission document", f"SHA-256 {basis['permission_sha256']} ({basis.get('permission_bytes')} bytes)")
    if basis.get("override_reason"):
        w.field("Override reason", basis["override_reason"])
    if basis.get("early_warning"):
        w.field("Before the retention minimum", basis["early_warning"])
        # An override's own reason is why it goes early (domain.destruction.early_destruction).
        w.field("Reason for destroying early", basis.get("early_reason") or basis.get("override_reason"))
    w.field("Confirmed by typing", basis.get("confirmed_chart_number"))
    w.heading("Method (NIST SP 800-88)")
    w.field("Category", method["nist_sp_800_88_category"])
    w.field("Tool", method["tool"])
    w.para(method["why_not_purge"], 8.5)
    for step in method["steps"]:
        at = sent_moment(step["at"], locale, zone=True, seconds=True)
        w.para(f"- {at}  {step['step']}: {step.get('detail', '')}", 8.5)
    if method.get("resumed_after_interruption"):
        w.para("The destruction was interrupted and finished automatically at the next unlock.", 8.5)
    erased = (c.get("extra") or {}).get("attachments")
    if erased:
        w.field("Attachments", "crypto-erased (NIST SP 800-88 Purge)")
        w.field("Chart key fingerprint", erased["chart_key_fingerprint"])
        w.para(erased["method"], 8.5)
    w.heading("Verification")
    w.field("Result", verification["result"].upper())
    content = verification.get("content_search") or {}
    # Certificates from before the eleventh round searched the compartment files raw whole
    # and have no count of the bytes that do not authenticate: their line reads as it did.
    loose = content.get("raw_bytes_not_authenticated_searched")
    in_compartments = "" if loose is None else (
        f"compartment files and journals: every page decrypted, the {counted(loose, 'byte')} that "
        f"{'does' if loose == 1 else 'do'} not authenticate under the current keys as raw bytes; ")
    w.field("Content search", f"{counted(content.get('search_strings', 0), 'search string')}; "
            f"{counted(content.get('files_searched_raw', 0), 'file')} as raw bytes; {in_compartments}"
            f"{counted(content.get('pages_decrypted', 0), 'page')} decrypted; found: {len(content.get('found', []))}")
    struct = verification.get("structural") or {}
    w.field("Structural checks", f"rows remaining: {struct.get('rows_remaining')}; key problems: "
            f"{len(struct.get('key_problems', []))}; ledger verified: {struct.get('ledger_verified')}")
    w.para(verification["method"], 8.5)
    _backups(w, verification, beyond)
    w.heading("Copies beyond the app's reach")
    copies = beyond.get("disclosed_copies") or []
    if copies:
        for copy in copies:
            w.para(f"- {copy['date']}: {copy['recipient']} ({copy['kind']}, ledger entry {copy['ledger_seq']})", 9)
    else:
        w.para("The ledger records no disclosed, exported or printed copy of these records.", 9)
    for pending in beyond.get("registered_backups_not_reachable") or []:
        made = w.when(pending.get("created")) if pending.get("created") else "?"
        w.para(f"- Registered backup not reachable during the destruction (still holds these records until "
               f"purged): {pending['path']}, made {made}", 9)
    for left in verification.get("unfinished_copies_beyond_reach") or []:
        w.para(f"- Beyond reach: an unfinished backup or check, interrupted, may have left a copy of the vault from "
               f"before this destruction in {left['path']} (not reachable during it); connect that drive and start "
               f"the app, or delete that folder's hidden .vault- folders", 9)
    for kept in verification.get("app_copies_not_purged") or []:
        if kept.get("kind") == "copy restored beside":  # destruction_app_copies.COPY_BESIDE
            w.para(f"- Copy of the vault the app made itself, not reached (a backup restored beside the vault, in "
                   f"another folder, or the vault such a restore was made beside: it may still hold these records; "
                   f"destroy them there too, or delete that folder): {kept['path']}", 9)
        elif kept.get("kind") == "backup restored from":  # destruction_app_copies.RESTORED_FROM
            w.para(f"- Backup this vault was restored from, not one of its registered backups, not purged (it holds "
                   f"these records if it is still there; delete that file): {kept['path']}", 9)
        else:
            w.para(f"- Copy of the vault the app made itself, not purged (a restore's safety copy: it may still hold "
                   f"these records; delete the folder once the restored vault is known to be right): {kept['path']}",
                   9)
    for gone in verification.get("app_copies_not_found") or []:
        w.para(f"- Copy of the vault a restore made beside it, no longer in {gone} at the destruction (moved or "
               f"deleted since): if it was moved, it may still hold these records", 9)
    for line in beyond["statement"]:
        w.para(line, 8.5)
    w.heading("How to check this certificate")
    entry = document["ledger_entry"]
    sig = document["signature"]
    w.field("Ledger entry", f"{entry['seq']}, made {w.when(entry['time'])}")
    w.field("Key fingerprint", sig["public_key_fingerprint"])
    w.para("Times are on the clock of the computer that printed this page, its zone named, with UTC in brackets; "
           "the signed JSON keeps them in UTC.", 8.5)
    w.para("The signed JSON file exported with this PDF is the proof. Check it with "
           "'vault-app certificate verify FILE.json'; where the vault is not available, add --signature-only and "
           "either --public-key KEY or --fingerprint FP, with the fingerprint from the practice's Emergency Kit "
           "(not from this page, which anyone could print).", 8.5)
    w.mono("Signature (Ed25519): " + sig["value"])
    return bytes(w.pdf.output())
