import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useLocale } from '../../i18n/I18nProvider';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { usePublicStatus } from './api';
import {
  countsOf,
  localDay,
  RequirementBadge,
  StatusBadge,
  useFosterLabel,
  useRequirementName,
} from './shared';

/** What a family sees through its private link: where the application stands and what is still needed. */
export function StatusPage() {
  const { token = '' } = useParams();
  const { locale } = useLocale();
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const requirementName = useRequirementName();
  const query = usePublicStatus(token, locale);

  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <Stack>
        <Title order={1} fz={{ base: 26, sm: 34 }}>
          <FormattedMessage id="foster.statusPage.title" />
        </Title>
        <Alert color="orange" role="alert">
          <FormattedMessage id="foster.statusPage.notFound" />
        </Alert>
        <Anchor component={Link} to="/apply">
          <FormattedMessage id="foster.statusPage.applyLink" />
        </Anchor>
      </Stack>
    );
  }

  return (
    <QueryState query={query}>
      {(data) => {
        const count = countsOf(data.requirements);
        const open = data.requirements.filter((r) => r.status === 'incomplete').length;
        return (
          <Stack gap="lg">
            <Title order={1} fz={{ base: 26, sm: 34 }}>
              <FormattedMessage id="foster.statusPage.title" />
            </Title>
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <div>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id="foster.col.reference" />
                  </Text>
                  <Text fw={700} size="lg" data-testid="foster-reference">
                    {data.reference}
                  </Text>
                </div>
                <div>
                  <Text size="sm" c="dimmed" id="foster-status-label">
                    <FormattedMessage id="foster.col.status" />
                  </Text>
                  <Group gap="xs" mt={4} aria-labelledby="foster-status-label" data-testid="foster-status">
                    <StatusBadge status={data.status} />
                  </Group>
                </div>
                <div>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id="foster.col.submitted" />
                  </Text>
                  <Text size="lg">{format.date(localDay(data.submittedAt))}</Text>
                </div>
              </SimpleGrid>
              <Text mt="md">{label('statusExplained', data.status)}</Text>
            </Paper>
            <Title order={2} size="h3">
              <FormattedMessage id="foster.requirements.title" />
            </Title>
            <Text size="sm">
              <FormattedMessage id="foster.statusPage.openCount" values={{ count: open }} />
            </Text>
            <Table.ScrollContainer minWidth={320}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'foster.col.requirement' })}</Table.Th>
                    <Table.Th scope="col">
                      {intl.formatMessage({ id: 'foster.col.requirementStatus' })}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.requirements.map((r) => (
                    <Table.Tr key={`${r.code}-${r.memberName ?? ''}-${r.sequence}`}>
                      <Table.Td>
                        {requirementName(r, count(r))}
                        {label('kind', r.kind) !== label('requirement', r.code) && (
                          <Text size="xs" c="dimmed">
                            {label('kind', r.kind)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RequirementBadge status={r.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="foster.statusPage.keepPrivate" />
            </Text>
          </Stack>
        );
      }}
    </QueryState>
  );
}
