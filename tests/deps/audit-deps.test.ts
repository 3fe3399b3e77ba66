import { describe, expect, it } from 'vitest';
import { type AllowEntry, findingsOf, judge } from '../../scripts/audit-deps';

/** The gate of `npm run audit:deps`, on a report in npm audit's JSON format (auditReportVersion 2). */
const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    '@fastify/static': {
      name: '@fastify/static',
      severity: 'high',
      via: [
        {
          source: 1,
          name: '@fastify/static',
          title: 'route guard bypass via path traversal',
          url: 'https://github.com/advisories/GHSA-83w8-p2f5-377r',
          severity: 'high',
        },
      ],
    },
    '@fastify/swagger-ui': { name: '@fastify/swagger-ui', severity: 'high', via: ['@fastify/static'] },
    uuid: {
      name: 'uuid',
      severity: 'moderate',
      via: [
        {
          source: 2,
          name: 'uuid',
          title: 'Missing buffer bounds check',
          url: 'https://github.com/advisories/GHSA-w5hq-g745-h8pq',
          severity: 'moderate',
        },
      ],
    },
  },
};

const entry = (advisory: string): AllowEntry => ({
  advisory,
  package: 'x',
  severity: 'high',
  what: 'w',
  reachable: 'no',
  closes: 'c',
  reviewed: '2026-11-25',
});

describe('npm run audit:deps', () => {
  it('reads each advisory once, under the package it is about', () => {
    expect(findingsOf(report).map((f) => [f.advisory, f.package, f.severity])).toEqual([
      ['GHSA-83w8-p2f5-377r', '@fastify/static', 'high'],
      ['GHSA-w5hq-g745-h8pq', 'uuid', 'moderate'],
    ]);
  });

  it('fails on a high advisory nobody explained, not on a moderate one', () => {
    const verdict = judge(findingsOf(report), []);
    expect(verdict.unexplained.map((f) => f.advisory)).toEqual(['GHSA-83w8-p2f5-377r']);
    expect(verdict.minor.map((f) => f.advisory)).toEqual(['GHSA-w5hq-g745-h8pq']);
  });

  it('passes once it is explained, and shows explanations nothing needs any more', () => {
    const verdict = judge(findingsOf(report), [entry('GHSA-83w8-p2f5-377r'), entry('GHSA-old')]);
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.explained.map((f) => f.advisory)).toEqual(['GHSA-83w8-p2f5-377r']);
    expect(verdict.stale.map((a) => a.advisory)).toEqual(['GHSA-old']);
  });
});
