#!/usr/bin/env python3
"""Converts world-atlas's land-110m.json (TopoJSON) once into the plain rings the map view draws.

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
       python3 convert_topojson.py package/land-110m.json > land-110m.rings.json
Output: {"source": ..., "rings": [[lon, lat, lon, lat, ...], ...]} with coordinates rounded to 0.01 degree.
"""
import json
import sys


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def main(path):
    topo = json.load(open(path))
    arcs = decode_arcs(topo)
    rings = []
    for obj in topo["objects"].values():
        geometries = obj.get("geometries", [obj])
        for geometry in geometries:
            polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
            for polygon in polygons:
                for ring in polygon:
                    flat = []
                    for lon, lat in ring_points(ring, arcs):
                        flat.extend([round(lon, 2), round(lat, 2)])
                    rings.append(flat)
    json.dump({"source": "Natural Earth 1:110m land via world-atlas 2.0.2 (land-110m.json)", "rings": rings},
              sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1])
