// docker-compose.cluster.yml and its ClickHouse files, checked by reading them (no Docker engine here):
// 2 shards × 2 replicas, each node with its own macros, Keeper, and an API configured for the cluster.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadConfig } from '@cchc/config';

interface Service {
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas: number };
}

const compose = parse(readFileSync('docker-compose.cluster.yml', 'utf8'), { merge: true, customTags: [{ tag: '!override', resolve: (value: unknown) => value, collection: 'map' }] }) as {
  services: Record<string, Service>;
};
const clusterXml = readFileSync('deploy/clickhouse/cluster/cluster.xml', 'utf8');
const NODES = ['ch-s1-r1', 'ch-s1-r2', 'ch-s2-r1', 'ch-s2-r2'];

describe('docker-compose.cluster.yml', () => {
  it('runs four ClickHouse nodes of the production image, Keeper, and no single-node server', () => {
    for (const node of NODES) assert.match(compose.services[node]?.image ?? '', /^clickhouse\/clickhouse-server:\d{2}\.[38]$/, node);
    assert.match(compose.services['keeper']?.image ?? '', /^clickhouse\/clickhouse-keeper:/);
    assert.equal(compose.services['clickhouse']?.deploy?.replicas, 0);
  });

  it('gives each node the macros of its own shard and replica, and mounts only files that exist', () => {
    for (const node of NODES) {
      const [, shard, replica] = /ch-s(\d)-r(\d)/.exec(node)!;
      const macros = compose.services[node]!.volumes!.find((v) => v.includes('macros'))!.split(':')[0]!;
      const text = readFileSync(macros, 'utf8');
      assert.match(text, new RegExp(`<shard>${shard}</shard>`), node);
      assert.match(text, new RegExp(`<replica>ch-s${shard}-r${replica}</replica>`), node);
      for (const volume of compose.services[node]!.volumes!) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('./')) assert.ok(existsSync(source), source);
      }
    }
  });

  it('declares the cluster the API is told to use: 2 shards of 2 replicas, internal replication', () => {
    const api = compose.services['api']!;
    const cluster = api.environment!['CLICKHOUSE_CLUSTER']!;
    assert.match(clusterXml, new RegExp(`<${cluster}>`));
    const shards = clusterXml.split('</remote_servers>')[0]!.split('<shard>').slice(1);
    assert.equal(shards.length, 2);
    assert.deepEqual(
      shards.map((s) => [...s.matchAll(/<host>([^<]+)<\/host>/g)].map((m) => m[1])),
      [
        ['ch-s1-r1', 'ch-s1-r2'],
        ['ch-s2-r1', 'ch-s2-r2'],
      ],
    );
    assert.ok(shards.every((s) => s.includes('<internal_replication>true</internal_replication>')));
    assert.deepEqual(Object.keys(api.depends_on!).sort(), [...NODES, 'postgres'].sort());
  });

  it('is a configuration the API accepts', () => {
    const api = compose.services['api']!;
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'a long password', ...api.environment });
    assert.deepEqual(config.clickhouse.mode === 'server' && [config.clickhouse.url, config.clickhouse.cluster], ['http://ch-s1-r1:8123', 'cchc_cluster']);
  });
});
