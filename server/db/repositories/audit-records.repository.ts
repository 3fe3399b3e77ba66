import type { Locale } from '../../../common/i18n/locales';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/** The record an audit event concerns, and the child's case it belongs to (if any). */
export interface AuditRecordRef {
  entityType: string;
  entityId: string | null;
  caseId: string | null;
}

/** Names of audited records, by `${entityType}:${id}`, and case numbers by case id. */
export interface AuditRecordNames {
  records: Map<string, string>;
  caseNumbers: Map<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of one entity type among the references, only those that can be record ids. */
function idsOf(refs: readonly AuditRecordRef[], entityType: string): string[] {
  const ids = refs.filter((r) => r.entityType === entityType && r.entityId && UUID.test(r.entityId));
  return [...new Set(ids.map((r) => r.entityId as string))];
}

/** Simple records named by one column: the query gives `id` and `name`. */
const NAMED_BY: Record<string, string> = {
  user: "select id::text, display_name || ' (' || username || ')' as name from users where id = any($1::uuid[])",
  foster_family: 'select id::text, reference as name from foster_families where id = any($1::uuid[])',
  household: 'select id::text, reference as name from households where id = any($1::uuid[])',
  programme_group: 'select id::text, name from programme_groups where id = any($1::uuid[])',
  programme:
    "select id::text, coalesce(name->>$2, name->>'az', code) as name from programmes where id = any($1::uuid[])",
  location:
    "select id::text, coalesce(name->>$2, name->>'az', code) as name from locations where id = any($1::uuid[])",
};

/**
 * Names the records of one page of the audit log, as far as the reader may see them: a case by
 * its number and the child's name, a person by name (a reader with a limited scope sees only
 * the names of children whose case they may see), a user, a family or a programme by its name.
 * One query per kind of record on the page, not one per row.
 */
export async function auditRecordNames(
  q: Queryable,
  refs: readonly AuditRecordRef[],
  viewer: CaseViewer,
  locale: Locale,
): Promise<AuditRecordNames> {
  const records = new Map<string, string>();
  const caseNumbers = new Map<string, string>();
  const caseIds = [
    ...new Set([
      ...idsOf(refs, 'case'),
      ...refs.flatMap((r) => (r.caseId && UUID.test(r.caseId) ? [r.caseId] : [])),
    ]),
  ];
  if (caseIds.length > 0) {
    const rows = await q.query<{ id: string; case_number: string; child: string }>(
      `select c.id::text, c.case_number, p.family_name || ' ' || p.given_name as child
         from cases c join persons p on p.id = c.child_id
        where c.id = any($1::uuid[]) and ${caseVisible(2)}`,
      [caseIds, ...viewerParams(viewer)],
    );
    for (const r of rows) {
      caseNumbers.set(r.id, r.case_number);
      records.set(`case:${r.id}`, `${r.case_number} · ${r.child}`);
    }
  }
  const personIds = idsOf(refs, 'person');
  if (personIds.length > 0) {
    const rows = await q.query<{ id: string; name: string }>(
      `select p.id::text, p.family_name || ' ' || p.given_name as name from persons p
        where p.id = any($1::uuid[])
          and ($2::boolean or exists (select 1 from cases c where c.child_id = p.id and ${caseVisible(2)}))`,
      [personIds, ...viewerParams(viewer)],
    );
    for (const r of rows) records.set(`person:${r.id}`, r.name);
  }
  for (const [entityType, sql] of Object.entries(NAMED_BY)) {
    const ids = idsOf(refs, entityType);
    if (ids.length === 0) continue;
    const rows = await q.query<{ id: string; name: string }>(sql, sql.includes('$2') ? [ids, locale] : [ids]);
    for (const r of rows) records.set(`${entityType}:${r.id}`, r.name);
  }
  return { records, caseNumbers };
}
