#!/bin/sh
# Refresh config/reference/tor-exit-addresses.txt from the Tor Project's bulk exit list.
# Run by hand on a machine with internet access; Telltale itself never fetches it.
#   sh config/reference/build/refresh_tor_exits.sh config/reference/tor-exit-addresses.txt
# Keeps IPv4 lines only (the list has had only IPv4 so far), sorted and de-duplicated, and refuses
# to write a list of fewer than 500 addresses (an error page or a truncated download).
set -eu
OUT=${1:-config/reference/tor-exit-addresses.txt}
URL=https://check.torproject.org/torbulkexitlist
TMP=$(mktemp)
trap 'rm -f "$TMP" "$TMP.body"' EXIT
curl -fsSL --connect-timeout 15 --max-time 120 "$URL" \
  | grep -E '^([0-9]{1,3}\.){3}[0-9]{1,3}$' | sort -u > "$TMP.body"
COUNT=$(wc -l < "$TMP.body" | tr -d ' ')
if [ "$COUNT" -lt 500 ]; then
  echo "only $COUNT addresses from $URL; keeping the old file" >&2
  exit 1
fi
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
{
  echo "# Tor exit addresses (IPv4), one address per line; exact match on the application or meeting IP."
  echo "# Source: The Tor Project's bulk exit list $URL (exit addresses measured by TorDNSEL),"
  echo "#   fetched $NOW; IPv4 lines only, sorted with sort -u."
  echo "# Licence: CC0 1.0 (Tor Metrics data statement); the same exit lists are archived at"
  echo "#   https://collector.torproject.org/archive/exit-lists/."
  echo "# $COUNT addresses. Exit relays come and go daily. Refresh: see config/reference/README.md, section 8."
  cat "$TMP.body"
} > "$TMP"
mv "$TMP" "$OUT"
echo "wrote $COUNT addresses to $OUT"
