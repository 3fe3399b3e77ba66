import { Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ApprovalBody } from './api';

/** A supervisor approves, or returns with a comment saying what must change. */
export function ApprovalForm({
  id,
  version,
  mutation,
}: {
  id: string;
  version: number;
  // biome-ignore lint/suspicious/noExplicitAny: any of the two review mutations
  mutation: UseMutationResult<any, Error, { id: string; body: ApprovalBody }>;
}) {
  const intl = useIntl();
  const [comment, setComment] = useState('');
  const send = (outcome: 'approve' | 'return') =>
    mutation.mutateAsync({ id, body: { version, outcome, comment } }).then(
      () => setComment(''),
      () => {},
    );
  return (
    <Card withBorder component="section">
      <Stack gap="sm">
        <Title order={3} size="h4">
          <FormattedMessage id="cases.approval.title" />
        </Title>
        <ErrorAlert error={mutation.error} onReload={() => mutation.reset()} />
        <Textarea
          label={intl.formatMessage({ id: 'cases.approval.comment' })}
          description={intl.formatMessage({ id: 'cases.approval.commentHint' })}
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group>
          <Button loading={mutation.isPending} onClick={() => send('approve')}>
            <FormattedMessage id="cases.approval.approve" />
          </Button>
          <Button
            variant="outline"
            color="orange.9"
            loading={mutation.isPending}
            onClick={() => send('return')}
          >
            <FormattedMessage id="cases.approval.return" />
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
