import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { type ApplyForm, MAX_CHILDREN } from './apply-form';
import { RemovePerson } from './RemovePerson';

/** The children already living in the household (a new one takes the first adult's family name). */
export function ChildrenSection({ form }: { form: ApplyForm }) {
  const { children = [], adults } = form.getValues();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        <FormattedMessage id="foster.apply.children" />
      </Title>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="foster.apply.childrenHint" />
      </Text>
      {children.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: children have no identity before they are sent
        <ChildFieldset key={index} form={form} index={index} />
      ))}
      {children.length < MAX_CHILDREN && (
        <Group>
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem('children', {
                givenName: '',
                familyName: adults[0]?.familyName ?? '',
                birthDate: '',
              })
            }
          >
            <FormattedMessage id="foster.apply.addChild" />
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function ChildFieldset({ form, index }: { form: ApplyForm; index: number }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const field = (name: string) => form.getInputProps(`children.${index}.${name}`);
  return (
    <Fieldset legend={intl.formatMessage({ id: 'foster.apply.childN' }, { n: index + 1 })}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('foster.field.familyName')} required {...field('familyName')} />
        <TextInput label={t('foster.field.givenName')} required {...field('givenName')} />
        <DateField
          label={t('foster.field.birthDate')}
          required
          max={isoToday()}
          w="100%"
          {...field('birthDate')}
        />
      </SimpleGrid>
      <RemovePerson form={form} list="children" index={index} message="foster.apply.removeChild" mt="sm" />
    </Fieldset>
  );
}
