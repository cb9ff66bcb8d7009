/**
 * Bytes of an input file to text. Crawled files come in UTF-8 with or without
 * a byte-order mark, and now and then in UTF-16 (Windows tools) or a legacy
 * 8-bit encoding. UTF-8 and UTF-16 (by their mark, or by the zero bytes that
 * UTF-16 puts beside every ASCII letter) are decoded; anything that is not
 * valid in the encoding found is refused with the file and byte offset, never
 * read into replacement characters.
 */
import { createReadStream } from 'node:fs';
import { StoryalignError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How many leading bytes are looked at to tell UTF-16 without a mark. */
const SNIFF = 4096;

/** The encoding of a file from its first bytes, and the length of its byte-order mark. */
export function encodingOf(head: Uint8Array): { encoding: TextEncoding; mark: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', mark: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', mark: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', mark: 2 };
  // ASCII in UTF-16 has a zero byte beside every letter; UTF-8 text has none (NUL is not text).
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(head.length, SNIFF) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs >= 2 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', mark: 0 };
  if (pairs >= 2 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', mark: 0 };
  return { encoding: 'utf-8', mark: 0 };
}

/** The error for bytes that are not text in `encoding`; `file` is left out of the message when the caller names the place itself. */
function undecodable(file: string | undefined, encoding: TextEncoding, offset: number): StoryalignError {
  return new StoryalignError(
    'INVALID_INPUT',
    `${file ? `${file}: ` : ''}not valid ${encoding.toUpperCase()} near byte ${offset} of the file (a Latin-1 or Windows-1252 file? convert it first, e.g. iconv -f windows-1252 -t utf-8)`,
  );
}

/** A whole file's text (a .txt article), its byte-order mark left out; the caller names the file in an error. */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, mark } = encodingOf(bytes.subarray(0, SNIFF));
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(mark));
  } catch {
    throw undecodable(undefined, encoding, firstBadByte(bytes, encoding, mark));
  }
}

/** Where decoding first fails, found by halving (only asked once a file has failed). */
function firstBadByte(bytes: Uint8Array, encoding: TextEncoding, from: number): number {
  let lo = from;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** A line of a file: its text, or why it could not be decoded. */
export type FileLine = { n: number; text: string } | { n: number; error: StoryalignError };

/**
 * The lines of a file as it is read, each with its number from 1; the encoding
 * is told from the first chunk. UTF-8 is decoded line by line, so that one bad
 * line is reported as that line and the others are still read.
 */
export function fileLines(file: string): AsyncGenerator<FileLine> {
  return streamLines(createReadStream(file) as AsyncIterable<Buffer>, file);
}

/** `fileLines` of any stream of bytes (standard input); `file` names it in errors. */
export async function* streamLines(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<FileLine> {
  let found: { encoding: TextEncoding; mark: number } | undefined;
  let wide: TextDecoder | undefined;
  let rest = '';
  let pending: Uint8Array[] = [];
  let n = 0;
  let offset = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const line = (bytes: Uint8Array, at: number): FileLine => {
    n++;
    try {
      const text = utf8.decode(bytes);
      return { n, text: text.endsWith('\r') ? text.slice(0, -1) : text };
    } catch {
      return { n, error: undecodable(undefined, 'utf-8', at + firstBadByte(bytes, 'utf-8', 0)) };
    }
  };
  for await (const chunk of chunks) {
    let bytes: Uint8Array = chunk;
    if (!found) {
      found = encodingOf(chunk.subarray(0, SNIFF));
      bytes = chunk.subarray(found.mark);
      offset = found.mark;
      if (found.encoding !== 'utf-8') wide = new TextDecoder(found.encoding, { fatal: true, ignoreBOM: true });
    }
    if (wide) {
      let text: string;
      try {
        text = rest + wide.decode(bytes, { stream: true });
      } catch {
        throw undecodable(file, found.encoding, offset);
      }
      offset += bytes.length;
      const lines = text.split('\n');
      rest = lines.pop()!;
      for (const l of lines) yield { n: ++n, text: l.endsWith('\r') ? l.slice(0, -1) : l };
      continue;
    }
    let from = 0;
    for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, from)) {
      const piece = bytes.subarray(from, end);
      const whole = pending.length ? concat([...pending, piece]) : piece;
      yield line(whole, offset - byteLength(pending));
      pending = [];
      offset += end - from + 1;
      from = end + 1;
    }
    if (from < bytes.length) pending.push(bytes.subarray(from));
  }
  if (wide) {
    try {
      rest += wide.decode();
    } catch {
      throw undecodable(file, found!.encoding, offset);
    }
    if (rest !== '') yield { n: ++n, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
  } else if (pending.length) {
    yield line(concat(pending), offset);
  }
}

function byteLength(parts: Uint8Array[]): number {
  return parts.reduce((sum, p) => sum + p.length, 0);
}

function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
