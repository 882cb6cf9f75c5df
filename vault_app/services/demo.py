"""Fill a vault with a synthetic, clearly fictional practice (for trying the app and benchmarks).

`populate` is deterministic for a given seed, anchor date and vault: the same
names, dates and text every time. It writes in bulk (one transaction per batch
of clients, one ledger event for the whole run) so 50,000 notes take seconds,
not hours. Psychotherapy notes are written only if that compartment is unlocked
and `psychotherapy_every` is not 0.
"""

from __future__ import annotations

import hashlib
import random
import time as clock
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from vault_app.domain import codes
from vault_app.domain.billing import Payment, addon_units
from vault_app.domain.clinical import (
    Client,
    ContactPreferences,
    Goal,
    Guardian,
    InformedConsent,
    Session,
    TreatmentPlan,
)
from vault_app.domain.clinical_notes import (
    ProgressNote,
    PsychotherapyNote,
    RiskAssessment,
    Signature,
    content_hash,
    signature_message,
)
from vault_app.domain.errors import InvalidInput
from vault_app.services import demo_text, practice
from vault_app.services.clinical_common import author
from vault_app.services.vault import Vault
from vault_app.storage import billing as billing_store
from vault_app.storage import (
    clinical_clients,
    clinical_notes,
    clinical_plans,
    clinical_psychotherapy,
    clinical_search,
    clinical_sessions,
)

BATCH_CLIENTS = 25
MAX_CLIENTS = 100_000
MAX_NOTES_PER_CLIENT = 2_000
DEMO_MARK = " (demo)"
DEMO_CLINICIAN = "Dr. Wren Puddlefoot" + DEMO_MARK
# A paid session's fee (cents) by its code, else DEMO_FEE; each add-on unit DEMO_ADDON_FEE.
DEMO_FEES = {"90791": 200_00, "90832": 95_00, "90834": 140_00, "90837": 180_00, "90846": 150_00, "90847": 160_00}
DEMO_FEE, DEMO_ADDON_FEE = 150_00, 25_00


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    cases: int
    sessions: int
    progress_notes: int
    psychotherapy_notes: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Ids:
    """Deterministic per vault and seed, never shared with another vault."""

    def __init__(self, vault_id: str, seed: int, start: int) -> None:
        self._base = f"{vault_id}:{seed}:{start}:".encode()
        self._n = 0

    def __call__(self) -> str:
        self._n += 1
        return hashlib.sha256(self._base + str(self._n).encode()).hexdigest()[:16]


def _stamp(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC).isoformat(timespec="microseconds")


class _Writer:
    def __init__(self, vault: Vault, seed: int, until: date, psychotherapy_every: int) -> None:
        self.vault = vault
        self.rng = random.Random(seed)
        self.until = until
        self.psy_every = psychotherapy_every
        self.ids = _Ids(vault.vault_id, seed, clinical_clients.count(vault.records))
        self.author = author(vault)
        self.counts = {"clients": 0, "cases": 0, "sessions": 0, "progress": 0, "psychotherapy": 0}
        self.chart_base = clinical_clients.count(vault.records)

    def _sign(self, kind: str, note_id: str, content: dict[str, Any], when: str) -> Signature:
        digest = content_hash(content)
        sig = self.vault.sign(signature_message(kind, note_id, digest)).hex()
        return Signature(when, self.author, digest, sig)

    def client(self, index: int) -> tuple[Client, demo_text.Theme]:
        rng = self.rng
        first, last = demo_text.fictional_name(rng)
        t = demo_text.theme(rng)
        age = rng.choice((rng.randint(8, 17), rng.randint(18, 80), rng.randint(18, 80), rng.randint(18, 80)))
        dob = self.until - timedelta(days=age * 365 + rng.randint(0, 364))
        created = _stamp(self.until - timedelta(days=800), 9)
        client = Client(
            client_id=self.ids(),
            chart_number=f"DEMO-{self.chart_base + index + 1:05d}",
            legal_name=f"{first} {last}{DEMO_MARK}",
            preferred_name=first if rng.random() < 0.3 else "",
            date_of_birth=dob,
            contact=ContactPreferences(
                phone=f"555-01{rng.randint(0, 99):02d}",
                email=f"{first.lower()}.{last.lower()}@example.invalid",
                voicemail_ok=rng.random() < 0.7,
                text_ok=rng.random() < 0.5,
                # A postal address a letter can go to (never a request's words); numbered by index, not
                # by rng, so every seed's other data stays as it was.
                safe_address=f"PO Box {101 + index}, Springfield, IL 62705" if rng.random() < 0.1 else "",
            ),
            consent=InformedConsent(self.until - timedelta(days=700), self.until - timedelta(days=700)),
            part2=t.name == "substance use",
            status="active" if rng.random() < 0.8 else "discharged",
            created_at=created,
            updated_at=created,
        )
        if client.status == "discharged":
            client = replace(client, discharged_on=self.until - timedelta(days=rng.randint(1, 60)))
        return client, t

    def write_client(self, index: int, notes_per_client: int) -> None:
        db = self.vault.records
        client, t = self.client(index)
        clinical_clients.insert(db, client)
        self.counts["clients"] += 1
        if client.is_minor(self.until):
            first, last = client.legal_name.removesuffix(DEMO_MARK).split(" ", 1)
            # No relationship: it would only repeat the authority, and as free text it stays in
            # the language it was typed in (a Spanish chart read "(parent, progenitor)").
            clinical_clients.insert_guardian(db, Guardian(
                self.ids(), client.client_id, demo_text.guardian_name(self.rng, first, last),
                "", "parent", True, created_at=client.created_at,
            ))
        plan, goal_texts = self.plan(client.client_id, t)
        clinical_plans.save(db, plan)
        self.chart(client.client_id, t, plan, goal_texts, notes_per_client, "individual")

    def plan(self, client_id: str, t: demo_text.Theme) -> tuple[TreatmentPlan, list[str]]:
        goal_texts = demo_text.goals_for(self.rng, t)
        plan_id = self.ids()
        goals = tuple(Goal(self.ids(), plan_id, client_id, i, g) for i, g in enumerate(goal_texts))
        plan = TreatmentPlan(plan_id, client_id, f"Presenting concern: {t.name}.", t.icd10, "weekly individual",
                             self.until - timedelta(days=700), self.until + timedelta(days=60), goals,
                             _stamp(self.until - timedelta(days=700), 10))
        return plan, goal_texts

    def chart(self, client_id: str, t: demo_text.Theme, plan: TreatmentPlan, goal_texts: list[str], count: int,
              modality: str) -> None:
        rng = self.rng
        last = self.until - timedelta(days=rng.randint(0, 60))
        sessions: list[Session] = []
        notes: list[ProgressNote] = []
        psy: list[PsychotherapyNote] = []
        for k in range(count):
            day = last - timedelta(days=7 * (count - 1 - k))
            start_hour = rng.randint(8, 18)
            duration = rng.choice((45, 50, 53, 55, 60, 30)) if k else 60
            service = "intake" if k == 0 else "psychotherapy"
            cpt = codes.default_cpt(duration, modality, service_type=service)
            telehealth = rng.random() < 0.3
            session = Session(
                self.ids(), client_id, day, time(start_hour, 0),
                (datetime.combine(day, time(start_hour, 0)) + timedelta(minutes=duration)).time(),
                duration, modality, "telehealth" if telehealth else "in_person",  # type: ignore[arg-type]
                "Doxy.me" if telehealth else "", service, cpt.code if cpt else "",  # type: ignore[arg-type]
                cpt.addons if cpt else (), t.icd10, "" if telehealth else "Office A",
                "paid" if k < count - 4 else "unbilled", _stamp(day, 18), _stamp(day, 18),
            )
            sessions.append(session)
            risk = None
            if rng.random() < 0.08:
                risk = RiskAssessment("passive", False, False, rng.random() < 0.3, "family, pets, future plans",
                                      "Crisis line and two trusted contacts reviewed.", "moderate")
            note = ProgressNote(
                self.ids(), client_id, session.session_id, day, "soap",
                demo_text.soap_sections(rng, t, goal_texts),
                tuple(rng.sample(demo_text.INTERVENTIONS, 2)),
                tuple(g.goal_id for g in plan.goals[: rng.randint(1, len(plan.goals))]),
                risk, self.author, _stamp(day, 19), _stamp(day, 19),
            )
            if k < count - 2 or rng.random() < 0.5:  # the latest notes are sometimes still drafts
                sig = self._sign("progress", note.note_id, note.canonical_content(), _stamp(day, 20))
                note = replace(note, signature=sig)
            notes.append(note)
            if self.psy_every and k % self.psy_every == self.psy_every - 1:
                p = PsychotherapyNote(self.ids(), client_id, session.session_id, day,
                                      demo_text.psychotherapy_text(rng, t), self.author, _stamp(day, 19, 30),
                                      _stamp(day, 19, 30))
                p = replace(p, signature=self._sign("psychotherapy", p.note_id, p.canonical_content(), _stamp(day, 20)))
                psy.append(p)
        if sessions:
            clinical_clients.touch_last_contact(self.vault.records, client_id, sessions[-1].date)
        clinical_sessions.insert_many(self.vault.records, sessions)
        self.pay(sessions)
        clinical_notes.insert_many(self.vault.records, notes)
        if psy:
            clinical_psychotherapy.insert_many(self.vault.psychotherapy, psy)
        self.counts["sessions"] += len(sessions)
        self.counts["progress"] += len(notes)
        self.counts["psychotherapy"] += len(psy)

    def pay(self, sessions: list[Session]) -> None:
        """A session marked "paid" is paid in the account too: its fee kept on it and a payment of
        that fee on its day. Found: the demo marked sessions paid with no payment, so once fees
        were set the account charged them in full while the Sessions tab said paid."""
        db = self.vault.records
        for k, s in enumerate(sessions):
            if s.billing_status != "paid":
                continue
            fee = DEMO_FEES.get(s.cpt_code, DEMO_FEE)
            stamp = _stamp(s.date, 18)
            billing_store.set_session_fee(db, s.session_id, s.client_id, fee, "edited", stamp)
            for code, units in addon_units(s.addon_codes).items():
                billing_store.set_addon_fee(db, s.session_id, s.client_id, code, DEMO_ADDON_FEE, stamp)
                fee += DEMO_ADDON_FEE * units
            # The id comes from the session's (not self.ids()), so the rest of the demo is unchanged.
            payment_id = hashlib.sha256(f"payment:{s.session_id}".encode()).hexdigest()[:16]
            billing_store.insert_payment(db, Payment(payment_id, s.client_id, s.date, fee,
                                                     "card" if k % 2 else "check", "", stamp))

    def write_case(self, members: tuple[Client, Client], notes: int) -> None:
        db = self.vault.records
        t = demo_text.Theme("relationship", ("Z63.0",), demo_text.THEMES[6][2])
        name = f"{members[0].legal_name.split()[1]} and {members[1].legal_name.split()[1]} couple{DEMO_MARK}"
        stamp = _stamp(self.until - timedelta(days=400), 9)
        case = Client(self.ids(), f"DEMO-J{self.chart_base + self.counts['cases'] + 1:05d}", name, kind="couple",
                      member_ids=(members[0].client_id, members[1].client_id), created_at=stamp, updated_at=stamp)
        clinical_clients.insert(db, case)
        clinical_clients.add_members(db, case.client_id, case.member_ids)
        plan, goal_texts = self.plan(case.client_id, t)
        clinical_plans.save(db, plan)
        self.chart(case.client_id, t, plan, goal_texts, notes, "couple")
        self.counts["cases"] += 1


def populate(
    vault: Vault,
    *,
    clients: int = 30,
    notes_per_client: int = 12,
    seed: int = 1,
    cases: int | None = None,
    psychotherapy_every: int = 3,
    until: date | None = None,
) -> DemoSummary:
    """Add `clients` fictional clients with `notes_per_client` sessions and progress notes each,
    a psychotherapy note every `psychotherapy_every` sessions, and a few couple cases."""
    for value, what, top in ((clients, "number of clients", MAX_CLIENTS),
                             (notes_per_client, "notes per client", MAX_NOTES_PER_CLIENT)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
            raise InvalidInput(f"The {what} must be between 0 and {top}.")
    if psychotherapy_every < 0:
        raise InvalidInput("psychotherapy_every must be 0 (none) or more.")
    if psychotherapy_every:
        _ = vault.psychotherapy  # CompartmentLocked now, before anything is written
    started = clock.perf_counter()
    if not practice.load(vault).clinician_name:
        # A fictional clinician, so the demo's notes are signed and its PDFs name one: they
        # said "the treating clinician (name not set)".
        practice.update(vault, clinician_name=DEMO_CLINICIAN)
    writer = _Writer(vault, seed, until or date.today(), psychotherapy_every)
    n_cases = clients // 30 if cases is None else cases
    made: list[Client] = []
    with vault.ledger.defer_anchor():
        for first in range(0, clients, BATCH_CLIENTS):
            with vault.records.transaction(), _psy_transaction(vault, psychotherapy_every):
                for index in range(first, min(first + BATCH_CLIENTS, clients)):
                    writer.write_client(index, notes_per_client)
        made = [c for c in (clinical_clients.get(vault.records, cid) for cid in _recent_ids(vault, clients)) if c]
        with vault.records.transaction(), _psy_transaction(vault, psychotherapy_every):
            for k in range(min(n_cases, len(made) // 2)):
                writer.write_case((made[2 * k], made[2 * k + 1]), max(1, notes_per_client // 4))
        clinical_search.merge(vault.records)
        if vault.psychotherapy_open:
            clinical_search.merge(vault.psychotherapy)
        counts = writer.counts
        summary = DemoSummary(counts["clients"], counts["cases"], counts["sessions"], counts["progress"],
                              counts["psychotherapy"], round(clock.perf_counter() - started, 2))
        vault.ledger.append("demo.generated", {k: v for k, v in summary.as_dict().items() if k != "seconds"} | {
            "seed": seed})
    return summary


def _recent_ids(vault: Vault, n: int) -> list[str]:
    return clinical_clients.newest_individual_ids(vault.records, n)


def _psy_transaction(vault: Vault, every: int) -> AbstractContextManager[Any]:
    """The psychotherapy compartment's transaction, when it takes part in this run."""
    return vault.psychotherapy.transaction() if every and vault.psychotherapy_open else nullcontext()


__all__ = ["DemoSummary", "populate"]
