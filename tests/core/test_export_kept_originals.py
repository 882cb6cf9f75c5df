"""An export that names an original PDF kept from a discarded psychotherapy draft: refused,
whatever the basis, with why (it is what is left of a draft never signed here, and a draft is
never disclosed, domain/disclosure_scope.py), nothing logged, nothing written, in the service
and on the command line. Found: it was refused as an id "not of this client", which it is.

The export wizard does not offer them and says where they are (tests/gui/test_export_kept_originals_gui.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_destroy_notes_kept_originals import _kept_pdf
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import disclosure_gate, export
from vault_app.services.vault import Vault

# A basis psychotherapy notes may go on (45 CFR 164.508(a)(2)(ii); 164.512(g)(1)): the kept PDF is refused alone.
CORONER = {"office": "County ME", "official": "Dr. ME"}


def test_a_kept_pdf_is_refused_as_a_draft_with_a_signed_note_beside_it(psy_vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(psy_vault, with_psychotherapy=True, n=1)
    kept_id, _draft, _data = _kept_pdf(psy_vault, chart.client_id, "770101")
    # The same request with the signed note alone passes the gate: the kept PDF is what is refused.
    alone = fx.request(chart.client_id, kind="psychotherapy", note_ids=(chart.psychotherapy[0],),
                       basis="coroner", evidence=CORONER)
    assert disclosure_gate.check(psy_vault, alone).allowed
    start = psy_vault.ledger.head().seq
    both = fx.request(chart.client_id, kind="psychotherapy", note_ids=(chart.psychotherapy[0], kept_id),
                      basis="coroner", evidence=CORONER)
    with pytest.raises(RefusedByPolicy) as refused:
        export.export(psy_vault, both, out=tmp_path / "out.pdf", password="long enough password")
    assert refused.value.code == "disclosure.kept_original_not_disclosed"
    assert refused.value.params == {"count": 1}
    assert "never signed here" in refused.value.message and "import a readable copy" in refused.value.hint
    assert not (tmp_path / "out.pdf").exists()
    assert psy_vault.ledger.head().seq == start  # nothing logged, nothing to account for


def test_the_command_line_says_why(psy_vault: Vault, vault_dir: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(psy_vault, with_psychotherapy=True, n=1)
    kept_id, _draft, _data = _kept_pdf(psy_vault, chart.client_id, "770102")
    psy_vault.lock()
    court = tmp_path / "coroner.json"
    court.write_text(json.dumps(CORONER))
    done = cli(capsys, monkeypatch, "export", "--vault", str(vault_dir), "--client", chart.client_id,
               "--kind", "psychotherapy", "--notes", f"{chart.psychotherapy[0]},{kept_id}", "--basis", "coroner",
               "--evidence", str(court), "--recipient", "Court clerk", "--purpose", "death investigation",
               "--out", str(tmp_path / "out.pdf"), "--check-only")
    assert done.code == 6, (done.out, done.err)
    assert "1 of the selected ids are original PDFs kept from discarded psychotherapy drafts" in done.err
    assert "import a readable copy" in done.err
    assert not (tmp_path / "out.pdf").exists()
