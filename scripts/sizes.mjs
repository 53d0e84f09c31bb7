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
// What a reader of a page with the custom element downloads: everything but the iframe files.
const widget = rows.filter((r) => !['embed.html', 'embed-host.js', 'embed-frame.js'].includes(r.file));
const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
const total = { file: 'total (all files)', raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') };
const shipped = { file: 'custom-element page', raw: sum(widget, 'raw'), gzip: sum(widget, 'gzip'), brotli: sum(widget, 'brotli') };
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(28)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of [...rows, shipped, total]) {
  console.log(`${r.file.padEnd(28)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'sizes.json'), JSON.stringify({ files: rows, widget: shipped, total }, null, 1) + '\n');
const budget = Number((process.argv.find((a) => a.startsWith('--budget=')) || '').split('=')[1] || 0);
if (budget) console.log(`budget ${budget} B gzip: ${shipped.gzip <= budget ? 'within' : 'OVER'} (${shipped.gzip} B)`);
