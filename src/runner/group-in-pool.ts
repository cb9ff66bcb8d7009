/**
 * `groupStories` with `jobs`: the articles are read in worker threads, a batch
 * per task, and kept here in input order as the batches come back (the
 * vocabulary numbers words in the order it first meets them, and every later
 * sum runs in article order), so the groups are the ones one thread gives.
 * The joins within languages run in the workers too, and the second half of
 * the join across languages (see group/cross-join.ts); clustering runs here.
 */
import { groupingSteps, type GroupOptions, type JoinedPairs, type StartedJoins, type StoryGroup } from '../group/group-stories.js';
import type { GroupDocument, ReadDocument } from '../group/group-keys.js';
import { Vocabulary } from '../group/vocabulary.js';
import type { ArticleInput } from '../types.js';
import { answerOf, chunks, doWith, READ_BATCH, threadPool } from './run-in-pool.js';
import type { WorkerReply } from './worker.js';

export async function groupInPool(inputs: ArticleInput[], opts: GroupOptions, jobs: number): Promise<StoryGroup[]> {
  const runner = threadPool(jobs);
  try {
    const vocabulary = new Vocabulary();
    const docs: GroupDocument[] = [];
    // Every batch is handed out at once (the pool queues them); each is kept as soon as those before it are.
    const replies: (Promise<WorkerReply<ReadDocument[]>> | undefined)[] = chunks(inputs, READ_BATCH).map((items) => runner.run('groupViews', { items }) as Promise<WorkerReply<ReadDocument[]>>);
    // A batch that fails while an earlier one is awaited is thrown when its turn comes, not left unhandled.
    for (const reply of replies) reply!.catch(() => {});
    for (let k = 0; k < replies.length; k++) {
      const read = answerOf(await replies[k]!);
      // A settled promise holds its batch: let it go once kept, or every batch read stays alive until the last.
      replies[k] = undefined;
      for (const doc of read) docs.push(vocabulary.compact(doc));
    }
    const steps = groupingSteps(docs, vocabulary, opts);
    let next = steps.next();
    while (!next.done) next = steps.next((await doWith(runner, next.value, () => {})) as StartedJoins | JoinedPairs[]);
    return next.value;
  } finally {
    await runner.close();
  }
}
