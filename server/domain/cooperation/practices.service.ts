import type {
  PracticeBody,
  PracticeQuery,
  PracticeUpdate,
  PracticeView,
} from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import type { Queryable } from '../../db/client';
import { adoptionsOf, attachmentsOf, translationsOf } from '../../db/repositories/practice-parts.repository';
import {
  findOrganisation,
  findPractice,
  insertPractice,
  isMemberCountry,
  type PracticeFields,
  type PracticeRow,
  practicesMissing,
  searchPractices,
  updatePractice,
} from '../../db/repositories/practices.repository';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { requireCooperation, requireCountryEditor } from './membership';
import { queryKeys, searchKeysOf } from './practice-search';

/**
 * The good-practice library (issue 17 item 2, decision 0045): a member country's delegate writes
 * and edits their country's practices, the whole working group reads them all.
 */

const card = ({
  organisationId,
  fullText,
  evidence,
  contact,
  pushed,
  sourceIssuedAt,
  version,
  ...c
}: PracticeRow) => c;

export async function listPractices(deps: Deps, ctx: RequestContext, query: PracticeQuery) {
  await requireCooperation(deps, ctx);
  const { items, total } = await searchPractices(deps.db, {
    keys: queryKeys(query.q),
    topic: query.topic,
    country: query.country,
    language: query.language,
    ambassadorMaterial:
      query.ambassadorMaterial === undefined ? undefined : query.ambassadorMaterial === 'true',
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: items.map(card), total, page: query.page, pageSize: query.pageSize };
}

/** What is still to translate into `language`: practices neither written in it nor translated. */
export async function translationQueue(deps: Deps, ctx: RequestContext, language: Locale) {
  await requireCooperation(deps, ctx);
  const rows = await practicesMissing(deps.db, language);
  return rows.map(({ id, country, language: lang, title, summary, topics, languages }) => ({
    id,
    country,
    language: lang,
    title,
    summary,
    topics,
    languages,
  }));
}

export async function getPractice(deps: Deps, ctx: RequestContext, id: string): Promise<PracticeView> {
  await requireCooperation(deps, ctx);
  return practiceView(deps.db, id);
}

export async function practiceView(q: Queryable, id: string): Promise<PracticeView> {
  const row = await findPractice(q, id);
  if (!row) throw notFound();
  const { sourceIssuedAt, ...rest } = row;
  return {
    ...rest,
    translations: await translationsOf(q, id),
    attachments: await attachmentsOf(q, id),
    adoptions: await adoptionsOf(q, id),
  };
}

export async function createPractice(deps: Deps, ctx: RequestContext, body: PracticeBody) {
  const caller = await requireCountryEditor(deps, ctx, body.country);
  return deps.db.transaction(async (tx) => {
    if (!(await isMemberCountry(tx, body.country)))
      throw ruleViolation('practice_unknown_country', { country: body.country });
    const fields = await fieldsOf(tx, body.country, body);
    const id = await insertPractice(tx, { ...fields, country: body.country, createdBy: caller.actor.userId });
    await audit(tx, ctx, {
      action: 'practice.created',
      entityType: 'practice',
      entityId: id,
      changes: { country: body.country, language: body.language, title: body.title },
    });
    return { id };
  });
}

export async function editPractice(deps: Deps, ctx: RequestContext, id: string, body: PracticeUpdate) {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const before = await findPractice(deps.db, id);
  if (!before) throw notFound();
  await requireCountryEditor(deps, ctx, before.country);
  return deps.db.transaction(async (tx) => {
    const fields = await fieldsOf(tx, before.country, body);
    if (!(await updatePractice(tx, id, body.version, fields)))
      throw await versionConflict(tx, 'practice', id, (await findPractice(tx, id))?.version);
    const { searchKeys, ...after } = fields;
    await audit(tx, ctx, {
      action: 'practice.updated',
      entityType: 'practice',
      entityId: id,
      changes: diff(before, after),
    });
    return practiceView(tx, id);
  });
}

/** The stored fields of a practice written on the hub: its organisation must be of its country. */
async function fieldsOf(
  tx: Queryable,
  country: string,
  body: Omit<PracticeBody, 'country'>,
): Promise<PracticeFields> {
  let organisationName = '';
  if (body.organisationId) {
    const org = await findOrganisation(tx, body.organisationId);
    if (!org) throw new AppError('not_found', {}, { field: 'organisationId' });
    if (org.country !== country) throw ruleViolation('practice_organisation_country', { country });
    organisationName = org.name;
  }
  return {
    organisationId: body.organisationId ?? null,
    organisationName,
    language: body.language,
    title: body.title,
    summary: body.summary,
    fullText: body.fullText,
    topics: body.topics,
    evidence: body.evidence,
    contact: body.contact,
    ambassadorMaterial: body.ambassadorMaterial,
    searchKeys: searchKeysOf(body.title, body.summary),
  };
}
