"""The client list's search folds accents and apostrophes as note search does (walk-move finding
6): "zoe", "ibanez", "oconnor", "huong" find Zoë O'Connor-Ibáñez and Nguyễn Thị Hương on a US
keyboard; words that are not in a name still find nothing. Table-driven, both sides."""

from __future__ import annotations

import pytest

from vault_app.services import clients
from vault_app.services.clients_page import client_page
from vault_app.services.vault import Vault
from vault_app.storage.clinical_clients import fold_for_search

NAMES = ("Zoë O'Connor-Ibáñez", "Nguyễn Thị Hương", "Đặng Ørsted", "Ann Castellanos")

FINDS = [
    ("zoe", "Zoë O'Connor-Ibáñez"),
    ("ibanez", "Zoë O'Connor-Ibáñez"),
    ("oconnor", "Zoë O'Connor-Ibáñez"),
    ("o'connor", "Zoë O'Connor-Ibáñez"),
    ("O’Connor", "Zoë O'Connor-Ibáñez"),  # a typographic apostrophe typed or pasted
    ("ZOË", "Zoë O'Connor-Ibáñez"),
    ("huong", "Nguyễn Thị Hương"),
    ("nguyen thi", "Nguyễn Thị Hương"),
    ("dang orsted", "Đặng Ørsted"),
    ("castellanos", "Ann Castellanos"),
]
FINDS_NOTHING = ["zoey", "ibanes", "o connor x", "huongg", "castellano ann zz"]


@pytest.fixture
def listed(vault: Vault) -> Vault:
    for name in NAMES:
        clients.create_client(vault, name)
    return vault


@pytest.mark.parametrize(("query", "name"), FINDS)
def test_a_word_without_its_accents_or_apostrophe_finds_the_name(listed: Vault, query: str, name: str) -> None:
    assert [r.legal_name for r in client_page(listed, "all", query).rows] == [name]


@pytest.mark.parametrize("query", FINDS_NOTHING)
def test_a_word_not_in_any_name_finds_nothing(listed: Vault, query: str) -> None:
    assert client_page(listed, "all", query).rows == []


@pytest.mark.parametrize(("text", "folded"), [("Zoë", "zoe"), ("O'Connor", "oconnor"), ("Straße", "strasse"),
                                              ("Hương", "huong"), ("plain", "plain"), (None, "")])
def test_the_folding(text: str | None, folded: str) -> None:
    assert fold_for_search(text) == folded
