import { useIntl } from 'react-intl';
import type { PlacementView } from '../../../common/contracts/cases';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized } from '../../lib/format';
import { Facts } from './Facts';

export function PlacementSummary({ placement: p }: { placement: PlacementView }) {
  const format = useFormat();
  const localized = useLocalized();
  const label = useEnumLabel();
  const intl = useIntl();
  return (
    <Facts
      items={[
        ['cases.placement.settingType', label('setting', p.settingType)],
        ['cases.field.programme', p.programmeName ? localized(p.programmeName) : p.placeDescription],
        // The family or place and its address, when given beside a programme.
        ...(p.programmeName && p.placeDescription
          ? [['cases.placement.placeDescription', p.placeDescription] as [string, string]]
          : []),
        [
          'cases.placement.house',
          p.houseNumber ? intl.formatMessage({ id: 'village.house' }, { number: p.houseNumber }) : null,
        ],
        ['cases.placement.startDate', format.date(p.startDate)],
        ['cases.placement.orderedBy', p.orderedBy ? label('orderedBy', p.orderedBy) : null],
        ['cases.placement.orderReference', p.orderReference],
        ['cases.placement.emergency', intl.formatMessage({ id: p.emergency ? 'cases.yes' : 'cases.no' })],
      ]}
    />
  );
}
