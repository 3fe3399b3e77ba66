import { Button, Card, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAssign, useWorkers } from './api';

/** Assign or transfer the case to another worker; the reason is recorded. */
export function AssignForm({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const workers = useWorkers(detail.id, true);
  const assign = useAssign(detail.id);
  const [workerId, setWorkerId] = useState(detail.assignedWorkerId ?? '');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    await assign
      .mutateAsync({ version: detail.version, workerId: workerId || null, reason })
      .then(() => {
        setReason('');
        setDone(true);
      })
      .catch(() => {});
  }

  return (
    <Card withBorder component="section">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            <FormattedMessage id="cases.assign.title" />
          </Title>
          <ErrorAlert error={assign.error} onReload={() => assign.reset()} />
          {done && (
            <div role="status">
              <FormattedMessage id="cases.saved" />
            </div>
          )}
          <NativeSelect
            label={intl.formatMessage({ id: 'cases.assign.worker' })}
            value={workerId}
            onChange={(e) => setWorkerId(e.currentTarget.value)}
            data={[
              { value: '', label: intl.formatMessage({ id: 'cases.unassigned' }) },
              ...(workers.data ?? []).map((w) => ({
                value: w.id,
                label: `${w.displayName} (${intl.formatMessage({ id: `role.${w.role}` })})`,
              })),
            ]}
          />
          <Textarea
            label={intl.formatMessage({ id: 'cases.assign.reason' })}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button
            type="submit"
            loading={assign.isPending}
            disabled={workerId === (detail.assignedWorkerId ?? '')}
          >
            <FormattedMessage id="cases.assign.submit" />
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
