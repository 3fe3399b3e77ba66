import type { LocalizedText } from '../../../common/i18n/locales';
import { matchFamilyDistricts } from '../../domain/foster/districts.service';
import { loadCountryRules } from '../../domain/foster/rule-sets.service';
import type { Db } from '../client';
import { ensureLocation, ensureProgramme, insertHouse } from '../repositories/reference.repository';
import { LOCATIONS, PROGRAMME_TYPE_NAMES, PROGRAMMES } from './organisation.data';

function programmeName(type: keyof typeof PROGRAMME_TYPE_NAMES, location: LocalizedText): LocalizedText {
  const base = PROGRAMME_TYPE_NAMES[type];
  const [az, tr, ru, en] = (['az', 'tr', 'ru', 'en'] as const).map((l) => `${base[l]}, ${location[l]}`);
  return { az: az!, tr: tr!, ru: ru!, en: en! };
}

/** Loads the organisation's locations, programmes and family houses; safe to run on every start. */
export async function loadReferenceData(db: Db): Promise<void> {
  await loadCountryRules(db);
  await db.transaction(async (tx) => {
    const locationIds = new Map<string, string>();
    for (const location of LOCATIONS)
      locationIds.set(location.code, await ensureLocation(tx, location.code, location.name));
    for (const p of PROGRAMMES) {
      const location = LOCATIONS.find((l) => l.code === p.location);
      const locationId = locationIds.get(p.location);
      if (!location || !locationId) throw new Error(`programme ${p.code}: unknown location ${p.location}`);
      const { id, created } = await ensureProgramme(tx, {
        code: p.code,
        type: p.type,
        locationId,
        name: p.name ?? programmeName(p.type, location.name),
        startDate: p.startDate ?? null,
        startDatePrecision: p.startDatePrecision ?? 'day',
        milestones: p.milestones ?? [],
        sourceNote: p.sourceNote ?? null,
      });
      if (created && p.houses) {
        for (let n = 1; n <= p.houses.count; n++) {
          await insertHouse(tx, {
            programmeId: id,
            houseNumber: n,
            name: `${n}`,
            capacity: p.houses.capacity,
          });
        }
      }
    }
  });
  // Districts families wrote as free text before there were place codes: matched once.
  await matchFamilyDistricts(db);
}
