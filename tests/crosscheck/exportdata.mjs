// SPDX-License-Identifier: GPL-3.0-or-later
// Reading crosscheck_export's file: shared by crosscheck.mjs and bench.mjs.

import { readFileSync } from 'node:fs';

export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

export function readExport(file) {
  const exported = readJson(file);
  if (exported.format !== 'spinereview-jsonlogic-crosscheck/1')
    throw new Error(`${file}: not a crosscheck_export file (format ${exported.format})`);
  return exported;
}

// json-logic-js reads "a.b.c" as data.a.b.c: every dotted variable becomes a nested object.
function setPath(data, name, value) {
  const parts = name.split('.');
  let node = data;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === undefined) node[part] = {};
    if (typeof node[part] !== 'object' || node[part] === null) throw new Error(`variable ${name} collides with another`);
    node = node[part];
  }
  node[parts[parts.length - 1]] = value;
}

// The data object of one assignment. Component statuses become booleans (met ⇔ true; not_met and "not
// requested" ⇔ false); the unknown positions take the completion's values (verify questions: answers).
export function dataFor(vars, values, unknown = [], completion = []) {
  const filled = values.slice();
  unknown.forEach((index, k) => {
    filled[index] = completion[k];
  });
  const data = {};
  vars.forEach((name, i) => {
    const value = filled[i];
    setPath(data, name, name.startsWith('component.') ? value === 'met' : value);
  });
  return data;
}
