"""lzma_pack.py: the file it writes is a sized LZMA-alone file that liblzma reads back, and
the xz command (used when Python has no lzma module) gives the same bytes as Python's lzma.

    python3 -m unittest discover -s scripts -p 'test_*.py'
"""
import os
import shutil
import struct
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import lzma_pack  # noqa: E402


SAMPLE = b"".join(b"\x00asm\x01\x00\x00\x00 function %d of the widget;" % i for i in range(3000))


class PackTest(unittest.TestCase):
    def test_the_header_gives_the_decoded_size_and_liblzma_reads_it_back(self):
        packed = lzma_pack.pack(SAMPLE)
        self.assertEqual(struct.unpack("<Q", packed[5:13])[0], len(SAMPLE))
        self.assertLess(len(packed), len(SAMPLE) // 10)
        if lzma_pack.lzma is not None:
            self.assertEqual(lzma_pack.lzma.decompress(packed, format=lzma_pack.lzma.FORMAT_ALONE), SAMPLE)

    @unittest.skipIf(lzma_pack.lzma is None or shutil.which("xz") is None, "needs both lzma and xz")
    def test_xz_packs_the_same_bytes_as_pythons_lzma(self):
        self.assertEqual(lzma_pack.with_xz(SAMPLE), lzma_pack.compress(SAMPLE))


if __name__ == "__main__":
    unittest.main()
