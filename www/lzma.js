// An LZMA decoder for the widget's WebAssembly, which ships packed as a `.lzma` file
// (LZMA-alone, written by scripts/lzma_pack.py).
//
// Why: a reader downloads the wasm compressed, and LZMA packs it 20 % smaller than the
// gzip a host serves (measured: 221.9 against 278.6 KB), so a packed file and this
// decoder (about 1.5 KB gzip) save every reader some 55 KB. No browser decodes LZMA by
// itself, and no npm package decodes it both small and fast (LZMA-JS, the one kept up,
// emulates 64-bit numbers and decodes slowly), so this follows the format's reference
// decoder (Igor Pavlov's LzmaSpec.cpp, public domain) line by line.
//
// The text, summary, outline and paragraph files ship packed too, and `unpack` decodes one
// whole (about 10 % smaller than gzip makes them).
//
// It decodes as the bytes arrive: `push` takes each network chunk and returns the bytes
// it could decode, so the decoding overlaps the download and WebAssembly compiles the
// output as a stream; `finish` decodes the rest and throws if the file was cut or corrupt.

// Input kept unread before a symbol is decoded while more may come: a symbol reads at most
// about 50 bytes (one per decoded bit), so it never runs past what has arrived.
const MARGIN = 64;

// Where each group of probabilities lives in the one table.
const IS_MATCH = 0; // [state][posState]
const IS_REP = 192;
const IS_REP_G0 = 204;
const IS_REP_G1 = 216;
const IS_REP_G2 = 228;
const IS_REP0_LONG = 240; // [state][posState]
const POS_SLOT = 432; // [lenState][64]
const SPEC_POS = 688; // 115
const ALIGN = 803; // 16
const LEN = 819; // 514: choice, choice 2, low [16][8], mid [16][8], high [256]
const REP_LEN = 1333;
const LITERAL = 1847; // [0x300 << (lc + lp)]

/**
 * A decoder of one `.lzma` file whose header gives its decoded size (scripts/lzma_pack.py
 * writes it). Returns `{ push(chunk) → Uint8Array, finish() → Uint8Array }`: each call
 * gives the bytes decoded since the last (views into one buffer, never changed after).
 */
export function lzmaDecoder() {
  let out = null;
  let size = 0;
  let input = new Uint8Array(1 << 16);
  let have = 0; // bytes received
  let at = 13; // next byte to read, after the header
  let given = 0; // bytes of output returned so far
  let pos = 0;
  let probs = null;
  let lc = 0, lpMask = 0, pbMask = 0;
  let range = 0xFFFFFFFF, code = 0;
  let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
  let ended = false;

  const corrupt = (why) => new Error(`the packed WebAssembly is ${why}`);
  // Bad data read past the end means the file was cut: say so, not "corrupt".
  const broken = () => corrupt(at > have ? 'cut short' : 'corrupt');
  // Past what has arrived, a read gives 0 (a typed array's zeros, or undefined, which `|`
  // makes 0); `finish` then reports the file as cut short.
  const byte = () => input[at++];

  function start() {
    const props = input[0];
    if (props >= 9 * 5 * 5 || input[13] !== 0) throw corrupt('not an LZMA file');
    // The size is 8 bytes, little-endian; over 2 GB (or "unknown", all ones) is refused.
    size = input[5] + input[6] * 0x100 + input[7] * 0x10000 + input[8] * 0x1000000;
    if (input[9] | input[10] | input[11] | input[12] || size > 0x7FFFFFFF) throw corrupt('not sized');
    out = new Uint8Array(size);
    lc = props % 9;
    const lp = ((props / 9) | 0) % 5;
    lpMask = (1 << lp) - 1;
    pbMask = (1 << ((props / 45) | 0)) - 1;
    probs = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(1024);
    at = 14;
    for (let i = 0; i < 4; i++) code = ((code << 8) | byte()) >>> 0;
  }

  function bit(i) {
    const p = probs[i];
    const bound = (range >>> 11) * p;
    let b;
    if (code < bound) {
      range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      range -= bound;
      code -= bound;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (range < 0x1000000) {
      range = (range << 8) >>> 0;
      code = ((code << 8) | byte()) >>> 0;
    }
    return b;
  }

  function direct(count) {
    let result = 0;
    while (count--) {
      range >>>= 1;
      const b = code >= range ? 1 : 0;
      if (b) code -= range;
      result = (result << 1) | b;
      if (range < 0x1000000) {
        range = (range << 8) >>> 0;
        code = ((code << 8) | byte()) >>> 0;
      }
    }
    return result;
  }

  function tree(base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | bit(base + m);
    return m - (1 << bits);
  }

  function reverse(base, bits) {
    let m = 1, symbol = 0;
    for (let i = 0; i < bits; i++) {
      const b = bit(base + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  }

  function length(base, posState) {
    if (!bit(base)) return tree(base + 2 + posState * 8, 3);
    if (!bit(base + 1)) return 8 + tree(base + 130 + posState * 8, 3);
    return 16 + tree(base + 258, 8);
  }

  function distance(len) {
    const slot = tree(POS_SLOT + ((len < 3 ? len : 3) << 6), 6);
    if (slot < 4) return slot;
    const bits = (slot >>> 1) - 1;
    // Unsigned: up to 3 << 30, which a signed 32-bit shift would make negative.
    const dist = ((2 | (slot & 1)) << bits) >>> 0;
    if (slot < 14) return dist + reverse(SPEC_POS + dist - slot, bits);
    return dist + (direct(bits - 4) << 4) + reverse(ALIGN, 4);
  }

  function literal() {
    const prev = pos > 0 ? out[pos - 1] : 0;
    const base = LITERAL + 0x300 * (((pos & lpMask) << lc) + (prev >>> (8 - lc)));
    let symbol = 1;
    if (state >= 7) {
      let match = out[pos - rep0 - 1];
      do {
        const matchBit = (match >>> 7) & 1;
        match <<= 1;
        const b = bit(base + ((1 + matchBit) << 8) + symbol);
        symbol = (symbol << 1) | b;
        if (matchBit !== b) break;
      } while (symbol < 0x100);
    }
    while (symbol < 0x100) symbol = (symbol << 1) | bit(base + symbol);
    out[pos++] = symbol - 0x100;
    state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
  }

  function run(final) {
    if (!probs) {
      if (have < 18 + (final ? 0 : MARGIN)) {
        if (final) throw corrupt('cut short');
        return new Uint8Array(0);
      }
      start();
    }
    while (pos < size && !ended && (final || at + MARGIN <= have)) {
      const posState = pos & pbMask;
      if (!bit(IS_MATCH + (state << 4) + posState)) {
        literal();
        continue;
      }
      let len;
      if (bit(IS_REP + state)) {
        if (pos === 0) throw broken();
        if (!bit(IS_REP_G0 + state)) {
          if (!bit(IS_REP0_LONG + (state << 4) + posState)) {
            state = state < 7 ? 9 : 11;
            out[pos] = out[pos - rep0 - 1];
            pos++;
            continue;
          }
        } else {
          let dist;
          if (!bit(IS_REP_G1 + state)) {
            dist = rep1;
          } else {
            if (!bit(IS_REP_G2 + state)) {
              dist = rep2;
            } else {
              dist = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = dist;
        }
        len = length(REP_LEN, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        len = length(LEN, posState);
        state = state < 7 ? 7 : 10;
        rep0 = distance(len);
        if (rep0 === 0xFFFFFFFF) {
          ended = true;
          break;
        }
      }
      len += 2;
      if (rep0 >= pos || pos + len > size) throw broken();
      for (let from = pos - rep0 - 1; len > 0; len--) out[pos++] = out[from++];
    }
    if (final && (pos < size || at > have)) throw corrupt('cut short');
    const fresh = out.subarray(given, pos);
    given = pos;
    return fresh;
  }

  return {
    push(chunk) {
      if (have + chunk.length > input.length) {
        const grown = new Uint8Array(Math.max(input.length * 2, have + chunk.length));
        grown.set(input.subarray(0, have));
        input = grown;
      }
      input.set(chunk, have);
      have += chunk.length;
      return run(false);
    },
    finish() {
      return run(true);
    },
  };
}

/** The bytes of a whole `.lzma` file; throws, as `finish` does, if it is cut or corrupt. */
export function unpack(packed) {
  const decoder = lzmaDecoder();
  decoder.push(packed);
  // Every piece is a view into one buffer of exactly the decoded size.
  return new Uint8Array(decoder.finish().buffer);
}
