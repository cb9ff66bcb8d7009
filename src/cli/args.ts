/** Command-line arguments, parsed by hand: the CLI has a dozen flags and needs no parser library. */
import { StoryalignError } from '../errors.js';
import { LANGUAGE_PAIR } from '../export/pair-rows.js';

export const FORMATS = ['text', 'json', 'jsonl', 'tsv', 'moses', 'tmx', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  /** Files and folders; `-` is standard input. */
  inputs: string[];
  /** Undefined when not given: text on a terminal, JSON elsewhere (see outputFormat). */
  format?: Format;
  out?: string;
  minScore: number;
  /** Force one alignment mode for every pair of versions in different languages. */
  mode?: 'translation' | 'comparable';
  /** Grouping: key similarity across languages, word similarity within one, and the time window. */
  threshold?: number;
  sameLanguageThreshold?: number;
  windowDays?: number;
  /** Close each story once the input's dates have passed it (`closeStories`), instead of holding every article to the end. */
  closeStories: boolean;
  skipInvalid: boolean;
  /** Candidate languages for detection (ISO 639 or BCP 47 codes). */
  only?: string[];
  /** Only these language pairs in the rows (`vi-id`). */
  pairs?: string[];
  /** JSONL: also the pairs mined from independent reports. */
  includeComparable: boolean;
  /** Bilingual dictionaries in dictd format (`--dictionary`, repeatable). */
  dictionaries: string[];
  /** Worker threads; 1 runs on the main thread. Default: the cores Node may use. */
  jobs?: number;
  /** Hand the work to `storyalign worker` processes through this Redis server's queue. */
  redis?: string;
  /** The queue's name on that server (default `storyalign`). */
  queue?: string;
  /** `storyalign worker`: take tasks from the queue instead of reading articles. */
  worker: boolean;
  /** No progress line and no summary on stderr (errors and skipped lines still). */
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: storyalign [FILES|DIRS|JSONL|-...] [options]
       storyalign worker --redis URL [--queue NAME] [--jobs N]

Reads news articles (one per .txt file, or one JSON object per line of a .jsonl
file: {"id", "text", "url"?, "lang"?, "title"?, "publishedAt"?}), detects their
languages, groups the versions of each story, aligns their sentences and reports
translation coverage. "-", or input piped or redirected in when no file is
given, is standard input: JSONL, or else one text article (id "stdin"). With no
input at all it runs on the bundled seed articles.

Options:
  --format FORMAT    text (a readable report), json (everything), jsonl (Hugging
                     Face translation pairs), tsv, moses, tmx, html (a review
                     page for a browser). Default: text on a terminal, else json
  --out PATH         write data here instead of stdout (a folder for moses; for
                     jsonl a folder, a path ending in / or an existing one,
                     gets one file per language pair and a dataset card)
  --pairs LIST       only these language pairs in the rows, e.g. vi-id,en-id
  --include comparable
                     jsonl: also the pairs mined from independent reports
                     (marked "mode": "comparable"; translations only without)
  --min-score X      leave out pairs scoring below X (0 to 1): rows of jsonl,
                     tsv, moses and tmx, pairs of json and text; html starts
                     its score slider there. Default: 0
  --mode MODE        align every pair of versions as translation or comparable
                     instead of deciding per pair from its monotone alignment
  --only CODES       detect only these languages, e.g. --only ind,zsm,vie,eng
  --dictionary PATH  a bilingual dictionary in dictd format for the aligner,
                     e.g. /usr/share/dictd/freedict-deu-fra.index (Debian's
                     dict-freedict-deu-fra); LANG-LANG=PATH when the file
                     name does not say the two languages. Repeatable
  --threshold X      key similarity (0 to 1) two versions in different
                     languages need to be grouped. Default: 0.2
  --same-language-threshold X
                     word similarity (0 to 1) two reports in one language need
                     to be grouped. Default: 0.12
  --window-days N    group only articles published at most N days apart
                     (when both give publishedAt). Default: 7
  --close-stories    for input in order of publication: close each story once
                     the input's dates are two windows past it, write its
                     rows and let its articles go, so that memory holds about
                     four windows of news (10,000 articles at least), not the
                     whole input (statistics are each segment's: rows can
                     differ a little)
  -j, --jobs N       worker threads to read, align and check in (1: none);
                     the output is the same whatever N. Default: the
                     number of cores
  --redis URL        hand reading, aligning and checking to storyalign worker
                     processes (any number, on any machine) through a BullMQ
                     queue on this Redis server, e.g. redis://127.0.0.1:6379;
                     the output is the same as on one thread (needs bullmq)
  --queue NAME       the queue's name, the same for coordinator and workers.
                     Default: storyalign
  --skip-invalid     skip JSONL lines that are not valid articles, articles with
                     no letter or digit and repeated ids, naming file and line
                     (without it an empty article is kept, as "und", and set
                     aside; a repeated id stops the run)
  -q, --quiet        no progress line and no summary on stderr
  -h, --help         show this help
  -v, --version      show the version
  --                 what follows is files, even names that start with "-"

storyalign worker takes tasks from the queue with N worker threads (default:
the number of cores) until it is stopped (Ctrl-C or SIGTERM).

Examples:
  storyalign                                   the seed articles, as a report
  storyalign crawl.jsonl --format jsonl --out pairs.jsonl
  storyalign articles/ --format html --out review.html
  storyalign crawl.jsonl --format moses --out corpus/ --min-score 0.5
  cat crawl.jsonl | storyalign --format tsv > pairs.tsv
  storyalign vi.txt id.txt --mode translation --format text

Exit status: 0 done; 1 an unexpected failure (a bug: please report it);
2 a problem with the arguments or the input (bad option, unreadable file,
invalid article, undecodable text), named on stderr.

Progress and a summary go to stderr (the summary counts what it would list
above 50 articles); data goes to stdout or --out.

Without --close-stories every article is held until the input ends, about nine
times the input's bytes of heap: for input files larger than node's heap allows,
the command starts node again with a larger --max-old-space-size (at most 3/4 of
the memory). For a large standard input set it yourself:
NODE_OPTIONS=--max-old-space-size=12000`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], minScore: 0, skipInvalid: false, closeStories: false, includeComparable: false, dictionaries: [], worker: false, quiet: false, help: false, version: false };
  if (argv[0] === 'worker') {
    args.worker = true;
    argv = argv.slice(1);
  }
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') {
      // Everything after `--` is a file, even a name that starts with a dash.
      args.inputs.push(...argv.slice(k + 1));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++k];
      // `--out=` or `--out ''` is a mistake, not a request for stdout.
      if (v === undefined || v.trim() === '') throw new StoryalignError('INVALID_ARGUMENT', `${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) {
          throw new StoryalignError('INVALID_ARGUMENT', `--format: expected one of ${FORMATS.join(', ')}, got "${f}"`);
        }
        args.format = f as Format;
        break;
      }
      case '--out': args.out = value(); break;
      case '--min-score': args.minScore = fraction(flag, value()); break;
      case '--mode': {
        const m = value();
        if (m !== 'translation' && m !== 'comparable') throw new StoryalignError('INVALID_ARGUMENT', `--mode: expected translation or comparable, got "${m}"`);
        args.mode = m;
        break;
      }
      case '--only': args.only = list(value()); break;
      case '--dictionary': args.dictionaries.push(value()); break;
      case '--pairs': {
        const pairs = list(value());
        const bad = pairs.find((p) => !LANGUAGE_PAIR.test(p));
        if (bad !== undefined) throw new StoryalignError('INVALID_ARGUMENT', `--pairs: expected language pairs of the output's tags such as vi-id,en-id, got "${bad}"`);
        args.pairs = pairs;
        break;
      }
      case '--include': {
        const what = value();
        if (what !== 'comparable') throw new StoryalignError('INVALID_ARGUMENT', `--include: expected comparable, got "${what}"`);
        args.includeComparable = true;
        break;
      }
      case '--threshold': args.threshold = fraction(flag, value()); break;
      case '--same-language-threshold': args.sameLanguageThreshold = fraction(flag, value()); break;
      case '--window-days': {
        const raw = value();
        const x = Number(raw);
        if (!Number.isFinite(x) || x <= 0) throw new StoryalignError('INVALID_ARGUMENT', `--window-days: expected a positive number of days, got "${raw}"`);
        args.windowDays = x;
        break;
      }
      case '-j': case '--jobs': {
        const raw = value();
        const n = Number(raw);
        if (!/^\d+$/u.test(raw) || n < 1 || n > 256) throw new StoryalignError('INVALID_ARGUMENT', `--jobs: expected a whole number from 1 to 256, got "${raw}"`);
        args.jobs = n;
        break;
      }
      case '--redis': args.redis = value(); break;
      case '--queue': args.queue = value(); break;
      case '--skip-invalid': args.skipInvalid = true; break;
      case '--close-stories': args.closeStories = true; break;
      case '-q': case '--quiet': args.quiet = true; break;
      case '-h': case '--help': args.help = true; break;
      case '-v': case '--version': args.version = true; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new StoryalignError('INVALID_ARGUMENT', `unknown option ${arg}; see --help`);
        args.inputs.push(arg);
    }
  }
  if (args.worker && (args.inputs.length || !args.redis)) {
    throw new StoryalignError('INVALID_ARGUMENT', args.redis ? 'storyalign worker reads no files: it takes its tasks from the queue' : 'storyalign worker needs --redis URL');
  }
  if (args.queue !== undefined && !args.redis) throw new StoryalignError('INVALID_ARGUMENT', '--queue needs --redis URL');
  if (args.redis && args.jobs !== undefined && !args.worker) throw new StoryalignError('INVALID_ARGUMENT', 'with --redis the workers run the work: give --jobs to storyalign worker');
  return args;
}

/** A comma-separated list, spaces and empty items left out. */
function list(raw: string): string[] {
  return raw.split(',').map((item) => item.trim()).filter(Boolean);
}

/** The format to write: the one asked for, else the readable report for a person at a terminal and JSON for a program. */
export function outputFormat(args: CliArgs, stdoutIsTerminal: boolean): Format {
  return args.format ?? (stdoutIsTerminal && args.out === undefined ? 'text' : 'json');
}

/** A number from 0 to 1, or an error that names the flag. */
function fraction(flag: string, raw: string): number {
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new StoryalignError('INVALID_ARGUMENT', `${flag}: expected a number from 0 to 1, got "${raw}"`);
  return x;
}
