import { matchPlace } from '../../../common/places/match';
import { placeByCode } from '../../../common/places/places';
import type { Db } from '../../db/client';
import {
  familiesWithoutDistrictCode,
  fillDistrictCodes,
} from '../../db/repositories/foster-districts.repository';
import { findFamily, setFamilyDistrict } from '../../db/repositories/foster-families.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';
import { familyDetail } from './families.service';

// A foster family's district as a place code (decision 0044): matched once
// from the free text families wrote before, chosen by an officer where no match was sure.

/**
 * Gives every family whose district is free text without a code the place it names, where the
 * match is sure (common/places/match.ts). Runs with the reference data at each start: a family is
 * matched once, the ones left stay listed for an officer (`GET /api/foster/districts/unmatched`).
 */
export async function matchFamilyDistricts(db: Db): Promise<{ matched: number; unmatched: number }> {
  return db.transaction(async (tx) => {
    const families = await familiesWithoutDistrictCode(tx);
    const matches = families.flatMap((f) => {
      const code = matchPlace(f.district, f.country);
      return code ? [{ id: f.id, code }] : [];
    });
    const matched = await fillDistrictCodes(tx, matches);
    return { matched, unmatched: families.length - matches.length };
  });
}

/** The families whose written district matched no place, for an officer to choose it. */
export async function unmatchedDistricts(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'foster.manage');
  const families = await familiesWithoutDistrictCode(deps.db);
  return { items: families.filter((f) => !matchPlace(f.district, f.country)) };
}

/** Refuses a place that is not in the family's country (a Turkish province for an Azerbaijani family). */
export function checkDistrictCountry(code: string | null | undefined, country: string): void {
  if (code && placeByCode(code)?.country !== country) throw ruleViolation('district_other_country');
}

/** The family's city or district, chosen from the places (null: none chosen); the written note stays. */
export async function changeFamilyDistrict(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; districtCode: string | null },
) {
  requirePermission(ctx, 'foster.manage');
  await deps.db.transaction(async (tx) => {
    const f = await findFamily(tx, id);
    if (!f) throw notFound();
    checkDistrictCountry(body.districtCode, f.country);
    if (!(await setFamilyDistrict(tx, id, body.version, body.districtCode)))
      throw await versionConflict(tx, 'foster_family', id, f.version);
    await audit(tx, ctx, {
      action: 'foster.district_changed',
      entityType: 'foster_family',
      entityId: id,
      changes: { districtCode: { from: f.districtCode, to: body.districtCode } },
    });
  });
  return familyDetail(deps, ctx, id);
}
