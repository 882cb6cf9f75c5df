"""The notice of closure to a client (domain/closure_notice.py), one client's or every active client's:
each written as a password-protected PDF where the therapist chose, its text kept in the chart
(services/closure_letters_kept.py) and recorded on the chart's History by the ledger
("letter.closure_notice": ids, days, the language, how it went and the file's digest, never a name,
the custodian or the referrals). Nothing else leaves the vault: no temporary copy, no list.

Every letter is made before any file is written (a practice with no phone, a refused detail, stops
them all, nothing written); every file's place is checked first (the folder there and writable, not
a vault's or a backup's, no file of that name: never replaced, not even one made meanwhile). Each
letter goes as the client asked (domain/closure_notice_delivery.py): the letters that go otherwise
than by mail to the chart's address are told (preview) and written only once the therapist has seen
them (`told`). A run that stops half way (the disk filled) keeps the letters written, each kept and
recorded; run again, it skips the clients already sent a notice of that closing day (`again` makes
them again).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from vault_app.domain import closure_notice as rules
from vault_app.domain import closure_notice_delivery as delivery_rules
from vault_app.domain.clinical import Client
from vault_app.domain.closure_notice import ClosureDetails, ClosureNotice
from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.services import (
    clients,
    closure_letters_kept,
    closure_notice_pdf,
    output_file,
    practice,
    representatives,
    retention,
)
from vault_app.services import closure_notice_resume as resume
from vault_app.services.clinical_common import today
from vault_app.services.fault_injection import crash_point
from vault_app.services.request_letter_file import letter_file
from vault_app.services.vault import Vault
from vault_app.storage import appointments as appointment_store
from vault_app.storage import chart_dates
from vault_app.storage import closure_letters as closure_store


@dataclass(frozen=True)
class Planned:
    """One client's notice, made and not yet written."""

    client_id: str
    chart_number: str
    notice: ClosureNotice
    to: rules.Addressee
    guardian_id: str | None
    booked_after: int  # appointments still scheduled after the closing: the therapist cancels them
    delivery: delivery_rules.Delivery


@dataclass(frozen=True)
class Written:
    client_id: str
    chart_number: str
    path: Path
    to: str  # rules.TO_CLIENT, TO_REPRESENTATIVE, TO_ESTATE
    language: str
    booked_after: int
    delivery: delivery_rules.Delivery

    def as_dict(self) -> dict[str, object]:
        return {"client_id": self.client_id, "chart_number": self.chart_number, "letter_file": str(self.path),
                "to": self.to, "letters_in": self.language, "booked_after_closing": self.booked_after,
                "delivery": self.delivery.how}


def _client(vault: Vault, ref: str) -> Client:
    client = clients.find_client(vault, ref)
    if client.is_case:
        raise InvalidInput(f"Chart {client.chart_number} is a couple's or family's case: each member is written to "
                           "from their own chart.", hint="Give a member's chart number.", code="closure.case_chart",
                           params={"chart": client.chart_number})
    return client


def plan(vault: Vault, ref: str, details: ClosureDetails, on: date | None = None) -> Planned:
    """The notice to the client `ref` (an id or chart number), made on `on` (today)."""
    day = on or today()
    client = _client(vault, ref)
    profile = practice.load(vault)
    appts = appointment_store.list_for_client(vault.records, client.client_id)
    facts = retention.chart_facts(vault, client.client_id)[0]
    # The sessions' last day: the chart's last contact may be a note's or the discharge's.
    row = chart_dates.read(vault.records, client.client_id)[0]
    held = [date.fromisoformat(row.last_session)] if row.last_session else []
    last = rules.last_session(held, appts, details.closes_on, day)
    until = rules.kept_until(facts, retention.policy(vault), last)
    to = rules.addressee(representatives.client_facts(vault, client.client_id, day), day)
    guardian = client.guardians[to.representative] if to.representative is not None else None
    how = delivery_rules.delivery(client.contact, guardian.address if guardian is not None else None)
    notice = rules.closure_notice(profile, details, client_name=client.legal_name, to=to,
                                  to_name=guardian.name if guardian is not None else "", address=how.address,
                                  last=last, until=until, on=day, language=client.letters_in)
    if how.how == delivery_rules.NOT_BY_MAIL:
        notice = replace(notice, address=())  # no envelope's window: given the way the client asked
    return Planned(client.client_id, client.chart_number, notice, to,
                   guardian.guardian_id if guardian is not None else None, rules.booked_after(appts, details.closes_on),
                   how)


def active_clients(vault: Vault) -> list[str]:
    """The active clients' ids, in the list's order: the members, not their couple's or family's case."""
    return [c.client_id for c in clients.list_clients(vault, status="active") if c.kind == "individual"]


def _write(vault: Vault, planned: Planned, details: ClosureDetails, path: Path, password: str) -> Written:
    """The letter recorded as being written, written to `path` (never over a file), then recorded on its
    History and kept in the chart (services/closure_notice_resume.py: a run killed between the file and
    its keeping is finished by the next). The digest is of the bytes written, not of the file read back:
    another program may have changed it since."""
    letter = planned.notice.letter
    data = closure_notice_pdf.notice_pdf_bytes(letter, planned.notice.address, password=password)
    row = resume.begin(vault, planned.client_id, planned.notice, closes_on=details.closes_on,
                       delivery=planned.delivery.how, path=path, data=data,
                       ledger={"client_id": planned.client_id, "closes_on": details.closes_on.isoformat(),
                               "letter_date": letter.day.isoformat(), "letters_in": letter.language,
                               "to": planned.to.to, "guardian_id": planned.guardian_id,
                               "elements": list(letter.elements), "delivery": planned.delivery.how})
    crash_point("closure_letter_begun")
    try:
        closure_notice_pdf.write_pdf(data, path)
    except BaseException:
        with vault.records.transaction():  # no file of ours there: nothing was sent
            closure_store.drop_writing(vault.records, row.letter.letter_id)
        raise
    crash_point("closure_letter_written")
    resume.finish(vault, row)
    return Written(planned.client_id, planned.chart_number, path, planned.to.to, letter.language,
                   planned.booked_after, planned.delivery)


def _settled(vault: Vault, details: ClosureDetails, found: list[resume.Settled]) -> list[Written]:
    """The letters of this closing day a killed run wrote and the settling kept, said as written now."""
    said = []
    for one in found:
        if one.closes_on == details.closes_on:
            planned = plan(vault, one.client_id, details)
            said.append(Written(one.client_id, planned.chart_number, one.path, one.to, one.language,
                                planned.booked_after, planned.delivery))
    return said


def _check_password(password: str) -> None:
    from vault_app.services.pdf_document import check_password  # the PDF stack: only when letters are written

    check_password(password)


ToTell = frozenset[tuple[str, str, str]]


def to_tell(planned: list[Planned]) -> ToTell:
    """The letters the therapist is told of before any is written, as the window and the command line
    said them: a client's request or ways changed by another program meanwhile is told again."""
    return frozenset((p.client_id, p.delivery.how, "\n".join((p.delivery.asked, *p.delivery.ways)))
                     for p in planned if p.delivery.told)


def _check_told(planned: list[Planned], told: ToTell | None) -> None:
    unseen = to_tell(planned) - (told or frozenset())
    if unseen:
        raise InvalidInput(f"{len(unseen)} client(s) asked to be reached their own way: nothing was written.",
                           hint="Read how each letter goes, then write them as listed.",
                           code="closure.tell_first", params={"count": len(unseen)})


def _not_again(vault: Vault, planned: Planned, closes_on: date) -> None:
    sent = closure_letters_kept.sent_for(vault, closes_on).get(planned.client_id)
    if sent is not None:
        raise InvalidInput(f"Chart {planned.chart_number} was sent a notice of this closing day on "
                           f"{sent.isoformat()}.", hint="Print it again (--reprint), or make a new one (--again).",
                           code="closure.already_sent", params={"chart": planned.chart_number, "day": sent.isoformat()})


def write_one(vault: Vault, ref: str, details: ClosureDetails, out: Path, *, password: str,
              on: date | None = None, again: bool = False, told: ToTell | None = None) -> Written:
    """One client's notice written to `out` (checked first: never replaced), kept and recorded on the
    chart; refused when the client was sent one of this closing day already (unless `again`), or
    asked to be reached their own way and `told` does not hold it."""
    _check_password(password)
    planned = plan(vault, ref, details, on)
    for done in _settled(vault, details, resume.settle(vault)):
        if done.client_id == planned.client_id and done.path.resolve() == Path(out).expanduser().resolve():
            return done  # the very letter a killed run wrote there: kept now, not made twice
    path = letter_file(Path(out))
    if not again:
        _not_again(vault, planned, details.closes_on)
    _check_told([planned], told)
    return _write(vault, planned, details, path, password)


_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]")


def file_name(chart_number: str, client_id: str, how: str = delivery_rules.BY_MAIL, *, language: str = "en",
              copy: bool = False) -> str:
    """A letter's file in the folder, by its chart number (never a name); an imported chart number with
    characters no file name should hold goes by the client's id. One that goes not by mail says so, so
    it is not put in an envelope with the others. Named in the letter's language ("aviso-de-cierre-
    C00002-no-por-correo.pdf"), as the app names its own files in the language it speaks: a Spanish
    screen listed "not-by-mail" files (found by the Spanish walker)."""
    safe = chart_number if chart_number and not _SAFE_NAME.search(chart_number) else _SAFE_NAME.sub("", client_id)
    said = rules.closure_words(language)
    how_said = said.copy_file if copy else said.not_by_mail_file if how == delivery_rules.NOT_BY_MAIL else ""
    return said.file_name.format(chart=safe, how=how_said)


def check_folder(folder: Path, names: list[str]) -> list[Path]:
    """Every letter's file in `folder`, or the sentence saying why none can be written: the folder
    there and open to this user, not a vault's or a backup's, no file of those names already."""
    where = Path(folder).expanduser()
    if not where.is_dir():
        raise InvalidInput("The folder for the letters does not exist.", hint="Create it first or choose another. "
                           "Nothing was recorded.", code="file.folder_missing")
    if not os.access(where, os.W_OK | os.X_OK):
        raise InvalidInput("You may not write into the letters' folder.", hint="Choose a folder you can write "
                           "into, for example your Documents folder. Nothing was recorded.",
                           code="file.folder_not_writable", params={"folder": str(where)})
    return [output_file.checked(where / name, "letter", overwrite=None) for name in names]


@dataclass(frozen=True)
class Preview:
    """Every active client's notice made, none written: those to write, and those already sent one."""

    planned: list[Planned]
    already: list[tuple[str, date]]  # (chart number, the day of the first notice) of this closing day

    @property
    def to_tell(self) -> ToTell:
        return to_tell(self.planned)


@dataclass(frozen=True)
class Run:
    written: list[Written]
    already: list[tuple[str, date]]


def preview(vault: Vault, details: ClosureDetails, on: date | None = None, *, again: bool = False) -> Preview:
    """Every active client's notice made (nothing written, nothing recorded); without `again`, the
    clients already sent a notice of this closing day set aside."""
    ids = active_clients(vault)
    if not ids:
        raise InvalidInput("No client is active: there is no one to write to.", code="closure.no_active")
    sent = {} if again else closure_letters_kept.sent_for(vault, details.closes_on)
    planned = [plan(vault, client_id, details, on) for client_id in ids]
    return Preview([p for p in planned if p.client_id not in sent],
                   [(p.chart_number, sent[p.client_id]) for p in planned if p.client_id in sent])


Progress = Callable[[float, str], None]


def write_all(vault: Vault, details: ClosureDetails, folder: Path, *, password: str, on: date | None = None,
              progress: Progress | None = None, again: bool = False, told: ToTell | None = None) -> Run:
    """Every active client's notice, one PDF each in `folder`, each kept and recorded on its chart;
    those already sent a notice of this closing day skipped (unless `again`). All are made, every
    file's place checked and every letter that goes otherwise than by mail found in `told`, before the
    first is written."""
    _check_password(password)
    settled = _settled(vault, details, resume.settle(vault))
    done = {w.client_id for w in settled}
    found = preview(vault, details, on, again=again)
    planned = [p for p in found.planned if p.client_id not in done]  # even with `again`: never two at once
    _check_told(planned, told)
    names = [file_name(p.chart_number, p.client_id, p.delivery.how, language=p.notice.letter.language)
             for p in planned]
    paths = check_folder(folder, names)
    written: list[Written] = list(settled)
    for i, (one, path) in enumerate(zip(planned, paths, strict=True)):
        if progress is not None:
            progress(i / len(planned), one.chart_number)
        try:
            written.append(_write(vault, one, details, path, password))
        except VaultError as exc:  # the disk filled, the folder went, a file appeared meanwhile
            exc.hint = " ".join(filter(None, (exc.hint, f"{len(written)} of {len(planned) + len(settled)} letters "
                                              "were written and recorded before this one; written again, they are "
                                              "skipped.")))
            raise
    if progress is not None:
        progress(1.0, "")
    return Run(written, [(chart, day) for chart, day in found.already
                         if chart not in {w.chart_number for w in settled}])


def reprint_into(vault: Vault, ref: str, folder: Path, *, password: str) -> Path:
    """The client's latest notice printed again into `folder`, as `closure-notice-C00001-copy.pdf`
    (`aviso-de-cierre-C00001-copia.pdf` for a letter written in Spanish) (never over a file: one
    there is named). Named in the language the letter was written in, as its words are: a client's
    letter language changed since (found: a Spanish letter reprinted as `closure-notice-…-copy`)
    does not rename it."""
    _check_password(password)
    client = _client(vault, ref)
    kept = closure_letters_kept.letters(vault, client.client_id)
    language = kept[-1].language if kept else client.letters_in  # none kept: reprint says so, nothing written
    [path] = check_folder(folder, [file_name(client.chart_number, client.client_id, language=language, copy=True)])
    return closure_letters_kept.reprint(vault, client.client_id, path, password=password)


__all__ = ["Planned", "Preview", "Run", "ToTell", "Written", "active_clients", "check_folder", "file_name", "plan",
           "preview", "reprint_into", "to_tell", "write_all", "write_one"]
