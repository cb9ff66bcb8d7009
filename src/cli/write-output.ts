/**
 * Output written as it is made: the writers hand out their text a piece at a
 * time, and pieces go to the file or stdout in blocks of about a megabyte, so
 * the whole output never has to fit in one string (V8 stops at about 512 MB).
 */
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { MosesLine } from '../export/to-moses.js';
import { StoryalignError } from '../errors.js';

const BLOCK = 1 << 20;

/** File-system failures become errors the user can act on, naming the path. */
export function fileError(e: unknown, path: string, doing: string): StoryalignError {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  return new StoryalignError('INVALID_ARGUMENT', `${path}: cannot ${doing} (${code})`);
}

/** Whether `path` can be written as a file: its folder exists and takes files, and it is not itself a folder. */
export function checkWritable(path: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new StoryalignError('INVALID_ARGUMENT', `${path}: cannot write: it is a folder (give a file name)`);
  try {
    accessSync(dirname(path) || '.', constants.W_OK);
  } catch (e) {
    throw fileError(e, dirname(path) || '.', 'write into the folder');
  }
}

/** Pieces gathered into blocks; `flush` hands a block on. */
class Blocks {
  private pieces: string[] = [];
  private size = 0;
  constructor(private readonly flush: (block: string) => Promise<void>) {}
  async add(piece: string): Promise<void> {
    this.pieces.push(piece);
    this.size += piece.length;
    if (this.size >= BLOCK) await this.end();
  }
  async end(): Promise<void> {
    if (this.size === 0) return;
    const block = this.pieces.join('');
    this.pieces = [];
    this.size = 0;
    await this.flush(block);
  }
}

/**
 * A file written beside its final path and renamed onto it once whole: a run
 * that fails half way (a bad article, a full disk) leaves what was there before.
 */
class PendingFile {
  private constructor(readonly path: string, private readonly temporary: string, readonly file: FileHandle) {}

  static async open(path: string): Promise<PendingFile> {
    // A device or a pipe (/dev/stdout, a named pipe) is written as it is: it cannot be renamed onto.
    const special = await stat(path).then((s) => !s.isFile(), () => false);
    const temporary = special ? path : join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      return new PendingFile(path, temporary, await open(temporary, special ? 'w' : 'wx'));
    } catch (e) {
      throw fileError(e, path, 'write');
    }
  }

  async commit(): Promise<void> {
    await this.file.close();
    if (this.temporary === this.path) return;
    try {
      await rename(this.temporary, this.path);
    } catch (e) {
      await rm(this.temporary, { force: true });
      throw fileError(e, this.path, 'write');
    }
  }

  async abandon(): Promise<void> {
    await this.file.close().catch(() => {});
    if (this.temporary !== this.path) await rm(this.temporary, { force: true });
  }
}

async function writeTo(file: FileHandle, path: string, block: string): Promise<void> {
  try {
    await file.write(block);
  } catch (e) {
    throw fileError(e, path, 'write');
  }
}

/** Every piece, in order, to `out` or (without it) to stdout. */
export async function writePieces(pieces: Iterable<string> | AsyncIterable<string>, out: string | undefined): Promise<void> {
  if (out === undefined) {
    const blocks = new Blocks(async (block) => {
      if (!process.stdout.write(block)) await once(process.stdout, 'drain');
    });
    for await (const piece of pieces) await blocks.add(piece);
    await blocks.end();
    return;
  }
  const pending = await PendingFile.open(out);
  try {
    const blocks = new Blocks((block) => writeTo(pending.file, out, block));
    for await (const piece of pieces) await blocks.add(piece);
    await blocks.end();
  } catch (e) {
    await pending.abandon();
    throw e;
  }
  await pending.commit();
}

/** A piece of text for one of several files in a folder. */
export interface FilePiece {
  file: string;
  text: string;
}

/**
 * Pieces appended to their files in `folder`, each file opened (beside its
 * final path) when its first piece comes and renamed into place once all are
 * whole; `extra` files (a dataset card) are written last, from what was seen.
 */
export async function writeFiles(pieces: Iterable<FilePiece[]> | AsyncIterable<FilePiece[]>, folder: string, extra: () => FilePiece[] = () => []): Promise<void> {
  const files = new Map<string, { pending: PendingFile; blocks: Blocks }>();
  const fileFor = async (name: string) => {
    let entry = files.get(name);
    if (!entry) {
      const path = join(folder, name);
      const pending = await PendingFile.open(path);
      entry = { pending, blocks: new Blocks((block) => writeTo(pending.file, path, block)) };
      files.set(name, entry);
    }
    return entry.blocks;
  };
  try {
    for await (const group of pieces) for (const piece of group) await (await fileFor(piece.file)).add(piece.text);
    for (const piece of extra()) await (await fileFor(piece.file)).add(piece.text);
    for (const { blocks } of files.values()) await blocks.end();
  } catch (e) {
    for (const { pending } of files.values()) await pending.abandon();
    throw e;
  }
  for (const { pending } of files.values()) await pending.commit();
}

/** Moses line pairs appended to their two files in `folder`; lines per pair of files, in the order they first came. */
export async function writeMoses(lines: Iterable<MosesLine> | AsyncIterable<MosesLine>, folder: string): Promise<{ sourceFile: string; targetFile: string; lines: number }[]> {
  const counts = new Map<string, { sourceFile: string; targetFile: string; lines: number }>();
  async function* pieces(): AsyncGenerator<FilePiece[]> {
    for await (const line of lines) {
      const count = counts.get(line.sourceFile) ?? { sourceFile: line.sourceFile, targetFile: line.targetFile, lines: 0 };
      count.lines++;
      counts.set(line.sourceFile, count);
      yield [{ file: line.sourceFile, text: line.source }, { file: line.targetFile, text: line.target }];
    }
  }
  await writeFiles(pieces(), folder);
  return [...counts.values()];
}
