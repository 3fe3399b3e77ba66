import { Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  type MemberCountry,
  memberCountryBodySchema,
  memberCountryUpdateSchema,
  ORGANISATION_KINDS,
  organisationBodySchema,
} from '../../../common/contracts/cooperation-hub';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { QueryState } from '../../components/ui/QueryState';
import { useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import {
  useAddCountry,
  useAddOrganisation,
  useChangeCountry,
  useMemberCountries,
  useOrganisations,
} from './api';
import { countryName, useNameLabels } from './words';

/** The member countries with their organisations; the administrator adds and changes them. */
export function CountriesSection() {
  const intl = useIntl();
  const format = useFormat();
  const countries = useMemberCountries(true);
  const organisations = useOrganisations(true);
  const [editing, setEditing] = useState<MemberCountry | 'new' | null>(null);
  const [addingOrganisation, setAddingOrganisation] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="hub-countries">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="hub-countries">
          <FormattedMessage id="cooperation.hub.countries" />
        </Title>
        <Group>
          <Button variant="light" onClick={() => setEditing('new')}>
            <FormattedMessage id="cooperation.hub.addCountry" />
          </Button>
          <Button variant="light" onClick={() => setAddingOrganisation(true)}>
            <FormattedMessage id="cooperation.hub.addOrganisation" />
          </Button>
        </Group>
      </Group>
      <Stack>
        {editing && (
          <CountryForm country={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
        {addingOrganisation && countries.data && (
          <OrganisationForm countries={countries.data} onDone={() => setAddingOrganisation(false)} />
        )}
        <QueryState query={countries}>
          {(rows) => (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  {['country', 'joinedOn', 'status', 'organisations', 'actions'].map((c) => (
                    <Table.Th scope="col" key={c}>
                      {intl.formatMessage({ id: `cooperation.hub.col.${c}` })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Th scope="row">
                      {countryName(c, intl.locale)} ({c.code})
                    </Table.Th>
                    <Table.Td>{format.date(c.joinedOn)}</Table.Td>
                    <Table.Td>{intl.formatMessage({ id: `cooperation.hub.status.${c.status}` })}</Table.Td>
                    <Table.Td>
                      {(organisations.data ?? [])
                        .filter((o) => o.country === c.code)
                        .map((o) => o.name)
                        .join('; ')}
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(c)}>
                        <FormattedMessage id="cooperation.hub.change" />
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}

function CountryForm({ country, onDone }: { country: MemberCountry | null; onDone(): void }) {
  return country ? (
    <ChangeCountryForm country={country} onDone={onDone} />
  ) : (
    <NewCountryForm onDone={onDone} />
  );
}

const emptyNames = { az: '', tr: '', ru: '', en: '' };

function NewCountryForm({ onDone }: { onDone(): void }) {
  const intl = useIntl();
  const add = useAddCountry();
  const labels = useNameLabels();
  const form = useSchemaForm(memberCountryBodySchema, {
    initialValues: { code: '', names: emptyNames, joinedOn: '', status: 'member' },
    labels,
  });
  return (
    <RecordFormCard
      id="hub-country-form"
      title={intl.formatMessage({ id: 'cooperation.hub.addCountry' })}
      error={add.error}
      onReload={onDone}
      onSubmit={form.submitWith(async (body) => {
        await add.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={add.isPending}
      saveLabel="cooperation.hub.save"
    >
      <TextInput label={labels.code} maxLength={2} {...form.getInputProps('code')} />
      <CountryFields form={form} statuses={['member', 'observer']} />
    </RecordFormCard>
  );
}

function ChangeCountryForm({ country, onDone }: { country: MemberCountry; onDone(): void }) {
  const intl = useIntl();
  const change = useChangeCountry();
  const form = useSchemaForm(memberCountryUpdateSchema, {
    initialValues: {
      names: country.names,
      joinedOn: country.joinedOn,
      status: country.status,
      version: country.version,
    },
    labels: useNameLabels(),
  });
  return (
    <RecordFormCard
      id="hub-country-form"
      title={intl.formatMessage({ id: 'cooperation.hub.changeCountry' }, { country: country.code })}
      error={change.error}
      onReload={onDone}
      onSubmit={form.submitWith(async (body) => {
        await change.mutateAsync({ code: country.code, body });
        onDone();
      })}
      onCancel={onDone}
      saving={change.isPending}
      saveLabel="cooperation.hub.save"
    >
      <CountryFields form={form} statuses={['member', 'observer', 'left']} />
    </RecordFormCard>
  );
}

/** A country's names in the four languages, the date it joined and its status. */
// biome-ignore lint/suspicious/noExplicitAny: both country forms share these fields
function CountryFields({ form, statuses }: { form: any; statuses: string[] }) {
  const intl = useIntl();
  const labels = useNameLabels();
  return (
    <>
      {(['az', 'tr', 'ru', 'en'] as const).map((l) => (
        <TextInput key={l} label={labels[`names.${l}`]} {...form.getInputProps(`names.${l}`)} />
      ))}
      <DateField label={labels.joinedOn} {...form.getInputProps('joinedOn')} />
      <NativeSelect
        label={labels.status}
        data={statuses.map((s) => ({
          value: s,
          label: intl.formatMessage({ id: `cooperation.hub.status.${s}` }),
        }))}
        {...form.getInputProps('status')}
      />
    </>
  );
}

function OrganisationForm({ countries, onDone }: { countries: MemberCountry[]; onDone(): void }) {
  const intl = useIntl();
  const add = useAddOrganisation();
  const labels = {
    country: intl.formatMessage({ id: 'cooperation.hub.col.country' }),
    name: intl.formatMessage({ id: 'cooperation.hub.organisationName' }),
    kind: intl.formatMessage({ id: 'cooperation.hub.organisationKind' }),
  };
  const form = useSchemaForm(organisationBodySchema, {
    initialValues: { country: countries[0]?.code ?? '', name: '', kind: 'ministry' },
    labels,
  });
  return (
    <RecordFormCard
      id="hub-organisation-form"
      title={intl.formatMessage({ id: 'cooperation.hub.addOrganisation' })}
      error={add.error}
      onReload={onDone}
      onSubmit={form.submitWith(async (body) => {
        await add.mutateAsync(body);
        onDone();
      })}
      onCancel={onDone}
      saving={add.isPending}
      saveLabel="cooperation.hub.save"
    >
      <NativeSelect
        label={labels.country}
        data={countries.map((c) => ({ value: c.code, label: countryName(c, intl.locale) }))}
        {...form.getInputProps('country')}
      />
      <TextInput label={labels.name} {...form.getInputProps('name')} />
      <NativeSelect
        label={labels.kind}
        data={ORGANISATION_KINDS.map((k) => ({
          value: k,
          label: intl.formatMessage({ id: `cooperation.hub.kind.${k}` }),
        }))}
        {...form.getInputProps('kind')}
      />
      <Text size="sm" c="dimmed">
        <FormattedMessage id="cooperation.hub.organisationHint" />
      </Text>
    </RecordFormCard>
  );
}
