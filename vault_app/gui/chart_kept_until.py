"""A chart's status on its Overview, with how long a chart no longer in care is kept: the day its
retention period ends (services/retention.status_for, the practice's policy) and the rule, in the
screen's language. Found by a walker: a discharged chart's Overview said "discharged on
10/13/2026" and nothing of the date Records > Charts eligible for destruction would name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from vault_app.domain.decedent import phi_protected_until
from vault_app.gui.client_words import status_words
from vault_app.gui.dates import show_date, show_deadline
from vault_app.services import retention

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from vault_app.domain.clinical import Client
    from vault_app.domain.retention import RetentionStatus
    from vault_app.gui.seam import ChartHost

CONTEXT = "ChartKeptUntil"


class OverviewLike(Protocol):
    view: ChartHost
    fields: dict[str, QLabel]


def rule_words(status: RetentionStatus) -> str:
    years = status.years
    if status.after_age is not None:
        words = (QCoreApplication.translate("ChartKeptUntil", "%n year after reaching age %1", "", years)
                 if years == 1 else
                 QCoreApplication.translate("ChartKeptUntil", "%n years after reaching age %1", "", years))
        return words.replace("%1", str(status.after_age))
    return (QCoreApplication.translate("ChartKeptUntil", "%n year after the last contact", "", years)
            if years == 1 else
            QCoreApplication.translate("ChartKeptUntil", "%n years after the last contact", "", years))


def counted_from_words(counted_from: str, day: str) -> str:
    """Which date retention counts from (domain/retention_from) when it is not the last session the
    client list and the Overview show: "the discharge on 02/12/2024"; "" otherwise. Found by a walker
    (wclose F6): "last contact" named the last session on the Overview and the discharge in the
    eligible list."""
    words = {"discharge": QCoreApplication.translate("ChartKeptUntil", "the discharge on {day}"),
             "note": QCoreApplication.translate("ChartKeptUntil", "the last note on {day}")}
    return words[counted_from].format(day=day) if counted_from in words and day else ""


def rule_counted_from(rule: str, counted_from: str, day: str) -> str:
    """"7 years after the last contact: the discharge on 02/12/2024", or the rule alone."""
    since = counted_from_words(counted_from, day)
    return QCoreApplication.translate("ChartKeptUntil", "{rule}: {since}").format(rule=rule, since=since) \
        if since else rule


def status_line(client: Client, status: RetentionStatus | None = None) -> str:
    """"discharged on 10/13/2026", and with the retention status read "; records kept until
    12/01/2033 (7 years after the last contact)" (none while no contact date gives a period)."""
    line = status_words(client.status)
    if client.discharged_on:
        line = QCoreApplication.translate("ChartKeptUntil", "{status} on {day}").format(
            status=line, day=show_date(client.discharged_on))
    if status is not None and status.eligible_on is not None and status.years:
        rule = rule_words(status) if status.after_age is not None else rule_counted_from(
            rule_words(status), status.counted_from, show_date(status.last_contact))
        line = QCoreApplication.translate("ChartKeptUntil", "{status}; records kept until {day} ({rule})").format(
            status=line, day=show_deadline(status.eligible_on), rule=rule)
    if client.died_on is None:
        return line
    # The retention above is the state's, never shortened; HIPAA's protection of a decedent's record is its own.
    until = show_date(phi_protected_until(client.died_on))
    return QCoreApplication.translate(
        "ChartKeptUntil", "{status}. HIPAA protects a deceased client's records until {day}, 50 years after the "
                          "death (45 CFR 164.502(f))").format(status=line, day=until)


def show_status(tab: OverviewLike, client: Client) -> None:
    """The status now; for a chart no longer active, its kept-until once read (the GUI never
    reads the database itself: the controller's query does)."""
    tab.fields["status"].setText(status_line(client))
    if client.status == "active":
        return
    client_id = client.client_id

    def shown(status: RetentionStatus | None) -> None:
        chart = getattr(tab, "chart", None)
        if chart is not None and chart.client.client_id == client_id:  # still the chart shown
            tab.fields["status"].setText(status_line(chart.client, status))

    owner: QWidget = tab  # type: ignore[assignment]
    tab.view.controller.query(owner, lambda v: retention.status_for(v, client_id)).success(shown).run()


__all__ = ["CONTEXT", "counted_from_words", "rule_counted_from", "rule_words", "show_status", "status_line"]
