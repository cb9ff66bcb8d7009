/**
 * The runtime dependencies built into dist/ rather than loaded from
 * node_modules. Loaded from there they are some hundred small modules to
 * resolve and compile: most of a command's start-up. tinypool stays outside: it
 * starts its workers from a file of its own package.
 */
export const BUNDLED = ['zod', 'sentence-splitter', 'franc', 'any-ascii', 'myanmar-tools', 'fastest-levenshtein'];
