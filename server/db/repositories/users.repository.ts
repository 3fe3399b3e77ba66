import type { Locale, LocalizedText } from '../../../common/i18n/locales';
import type { Role } from '../../../common/roles';
import type { Queryable } from '../client';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  scopeAll: boolean;
  scopeLocationIds: string[];
  scopeProgrammeIds: string[];
  locale: Locale;
  status: 'active' | 'disabled';
  lastLoginAt: Date | null;
  createdAt: Date;
  version: number;
}

const COLUMNS = `id, username, display_name as "displayName", password_hash as "passwordHash", role,
  scope_all as "scopeAll", scope_location_ids as "scopeLocationIds", scope_programme_ids as "scopeProgrammeIds",
  locale, status, last_login_at as "lastLoginAt", created_at as "createdAt", version`;

export async function findUserByUsername(q: Queryable, username: string): Promise<UserRecord | undefined> {
  return (await q.query<UserRecord>(`select ${COLUMNS} from users where username = $1`, [username]))[0];
}

export async function findUserById(q: Queryable, id: string): Promise<UserRecord | undefined> {
  return (await q.query<UserRecord>(`select ${COLUMNS} from users where id = $1`, [id]))[0];
}

export async function listUsers(
  q: Queryable,
  page: { limit: number; offset: number },
): Promise<{ items: UserRecord[]; total: number }> {
  const rows = await q.query<UserRecord & { total: number }>(
    `select ${COLUMNS}, count(*) over ()::int as total from users order by username limit $1 offset $2`,
    [page.limit, page.offset],
  );
  return { items: rows, total: rows[0]?.total ?? 0 };
}

export async function countUsersWith(q: Queryable, filter: { status?: string }): Promise<number> {
  return (
    await q.query<{ n: number }>(
      'select count(*)::int as n from users where ($1::text is null or status = $1)',
      [filter.status ?? null],
    )
  )[0]!.n;
}

export type UserExportRow = Omit<UserRecord, 'passwordHash'> & {
  scopeLocationNames: LocalizedText[];
  scopeProgrammeNames: LocalizedText[];
};

/** The next `limit` users in username order after `afterUsername`, by keyset, with their scope's names. */
export async function userBatch(
  q: Queryable,
  filter: { status?: string },
  afterUsername: string | null,
  limit: number,
): Promise<UserExportRow[]> {
  return q.query<UserExportRow>(
    `select u.id, u.username, u.display_name as "displayName", u.role, u.scope_all as "scopeAll",
            u.scope_location_ids as "scopeLocationIds", u.scope_programme_ids as "scopeProgrammeIds",
            u.locale, u.status, u.last_login_at as "lastLoginAt", u.created_at as "createdAt", u.version,
            coalesce((select json_agg(l.name order by l.code) from locations l where l.id = any(u.scope_location_ids)), '[]')
              as "scopeLocationNames",
            coalesce((select json_agg(p.name order by p.code) from programmes p where p.id = any(u.scope_programme_ids)), '[]')
              as "scopeProgrammeNames"
       from users u where ($1::text is null or u.status = $1) and ($2::text is null or u.username > $2)
      order by u.username limit $3`,
    [filter.status ?? null, afterUsername, limit],
  );
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  scopeAll: boolean;
  scopeLocationIds: string[];
  scopeProgrammeIds: string[];
  locale?: Locale;
}

export async function insertUser(q: Queryable, u: NewUser): Promise<UserRecord> {
  const rows = await q.query<UserRecord>(
    `insert into users (username, display_name, password_hash, role, scope_all, scope_location_ids, scope_programme_ids, locale)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (username) do nothing returning ${COLUMNS}`,
    [
      u.username,
      u.displayName,
      u.passwordHash,
      u.role,
      u.scopeAll,
      u.scopeLocationIds,
      u.scopeProgrammeIds,
      u.locale ?? 'az',
    ],
  );
  if (!rows[0]) throw new UsernameTakenError();
  return rows[0];
}

export class UsernameTakenError extends Error {}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  scopeAll?: boolean;
  scopeLocationIds?: string[];
  scopeProgrammeIds?: string[];
  status?: 'active' | 'disabled';
  passwordHash?: string;
  locale?: Locale;
}

const CHANGE_COLUMNS: Record<keyof UserChanges, string> = {
  displayName: 'display_name',
  role: 'role',
  scopeAll: 'scope_all',
  scopeLocationIds: 'scope_location_ids',
  scopeProgrammeIds: 'scope_programme_ids',
  status: 'status',
  passwordHash: 'password_hash',
  locale: 'locale',
};

/**
 * Updates only when the stored version is still `expectedVersion` (optimistic locking);
 * returns undefined when someone else saved first. `expectedVersion` null skips the check
 * (a user's own language preference, which nobody else edits).
 */
export async function updateUser(
  q: Queryable,
  id: string,
  expectedVersion: number | null,
  changes: UserChanges,
): Promise<UserRecord | undefined> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${CHANGE_COLUMNS[key as keyof UserChanges]} = $${params.length}`);
  }
  let versionCheck = '';
  if (expectedVersion !== null) {
    params.push(expectedVersion);
    versionCheck = `and version = $${params.length}`;
  }
  const rows = await q.query<UserRecord>(
    `update users set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
     where id = $1 ${versionCheck} returning ${COLUMNS}`,
    params,
  );
  return rows[0];
}

export async function recordLogin(q: Queryable, id: string, at: Date): Promise<void> {
  await q.query('update users set last_login_at = $2 where id = $1', [id, at]);
}

export async function countUsers(q: Queryable): Promise<number> {
  return (await q.query<{ n: number }>('select count(*)::int as n from users'))[0]?.n ?? 0;
}
