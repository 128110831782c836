import { DEFAULT_SEED, DEFAULT_UNTIL, generateSamples, type SampleKind } from './index';

const KINDS: readonly SampleKind[] = ['agencies', 'dossiers', 'procedures', 'feedback', 'scores', 'surveys'];

const USAGE = `usage: node -r @swc-node/register data/samples/generator/main.ts --out DIR [--seed N] [--until YYYY-MM-DD] [--agency CODE[,CODE…]] [--kinds KIND[,KIND…]]
  --seed    default ${DEFAULT_SEED}
  --until   last day of activity, default ${DEFAULT_UNTIL}
  --agency  only these agencies (default: all of Tỉnh Mẫu)
  --kinds   only these files: ${KINDS.join(', ')} (default: all)`;

function parseArgs(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') flags.set('help', '');
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new Error(`unexpected argument: ${arg}`);
  }
  for (const name of flags.keys())
    if (!['help', 'out', 'seed', 'until', 'agency', 'kinds'].includes(name)) throw new Error(`unknown option --${name}`);
  return flags;
}

async function main(): Promise<void> {
  let flags: Map<string, string>;
  try {
    flags = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const outDir = flags.get('out');
  if (flags.has('help') || !outDir) {
    console.log(USAGE);
    process.exit(flags.has('help') ? 0 : 2);
  }
  const seed = flags.has('seed') ? Number(flags.get('seed')) : undefined;
  const agencies = flags
    .get('agency')
    ?.split(',')
    .map((code) => code.trim().toUpperCase());
  const kinds = flags
    .get('kinds')
    ?.split(',')
    .map((kind) => kind.trim()) as SampleKind[] | undefined;
  const unknownKind = kinds?.find((kind) => !KINDS.includes(kind));
  if (unknownKind !== undefined) {
    console.error(`unknown kind: ${unknownKind}\n${USAGE}`);
    process.exit(2);
  }
  const started = Date.now();
  const { files, dossiers } = await generateSamples({ outDir, seed, until: flags.get('until'), agencies, kinds });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Tỉnh Mẫu (synthetic): ${files.length} files, ${dossiers.toLocaleString('en')} dossiers in ${seconds} s → ${outDir}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
