/**
 * Text for a person's terminal. Ids, file names and article text come from
 * the input, and a hostile file could hold escape sequences that set the
 * window title, clear the screen or rewrite earlier lines; every control
 * character but the line break and the tab is shown as an escape instead
 * (`\x1b`, `\x9b`), so what is printed is what the input holds, and inert.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
