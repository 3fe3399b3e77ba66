import type { Queryable } from '../client';

export interface ApprovedFamilyRow {
  id: string;
  reference: string;
  applicants: string;
  district: string;
  districtCode: string | null;
  locationId: string | null;
  twoParent: boolean;
  languages: string[];
  ageMin: number;
  ageMax: number;
  childrenMax: number;
  needs: string[];
  approvalExpiresOn: string;
  children: number;
  fosterChildren: number;
}

/** Families approved and in date in a country, with the children living with them now. */
export async function approvedFamilies(
  q: Queryable,
  country: string,
  on: string,
  id?: string,
): Promise<ApprovedFamilyRow[]> {
  return q.query<ApprovedFamilyRow>(
    `select f.id, f.reference, f.district, f.district_code as "districtCode", f.location_id as "locationId", f.two_parent as "twoParent", f.languages,
            coalesce((select string_agg(p.given_name || ' ' || p.family_name, ', ') from foster_household_members m
                       join persons p on p.id = m.person_id where m.family_id = f.id and m.role = 'applicant'), '') as applicants,
            f.approved_age_min as "ageMin", f.approved_age_max as "ageMax", f.approved_children_max as "childrenMax",
            f.approved_needs as needs, f.approval_expires_on as "approvalExpiresOn",
            (select count(*)::int from foster_household_members m where m.family_id = f.id and m.role = 'child') as children,
            (select count(*)::int from placements pl where pl.foster_family_id = f.id and pl.end_date is null and not pl.superseded)
              as "fosterChildren"
       from foster_families f
      where f.country = $1 and f.status in ('approved', 'available', 'active', 'renewal_due') and f.approval_expires_on >= $2
        and ($3::uuid is null or f.id = $3)
      order by f.reference`,
    [country, on, id ?? null],
  );
}
