"""Reads PNG files with zlib alone (no imaging library): size and RGB pixels, for the chart
picture tests. Usage: png.py size FILE | png.py diff A B (pixels that differ, and A's dark ones)."""
import struct, sys, zlib


def read(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, w, h, ctype = 8, b'', 0, 0, 0
    while pos < len(data):
        n, = struct.unpack('>I', data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and ctype in (2, 6), 'only 8-bit RGB and RGBA'
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


if sys.argv[1] == 'size':
    w, h, _, _ = read(sys.argv[2])
    print(w, h)
else:
    wa, ha, ba, a = read(sys.argv[2])
    wb, hb, bb, b = read(sys.argv[3])
    assert (wa, ha) == (wb, hb), 'sizes differ'
    differ = dark = 0
    for ra, rb in zip(a, b):
        for x in range(wa):
            pa, pb = ra[x * ba:x * ba + 3], rb[x * bb:x * bb + 3]
            if max(abs(p - q) for p, q in zip(pa, pb)) > 48: differ += 1
            if sum(pa) < 3 * 100: dark += 1
    print(differ, dark)
