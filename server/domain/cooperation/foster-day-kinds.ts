import {
  type AmbassadorFigures,
  ambassadorFiguresSchema,
  type FosterDayResults,
  fosterDayResultsSchema,
  payloadCounts,
} from '../../../common/contracts/foster-day';
import {
  keepAmbassadorFigures,
  keepFosterDayResults,
} from '../../db/repositories/foster-day-figures.repository';
import type { KindRule } from './document-kinds';

/** Under this a count is withheld (null) by the sending country: a count of 1–4 could point at a family. */
export const SMALL_CELL = 5;

const smallCell = (counts: (number | null)[]) => counts.some((n) => n !== null && n > 0 && n < SMALL_CELL);

/** Foster Family Day results: refused with a small cell; the latest per (country, year, day) is kept. */
export const fosterDayResults: KindRule<FosterDayResults> = {
  schema: fosterDayResultsSchema,
  refuse: (payload) => {
    if (smallCell(payloadCounts(payload)))
      return { code: 'cooperation_small_cell', params: { threshold: SMALL_CELL } };
    if (Number(payload.day.slice(0, 4)) !== payload.year) return { code: 'foster_day_other_year' };
    return null;
  },
  accept: (tx, doc) =>
    keepFosterDayResults(tx, {
      country: doc.country,
      year: doc.payload.year,
      day: doc.payload.day,
      rowId: doc.rowId,
      issuedAt: doc.issuedAt,
      payload: doc.payload,
    }),
};

/** A year's ambassador figures: refused with a small cell; the latest per (country, year) is kept. */
export const ambassadorFigures: KindRule<AmbassadorFigures> = {
  schema: ambassadorFiguresSchema,
  refuse: (payload) =>
    smallCell(payloadCounts(payload))
      ? { code: 'cooperation_small_cell', params: { threshold: SMALL_CELL } }
      : null,
  accept: (tx, doc) =>
    keepAmbassadorFigures(tx, {
      country: doc.country,
      year: doc.payload.year,
      rowId: doc.rowId,
      issuedAt: doc.issuedAt,
      payload: doc.payload,
    }),
};
