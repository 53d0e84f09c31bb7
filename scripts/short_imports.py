#!/usr/bin/env python3
"""Gives the wasm's imports short names, in the wasm and in its JS glue alike.

wasm-bindgen names each import after the JS function it calls plus a 16-digit hash
(`__wbg_setAttribute_3c9f6c303b696daa`), from a module named after the glue file. Every
reader downloads those names twice, in the wasm's import section and as the keys of the
glue's import object, and the hashes do not compress: measured, about 3.4 KB gzip per reader.
Here every import becomes `a`, `b`, … `ba`… from module `a`, and the glue's keys are renamed to
match. Exports keep their names (pages and tests read `memory`; they are few).

    python3 scripts/short_imports.py pkg/migration_atlas_bg.wasm pkg/migration_atlas.js

Both files are rewritten in place. The script stops (exit 1), changing nothing, when the glue
does not hold each import's key exactly once: a wasm-bindgen whose glue looks otherwise must
not ship half-renamed.
"""
import re
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
MODULE = "a"


def leb_read(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def leb(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def name(s):
    return leb(len(s)) + s


def short(n):
    """a … Z, then ba … ZZ …: a JS identifier for every n."""
    digits = ""
    while True:
        digits = LETTERS[n % len(LETTERS)] + digits
        n //= len(LETTERS)
        if n == 0:
            return digits


def skip_desc(body, j, kind):
    """The index just past an import's description of `kind`."""
    if kind == 0:  # function: type index
        return leb_read(body, j)[1]
    if kind == 1:  # table: reftype, limits
        j += 1
        flags, j = leb_read(body, j)
        j = leb_read(body, j)[1]
        return leb_read(body, j)[1] if flags & 1 else j
    if kind == 2:  # memory: limits
        flags, j = leb_read(body, j)
        j = leb_read(body, j)[1]
        return leb_read(body, j)[1] if flags & 1 else j
    if kind == 3:  # global: valtype, mutability
        return j + 2
    if kind == 4:  # tag: attribute, type index
        return leb_read(body, j + 1)[1]
    raise SystemExit(f"short_imports: unknown import kind {kind}")


def rename_imports(wasm):
    """The wasm with short import names, and the renames [(module, old, new)]."""
    assert wasm[:8] == b"\0asm\1\0\0\0", "not a wasm module"
    out = bytearray(wasm[:8])
    renames = []
    i = 8
    while i < len(wasm):
        sid = wasm[i]
        size, j = leb_read(wasm, i + 1)
        body = wasm[j : j + size]
        if sid == 2:
            count, k = leb_read(body, 0)
            entries = bytearray(leb(count))
            for n in range(count):
                length, k = leb_read(body, k)
                module = body[k : k + length]
                k += length
                length, k = leb_read(body, k)
                field = body[k : k + length]
                k += length
                start = k
                k = skip_desc(body, k + 1, body[k])
                new = short(n).encode()
                renames.append((module.decode(), field.decode(), new.decode()))
                entries += name(MODULE.encode()) + name(new) + body[start:k]
            body = bytes(entries)
        out += bytes([sid]) + leb(len(body)) + body
        i = j + size
    return bytes(out), renames


def rename_glue(js, renames):
    """The glue with the import object's keys renamed, or why not."""
    problems = []
    for module in sorted({m for m, _, _ in renames}):
        pattern = re.compile(r'(["\'])' + re.escape(module) + r"\1(\s*:)")
        js, n = pattern.subn(f'"{MODULE}"\\2', js)
        if n != 1:
            problems.append(f"module {module!r}: {n} keys")
    for _, old, new in renames:
        pattern = re.compile(r"(?<![\w$.])" + re.escape(old) + r"(?=\s*:)")
        js, n = pattern.subn(new, js)
        if n != 1:
            problems.append(f"import {old!r}: {n} keys")
    return js, problems


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    wasm_path, js_path = sys.argv[1:]
    with open(wasm_path, "rb") as f:
        wasm = f.read()
    with open(js_path, encoding="utf-8") as f:
        js = f.read()
    renamed, renames = rename_imports(wasm)
    js, problems = rename_glue(js, renames)
    if problems:
        print("short_imports: the glue does not match the wasm; nothing changed:", file=sys.stderr)
        for p in problems[:20]:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    with open(wasm_path, "wb") as f:
        f.write(renamed)
    with open(js_path, "w", encoding="utf-8") as f:
        f.write(js)
    print(f"short_imports: {len(renames)} imports renamed")


if __name__ == "__main__":
    main()
