"""Reading and writing the parts of a wasm module the build's scripts touch: LEB128
numbers, the sections, the import entries. Shared by order_functions.py and
short_imports.py (each run as `python3 scripts/<name>.py`, so this folder is on the path)."""
import sys


def leb(b, i):
    """The unsigned LEB128 number at `b[i]`, and the index after it."""
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def uleb(n):
    """`n` as unsigned LEB128."""
    out = bytearray()
    while True:
        x = n & 0x7F
        n >>= 7
        if n:
            out.append(x | 0x80)
        else:
            out.append(x)
            return bytes(out)


def sections(module):
    """[(section id, body)], in file order."""
    if module[:4] != b"\0asm":
        sys.exit("not a wasm module")
    i, out = 8, []
    while i < len(module):
        kind, (size, j) = module[i], leb(module, i + 1)
        out.append((kind, module[j : j + size]))
        i = j + size
    return out


def module_bytes(parts):
    """A module of these [(section id, body)]."""
    out = bytearray(b"\0asm\1\0\0\0")
    for kind, body in parts:
        out += bytes([kind]) + uleb(len(body)) + body
    return bytes(out)


def imports(body):
    """The import section's entries: [(module, field, kind, description bytes)]."""
    count, j = leb(body, 0)
    out = []
    for _ in range(count):
        names = []
        for _ in range(2):
            size, j = leb(body, j)
            names.append(body[j : j + size])
            j += size
        kind = body[j]
        start = j = j + 1
        if kind == 0:  # function: type index
            _, j = leb(body, j)
        elif kind in (1, 2):  # table (element type first), memory: limits
            j += kind == 1
            flags, j = leb(body, j)
            _, j = leb(body, j)
            if flags & 1:
                _, j = leb(body, j)
        elif kind == 3:  # global: type, mutability
            j += 2
        elif kind == 4:  # tag: attribute, type index
            _, j = leb(body, j + 1)
        else:
            sys.exit(f"unknown import kind {kind}")
        out.append((names[0], names[1], kind, body[start:j]))
    return out
