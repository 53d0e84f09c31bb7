// Prints raw, gzip and brotli bytes of every shipped file in pkg/ and their total, and
// writes them to bench/sizes.json. node scripts/sizes.mjs [--budget=150000]
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = join(root, 'pkg');
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
// The quoted paragraphs are fetched only when a reader opens a citation: never on load.
const onDemand = (r) => r.file.startsWith('paragraphs-');
// What a reader of a page with the custom element may download on load: everything but the
// iframe files and the quoted paragraphs (all three languages' texts included, though a
// reader fetches one).
const widget = rows.filter((r) => !['embed.html', 'embed-host.js', 'embed-frame.js'].includes(r.file) && !onDemand(r));
// What an English reader's first screen downloads: the loader, the glue, the wasm, one text.
const first = rows.filter((r) => ['migration-atlas.js', 'migration_atlas.js', 'migration_atlas_bg.wasm', 'text-en.txt'].includes(r.file));
const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
const row = (file, list) => ({ file, raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') });
const total = row('total (all files)', rows);
const shipped = row('custom-element page', widget);
const firstScreen = row('first screen (en)', first);
const quoted = row('quoted paragraphs (on demand)', rows.filter(onDemand));
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of [...rows, firstScreen, shipped, quoted, total]) {
  console.log(`${r.file.padEnd(44)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'sizes.json'),
  JSON.stringify({ files: rows, first_screen: firstScreen, widget: shipped, on_demand: quoted, total }, null, 1) + '\n');
const budget = Number((process.argv.find((a) => a.startsWith('--budget=')) || '').split('=')[1] || 0);
if (budget) console.log(`budget ${budget} B gzip: ${shipped.gzip <= budget ? 'within' : 'OVER'} (${shipped.gzip} B)`);
