#!/usr/bin/env bash
# Copies the web map's libraries from the npm registry (versions pinned in package.json and
# package-lock.json) into the package, where they are committed: the page loads nothing from a CDN.
# Run after changing a version: cd web && npm ci && ./build.sh
set -euo pipefail
cd "$(dirname "$0")"
out=../src/rasd/web/vendor
rm -rf "$out" && mkdir -p "$out/images"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$out/"
cp node_modules/leaflet/dist/images/*.png "$out/images/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js "$out/"
cp node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$out/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$out/"
cp node_modules/world-atlas/countries-50m.json "$out/countries-50m.json"
{
  echo "Third-party files in this folder, copied by web/build.sh from the npm registry."
  for package in leaflet leaflet.markercluster topojson-client world-atlas; do
    node -e "const p=require('./node_modules/$package/package.json'); console.log(p.name + ' ' + p.version + ' — licence ' + p.license)"
  done
  echo "world-atlas is derived from Natural Earth (public domain)."
  for package in leaflet leaflet.markercluster topojson-client world-atlas; do
    echo; echo "==== $package ===="; cat node_modules/$package/LICENSE* node_modules/$package/MIT-LICENCE.txt 2>/dev/null || true
  done
} > "$out/LICENSES.txt"
