"""Issue 14 item 8 (names): control characters, bidirectional overrides and line breaks
are refused at entry in every name-like field, with a clear message that never quotes
the name; names stored before the check are printed escaped in the CLI and in PDFs
(one function, domain/names.py, serves both)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import character_kind, check_name, neutralise, printable_name
from vault_app.services import authorizations, clients, guardians, practice
from vault_app.services.pdf_document import StampedPDF
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import clinical_clients

# --- the pure rule, table-driven ----------------------------------------------------------
ALLOWED = [
    ("Ana María Núñez-Pérez", "Ana María Núñez-Pérez"),
    ("  Zoë O'Brien  ", "Zoë O'Brien"),  # surrounding spaces trimmed
    ("Дмитрий Иванов", "Дмитрий Иванов"),
    ("Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    ("محمد عبد الله", "محمد عبد الله"),  # right-to-left script itself is fine
    ("李小龍", "李小龍"),
    ("Jean-Luc d’Artagnan III", "Jean-Luc d’Artagnan III"),
    ("", ""),  # optional and empty
]

REFUSED = [
    ("Mallory\x1b[2J", "control character"),  # terminal escape (CWE-150)
    ("Bell\x07", "control character"),
    ("Nul\x00byte", "control character"),
    ("Tab\there", "control character"),
    ("Del\x7f", "control character"),
    ("C1\x9bcontrol", "control character"),
    ("Two\nlines", "line break"),  # a forged second line (CWE-117)
    ("Carriage\rreturn", "line break"),
    ("Line\u2028separator", "line break"),
    ("Paragraph\u2029separator", "line break"),
    ("Vertical\x0btab", "line break"),
    ("Next\x85line", "line break"),
    *[(f"Chart {chr(c)}21-C", "text-direction") for c in range(0x202A, 0x202F)],  # LRE RLE PDF LRO RLO
    *[(f"Name {chr(c)}x", "text-direction") for c in range(0x2066, 0x206A)],  # LRI RLI FSI PDI
    ("Mark\u200eLRM", "text-direction"),
    ("Mark\u200fRLM", "text-direction"),
    ("Arabic\u061cmark", "text-direction"),
]


@pytest.mark.parametrize(("value", "expected"), ALLOWED)
def test_names_allowed(value: str, expected: str) -> None:
    assert check_name(value, "legal name") == expected


@pytest.mark.parametrize(("value", "kind"), REFUSED)
def test_names_refused_with_a_clear_message(value: str, kind: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_name(value, "legal name")
    message = caught.value.message
    assert message.startswith("The legal name contains") and kind in message
    # The message names the field and the kind of character, never the text itself.
    assert value not in message and not any(character_kind(ch) for ch in message + caught.value.hint)


@pytest.mark.parametrize(
    ("value", "what", "required", "max_len", "fragment"),
    [
        (None, "guardian name", True, 200, "must not be empty"),
        ("   ", "guardian name", True, 200, "must not be empty"),
        ("x" * 201, "legal name", False, 200, "too long"),
        (42, "legal name", False, 200, "must be text"),
    ],
)
def test_missing_long_or_not_text(value: object, what: str, required: bool, max_len: int, fragment: str) -> None:
    with pytest.raises(InvalidInput, match=fragment):
        check_name(value, what, required=required, max_len=max_len)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stored", "printed", "one_line"),
    [
        ("Plain Name", "Plain Name", "Plain Name"),
        ("Mallory\x1b[2J", "Mallory\\u001b[2J", "Mallory\\u001b[2J"),
        ("a\u202eb", "a\\u202eb", "a\\u202eb"),
        ("x\u2066y\u2069", "x\\u2066y\\u2069", "x\\u2066y\\u2069"),
        ("two\nlines\tand tab", "two\nlines\tand tab", "two\\u000alines and tab"),
        ("cr\rhere", "cr\\u000dhere", "cr\\u000dhere"),
        ("Núñez 李", "Núñez 李", "Núñez 李"),
    ],
)
def test_stored_text_is_neutralised_when_printed(stored: str, printed: str, one_line: str) -> None:
    assert neutralise(stored) == printed
    assert printable_name(stored) == one_line
    assert all(character_kind(ch) is None for ch in printable_name(stored))


# --- every entry point refuses them ----------------------------------------------------------
BAD = "Eve\u202eeromitlaB"


def test_client_names_are_checked_at_entry(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="legal name contains a text-direction"):
        clients.create_client(vault, BAD)
    with pytest.raises(InvalidInput, match="preferred name contains a line break"):
        clients.create_client(vault, "Eve Example", preferred_name="Eve\nAdmin")
    client = clients.create_client(vault, "Eve Example")
    with pytest.raises(InvalidInput, match="legal name contains an invisible control"):
        clients.update_client(vault, client.client_id, legal_name="Eve\x1b]0;x\x07")
    with pytest.raises(InvalidInput, match="legal name contains"):
        clients.create_case(vault, "Couple\u2066X", [client.client_id, clients.create_client(vault, "B").client_id])
    assert clients.get_client(vault, client.client_id).legal_name == "Eve Example"  # nothing was changed


def test_guardian_practice_and_recipient_names_are_checked_at_entry(vault: Vault) -> None:
    client = clients.create_client(vault, "Young Client", date_of_birth="2015-05-05")
    with pytest.raises(InvalidInput, match="guardian name contains"):
        guardians.add_guardian(vault, client.client_id, name="Parent\u202eX", authority="parent")
    with pytest.raises(InvalidInput, match="clinician's name contains a line break"):
        practice.update(vault, clinician_name="Dr. A\nSigned: Dr. B")
    with pytest.raises(InvalidInput, match="practice name contains"):
        practice.update(vault, practice_name="Practice\x1b[31m")
    assert practice.load(vault).clinician_name == ""
    with pytest.raises(InvalidInput, match="phone contains an invisible control character"):
        practice.update(vault, phone="555\x1b[2J0100")
    with pytest.raises(InvalidInput, match="address contains a text-direction override"):
        practice.update(vault, address="1 Main St\nSpringfield \u202eLI")
    with pytest.raises(InvalidInput, match="license number contains a line break"):
        practice.update(vault, license_number="12345\u2028NPI 1234567893")
    assert practice.load(vault).phone == "" and practice.load(vault).address == ""
    kept = practice.update(vault, address=" 1 Main St\nSpringfield, IL 62701 ", phone=" 555-0100 ")
    assert (kept.address, kept.phone) == ("1 Main St\nSpringfield, IL 62701", "555-0100")
    assert practice.update(vault, clinician_name="  Dr. Ana Núñez ").clinician_name == "Dr. Ana Núñez"
    with pytest.raises(InvalidInput, match="recipient's name contains"):
        authorizations.add_authorization(
            vault, client.client_id, description="progress notes for coordination of care",
            covers=["progress"], discloser="Dr. Ana Núñez", recipient_name="Insurer\u202eX",
            purposes=["treatment"], expires_on="2030-01-01", signed_on="2025-01-01", signer_name="Parent Example",
        )


# --- names stored before the check are printed escaped -------------------------------------------
def _store_legacy_name(vault: Vault, name: str) -> str:
    client = clients.create_client(vault, "Placeholder")
    with vault.records.transaction():
        clinical_clients.update(vault.records, replace(client, legal_name=name))
    return client.client_id


def test_a_stored_name_prints_escaped_in_the_cli(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    _store_legacy_name(made.vault, "Old\nName\u202eX")
    made.vault.lock()
    listed = cli_in_process("client", "list", "--vault", str(folder))
    assert listed.code == 0, listed
    assert "\u202e" not in listed.out and "\\u202e" in listed.out


def test_a_stored_name_prints_escaped_in_a_pdf() -> None:
    pdf = StampedPDF(None, "Letter")
    pdf.add_page()
    pdf.para("To: Mallory\u202eeromitlaB and \x1b[2J")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(bytes(pdf.output()))).pages)
    assert "\u202e" not in text and "\x1b" not in text
    assert "\\u202e" in text and "\\u001b" in text and "Mallory" in text


def test_a_stored_clinician_name_prints_escaped_on_a_certificate(psy_vault: Vault) -> None:
    from tests.core.destruction_helpers import seed_chart
    from vault_app.services import certificates, destruction
    from vault_app.services.certificate_pdf import render

    chart = seed_chart(psy_vault, "N")
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    document = certificates.signed_document(psy_vault, cert["certificate_id"])
    # As an older version could have stored the clinician's name (refused at entry today).
    document["certificate"]["performed_by"] = "Dr. Mallory\u202eeromitlaB\x1b[2J, PhD"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    assert "\u202e" not in text and "\x1b" not in text
    assert "Dr. Mallory\\u202eeromitlaB\\u001b[2J" in text.replace("\n", "")


def test_a_restriction_s_recipient_is_checked_at_entry(vault: Vault) -> None:
    from vault_app.services import restrictions

    client = clients.create_client(vault, "Restricted Client")
    with pytest.raises(InvalidInput, match="recipient contains"):
        restrictions.request_restriction(vault, client.client_id, kind="other", description="not to the employer",
                                         requested_on="2026-11-30", recipient="Employer\u202eX")
    assert restrictions.list_restrictions(vault, client.client_id) == []
