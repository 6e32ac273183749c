"""Writes public/favicon.ico: the public/icon.svg drawing (bars on a blue square) rasterised by hand
at 16, 32 and 48 px, each a PNG inside the ICO. Standard library only; rerun after changing the icon."""
import struct
import zlib
from pathlib import Path

BG, WHITE, LIGHT, CLEAR = (0x1F, 0x3A, 0x5F, 255), (255, 255, 255, 255), (0x8F, 0xB8, 0xFF, 255), (0, 0, 0, 0)
# The SVG's shapes on its 32-unit grid: (x, y, width, height, colour), drawn in order.
SHAPES = [(6, 17, 5, 9, WHITE), (13.5, 11, 5, 15, WHITE), (21, 6, 5, 20, LIGHT), (5, 26, 22, 1.5, WHITE)]
RADIUS = 6


def pixel(size: int, px: int, py: int):
    x, y = (px + 0.5) * 32 / size, (py + 0.5) * 32 / size
    cx, cy = min(max(x, RADIUS), 32 - RADIUS), min(max(y, RADIUS), 32 - RADIUS)
    if (x - cx) ** 2 + (y - cy) ** 2 > RADIUS**2:
        return CLEAR
    colour = BG
    for sx, sy, w, h, c in SHAPES:
        if sx <= x < sx + w and sy <= y < sy + h:
            colour = c
    return colour


def png(size: int) -> bytes:
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(size, x, y)) for x in range(size)) for y in range(size))
    chunk = lambda kind, data: struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


def ico(sizes) -> bytes:
    images = [png(s) for s in sizes]
    out = struct.pack('<HHH', 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in zip(sizes, images):
        out += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b''.join(images)


if __name__ == '__main__':
    target = Path(__file__).resolve().parent.parent / 'public' / 'favicon.ico'
    target.write_bytes(ico([16, 32, 48]))
    print(f'wrote {target}')
