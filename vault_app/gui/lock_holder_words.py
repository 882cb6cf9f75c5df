"""What holds the vault's lock, in the screen's language: the `details` of a refusal naming the
program that has the vault open now (storage/folder_lock.holder_params: its kind, process id
and since when, from the lock's owner note) said in words, the day and time as the practice
writes them. The core's `details` are its English ("a vault-app command (process 4242, since
10:46 today)"), which the CLI prints; in a Spanish sentence they stood in English, and on an
English screen they named the program ("vault-app"), which no screen says.

Refusal params without the holder's kind (a refusal made before the kind was given, a test's
own) keep the core's details.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date, show_time
from vault_app.gui.hour_article import hour_article
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LockHolderWords"

# The holder's kind as the owner note says it (folder_lock.WINDOW, COMMAND), or not at all.
WHO: Mapping[str, str] = {
    "window": QT_TRANSLATE_NOOP("LockHolderWords", "a window of the app"),
    "command": QT_TRANSLATE_NOOP("LockHolderWords", "a command run outside the app's windows"),
    "unknown": QT_TRANSLATE_NOOP("LockHolderWords", "another window of the app or a command"),
}
_PROCESS = QT_TRANSLATE_NOOP("LockHolderWords", "{who}, process {pid}")
_SINCE_TODAY = QT_TRANSLATE_NOOP("LockHolderWords", "{who}, process {pid}, since {time} today")
_SINCE_DAY = QT_TRANSLATE_NOOP("LockHolderWords", "{who}, process {pid}, since {day} at {time}")


def _said(source: str, **values: str) -> str:
    return hour_article(QCoreApplication.translate(CONTEXT, source).format(**values))  # "a la 1:05" in Spanish


def holder_details(params: Mapping[str, object], *, now: datetime | None = None) -> str | None:
    """The holder named by `params` in the screen's language, or None when they name none.
    `now`: the moment "today" is judged by (this computer's clock)."""
    kind = params.get("holder")
    if not isinstance(kind, str) or kind not in WHO:
        return None
    who = _said(WHO[kind])
    pid = str(params.get("pid", ""))
    if not pid:
        return who
    if not pid.isdigit():
        return None
    try:
        since = datetime.fromisoformat(str(params.get("since", ""))).astimezone()
    except ValueError:  # a note not of ours: its moment is not said
        return _said(_PROCESS, who=who, pid=pid)
    today = (now or datetime.now().astimezone()).astimezone().date()
    if since.date() == today:
        return _said(_SINCE_TODAY, who=who, pid=pid, time=show_time(since))
    return _said(_SINCE_DAY, who=who, pid=pid, day=show_date(since), time=show_time(since))


def with_holder(params: Mapping[str, object]) -> dict[str, object]:
    """`params` with their `details` said in the screen's language when they name the holder."""
    said = holder_details(params)
    return dict(params) if said is None else {**params, "details": said}


__all__ = ["CONTEXT", "WHO", "holder_details", "with_holder"]
