import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** The recovery codes, shown this once: to copy, print or write down. */
export function RecoveryCodesPanel({
  codes,
  doneLabel,
  onDone,
}: {
  codes: string[];
  doneLabel: string;
  onDone(): void;
}) {
  const intl = useIntl();
  const [copied, setCopied] = useState(false);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="security.recovery.title" />
      </Title>
      <Alert color="yellow" role="status">
        <FormattedMessage id="security.recovery.intro" />
      </Alert>
      <List
        data-testid="recovery-codes"
        listStyleType="none"
        spacing={4}
        ff="monospace"
        fz="lg"
        style={{ columns: 2, maxWidth: 360 }}
      >
        {codes.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
      <Group>
        <Button
          variant="default"
          onClick={() =>
            void navigator.clipboard?.writeText(codes.join('\n')).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {intl.formatMessage({ id: copied ? 'security.recovery.copied' : 'security.recovery.copy' })}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          <FormattedMessage id="security.recovery.print" />
        </Button>
        <Button onClick={onDone}>{doneLabel}</Button>
      </Group>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="security.recovery.each" />
      </Text>
    </Stack>
  );
}
