"""The Windows and macOS recipes, checked here as far as Linux allows (issue 22, item 3): the
PyInstaller spec's branch for each platform is run with stand-ins for PyInstaller's classes
(what it would ask PyInstaller to build), and the installer script and the release workflow
are read for the facts they must agree on. Nothing here builds a Windows or macOS program:
packaging/README.md lists what cannot be run here."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import vault_app
from tests.core import release_checks

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "vault-app.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"

# Runs the spec in a child process with sys.platform set and PyInstaller's build classes
# replaced by recorders; prints what the spec asked for as JSON.
RUNNER = r"""
import json, os, sys, types
spec, platform_name, icons = sys.argv[1], sys.argv[2], sys.argv[3]
calls = []
analysis = types.SimpleNamespace(
    binaries=[
        ("libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "BINARY"),
        ("libexpat.so.1", "/lib/x86_64-linux-gnu/libexpat.so.1", "BINARY"),
        ("libssl.so.3", "/lib/x86_64-linux-gnu/libssl.so.3", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so",
         "/venv/site-packages/PySide6/Qt/plugins/platformthemes/libqgtk3.so", "BINARY"),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", "/venv/site-packages/pillow.libs/libxcb-9065bb12.so.1.1.0", "BINARY"),
    ],
    datas=[], scripts=[], pure=[])
def record(kind):
    def build(*args, **kwargs):
        keep = {k: v for k, v in kwargs.items() if isinstance(v, (str, bool, int, float, dict, list, type(None)))}
        calls.append({"kind": kind, **keep})
        return analysis if kind == "Analysis" else types.SimpleNamespace(kind=kind)
    return build
hooks = types.ModuleType("PyInstaller.utils.hooks")
hooks.collect_data_files = lambda *a, **k: []
hooks.collect_submodules = lambda *a, **k: []
sys.modules.update({"PyInstaller": types.ModuleType("PyInstaller"),
                    "PyInstaller.utils": types.ModuleType("PyInstaller.utils"), "PyInstaller.utils.hooks": hooks})
os.environ["VAULT_APP_ICON_DIR"] = icons
sys.platform = platform_name
namespace = {"SPECPATH": os.path.dirname(spec), "__name__": "__main__"}
namespace.update({k: record(k) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
exec(compile(open(spec, encoding="utf-8").read(), spec, "exec"), namespace)
print(json.dumps({"calls": calls, "binaries": [b[0] for b in analysis.binaries],
                  "macos_minimum": namespace.get("MACOS_MINIMUM")}))
"""


def _spec_for(platform_name: str, icons: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", RUNNER, str(SPEC), platform_name, str(icons)],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("icons")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_icons.py"), str(folder)],
                          capture_output=True, text=True, check=False, cwd=ROOT,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return folder


def test_icons_are_rendered_from_the_svg(icons: Path) -> None:
    from PIL import Image

    with Image.open(icons / "vault-app.ico") as ico:
        assert {(256, 256), (48, 48), (16, 16)} <= set(ico.info["sizes"])
    with Image.open(icons / "vault-app.icns") as icns:
        assert icns.size == (1024, 1024)
    with Image.open(icons / "vault-app-256.png") as png:
        assert png.size == (256, 256)
        # The SVG's blue square is drawn, not an empty canvas.
        assert png.convert("RGBA").getpixel((128, 20))[:3] == (0x3F, 0x6F, 0x9F)
        assert png.convert("RGBA").getpixel((0, 0))[3] == 0


def test_windows_gets_a_gui_exe_and_a_console_twin(icons: Path) -> None:
    spec = _spec_for("win32", icons)
    exes = [c for c in spec["calls"] if c["kind"] == "EXE"]
    assert [(e["name"], e["console"]) for e in exes] == [("vault-app", False), ("vault-app-cli", True)]
    assert all(e["icon"] == str(icons / "vault-app.ico") for e in exes)
    assert [c["name"] for c in spec["calls"] if c["kind"] == "COLLECT"] == ["vault-app"]
    assert not [c for c in spec["calls"] if c["kind"] == "BUNDLE"]


def test_macos_gets_a_bundle_for_the_wheels_minimum(icons: Path) -> None:
    spec = _spec_for("darwin", icons)
    (bundle,) = [c for c in spec["calls"] if c["kind"] == "BUNDLE"]
    assert bundle["name"] == f"{vault_app.PRODUCT_NAME}.app"
    assert bundle["bundle_identifier"] == vault_app.APP_ID
    assert bundle["icon"] == str(icons / "vault-app.icns")
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == vault_app.__version__
    assert plist["LSMinimumSystemVersion"] == spec["macos_minimum"] == "15.0"
    # The same minimum wherever it is written.
    assert 'MACOSX_DEPLOYMENT_TARGET: "15.0"' in WORKFLOW.read_text(encoding="utf-8")
    readme = (ROOT / "packaging" / "macos" / "README.md").read_text(encoding="utf-8")
    assert "Minimum macOS 15.0" in readme and "macosx_15_0_arm64" in readme


def test_linux_drops_the_hosts_system_libraries_and_keeps_the_wheels(icons: Path) -> None:
    spec = _spec_for("linux", icons)
    assert [(e["name"], e["console"], e["icon"]) for e in spec["calls"] if e["kind"] == "EXE"] == [
        ("vault-app", True, None)]
    assert spec["binaries"] == ["libssl.so.3", "PySide6/Qt/lib/libQt6Core.so.6",
                                "pillow.libs/libxcb-9065bb12.so.1.1.0"]


def test_a_missing_icon_is_an_error_not_a_silent_fallback(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", RUNNER, str(SPEC), "win32", str(tmp_path / "none")],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode != 0
    assert "no icon at" in done.stderr + done.stdout


def test_the_installer_script_takes_the_version_from_the_build() -> None:
    iss = (ROOT / "packaging" / "windows" / "vault-app.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in iss and "#error" in iss
    assert "PrivilegesRequired=lowest" in iss
    assert 'Filename: "{app}\\vault-app.exe"' in iss  # the menu starts the windowed app
    assert "iscc /DAppVersion=" in (ROOT / "packaging" / "windows" / "README.md").read_text(encoding="utf-8")
    assert '"/DAppVersion=$v"' in WORKFLOW.read_text(encoding="utf-8")


def test_the_workflow_installs_from_the_lock_and_notarizes_what_it_made() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count("--require-hashes -r requirements") == 3
    assert text.count("--no-deps --no-build-isolation -e .") == 3
    # Linux on the distribution whose glibc is the stated floor.
    assert "runs-on: ubuntu-22.04" in text and release_checks.OLDEST_GLIBC == (2, 35)
    assert "runs-on: macos-15" in text and "runs-on: windows-2022" in text
    # Every file notarytool submits was made by an earlier command of the workflow.
    for submitted in re.findall(r'notarytool submit "([^"]+)"', text):
        made = re.search(rf'(ditto -c -k --keepParent "[^"]+" "{re.escape(submitted)}"|'
                         rf'hdiutil create [^\n]*\n?[^\n]*"{re.escape(submitted)}")', text)
        assert made and made.start() < text.index(f'notarytool submit "{submitted}"'), submitted
    # GitHub does not allow secrets in step conditions.
    assert not re.search(r"if: .*secrets\.", text)
