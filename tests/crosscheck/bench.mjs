#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The same criterion trees on the same fully documented assignments, timed twice: json-logic-js applying the
// exported JsonLogic, and SpineReview's TreeEvaluator (crosscheck_export --bench) on the same file. Prints
// both rates (evaluations per second, median of the rounds) and their ratio; --write-section FILE replaces the
// body of the "JsonLogic side by side" section of BENCHMARKS.md with the figures.
// scripts/run-jsonlogic-bench.sh builds, exports and calls this.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { dataFor, readExport } from './exportdata.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sectionTitle = '## JsonLogic side by side (json-logic-js under node)';

function parseArguments(argv) {
  const o = { exportFile: null, engineTool: null, criteria: null, extra: [], repeats: 5, rounds: 11, writeSection: null, command: null };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--export') o.exportFile = argv[++i];
    else if (arg === '--engine-tool') o.engineTool = argv[++i];
    else if (arg === '--criteria') o.criteria = argv[++i];
    else if (arg === '--extra') o.extra.push(argv[++i]);
    else if (arg === '--repeats') o.repeats = Number(argv[++i]);
    else if (arg === '--rounds') o.rounds = Number(argv[++i]);
    else if (arg === '--write-section') o.writeSection = argv[++i];
    else if (arg === '--command') o.command = argv[++i];
    else throw new Error(`bench: unknown argument ${arg}`);
  }
  if (!o.exportFile) throw new Error('bench: expected --export FILE (written by crosscheck_export)');
  return o;
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Data objects are built once, outside the timing: only apply() is measured. Open verify questions take the
// first completion's answers (all false); the engine reads them as incomplete.
function prepareJsonLogic(jsonLogic, exported) {
  const cases = [];
  for (const tree of exported.trees)
    for (const a of tree.full) cases.push([tree.logic, dataFor(tree.vars, a.values, a.unknown ?? [], a.completions?.[0] ?? [])]);
  for (const [logic, data] of cases) jsonLogic.apply(logic, data); // warm-up
  return cases;
}

function roundJsonLogic(jsonLogic, cases, repeats) {
  let met = 0;
  const start = performance.now();
  for (let k = 0; k < repeats; ++k)
    for (const [logic, data] of cases) if (jsonLogic.apply(logic, data) === true) ++met;
  const seconds = (performance.now() - start) / 1000;
  return { rate: (cases.length * repeats) / seconds, met };
}

function engineArguments(o) {
  return ['--criteria', o.criteria, ...o.extra.flatMap((f) => ['--extra', f]), '--bench', String(o.repeats), '--in', o.exportFile];
}

function roundEngine(o) {
  return JSON.parse(execFileSync(o.engineTool, engineArguments(o), { encoding: 'utf8' }).trim().split('\n').pop());
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: here, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

function markdown(o, exported, js, engine, ratios, m) {
  const fmt = (x) => Math.round(x).toLocaleString('en-US');
  const ratio = median(ratios);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
  const shown = (file) => path.relative(path.resolve(here, '..', '..'), path.resolve(file));
  return `
What is timed: the ${exported.trees.length} criterion trees of the sets ${exported.sets.map((s) => `\`${s.id}\` ${s.version}`).join(', ')}
(every component rule and caution \`when\`, exported by \`JsonLogicExport\` as one JsonLogic expression each), on the
same ${js.assignments} fully documented random fact assignments (${exported.fullPerTree} per tree, seed ${exported.seed}), read by both sides
from one file written by \`crosscheck_export\`. One evaluation = one tree on one assignment. ${o.rounds} rounds,
alternating between the two sides; a round is ${o.repeats} passes over all assignments (after a warm-up); the
figures are the medians of the rounds.

| engine | evaluations/s (median) | each round (evaluations/s) |
|---|---:|---|
| SpineReview \`TreeEvaluator\` (C++, Release build) | ${fmt(engine.rate)} | ${engine.rates.map(fmt).join(', ')} |
| json-logic-js ${require('json-logic-js/package.json').version} (node ${m.node}) | ${fmt(js.rate)} | ${js.rates.map(fmt).join(', ')} |

Ratio TreeEvaluator / json-logic-js: **${ratio.toFixed(2)}** (median of the per-round ratios ${ratios.map((x) => x.toFixed(2)).join(', ')}).

Not like for like, in json-logic-js's favour: TreeEvaluator computes three values and builds the whole rationale
(a \`CriterionOutcome\` per node, with a copy of every fact each leaf read, for the window and the reports), while
json-logic-js returns one boolean and short-circuits \`and\`/\`or\`. Both run single-threaded; the C++ side's data
is built before timing as the JavaScript side's is.

- Command: \`${o.command ?? 'scripts/run-jsonlogic-bench.sh'}\`
  (builds \`crosscheck_export\` in Release, exports with \`--criteria criteria --extra tests/crosscheck/operators-set.json\`,
  then \`node tests/crosscheck/bench.mjs --export ${shown(o.exportFile)} --engine-tool … --repeats ${o.repeats} --rounds ${o.rounds}\`;
  the C++ side is \`crosscheck_export --bench ${o.repeats} --in FILE\`)
- Machine: ${m.nproc} CPUs (nproc), ${m.cpu}; ${m.os}; load average ${m.load} when the run ended (other jobs share the
  machine: compare the ratio, not the absolute rates, across runs)
- Date: ${new Date().toISOString().slice(0, 10)}; commit ${git(['rev-parse', '--short', 'HEAD'])}${dirty}
`;
}

// Replaces the body of our section, keeping every other section as it is; creates the file if needed.
function writeSection(file, body) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === sectionTitle);
  if (start < 0) {
    const prefix = text.length === 0 ? '' : text.replace(/\n*$/, '\n\n');
    writeFileSync(file, `${prefix}${sectionTitle}\n${body.replace(/\n*$/, '\n')}`);
    return;
  }
  let end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  if (end < 0) end = lines.length;
  const after = lines.slice(end).join('\n');
  const before = lines.slice(0, start + 1).join('\n');
  writeFileSync(file, `${before}\n${body.replace(/^\n*/, '\n').replace(/\n*$/, '\n')}${after ? `\n${after}` : ''}`);
}

const o = parseArguments(process.argv.slice(2));
let jsonLogic;
try {
  jsonLogic = require('json-logic-js');
} catch {
  console.error('bench: json-logic-js is not installed; from the repository root run: npm ci --prefix tests/crosscheck');
  process.exit(1);
}
const exported = readExport(o.exportFile);
const cases = prepareJsonLogic(jsonLogic, exported);
if (!o.engineTool || !o.criteria) {
  const rates = Array.from({ length: o.rounds }, () => roundJsonLogic(jsonLogic, cases, o.repeats).rate);
  console.log(JSON.stringify({ engine: 'json-logic-js', assignments: cases.length, rates, rate: median(rates) }));
  process.exit(0);
}
// The rounds alternate between the two sides, so that both see the same load on a shared machine.
const js = { assignments: cases.length, rates: [] };
const engine = { rates: [] };
const ratios = [];
for (let r = 0; r < o.rounds; ++r) {
  const e = roundEngine(o);
  const j = roundJsonLogic(jsonLogic, cases, o.repeats);
  engine.assignments = e.assignments;
  engine.rates.push(e.evaluationsPerSecond);
  js.rates.push(j.rate);
  ratios.push(e.evaluationsPerSecond / j.rate);
}
js.rate = median(js.rates);
engine.rate = median(engine.rates);
const ratio = median(ratios);
console.log(JSON.stringify({ engine: 'json-logic-js', ...js }));
console.log(JSON.stringify({ engine: 'TreeEvaluator', ...engine, command: [o.engineTool, ...engineArguments(o)].join(' ') }));
const m = machine();
console.log(`\njson-logic-js ${Math.round(js.rate)} evaluations/s; TreeEvaluator ${Math.round(engine.rate)} evaluations/s; ` +
  `ratio (TreeEvaluator / json-logic-js, median of the rounds) ${ratio.toFixed(2)}`);
const body = markdown(o, exported, js, engine, ratios, m);
if (o.writeSection) {
  writeSection(o.writeSection, body);
  console.log(`bench: wrote the section "${sectionTitle.slice(3)}" of ${o.writeSection}`);
} else {
  console.log(body);
}
