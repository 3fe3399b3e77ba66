import {
  type KeyRegistration,
  keyRegistrationAnswerSchema,
} from '../../../common/contracts/cooperation-documents';
import {
  type Connection,
  type ConnectionBody,
  normaliseHubUrl,
} from '../../../common/contracts/cooperation-link';
import type { Queryable } from '../../db/client';
import {
  type LinkSettings,
  linkSettings,
  markConfirmed,
  markRegistered,
  updateLink,
} from '../../db/repositories/cooperation-link.repository';
import { countriesInScope } from '../../db/repositories/indicator-exchange.repository';
import { requirePermission } from '../access/actor';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, ruleViolation } from '../errors';
import { hubError, postToHub } from './hub-client';
import { fingerprint, newKeyPair } from './signature';

/**
 * A country's own Yuva and the hub it pushes to (decision 0045): an administrator chooses the
 * country and the hub, registers the public key there, compares the fingerprint with the hub's
 * administrator on the telephone and confirms. The private key is made here and never shown.
 */

/** The audit's name for the one settings row, so a 409 can say who changed it last. */
const LINK = { entityType: 'cooperation_link', entityId: 'hub' } as const;

/** Fingerprints as people read them: spaces and case do not matter. */
const sameFingerprint = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

function stateOf(s: LinkSettings): Connection['state'] {
  if (!s.country || !s.hubUrl || !s.publicKey || !s.organisation || !s.contact) return 'not_set_up';
  if (!s.registeredAt) return 'not_registered';
  return s.confirmedAt ? 'confirmed' : 'registered';
}

async function view(deps: Deps, ctx: RequestContext, q: Queryable = deps.db): Promise<Connection> {
  const s = await linkSettings(q);
  return {
    ...s,
    countries: await countriesInScope(q, ctx.actor!.scope),
    fingerprint: s.publicKey ? fingerprint(s.publicKey) : null,
    state: stateOf(s),
  };
}

export async function connection(deps: Deps, ctx: RequestContext): Promise<Connection> {
  requirePermission(ctx, 'cooperation.connect');
  return view(deps, ctx);
}

/**
 * Saves the country, the hub and who registers. The first time, or when asked, a new key pair is
 * made; a new key, another country or another hub needs registering (and confirming) again.
 */
export async function saveConnection(deps: Deps, ctx: RequestContext, body: ConnectionBody) {
  const actor = requirePermission(ctx, 'cooperation.connect');
  const hubUrl = normaliseHubUrl(body.hubUrl);
  if (!hubUrl) throw new AppError('validation_failed', { count: 1 }, { fields: [] });
  if (!(await countriesInScope(deps.db, actor.scope)).includes(body.country))
    throw ruleViolation('cooperation_link_country_not_here', { country: body.country });
  return deps.db.transaction(async (tx) => {
    const before = await linkSettings(tx);
    const keyPair = body.newKey || !before.publicKey ? newKeyPair() : null;
    const forgetRegistration =
      keyPair !== null || before.country !== body.country || before.hubUrl !== hubUrl;
    const after = { country: body.country, hubUrl, organisation: body.organisation, contact: body.contact };
    if (!(await updateLink(tx, { version: body.version, ...after, keyPair, forgetRegistration })))
      throw await versionConflict(tx, LINK.entityType, LINK.entityId, before.version);
    await audit(tx, ctx, {
      action: 'cooperation.link_changed',
      ...LINK,
      changes: {
        ...diff(before, after),
        // Only the public half is named, by its fingerprint.
        ...(keyPair && {
          fingerprint: {
            from: before.publicKey ? fingerprint(before.publicKey) : null,
            to: fingerprint(keyPair.publicKey),
          },
        }),
      },
    });
    return view(deps, ctx, tx);
  });
}

/**
 * Sends the public key to the hub and checks that the hub read the same fingerprint. The hub is
 * called before anything is written: a hub that is down or says no leaves everything as it was.
 */
export async function registerWithHub(deps: Deps, ctx: RequestContext, body: { version: number }) {
  requirePermission(ctx, 'cooperation.connect');
  const s = await linkSettings(deps.db);
  if (stateOf(s) === 'not_set_up') throw ruleViolation('cooperation_link_not_set_up');
  if (s.version !== body.version)
    throw await versionConflict(deps.db, LINK.entityType, LINK.entityId, s.version);
  const registration: KeyRegistration = {
    country: s.country!,
    publicKey: s.publicKey!,
    organisation: s.organisation!,
    contact: s.contact!,
  };
  const answer = await postToHub(s.hubUrl!, '/api/hub/keys', registration, ctx.locale);
  if (answer.outcome !== 'answered') throw hubError(answer, s.hubUrl!);
  const parsed = keyRegistrationAnswerSchema.safeParse(answer.body);
  if (!parsed.success) throw ruleViolation('cooperation_hub_bad_answer', { hubUrl: s.hubUrl! });
  const ours = fingerprint(s.publicKey!);
  if (!sameFingerprint(parsed.data.fingerprint, ours))
    throw ruleViolation('cooperation_hub_fingerprint_mismatch', { ours, theirs: parsed.data.fingerprint });
  return deps.db.transaction(async (tx) => {
    const saved = await markRegistered(tx, {
      version: s.version,
      publicKey: s.publicKey!,
      status: parsed.data.status,
    });
    if (!saved) throw await versionConflict(tx, LINK.entityType, LINK.entityId);
    await audit(tx, ctx, {
      action: 'cooperation.hub_registered',
      ...LINK,
      changes: { country: s.country, hubUrl: s.hubUrl, fingerprint: ours, status: parsed.data.status },
    });
    return view(deps, ctx, tx);
  });
}

/**
 * The country's administrator confirms the hub after reading the fingerprint with the hub's
 * administrator: they type or confirm the fingerprint they compared, which must be this key's.
 */
export async function confirmHub(
  deps: Deps,
  ctx: RequestContext,
  body: { version: number; fingerprint: string },
) {
  const actor = requirePermission(ctx, 'cooperation.connect');
  return deps.db.transaction(async (tx) => {
    const s = await linkSettings(tx);
    if (s.version !== body.version)
      throw await versionConflict(tx, LINK.entityType, LINK.entityId, s.version);
    if (!s.registeredAt || !s.publicKey) throw ruleViolation('cooperation_link_not_registered');
    const ours = fingerprint(s.publicKey);
    if (!sameFingerprint(body.fingerprint, ours)) throw ruleViolation('cooperation_fingerprint_differs');
    if (!(await markConfirmed(tx, { version: s.version, userId: actor.userId })))
      throw await versionConflict(tx, LINK.entityType, LINK.entityId);
    await audit(tx, ctx, {
      action: 'cooperation.hub_confirmed',
      ...LINK,
      changes: { hubUrl: s.hubUrl, fingerprint: ours },
    });
    return view(deps, ctx, tx);
  });
}
