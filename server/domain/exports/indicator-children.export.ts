import { exportOptionsSchema } from '../../../common/contracts/exports';
import { drillDownQuerySchema } from '../../../common/contracts/indicators';
import { type DrillDown, drillDownChildren } from '../../db/repositories/indicator-children.repository';
import { filterFor } from '../indicators/dashboard.service';
import { defineExport } from './registry';

type Row = Awaited<ReturnType<typeof drillDownChildren>>[number];

/** A drill-down's list fits in memory (the children in care on one date); it is read in one query. */
const ALL_OF_THEM = 1_000_000;

const drillDownOf = (q: {
  indicator: DrillDown['indicator'];
  setting?: string;
  sex?: string;
  ageBand?: string;
  moves?: number;
}): DrillDown =>
  q.indicator === 'children_in_care'
    ? { indicator: q.indicator, setting: q.setting, sex: q.sex, ageBand: q.ageBand }
    : q.indicator === 'moves'
      ? { indicator: 'moves', moves: q.moves ?? 0 }
      : { indicator: q.indicator };

/** The children behind a number of the dashboard (`GET /api/indicators/children`), as CSV or XLSX. */
export const indicatorChildrenExport = defineExport({
  name: 'indicator-children',
  title: 'exports.list.indicatorChildren',
  summary: 'The children behind a number of the dashboard, with the same filters, as CSV or XLSX',
  access: 'cases.read',
  query: drillDownQuerySchema.extend(exportOptionsSchema.shape),
  rows(deps, ctx, filters) {
    let rows: Promise<Row[]> | null = null;
    const all = async () => {
      rows ??= filterFor(deps, ctx, filters).then((f) =>
        drillDownChildren(deps.db, f, drillDownOf(filters), ALL_OF_THEM),
      );
      return rows;
    };
    return {
      count: async () => (await all()).length,
      async *batches() {
        const list = await all();
        if (list.length > 0) yield list;
      },
    };
  },
  columns: [
    { heading: 'exports.col.caseNumber', width: 18, value: (r: Row) => r.caseNumber },
    { heading: 'exports.col.child', width: 30, value: (r: Row) => r.name },
    { heading: 'exports.col.birthDate', type: 'date', value: (r: Row) => r.birthDate },
    { heading: 'exports.col.setting', value: (r: Row, l) => l.label('cases.setting', r.setting) },
  ],
});
