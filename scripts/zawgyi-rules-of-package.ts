/**
 * The Zawgyi → Unicode rules as myanmar-tools builds them, read from the
 * installed package's converter: its source is run in a sandbox with one line
 * added that hands back what its rule-building function returns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

type Rule = readonly [string, string, 0 | 1, number | null];

export function zawgyiRulesOfPackage(): Rule[][] {
  const file = createRequire(import.meta.url).resolve('myanmar-tools/build_node/zawgyi_converter.js');
  const module = { exports: {} as { rules?: { p: RegExp; s: string; matchOnStart?: string; revisit?: number }[][] } };
  runInNewContext(`${readFileSync(file, 'utf8')}\n;module.exports.rules = getAllRulesZ2U();`, { module, exports: module.exports, RegExp });
  return module.exports.rules!.map((phase) => phase.map((r): Rule => {
    if (r.p.flags !== '' || !r.p.source.startsWith('^')) throw new Error(`unexpected Zawgyi rule /${r.p.source}/${r.p.flags}`);
    return [r.p.source.slice(1), r.s, r.matchOnStart == null ? 0 : 1, r.revisit ?? null];
  }));
}
