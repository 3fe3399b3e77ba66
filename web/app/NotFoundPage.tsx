import { Anchor, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/page-title';

export function NotFoundPage() {
  usePageTitle('notFound.title');
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="notFound.title" />
      </Title>
      <Anchor component={Link} to="/">
        <FormattedMessage id="notFound.back" />
      </Anchor>
    </Stack>
  );
}
