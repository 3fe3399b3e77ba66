import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { FosterVisitsDue } from '../features/cases/FosterVisitsDue';
import { MyWorkPage } from '../features/cases/MyWorkPage';
import { MyGroups } from '../features/programmes/MyGroups';
import { WorkingGroupStartPage } from '../features/working-group/MyCountryActions';
import { useFormat, useLocalized } from '../lib/format';
import { useLocations, useProgrammes } from '../lib/organisation';
import { usePageTitle } from '../lib/page-title';
import { useSession } from '../lib/session';

/**
 * People who work with cases start with their work, teachers with their groups and today's
 * register; others see the organisation in figures.
 */
export function HomePage() {
  usePageTitle('nav.home');
  const { user } = useSession();
  if (user?.permissions.includes('cases.read')) return <MyWorkPage />;
  if (user?.permissions.includes('programmes.read')) return <MyGroups />;
  // A working-group member sees the cooperation space only: their country's action items.
  if (!user?.permissions.includes('organisation.read') && user?.permissions.includes('cooperation.read'))
    return <WorkingGroupStartPage />;
  return <OrganisationHome />;
}

function OrganisationHome() {
  const intl = useIntl();
  const localized = useLocalized();
  const { user } = useSession();
  const format = useFormat();
  const locations = useLocations();
  const programmes = useProgrammes();
  if (!user) return null;
  const villages = (programmes.data ?? []).filter((p) => p.type === 'family_based_care');
  const places = villages.reduce((sum, v) => sum + v.capacity, 0);
  const scopeNames = [
    ...(locations.data ?? [])
      .filter((l) => user.scopeLocationIds.includes(l.id))
      .map((l) => localized(l.name)),
    ...(programmes.data ?? [])
      .filter((p) => user.scopeProgrammeIds.includes(p.id))
      .map((p) => localized(p.name)),
  ];
  const figures = [
    { label: 'home.locations', value: locations.data?.length },
    { label: 'home.programmes', value: programmes.data?.length },
    { label: 'home.villages', value: programmes.data ? villages.length : undefined },
    { label: 'home.places', value: programmes.data ? places : undefined },
  ];
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="home.welcome" values={{ name: user.displayName }} />
      </Title>
      <Text>
        <FormattedMessage id="home.role" values={{ role: intl.formatMessage({ id: `role.${user.role}` }) }} />
      </Text>
      <Text c="dimmed">
        {user.scopeAll ? (
          <FormattedMessage id="home.scopeAll" />
        ) : (
          <FormattedMessage id="home.scopeSome" values={{ places: scopeNames.join(', ') }} />
        )}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {figures.map((f) => (
          <Card key={f.label} withBorder>
            <Text size="sm" c="dimmed">
              <FormattedMessage id={f.label} />
            </Text>
            <Text size="xl" fw={700}>
              {f.value === undefined ? '…' : format.number(f.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {user.permissions.includes('foster.read') && <FosterVisitsDue />}
    </Stack>
  );
}
