#!/bin/sh
# Install Therapy Vault for this user, no root needed:
#   program   ~/.local/opt/vault-app/           (replaced as a whole on upgrade)
#   command   ~/.local/bin/vault-app            (a link to the launcher)
#   menu      ~/.local/share/applications/org.vaultapp.VaultApp.desktop
#   icons     ~/.local/share/icons/hicolor/*/apps/org.vaultapp.VaultApp.{png,svg}
#   metadata  ~/.local/share/metainfo/org.vaultapp.VaultApp.metainfo.xml
# Your vault, its keyring item and your settings are not touched (docs/install.md).
set -eu
src=$(dirname "$(readlink -f "$0")")
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=${VAULT_APP_INSTALL_DIR:-$HOME/.local/opt/vault-app}
bin=${VAULT_APP_BIN_DIR:-$HOME/.local/bin}
id=org.vaultapp.VaultApp

[ -x "$src/app/vault-app" ] || { echo "install.sh: run it from the unpacked release folder (no app/vault-app beside it)" >&2; exit 1; }
if [ "$(id -u)" = 0 ] && [ "${VAULT_APP_ALLOW_ROOT:-}" != 1 ]; then
  echo "install.sh installs for one user; run it as that user, not as root" >&2; exit 1
fi
# The program may not be running while it is replaced (a running copy keeps its old files open).
if [ -d "$opt" ] && command -v pgrep >/dev/null && pgrep -u "$(id -u)" -f "$opt/app/vault-app" >/dev/null; then
  echo "Therapy Vault is running: quit it first, then run install.sh again" >&2; exit 1
fi

mkdir -p "$(dirname "$opt")" "$bin" "$data/applications" "$data/metainfo"
# Copy beside, then swap: an interrupted install leaves the old version working.
# Only the program's own files: never a portable copy's marker or its vault-app-data folder.
rm -rf "$opt.new" "$opt.old"
mkdir -p "$opt.new"
for item in app share vault-app install.sh uninstall.sh VERSION README.txt THIRD-PARTY-NOTICES.txt; do
  cp -a "$src/$item" "$opt.new/"
done
[ -d "$opt" ] && mv "$opt" "$opt.old"
mv "$opt.new" "$opt"
rm -rf "$opt.old"

ln -sfn "$opt/vault-app" "$bin/vault-app"
# Exec with the full path: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=.*|Exec=\"$opt/vault-app\"|" -e "s|^TryExec=.*|TryExec=$opt/vault-app|" \
  "$src/share/applications/$id.desktop" >"$data/applications/$id.desktop"
cp "$src/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
for dir in "$src"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir"/* "$data/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true

echo "Therapy Vault $(cat "$src/VERSION") installed in $opt"
echo "Start it from your applications menu, or run: $bin/vault-app"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to type just 'vault-app')";; esac
