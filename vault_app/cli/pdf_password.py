"""The PDF password of a letter or copy written out (`--pdf-password-file`, $VAULT_APP_PDF_PASSWORD
or a prompt), shared by the request, disclosure and open-export commands."""

from __future__ import annotations

import argparse

from vault_app.cli import common


def pdf_password(args: argparse.Namespace) -> str:
    return common.read_secret(args, env="VAULT_APP_PDF_PASSWORD", file_attr="pdf_password_file",
                              prompt="Password for the PDF: ", what="PDF password", confirm=True)


def add_pdf_password_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pdf-password-file", metavar="FILE",
                   help="read the PDF password from FILE (else $VAULT_APP_PDF_PASSWORD or a prompt)")
