"""An extension is recorded with the written notice that states the reason and the new date, given
inside the first period (45 CFR 164.524(b)(2)(ii), 164.526(b)(2)(ii), 164.528(c)(1)(ii)). Found by a
walker: on 03/10/2028 `request extend --notice-on 2028-04-09` recorded the request as extended, its
letter dated 04/09/2028, by a notice not yet given, while a request received in the future is refused.
Allowed: a notice given today or earlier; refused: one dated after today, saying what to do."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import requests
from vault_app.services.vault import Vault

# (notice given, days from today; refused)
ROWS = [(-1, False), (0, False), (1, True), (20, True)]


@pytest.mark.parametrize(("offset", "refused"), ROWS, ids=[f"notice {r[0]:+d} days" for r in ROWS])
def test_the_notice_is_given_before_it_is_recorded(vault: Vault, offset: int, refused: bool) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5))
    notice = fx.today() + timedelta(days=offset)
    if not refused:
        extended, _letter = requests.extend_request(vault, q.id, notice_on=notice, reason="records archived")
        assert extended.extension is not None and extended.extension.notice_on == notice
        return
    with pytest.raises(RefusedByPolicy) as err:
        requests.extend_request(vault, q.id, notice_on=notice, reason="records archived")
    # The domain's rule with its citation (facct's deadlines.check_notice_given), not a bare "date in the future".
    assert err.value.code == "request.notice_after_today" and "notice" in err.value.message
    assert "164.526(b)(2)" in err.value.message
    assert requests.get_request(vault, q.id).extension is None
