/**
 * `JSON.stringify(value, null, 2)` of an object, written a piece at a time: each
 * element of a top-level array is its own piece. A large corpus as one JSON
 * string passes V8's limit on string length (about 512 MB) long before memory
 * runs out; in pieces, the bytes are the same.
 */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [k, [key, v]] of entries.entries()) {
    const last = k === entries.length - 1 ? '\n' : ',\n';
    if (!Array.isArray(v) || v.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indented(JSON.stringify(v, null, 2) ?? 'null', '  ')}${last}`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let i = 0; i < v.length; i++) {
      // An element JSON.stringify leaves out of an array (undefined, a function) is written as null, as it does.
      yield `    ${indented(JSON.stringify(v[i], null, 2) ?? 'null', '    ')}${i === v.length - 1 ? '\n' : ',\n'}`;
    }
    yield `  ]${last}`;
  }
  yield '}\n';
}

/** Every line after the first moved right by `pad` (JSON strings hold no raw line breaks, so lines are JSON's own). */
function indented(json: string, pad: string): string {
  return json.replace(/\n/gu, `\n${pad}`);
}
