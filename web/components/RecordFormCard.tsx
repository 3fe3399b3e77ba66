import { Button, Card, Group, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from './ErrorAlert';

/**
 * A form that records one thing in place (a visit held, a follow-up), as a titled section
 * with the refusal alert on top and Cancel / Save at the bottom.
 */
export function RecordFormCard({
  id,
  title,
  error,
  onReload,
  onSubmit,
  onCancel,
  saving,
  saveLabel,
  children,
}: {
  id: string;
  title: string;
  error: unknown;
  onReload(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onCancel(): void;
  saving: boolean;
  /** Catalogue key of the save button. */
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder id={id} component="section" aria-labelledby={`${id}-title`}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5" id={`${id}-title`}>
            {title}
          </Title>
          <ErrorAlert error={error} onReload={onReload} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={saving}>
              <FormattedMessage id={saveLabel} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
