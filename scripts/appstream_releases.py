"""Generate the AppStream <releases> block from CHANGELOG.md, or check that they agree.

    python scripts/appstream_releases.py --write   # rewrite the block in the metainfo file
    python scripts/appstream_releases.py --check   # exit 1 when they differ (CI, tests)

CHANGELOG.md is the source: every `## [X.Y.Z] - YYYY-MM-DD` section becomes one <release>,
newest first, its bullets the release description. `## [Unreleased]` is skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "resources" / "org.vaultapp.VaultApp.metainfo.xml"

_SECTION = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")
_BLOCK = re.compile(r"[ \t]*<releases>.*?</releases>", re.DOTALL)


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    items: tuple[str, ...]


def parse_changelog(text: str) -> list[Release]:
    releases: list[Release] = []
    current: tuple[str, str] | None = None
    items: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            if current:
                releases.append(Release(current[0], current[1], tuple(items)))
            match = _SECTION.match(line)
            current = (match["version"], match["date"]) if match else None
            items = []
        elif current and line.startswith("- "):
            items.append(line[2:].strip())
    if current:
        releases.append(Release(current[0], current[1], tuple(items)))
    return releases


def _plain(item: str) -> str:
    # AppStream descriptions are not Markdown: drop the code marks, keep the words.
    return item.replace("`", "")


def releases_xml(releases: list[Release]) -> str:
    out = ["  <releases>"]
    for r in releases:
        out.append(f'    <release version="{r.version}" date="{r.date}">')
        out.append("      <description>")
        out.append("        <ul>")
        out.extend(f"          <li>{escape(_plain(item))}</li>" for item in r.items)
        out.append("        </ul>")
        out.append("      </description>")
        out.append("    </release>")
    out.append("  </releases>")
    return "\n".join(out)


def render(metainfo: str, changelog: str) -> str:
    block = releases_xml(parse_changelog(changelog))
    if not _BLOCK.search(metainfo):
        raise SystemExit("the metainfo file has no <releases> block to replace")
    return _BLOCK.sub(lambda _m: block, metainfo, count=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    parser.add_argument("--metainfo", type=Path, default=METAINFO)
    args = parser.parse_args(argv)
    current = args.metainfo.read_text(encoding="utf-8")
    wanted = render(current, args.changelog.read_text(encoding="utf-8"))
    if args.write:
        args.metainfo.write_text(wanted, encoding="utf-8")
        return 0
    if wanted != current:
        print(f"{args.metainfo.name}: <releases> differ from {args.changelog.name}; "
              "run: python scripts/appstream_releases.py --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
