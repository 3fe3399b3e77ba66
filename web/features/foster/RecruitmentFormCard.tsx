import { Button, Card, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { useAddRecruitment } from './api';

export type AddRecruitment = ReturnType<typeof useAddRecruitment>;

/** One of the recruitment page's small "new …" forms: a titled card with its fields and a save button. */
export function FormCard({
  title,
  onSubmit,
  saving,
  ready,
  children,
}: {
  title: string;
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  saving: boolean;
  /** False while a required field is still too short to send (the button waits). */
  ready: boolean;
  children: ReactNode;
}) {
  const intl = useIntl();
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
      <Button type="submit" mt="sm" loading={saving} disabled={!ready}>
        {intl.formatMessage({ id: 'users.save' })}
      </Button>
    </Card>
  );
}

/** A select's options with "—" first, for a link the user may leave out. */
export function withNone(items: { id: string; name: string }[]) {
  return [{ value: '', label: '—' }, ...items.map((i) => ({ value: i.id, label: i.name }))];
}
