"""A reprinted notice of closure is named in the language the letter was written in, as its words
are (they are the kept letter's, never made again). Found: a client's letters switched from Spanish
to English after the notice went; the reprint of the Spanish letter was saved as
"closure-notice-…-copy.pdf", and the other way round."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.closure_caseload import CONTACT, CUSTODIAN
from vault_app.domain.closure_notice import checked_details
from vault_app.services import clients, closure_letters_kept, closure_notice
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("written_in", "now_in", "name"), [
    ("es", "en", "aviso-de-cierre-{chart}-copia.pdf"),
    ("en", "es", "closure-notice-{chart}-copy.pdf"),
    ("es", "es", "aviso-de-cierre-{chart}-copia.pdf"),
])
def test_the_reprint_is_named_in_the_letters_language(vault: Vault, tmp_path: Path, written_in: str, now_in: str,
                                                       name: str) -> None:
    fx.set_practice(vault)
    client = clients.create_client(vault, "Ana Ruiz", letters_in=written_in)
    clients.update_client(vault, client.client_id, contact={"address": "4 Home St"})
    details = checked_details(fx.today() + timedelta(days=40), CUSTODIAN, CONTACT)
    closure_notice.write_one(vault, client.chart_number, details, tmp_path / "sent.pdf", password=fx.PASSWORD)
    clients.update_client(vault, client.client_id, letters_in=now_in)
    folder = tmp_path / "copies"
    folder.mkdir()
    path = closure_notice.reprint_into(vault, client.chart_number, folder, password=fx.PASSWORD)
    assert path.name == name.format(chart=client.chart_number)
    assert fx.pdf_text(path) == fx.pdf_text(tmp_path / "sent.pdf"), "the letter as it was sent"
    assert closure_letters_kept.letters(vault, client.client_id)[-1].language == written_in
