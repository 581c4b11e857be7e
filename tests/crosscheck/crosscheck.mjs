#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the trees crosscheck_export wrote under json-logic-js and compares with the engine's own results,
// then validates criteria/*.json against criteria/schema/ with ajv. Exit 0: everything agrees; 1: a
// mismatch, a validation problem, or a missing dependency (each reported).
//
//   node tests/crosscheck/crosscheck.mjs --export build/…/jsonlogic-crosscheck.json [--root REPO]
//   node tests/crosscheck/crosscheck.mjs --schema-only [--root REPO]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { dataFor, readExport, readJson } from './exportdata.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function loadDependencies() {
  try {
    const jsonLogic = require('json-logic-js');
    const ajvModule = require('ajv/dist/2020');
    return { jsonLogic, Ajv2020: ajvModule.default ?? ajvModule };
  } catch (error) {
    console.error(`crosscheck: cannot load json-logic-js or ajv (${error.code ?? error.message}).`);
    console.error('Install the pinned packages first, from the repository root: npm ci --prefix tests/crosscheck');
    process.exit(1);
  }
}

function parseArguments(argv) {
  const options = { root: path.resolve(here, '..', '..'), exportFile: null, schemaOnly: false, showMismatches: 5 };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--export') options.exportFile = argv[++i];
    else if (arg === '--root') options.root = path.resolve(argv[++i]);
    else if (arg === '--schema-only') options.schemaOnly = true;
    else if (arg === '--show') options.showMismatches = Number(argv[++i]);
    else {
      console.error(`crosscheck: unknown argument ${arg}`);
      process.exit(1);
    }
  }
  if (!options.exportFile && !options.schemaOnly) {
    console.error('crosscheck: expected --export FILE (written by crosscheck_export) or --schema-only');
    process.exit(1);
  }
  return options;
}

// Every way JsonLogicExport writes a node, and the operators of the conditions: the check fails when one
// of them is never exercised, so the cross-check cannot silently stop covering a mapping.
const requiredCoverage = [
  'and', 'or', '!', 'atLeast (>= of + of if)', '==', '!=', '<', '<=', '<  (between)', '<= (between)', '>', '>=',
  'in', 'var fact', 'var component.', 'var verify.', 'literal true', 'literal false',
];

function coverage(logic, seen) {
  if (logic === true) seen.add('literal true');
  if (logic === false) seen.add('literal false');
  if (typeof logic !== 'object' || logic === null || Array.isArray(logic)) return;
  const [op] = Object.keys(logic);
  const args = Array.isArray(logic[op]) ? logic[op] : [logic[op]];
  if (op === 'var') {
    const name = String(Array.isArray(logic.var) ? logic.var[0] : logic.var);
    seen.add(name.startsWith('component.') ? 'var component.' : name.startsWith('verify.') ? 'var verify.' : 'var fact');
    return;
  }
  if (op === '>=' && typeof args[0] === 'object' && args[0] !== null && '+' in args[0]) seen.add('atLeast (>= of + of if)');
  else if ((op === '<' || op === '<=') && args.length === 3) seen.add(op === '<' ? '<  (between)' : '<= (between)');
  else seen.add(op);
  for (const arg of args) {
    if (Array.isArray(arg)) arg.forEach((item) => coverage(item, seen));
    else coverage(arg, seen);
  }
}

function crosscheck(jsonLogic, exportFile, showMismatches) {
  const exported = readExport(exportFile);
  const counts = {
    trees: exported.trees.length,
    fullExact: 0, // no unknowns at all: one evaluation, ours must be met or not_met and equal
    fullWithQuestions: 0, // fully documented facts, but the tree has open verify questions
    decidedChecked: 0, // unknowns present, ours met/not_met: every completion must agree (soundness)
    completionsChecked: 0,
    incomplete: 0, // unknowns present, ours incomplete: nothing to compare
    incompleteButDetermined: 0, // … of which every completion happened to agree (Kleene is not complete)
    pendingAsValue: 0, // a status test read an incomplete subtree as a value: soundness does not apply
    met: 0,
    notMet: 0,
    evaluations: 0,
  };
  const mismatches = [];
  const seen = new Set();
  const mismatch = (tree, assignment, kind, detail) => {
    mismatches.push({ tree, assignment, kind, detail });
  };

  for (const tree of exported.trees) {
    coverage(tree.logic, seen);
    const apply = (data) => {
      ++counts.evaluations;
      return jsonLogic.apply(tree.logic, data);
    };
    for (const [group, list] of [['full', tree.full], ['partial', tree.partial]]) {
      for (const assignment of list) {
        const ours = assignment.result;
        if (ours === 'met') ++counts.met;
        if (ours === 'not_met') ++counts.notMet;
        const unknown = assignment.unknown ?? [];
        if (unknown.length === 0) {
          ++counts.fullExact;
          const theirs = apply(dataFor(tree.vars, assignment.values));
          if (ours === 'incomplete') mismatch(tree, assignment, 'engine incomplete on fully documented facts', { theirs });
          else if (typeof theirs !== 'boolean' || theirs !== (ours === 'met'))
            mismatch(tree, assignment, `${group}: different results`, { ours, theirs });
          continue;
        }
        if (group === 'full') ++counts.fullWithQuestions;
        const results = assignment.completions.map((completion) => ({
          completion,
          theirs: apply(dataFor(tree.vars, assignment.values, unknown, completion)),
        }));
        const nonBoolean = results.find((r) => typeof r.theirs !== 'boolean');
        if (nonBoolean) {
          mismatch(tree, assignment, 'json-logic-js returned a non-boolean', nonBoolean);
          continue;
        }
        if (assignment.pendingAsValue) {
          ++counts.pendingAsValue;
          continue;
        }
        if (ours === 'incomplete') {
          ++counts.incomplete;
          if (results.every((r) => r.theirs === results[0].theirs)) ++counts.incompleteButDetermined;
          continue;
        }
        ++counts.decidedChecked;
        counts.completionsChecked += results.length;
        const wrong = results.find((r) => r.theirs !== (ours === 'met'));
        if (wrong) mismatch(tree, assignment, `${group}: unsound (a completion disagrees)`, { ours, ...wrong });
      }
    }
  }

  console.log(`JsonLogic cross-check (json-logic-js ${require('json-logic-js/package.json').version}) on ${exportFile}`);
  console.log(`  sets: ${exported.sets.map((s) => `${s.id} ${s.version}`).join(', ')}; trees: ${counts.trees}`);
  console.log(`  fully documented, compared exactly:           ${counts.fullExact}`);
  console.log(`  fully documented facts with open questions:   ${counts.fullWithQuestions}`);
  console.log(`  decided with unknowns, checked for soundness: ${counts.decidedChecked} (${counts.completionsChecked} completions)`);
  console.log(`  incomplete (not compared):                    ${counts.incomplete} (every completion agreed in ${counts.incompleteButDetermined})`);
  console.log(`  status test over a pending subtree (by design, not compared): ${counts.pendingAsValue}`);
  console.log(`  engine results met / not_met:                 ${counts.met} / ${counts.notMet}`);
  console.log(`  json-logic-js evaluations:                    ${counts.evaluations}`);

  const missing = requiredCoverage.filter((item) => !seen.has(item));
  if (missing.length > 0) console.log(`  NOT COVERED by any exported tree: ${missing.join(', ')}`);
  else console.log(`  every mapping and operator covered: ${requiredCoverage.join(', ')}`);

  console.log(`  mismatches: ${mismatches.length}`);
  for (const m of mismatches.slice(0, showMismatches)) {
    const named = Object.fromEntries(m.tree.vars.map((name, i) => [name, m.assignment.values[i]]));
    console.log(`\n  MISMATCH (${m.kind}) in ${m.tree.set} / ${m.tree.kind} ${m.tree.name}` +
      (m.assignment.level ? ` at ${m.assignment.level}` : ''));
    console.log(`    engine: ${m.assignment.result}; detail: ${JSON.stringify(m.detail)}`);
    if (m.assignment.unknown) console.log(`    unknown: ${m.assignment.unknown.map((i) => m.tree.vars[i]).join(', ')}`);
    console.log(`    assignment: ${JSON.stringify(named)}`);
    console.log(`    logic: ${JSON.stringify(m.tree.logic).slice(0, 1500)}`);
  }
  return { ok: mismatches.length === 0 && missing.length === 0, catalog: exported.catalog, counts };
}

// What JSON Schema cannot say: cited evidence exists, criterion and caution ids are unique in a file, a
// set extends one that is in the folder.
function crossReferences(doc, evidenceIds, setIds) {
  const problems = [];
  const nodeIds = new Map();
  const cite = (ids, where) => {
    for (const [i, id] of (ids ?? []).entries())
      if (!evidenceIds.has(id)) problems.push(`${where}.evidence[${i}]: unknown evidence id "${id}"`);
  };
  const walk = (node, where) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    if (node.id !== undefined) {
      if (nodeIds.has(node.id)) problems.push(`${where}.id: duplicate id "${node.id}" (first at ${nodeIds.get(node.id)})`);
      else nodeIds.set(node.id, where);
    }
    cite(node.evidence, where);
    for (const key of ['all', 'any', 'of']) (node[key] ?? []).forEach?.((child, i) => walk(child, `${where}.${key}[${i}]`));
    if (node.not) walk(node.not, `${where}.not`);
  };
  for (const [name, parameter] of Object.entries(doc.parameters ?? {})) cite(parameter.evidence, `parameters.${name}`);
  for (const [name, definition] of Object.entries(doc.definitions ?? {})) walk(definition, `definitions.${name}`);
  for (const [name, rule] of Object.entries(doc.components ?? {})) walk(rule.criterion, `components.${name}.criterion`);
  const cautionIds = new Set();
  for (const [i, caution] of (doc.cautions ?? []).entries()) {
    if (cautionIds.has(caution.id)) problems.push(`cautions[${i}].id: duplicate caution id "${caution.id}"`);
    cautionIds.add(caution.id);
    cite(caution.evidence, `cautions[${i}]`);
    walk(caution.when, `cautions[${i}].when`);
  }
  if (doc.extends !== undefined && !setIds.has(doc.extends)) problems.push(`extends: no set "${doc.extends}" in the folder`);
  return problems;
}

function validateSchemas(Ajv2020, root, catalog) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const schemaDir = path.join(root, 'criteria', 'schema');
  const validateSet = ajv.compile(readJson(path.join(schemaDir, 'criteria.schema.json')));
  const validateEvidence = ajv.compile(readJson(path.join(schemaDir, 'evidence.schema.json')));
  const criteriaDir = path.join(root, 'criteria');
  const evidence = readJson(path.join(criteriaDir, 'evidence.json'));
  const evidenceIds = new Set(evidence.entries.map((entry) => entry.id));
  const shipped = readdirSync(criteriaDir).filter((name) => name.endsWith('.json')).sort();
  const setIds = new Set(shipped.map((name) => readJson(path.join(criteriaDir, name))).filter((d) => d.format === 'spinereview-criteria/1').map((d) => d.id));
  let ok = true;

  const check = (file) => {
    const doc = readJson(file);
    const validate = doc.format === 'spinereview-evidence/1' ? validateEvidence : validateSet;
    const problems = validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath || '/'}: ${e.message}${e.params?.allowedValues ? ` (${e.params.allowedValues.slice(0, 6).join(', ')}…)` : ''}${e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : ''}`);
    if (validate === validateSet) problems.push(...crossReferences(doc, evidenceIds, setIds));
    return problems;
  };

  console.log('\nSchema validation (ajv ' + require('ajv/package.json').version + ', JSON Schema 2020-12)');
  const mustPass = [...shipped.map((name) => path.join(criteriaDir, name)), path.join(here, 'operators-set.json')];
  for (const file of mustPass) {
    const problems = check(file);
    console.log(`  ${problems.length === 0 ? 'ok      ' : 'INVALID '} ${path.relative(root, file)}`);
    for (const p of problems.slice(0, 10)) console.log(`      ${p}`);
    ok &&= problems.length === 0;
  }
  const fixtureDir = path.join(root, 'tests', 'data', 'criteria');
  const fixtures = existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((name) => name.endsWith('.json')).sort() : [];
  if (fixtures.length === 0) {
    console.log(`  no broken fixtures in ${path.relative(root, fixtureDir)}`);
    ok = false;
  }
  for (const name of fixtures) {
    const problems = check(path.join(fixtureDir, name));
    console.log(`  ${problems.length > 0 ? 'rejected' : 'ACCEPTED'} ${path.relative(root, path.join(fixtureDir, name))}` +
      (problems.length > 0 ? `: ${problems[0]}` : ' (a broken fixture must be rejected)'));
    ok &&= problems.length > 0;
  }

  // The schema's fact list and the README's fact table follow the catalogue.
  const schemaFacts = readJson(path.join(schemaDir, 'criteria.schema.json')).$defs.factName.enum;
  if (catalog) {
    const names = catalog.map((fact) => fact.name);
    const absent = names.filter((n) => !schemaFacts.includes(n));
    const extra = schemaFacts.filter((n) => !names.includes(n));
    if (absent.length || extra.length) {
      console.log(`  criteria.schema.json $defs.factName differs from the fact catalogue: missing ${absent.join(', ') || 'none'}; not facts: ${extra.join(', ') || 'none'}`);
      ok = false;
    } else console.log(`  criteria.schema.json lists all ${names.length} facts of the catalogue`);
    const readme = readFileSync(path.join(criteriaDir, 'README.md'), 'utf8');
    const undocumented = catalog.filter((fact) => !readme.includes(`| \`${fact.name}\` | ${fact.type} | ${fact.scope} |`));
    if (undocumented.length) {
      console.log(`  criteria/README.md's fact table lacks (or mistypes): ${undocumented.map((f) => f.name).join(', ')}`);
      ok = false;
    } else console.log(`  criteria/README.md's fact table documents all ${names.length} facts`);
  }
  return ok;
}

const options = parseArguments(process.argv.slice(2));
const { jsonLogic, Ajv2020 } = loadDependencies();
let ok = true;
let catalog = null;
if (!options.schemaOnly) {
  const result = crosscheck(jsonLogic, options.exportFile, options.showMismatches);
  ok = result.ok;
  catalog = result.catalog;
}
ok = validateSchemas(Ajv2020, options.root, catalog) && ok;
console.log(ok ? '\ncrosscheck: OK' : '\ncrosscheck: FAILED');
process.exit(ok ? 0 : 1);
