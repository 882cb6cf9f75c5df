"""For a test whose vault holds an old request (a chart of years ago, a request long overdue): the
request recorded as the app took it on the day it came. The received day is checked against the
day it is recorded (domain/request_received_day.py: not longer ago than a request is kept), so a
2013 request is recorded with the app's day then, as a practice that used the app since then did."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.services import request_received


def recorded_then(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Requests recorded from now on are checked as if recorded on `day`."""
    monkeypatch.setattr(request_received, "today", lambda: day)


__all__ = ["recorded_then"]
