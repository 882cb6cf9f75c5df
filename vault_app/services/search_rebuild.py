"""The search index rebuilt beside the unlock, not inside it (issue 21, item 1): the services'
side of storage/search_rebuild.py and storage/compartment_search.py.

- `rebuilt_beside()` around an unlock (the app's, `vault-app search`'s): a missing or stale
  search file is not rebuilt inside it; the compartment opens with search "being rebuilt"
  and a thread of its own rebuilds it. Elsewhere (other commands, tests, maintenance) the
  open rebuilds it in place, as before: a one-shot command that never searches gains nothing
  from a rebuild it would stop at its lock.
- `hand_back(vault, submit, ready)`, where the vault is used, right after the unlock (the
  app): a rebuild that ends hands its swap-in to that thread (`submit`, as the other beside
  jobs do: services/beside_job.py), and `ready()` follows, so the search window offers the
  search again.
- `wait_for_rebuild(vault, say)` (the command line): says so once, then waits.
- `require_ready(vault, psychotherapy)` before every query of the index: a search never
  answers from an index that is not in step with its compartment (SearchNotReady).

A lock, quit, destruction or rekey while it runs is handled by the compartment itself
(Compartment.close, rekey, swap_in stop the job first).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from vault_app.storage.compartment_search import DAMAGED, FAILED, REBUILDING, SearchNotReady

if TYPE_CHECKING:
    from vault_app.storage.compartment import Compartment


class Vault(Protocol):
    """What this module reads of the vault (services/vault_session.Vault, which imports this
    module at every unlock: named here by shape, not imported, so no import circle forms)."""

    records: Compartment

    @property
    def psychotherapy(self) -> Compartment: ...
    @property
    def psychotherapy_open(self) -> bool: ...
    @property
    def is_open(self) -> bool: ...

_BESIDE: contextvars.ContextVar[bool] = contextvars.ContextVar("search_rebuilt_beside", default=False)

# Hands `fn` to where the vault is used, as services/beside_job.Submit (not imported: this
# module is read by every unlock, and that one imports the vault).
Submit = Callable[[Callable[[Any], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


@contextlib.contextmanager
def rebuilt_beside() -> Iterator[None]:
    """Unlocks inside (on this thread, and the psychotherapy unlocks of the vault opened here)
    leave a missing or stale search index to a rebuild beside the work."""
    token = _BESIDE.set(True)
    try:
        yield
    finally:
        _BESIDE.reset(token)


def beside_now() -> bool:
    return _BESIDE.get()


def _searched(vault: Vault) -> list[Compartment]:
    found = [vault.records]
    if vault.psychotherapy_open:
        found.append(vault.psychotherapy)
    return [c for c in found if c.search]


def rebuilding(vault: Vault) -> bool:
    """Where the vault is used: whether a search would now say "being rebuilt" (a rebuild
    that has ended is swapped in by the asking)."""
    return any(c.finish_search_rebuild() == "rebuilding" for c in _searched(vault))


def require_ready(vault: Vault, *, psychotherapy: bool = False) -> None:
    """Before a query of the index (SearchNotReady while it is not in step)."""
    vault.records.require_search()
    if psychotherapy:
        vault.psychotherapy.require_search()


def wait_for_rebuild(vault: Vault, say: Callable[[], None], *, psychotherapy: bool = False) -> None:
    """The command line: `say()` once if a rebuild is under way, then wait for it and swap it in."""
    comps = [vault.records] + ([vault.psychotherapy] if psychotherapy else [])
    # Asked before any swap-in: a small vault's rebuild may have ended already, and is said all the same.
    if any(c.search_state == "rebuilding" for c in comps):
        say()
    for comp in comps:
        comp.wait_for_search()


def hand_back(vault: Vault, submit: Submit, ready: Callable[[], None]) -> None:
    """Where the vault is used, after an unlock (or a psychotherapy unlock): each search file
    being rebuilt hands its swap-in to that thread when its job ends, then `ready()` (on the
    thread `submit` calls back on). One that ended already is swapped in now."""
    for comp in _searched(vault):
        def finish(v: Vault, comp: Compartment = comp) -> str:
            return comp.finish_search_rebuild() if v.is_open else "off"

        def handed() -> None:
            submit(finish, lambda state: ready() if state == "ready" else None, lambda _exc: None)

        comp.when_search_built(handed)
        before = comp.search_state
        if comp.finish_search_rebuild() == "ready" and before == "rebuilding":
            ready()


__all__ = ["DAMAGED", "FAILED", "REBUILDING", "SearchNotReady", "beside_now", "hand_back", "rebuilding",
           "rebuilt_beside", "require_ready", "wait_for_rebuild"]
