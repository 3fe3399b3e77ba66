import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../components/ui/LanguageSwitcher';
import { PageLoading } from '../components/ui/PageLoading';
import { useSession } from '../lib/session';
import { HeaderSearch } from './HeaderSearch';

const NAV = [
  { to: '/', label: 'nav.home' },
  { to: '/dashboard', label: 'dashboard.nav', permission: 'indicators.read' },
  { to: '/cases', label: 'cases.nav.children', permission: 'cases.read' },
  { to: '/locations', label: 'nav.locations', permission: 'organisation.read' },
  { to: '/programmes', label: 'nav.programmes', permission: 'organisation.read' },
  { to: '/groups', label: 'groups.nav', permission: 'programmes.read' },
  { to: '/strengthening', label: 'strengthening.nav', permission: 'strengthening.read' },
  { to: '/foster', label: 'foster.nav.families', permission: 'foster.read' },
  { to: '/foster/recruitment', label: 'recruitment.nav', permission: 'foster.read' },
  { to: '/foster/funnel', label: 'funnel.nav', permission: 'foster.read' },
  { to: '/quality', label: 'quality.nav', permission: 'quality.read' },
  { to: '/reports', label: 'reports.nav', permission: 'reports.read' },
  { to: '/countries', label: 'exchange.nav', permission: 'indicators.share' },
  // One entry for the countries' cooperation space: its start page lists every area (and, for an
  // administrator, the hub register and the link to the hub), so the menu stays short.
  { to: '/cooperation', label: 'cooperation.title', permission: 'cooperation.read' },
  { to: '/users', label: 'nav.users', permission: 'users.manage' },
  { to: '/account', label: 'security.nav.account' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/exports/research', label: 'exports.research.nav', permission: 'exports.pseudonymised' },
  { to: '/people/merge', label: 'nav.merge', permission: 'people.merge' },
];

export function AppLayout() {
  const intl = useIntl();
  const { user, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const matches = (to: string) =>
    to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
  // The country side's pages to the hub (/hub/…) belong to the cooperation space too.
  const current = NAV.map((n) => n.to)
    .filter((to) => matches(to) || (to === '/cooperation' && pathname.startsWith('/hub/')))
    .sort((a, b) => b.length - a.length)[0];
  // A working-group member sees the cooperation space only (decision 0045): not the organisation's pages.
  const everyone = user?.role === 'working_group_member' ? ['/', '/account'] : NAV.map((n) => n.to);
  const items = NAV.filter((item) =>
    item.permission ? user?.permissions.includes(item.permission) : everyone.includes(item.to),
  );

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        <FormattedMessage id="nav.skipToContent" />
      </a>
      <AppShell.Header>
        {/* On a phone (375 px) the burger, the search and sign-out must fit: the name gives way. */}
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group wrap="nowrap" gap="xs">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={intl.formatMessage({ id: 'nav.openMenu' })}
            />
            <Title order={2} size="h3" c="teal" visibleFrom="xs">
              <FormattedMessage id="app.name" />
            </Title>
          </Group>
          <Group wrap="nowrap" gap="xs" miw={0}>
            {user?.permissions.includes('cases.read') && <HeaderSearch />}
            <Text size="sm" visibleFrom="lg" data-testid="signed-in-as">
              <FormattedMessage id="header.signedInAs" values={{ name: user?.displayName }} />
            </Text>
            <Button
              variant="default"
              size="sm"
              px="sm"
              style={{ flexShrink: 0 }}
              onClick={() => void signOut()}
            >
              <FormattedMessage id="header.logout" />
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={intl.formatMessage({ id: 'nav.main' })}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={intl.formatMessage({ id: item.label })}
            active={item.to === current}
            aria-current={item.to === current ? 'page' : undefined}
            onClick={close}
          />
        ))}
        {user?.role !== 'working_group_member' && (
          <NavLink href="/api/docs" component="a" label={intl.formatMessage({ id: 'nav.apiDocs' })} />
        )}
        <AppShell.Section mt="auto" pt="md">
          <LanguageSwitcher />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* The shell stays while a page's code arrives. */}
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
