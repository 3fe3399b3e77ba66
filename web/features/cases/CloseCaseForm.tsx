import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CLOSE_REASONS } from '../../../common/cases';
import type { CaseDetail } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { isoToday } from '../../lib/dates';
import { useCloseCase, useReopenCase } from './api';

/** Close the case with a reason, or reopen a closed one. */
export function CloseCaseForm({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const close = useCloseCase(detail.id);
  const reopen = useReopenCase(detail.id);
  const [reason, setReason] = useState('');
  const [closedOn, setClosedOn] = useState(isoToday());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return;
    await close
      .mutateAsync({ version: detail.version, reason: reason as (typeof CLOSE_REASONS)[number], closedOn })
      .catch(() => {});
  }

  if (detail.status === 'closed') {
    return (
      <Card withBorder component="section">
        <Stack gap="sm">
          <Title order={2} size="h4">
            <FormattedMessage id="cases.reopen.title" />
          </Title>
          <ErrorAlert error={reopen.error} onReload={() => reopen.reset()} />
          <Button
            variant="light"
            loading={reopen.isPending}
            onClick={() => reopen.mutateAsync({ version: detail.version }).catch(() => {})}
          >
            <FormattedMessage id="cases.reopen.submit" />
          </Button>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder component="section">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            <FormattedMessage id="cases.close.title" />
          </Title>
          <ErrorAlert error={close.error} onReload={() => close.reset()} />
          {detail.currentPlacement && (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="cases.close.endPlacementFirst" />
            </Text>
          )}
          <EnumSelect
            label={intl.formatMessage({ id: 'cases.close.reason' })}
            required
            group="closeReason"
            values={CLOSE_REASONS}
            empty="choose"
            value={reason}
            onChange={setReason}
          />
          <DateField
            label={intl.formatMessage({ id: 'cases.close.closedOn' })}
            required
            value={closedOn}
            onChange={setClosedOn}
          />
          <Button type="submit" color="red" variant="outline" loading={close.isPending} disabled={!reason}>
            <FormattedMessage id="cases.close.submit" />
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
