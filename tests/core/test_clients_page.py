"""The client list a page at a time (issue 21): pages in the list's order add up to the
whole list, search and the status filter in SQL agree with the Python filter they
replace (Unicode case included), and a page reads its own rows, not the vault's."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backends import fail

from tests.vault_template import VaultTemplates
from vault_app.domain.clinical import ClientSummary
from vault_app.services import clients, clients_page
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients

# Names that sort differently by case and by byte, share words, and need Unicode case folding.
NAMES = ["alma Reyes", "Alma reyes", "ÑUÑO Ibarra", "ñuño Castell", "Zoe Abbott", "Émile Zola", "bo Chen",
         "Bo chen", "Maya Ortiz", "Liam O'Neill"]


def _fill(vault: Vault) -> Vault:
    for i in range(60):
        name = f"{NAMES[i % len(NAMES)]} {i:02d}"
        clients.create_client(vault, name, date_of_birth="1980-01-01")
    for row in clients.list_clients(vault)[::7]:
        clients.discharge(vault, row.client_id)
    return vault


@pytest.fixture
def listed_to_change(vault: Vault) -> Vault:
    """The test's own vault with the 60 charts: for a test that changes them."""
    return _fill(vault)


@pytest.fixture(scope="module")
def listed(vault_templates: VaultTemplates, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """The same 60 charts, filled once for this file's tests that only read them (every test
    but the rename): 60 charts made per test were most of the file's CPU. A vault like the
    `vault` fixture's (tests/vault_template.py), with no keyring, as every test's."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        vault = _fill(vault_templates.today().just_created(tmp_path_factory.mktemp("listed") / "vault").vault)
        yield vault
        vault.lock()
    finally:
        keyring.set_keyring(previous)


def _all_pages(vault: Vault, status: str, query: str, size: int) -> list[ClientSummary]:
    out: list[ClientSummary] = []
    page = clients_page.client_page(vault, status, query, limit=size)
    out += page.rows
    while page.more:
        assert page.after is not None and len(page.rows) == size
        page = clients_page.client_page(vault, status, query, after=page.after, limit=size)
        out += page.rows
    assert page.after is None
    return out


@pytest.mark.parametrize(("status", "query"), [
    ("all", ""), ("active", ""), ("discharged", ""), ("all", "alma"), ("all", "ALMA REYES"),
    ("all", "ñuño"), ("all", "ÑUÑO ibarra"), ("all", "émile"), ("active", "bo"), ("all", "C0"),
    ("all", "nobody-by-that-name"), ("all", "o'neill 1"),
])
@pytest.mark.parametrize("size", [1, 7, 100])
def test_pages_add_up_to_the_filtered_list(listed: Vault, status: str, query: str, size: int) -> None:
    expected = clients.find_clients(listed, status, query)  # the whole list, filtered in Python
    assert [r.client_id for r in _all_pages(listed, status, query, size)] == [r.client_id for r in expected]


def test_the_first_page_says_how_many_charts_there_are(listed: Vault) -> None:
    page = clients_page.client_page(listed, limit=25)
    assert (len(page.rows), page.more, page.total) == (25, True, 60)
    assert clients_page.client_page(listed, "all", "alma").total is None  # words: no count of the whole list
    assert clients_page.client_page(listed, "discharged", limit=2).total == 9  # every 7th of 60
    whole = clients_page.client_page(listed, limit=100)
    assert (len(whole.rows), whole.more, whole.after) == (60, False, None)


def test_a_bad_status_is_refused(listed: Vault) -> None:
    with pytest.raises(Exception, match="status"):
        clients_page.client_page(listed, "everyone")


@pytest.mark.parametrize(("status", "words", "after"), [
    (None, [], None), ("active", [], None), (None, ["alma"], None), ("active", ["bo", "chen"], ("Bo chen", 3)),
    (None, [], ("Maya Ortiz 08", 9)),
])
def test_a_page_walks_the_list_index_and_never_sorts(listed: Vault, status: str | None, words: list[str],
                                                     after: tuple[str, int] | None) -> None:
    plan = " | ".join(clinical_clients.page_plan(listed.records, status=status, words=words, after=after))
    assert "clients_list_by_last_name" in plan
    assert "TEMP B-TREE" not in plan  # no sort of every chart before the first row


def _counting_fold(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real: Callable[[str | None], str] = clinical_clients.fold_for_search

    def counted(text: str | None) -> str:
        if " " in (text or ""):  # a row (names and chart number), not the search word folded once
            seen.append(text or "")
        return real(text)

    monkeypatch.setattr(clinical_clients, "fold_for_search", counted)
    return seen


def test_a_searched_first_page_reads_its_rows_not_the_vault(listed: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chart matches "0" (names end in a two-digit number, chart numbers C0..): the
    first page of 10 examines 11 rows (10 and the one that says more follow), of 60."""
    seen = _counting_fold(monkeypatch)
    page = clients_page.client_page(listed, "all", "0", limit=10)
    assert len(page.rows) == 10 and page.more
    assert len(seen) == 11
    seen.clear()
    clients_page.client_page(listed, "all", "0", after=page.after, limit=10)
    assert len(seen) == 11  # the next page starts at the cursor, not at the top


def test_the_page_follows_a_rename(listed_to_change: Vault) -> None:
    listed = listed_to_change
    first = clients_page.client_page(listed, limit=1).rows[0]
    clients.update_client(listed, first.client_id, legal_name="Zzyzx Last")
    rows = _all_pages(listed, "all", "", 13)
    assert [r.client_id for r in rows] == [r.client_id for r in clients.find_clients(listed)]
    assert first.client_id not in {r.client_id for r in clients_page.client_page(listed, limit=1).rows}
    assert [r.legal_name for r in rows].index("Zzyzx Last") > 40
