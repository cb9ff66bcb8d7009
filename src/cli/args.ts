/** Command-line arguments, parsed by hand: the CLI has six options and needs no parser library. */
import { StoryalignError } from '../errors.js';

export const FORMATS = ['text', 'json', 'jsonl', 'tsv', 'moses', 'tmx', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  inputs: string[];
  format: Format;
  out?: string;
  minScore: number;
  skipInvalid: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: storyalign [FILES|DIRS|JSONL...] [options]

Reads news articles (one per .txt file, or one JSON object per line of a .jsonl
file: {"id", "text", "url"?, "lang"?, "title"?, "publishedAt"?}), detects their
languages, groups the versions of each story, aligns their sentences and reports
translation coverage. With no input it runs on the bundled seed articles.

Options:
  --format FORMAT    text (a readable report), json (everything), jsonl (Hugging
                     Face translation pairs), tsv, moses, tmx, html (a review
                     page for a browser). Default: json
  --out PATH         write data here instead of stdout (a folder for moses)
  --min-score X      leave out pairs scoring below X (0 to 1). Default: 0
  --skip-invalid     skip JSONL lines that are not valid articles, and say which
  -h, --help         show this help
  -v, --version      show the version

A summary goes to stderr; data goes to stdout or --out.`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { inputs: [], format: 'json', minScore: 0, skipInvalid: false, help: false, version: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++k];
      if (v === undefined) throw new StoryalignError('INVALID_ARGUMENT', `${flag} needs a value`);
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
      case '--min-score': {
        const raw = value();
        const x = Number(raw);
        if (!Number.isFinite(x) || x < 0 || x > 1) throw new StoryalignError('INVALID_ARGUMENT', `--min-score: expected a number from 0 to 1, got "${raw}"`);
        args.minScore = x;
        break;
      }
      case '--skip-invalid': args.skipInvalid = true; break;
      case '-h': case '--help': args.help = true; break;
      case '-v': case '--version': args.version = true; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new StoryalignError('INVALID_ARGUMENT', `unknown option ${arg}; see --help`);
        args.inputs.push(arg);
    }
  }
  return args;
}
