"""The Emergency Kit as a one-page PDF the therapist prints or files away.

It carries the recovery key (the only way back in without the passphrase), the vault id
so the right kit is used, which program opens it and whose practice it is (the practice
settings' names: an executor holding it with the professional will must know both), and plain
instructions. It never carries the passphrase or any client information. Written atomically
with owner-only permissions, in the language the app's screens speak
(services/emergency_kit_words.py); the key is printed the same in each.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE, datetime_text, long_date_text, paper_format, time_text
from vault_app.domain.names import printable_name
from vault_app.services import output_file
from vault_app.services.emergency_kit_words import ENGLISH, KIT_WORDS, kit_words
from vault_app.storage.files import atomic_write

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def practice_of(vault: Vault) -> str:
    """Whose practice the kit opens, from the practice settings: the clinician's name and
    credentials, and the practice's name ("" while none is set). Never a client's."""
    from vault_app.services import practice

    profile = practice.load(vault)
    who = ", ".join(part for part in (profile.clinician_name.strip(), profile.credentials.strip()) if part)
    return " · ".join(part for part in (who, profile.practice_name.strip()) if part)


def _core_font(text: str) -> str:
    """The kit's font (Helvetica) holds Latin-1 only: a practice or folder named in another script
    printed as '?' there, never a kit that cannot be saved."""
    return text.encode("latin-1", "replace").decode("latin-1")


def created_text(created: datetime, locale: str | None, language: str) -> str:
    """The kit's date as the practice writes its dates (Settings: Dates and money) when it has
    chosen how; else as the kit's language writes a date in words (5 de diciembre de 2026, 14:05),
    and English as a US practice does, as the kit always said it."""
    if locale:
        return datetime_text(created, locale)
    if language in KIT_WORDS and language != ENGLISH:
        return f"{long_date_text(created.date(), language)}, {time_text(created, language)}"
    return datetime_text(created, DEFAULT_LOCALE)


class KitBlock(NamedTuple):
    """One piece of the kit, in reading order: what the PDF and a printout (gui/kit_print.py) both
    lay out, so the paper says the same whichever way it was made."""

    kind: Literal["title", "line", "heading", "key", "para", "small"]
    text: str


def kit_blocks(
    *, recovery_key: str, vault_id: str, folder: str, created: datetime | None = None, key_fingerprint: str = "",
    locale: str | None = None, language: str = ENGLISH, replaces_earlier: bool = False, keyring: bool = True,
    practice: str = "",
) -> list[KitBlock]:
    """`locale`: the practice's (its date order), None when it has none yet; `language`: the
    screens' (gui/i18n.current_language); `replaces_earlier`: the kit of Replace every key, which
    says that backups made before it still need the earlier kit; `keyring`: whether the vault keeps
    a device secret in the keyring (without one, "or this computer's keyring loses the vault's
    device secret" named something the vault never had); `practice`: whose records (practice_of),
    said with the program's name. Names as given: the PDF's font narrows them to what it holds."""
    if not recovery_key.strip():
        raise InvalidInput("There is no recovery key to put in the Emergency Kit.")
    created = created or datetime.now()
    moment = created_text(created, locale, language)
    words = kit_words(language)
    who = printable_name(practice).strip()
    blocks = [KitBlock("title", words["title"]), KitBlock("line", words["created"].format(moment=moment)),
              KitBlock("para", words["program"].format(practice=who) if who else words["program_unnamed"]),
              KitBlock("heading", words["recovery_key"])]
    groups = recovery_key.split("-")
    # Two lines of groups keep the key readable when copied by hand.
    half = (len(groups) + 1) // 2
    blocks += [KitBlock("key", line) for line in ("-".join(groups[:half]), "-".join(groups[half:])) if line]
    blocks += [KitBlock("para", words[paragraph])
               for paragraph in ("keep", "forgotten" if keyring else "forgotten_no_keyring", "unchanged")]
    if replaces_earlier:
        # A backup keeps the wraps of its day (services/backup_keys.kit_refused): the kit that
        # said only "destroy the old one" left every older backup without a kit.
        blocks.append(KitBlock("para", words["replaced"].format(moment=moment)))
    blocks.append(KitBlock("heading", words["which_vault"]))
    blocks.append(KitBlock("small", (words["practice"].format(practice=who) + "\n" if who else "")
                           + words["vault_id"].format(vault_id=vault_id) + "\n"
                           + words["folder"].format(folder=printable_name(folder))))
    if key_fingerprint:
        # What an offline checker of destruction certificates compares the key with.
        blocks.append(KitBlock("small", words["fingerprint"].format(fingerprint=key_fingerprint)))
    blocks.append(KitBlock("small", words["hint"]))
    return blocks


def build_pdf(
    *, recovery_key: str, vault_id: str, folder: str, created: datetime | None = None, key_fingerprint: str = "",
    locale: str | None = None, language: str = ENGLISH, replaces_earlier: bool = False, keyring: bool = True,
    practice: str = "",
) -> bytes:
    """The kit (kit_blocks says what each argument is) on one page of the practice's paper."""
    from fpdf import FPDF

    blocks = kit_blocks(recovery_key=recovery_key, vault_id=vault_id, folder=folder, created=created,
                        key_fingerprint=key_fingerprint, locale=locale, language=language,
                        replaces_earlier=replaces_earlier, keyring=keyring, practice=practice)
    pdf = FPDF(format=paper_format(locale or DEFAULT_LOCALE))
    pdf.set_title(blocks[0].text)
    pdf.set_creator("vault-app")
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    previous = ""
    for kind, raw in blocks:
        text = _core_font(raw)
        if kind == "title":
            pdf.set_font("Helvetica", "B", 22)
            pdf.cell(0, 14, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(4)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "key":
            pdf.set_font("Courier", "B", 14)
            pdf.set_fill_color(240, 240, 240)
            pdf.cell(0, 10, text, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
        else:
            if previous == "key" or raw == blocks[-1].text:
                pdf.ln(6)  # clear of the key's grey lines; the closing hint apart
            pdf.set_font("Helvetica", "", 10 if kind == "small" else 11)
            pdf.multi_cell(0, 6 if kind != "line" else 7, text, new_x="LMARGIN", new_y="NEXT")
            if kind != "small":
                pdf.ln(2)
        previous = kind
    return bytes(pdf.output())


def save_pdf(
    path: Path, *, recovery_key: str, vault_id: str, folder: str, created: datetime | None = None,
    key_fingerprint: str = "", locale: str | None = None, language: str = ENGLISH, replaces_earlier: bool = False,
    keyring: bool = True, practice: str = "",
) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    output_file.refuse_kit_places(path)  # the name written, ".pdf" and all, before the key is put in a PDF
    data = build_pdf(recovery_key=recovery_key, vault_id=vault_id, folder=folder, created=created,
                     key_fingerprint=key_fingerprint, locale=locale, language=language,
                     replaces_earlier=replaces_earlier, keyring=keyring, practice=practice)
    atomic_write(path, data, what="saving the Emergency Kit")
    return path


__all__ = ["KitBlock", "build_pdf", "created_text", "kit_blocks", "practice_of", "save_pdf"]
