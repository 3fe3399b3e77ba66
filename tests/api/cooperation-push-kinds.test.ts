import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedDocument } from '../../common/contracts/cooperation-documents';
import { KIND_RULES } from '../../server/domain/cooperation/document-kinds';
import { signatureHolds } from '../../server/domain/cooperation/signature';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { type FakeHub, startFakeHub } from './support/fake-hub';

/**
 * The three kinds a country sends besides its indicators — a good practice (and its update), the
 * Foster Family Day results of its campaigns, the ambassadors' year — each signed so that the
 * registered key verifies it and passing the rule the real hub applies to its kind.
 */
let t: TestApp;
let hub: FakeHub;
let admin: Session;
let director: Session;
let publicKey: string;
let campaigns: { big: string; small: string; turkish: string };

const practice = {
  title: 'Himayədar ailələr üçün həmyaşıd dəstəyi',
  summary: 'Təcrübəli himayədar ailələr yeni ailələrə ilk ildə dəstək olur.',
  fullText: 'Hər yeni himayədar ailəyə təcrübəli bir ailə təyin olunur; ayda bir görüş keçirilir.',
  language: 'az',
  topics: ['recruitment'],
  evidence: '2025-ci ildə 12 ailədən 11-i ilk ili başa vurdu.',
  contact: 'info@sos.az',
  organisation: 'SOS Uşaq Kəndləri Azərbaycan',
  ambassadorMaterial: true,
};

/** The document the hub received last, checked as the real hub would: signature, then the kind's rule. */
function lastAccepted(kind: keyof typeof KIND_RULES) {
  const doc = hub.received.at(-1)!.body as SignedDocument;
  expect(doc.kind).toBe(kind);
  expect(doc.country).toBe('AZ');
  expect(signatureHolds(doc, publicKey)).toBe(true);
  const rule = KIND_RULES[kind]!;
  const parsed = rule.schema.safeParse(doc.payload);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(rule.refuse?.(parsed.data, 'AZ') ?? null).toBeNull();
  return doc;
}

async function connect() {
  const put = await admin.request('PUT', '/api/cooperation/connection', {
    version: 1,
    country: 'AZ',
    hubUrl: hub.url,
    organisation: 'SOS Uşaq Kəndləri Azərbaycan',
    contact: 'admin@sos.az',
  });
  expect(put.statusCode, put.body).toBe(200);
  publicKey = put.json().publicKey;
  const registered = await admin.request('POST', '/api/cooperation/connection/register', {
    version: put.json().version,
  });
  const confirmed = await admin.request('POST', '/api/cooperation/connection/confirm', {
    version: registered.json().version,
    fingerprint: put.json().fingerprint,
  });
  expect(confirmed.json().state).toBe('confirmed');
}

/** Campaigns of this country (one big enough to publish) and one of Turkey's. */
async function seedCampaigns() {
  const campaign = async (country: string, name: string) =>
    (
      await t.db.query<{ id: string }>(
        `insert into foster_campaigns (country, name, kind, starts_on) values ($1, $2, 'foster_family_day', '2026-05-15') returning id`,
        [country, name],
      )
    )[0]!.id;
  campaigns = {
    big: await campaign('AZ', 'Himayədar Ailə Günü 2026'),
    small: await campaign('AZ', 'Media'),
    turkish: await campaign('TR', 'Koruyucu Aile Günü'),
  };
  const ambassador = (
    await t.db.query<{ id: string }>(
      "insert into foster_ambassadors (country, name, joined_on) values ('AZ', 'Səidə R.', '2026-01-10') returning id",
    )
  )[0]!.id;
  for (let i = 0; i < 15; i++)
    await t.db.query(
      `insert into foster_inquiries (country, received_on, source, campaign_id, ambassador_id, contact_name)
       values ('AZ', '2026-06-30', 'campaign', $1, $2, 'Ad Soyad')`,
      [i < 12 ? campaigns.big : campaigns.small, i < 7 ? ambassador : null],
    );
}

beforeAll(async () => {
  t = await createTestApp();
  hub = await startFakeHub();
  admin = await t.signIn('admin');
  director = await t.signIn('director');
  await connect();
  await seedCampaigns();
});
afterAll(async () => {
  await hub.close();
  await t.close();
});

describe('sending a good practice', () => {
  it('sends the practice as written, and an update of it keeps the same ref', async () => {
    const first = await director.request('POST', '/api/cooperation/pushes/practice', {
      ...practice,
      via: 'network',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ kind: 'practice', subject: practice.title, status: 'accepted' });
    const sent = lastAccepted('practice');
    const ref = (sent.payload as { ref: string }).ref;
    expect(ref).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.payload).toMatchObject({ ...practice, ref });

    const shared = await director.request('GET', '/api/cooperation/pushes/practices');
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json().items).toEqual([
      expect.objectContaining({ ...practice, ref, status: 'accepted', via: 'network' }),
    ]);

    const update = await director.request('POST', '/api/cooperation/pushes/practice', {
      ...practice,
      summary: 'Yenilənmiş: ilk iki ildə dəstək.',
      ref,
      via: 'network',
    });
    expect(update.statusCode, update.body).toBe(201);
    const updated = lastAccepted('practice');
    expect(updated.id).not.toBe(sent.id);
    expect(updated.payload).toMatchObject({ ref, summary: 'Yenilənmiş: ilk iki ildə dəstək.' });
    // Still one practice shared, now with the update's words.
    const after = (await director.request('GET', '/api/cooperation/pushes/practices')).json().items;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ ref, summary: 'Yenilənmiş: ilk iki ildə dəstək.' });
  });

  it('refuses a ref it never sent, an unknown field and a missing title', async () => {
    const unknownRef = await director.request('POST', '/api/cooperation/pushes/practice', {
      ...practice,
      ref: '00000000-0000-4000-8000-000000000000',
      via: 'file',
    });
    expect(unknownRef.statusCode).toBe(404);
    const extra = await director.request('POST', '/api/cooperation/pushes/practice', {
      ...practice,
      childName: 'Əli Məmmədov',
      via: 'file',
    });
    expect(extra.statusCode).toBe(400);
    const { title: _title, ...untitled } = practice;
    const noTitle = await director.request('POST', '/api/cooperation/pushes/practice', {
      ...untitled,
      via: 'file',
    });
    expect(noTitle.statusCode).toBe(400);
  });

  it('gives the practice as a signed file that verifies', async () => {
    const res = await admin.request('POST', '/api/cooperation/pushes/practice', { ...practice, via: 'file' });
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as SignedDocument;
    expect(signatureHolds(doc, publicKey)).toBe(true);
    expect(KIND_RULES.practice!.schema.safeParse(doc.payload).success).toBe(true);
    const ref = (doc.payload as { ref: string }).ref;
    expect(res.headers['content-disposition']).toContain(`yuva-AZ-practice-${ref.slice(0, 8)}-`);
    const items = (await admin.request('GET', '/api/cooperation/pushes/practices')).json().items;
    expect(items[0]).toMatchObject({ ref, status: 'downloaded', via: 'file' });
  });
});

describe('sending the Foster Family Day results', () => {
  it("sends the chosen campaigns' counts, published as the hub wants them", async () => {
    const res = await director.request('POST', '/api/cooperation/pushes/foster-day', {
      year: 2026,
      day: '2026-06-30',
      campaignIds: [campaigns.big, campaigns.small],
      via: 'network',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'foster_day_results', subject: '2026-06-30' });
    const doc = lastAccepted('foster_day_results');
    expect(doc.payload).toMatchObject({ year: 2026, observance: 'international' });
    // 12 inquiries published as 10; the small campaign's 3 withheld.
    const counted = doc.payload as { campaigns: { name: string; inquiries: number | null }[] };
    expect(counted.campaigns.map((c) => [c.name, c.inquiries])).toEqual(
      expect.arrayContaining([
        ['Himayədar Ailə Günü 2026', 10],
        ['Media', null],
      ]),
    );
  });

  it("refuses another country's campaign (404), a day of another year and an unknown field", async () => {
    const turkish = await director.request('POST', '/api/cooperation/pushes/foster-day', {
      year: 2026,
      day: '2026-06-30',
      campaignIds: [campaigns.turkish],
      via: 'file',
    });
    expect(turkish.statusCode).toBe(404);
    const otherYear = await director.request('POST', '/api/cooperation/pushes/foster-day', {
      year: 2025,
      day: '2026-06-30',
      campaignIds: [campaigns.big],
      via: 'file',
    });
    expect(otherYear.statusCode).toBe(422);
    expect(otherYear.json().error.details.rule).toBe('foster_day_other_year');
    const extra = await director.request('POST', '/api/cooperation/pushes/foster-day', {
      year: 2026,
      day: '2026-06-30',
      campaignIds: [campaigns.big],
      families: 3,
      via: 'file',
    });
    expect(extra.statusCode).toBe(400);
  });

  it('gives the results as a signed file', async () => {
    const res = await admin.request('POST', '/api/cooperation/pushes/foster-day', {
      year: 2026,
      day: '2026-05-31',
      campaignIds: [campaigns.big],
      via: 'file',
    });
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as SignedDocument;
    expect(signatureHolds(doc, publicKey)).toBe(true);
    expect(doc.payload).toMatchObject({ observance: 'national', day: '2026-05-31' });
    expect(KIND_RULES.foster_day_results!.schema.safeParse(doc.payload).success).toBe(true);
  });
});

describe("sending the ambassadors' figures", () => {
  it("sends the year's figures over the network and as a file", async () => {
    const res = await director.request('POST', '/api/cooperation/pushes/ambassadors', {
      year: 2026,
      via: 'network',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'ambassadors', subject: '2026', status: 'accepted' });
    const doc = lastAccepted('ambassadors');
    // Seven inquiries through the ambassador: published as 5; one ambassador: withheld.
    expect(doc.payload).toMatchObject({ year: 2026, inquiries: 5, activeAmbassadors: null });
    const file = await admin.request('POST', '/api/cooperation/pushes/ambassadors', {
      year: 2026,
      via: 'file',
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(signatureHolds(file.json(), publicKey)).toBe(true);
    expect(file.headers['content-disposition']).toContain('yuva-AZ-ambassadors-2026-');
  });

  it('refuses bad input and roles without cooperation.push', async () => {
    const bad = await director.request('POST', '/api/cooperation/pushes/ambassadors', {
      year: 2026,
      via: 'pigeon',
    });
    expect(bad.statusCode).toBe(400);
    const worker = await t.signIn('social_worker');
    const refused = await worker.request('POST', '/api/cooperation/pushes/ambassadors', {
      year: 2026,
      via: 'file',
    });
    expect(refused.statusCode).toBe(403);
    expect((await worker.request('GET', '/api/cooperation/pushes/practices')).statusCode).toBe(403);
  });

  it('audits every push, and keeps no payload of the counted kinds', async () => {
    const audited = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_events where action = 'cooperation.document_pushed'`,
    );
    const pushes = await t.db.query<{ kind: string; kept: boolean }>(
      'select kind, payload is not null as kept from cooperation_pushes',
    );
    expect(audited[0]!.n).toBe(pushes.length);
    expect(pushes.filter((p) => p.kept).every((p) => p.kind === 'practice')).toBe(true);
  });
});
