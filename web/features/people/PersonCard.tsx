import { Anchor, Card, List, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePersonSummary } from './api';

/** One record as the administrator compares it before a merge. */
export function PersonCard({ id }: { id: string | null }) {
  const intl = useIntl();
  const format = useFormat();
  const query = usePersonSummary(id);
  if (!id) return null;
  return (
    <QueryState query={query}>
      {(p) => (
        <Card withBorder>
          <Text fw={700}>
            {p.familyName} {p.givenName} {p.patronymic ?? ''}
          </Text>
          <Text size="sm">{p.birthDate ? format.date(p.birthDate) : '—'}</Text>
          {p.nationalId && <Text size="sm">{p.nationalId}</Text>}
          <Text size="sm" mt="xs">
            {intl.formatMessage({ id: 'merge.links' }, { placements: p.placements, family: p.familyLinks })}
          </Text>
          <List size="sm">
            {p.cases.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/cases/${c.id}`}>
                  {c.caseNumber}
                </Anchor>{' '}
                ({intl.formatMessage({ id: `cases.status.${c.status}` })})
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </QueryState>
  );
}
