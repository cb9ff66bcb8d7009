/**
 * A progress line on stderr, drawn only when stderr is a terminal (never into
 * a log file or a pipe), redrawn at most ten times a second: the stage, a bar,
 * how much is done, the rate, the time the stage has taken and how long it
 * still needs at that rate.
 */
export type ProgressLine = ((stage: string, done: number, total: number) => void) & { finish(): void };

export function progressBar(stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressLine {
  let last = 0;
  let drawn = false;
  let current = '';
  // When each stage started, and how far it had come: a stage that comes back where it left off
  // (reading, between the segments `--close-stories` closes) goes on from its first start.
  const stages = new Map<string, { started: number; done: number }>();
  const draw = (stage: string, done: number, total: number) => {
    if (!stream.isTTY) return;
    const t = now();
    let run = stages.get(stage);
    if (!run || (stage !== current && done < run.done)) stages.set(stage, (run = { started: t, done }));
    run.done = done;
    if (stage !== current) current = stage;
    else if (t - last < 100 && !(done >= total)) return;
    last = t;
    stream.write(`\r${progressText(stage, done, total, t - run.started)}\u001b[K`);
    drawn = true;
  };
  return Object.assign(draw, {
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  });
}

/**
 * One progress line: `aligning  [#######.......] 1200/2000  35/s  0:34, 0:23 left`;
 * while the input is still arriving (total NaN), what is done and the rate: `reading    3500 so far  410/s  0:08`.
 */
export function progressText(stage: string, done: number, total: number, elapsedMs: number): string {
  const width = 24;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const speed = rate > 0 ? `  ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s` : '';
  if (Number.isNaN(total)) return `${stage.padEnd(10)} ${done} so far${speed}  ${clock(seconds)}`;
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const left = rate > 0 && done < total ? `, ${clock((total - done) / rate)} left` : '';
  return `${stage.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${speed}  ${clock(seconds)}${left}`;
}

/** Seconds as m:ss, or h:mm:ss from an hour on. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`;
}
