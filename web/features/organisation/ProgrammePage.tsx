import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useLocalized } from '../../lib/format';
import { useProgramme } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { ProgrammeActivity } from './ProgrammeActivity';
import { ProgrammeDate } from './ProgrammeDate';
import { ProgrammeSettings } from './ProgrammeSettings';
import { VillageHouses } from './VillageHouses';
import { VillageOccupancy } from './VillageOccupancy';

export function ProgrammePage() {
  const { id = '' } = useParams();
  const intl = useIntl();
  const localized = useLocalized();
  const query = useProgramme(id);
  usePageTitle('nav.programmes', localized(query.data?.name));
  return (
    <Stack>
      <Anchor component={Link} to="/programmes" size="sm">
        ← <FormattedMessage id="programmes.back" />
      </Anchor>
      <QueryState query={query}>
        {(p) => (
          <Stack>
            <Title order={1}>{localized(p.name)}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Fact label={intl.formatMessage({ id: 'programmes.type' })}>
                {intl.formatMessage({ id: `programmeType.${p.type}` })}
              </Fact>
              <Fact label={intl.formatMessage({ id: 'programmes.location' })}>
                {localized(p.locationName)}
              </Fact>
              <Fact label={intl.formatMessage({ id: 'programmes.startDate' })}>
                <ProgrammeDate date={p.startDate} precision={p.startDatePrecision} />
              </Fact>
            </SimpleGrid>
            {p.milestones.length > 0 && (
              <Card withBorder>
                <Title order={2} size="h4" mb="xs">
                  <FormattedMessage id="programmes.milestones" />
                </Title>
                <List spacing={4}>
                  {p.milestones.map((m) => (
                    <List.Item key={`${m.date}-${m.event.en}`}>
                      <Text span fw={600}>
                        <ProgrammeDate date={m.date} precision={m.precision} />
                      </Text>{' '}
                      — {localized(m.event)}
                    </List.Item>
                  ))}
                </List>
              </Card>
            )}
            <ProgrammeActivity programmeId={p.id} today={new Date().toISOString().slice(0, 10)} />
            <ProgrammeSettings key={p.version} programme={p} />
            {p.type === 'family_based_care' && <VillageHouses programmeId={p.id} />}
            {p.type === 'family_based_care' && <VillageOccupancy programmeId={p.id} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </Card>
  );
}
