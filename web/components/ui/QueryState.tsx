import { Alert, Button, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../lib/api';

/** Loading, error (with retry) or the content of one query. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const intl = useIntl();
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />
      </Center>
    );
  }
  if (query.isError) {
    const error = query.error;
    const message =
      error instanceof ApiError && error.code === 'offline'
        ? intl.formatMessage({ id: 'common.offline' })
        : error.message;
    return (
      <Alert color="red" role="alert" title={intl.formatMessage({ id: 'common.loadFailed' }, { message })}>
        <Button variant="light" color="red" size="xs" onClick={() => query.refetch()}>
          <FormattedMessage id="common.retry" />
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
