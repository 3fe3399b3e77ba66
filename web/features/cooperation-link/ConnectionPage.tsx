import { Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { usePageTitle } from '../../lib/page-title';
import { useConnection } from './api';
import { ConnectionForm } from './ConnectionForm';
import { KeyCard } from './KeyCard';

/** The administrator's page: this installation's link to the countries' cooperation hub. */
export function ConnectionPage() {
  usePageTitle('cooperation.link.title');
  const connection = useConnection();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="cooperation.link.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="cooperation.link.intro" />
      </Text>
      <QueryState query={connection}>
        {(c) => (
          <>
            {/* A new form for each saved version, so it starts from what was saved. */}
            <ConnectionForm key={c.version} connection={c} />
            <KeyCard connection={c} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
