#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (browser downloads are impossible here).
# Install it when it is missing and we may; otherwise say how.
set -u
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
# The print tests also read PDFs with pdftotext (poppler-utils).
if [ -x "$chromium_path" ] && command -v pdftotext >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and poppler-utils for the end-to-end tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils) >&2 || {
    echo "Could not install chromium with apt-get; the end-to-end tests will fail." >&2
    exit 0
  }
else
  echo "Chromium or pdftotext is missing: install them (apt-get install chromium poppler-utils) or set CHROMIUM_PATH; the end-to-end tests need them." >&2
fi
exit 0
