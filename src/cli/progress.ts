/**
 * A progress bar on stderr, drawn only when stderr is a terminal (never into
 * a log file or a pipe), redrawn at most ten times a second.
 */
export function progressBar(stream: NodeJS.WriteStream): ((stage: string, done: number, total: number) => void) & { finish(): void } {
  let last = 0;
  let drawn = false;
  const draw = (stage: string, done: number, total: number) => {
    if (!stream.isTTY) return;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    const width = 30;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * width);
    stream.write(`\r${stage.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}\u001b[K`);
    drawn = true;
  };
  return Object.assign(draw, {
    finish() {
      if (drawn) stream.write('\r\u001b[K');
    },
  });
}
