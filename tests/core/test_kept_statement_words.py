"""The certificate's sentence on kept original PDFs says what went: a kept PDF destroyed alone
(no note chosen) is not said to have gone "with these notes". Found: _kept_statement said so
whatever was chosen, on a certificate whose note list was empty."""

from __future__ import annotations

from tests.core.destruction_helpers import seed_chart
from tests.core.test_destroy_notes_kept_originals import _kept_pdf
from vault_app.services import destruction
from vault_app.services.vault import Vault


def test_a_kept_pdf_destroyed_alone_is_said_to_have_gone_alone(psy_vault: Vault) -> None:
    target = seed_chart(psy_vault, "A", psychotherapy=1)
    _gone_id, gone_draft, _gone = _kept_pdf(psy_vault, target.client_id, "880011")
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number,
                               note_ids=[gone_draft])
    said = cert["extra"]["kept_original_pdfs"]["statement"]
    assert cert["records"]["note_ids"] == []
    assert said.startswith("1 original PDF kept from discarded psychotherapy drafts destroyed")  # as the CLI says
    assert "these notes" not in said and "no note" in said, said


def test_kept_pdfs_destroyed_with_notes_say_so(psy_vault: Vault) -> None:
    target = seed_chart(psy_vault, "B", psychotherapy=1)
    _gone_id, gone_draft, _gone = _kept_pdf(psy_vault, target.client_id, "880012")
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number,
                               note_ids=[target.psychotherapy_note_ids[0], gone_draft])
    said = cert["extra"]["kept_original_pdfs"]["statement"]
    assert said.startswith("1 original PDF kept") and "with these notes" in said, said
