import type { RecordKind } from '../../../common/contracts/common';
import {
  type ScopedRecordKind,
  type UnscopedRecordKind,
  visibleRecordIds,
} from '../../db/repositories/record-scope.repository';
import type { Deps, RequestContext } from '../context';
import { AppError } from '../errors';

/**
 * Kinds of record that belong to no place, so that a user's scope does not bound them (the
 * same reasons as for their ids in a path, `docs/security.md`). Every other kind is checked.
 */
export const UNSCOPED_KINDS = {
  assignedWorker:
    "the worker a supervisor saw holding a case, only compared with the case's own worker (the case is scope-checked); one who moved to another place still holds cases here until they are handed on",
  fosterFamily:
    'foster families are recruited and supervised per country by foster-care officers; their location only scores nearness in matching',
  requirement: 'part of a foster family file; the service checks it belongs to the family in the path',
  campaign: 'recruitment campaigns belong to a country, not a place',
  ambassador: 'volunteer ambassadors belong to a country, not a place',
  event: 'outreach events belong to a country, not a place',
  cooperationOrganisation: "an organisation of a member country in the hub's register, not a place's record",
  groupMember: "a working-group member's account belongs to no place; only the hub's administrator links it",
  countryDocument: "a sending country's own id for its document: new to the hub, it names no record here",
  sharedPractice:
    "this installation's own id of a good practice it sent to the hub, kept with the push log; the service checks it was sent from here",
  delegate:
    "the working group's delegates belong to a member country; anyone with cooperation.read sees them all",
  decision: "the working group's decisions belong to the group, read by anyone with cooperation.read",
} as const satisfies Record<UnscopedRecordKind, string>;

export function isScopedKind(kind: RecordKind): kind is ScopedRecordKind {
  return !(kind in UNSCOPED_KINDS);
}

/** An id found in a request's body or query: its kind and where it stood (`children.0.existingPersonId`). */
export interface RecordReference {
  kind: RecordKind;
  id: string;
  field: string;
}

/**
 * Every id a request names in its body or query must be one the caller may see, checked as an
 * id in the path is: one that is out of scope answers exactly like one that does not exist
 * (404 naming the field), before anything is read or changed.
 */
export async function requireVisibleRecords(
  deps: Deps,
  ctx: RequestContext,
  references: readonly RecordReference[],
): Promise<void> {
  const scoped = references.filter((r) => isScopedKind(r.kind)) as (RecordReference & {
    kind: ScopedRecordKind;
  })[];
  if (!scoped.length || ctx.actor?.scope.all) return;
  const first = scoped[0]!;
  if (!ctx.actor) throw new AppError('not_found', {}, { field: first.field });
  const viewer = { scope: ctx.actor.scope, userId: ctx.actor.userId };
  for (const kind of new Set(scoped.map((r) => r.kind))) {
    const ofKind = scoped.filter((r) => r.kind === kind);
    const visible = await visibleRecordIds(
      deps.db,
      viewer,
      kind,
      ofKind.map((r) => r.id),
    );
    const missing = ofKind.find((r) => !visible.has(r.id));
    if (missing) throw new AppError('not_found', {}, { field: missing.field });
  }
}
