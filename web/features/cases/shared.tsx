/** Kept while CasesPage's filter bar moves to the shared FilterBar (another change), which imports it directly. */

export { EnumSelect } from '../../components/fields/EnumSelect';
