import type { PlacementView, StartPlacementBody } from '../../../common/contracts/cases';
import type { Queryable } from '../client';

const COLUMNS = `pl.id, pl.setting_type as "settingType", pl.status, pl.programme_id as "programmeId", pr.name as "programmeName",
  pl.house_id as "houseId", h.house_number as "houseNumber", pl.place_description as "placeDescription",
  pl.ordered_by as "orderedBy", pl.order_reference as "orderReference", pl.emergency, pl.start_date as "startDate",
  pl.end_date as "endDate", pl.end_reason as "endReason", pl.end_reason_group as "endReasonGroup",
  pl.capacity_override_reason as "capacityOverrideReason", pl.siblings_apart_reason as "siblingsApartReason",
  pl.under_three_reason as "underThreeReason", pl.corrects_id as "correctsId", pl.correction_reason as "correctionReason",
  pl.superseded, pl.foster_family_id as "fosterFamilyId", pl.adjustment_until as "adjustmentUntil", pl.version`;
const FROM = `from placements pl left join programmes pr on pr.id = pl.programme_id left join family_houses h on h.id = pl.house_id`;

/** The whole history of a child's placements, corrections included, oldest first. */
export async function placementsOfChild(q: Queryable, childId: string): Promise<PlacementView[]> {
  return q.query<PlacementView>(
    `select ${COLUMNS} ${FROM} where pl.child_id = $1 order by pl.start_date, pl.created_at`,
    [childId],
  );
}

export async function activePlacementOfChild(
  q: Queryable,
  childId: string,
): Promise<PlacementView | undefined> {
  const rows = await q.query<PlacementView>(
    `select ${COLUMNS} ${FROM} where pl.child_id = $1 and pl.end_date is null and not pl.superseded`,
    [childId],
  );
  return rows[0];
}

export async function findPlacement(
  q: Queryable,
  id: string,
): Promise<(PlacementView & { caseId: string; childId: string }) | undefined> {
  const rows = await q.query<PlacementView & { caseId: string; childId: string }>(
    `select ${COLUMNS}, pl.case_id as "caseId", pl.child_id as "childId" ${FROM} where pl.id = $1`,
    [id],
  );
  return rows[0];
}

export async function insertPlacementRecord(
  q: Queryable,
  p: StartPlacementBody & {
    childId: string;
    caseId: string;
    createdBy: string;
    correctsId?: string | null;
    correctionReason?: string | null;
    endDate?: string | null;
    endReason?: string | null;
    endReasonGroup?: string | null;
    adjustmentUntil?: string | null;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into placements (child_id, case_id, setting_type, status, programme_id, house_id, place_description, ordered_by,
       order_reference, emergency, start_date, end_date, end_reason, end_reason_group, capacity_override_reason,
       siblings_apart_reason, under_three_reason, corrects_id, correction_reason, created_by, foster_family_id, adjustment_until)
     values ($1, $2, $3, case when $12::date is null then 'active' else 'ended' end, $4, $5, $6, $7, $8, $9, $10, $12,
       $13, $14, $15, $16, $17, $18, $19, $11, $20, $21)
     returning id`,
    [
      p.childId,
      p.caseId,
      p.settingType,
      p.programmeId ?? null,
      p.houseId ?? null,
      p.placeDescription ?? null,
      p.orderedBy,
      p.orderReference ?? null,
      p.emergency,
      p.startDate,
      p.createdBy,
      p.endDate ?? null,
      p.endReason ?? null,
      p.endReasonGroup ?? null,
      p.capacityOverrideReason ?? null,
      p.siblingsApartReason ?? null,
      p.underThreeReason ?? null,
      p.correctsId ?? null,
      p.correctionReason ?? null,
      p.fosterFamilyId ?? null,
      p.adjustmentUntil ?? null,
    ],
  );
  return rows[0]!.id;
}

/** Fills the end of an active placement once; undefined if it was changed or ended meanwhile. */
export async function endPlacementRecord(
  q: Queryable,
  id: string,
  version: number,
  end: { endDate: string; endReason: string; endReasonGroup: string },
): Promise<boolean> {
  const rows = await q.query(
    `update placements set end_date = $3, end_reason = $4, end_reason_group = $5, status = 'ended', version = version + 1
      where id = $1 and version = $2 and end_date is null and not superseded returning id`,
    [id, version, end.endDate, end.endReason, end.endReasonGroup],
  );
  return rows.length === 1;
}

export async function markSuperseded(q: Queryable, id: string, version: number): Promise<boolean> {
  const rows = await q.query(
    'update placements set superseded = true, version = version + 1 where id = $1 and version = $2 and not superseded returning id',
    [id, version],
  );
  return rows.length === 1;
}

/** Children in the house on a date, and its capacity. */
export async function houseOccupancy(
  q: Queryable,
  houseId: string,
  on: string,
): Promise<{ capacity: number; children: number; houseNumber: number; programmeId: string } | undefined> {
  const rows = await q.query<{
    capacity: number;
    children: number;
    houseNumber: number;
    programmeId: string;
  }>(
    `select h.capacity, h.house_number as "houseNumber", h.programme_id as "programmeId",
            (select count(*)::int from placements pl where pl.house_id = h.id and not pl.superseded
               and pl.start_date <= $2 and (pl.end_date is null or pl.end_date > $2)) as children
       from family_houses h where h.id = $1`,
    [houseId, on],
  );
  return rows[0];
}
