#!/usr/bin/env python3
"""Derives every icon file from capacity-workbench.svg (run once after editing the SVG; needs rsvg-convert).

PNG sizes for Linux and the app windows, a PNG-embedded .ico for Windows and a PNG-embedded .icns for macOS
(both formats accept PNG payloads, so no other image tool is needed)."""
import struct
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "capacity-workbench.svg"
SIZES = [16, 32, 48, 64, 128, 256, 512]


def png(size: int) -> Path:
    out = HERE / f"capacity-workbench-{size}.png"
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True)
    return out


def write_ico(pngs: dict) -> None:
    sizes = [s for s in (16, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for s in sizes:
        data = pngs[s].read_bytes()
        dim = 0 if s == 256 else s  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    (HERE / "capacity-workbench.ico").write_bytes(header + entries + payload)


def write_icns(pngs: dict) -> None:
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b""
    for s, t in types.items():
        data = pngs[s].read_bytes()
        body += t + struct.pack(">I", len(data) + 8) + data
    (HERE / "capacity-workbench.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    made = {s: png(s) for s in SIZES}
    write_ico(made)
    write_icns(made)
