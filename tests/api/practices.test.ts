import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setHub } from '../../server/db/repositories/cooperation-members.repository';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { practiceBody, practiceHub } from './support/practices';

let t: TestApp;
let az: Session;
let tr: Session;
let uz: Session;
let orgs: { AZ: string; TR: string };

beforeAll(async () => {
  t = await createTestApp();
  ({ az, tr, uz, orgs } = await practiceHub(t));
});
afterAll(() => t.close());

const create = async (s: Session, over: Record<string, unknown> = {}) => {
  const res = await s.request('POST', '/api/cooperation/practices', practiceBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

describe('the good-practice library', () => {
  it('a delegate writes and edits only their own country’s practices; stale edits answer 409', async () => {
    const refused = await az.request('POST', '/api/cooperation/practices', practiceBody());
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rule).toBe('cooperation_not_your_country');
    const otherOrg = await tr.request(
      'POST',
      '/api/cooperation/practices',
      practiceBody({ organisationId: orgs.AZ }),
    );
    expect(otherOrg.json().error.details.rule).toBe('practice_organisation_country');
    const unknownOrg = await tr.request(
      'POST',
      '/api/cooperation/practices',
      practiceBody({ organisationId: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f' }),
    );
    expect(unknownOrg.statusCode).toBe(404);

    const id = await create(tr, { organisationId: orgs.TR });
    const page = (await az.request('GET', `/api/cooperation/practices/${id}`)).json();
    expect(page).toMatchObject({
      country: 'TR',
      language: 'tr',
      organisationName: 'Aile ve Sosyal Hizmetler Bakanlığı',
    });
    expect(page.languages).toEqual(['tr']);

    const edit = { ...practiceBody(), country: undefined, title: 'Gönüllü elçiler', version: page.version };
    expect((await az.request('PATCH', `/api/cooperation/practices/${id}`, edit)).statusCode).toBe(422);
    const saved = await tr.request('PATCH', `/api/cooperation/practices/${id}`, edit);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ title: 'Gönüllü elçiler', version: page.version + 1 });
    expect((await tr.request('PATCH', `/api/cooperation/practices/${id}`, edit)).statusCode).toBe(409);
  });

  it('is not there on an installation that is not the hub', async () => {
    await setHub(t.db, false);
    try {
      expect((await az.request('GET', '/api/cooperation/practices')).statusCode).toBe(404);
    } finally {
      await setHub(t.db, true);
    }
  });

  it('takes one translation per language by a delegate of any country, and the queue shows what is missing', async () => {
    const id = await create(tr, {
      title: 'Koruyucu ailelerin eğitimi',
      summary: 'Hazırlık eğitimi programı.',
    });
    const queue = async (language: string) =>
      (await az.request('GET', `/api/cooperation/practices/translation-queue?language=${language}`))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await queue('az')).toContain(id);
    expect(await queue('tr')).not.toContain(id);

    const body = {
      title: 'Himayədar ailələrin təlimi',
      summary: 'Hazırlıq təlimi proqramı.',
      fullText: 'Mətn.',
    };
    expect(
      (await az.request('PUT', `/api/cooperation/practices/${id}/translations/tr`, body)).statusCode,
    ).toBe(422);
    const added = await az.request('PUT', `/api/cooperation/practices/${id}/translations/az`, body);
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().languages).toEqual(['tr', 'az']);
    expect(added.json().translations[0]).toMatchObject({ language: 'az', translatorName: 'Delegate AZ' });
    expect(await queue('az')).not.toContain(id);

    // A second translation into the same language is refused; an edit with the version is taken.
    expect(
      (await uz.request('PUT', `/api/cooperation/practices/${id}/translations/az`, body)).statusCode,
    ).toBe(409);
    const version = added.json().translations[0].version;
    const edited = await uz.request('PUT', `/api/cooperation/practices/${id}/translations/az`, {
      ...body,
      title: 'Himayədar ailələrin hazırlıq təlimi',
      version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().translations[0]).toMatchObject({
      translatorName: 'Delegate UZ',
      version: version + 1,
    });
    const stale = await az.request('PUT', `/api/cooperation/practices/${id}/translations/az`, {
      ...body,
      version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('finds titles and summaries across scripts, letters and translations, with filters', async () => {
    const ru = await create(uz, {
      country: 'UZ',
      language: 'ru',
      title: 'Устойчивый переход от учреждений к семьям',
      summary: 'Поэтапное закрытие домов ребёнка.',
      topics: ['deinstitutionalisation'],
    });
    const azp = await create(az, {
      country: 'AZ',
      language: 'az',
      title: 'Dayanıqlı reinteqrasiya',
      summary: 'Uşaqların bioloji ailəyə qayıdışı.',
      topics: ['monitoring_support'],
      ambassadorMaterial: true,
    });
    const ids = async (query: string) =>
      (await tr.request('GET', `/api/cooperation/practices?${query}`))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await ids('q=устойчив')).toEqual([ru]);
    expect(await ids('q=ustoychiv')).toEqual([ru]);
    expect(await ids('q=dayaniqli')).toEqual([azp]);
    expect(await ids(`q=${encodeURIComponent('DAYANIKLI')}`)).toEqual([azp]);
    expect(await ids(`q=${encodeURIComponent('reintegrasiya dayanıklı')}`)).toEqual([azp]);
    expect(await ids('q=kirpich')).toEqual([]);

    // A word of a translation finds the practice too.
    await az.request('PUT', `/api/cooperation/practices/${ru}/translations/az`, {
      title: 'Müəssisələrdən ailələrə dayanıqlı keçid',
      summary: 'Körpələr evlərinin mərhələli bağlanması.',
      fullText: 'Mətn.',
    });
    expect((await ids('q=dayanıqlı')).sort()).toEqual([ru, azp].sort());

    expect(await ids('q=dayaniqli&country=UZ')).toEqual([ru]);
    expect(await ids('q=dayaniqli&topic=monitoring_support')).toEqual([azp]);
    expect(await ids('q=dayaniqli&ambassadorMaterial=true')).toEqual([azp]);
    expect(await ids('q=dayaniqli&language=ru')).toEqual([ru]);
    const paged = (await tr.request('GET', '/api/cooperation/practices?pageSize=1')).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBeGreaterThan(2);
  });

  it('records that another country adopted or adapted a practice, and later what came of it', async () => {
    const id = await create(tr);
    const adoption = { country: 'AZ', kind: 'adopted', adoptedOn: '2026-03-01', notes: 'Bakı və Gəncədə.' };
    const own = await tr.request('POST', `/api/cooperation/practices/${id}/adoptions`, {
      ...adoption,
      country: 'TR',
    });
    expect(own.json().error.details.rule).toBe('practice_adoption_own_country');
    expect(
      (await uz.request('POST', `/api/cooperation/practices/${id}/adoptions`, adoption)).statusCode,
    ).toBe(422);
    const res = await az.request('POST', `/api/cooperation/practices/${id}/adoptions`, adoption);
    expect(res.statusCode, res.body).toBe(201);
    const twice = await az.request('POST', `/api/cooperation/practices/${id}/adoptions`, adoption);
    expect(twice.json().error.details.rule).toBe('practice_adoption_recorded');

    const outcome = {
      outcome: '40 yeni bilgi talebi.',
      outcomeOn: '2026-10-01',
      version: res.json().version,
    };
    const url = `/api/cooperation/practice-adoptions/${res.json().id}`;
    expect((await tr.request('PATCH', url, outcome)).statusCode).toBe(422);
    const done = await az.request('PATCH', url, outcome);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      outcome: '40 yeni bilgi talebi.',
      outcomeOn: '2026-10-01',
      notes: 'Bakı və Gəncədə.',
    });
    expect((await az.request('PATCH', url, outcome)).statusCode).toBe(409);

    const card = (await uz.request('GET', '/api/cooperation/practices?country=TR&pageSize=200'))
      .json()
      .items.find((i: { id: string }) => i.id === id);
    expect(card.travelled).toEqual([{ country: 'AZ', kind: 'adopted', adoptedOn: '2026-03-01' }]);
    const audit = await t.db.query<{ action: string }>(
      `select action from audit_events where action like 'practice.%' order by action`,
    );
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'practice.created',
        'practice.updated',
        'practice.translated',
        'practice.translation_updated',
        'practice.adopted',
        'practice.adoption_outcome',
      ]),
    );
  });
});
