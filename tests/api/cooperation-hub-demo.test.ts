import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../common/contracts/indicator-exchange';
import { seedDemo } from '../../server/db/seeds/demo';
import { demoContext } from '../../server/db/seeds/demo-actors';
import { receiveDemoDocuments } from '../../server/db/seeds/demo-cooperation';
import { demoDocument, turkishFigures } from '../../server/db/seeds/demo-hub-inbox';
import { hasSmallCells, indicatorSet } from '../../server/domain/indicators/exchange.service';
import { createTestApp, type TestApp } from '../support/test-app';

/** The demo hub: both countries' keys confirmed and their 2025 indicator documents received. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.deps, { children: 20, seed: 2026, today: '2026-11-25' });
}, 180_000);
afterAll(() => t.close());

describe('the demo cooperation channel', () => {
  it("confirms one key of each demo country and keeps only Azerbaijan's own private key", async () => {
    const keys = await t.db.query<{ country: string; status: string }>(
      'select country, status from country_keys order by country',
    );
    expect(keys).toEqual([
      { country: 'AZ', status: 'confirmed' },
      { country: 'TR', status: 'confirmed' },
    ]);
    const [own] = await t.db.query<{ country: string; public_key: string }>(
      'select country, public_key from cooperation_settings',
    );
    const [azKey] = await t.db.query<{ public_key: string }>(
      "select public_key from country_keys where country = 'AZ'",
    );
    expect(own).toEqual({ country: 'AZ', public_key: azKey!.public_key });
  });

  it("holds Azerbaijan's 2025 figures as this installation computes them, and Turkey's beside them", async () => {
    const docs = await t.db.query<{ country: string; payload: ExchangeDocument }>(
      "select country, payload from cooperation_documents where kind = 'indicators' order by country",
    );
    expect(docs.map((d) => d.country)).toEqual(['AZ', 'TR']);
    const ours = await indicatorSet(t.deps, await demoContext(t.db, 'director'), 2025);
    const { generatedAt: _g, ...azFigures } = docs[0]!.payload;
    const { generatedAt: _o, ...ourFigures } = ours;
    expect(azFigures).toEqual(ourFigures);
    const tr = docs[1]!.payload;
    expect(tr.indicators.map((i) => i.id)).toEqual(ours.indicators.map((i) => i.id));
    expect(hasSmallCells(tr)).toBe(false);
    const afterCare = tr.indicators.find((i) => i.id === 'after_care')!;
    expect(
      Object.values(afterCare.summary).every((v) => v === null || !Number.isInteger(v) || v % 5 === 0),
    ).toBe(true);
  });

  it('passes other areas’ demo documents through the same checks', async () => {
    const ours = await indicatorSet(t.deps, await demoContext(t.db, 'director'), 2024);
    const [receipt] = await receiveDemoDocuments(t.deps, [
      demoDocument(t.deps, 'TR', 'indicators', turkishFigures(ours)),
    ]);
    expect(receipt).toMatchObject({ country: 'TR', kind: 'indicators' });
    const wrong = demoDocument(t.deps, 'TR', 'indicators', ours);
    await expect(receiveDemoDocuments(t.deps, [wrong])).rejects.toMatchObject({ code: 'rule_violation' });
  });
});
