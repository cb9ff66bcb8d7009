/**
 * Written by `npm run calibrate` (bench/calibrate.ts) from development data only; do not edit.
 * For each bead shape of SHAPES, the probability that a bead is exactly right, by raw score bin (tenths).
 */
export const CALIBRATION: readonly (readonly number[])[] = [
  // 1-1 (274 + 8606 development beads)
  [0.25, 0.77, 0.903, 0.95, 0.954, 0.954, 0.954, 0.954, 0.984, 0.995],
  // 2-1 or 1-2 (106 + 1389 development beads)
  [0.453, 0.453, 0.453, 0.701, 0.701, 0.701, 0.701, 0.701, 0.829, 0.905],
  // larger (21 + 32 development beads)
  [0, 0, 0, 0, 0, 0.065, 0.065, 0.065, 0.065, 0.5],
];
