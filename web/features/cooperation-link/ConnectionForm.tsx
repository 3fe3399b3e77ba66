import { Button, Card, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { type Connection, connectionBodySchema } from '../../../common/contracts/cooperation-link';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../lib/form';
import { useNames } from '../../lib/format';
import { useSaveConnection } from './api';

/** The country this installation speaks for, the hub's address and who registers with it. */
export function ConnectionForm({ connection }: { connection: Connection }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const names = useNames();
  const save = useSaveConnection();
  const labels = {
    country: t('cooperation.link.country'),
    hubUrl: t('cooperation.link.hubUrl'),
    organisation: t('cooperation.link.organisation'),
    contact: t('cooperation.link.contact'),
    newKey: t('cooperation.link.newKey'),
  };
  const form = useSchemaForm(connectionBodySchema, {
    initialValues: {
      version: connection.version,
      country: connection.country ?? (connection.countries.length === 1 ? connection.countries[0]! : ''),
      hubUrl: connection.hubUrl ?? '',
      organisation: connection.organisation ?? '',
      contact: connection.contact ?? '',
      newKey: false,
    },
    labels,
  });
  return (
    <Card withBorder component="section" aria-labelledby="link-settings">
      <form noValidate onSubmit={form.submitWith((body) => save.mutateAsync(body))}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="link-settings">
            <FormattedMessage id="cooperation.link.settingsTitle" />
          </Title>
          <ErrorAlert
            error={save.error}
            reloadKey={['cooperation-connection']}
            onReload={() => save.reset()}
          />
          <NativeSelect
            label={labels.country}
            required
            data={[
              { value: '', label: '' },
              ...connection.countries.map((c) => ({ value: c, label: names.country(c) })),
            ]}
            {...form.getInputProps('country')}
          />
          <TextInput
            label={labels.hubUrl}
            description={t('cooperation.link.hubUrlHint')}
            required
            type="url"
            autoComplete="url"
            {...form.getInputProps('hubUrl')}
          />
          <TextInput label={labels.organisation} required {...form.getInputProps('organisation')} />
          <TextInput label={labels.contact} required {...form.getInputProps('contact')} />
          {connection.publicKey && (
            <Checkbox label={labels.newKey} {...form.getInputProps('newKey', { type: 'checkbox' })} />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              <FormattedMessage id="cooperation.link.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
