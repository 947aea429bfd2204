#!/usr/bin/env python3
"""Writes test pictures into a folder with the standard library alone: PNGs of every colour type,
depth and interlacing (PNG spec §11.2.2, §8.2), and hostile files named like pictures.

usage: make_pictures.py DIR"""
import os, struct, sys, zlib

ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def row(pixels, depth):
    """One filtered scanline (filter 0) of pixel sample tuples packed at depth bits."""
    out, acc, bits = bytearray(b"\0"), 0, 0
    for px in pixels:
        for v in px:
            if depth == 16:
                out += struct.pack(">H", v)
            elif depth == 8:
                out.append(v)
            else:
                acc, bits = (acc << depth) | v, bits + depth
                if bits == 8:
                    out.append(acc)
                    acc, bits = 0, 0
    if bits:
        out.append(acc << (8 - bits))
    return bytes(out)


def png(w, h, colour, depth, pixel, interlaced=False, palette=None, extra=b""):
    passes = ADAM7 if interlaced else [(0, 0, 1, 1)]
    raw = b""
    for x0, y0, dx, dy in passes:
        for y in range(y0, h, dy):
            px = [pixel(x, y) for x in range(x0, w, dx)]
            if px:
                raw += row(px, depth)
    head = struct.pack(">IIBBBBB", w, h, depth, colour, 0, 0, 1 if interlaced else 0)
    body = chunk(b"IHDR", head) + extra
    if palette:
        body += chunk(b"PLTE", bytes(palette))
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def ppm(w, h, pixel):
    return b"P6\n%d %d\n255\n" % (w, h) + bytes(v for y in range(h) for x in range(w) for v in pixel(x, y))


def main(folder):
    os.makedirs(folder, exist_ok=True)
    grad = lambda x, y: (x * 255 // 159, y * 255 // 99, 160)
    files = {
        "rgb.png": png(160, 100, 2, 8, grad),
        "grey.png": png(160, 100, 0, 8, lambda x, y: ((x + y) % 256,)),
        "grey1.png": png(64, 64, 0, 1, lambda x, y: ((x // 8 + y // 8) % 2,)),
        "rgb16.png": png(80, 50, 2, 16, lambda x, y: (x * 800, y * 1300, 40000)),
        "palette.png": png(60, 40, 3, 4, lambda x, y: ((x // 10) % 4,), palette=[200, 30, 30, 30, 200, 30, 30, 30, 200, 240, 240, 0]),
        "grey-alpha.png": png(60, 40, 4, 8, lambda x, y: (50, x * 4)),
        "rgba.png": png(120, 80, 6, 8, lambda x, y: (20, 90, 200, (x * 2) % 256)),
        "interlaced.png": png(90, 60, 2, 8, grad, interlaced=True),
        # hostile files
        "text.png": b"this is not a picture\n",
        "truncated.png": png(160, 100, 2, 8, grad)[:300],
        "bomb.png": b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"\0" * 100000)) + chunk(b"IEND", b""),
        "anim.gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
        "vector.svg": b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><script>alert(1)</script></svg>",
        "photo.webp": b"RIFF\x1a\x00\x00\x00WEBPVP8 \x0e\x00\x00\x00" + b"\0" * 14,
        "photo.ppm": ppm(120, 80, grad),
    }
    for name, data in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main(sys.argv[1])
