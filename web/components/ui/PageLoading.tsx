import { Center, Loader } from '@mantine/core';
import { useIntl } from 'react-intl';

/** What a page shows while its code is downloaded: a spinner that screen readers announce. */
export function PageLoading() {
  const intl = useIntl();
  return (
    <Center p="xl" role="status" aria-label={intl.formatMessage({ id: 'common.loading' })}>
      <Loader />
    </Center>
  );
}
