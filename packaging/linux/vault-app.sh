#!/bin/sh
# Therapy Vault launcher: runs the bundled program from wherever this folder was unpacked or
# installed (symlinks such as ~/.local/bin/vault-app are followed to find it).
# Portable mode: an empty file named "vault-app-portable" beside this launcher keeps the vault,
# the settings and the support log in "vault-app-data" beside it (docs/install.md).
here=$(dirname "$(readlink -f "$0")")
exec "$here/app/vault-app" "$@"
