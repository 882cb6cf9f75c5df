"""The notice a disclosed record carries depends on who receives it (domain/recipient_notices).

Found by two walkers: the client's own access copy (45 CFR 164.524) told the client "do not
redisclose it except as the law permits", and a Part 2 client's own copy carried the 42 CFR 2.32
notice that forbids its recipient to use the record. Both are for a third party; the client may
do what they like with their own records. Read back from real PDFs with pypdf."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import recipient_notices as rn
from vault_app.services import export, requests
from vault_app.services.pdf_export import PART2_NOTICE
from vault_app.services.vault import Vault

THIRD_PARTY_BASES = ("authorization", "court_order", "required_by_law", "health_oversight", "legal_defense",
                     "coroner", "treatment", "payment", "national_security", "serious_threat", "training")


@pytest.mark.parametrize(("basis", "part2", "redisclosure", "part2_notice"), [
    ("client_access", False, False, False),
    ("client_access", True, False, False),  # the Part 2 notice binds a recipient, not the patient (42 CFR 2.23)
    *[(b, False, True, False) for b in THIRD_PARTY_BASES],
    *[(b, True, True, True) for b in THIRD_PARTY_BASES],  # 42 CFR 2.32 on every Part 2 disclosure to another
])
def test_which_notice_each_receiver_gets(basis: str, part2: bool, redisclosure: bool, part2_notice: bool) -> None:
    notices = rn.notices_for(basis, part2=part2)
    assert notices.redisclosure_warning is redisclosure
    assert notices.part2_notice is part2_notice
    assert notices.citation  # every rule says where it comes from
    assert ("redisclose" in notices.cover) is redisclosure
    assert ("your own" in notices.cover) is (basis == "client_access")


@pytest.mark.parametrize(("basis", "receiver"), [("client_access", "client"), ("payment", "third_party"),
                                                 ("authorization", "third_party"), ("court_order", "third_party"),
                                                 ("something_new", "third_party")])
def test_who_receives_a_disclosure(basis: str, receiver: str) -> None:
    # An unknown basis gets the third party's warning: the stricter wording, never the client's.
    assert rn.receiver_of(basis) == receiver


def _access_copy(vault: Vault, tmp_path: Path, *, part2: bool) -> Path:
    chart = fx.make_chart(vault, n=1, part2=part2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                             description="copy of my notes")
    out = tmp_path / "mine.pdf"
    export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), basis="client_access",
                                    evidence={"request_id": q.id}, recipient=fx.Recipient("Alex Testclient", "home"),
                                    purpose="at the request of the individual"), out=out, password=fx.PASSWORD)
    return out


@pytest.mark.parametrize("part2", [False, True])
def test_the_clients_own_copy_carries_no_redisclosure_warning(vault: Vault, tmp_path: Path, part2: bool) -> None:
    out = _access_copy(vault, tmp_path, part2=part2)
    pages = fx.pdf_text(out)
    text = " ".join(pages)
    assert "redisclose" not in text and "Use it only for the purpose" not in text
    assert "your own health information" in pages[0] and "45 CFR 164.524" in pages[0]
    assert " ".join(PART2_NOTICE.split())[:80] not in text
    assert "further use or disclosure is prohibited" not in text
    with pikepdf.open(out, password=fx.PASSWORD) as doc:
        data = json.loads(doc.attachments["record.json"].get_file().read_bytes())
    assert data["part2_notice"] is None


def test_a_third_party_still_gets_the_warning(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "sent.pdf"
    export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                  out=out, password=fx.PASSWORD)
    first = fx.pdf_text(out)[0]
    assert "do not redisclose it except as the law permits" in first
    assert "your own health information" not in first
