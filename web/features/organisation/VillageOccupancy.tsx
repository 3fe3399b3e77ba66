import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { OccupancyPoint } from '../../../common/contracts/organisation';
import { OccupancyChart } from '../../components/ui/OccupancyChart';
import { QueryState } from '../../components/ui/QueryState';
import { apiItems } from '../../lib/api';
import { useFormat } from '../../lib/format';

/** Children living in the village at the end of each month over three years, against its places. */
export function VillageOccupancy({ programmeId }: { programmeId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const query = useQuery({
    queryKey: ['village-occupancy', programmeId],
    queryFn: () => apiItems<OccupancyPoint>(`/api/villages/${programmeId}/occupancy?months=36`),
  });
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {intl.formatMessage({ id: 'village.occupancyOverTime' })}
      </Title>
      <QueryState query={query}>
        {(points) => (
          <OccupancyChart
            title={intl.formatMessage({ id: 'village.occupancyOverTime' })}
            valueLabel={intl.formatMessage({ id: 'village.childrenLiving' })}
            limitLabel={intl.formatMessage({ id: 'village.places' })}
            formatNumber={format.number}
            points={points.map((p) => ({
              label: `${p.month.slice(5)}.${p.month.slice(2, 4)}`,
              // "<5" for a reader of aggregates only: drawn at 0 (decision 0019).
              value: p.children ?? 0,
              limit: p.capacity,
            }))}
          />
        )}
      </QueryState>
    </Stack>
  );
}
