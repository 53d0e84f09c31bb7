// The decoder of the packed WebAssembly (www/lzma.js) against files packed by the build's
// own packer (scripts/lzma_pack.py, Python's liblzma): every byte back, whatever the chunks
// the network delivers, and a clear error for a file that is cut, unsized or not LZMA.
//   node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { lzmaDecoder, unpack as unpackWhole } from '../../www/lzma.js';

const scripts = fileURLToPath(new URL('../../scripts', import.meta.url));

/** `data` packed by scripts/lzma_pack.py, with its settings or other `lc`, `lp`, `pb`. */
function pack(data, settings = {}, sized = true) {
  const code = `import sys; sys.path.insert(0, ${JSON.stringify(scripts)}); import lzma_pack
lzma_pack.SETTINGS.update(${JSON.stringify(settings)})
data = sys.stdin.buffer.read()
out = lzma_pack.pack(data) if ${sized ? 'True' : 'False'} else lzma_pack.compress(data)
sys.stdout.buffer.write(out)`;
  return execFileSync('python3', ['-c', code], { input: data, maxBuffer: 1 << 26 });
}

/** Decodes `packed` fed in chunks of `size` bytes; the pieces returned, joined. */
function unpack(packed, size) {
  const decoder = lzmaDecoder();
  const pieces = [];
  for (let i = 0; i < packed.length; i += size) pieces.push(Buffer.from(decoder.push(packed.subarray(i, i + size))));
  pieces.push(Buffer.from(decoder.finish()));
  return Buffer.concat(pieces);
}

// Text with repeats near and far, runs longer than the longest match (273), and noise:
// literals, matched literals, short and long repeats, all four distance caches.
function sample() {
  const words = ['agreement', 'consulate', 'migrant', 'Кыргызстан', 'ратификация', 'CMW/C/KGZ/2'];
  const parts = [];
  for (let i = 0; i < 3000; i++) parts.push(words[(i * 7 + (i >> 3)) % words.length], String(i % 97));
  return Buffer.concat([Buffer.from(parts.join(' ')), Buffer.alloc(5000, 0x61), randomBytes(20000), Buffer.from(parts.join(';'))]);
}

test('a file packed as the build packs the wasm decodes to the same bytes, in any chunks', () => {
  const data = sample();
  const packed = pack(data);
  assert.ok(packed.length < data.length / 2, `packed ${packed.length} of ${data.length}`);
  for (const size of [1, 7, 63, 4096, packed.length]) {
    assert.ok(unpack(packed, size).equals(data), `chunks of ${size} bytes`);
  }
});

test('other literal and position settings decode too', () => {
  const data = sample();
  for (const settings of [{ lc: 3, lp: 0, pb: 2 }, { lc: 0, lp: 2, pb: 2 }, { lc: 4, lp: 0, pb: 4 }, { lc: 0, lp: 4, pb: 0 }]) {
    assert.ok(unpack(pack(data, settings), 1000).equals(data), JSON.stringify(settings));
  }
});

test('bytes come out while the file is still arriving', () => {
  const data = sample();
  const packed = pack(data);
  const decoder = lzmaDecoder();
  const early = decoder.push(packed.subarray(0, packed.length >> 1));
  assert.ok(early.length > 0, 'nothing decoded from half the file');
  assert.ok(Buffer.from(early).equals(data.subarray(0, early.length)));
});

test('an empty input and random bytes round-trip', () => {
  assert.equal(unpack(pack(Buffer.alloc(0)), 10).length, 0);
  const noise = randomBytes(70000);
  assert.ok(unpack(pack(noise), 8192).equals(noise));
});

test('a file cut short, unsized or not LZMA is refused with a message', () => {
  const packed = pack(sample());
  assert.throws(() => unpack(packed.subarray(0, packed.length - 100), 4096), /cut short/);
  assert.throws(() => unpack(packed.subarray(0, 10), 4096), /cut short/);
  assert.throws(() => unpack(pack(sample(), {}, false), 4096), /not sized/);
  const wrong = Buffer.from(packed);
  wrong[0] = 230;
  assert.throws(() => unpack(wrong, 4096), /not an LZMA file/);
});

test('unpack gives a whole file at once, as the widget unpacks its text and summary files', () => {
  const data = sample();
  assert.ok(Buffer.from(unpackWhole(pack(data))).equals(data));
  assert.equal(unpackWhole(pack(Buffer.alloc(0))).length, 0);
  assert.throws(() => unpackWhole(pack(data).subarray(0, 100)), /cut short/);
});
