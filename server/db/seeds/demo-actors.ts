import type { Actor, RequestContext } from '../../domain/context';
import type { Db } from '../client';
import { findUserByUsername } from '../repositories/users.repository';

/** A request context acting as one of the demo users, so demo histories go through the same rules and audit. */
export async function demoContext(db: Db, username: string): Promise<RequestContext> {
  const u = await findUserByUsername(db, username);
  if (!u) throw new Error(`demo user ${username} missing`);
  const actor: Actor = {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    locale: u.locale,
    scope: { all: u.scopeAll, locationIds: u.scopeLocationIds, programmeIds: u.scopeProgrammeIds },
    sessionTokenHash: '',
    csrfToken: '',
  };
  return { actor, requestId: 'demo-seed', ip: '127.0.0.1', locale: 'az' };
}
