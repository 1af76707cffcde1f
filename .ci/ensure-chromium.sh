#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (browser downloads are impossible here).
# Install it when it is missing and we may; otherwise say how.
set -u
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the end-to-end tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils) >&2 || {
    echo "Could not install chromium with apt-get; the end-to-end tests will fail." >&2
    exit 0
  }
else
  echo "Chromium is missing: install it (apt-get install chromium) or set CHROMIUM_PATH; the end-to-end tests need it." >&2
fi
exit 0
