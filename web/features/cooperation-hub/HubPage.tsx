import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { usePageTitle } from '../../lib/page-title';
import { useHubState, useSwitchHub } from './api';
import { CountriesSection } from './CountriesSection';
import { DelegatesSection } from './DelegatesSection';
import { DocumentsSection } from './DocumentsSection';
import { KeysSection } from './KeysSection';

/**
 * The hub's administration (decision 0045): whether this installation is the countries' hub, its
 * member countries and delegates, the keys countries registered, and the documents they sent.
 */
export function HubPage() {
  usePageTitle('cooperation.hub.title');
  const state = useHubState();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="cooperation.hub.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="cooperation.hub.intro" />
      </Text>
      <QueryState query={state}>
        {(hub) => (
          <>
            <HubSwitch isHub={hub.isHub} version={hub.version} />
            {hub.isHub && (
              <>
                <CountriesSection />
                <DelegatesSection />
                <KeysSection />
                <DocumentsSection />
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function HubSwitch({ isHub, version }: { isHub: boolean; version: number }) {
  const change = useSwitchHub();
  return (
    <Card withBorder component="section" aria-labelledby="hub-switch">
      <Title order={2} size="h4" id="hub-switch" mb="xs">
        <FormattedMessage id="cooperation.hub.switchTitle" />
      </Title>
      <Group justify="space-between" wrap="wrap">
        <Text>
          <FormattedMessage id={isHub ? 'cooperation.hub.isHub' : 'cooperation.hub.notHub'} />
        </Text>
        <Button
          variant={isHub ? 'default' : 'filled'}
          loading={change.isPending}
          onClick={() => change.mutate({ isHub: !isHub, version })}
        >
          <FormattedMessage id={isHub ? 'cooperation.hub.turnOff' : 'cooperation.hub.turnOn'} />
        </Button>
      </Group>
      <ErrorAlert error={change.error} reloadKey={['cooperation-hub']} />
    </Card>
  );
}
