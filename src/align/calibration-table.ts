/**
 * Written by `npm run calibrate` (bench/calibrate.ts) from development data only; do not edit.
 * For each bead shape of SHAPES, the probability that a bead is exactly right, by raw score bin (tenths).
 */
export const CALIBRATION: readonly (readonly number[])[] = [
  // 1-1 (270 + 8556 development beads)
  [0.263, 0.764, 0.897, 0.927, 0.945, 0.945, 0.945, 0.945, 0.983, 0.995],
  // 2-1 or 1-2 (104 + 1422 development beads)
  [0.353, 0.353, 0.5, 0.676, 0.676, 0.676, 0.676, 0.676, 0.786, 0.892],
  // larger (27 + 41 development beads)
  [0, 0, 0, 0, 0.073, 0.073, 0.073, 0.073, 0.073, 0.4],
];
