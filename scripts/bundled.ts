/**
 * The runtime dependencies built into dist/ rather than loaded from
 * node_modules. Loaded from there they are some hundred small modules to
 * resolve and compile: most of a command's start-up. Two stay outside: tinypool starts
 * its workers from a file of its own package, and myanmar-tools calls the
 * deprecated `Buffer()`, which Node warns about on stderr unless the call
 * comes from inside node_modules.
 */
export const BUNDLED = ['zod', 'sentence-splitter', 'franc', 'any-ascii', 'fastest-levenshtein'];

/**
 * Packages whose data is built into dist/: myanmar-tools' Zawgyi rules (scripts/zawgyi-rules.ts; the package itself
 * still loaded from node_modules) and iso-639-3's code tables (scripts/iso639-data.ts; a development dependency).
 */
export const DATA_BUILT_IN = ['myanmar-tools', 'iso-639-3'];
