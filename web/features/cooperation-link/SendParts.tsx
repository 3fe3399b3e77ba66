import { Alert, Button, Card, Group, NativeSelect, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { PushPage } from './api';

/** What each section of the send page shares: its card, the year, the two ways to send, the outcome. */

export type Via = 'network' | 'file';

export function SendSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          <FormattedMessage id={title} />
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** The error, or the hub's acceptance, of the section's last push. */
export function PushOutcome({ error, sent }: { error: unknown; sent: boolean }) {
  return (
    <>
      <ErrorAlert error={error} reloadKey={null} />
      {sent && (
        <Alert color="teal" role="status">
          <FormattedMessage id="cooperation.push.sent" />
        </Alert>
      )}
    </>
  );
}

/**
 * Send over the network (only with a confirmed hub) or download the signed file (with a key).
 * `submit`: the buttons submit the section's form, telling it first which way was chosen.
 */
export function SendButtons(props: {
  link: PushPage['link'];
  pending: Via | null;
  onSend(via: Via): void;
  submit?: boolean;
}) {
  const type = props.submit ? 'submit' : 'button';
  return (
    <Group align="end" wrap="wrap">
      <Button
        type={type}
        disabled={!props.link.network || props.pending !== null}
        loading={props.pending === 'network'}
        onClick={() => props.onSend('network')}
      >
        <FormattedMessage id="cooperation.push.sendNetwork" />
      </Button>
      <Button
        type={type}
        variant="light"
        disabled={!props.link.file || props.pending !== null}
        loading={props.pending === 'file'}
        onClick={() => props.onSend('file')}
      >
        <FormattedMessage id="cooperation.push.downloadFile" />
      </Button>
    </Group>
  );
}

/** This year or last year. */
export function YearSelect({ value, onChange }: { value: string; onChange(year: string): void }) {
  const intl = useIntl();
  const thisYear = new Date().getFullYear();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'cooperation.push.year' })}
      value={value}
      data={[String(thisYear), String(thisYear - 1)]}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** Which way a mutation is sending now, if any. */
export function pendingVia(m: { isPending: boolean; variables?: { via: Via } }): Via | null {
  return m.isPending ? (m.variables?.via ?? null) : null;
}
