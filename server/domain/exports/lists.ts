import {
  auditExportQuerySchema,
  caseExportQuerySchema,
  familyExportQuerySchema,
  inquiryExportQuerySchema,
  researchExportQuerySchema,
  userExportQuerySchema,
} from '../../../common/contracts/exports';
import { placeLabel } from '../../../common/places/places';
import { auditEventBatch, countAuditEvents } from '../../db/repositories/audit.repository';
import {
  type CaseListCursor,
  type CaseListRow,
  caseListBatch,
  countCases,
} from '../../db/repositories/case-list.repository';
import {
  countFamilies,
  type FamilyCursor,
  familyListBatch,
} from '../../db/repositories/foster-families.repository';
import { countInquiries, inquiryBatch } from '../../db/repositories/recruitment.repository';
import { countUsersWith, userBatch } from '../../db/repositories/users.repository';
import { requireActor, viewerOf } from '../access/actor';
import { today } from '../context';
import { indicatorChildrenExport } from './indicator-children.export';
import { birthMonth, pseudonymKey, pseudonymOf } from './pseudonyms';
import { defineExport, type ExportColumn, keyset } from './registry';

/** Whole years from a birth date to a day (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Columns of the children list that name no one (shared by the named and the pseudonymised export). */
const caseFacts: ExportColumn<CaseListRow>[] = [
  { heading: 'exports.col.location', value: (r, l) => l.localized(r.locationName) },
  { heading: 'exports.col.programme', width: 30, value: (r, l) => l.localized(r.programmeName) },
  { heading: 'exports.col.caseStatus', value: (r, l) => l.label('cases.status', r.status) },
  { heading: 'exports.col.setting', value: (r, l) => l.label('cases.setting', r.settingType) },
  { heading: 'exports.col.openedOn', type: 'date', value: (r) => r.openedOn },
  { heading: 'exports.col.placedOn', type: 'date', value: (r) => r.placedOn },
  { heading: 'exports.col.nextReview', type: 'date', value: (r) => r.nextReviewOn },
  { heading: 'exports.col.reviewOverdue', value: (r, l) => l.yesNo(r.overdue) },
  { heading: 'exports.col.reEntry', value: (r, l) => l.yesNo(r.reEntry) },
];

/** The children list (`GET /api/cases`) with its filters and the user's scope. */
export const casesExport = defineExport({
  name: 'cases',
  title: 'exports.list.cases',
  summary:
    "Children and young people in the user's scope, with the list's filters, as CSV or XLSX (streamed)",
  access: 'cases.read',
  query: caseExportQuerySchema,
  rows(deps, ctx, filters) {
    const viewer = viewerOf(requireActor(ctx));
    const day = today(deps.clock);
    return {
      count: () => countCases(deps.db, viewer, filters, day),
      batches: keyset(
        (after: CaseListCursor | null, limit) => caseListBatch(deps.db, viewer, filters, day, after, limit),
        (r) => ({ openedOn: r.openedOn, id: r.id }),
      ),
    };
  },
  columns: [
    { heading: 'exports.col.caseNumber', width: 18, value: (r) => r.caseNumber },
    { heading: 'exports.col.familyName', value: (r) => r.child.familyName },
    { heading: 'exports.col.givenName', value: (r) => r.child.givenName },
    { heading: 'exports.col.patronymic', value: (r) => r.child.patronymic },
    { heading: 'exports.col.sex', width: 10, value: (r, l) => l.label('cases.sex', r.child.sex) },
    { heading: 'exports.col.birthDate', type: 'date', value: (r) => r.child.birthDate },
    {
      heading: 'exports.col.age',
      type: 'number',
      width: 8,
      value: (r, l) => ageOn(r.child.birthDate, l.today),
    },
    ...caseFacts,
    { heading: 'exports.col.worker', value: (r) => r.workerName },
  ],
});

type ResearchRow = CaseListRow & { pseudonym: string };

/**
 * The children list for researchers: the same scope-filtered query as the list, written without
 * names, case numbers, identity numbers, addresses or phone numbers; each child under a stable
 * pseudonym and with the birth date reduced to year and month.
 */
export const researchExport = defineExport({
  name: 'cases-pseudonymised',
  title: 'exports.list.research',
  summary:
    'Children for researchers: no names or identity numbers, a stable pseudonym per child, birth year and month only',
  access: 'exports.pseudonymised',
  query: researchExportQuerySchema,
  rows(deps, ctx, filters) {
    const viewer = viewerOf(requireActor(ctx));
    const day = today(deps.clock);
    const named = keyset(
      (after: CaseListCursor | null, limit) => caseListBatch(deps.db, viewer, filters, day, after, limit),
      (r) => ({ openedOn: r.openedOn, id: r.id }),
    );
    return {
      count: () => countCases(deps.db, viewer, filters, day),
      async *batches(size) {
        const key = await pseudonymKey(deps.db);
        for await (const batch of named(size)) {
          yield batch.map((r) => ({ ...r, pseudonym: pseudonymOf(key, r.child.id) }));
        }
      },
    };
  },
  columns: [
    { heading: 'exports.col.pseudonym', width: 20, value: (r) => r.pseudonym },
    { heading: 'exports.col.sex', width: 10, value: (r, l) => l.label('cases.sex', r.child.sex) },
    { heading: 'exports.col.birthMonth', width: 12, value: (r) => birthMonth(r.child.birthDate) },
    {
      heading: 'exports.col.age',
      type: 'number',
      width: 8,
      value: (r, l) => ageOn(r.child.birthDate, l.today),
    },
    ...(caseFacts as ExportColumn<ResearchRow>[]),
  ],
});

/** Foster families (`GET /api/foster/families`) with the list's filters. */
export const familiesExport = defineExport({
  name: 'foster-families',
  title: 'exports.list.fosterFamilies',
  summary: 'Applicant and approved foster families, with the list filters, as CSV or XLSX (streamed)',
  access: 'foster.read',
  query: familyExportQuerySchema,
  rows(deps, _ctx, filters) {
    return {
      count: () => countFamilies(deps.db, filters),
      batches: keyset(
        (after: FamilyCursor | null, limit) => familyListBatch(deps.db, filters, after, limit),
        (r) => ({ sortKey: r.sortKey, id: r.id }),
      ),
    };
  },
  columns: [
    { heading: 'exports.col.reference', width: 16, value: (r) => r.reference },
    { heading: 'exports.col.country', value: (r, l) => l.label('foster.country', r.country) },
    { heading: 'exports.col.familyStatus', value: (r, l) => l.label('foster.status', r.status) },
    { heading: 'exports.col.applicants', width: 36, value: (r) => r.applicants },
    {
      heading: 'exports.col.district',
      value: (r, l) => (r.districtCode ? placeLabel(r.districtCode, l.locale) : ''),
    },
    { heading: 'exports.col.districtWritten', value: (r) => r.district },
    { heading: 'exports.col.phone', value: (r) => r.phone },
    { heading: 'exports.col.email', width: 28, value: (r) => r.email },
    { heading: 'exports.col.submittedAt', type: 'datetime', value: (r) => r.submittedAt },
    { heading: 'exports.col.approvalExpires', type: 'date', value: (r) => r.approvalExpiresOn },
    { heading: 'exports.col.renewalDue', value: (r, l) => l.yesNo(r.renewalDue) },
    { heading: 'exports.col.openRequirements', type: 'number', value: (r) => r.openRequirements },
    { heading: 'exports.col.approvedAgeMin', type: 'number', value: (r) => r.approvedAgeMin },
    { heading: 'exports.col.approvedAgeMax', type: 'number', value: (r) => r.approvedAgeMax },
    { heading: 'exports.col.approvedChildrenMax', type: 'number', value: (r) => r.approvedChildrenMax },
  ],
});

/** Recruitment inquiries, newest first. */
export const inquiriesExport = defineExport({
  name: 'foster-inquiries',
  title: 'exports.list.inquiries',
  summary:
    'Foster-care inquiries with their source, campaign, event and ambassador, as CSV or XLSX (streamed)',
  access: 'foster.read',
  query: inquiryExportQuerySchema,
  rows(deps, _ctx, filters) {
    return {
      count: () => countInquiries(deps.db, filters),
      batches: keyset(
        (after: { receivedOn: string; id: string } | null, limit) =>
          inquiryBatch(deps.db, filters, after, limit),
        (r) => ({ receivedOn: r.receivedOn, id: r.id }),
      ),
    };
  },
  columns: [
    { heading: 'exports.col.receivedOn', type: 'date', value: (r) => r.receivedOn },
    { heading: 'exports.col.country', value: (r, l) => l.label('foster.country', r.country) },
    { heading: 'exports.col.contactName', width: 28, value: (r) => r.contactName },
    { heading: 'exports.col.phone', value: (r) => r.phone },
    { heading: 'exports.col.source', value: (r, l) => l.label('funnel.source', r.source) },
    { heading: 'exports.col.campaign', width: 28, value: (r) => r.campaignName },
    { heading: 'exports.col.event', width: 28, value: (r) => r.eventPlace },
    { heading: 'exports.col.ambassador', width: 24, value: (r) => r.ambassadorName },
    { heading: 'exports.col.inquiryStatus', value: (r, l) => l.label('recruitment.status', r.status) },
    {
      heading: 'exports.col.dropReason',
      width: 28,
      value: (r, l) => l.label('funnel.dropReason', r.dropReasonCode),
    },
    { heading: 'exports.col.dropNote', width: 36, value: (r) => r.dropReason },
  ],
});

/** The audit log (`GET /api/audit-events`) with its filters, newest first. */
export const auditExport = defineExport({
  name: 'audit-events',
  title: 'exports.list.audit',
  summary: 'The audit log with its filters, as CSV or XLSX (streamed)',
  access: 'audit.read',
  query: auditExportQuerySchema,
  rows(deps, _ctx, filters) {
    // The rows counted, no more: the export's own audit row (written after the count) is not in it.
    let end = Number.MAX_SAFE_INTEGER;
    return {
      count: async () => {
        const { count, lastId } = await countAuditEvents(deps.db, filters);
        end = lastId + 1;
        return count;
      },
      batches: keyset(
        (after: number | null, limit) => auditEventBatch(deps.db, filters, after ?? end, limit),
        (r) => r.id,
      ),
    };
  },
  columns: [
    { heading: 'exports.col.eventId', type: 'number', value: (r) => r.id },
    { heading: 'exports.col.at', type: 'datetime', value: (r) => r.at },
    { heading: 'exports.col.actor', value: (r) => r.actorUsername },
    { heading: 'exports.col.action', width: 26, value: (r) => r.action },
    { heading: 'audit.actionInWords', width: 40, value: (r, l) => l.label('audit.action', r.action) },
    { heading: 'exports.col.entityType', value: (r) => r.entityType },
    { heading: 'exports.col.entityId', width: 38, value: (r) => r.entityId },
    { heading: 'exports.col.caseId', width: 38, value: (r) => r.caseId },
    {
      heading: 'exports.col.changes',
      width: 60,
      value: (r) => (r.changes === null || r.changes === undefined ? null : JSON.stringify(r.changes)),
    },
    { heading: 'exports.col.requestId', width: 38, value: (r) => r.requestId },
    { heading: 'exports.col.ip', value: (r) => r.ip },
  ],
});

/** Users with their role and scope. */
export const usersExport = defineExport({
  name: 'users',
  title: 'exports.list.users',
  summary: 'Users with their role, scope and last sign-in, as CSV or XLSX (streamed)',
  access: 'users.manage',
  query: userExportQuerySchema,
  rows(deps, _ctx, filters) {
    return {
      count: () => countUsersWith(deps.db, filters),
      batches: keyset(
        (after: string | null, limit) => userBatch(deps.db, filters, after, limit),
        (r) => r.username,
      ),
    };
  },
  columns: [
    { heading: 'exports.col.username', value: (r) => r.username },
    { heading: 'exports.col.displayName', width: 28, value: (r) => r.displayName },
    { heading: 'exports.col.role', value: (r, l) => l.label('role', r.role) },
    {
      heading: 'exports.col.scope',
      width: 40,
      value: (r, l) =>
        r.scopeAll
          ? l.t('users.scopeAll')
          : [...r.scopeLocationNames, ...r.scopeProgrammeNames].map((n) => l.localized(n)).join('; '),
    },
    { heading: 'exports.col.language', value: (r, l) => l.label('language', r.locale) },
    {
      heading: 'exports.col.userStatus',
      value: (r, l) => l.t(r.status === 'active' ? 'users.statusActive' : 'users.statusDisabled'),
    },
    { heading: 'exports.col.lastLogin', type: 'datetime', value: (r) => r.lastLoginAt },
    { heading: 'exports.col.createdAt', type: 'datetime', value: (r) => r.createdAt },
  ],
});

/** Every downloadable list; each is served at `GET /api/exports/<name>`. */
export const EXPORTS = [
  casesExport,
  indicatorChildrenExport,
  researchExport,
  familiesExport,
  inquiriesExport,
  auditExport,
  usersExport,
] as const;
