"""Fees and payments, minimal: a fee schedule by CPT code, a fee per session (from the
schedule, editable), the missed-appointment fee policy, payments, a balance per client.

No claims, no clearinghouse. Money is integer cents. Ledger events fee.* / payment.* /
billing.* carry ids and amounts, never names.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain import codes
from vault_app.domain.billing import (
    ADDON_KIND,
    DRAFT_ONLY,
    PAYMENT_METHODS,
    Account,
    Charge,
    FeePolicy,
    Payment,
    addon_charges,
    addon_units,
    billed_on,
    fee_to_keep,
    parse_money,
    refuse_card_number,
    session_billing_states,
    session_charge,
    session_priced,
    split_cents,
)
from vault_app.domain.clinical import choice, clean_text, new_id, require_date
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import sessions
from vault_app.services.clinical_common import audit, now_iso, require_client, today
from vault_app.services.vault import Vault
from vault_app.storage import appointments as appointment_store
from vault_app.storage import billing as store
from vault_app.storage import clinical_sessions, settings_store

_POLICY_KEY = "billing_policy"


# --- fee schedule ---------------------------------------------------------------------------
def fee_schedule(vault: Vault) -> dict[str, int]:
    return store.schedule(vault.records)


def _keep_past_fees(vault: Vault, code: str, stamp: str) -> int:
    """Before the schedule's fee for `code` changes: each session up to today with no fee of
    its own for it (as its own code or an add-on code) keeps what the schedule charged it
    (domain.billing.fee_to_keep). Found: a first schedule priced every older session at the
    new fee, though the Fees screen says "Sessions already attended keep the fee they had".

    Only when the code had a fee: a session with none was shown as "no fee set" with a warning
    to set it, and setting it must price the sessions the warning was about. Found: its own
    code was kept at 0, so the first week's sessions recorded before the fee schedule was
    filled in stayed $0.00 for good."""
    keep = fee_to_keep(None, fee_schedule(vault).get(code))
    if keep is None:
        return 0
    return (store.keep_unpriced_fees(vault.records, code, keep, today(), stamp)
            + store.keep_unpriced_addon_fees(vault.records, code, keep, today(), stamp))


def set_scheduled_fee(vault: Vault, cpt_code: str, amount: str | int) -> dict[str, int]:
    code = codes.check_cpt(cpt_code)
    cents = parse_money(amount, "fee")
    stamp = now_iso()
    with vault.records.transaction():
        kept = _keep_past_fees(vault, code, stamp)
        store.set_scheduled_fee(vault.records, code, cents, stamp)
    audit(vault, "fee.schedule_set", cpt_code=code, fee_cents=cents, past_sessions_kept=kept)
    return fee_schedule(vault)


def remove_scheduled_fee(vault: Vault, cpt_code: str) -> dict[str, int]:
    code = codes.check_cpt(cpt_code)
    stamp = now_iso()
    with vault.records.transaction():
        kept = _keep_past_fees(vault, code, stamp)
        if not store.remove_scheduled_fee(vault.records, code):
            raise NotFound("That CPT code has no fee in the schedule.", code="fee.not_in_schedule")
    audit(vault, "fee.schedule_removed", cpt_code=code, past_sessions_kept=kept)
    return fee_schedule(vault)


# --- the missed-appointment policy --------------------------------------------------------------
def policy(vault: Vault) -> FeePolicy:
    return FeePolicy.from_dict(settings_store.read(vault.records, _POLICY_KEY))


def set_policy(vault: Vault, *, no_show: str | int | None = None, late_cancel: str | int | None = None,
               clear: bool = False) -> FeePolicy:
    """Set either fee (an amount; 0 charges nothing but records it), or `clear` both."""
    current = FeePolicy() if clear else policy(vault)
    updated = FeePolicy(
        no_show_cents=parse_money(no_show, "no-show fee") if no_show is not None else current.no_show_cents,
        late_cancel_cents=(parse_money(late_cancel, "late-cancel fee") if late_cancel is not None
                           else current.late_cancel_cents),
    )
    settings_store.write(vault.records, _POLICY_KEY, updated.as_dict())
    audit(vault, "billing.policy_updated", no_show_cents=updated.no_show_cents,
          late_cancel_cents=updated.late_cancel_cents)
    return updated


def missed_fee(vault: Vault, status: str) -> int | None:
    return policy(vault).fee_for(status)


# --- session fees -------------------------------------------------------------------------------
def session_fee(vault: Vault, session_id: str) -> tuple[int | None, str]:
    """(cents or None, where it comes from: edited / schedule / none)."""
    session = sessions.get_session(vault, session_id)
    fixed = store.session_fee(vault.records, session_id)
    if fixed is not None:
        return fixed
    scheduled = fee_schedule(vault).get(session.cpt_code)
    return (scheduled, "schedule") if scheduled is not None else (None, "none")


def fix_session_fee(vault: Vault, session_id: str) -> int | None:
    """Keep the schedule's current fees on a session (at attendance), its add-on codes' too: a
    later change of the schedule does not change what a past session cost."""
    session = sessions.get_session(vault, session_id)
    schedule = fee_schedule(vault)
    kept_addons = store.addon_fees(vault.records, session_id)
    addons = {code: schedule[code] for code in addon_units(session.addon_codes)
              if code in schedule and code not in kept_addons}
    scheduled = schedule.get(session.cpt_code) if store.session_fee(vault.records, session_id) is None else None
    if scheduled is None and not addons:
        return None
    stamp = now_iso()
    with vault.records.transaction():
        if scheduled is not None:
            store.set_session_fee(vault.records, session_id, session.client_id, scheduled, "schedule", stamp)
        for code, cents in addons.items():
            store.set_addon_fee(vault.records, session_id, session.client_id, code, cents, stamp)
    if scheduled is not None:
        audit(vault, "fee.session_set", client_id=session.client_id, session_id=session_id, fee_cents=scheduled,
              source="schedule")
    if addons:
        audit(vault, "fee.session_addons_set", client_id=session.client_id, session_id=session_id,
              unit_cents=dict(addons), source="schedule")
    return scheduled


def set_session_fee(vault: Vault, session_id: str, amount: str | int) -> int:
    session = sessions.get_session(vault, session_id)
    cents = parse_money(amount, "session fee", field="session_fee")
    with vault.records.transaction():
        store.set_session_fee(vault.records, session_id, session.client_id, cents, "edited", now_iso())
    audit(vault, "fee.session_set", client_id=session.client_id, session_id=session_id, fee_cents=cents,
          source="edited")
    return cents


# --- payments -----------------------------------------------------------------------------------
def record_payment(vault: Vault, client_id: str, *, paid_on: date | str, amount: str | int, method: str,
                   reference: str = "") -> Payment:
    require_client(vault, client_id)
    day = require_date(paid_on, "payment date", allow_future=False, field="payment_date")
    cents = parse_money(amount, "payment", field="payment")
    if cents == 0:
        raise InvalidInput("A payment must be more than 0.00.", code="payment.zero", field="payment")
    choice(method, PAYMENT_METHODS, "payment method (" + ", ".join(PAYMENT_METHODS) + ")", field="payment_method")
    ref = refuse_card_number(clean_text(reference, "payment reference", max_len=80, field="payment_reference"),
                             "payment reference", field="payment_reference")
    payment = Payment(new_id(), client_id, day, cents, method, ref, now_iso())  # type: ignore[arg-type]
    with vault.records.transaction():
        store.insert_payment(vault.records, payment)
    audit(vault, "payment.recorded", client_id=client_id, payment_id=payment.payment_id, amount_cents=cents)
    return payment


def delete_payment(vault: Vault, payment_id: str) -> None:
    """A payment entered by mistake."""
    payment = store.get_payment(vault.records, payment_id) if isinstance(payment_id, str) else None
    if payment is None:
        raise NotFound("No payment with that id.", code="payment.not_found")
    with vault.records.transaction():
        store.delete_payment(vault.records, payment_id)
    audit(vault, "payment.deleted", client_id=payment.client_id, payment_id=payment_id)


def account(vault: Vault, client_id: str, *, first: date | None = None, last: date | None = None) -> Account:
    """Charges (sessions at their fee; missed-appointment fees) and payments, in a date range."""
    require_client(vault, client_id)
    schedule = fee_schedule(vault)

    def inside(day: date) -> bool:
        return (first is None or day >= first) and (last is None or day <= last)

    charges: list[Charge] = []
    for s in store.session_charges(vault.records, client_id):
        if inside(s.on):
            scheduled = schedule.get(s.cpt_code)
            charges.append(Charge(s.on, "session", s.session_id, s.cpt_code,
                                  session_charge(s.fee_cents, scheduled, s.billing_status),
                                  priced=session_priced(s.fee_cents, scheduled, s.billing_status)))
            charges += addon_charges(s.session_id, s.on, s.addon_codes, s.addon_unit_cents, schedule,
                                     s.billing_status)
    charges += [
        Charge(a.date, a.status, a.appointment_id, "", a.fee_cents or 0)
        for a in appointment_store.fees_charged(vault.records, client_id) if inside(a.date)
    ]
    paid = [p for p in store.payments(vault.records, client_id) if inside(p.paid_on)]
    # An add-on sorts as its session, and stably stays right after it ("addon" sorted first).
    ordered = sorted(charges, key=lambda c: (c.on, "session" if c.kind == ADDON_KIND else c.kind))
    return Account(client_id, tuple(ordered), tuple(paid))


def session_billing(vault: Vault, client_id: str) -> dict[str, str]:
    """session id -> its billing as the Sessions tab shows it: the mark, unless the account says
    otherwise (domain.billing.shown_billing_state: "paid" only when recorded payments cover it;
    "billed" when an issued superbill or statement lists a session left unbilled)."""
    whole = account(vault, client_id)
    marks = {s.session_id: s.billing_status for s in store.session_charges(vault.records, client_id)}
    states = session_billing_states(marks, whole.charges, whole.paid_cents, issued_billing(vault, client_id))
    # Not in the account yet (recorded for an unsigned note): said so, not "unbilled".
    return states | dict.fromkeys(clinical_sessions.draft_only_ids(vault.records, client_id), DRAFT_ONLY)


def issued_billing(vault: Vault, client_id: str) -> dict[str, str]:
    """session id -> "superbill" / "statement": the delivered billing documents that list it. The
    ledger's disclosure entries record the sessions each lists (item_ids); one not delivered
    (its file never written) billed nothing."""
    # Lazy: services.export is the export's machinery (~50 modules); every command's unlock
    # (cli clinical_commands -> billing) loaded it for nothing (tests/core/test_unlock_hooks_lazy.py).
    from vault_app.services import export

    return billed_on((str(r.extra.get("document", "")), r.item_ids)
                     for r in export.disclosures(vault, client_id) if r.kind == "billing" and r.delivered)


# --- a split between guardians ------------------------------------------------------------------
MAX_PAYERS = 4


def split(vault: Vault, client_id: str) -> dict[str, int]:
    """guardian id -> percent of the charges; empty when no split is recorded."""
    require_client(vault, client_id)
    return store.shares(vault.records, client_id)


def set_split(vault: Vault, client_id: str, shares: dict[str, int]) -> dict[str, int]:
    """Record how the charges are split between the client's guardians (percentages adding
    up to 100), or remove the split with an empty mapping."""
    from vault_app.services import clients

    client = clients.get_client(vault, client_id)
    known = {g.guardian_id for g in client.guardians}
    if set(shares) - known:
        raise NotFound("A guardian in the split is not recorded for this client.",
                       hint="List them with 'vault-app guardian list CLIENT'.", code="billing.guardian_not_found")
    if shares:
        if len(shares) > MAX_PAYERS:
            raise InvalidInput(f"A split has at most {MAX_PAYERS} guardians.", code="billing.split_too_many",
                               params={"max": MAX_PAYERS})
        split_cents(100, tuple(shares.values()))  # the same check: whole percentages adding up to 100
        if any(p <= 0 for p in shares.values()):
            raise InvalidInput("Every guardian in a split pays a share above 0%.", code="billing.split_share_zero")
    with vault.records.transaction():
        store.replace_shares(vault.records, client_id, dict(shares), now_iso())
    audit(vault, "billing.split_set", client_id=client_id, shares=dict(sorted(shares.items())))
    return split(vault, client_id)


__all__ = [
    "account",
    "delete_payment",
    "fee_schedule",
    "fix_session_fee",
    "issued_billing",
    "missed_fee",
    "policy",
    "record_payment",
    "remove_scheduled_fee",
    "session_billing",
    "session_fee",
    "set_policy",
    "set_scheduled_fee",
    "set_session_fee",
    "set_split",
    "split",
]
