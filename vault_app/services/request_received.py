"""The day a client's request was received, read and checked where any request is recorded
(services/requests.new_request, services/request_refused.add_refused_request): a day in the
future is refused by parse_date; one before the client was born, or longer ago than a request
is kept on file, is a slip of the year, refused with what to check (domain/request_received_day.py)."""

from __future__ import annotations

from datetime import date

from vault_app.domain.clinical import require_date
from vault_app.domain.request_received_day import FIELD, check_received_on
from vault_app.services import clients, practice
from vault_app.services.clinical_common import today
from vault_app.services.vault import Vault


def received_day(vault: Vault, client_id: str, received_on: date | str) -> date:
    """The day read, refused when it cannot be the day this client's request came."""
    received = require_date(received_on, "date the request was received", allow_future=False, field=FIELD)
    profile = practice.load(vault)
    check_received_on(received, today=today(), born=clients.get_client(vault, client_id).date_of_birth,
                      retention_years=profile.jurisdiction.retention_adult_years,
                      locale=practice.printing_locale(vault))
    return received


__all__ = ["received_day"]
