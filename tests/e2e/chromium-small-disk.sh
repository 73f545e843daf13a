#!/bin/sh
# Chromium with its profile on a small disk of its own: a tmpfs of $TEND_DISK_SIZE mounted over
# $TEND_DISK_DIR in a private mount namespace (an unprivileged user namespace: no root needed, and
# nothing outside this browser sees the mount). Beside it, another program that takes the disk:
# when $TEND_DISK_CONTROL/fill appears it fills the disk to the last byte, then says
# $TEND_DISK_CONTROL/filled; when $TEND_DISK_CONTROL/free appears it deletes what it wrote and says
# $TEND_DISK_CONTROL/freed. It stops with the browser.
exec unshare --map-root-user --mount sh -c '
  mount -t tmpfs -o size="$TEND_DISK_SIZE" tmpfs "$TEND_DISK_DIR" || exit 1
  browser=$$
  (
    until [ -e "$TEND_DISK_CONTROL/fill" ]; do kill -0 "$browser" 2>/dev/null || exit 0; sleep 0.1; done
    dd if=/dev/zero of="$TEND_DISK_DIR/filler" bs=64k 2>/dev/null
    touch "$TEND_DISK_CONTROL/filled"
    until [ -e "$TEND_DISK_CONTROL/free" ]; do kill -0 "$browser" 2>/dev/null || exit 0; sleep 0.1; done
    rm -f "$TEND_DISK_DIR/filler"
    touch "$TEND_DISK_CONTROL/freed"
  ) &
  exec "${CHROMIUM_PATH:-/usr/bin/chromium}" "$@"' chromium "$@"
