import { Alert, Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorMessage, isConflict } from '../lib/errors';

/**
 * The server's message for a refused change. A 409 means someone else saved first: the
 * message names them, and a button reads the record again (the queries under `reloadKey`;
 * `null` for no button) and then lets the form reset to what was read (`onReload`).
 */
export function ErrorAlert({
  error,
  onReload,
  reloadKey = ['cases'],
}: {
  error: unknown;
  onReload?(): void;
  reloadKey?: readonly unknown[] | null;
}) {
  const intl = useIntl();
  const client = useQueryClient();
  if (!error) return null;
  const conflict = isConflict(error);
  return (
    <Alert color={conflict ? 'orange' : 'red'} role="alert">
      <Group justify="space-between" wrap="wrap">
        <span>{errorMessage(intl, error)}</span>
        {conflict && reloadKey && (
          <Button
            size="xs"
            variant="light"
            color="orange"
            onClick={async () => {
              await client.invalidateQueries({ queryKey: reloadKey });
              onReload?.();
            }}
          >
            <FormattedMessage id="cases.reload" />
          </Button>
        )}
      </Group>
    </Alert>
  );
}
