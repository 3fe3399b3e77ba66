import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useNames } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { type PushPage, usePushes } from './api';
import { AmbassadorsSection, FosterDaySection, IndicatorsSection } from './CountedSections';
import { PracticeSection } from './PracticeSection';
import { PushLog } from './PushLog';

/**
 * The director's and administrator's page: the indicators, a good practice, the Foster Family Day
 * results and the ambassadors' figures, signed, sent to the hub or downloaded as a file; and the
 * log of what went, with the hub's answers.
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
            <LinkState link={data.link} />
            <IndicatorsSection link={data.link} />
            <PracticeSection link={data.link} />
            <FosterDaySection link={data.link} />
            <AmbassadorsSection link={data.link} />
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

/** Where documents go, or why they cannot go yet. */
function LinkState({ link }: { link: PushPage['link'] }) {
  const names = useNames();
  return (
    <>
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
    </>
  );
}
