// No Docker engine runs on the development machines, so the production files are checked by reading
// them: compose structure, no default secrets, health-gated start-up, only nginx published, the env
// names the API reads (fed through the API's own loadConfig), non-root multi-stage images without
// npm ci, and the nginx proxy/SPA/caching/header rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadConfig } from '@cchc/config';

// ---------------------------------------------------------------------------------------------
// docker-compose.yml

interface Healthcheck {
  test: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  restart?: string;
  environment?: Record<string, string | number | boolean | null>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  expose?: string[];
  network_mode?: string;
  networks?: string[];
  healthcheck?: Healthcheck;
  volumes?: string[];
  ulimits?: Record<string, number | { soft: number; hard: number }>;
  env_file?: unknown;
}

interface Compose {
  name?: string;
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  networks?: Record<string, { internal?: boolean } | null>;
}

const composeText = readFileSync('docker-compose.yml', 'utf8');
const compose = parse(composeText) as Compose;
const services = compose.services;
const service = (name: string): Service => {
  const found = services[name];
  assert.ok(found, `service ${name}`);
  return found;
};

/** Variables that must never have a default: compose must refuse to start without them. */
const SECRETS = ['POSTGRES_PASSWORD', 'CLICKHOUSE_PASSWORD', 'JWT_SECRET', 'ADMIN_PASSWORD'] as const;

/** Every variable the API container receives (the production configuration). */
const API_ENV = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'LOG_FORMAT',
  'CCHC_DATA_DIR',
  'CCHC_ASSETS_DIR',
  'CCHC_DASHBOARD_DIR',
  'CLICKHOUSE_URL',
  'CLICKHOUSE_USER',
  'CLICKHOUSE_PASSWORD',
  'CLICKHOUSE_DATABASE',
  'DATABASE_URL',
  'JWT_SECRET',
  'ADMIN_USERNAME',
  'ADMIN_PASSWORD',
  'TOKEN_TTL_MINUTES',
  'TASK_STALE_DAYS',
  'TASK_CHECK_SCHEDULE',
  'ETL_SCHEDULE',
  'CORS_ORIGIN',
  'UPLOAD_MAX_MB',
];

/** Compose-style interpolation (${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, $$). */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\$|\$\{(\w+)(?:(:?[-?])([^}]*))?\}/g, (match, name?: string, operator?: string, argument?: string) => {
    if (match === '$$') return '$';
    const current = env[name!];
    const unset = current === undefined || (operator?.startsWith(':') === true && current === '');
    if (operator?.endsWith('?') && unset) throw new Error(`${name}: ${argument}`);
    if (operator?.endsWith('-') && unset) return argument ?? '';
    return current ?? '';
  });
}

/** Every string value in the parsed file (comments are not values). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** All ${NAME...} references in the compose file's values, with what follows the name. */
function references(document: unknown): Array<{ name: string; modifier: string }> {
  return strings(document).flatMap((text) => [...text.matchAll(/\$\{(\w+)([^}]*)\}/g)].map((m) => ({ name: m[1]!, modifier: m[2]! })));
}

const FULL_ENV: Record<string, string> = {
  POSTGRES_PASSWORD: 'pg0123456789abcdef',
  CLICKHOUSE_PASSWORD: 'ch0123456789abcdef',
  JWT_SECRET: 'jwt0123456789abcdef0123456789abcdef',
  ADMIN_USERNAME: 'admin',
  ADMIN_PASSWORD: 'admin0123456789',
};

function apiEnvironment(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service('api').environment ?? {}).map(([key, value]) => [key, interpolate(value === null ? '' : String(value), env)]),
  );
}

const namedVolume = (spec: string): string | null => {
  const source = spec.split(':')[0]!;
  return source.startsWith('.') || source.startsWith('/') || source.startsWith('~') ? null : source;
};
const mountTargets = (s: Service): string[] => (s.volumes ?? []).map((spec) => spec.split(':')[1]!);

describe('docker-compose.yml', () => {
  it('runs ClickHouse (LTS server), PostgreSQL 17, the API and the dashboard', () => {
    assert.deepEqual(Object.keys(services).sort(), ['api', 'clickhouse', 'dashboard', 'postgres']);
    // ClickHouse LTS releases are the YY.3 and YY.8 lines; pin one (major.minor), never "latest".
    assert.match(service('clickhouse').image!, /^clickhouse\/clickhouse-server:\d{2}\.[38]$/);
    assert.equal(service('postgres').image, 'postgres:17-alpine');
    assert.deepEqual(service('api').build, { context: '.', dockerfile: 'apps/api/Dockerfile' });
    assert.deepEqual(service('dashboard').build, { context: '.', dockerfile: 'apps/dashboard/Dockerfile' });
    for (const file of ['apps/api/Dockerfile', 'apps/dashboard/Dockerfile']) assert.ok(existsSync(file), file);
  });

  it('restarts every service unless stopped', () => {
    for (const [name, s] of Object.entries(services)) assert.equal(s.restart, 'unless-stopped', name);
  });

  it('has no default secrets: every secret reference uses ${VAR:?message}', () => {
    const refs = references(compose);
    for (const secret of SECRETS) {
      const uses = refs.filter((r) => r.name === secret);
      assert.ok(uses.length > 0, `${secret} is used`);
      for (const use of uses) assert.match(use.modifier, /^:\?\S.+/, `${secret} must use :? with a message (no default)`);
    }
    // and no literal value for anything that looks like a credential
    for (const [name, s] of Object.entries(services)) {
      for (const [key, value] of Object.entries(s.environment ?? {})) {
        if (/PASSWORD|SECRET/.test(key)) assert.match(String(value), /^\$\{\w+:\?[^}]+\}$/, `${name}.${key}`);
      }
    }
    for (const value of strings(compose)) assert.doesNotMatch(value, /change-me/);
  });

  it('refuses to interpolate while a secret is missing, and builds the URLs once they are set', () => {
    for (const secret of SECRETS) {
      const env = { ...FULL_ENV };
      delete env[secret];
      assert.throws(() => apiEnvironment(env), new RegExp(`^Error: ${secret}: `), secret);
      assert.throws(() => apiEnvironment({ ...env, [secret]: '' }), new RegExp(`^Error: ${secret}: `), `${secret} empty`);
    }
    const env = apiEnvironment(FULL_ENV);
    assert.equal(env['DATABASE_URL'], `postgres://cchc:${FULL_ENV['POSTGRES_PASSWORD']}@postgres:5432/cchc`);
    assert.equal(env['CLICKHOUSE_PASSWORD'], FULL_ENV['CLICKHOUSE_PASSWORD']);
    assert.equal(env['JWT_SECRET'], FULL_ENV['JWT_SECRET']);
    assert.equal(env['ETL_SCHEDULE'], '0 */5 * * * *');
    assert.equal(env['ETL_SCHEDULE'], interpolate(String(service('api').environment!['ETL_SCHEDULE']), { ...FULL_ENV }));
    assert.equal(apiEnvironment({ ...FULL_ENV, ETL_SCHEDULE: 'off' })['ETL_SCHEDULE'], 'off');
  });

  it('gives the API exactly the production variables, with the production values', () => {
    const env = apiEnvironment(FULL_ENV);
    assert.deepEqual(Object.keys(env).sort(), [...API_ENV].sort());
    assert.equal(env['NODE_ENV'], 'production');
    assert.equal(env['HOST'], '0.0.0.0');
    assert.equal(env['PORT'], '3000');
    assert.equal(env['LOG_FORMAT'], 'json');
    assert.equal(env['CCHC_DATA_DIR'], '/var/lib/cchc');
    assert.equal(env['CCHC_ASSETS_DIR'], '/app/data');
    assert.equal(env['CCHC_DASHBOARD_DIR'], '');
    assert.equal(env['CLICKHOUSE_URL'], 'http://clickhouse:8123');
    assert.equal(env['CLICKHOUSE_USER'], 'cchc');
    assert.equal(env['CLICKHOUSE_DATABASE'], 'cchc');
    assert.equal(env['UPLOAD_MAX_MB'], '200');
    assert.equal(service('api').env_file, undefined, 'only the listed variables reach the API');
    // the ClickHouse account the image creates is the one the API logs in with
    const clickhouse = service('clickhouse').environment!;
    assert.equal(clickhouse['CLICKHOUSE_USER'], service('api').environment!['CLICKHOUSE_USER']);
    assert.equal(clickhouse['CLICKHOUSE_PASSWORD'], service('api').environment!['CLICKHOUSE_PASSWORD']);
    assert.equal(clickhouse['CLICKHOUSE_DB'], service('api').environment!['CLICKHOUSE_DATABASE']);
    const postgres = service('postgres').environment!;
    assert.equal(postgres['POSTGRES_USER'], 'cchc');
    assert.equal(postgres['POSTGRES_DB'], 'cchc');
  });

  it('is a configuration the API accepts (server ClickHouse, PostgreSQL, no built-in dashboard)', () => {
    const config = loadConfig(apiEnvironment(FULL_ENV), '/app');
    assert.equal(config.env, 'production');
    assert.deepEqual(config.clickhouse, {
      mode: 'server',
      url: 'http://clickhouse:8123',
      user: 'cchc',
      password: FULL_ENV['CLICKHOUSE_PASSWORD'],
      database: 'cchc',
      cluster: null,
    });
    assert.equal(config.relational.type, 'postgres');
    assert.equal(config.dashboardDir, null);
    assert.equal(config.assetsDir, '/app/data');
    assert.equal(config.dataDir, '/var/lib/cchc');
    assert.equal(config.inboxDir, '/var/lib/cchc/inbox');
    assert.equal(config.logFormat, 'json');
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.etlSchedule, '0 */5 * * * *');
    assert.equal(loadConfig(apiEnvironment({ ...FULL_ENV, ETL_SCHEDULE: 'off' }), '/app').etlSchedule, null);
  });

  it('health-checks every service and starts each one only after what it needs is healthy', () => {
    for (const [name, s] of Object.entries(services)) {
      assert.ok(s.healthcheck?.test, `${name} has a healthcheck`);
      assert.ok(Array.isArray(s.healthcheck.test) && ['CMD', 'CMD-SHELL'].includes(s.healthcheck.test[0]!), `${name} test form`);
    }
    assert.match(service('clickhouse').healthcheck!.test.join(' '), /8123\/ping|clickhouse-client .*SELECT 1/);
    assert.match(service('postgres').healthcheck!.test.join(' '), /pg_isready .*-U cchc/);
    assert.match(service('api').healthcheck!.test.join(' '), /fetch\('http:\/\/127\.0\.0\.1:3000\/api\/health'\)/);
    assert.deepEqual(service('api').depends_on, {
      clickhouse: { condition: 'service_healthy' },
      postgres: { condition: 'service_healthy' },
    });
    assert.deepEqual(service('dashboard').depends_on, { api: { condition: 'service_healthy' } });
    assert.deepEqual(service('clickhouse').ulimits?.['nofile'], { soft: 262144, hard: 262144 });
  });

  it('publishes only the dashboard port; the stores sit on an internal network', () => {
    const published = Object.entries(services)
      .filter(([, s]) => s.ports?.length || s.network_mode === 'host')
      .map(([name]) => name);
    assert.deepEqual(published, ['dashboard']);
    assert.deepEqual(service('dashboard').ports, ['${DASHBOARD_PORT:-8080}:8080']);
    assert.equal(compose.networks?.['backend']?.internal, true);
    for (const name of ['clickhouse', 'postgres']) assert.deepEqual(service(name).networks, ['backend']);
    assert.deepEqual(service('dashboard').networks, ['frontend']);
    assert.deepEqual(service('api').networks?.slice().sort(), ['backend', 'frontend']);
  });

  it('keeps all state on declared named volumes', () => {
    assert.deepEqual(Object.keys(compose.volumes).sort(), ['cchc-data', 'clickhouse-data', 'postgres-data']);
    for (const [name, s] of Object.entries(services)) {
      for (const spec of s.volumes ?? []) {
        const volume = namedVolume(spec);
        if (volume) assert.ok(volume in compose.volumes, `${name}: volume ${volume} is declared`);
        else assert.match(spec, /:ro$/, `${name}: bind mounts are read-only config (${spec})`);
      }
    }
    assert.ok(mountTargets(service('clickhouse')).includes('/var/lib/clickhouse'));
    assert.ok(mountTargets(service('postgres')).includes('/var/lib/postgresql/data'));
    assert.ok(mountTargets(service('api')).includes('/var/lib/cchc'));
    assert.equal(service('dashboard').volumes, undefined);
  });

  it('mounts ClickHouse config files that exist', () => {
    for (const spec of service('clickhouse').volumes ?? []) {
      if (namedVolume(spec)) continue;
      const [source, target] = spec.split(':');
      assert.ok(existsSync(source!), `${source} exists`);
      assert.match(target!, /^\/etc\/clickhouse-server\/(config|users)\.d\/[\w-]+\.xml$/);
      const xml = readFileSync(source!, 'utf8');
      assert.match(xml, /<clickhouse>[\s\S]*<\/clickhouse>\s*$/);
      assert.doesNotMatch(xml, /<password/, 'no credentials in committed ClickHouse config');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// .env.example

describe('.env.example', () => {
  const text = readFileSync('.env.example', 'utf8');
  const lines = text.split('\n');
  const entries = new Map<string, string>();
  lines.forEach((line) => {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) entries.set(m[1]!, m[2]!);
  });

  it('lists every variable compose reads, each with a comment, and nothing compose ignores', () => {
    const used = new Set(references(compose).map((r) => r.name));
    assert.deepEqual([...entries.keys()].sort(), [...used].sort());
    lines.forEach((line, index) => {
      if (/^[A-Z][A-Z0-9_]*=/.test(line)) assert.match(lines[index - 1] ?? '', /^#/, `comment above ${line}`);
    });
  });

  it('holds placeholders, never real secrets', () => {
    for (const secret of SECRETS) assert.equal(entries.get(secret), 'change-me', secret);
    assert.match(text, /replace every "?change-me"?/i);
    assert.equal(entries.get('ETL_SCHEDULE'), '"0 */5 * * * *"');
    assert.match(entries.get('ADMIN_USERNAME')!, /^[a-z][a-z0-9._-]*$/);
  });

  it('is ignored by git and docker while .env itself is', () => {
    assert.match(readFileSync('.gitignore', 'utf8'), /^\.env$/m);
    const dockerignore = readFileSync('.dockerignore', 'utf8').split('\n');
    assert.ok(dockerignore.includes('.env'));
  });
});

// ---------------------------------------------------------------------------------------------
// Dockerfiles

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions grouped by stage, with global ARG defaults substituted into FROM lines. */
function dockerStages(file: string): Array<{ from: string; name: string | null; instructions: Instruction[] }> {
  const joined = readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ');
  const instructions = joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const space = line.search(/\s/);
      return { keyword: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
    });
  const globals: Record<string, string> = {};
  const stages: Array<{ from: string; name: string | null; instructions: Instruction[] }> = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args.replace(/^--platform=\S+\s+/, '').split(/\s+/);
      const from = image!.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a?: string, b?: string) => globals[(a ?? b)!] ?? '');
      stages.push({ from, name: as?.toUpperCase() === 'AS' ? name! : null, instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') {
        const [key, value] = instruction.args.split('=');
        globals[key!] = value ?? '';
      }
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  }
  return stages;
}

const args = (stage: { instructions: Instruction[] }, keyword: string): string[] =>
  stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('Dockerfiles', () => {
  for (const file of ['apps/api/Dockerfile', 'apps/dashboard/Dockerfile']) {
    describe(file, () => {
      const stages = dockerStages(file);
      const final = stages.at(-1)!;

      it('builds in a Node 24 stage with npm install (never npm ci) and Nx without daemon or cloud', () => {
        assert.ok(stages.length >= 2, 'multi-stage');
        const build = stages.find((s) => s.name === 'build');
        assert.ok(build, 'a build stage');
        assert.equal(build.from, 'node:24-bookworm-slim');
        for (const stage of stages) for (const run of args(stage, 'RUN')) assert.doesNotMatch(run, /\bnpm\s+(ci|clean-install)\b/);
        const runs = args(build, 'RUN').join('\n');
        assert.match(runs, /npm install --no-audit --no-fund/);
        assert.match(runs, /npx nx build (api|dashboard)\b/);
        const env = args(build, 'ENV').join(' ');
        assert.match(env, /NX_DAEMON=false/);
        assert.match(env, /NX_NO_CLOUD=true/);
      });

      it('runs the final stage as a non-root user with a healthcheck and OCI labels', () => {
        const users = args(final, 'USER');
        assert.ok(users.length > 0, 'USER in the final stage');
        assert.doesNotMatch(users.at(-1)!, /^(root|0)(:|$)/);
        assert.equal(args(final, 'HEALTHCHECK').length, 1);
        const labels = args(final, 'LABEL').join(' ');
        for (const key of ['title', 'description', 'version', 'licenses']) {
          assert.match(labels, new RegExp(`org\\.opencontainers\\.image\\.${key}=`), key);
        }
        assert.ok(
          !final.instructions.some((i) => i.keyword === 'RUN' && /npm install(?!.*--omit=dev)/.test(i.args)),
          'no dev install in the final stage',
        );
      });
    });
  }

  it('api: runtime dependencies only, without chdb, with the data/ assets, as user node', () => {
    const stages = dockerStages('apps/api/Dockerfile');
    const final = stages.at(-1)!;
    assert.equal(final.from, 'node:24-bookworm-slim');
    assert.equal(args(final, 'USER').at(-1), 'node');
    assert.deepEqual(args(final, 'CMD'), ['["node", "main.js"]']);
    assert.deepEqual(args(final, 'EXPOSE'), ['3000']);
    const env = args(final, 'ENV').join(' ');
    for (const pair of ['NODE_ENV=production', 'CCHC_ASSETS_DIR=/app/data', 'CCHC_DATA_DIR=/var/lib/cchc', 'PORT=3000', 'HOST=0.0.0.0']) {
      assert.ok(env.includes(pair), pair);
    }
    assert.match(args(final, 'HEALTHCHECK')[0]!, /127\.0\.0\.1:3000\/api\/health/);
    // node_modules comes from a stage that installed production dependencies only, chdb removed
    const copies = args(final, 'COPY');
    const modulesFrom = /--from=(\w+)\s+\S*node_modules/.exec(copies.join('\n'))?.[1];
    assert.ok(modulesFrom, 'node_modules copied from a stage');
    const deps = stages.find((s) => s.name === modulesFrom)!;
    const depsRuns = args(deps, 'RUN').join('\n');
    assert.match(depsRuns, /npm install --omit=dev/);
    assert.match(depsRuns, /rm -rf node_modules\/chdb node_modules\/@chdb/);
    const buildRuns = args(
      stages.find((s) => s.name === 'build')!,
      'RUN',
    ).join('\n');
    assert.match(buildRuns, /delete pkg\.dependencies\.chdb/);
    assert.match(buildRuns, /cp -R data \/out\/app\/data/);
    assert.match(buildRuns, /rm -rf \/out\/app\/data\/samples\/generator/);
    assert.ok(
      copies.some((c) => /--from=build \/out\/app\/ \.\//.test(c)),
      'bundle and data/ copied to /app',
    );
    assert.match(args(final, 'WORKDIR').at(-1)!, /^\/app$/);
    assert.match(args(final, 'RUN').join('\n'), /chown -R node:node \/var\/lib\/cchc/);
  });

  it('api: Debian\'s Chromium and a font with every Vietnamese letter for PDF reports, installed as root before USER node', () => {
    const final = dockerStages('apps/api/Dockerfile').at(-1)!;
    const install = final.instructions.findIndex((i) => i.keyword === 'RUN' && /apt-get install/.test(i.args));
    assert.ok(install >= 0, 'an apt-get install in the final stage');
    const run = final.instructions[install]!.args;
    assert.match(run, /apt-get update/);
    assert.match(run, /apt-get install -y --no-install-recommends [^&]*\bchromium\b/);
    assert.match(run, /apt-get install -y --no-install-recommends [^&]*\bfonts-liberation2\b/);
    assert.match(run, /rm -rf \/var\/lib\/apt\/lists/, 'no apt lists left in the layer');
    assert.ok(install < final.instructions.findIndex((i) => i.keyword === 'USER'), 'installed before dropping root');
    assert.match(args(final, 'ENV').join(' '), /PDF_BROWSER=\/usr\/bin\/chromium/);
  });

  it('dashboard: the Angular build served by unprivileged nginx on 8080', () => {
    const final = dockerStages('apps/dashboard/Dockerfile').at(-1)!;
    assert.match(final.from, /^nginxinc\/nginx-unprivileged:[\w.-]*alpine$/);
    assert.deepEqual(args(final, 'EXPOSE'), ['8080']);
    const copies = args(final, 'COPY');
    assert.ok(copies.includes('apps/dashboard/nginx.conf /etc/nginx/conf.d/default.conf'));
    assert.ok(copies.includes('--from=build /workspace/dist/apps/dashboard/browser/ /usr/share/nginx/html/'));
  });

  it('.dockerignore keeps local output, caches and secrets out of the build context', () => {
    const entries = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['**/node_modules', 'dist', 'var', '.tools', '.nx', '.angular', '.git', 'tmp', '.env']) {
      assert.ok(entries.includes(entry), entry);
    }
    for (const needed of ['data', 'apps', 'libs', 'etl', 'package.json', 'package-lock.json']) {
      assert.ok(!entries.includes(needed), `${needed} stays in the context`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// nginx.conf

interface NginxNode {
  name: string;
  args: string[];
  children?: NginxNode[];
}

/** A small nginx config parser: directives, quoted strings, comments and nested blocks. */
function parseNginx(text: string): NginxNode[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '{' || c === '}' || c === ';') tokens.push(text[i++]!);
    else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      tokens.push(text.slice(i + 1, j));
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s;{}]/.test(text[j]!)) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  let position = 0;
  const block = (): NginxNode[] => {
    const nodes: NginxNode[] = [];
    while (position < tokens.length && tokens[position] !== '}') {
      const words: string[] = [];
      while (!['{', ';', '}'].includes(tokens[position]!)) words.push(tokens[position++]!);
      const [name, ...rest] = words;
      if (tokens[position] === '{') {
        position++;
        nodes.push({ name: name!, args: rest, children: block() });
        assert.equal(tokens[position++], '}', 'balanced braces');
      } else {
        assert.equal(tokens[position++], ';', `directive ${name} ends with ;`);
        nodes.push({ name: name!, args: rest });
      }
    }
    return nodes;
  };
  const nodes = block();
  assert.equal(position, tokens.length, 'no stray }');
  return nodes;
}

describe('apps/dashboard/nginx.conf', () => {
  const top = parseNginx(readFileSync('apps/dashboard/nginx.conf', 'utf8'));
  const server = top.find((n) => n.name === 'server')!;
  const directives = (nodes: NginxNode[], name: string): string[][] => nodes.filter((n) => n.name === name).map((n) => n.args);
  const one = (nodes: NginxNode[], name: string): string[] => {
    const found = directives(nodes, name);
    assert.equal(found.length, 1, name);
    return found[0]!;
  };
  const locations = server.children!.filter((n) => n.name === 'location');
  const location = (...args: string[]): NginxNode[] => {
    const found = locations.find((l) => l.args.join(' ') === args.join(' '));
    assert.ok(found, `location ${args.join(' ')}`);
    return found.children!;
  };
  const seconds = (value: string): number =>
    Number(/^(\d+)s?$/.exec(value)?.[1] ?? /^(\d+)m$/.exec(value)![1]) * (value.endsWith('m') ? 60 : 1);

  it('is one server block on 8080 for the unprivileged image', () => {
    assert.deepEqual(
      top.map((n) => n.name),
      ['server'],
    );
    assert.deepEqual(directives(server.children!, 'listen'), [['8080']]);
    assert.deepEqual(one(server.children!, 'root'), ['/usr/share/nginx/html']);
  });

  it('proxies /api/ to http://api:3000 keeping the /api prefix, with upload-sized limits', () => {
    const api = location('^~', '/api/');
    const [target] = one(api, 'proxy_pass');
    const variable = /^http:\/\/\$(\w+)$/.exec(target!)?.[1];
    if (variable) {
      // a variable host (re-resolved through Docker's DNS) and no URI part: the request URI passes unchanged
      assert.deepEqual(one(api, 'set'), [`$${variable}`, 'api:3000']);
      assert.deepEqual(one(server.children!, 'resolver').slice(0, 1), ['127.0.0.11']);
    } else {
      assert.equal(target, 'http://api:3000', 'no URI part, so /api stays in the path');
    }
    assert.deepEqual(one(server.children!, 'client_max_body_size'), ['200m']);
    assert.equal(String(service('api').environment!['UPLOAD_MAX_MB']), '${UPLOAD_MAX_MB:-200}', 'same default as nginx');
    for (const timeout of ['proxy_read_timeout', 'proxy_send_timeout']) assert.ok(seconds(one(api, timeout)[0]!) >= 300, timeout);
    assert.deepEqual(one(api, 'proxy_request_buffering'), ['off']);
    assert.deepEqual(one(api, 'proxy_http_version'), ['1.1']);
    const headers = directives(api, 'proxy_set_header').map(([name]) => name);
    for (const header of ['Host', 'X-Forwarded-For', 'X-Forwarded-Proto']) assert.ok(headers.includes(header), header);
  });

  it('serves the SPA with an index.html fallback that is never cached', () => {
    const root = location('/');
    assert.deepEqual(one(root, 'try_files'), ['$uri', '$uri/', '/index.html']);
    assert.deepEqual(
      directives(root, 'add_header').find(([name]) => name === 'Cache-Control'),
      ['Cache-Control', 'no-cache', 'always'],
    );
  });

  it('caches hashed bundles for a year, but not 404s, and does not fall back to index.html for them', () => {
    const assets = locations.find((l) => l.args[0] === '~*')!;
    assert.ok(assets, 'a regex location for assets');
    const pattern = new RegExp(assets.args[1]!, 'i');
    for (const file of ['/main-HC2ER3IO.js', '/chunk-BLx4R-iW.js', '/styles-U2D7E2AD.css', '/media/logo-ABCDEFGH.svg']) {
      assert.match(file, pattern, file);
    }
    for (const file of ['/index.html', '/favicon.svg', '/ho-so']) assert.doesNotMatch(file, pattern, file);
    assert.deepEqual(one(assets.children!, 'try_files'), ['$uri', '=404']);
    const cache = directives(assets.children!, 'add_header').find(([name]) => name === 'Cache-Control');
    assert.deepEqual(cache, ['Cache-Control', 'public, max-age=31536000, immutable']);
  });

  it('sends the security headers everywhere (locations with add_header repeat them)', () => {
    const expected = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    };
    const check = (nodes: NginxNode[], where: string): void => {
      const headers = new Map(directives(nodes, 'add_header').map(([name, value]) => [name!, value]));
      for (const [name, value] of Object.entries(expected)) assert.equal(headers.get(name), value, `${name} in ${where}`);
    };
    check(server.children!, 'server');
    // nginx inherits server-level add_header only into locations that declare none of their own
    for (const l of locations) if (directives(l.children!, 'add_header').length > 0) check(l.children!, `location ${l.args.join(' ')}`);
  });

  it('compresses text assets and JSON, and answers the container healthcheck', () => {
    assert.deepEqual(one(server.children!, 'gzip'), ['on']);
    const types = one(server.children!, 'gzip_types');
    for (const type of ['application/javascript', 'text/css', 'application/json']) assert.ok(types.includes(type), type);
    const health = location('=', '/healthz');
    assert.deepEqual(one(health, 'return'), ['200', 'ok\\n']);
    assert.match(readFileSync('apps/dashboard/Dockerfile', 'utf8'), /127\.0\.0\.1:8080\/healthz/);
    assert.match(service('dashboard').healthcheck!.test.join(' '), /127\.0\.0\.1:8080\/healthz/);
  });
});
