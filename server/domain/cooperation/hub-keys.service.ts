import type { KeyRegistration } from '../../../common/contracts/cooperation-documents';
import { isHub } from '../../db/repositories/cooperation-members.repository';
import { findMemberCountry } from '../../db/repositories/cooperation-register.repository';
import {
  confirmCountryKey,
  findCountryKey,
  findKeyByFingerprint,
  insertCountryKey,
  listCountryKeys,
  revokeConfirmedKeysOf,
  revokeCountryKey,
} from '../../db/repositories/country-keys.repository';
import { claimPublicSubmission } from '../../db/repositories/foster-applications.repository';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { PUBLIC_SUBMISSIONS_PER_HOUR } from '../foster/applications.service';
import { requireCooperation } from './membership';
import { fingerprint, readPublicKey } from './signature';

/**
 * A country's key, registered through the hub's public door and trusted only once a hub
 * administrator has compared its fingerprint with the country's administrator (decision 0045).
 */

/**
 * A country's Yuva registers its public key (no session). The door is counted against floods as
 * the public foster application form is (the same count per address), and a repeat of a key
 * already registered answers that key's status, so a country may simply ask again.
 */
export async function registerKey(deps: Deps, ctx: RequestContext, body: KeyRegistration) {
  if (!(await isHub(deps.db))) throw notFound();
  const publicKey = readPublicKey(body.publicKey);
  if (!publicKey) throw ruleViolation('cooperation_key_unreadable');
  const print = fingerprint(publicKey);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const counted = await claimPublicSubmission(tx, {
      ip: ctx.ip,
      at: now,
      since: new Date(now.getTime() - 3_600_000),
      max: PUBLIC_SUBMISSIONS_PER_HOUR,
    });
    if (!counted)
      throw new AppError(
        'too_many_attempts',
        { minutes: 60 },
        { rule: 'public_form_flood' },
        'rule.public_form_flood',
      );
    const country = await findMemberCountry(tx, body.country);
    if (!country || country.status === 'left')
      throw ruleViolation('document_unknown_country', { country: body.country });
    const known = await findKeyByFingerprint(tx, print);
    if (known) {
      // The same key for another country is refused rather than answered: it is not theirs.
      if (known.country !== body.country) throw ruleViolation('cooperation_key_other_country');
      return { fingerprint: print, status: known.status };
    }
    const id = await insertCountryKey(tx, { ...body, publicKey, fingerprint: print });
    if (!id) throw new AppError('concurrent_change');
    await audit(tx, ctx, {
      action: 'cooperation.key_registered',
      entityType: 'country_key',
      entityId: id,
      changes: {
        country: body.country,
        fingerprint: print,
        organisation: body.organisation,
        contact: body.contact,
      },
    });
    return { fingerprint: print, status: 'pending' as const };
  });
}

export async function countryKeys(deps: Deps, ctx: RequestContext) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  return { items: await listCountryKeys(deps.db) };
}

/**
 * The hub's administrator trusts a key. A country signs with one key at a time: confirming a new
 * one takes the previous one out of use in the same transaction (the country's row is locked
 * first, so two confirmations for one country run one after the other).
 */
export async function confirmKey(deps: Deps, ctx: RequestContext, id: string) {
  const { actor } = await requireCooperation(deps, ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    const key = await findCountryKey(tx, id);
    if (!key) throw notFound();
    await findMemberCountry(tx, key.country, true);
    const current = (await findCountryKey(tx, id, true))!;
    if (current.status === 'confirmed') return current;
    if (current.status === 'revoked') throw new AppError('invalid_state');
    const revoked = await revokeConfirmedKeysOf(tx, key.country, actor.userId);
    await confirmCountryKey(tx, id, actor.userId);
    await audit(tx, ctx, {
      action: 'cooperation.key_confirmed',
      entityType: 'country_key',
      entityId: id,
      changes: { country: key.country, fingerprint: key.fingerprint, revoked },
    });
    return (await findCountryKey(tx, id))!;
  });
}

/** A key taken out of use: documents signed with it are refused from now on. */
export async function revokeKey(deps: Deps, ctx: RequestContext, id: string) {
  const { actor } = await requireCooperation(deps, ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    const key = await findCountryKey(tx, id, true);
    if (!key) throw notFound();
    if (key.status === 'revoked') return key;
    await revokeCountryKey(tx, id, actor.userId);
    await audit(tx, ctx, {
      action: 'cooperation.key_revoked',
      entityType: 'country_key',
      entityId: id,
      changes: {
        country: key.country,
        fingerprint: key.fingerprint,
        status: { from: key.status, to: 'revoked' },
      },
    });
    return (await findCountryKey(tx, id))!;
  });
}
