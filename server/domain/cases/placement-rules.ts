import { FAMILY_SETTINGS, type SettingType } from '../../../common/cases';
import { ageInYears } from '../dates';

/** What the rules need to know about a proposed placement; no database, no clock. */
export interface PlacementProposal {
  settingType: SettingType;
  programmeId: string | null;
  houseId: string | null;
  startDate: string;
  childBirthDate: string | null;
  hasActivePlacement: boolean;
  house: { capacity: number; children: number; number: number; programmeId: string } | null;
  siblingsPlaced: {
    name: string;
    houseId: string | null;
    programmeId: string | null;
    settingType: string | null;
  }[];
  reasons: { capacityOverride?: string | null; siblingsApart?: string | null; underThree?: string | null };
}

export interface RuleBreach {
  rule: string;
  values?: Record<string, string | number>;
}

const given = (text: string | null | undefined) => Boolean(text && text.trim().length >= 10);

/** Where a sibling lives counts as "together" when it is the same house, or the same programme and setting. */
function livesTogether(p: PlacementProposal, s: PlacementProposal['siblingsPlaced'][number]): boolean {
  if (p.houseId || s.houseId) return p.houseId === s.houseId;
  return p.programmeId === s.programmeId && p.settingType === s.settingType;
}

/**
 * The placement rules of the UN Guidelines as Yuva applies them (shared/domain.md §2–3):
 * one active placement at a time; an SOS family placement names its house; a full house
 * needs a recorded override reason; siblings placed apart, and a child under 3 outside a
 * family setting, need a written justification (at least a sentence).
 */
export function placementBreaches(p: PlacementProposal): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  if (p.hasActivePlacement) breaches.push({ rule: 'one_active_placement' });
  if (p.childBirthDate && p.startDate < p.childBirthDate) breaches.push({ rule: 'placement_before_birth' });
  if (p.settingType === 'sos_family' && !p.houseId) breaches.push({ rule: 'house_required' });
  if (p.house && p.programmeId && p.house.programmeId !== p.programmeId)
    breaches.push({ rule: 'house_not_in_programme' });
  if (p.house && p.house.children >= p.house.capacity && !given(p.reasons.capacityOverride)) {
    breaches.push({
      rule: 'house_full',
      values: { house: p.house.number, children: p.house.children, capacity: p.house.capacity },
    });
  }
  const apart = p.siblingsPlaced.filter((s) => !livesTogether(p, s));
  if (apart.length && !given(p.reasons.siblingsApart)) {
    breaches.push({ rule: 'siblings_apart', values: { names: apart.map((s) => s.name).join(', ') } });
  }
  if (
    p.childBirthDate &&
    ageInYears(p.childBirthDate, p.startDate) < 3 &&
    !FAMILY_SETTINGS.includes(p.settingType) &&
    !given(p.reasons.underThree)
  ) {
    breaches.push({ rule: 'under_three' });
  }
  return breaches;
}

/** A child who comes back into care within 12 months of being reunified is a re-entry. */
export function isReEntry(lastReunification: string | null, startDate: string): boolean {
  if (!lastReunification) return false;
  const limit = new Date(`${lastReunification}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return startDate >= lastReunification && startDate <= limit.toISOString().slice(0, 10);
}
