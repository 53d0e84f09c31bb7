"""Packs a file of pkg/ as an LZMA-alone file (`.lzma`), which www/lzma.js decodes in the
reader's browser: the built WebAssembly as it downloads, the text, summary, outline and
paragraph files whole (about 10 % smaller than gzip makes them; lc=3 would take under
0.1 KB more off them, so one setting serves all).

    python3 scripts/lzma_pack.py pkg/migration_atlas_bg.wasm pkg/migration_atlas_bg.wasm.lzma

Why: LZMA packs this wasm about 20 % smaller than the gzip a host serves (221.9 against
278.6 KB, measured on the stop-21 build), and every reader downloads it. lc=4, lp=0, pb=0
suit wasm's byte-wise code best of the settings measured (lc=3 pb=2, the default: +0.8 KB;
lc=1: +1.9 KB). The header's size field holds the decoded size (liblzma writes "unknown"),
which the decoder needs to size its buffer; the end marker after the data is kept, unread.
"""
import shutil
import struct
import subprocess
import sys

try:
    import lzma
except ImportError:  # a Python built without liblzma (some pyenv builds): xz does the same
    lzma = None

SETTINGS = {"lc": 4, "lp": 0, "pb": 0}


def compress(data):
    """`data` as LZMA-alone at preset 9e with SETTINGS (size "unknown", end marker): by
    Python's lzma, or else by the xz command, which gives the same bytes (both are liblzma;
    scripts/test_lzma_pack.py compares them)."""
    if lzma is not None:
        lzma1 = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, **SETTINGS}
        return lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[lzma1])
    return with_xz(data)


def with_xz(data):
    """The same as `compress`, by the xz command."""
    if shutil.which("xz") is None:
        sys.exit("lzma_pack.py: this Python has no lzma module and xz is not installed "
                 "(Debian: apt-get install xz-utils)")
    options = ",".join(f"{k}={v}" for k, v in SETTINGS.items())
    command = ["xz", "--format=lzma", f"--lzma1=preset=9e,{options}", "--stdout"]
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout


def pack(data):
    """`data` as an LZMA-alone file whose header gives its decoded size."""
    packed = compress(data)
    return packed[:5] + struct.pack("<Q", len(data)) + packed[13:]


def main(source, target):
    data = open(source, "rb").read()
    packed = pack(data)
    open(target, "wb").write(packed)
    print(f"packed {source}: {len(data)} → {len(packed)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
