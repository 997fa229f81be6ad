#!/usr/bin/env python3
"""Writes the country outlines the web map draws (no tile server offline).

Input: countries-50m.json of the npm package world-atlas 2.0.2 (TopoJSON of Natural Earth's
public-domain 1:50m admin-0 countries). Output: GeoJSON of the countries that touch the region's
box, coordinates rounded to 0.01 degree (about 1 km: enough for outlines, a tenth of the size).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    scripts/region-outlines.py package/countries-50m.json \
        tahaluf-server/src/main/resources/org/tahaluf/server/web/region.geojson
"""
import json
import sys

# west, south, east, north: the Levant, Mesopotamia, Arabia, Egypt, Libya, Sudan, Turkey, Iran
REGION = (9.0, 8.0, 64.0, 43.0)


def decode_arcs(topology):
    """TopoJSON arcs are quantized and delta-encoded: undo both."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale[0] + translate[0], 2), round(y * scale[1] + translate[1], 2)))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    """A ring is a chain of arcs; a negative index (~i) means arc i reversed; shared ends appear once."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return [list(p) for p in points]


def geometry(arcs, g):
    if g["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(arcs, r) for r in g["arcs"]]}
    if g["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(arcs, r) for r in p] for p in g["arcs"]]}
    return None


def touches_region(geo):
    west, south, east, north = REGION
    polygons = geo["coordinates"] if geo["type"] == "MultiPolygon" else [geo["coordinates"]]
    return any(west <= x <= east and south <= y <= north for p in polygons for r in p for x, y in r)


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    features = []
    for g in topology["objects"]["countries"]["geometries"]:
        geo = geometry(arcs, g)
        if geo and touches_region(geo):
            features.append({"type": "Feature", "id": g.get("id"),
                             "properties": {"name": g.get("properties", {}).get("name")}, "geometry": geo})
    with open(target, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection",
                   "source": "Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2.0.2",
                   "features": features}, f, separators=(",", ":"))
    print(f"{len(features)} countries -> {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
