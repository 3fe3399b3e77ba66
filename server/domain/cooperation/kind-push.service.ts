import { randomUUID } from 'node:crypto';
import type {
  PushFosterDayBody,
  PushPracticeBody,
  SharedPractice,
} from '../../../common/contracts/cooperation-push-kinds';
import type { PracticePayload } from '../../../common/contracts/practices';
import { listSharedPractices, practiceWasShared } from '../../db/repositories/shared-practices.repository';
import { requirePermission } from '../access/actor';
import type { Deps, RequestContext } from '../context';
import { notFound } from '../errors';
import { ambassadorsPayload, fosterDayPayload } from './foster-day-payload';
import { practicePayload } from './practice-kind';
import { pushDocument } from './push.service';

/**
 * The kinds a country sends besides its indicators (decision 0045), each through pushDocument:
 * a good practice as written (kept, so an update can be sent with the same ref), and the Foster
 * Family Day results and the ambassadors' year, built from the funnel's counts on each push.
 */

export async function pushPractice(deps: Deps, ctx: RequestContext, body: PushPracticeBody) {
  requirePermission(ctx, 'cooperation.push');
  const { via, ref, ...practice } = body;
  // An update names a practice this installation sent; any other ref would start one the hub
  // ties to nothing the country can see again.
  if (ref && !(await practiceWasShared(deps.db, ref))) throw notFound();
  const payload = practicePayload({ ...practice, ref: ref ?? randomUUID() });
  return pushDocument(deps, ctx, { kind: 'practice', payload, subject: payload.title, via, keep: true });
}

export async function pushFosterDay(deps: Deps, ctx: RequestContext, body: PushFosterDayBody) {
  requirePermission(ctx, 'cooperation.push');
  const payload = await fosterDayPayload(deps, ctx, body);
  return pushDocument(deps, ctx, {
    kind: 'foster_day_results',
    payload: { ...payload },
    subject: body.day,
    via: body.via,
  });
}

export async function pushAmbassadors(
  deps: Deps,
  ctx: RequestContext,
  body: { year: number; via: 'network' | 'file' },
) {
  requirePermission(ctx, 'cooperation.push');
  const payload = await ambassadorsPayload(deps, ctx, body);
  return pushDocument(deps, ctx, {
    kind: 'ambassadors',
    payload: { ...payload },
    subject: String(body.year),
    via: body.via,
  });
}

/** The practices shared, the last version of each first by when it was sent: "send an update". */
export async function sharedPractices(deps: Deps, ctx: RequestContext): Promise<{ items: SharedPractice[] }> {
  requirePermission(ctx, 'cooperation.push');
  const rows = await listSharedPractices(deps.db);
  return {
    items: rows.map((r) => ({
      ...(r.payload as PracticePayload),
      sentAt: r.sentAt,
      status: r.status,
      via: r.via,
    })),
  };
}

/** The file's subject: a practice's title can be long, its ref's start names it well enough. */
export function fileSubject(kind: string, subject: string, payload: Record<string, unknown>) {
  return kind === 'practice' ? String(payload.ref).slice(0, 8) : subject;
}
