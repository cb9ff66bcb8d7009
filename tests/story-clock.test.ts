/** When a dated stream's stories close (buildCorpusStream with closeStories). */
import { describe, expect, it } from 'vitest';
import { StoryClock, closableGroups, closedGroups } from '../src/group/story-clock.js';

const DAY = 86_400_000;
/** Ten articles at `time`: the input's time is the date ten articles have reached. */
const tenAt = (clock: StoryClock, time: number) => {
  for (let k = 0; k < 10; k++) clock.saw(time);
};

describe('StoryClock', () => {
  it('closes a segment once the articles held span four windows, and the next once the dates have gone two windows further', () => {
    const clock = new StoryClock(7);
    clock.saw(0);
    tenAt(clock, 27 * DAY);
    expect(clock.due(0, 20_000)).toBe(false);
    tenAt(clock, 28 * DAY);
    expect(clock.due(0, 20_000)).toBe(true);
    // Stories older than two windows close.
    expect(clock.cut()).toBe(14 * DAY);
    // An article left alone before the cutoff (day 10) still held does not make the next window a segment.
    tenAt(clock, 41 * DAY);
    expect(clock.due(10 * DAY, 20_000)).toBe(false);
    tenAt(clock, 42 * DAY);
    expect(clock.due(10 * DAY, 20_000)).toBe(true);
  });

  it('keeps its time where ten articles have reached: one article a year ahead closes nothing', () => {
    const clock = new StoryClock(7);
    tenAt(clock, 0);
    for (let k = 0; k < 9; k++) clock.saw(365 * DAY);
    expect(clock.due(0, 20_000)).toBe(false);
    clock.saw(365 * DAY);
    expect(clock.due(0, 20_000)).toBe(true);
  });

  it('holds 10,000 articles at least unless told otherwise', () => {
    const clock = new StoryClock(7);
    tenAt(clock, 100 * DAY);
    expect(clock.due(0, 9_999)).toBe(false);
    expect(clock.due(0, 10_000)).toBe(true);
    const small = new StoryClock(7, 10);
    tenAt(small, 100 * DAY);
    expect(small.due(0, 10)).toBe(true);
  });

  it('never closes a segment of undated articles before the input ends', () => {
    const clock = new StoryClock(7);
    clock.saw(NaN);
    expect(clock.due(Infinity, 20_000)).toBe(false);
    expect(clock.due(NaN, 20_000)).toBe(false);
  });
});

describe('closing groups', () => {
  const times = new Map([['old', 1 * DAY], ['older', 0], ['new', 20 * DAY], ['near', 10 * DAY], ['undated', NaN]]);
  const timeOf = (id: string) => times.get(id)!;
  const group = (...articleIds: string[]) => ({ id: articleIds.join('+'), articleIds, evidence: { sourceUrls: [], sharedKeys: [], joins: [], relations: [] } });

  it('may close a group whose dated articles are all older than the cutoff (one with none too)', () => {
    const groups = [group('old', 'older'), group('old', 'new'), group('undated'), group('undated', 'new')];
    expect(closableGroups(groups, timeOf, 14 * DAY).map((g) => g.id)).toEqual(['old+older', 'undated']);
  });

  it('keeps an article left alone within a window of the cutoff open: it may be a version of a story still open', () => {
    const groups = [group('near'), group('old'), group('near', 'old'), group('undated')];
    expect(closedGroups(groups, timeOf, 14 * DAY, 7).map((g) => g.id)).toEqual(['old', 'near+old', 'undated']);
  });
});
