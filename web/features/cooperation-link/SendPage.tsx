import { Alert, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useNames } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { type PushPage, usePushes, usePushIndicators } from './api';
import { PushLog } from './PushLog';

/**
 * The director's and administrator's page: this year's or last year's indicators, signed, sent to
 * the hub or downloaded as a file; and the log of what went, with the hub's answers.
 */
export function SendPage() {
  usePageTitle('cooperation.push.title');
  const [page, setPage] = useState(1);
  const pushes = usePushes(page);
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="cooperation.push.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="cooperation.push.intro" />
      </Text>
      <QueryState query={pushes}>
        {(data) => (
          <>
            <SendCard link={data.link} />
            <section aria-labelledby="push-log">
              <Title order={2} size="h4" id="push-log" mb="sm">
                <FormattedMessage id="cooperation.push.logTitle" />
              </Title>
              <PushLog items={data.items} />
              <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function SendCard({ link }: { link: PushPage['link'] }) {
  const intl = useIntl();
  const names = useNames();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const send = usePushIndicators();
  const sent = send.isSuccess && send.variables?.via === 'network';
  return (
    <Card withBorder component="section" aria-labelledby="push-send">
      <Stack gap="sm">
        <Title order={2} size="h4" id="push-send">
          <FormattedMessage id="cooperation.push.indicatorsTitle" />
        </Title>
        {link.country && link.hubUrl && (
          <Text size="sm">
            <FormattedMessage
              id="cooperation.push.target"
              values={{ hubUrl: link.hubUrl, country: names.country(link.country) }}
            />
          </Text>
        )}
        {!link.file && (
          <Alert color="orange">
            <FormattedMessage id="cooperation.push.notReady" />
          </Alert>
        )}
        {link.file && !link.network && (
          <Alert color="blue">
            <FormattedMessage id="cooperation.push.notConfirmed" />
          </Alert>
        )}
        <ErrorAlert error={send.error} reloadKey={null} />
        {sent && (
          <Alert color="teal" role="status">
            <FormattedMessage id="cooperation.push.sent" />
          </Alert>
        )}
        <Group align="end" wrap="wrap">
          <NativeSelect
            label={intl.formatMessage({ id: 'cooperation.push.year' })}
            value={year}
            data={[String(thisYear), String(thisYear - 1)]}
            onChange={(e) => setYear(e.currentTarget.value)}
          />
          <Button
            disabled={!link.network}
            loading={send.isPending && send.variables?.via === 'network'}
            onClick={() => send.mutate({ year: Number(year), via: 'network' })}
          >
            <FormattedMessage id="cooperation.push.sendNetwork" />
          </Button>
          <Button
            variant="light"
            disabled={!link.file}
            loading={send.isPending && send.variables?.via === 'file'}
            onClick={() => send.mutate({ year: Number(year), via: 'file' })}
          >
            <FormattedMessage id="cooperation.push.downloadFile" />
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
