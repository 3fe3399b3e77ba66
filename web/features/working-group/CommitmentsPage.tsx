import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ACTION_STATUSES, type Commitment } from '../../../common/contracts/working-group';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { ActionStatusBadge } from './ActionStatusBadge';
import { useCommitments, useCountryName, useMyActions } from './api';
import { CommitmentStatusForm } from './CommitmentStatusForm';

/**
 * The declaration's commitments and the group's progress at a glance: for each, the action items
 * serving it counted by status, and each member country's own status (its delegates record it).
 */
export function CommitmentsPage() {
  usePageTitle('workingGroup.commitments.title');
  const query = useCommitments();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="workingGroup.commitments.title" />
      </Title>
      <QueryState query={query}>
        {(items) => items.map((c) => <CommitmentCard key={c.code} commitment={c} />)}
      </QueryState>
    </Stack>
  );
}

function CommitmentCard({ commitment: c }: { commitment: Commitment }) {
  const intl = useIntl();
  const format = useFormat();
  const countryName = useCountryName();
  const localized = useLocalized();
  const { user } = useSession();
  const mine = useMyActions();
  const [editing, setEditing] = useState<string | null>(null);
  const mayEdit = (country: string) =>
    user?.permissions.includes('cooperation.write') &&
    (user.role === 'admin' || mine.data?.country === country);
  const titleId = `commitment-${c.code}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="xs">
        {localized(c.titles)}
      </Title>
      <Group gap="xs" mb="xs">
        {ACTION_STATUSES.map((s) => (
          <Badge key={s} variant="light" color="gray.7" tt="none">
            {intl.formatMessage({ id: `workingGroup.action.status.${s}` })}: {format.number(c.counts[s])}
          </Badge>
        ))}
        {c.counts.overdue > 0 && (
          <Badge color="red.8" variant="filled" tt="none">
            {intl.formatMessage({ id: 'workingGroup.action.overdue' })}: {format.number(c.counts.overdue)}
          </Badge>
        )}
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="workingGroup.country" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="workingGroup.commitments.status" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="workingGroup.commitments.note" />
            </Table.Th>
            <Table.Th>
              <VisuallyHidden>
                <FormattedMessage id="workingGroup.commitments.edit" />
              </VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.countries.map((s) => (
            <Table.Tr key={s.country}>
              <Table.Td>{countryName(s.country)}</Table.Td>
              <Table.Td>
                <FormattedMessage id={`workingGroup.commitments.status.${s.status}`} />
              </Table.Td>
              <Table.Td>{s.note}</Table.Td>
              <Table.Td>
                {mayEdit(s.country) && editing !== s.country && (
                  <Button size="xs" variant="light" onClick={() => setEditing(s.country)}>
                    {intl.formatMessage(
                      { id: 'workingGroup.commitments.recordFor' },
                      { country: countryName(s.country) },
                    )}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <CommitmentStatusForm
          commitment={c.code}
          current={c.countries.find((s) => s.country === editing)!}
          onDone={() => setEditing(null)}
        />
      )}
      {c.actions.length > 0 && (
        <>
          <Title order={3} size="h4" mt="sm">
            <FormattedMessage id="workingGroup.actions.title" />
          </Title>
          <List spacing="xs" listStyleType="none" ml={0} pl={0}>
            {c.actions.map((a) => (
              <List.Item key={a.id}>
                <Group gap="xs" wrap="wrap">
                  <ActionStatusBadge item={a} />
                  <Anchor component={Link} to={`/cooperation/actions/${a.id}`}>
                    {a.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {countryName(a.ownerCountry)}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
