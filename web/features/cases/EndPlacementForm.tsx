import { Button, Card, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { END_REASONS, type EndReason } from '../../../common/cases';
import type { PlacementView } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useEndPlacement } from './api';

/** Ends the active placement; reasons are grouped into permanency and other. */
export function EndPlacementForm({ placement }: { placement: PlacementView }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const end = useEndPlacement();
  const [endDate, setEndDate] = useState(isoToday());
  const [endReason, setEndReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!endReason) return;
    await end
      .mutateAsync({
        id: placement.id,
        body: { version: placement.version, endDate, endReason: endReason as EndReason },
      })
      .catch(() => {});
  }

  return (
    <Card withBorder component="section" aria-labelledby="end-title">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} size="h4" id="end-title">
            <FormattedMessage id="cases.placement.endTitle" />
          </Title>
          <ErrorAlert error={end.error} onReload={() => end.reset()} />
          <Group align="end" wrap="wrap">
            <NativeSelect
              label={intl.formatMessage({ id: 'cases.placement.endReason' })}
              required
              value={endReason}
              onChange={(e) => setEndReason(e.currentTarget.value)}
              data={[
                { value: '', label: intl.formatMessage({ id: 'cases.choose' }) },
                ...(['permanency', 'other'] as const).map((group) => ({
                  group: intl.formatMessage({ id: `cases.endGroup.${group}` }),
                  items: END_REASONS[group].map((r) => ({ value: r, label: label('endReason', r) })),
                })),
              ]}
            />
            <DateField
              label={intl.formatMessage({ id: 'cases.placement.endDate' })}
              required
              value={endDate}
              onChange={setEndDate}
            />
            <Button type="submit" color="red" variant="outline" loading={end.isPending} disabled={!endReason}>
              <FormattedMessage id="cases.placement.end" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
