import { Box, Container, Group, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import { Outlet } from 'react-router';
import { LanguageSelect } from '../components/ui/LanguageSelect';
import { PageLoading } from '../components/ui/PageLoading';

/** The frame of the public pages (no sign-in): the name, the language switcher and the page. */
export function PublicLayout() {
  return (
    <Box mih="100vh" bg="gray.0">
      <a href="#main" className="skip-link">
        <FormattedMessage id="nav.skipToContent" />
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" py="sm">
          <Group justify="space-between" align="end" wrap="wrap" gap="sm">
            <div>
              <Title order={2} size="h3" c="teal">
                <FormattedMessage id="app.name" />
              </Title>
              <Text size="sm" c="dimmed">
                <FormattedMessage id="foster.public.tagline" />
              </Text>
            </div>
            <LanguageSelect />
          </Group>
        </Container>
      </Box>
      <Container size="md" py="lg" px={{ base: 'sm', sm: 'md' }} component="main" id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Container>
    </Box>
  );
}
