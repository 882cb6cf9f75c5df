"""`request add --asked`: what an access request asks for (to inspect, for copies, or both), which
sets the state deadline it is held to (domain/state_deadlines.ASKED_FORMS). Its own module: the
request commands' module is being split."""

from __future__ import annotations

import argparse

from vault_app.domain.state_deadlines import ASKED_CODES


def add_asked_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--asked", choices=ASKED_CODES, metavar="FORM",
                   help="an access request: whether the client asked to inspect, for copies, or both (" +
                        ", ".join(ASKED_CODES) + "); a state's deadline may differ (N.Y. PHL 18(2): inspection "
                        "within 10 days, copies within a reasonable time). Not given: the earlier date counts")
