// Prints raw, gzip and brotli bytes of every shipped file in pkg/, and what a reader of each
// language downloads for the first screen (the wasm, its JS glue, migration-atlas.js, the
// parts' loader and that language's text), then what a reader downloads on top on opening the map (the map's
// outlines, map-shapes.txt.lzma) or a record's detail, a search or an export (that language's
// summaries and notes, notes-<lang>.txt.lzma) or every lazily loaded part (part-*.bin.lzma),
// and writes them to bench/sizes.json.
//   node scripts/sizes.mjs                      print and write bench/sizes.json
//   node scripts/sizes.mjs --check[=FILE]       also fail when a reader's total is over the
//                                               budget in FILE (bench/budget.json)
//   node scripts/sizes.mjs --check --no-write   the CI check: print and check only
// Compressed sizes are deterministic for the same bytes, so the budget can be a hard check.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = join(root, 'pkg');
const LANGS = ['en', 'ru', 'ky'];
// What every reader of a page with the custom element downloads, whatever the language.
const COMMON = ['migration_atlas_bg.wasm.lzma', 'lzma.js', 'migration_atlas.js', 'migration-atlas.js', '__wasm_split.js'];

const files = readdirSync(pkg).filter((f) => !f.startsWith('.')).sort();
const rows = files.map((name) => {
  const body = readFileSync(join(pkg, name));
  return {
    file: name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const byName = Object.fromEntries(rows.map((r) => [r.file, r]));
const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
const total = (label, names) => {
  const missing = names.filter((n) => !byName[n]);
  if (missing.length) throw new Error(`pkg/ lacks ${missing.join(', ')}: run scripts/build`);
  const list = names.map((n) => byName[n]);
  return { file: label, raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') };
};
const readers = LANGS.map((lang) => ({ lang, ...total(`reader, ${lang}`, [...COMMON, `text-${lang}.txt.lzma`]) }));
// Fetched when a reader first opens the map (with the wasm when the page opens on it).
const mapExtra = total('+ map, any language', ['map-shapes.txt.lzma']);
// Fetched when a reader first opens a detail, searches or exports.
const notesExtra = LANGS.map((lang) => ({ lang, ...total(`+ notes, ${lang}`, [`notes-${lang}.txt.lzma`]) }));
// The parts of the widget whose code arrives when a reader first opens them
// (src/components/lazy.rs), one file each.
const partFiles = files.filter((f) => /^part-.*\.bin\.lzma$/.test(f));
const partsExtra = total('+ every part', partFiles);
// A reader who opens every part, in one language: the most code anyone downloads.
const readersAllParts = LANGS.map((lang) => ({ lang, ...total(`reader + every part, ${lang}`, [...COMMON, `text-${lang}.txt.lzma`, ...partFiles]) }));
const all = total('total (all files)', files);

const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(28)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of [...rows, ...readers, mapExtra, ...notesExtra, partsExtra, ...readersAllParts, all]) {
  console.log(`${r.file.padEnd(28)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
}

if (!process.argv.includes('--no-write')) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'sizes.json'),
    JSON.stringify({ files: rows, readers, map_reader_extra: mapExtra, notes_reader_extra: notesExtra,
      parts_reader_extra: partsExtra, readers_with_every_part: readersAllParts, total: all }, null, 1) + '\n');
}

const check = process.argv.find((a) => a === '--check' || a.startsWith('--check='));
if (check) {
  const file = check.includes('=') ? check.split('=')[1] : join(root, 'bench', 'budget.json');
  const budget = JSON.parse(readFileSync(file, 'utf8'));
  const over = [];
  for (const r of readers) {
    for (const key of ['gzip', 'brotli']) {
      const max = budget[`reader_${key}_bytes`];
      if (typeof max !== 'number') throw new Error(`${file}: reader_${key}_bytes must be a number`);
      if (r[key] > max) over.push(`${r.lang}: ${r[key]} B ${key} > budget ${max} B`);
    }
  }
  if (over.length) {
    console.error(`over the byte budget (${file}):\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
  const worst = Math.max(...readers.map((r) => r.gzip));
  console.log(`within the byte budget: largest reader ${worst} B gzip ≤ ${budget.reader_gzip_bytes} B`);
}
