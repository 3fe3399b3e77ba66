import { Alert, Anchor, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ApplicationResult } from './api';
import { BreachList } from './shared';

/** After sending: the reference and the private link to follow the application, shown once. */
export function Submitted({ result }: { result: ApplicationResult }) {
  const intl = useIntl();
  const url = `${window.location.origin}${result.statusPath}`;
  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 26, sm: 34 }}>
        <FormattedMessage id="foster.apply.sentTitle" />
      </Title>
      <Paper withBorder p="md" radius="md" bg="teal.0">
        <Stack gap="sm">
          <Text>
            <FormattedMessage id="foster.apply.yourReference" />
          </Text>
          <Text fw={700} fz={28} data-testid="foster-reference" style={{ letterSpacing: 1 }}>
            {result.reference}
          </Text>
          <Text fw={600}>
            <FormattedMessage id="foster.apply.statusLink" />
          </Text>
          <Anchor
            component={Link}
            to={result.statusPath}
            data-testid="foster-status-link"
            style={{ wordBreak: 'break-all' }}
          >
            {url}
          </Anchor>
          <Group>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'filled' : 'light'} onClick={copy} size="sm">
                  <FormattedMessage id={copied ? 'foster.apply.copied' : 'foster.apply.copyLink'} />
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" role="note">
            <FormattedMessage id="foster.apply.keepLink" />
          </Alert>
        </Stack>
      </Paper>
      <BreachList
        breaches={result.breaches}
        title={intl.formatMessage({ id: 'foster.apply.sentBreaches' })}
      />
      <Text>
        <FormattedMessage id="foster.apply.next" />
      </Text>
    </Stack>
  );
}
