import { Anchor, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function NotFoundPage() {
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
