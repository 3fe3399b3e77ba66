import type { Role } from '../../../common/roles';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';
import { WORKER } from './record-scope.repository';

export interface TeamMemberRow {
  workerId: string | null;
  displayName: string | null;
  role: Role | null;
  inTeam: boolean;
  openCases: number;
}

/** Who can hold cases: the same roles the assignment form offers (`workersCovering`). */
const CASE_HOLDER = `x.status = 'active' and x.role in ('social_worker', 'supervisor')`;

/**
 * The viewer's team with their open cases in the viewer's scope: every active worker who works
 * where the viewer works (decision 0036), anyone else still holding such a case
 * (a worker who left or moved keeps their cases until they are handed on), and one row without
 * a worker for the open cases nobody holds. One query, whatever the team's size.
 */
export async function teamMembers(q: Queryable, viewer: CaseViewer): Promise<TeamMemberRow[]> {
  return q.query<TeamMemberRow>(
    `with held as (
       select c.assigned_worker_id as worker_id, count(*)::int as n from cases c
        where ${caseVisible(1)} and c.status <> 'closed' group by c.assigned_worker_id)
     select x.id as "workerId", x.display_name as "displayName", x.role,
            (${CASE_HOLDER} and ${WORKER}) as "inTeam", coalesce(h.n, 0) as "openCases"
       from users x left join held h on h.worker_id = x.id
      where (${CASE_HOLDER} and ${WORKER}) or h.n is not null
     union all
     select null, null, null, false, n from held where worker_id is null`,
    viewerParams(viewer),
  );
}
