#!/usr/bin/env bash
# The core half's own files (every tmp_path, each test's HOME) on a private RAM file system,
# for `make test` (docs/testing.md, fifteenth round). On a disk shared with other work, the
# fsyncs that the app makes on every save (SQLite's commits, the atomic writes) left the
# workers waiting: five vault-writing files took 40-57 s on the disk against 15-20 s here,
# for the same CPU-seconds. The fsyncs still run; only their wait is gone. A kill test's
# SIGKILL leaves the page cache as it is on either.
#
#   up        print a fresh mounted folder, or nothing where no tmpfs can be mounted (not
#             root, a container without the right, too little memory, VAULT_TEST_DISK_TMP
#             set): then pytest's usual folder on the disk, as before.
#   down DIR  unmount it (its files go) and remove the folder.
#
# Its own mount, not a folder in /dev/shm: a test compares /dev/shm's device with its
# tmp_path's (test_backup_registry: "same disk"), and a private size cap keeps a runaway
# test from filling the machine's shared memory.
set -euo pipefail

case "${1:-}" in
  up)
    [ -z "${VAULT_TEST_DISK_TMP:-}" ] || exit 0
    [ "$(id -u)" = 0 ] || exit 0
    avail_kib=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)
    # A cap, not a reservation (tmpfs takes memory only for what is written): half the free
    # memory, at most 12 GiB; at least 4 GiB free or not at all.
    size_kib=$((avail_kib / 2))
    [ "$size_kib" -ge $((4 * 1024 * 1024)) ] || exit 0
    [ "$size_kib" -le $((12 * 1024 * 1024)) ] || size_kib=$((12 * 1024 * 1024))
    dir=$(mktemp -d "${TMPDIR:-/tmp}/vault-app-tests.XXXXXX")
    if mount -t tmpfs -o "size=${size_kib}k,mode=0700" tmpfs "$dir" 2>/dev/null; then
      echo "$dir"
    else
      rmdir "$dir"
    fi
    ;;
  down)
    dir=${2:?down needs the folder that up printed}
    umount "$dir" 2>/dev/null || umount -l "$dir"
    rmdir "$dir"
    ;;
  *)
    echo "usage: $0 up | down DIR" >&2
    exit 2
    ;;
esac
