// Prints the corpus part of `make bench` as Markdown: one table of speed and quality per engine and
// corpus, the targets, where Klartext's native time goes (stage by stage), the card's share, and the
// gzipped size of the wasm.
//   node bench/report.mjs OUT_DIR WASM_FILE
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { quantile } from './lib/pages.mjs';

const [out, wasmFile] = process.argv.slice(2);
const CORPORA = [
  { key: 'readability', label: 'readability', metric: 'shingle F1' },
  { key: 'trafilatura', label: 'trafilatura', metric: 'F' },
];
const ENGINES = [
  { key: 'native', label: 'Klartext, native (in-process)' },
  { key: 'wasm', label: 'Klartext, wasm in Node' },
  { key: 'linkedom', label: 'Readability.js 0.6 + linkedom' },
  { key: 'jsdom', label: 'Readability.js 0.6 + jsdom' },
];

const jsonl = (file) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];

function rowsOf(corpus) {
  const dir = join(out, corpus);
  if (!existsSync(dir)) return null;
  const rows = { native: jsonl(join(dir, 'native.jsonl')).map((r) => ({ ...r, engine: 'native' })) };
  for (const f of readdirSync(dir).filter((f) => /^js\.\d+\.jsonl$/.test(f))) {
    for (const r of jsonl(join(dir, f))) (rows[r.engine] ??= []).push(r);
  }
  return rows;
}

function score(corpus, engine) {
  const file = join(out, corpus, `score.${engine}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function stats(rows) {
  const ms = sorted(rows.map((r) => r.ms));
  const cpu = sorted(rows.map((r) => r.cpu_ms));
  const total = ms.reduce((a, b) => a + b, 0);
  return {
    n: rows.length,
    median: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    perSecond: total > 0 ? (rows.length * 1000) / total : NaN,
    cpuMedian: quantile(cpu, 0.5),
    failed: rows.filter((r) => r.error).length,
  };
}

const verdict = (ok) => (ok ? 'met' : '**missed**');
function wasmSize() {
  if (!wasmFile || !existsSync(wasmFile)) return;
  const raw = readFileSync(wasmFile);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(
    `- wasm size: ${(raw.length / 1024).toFixed(0)} KB raw, **${(gz / 1024).toFixed(0)} KB gzip -9**, target < 400 KB: ${verdict(gz < 400 * 1024)}`,
  );
}

const all = Object.fromEntries(CORPORA.map((c) => [c.key, rowsOf(c.key)]));
const present = CORPORA.filter((c) => all[c.key]);
if (!present.length) {
  wasmSize();
  process.exit(0);
}

console.log('| engine | corpus (pages) | median ms | p95 ms | pages/s | median CPU ms | quality (P / R) | no result |');
console.log('|---|---|---:|---:|---:|---:|---|---:|');
const summary = {};
for (const c of present) {
  for (const e of ENGINES) {
    const rows = all[c.key][e.key];
    if (!rows?.length) continue;
    const s = stats(rows);
    summary[`${c.key}/${e.key}`] = s;
    const q = score(c.key, e.key);
    const quality = q ? `${c.metric} **${q.f1.toFixed(3)}** (${q.precision.toFixed(3)} / ${q.recall.toFixed(3)})` : '–';
    console.log(
      `| ${e.label} | ${c.label} (${s.n}) | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.perSecond)} | ${fmt(s.cpuMedian)} | ${quality} | ${s.failed} |`,
    );
  }
}

// Targets, over both corpora together.
const pooled = (engine) => present.flatMap((c) => all[c.key][engine] ?? []);
const both = Object.fromEntries(ENGINES.map((e) => [e.key, stats(pooled(e.key))]));
console.log('');
if (both.wasm.n && both.linkedom.n) {
  const ratio = both.wasm.median / both.linkedom.median;
  const cpuRatio = both.wasm.cpuMedian / both.linkedom.cpuMedian;
  console.log(
    `- wasm median per page ${fmt(both.wasm.median)} ms vs Readability.js + linkedom ${fmt(both.linkedom.median)} ms ` +
      `(all ${both.wasm.n} pages): ratio ${fmt(ratio, 2)} (CPU ${fmt(cpuRatio, 2)}), target ≤ 0.5: ${verdict(ratio <= 0.5)}`,
  );
}
wasmSize();

// Where Klartext's native time goes: per stage CPU ms, summed over all pages that got an article.
const native = pooled('native');
const stageNames = ['parse', 'metadata', 'clutter', 'content', 'render', 'card', 'drop'];
const full = native.filter((r) => r.stages && r.stages.card !== undefined);
if (full.length) {
  const totals = Object.fromEntries(stageNames.map((s) => [s, full.reduce((a, r) => a + (r.stages[s] ?? 0), 0)]));
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  const withoutCard = full.map((r) => stageNames.filter((s) => s !== 'card').reduce((a, s) => a + (r.stages[s] ?? 0), 0));
  const cardShare = totals.card / (sum - totals.card);
  const perPage = sorted(full.map((r, i) => r.stages.card / withoutCard[i]));
  console.log(
    `- the card adds ${fmt(100 * cardShare)} % to read() (CPU, summed over ${full.length} pages with an article; ` +
      `per-page median ${fmt(100 * quantile(perPage, 0.5))} %, p95 ${fmt(100 * quantile(perPage, 0.95))} %), target ≤ 20 %: ${verdict(cardShare <= 0.2)}`,
  );
  console.log('');
  console.log(`Native time by pipeline stage (CPU ms, ${full.length} pages with an article):`);
  console.log('');
  console.log(`| stage | ${stageNames.join(' | ')} |`);
  console.log(`|---|${stageNames.map(() => '---:').join('|')}|`);
  const med = stageNames.map((s) => fmt(quantile(sorted(full.map((r) => r.stages[s] ?? 0)), 0.5), 2));
  const p95 = stageNames.map((s) => fmt(quantile(sorted(full.map((r) => r.stages[s] ?? 0)), 0.95), 2));
  console.log(`| median per page | ${med.join(' | ')} |`);
  console.log(`| p95 per page | ${p95.join(' | ')} |`);
  console.log(`| share of total | ${stageNames.map((s) => `${fmt((100 * totals[s]) / sum)} %`).join(' | ')} |`);
}
