// Tests and benchmarks run the TypeScript sources: a worker there reads them through tsx.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export const { read, groupViews, align, check, confirm, join, crossJoin, placed } = worker;
