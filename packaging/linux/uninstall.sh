#!/bin/sh
# Remove the Therapy Vault program installed by install.sh for this user.
# What stays, on purpose (docs/install.md says how to remove each safely):
#   your vault (the records), the vault's keyring item, your settings, the support log.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=${VAULT_APP_INSTALL_DIR:-$HOME/.local/opt/vault-app}
bin=${VAULT_APP_BIN_DIR:-$HOME/.local/bin}
id=org.vaultapp.VaultApp

if [ -L "$bin/vault-app" ] && [ "$(readlink "$bin/vault-app")" = "$opt/vault-app" ]; then rm -f "$bin/vault-app"; fi
rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
for f in "$data"/icons/hicolor/*/apps/$id.png "$data"/icons/hicolor/*/apps/$id.svg; do rm -f "$f"; done
rm -rf "$opt"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" 2>/dev/null || true
echo "Therapy Vault program removed. Your vault, its keyring item and your settings are still there:"
echo "see docs/install.md (Uninstall) before removing them: the vault holds your records."
