import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { ApplyForm } from './apply-form';

/** "Remove adult 2" / "Remove child 1": takes that person off the application. */
export function RemovePerson({
  form,
  list,
  index,
  message,
  mt,
}: {
  form: ApplyForm;
  list: 'adults' | 'children';
  index: number;
  message: string;
  mt?: string;
}) {
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="subtle" color="red.8" size="xs" onClick={() => form.removeListItem(list, index)}>
        <FormattedMessage id={message} values={{ n: index + 1 }} />
      </Button>
    </Group>
  );
}
