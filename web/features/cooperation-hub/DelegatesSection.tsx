import { Button, Card, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  type Delegate,
  delegateBodySchema,
  GROUP_ROLES,
  type MemberCountry,
} from '../../../common/contracts/cooperation-hub';
import { DateField } from '../../components/fields/DateField';
import { RecordFormCard } from '../../components/RecordFormCard';
import { QueryState } from '../../components/ui/QueryState';
import { useSchemaForm } from '../../lib/form';
import { useFormat } from '../../lib/format';
import {
  useAddDelegate,
  useChangeDelegate,
  useDelegates,
  useGroupMemberAccounts,
  useMemberCountries,
  useOrganisations,
} from './api';
import { countryName } from './words';

/** The working group's delegates: country, organisation, account, group role and term. */
export function DelegatesSection() {
  const intl = useIntl();
  const format = useFormat();
  const delegates = useDelegates(true);
  const countries = useMemberCountries(true);
  const [editing, setEditing] = useState<Delegate | 'new' | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="hub-delegates">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="hub-delegates">
          <FormattedMessage id="cooperation.hub.delegates" />
        </Title>
        <Button variant="light" onClick={() => setEditing('new')}>
          <FormattedMessage id="cooperation.hub.addDelegate" />
        </Button>
      </Group>
      <Stack>
        {editing && countries.data && (
          <DelegateForm
            delegate={editing === 'new' ? null : editing}
            countries={countries.data}
            onDone={() => setEditing(null)}
          />
        )}
        <QueryState query={delegates}>
          {(rows) => (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  {['delegate', 'country', 'organisation', 'groupRole', 'term', 'account', 'actions'].map(
                    (c) => (
                      <Table.Th scope="col" key={c}>
                        {intl.formatMessage({ id: `cooperation.hub.col.${c}` })}
                      </Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Th scope="row">{d.fullName}</Table.Th>
                    <Table.Td>{d.country}</Table.Td>
                    <Table.Td>{d.organisationName ?? '—'}</Table.Td>
                    <Table.Td>{intl.formatMessage({ id: `cooperation.hub.role.${d.groupRole}` })}</Table.Td>
                    <Table.Td>
                      {format.date(d.termFrom)} –{' '}
                      {d.termTo
                        ? format.date(d.termTo)
                        : intl.formatMessage({ id: 'cooperation.hub.openTerm' })}
                    </Table.Td>
                    <Table.Td>{d.username ?? '—'}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setEditing(d)}
                        aria-label={intl.formatMessage(
                          { id: 'cooperation.hub.changeDelegate' },
                          { name: d.fullName },
                        )}
                      >
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

/** One form for a new delegate and a change (the country is fixed once recorded). */
function DelegateForm({
  delegate,
  countries,
  onDone,
}: {
  delegate: Delegate | null;
  countries: MemberCountry[];
  onDone(): void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const add = useAddDelegate();
  const change = useChangeDelegate();
  const organisations = useOrganisations(true);
  const accounts = useGroupMemberAccounts();
  const labels = {
    country: t('cooperation.hub.col.country'),
    organisationId: t('cooperation.hub.col.organisation'),
    userId: t('cooperation.hub.col.account'),
    fullName: t('cooperation.hub.fullName'),
    email: t('cooperation.hub.email'),
    groupRole: t('cooperation.hub.col.groupRole'),
    termFrom: t('cooperation.hub.termFrom'),
    termTo: t('cooperation.hub.termTo'),
  };
  // The form holds '' for "none"; the body sends null.
  const form = useSchemaForm(delegateBodySchema, {
    initialValues: {
      country: delegate?.country ?? countries[0]?.code ?? '',
      organisationId: delegate?.organisationId ?? null,
      userId: delegate?.userId ?? null,
      fullName: delegate?.fullName ?? '',
      email: delegate?.email ?? null,
      groupRole: delegate?.groupRole ?? 'member',
      termFrom: delegate?.termFrom ?? '',
      termTo: delegate?.termTo ?? null,
    },
    labels,
  });
  const values = form.getValues();
  const none = { value: '', label: t('cooperation.hub.none') };
  const nullable = (path: string) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      value: props.value ?? '',
      onChange: (v: string | { currentTarget: { value: string } }) =>
        form.setFieldValue(path, (typeof v === 'string' ? v : v.currentTarget.value) || null),
    };
  };
  const mutation = delegate ? change : add;
  return (
    <RecordFormCard
      id="hub-delegate-form"
      title={delegate ? delegate.fullName : t('cooperation.hub.addDelegate')}
      error={mutation.error}
      onReload={onDone}
      onSubmit={form.submitWith(async ({ country, ...rest }) => {
        if (delegate)
          await change.mutateAsync({ id: delegate.id, body: { ...rest, version: delegate.version } });
        else await add.mutateAsync({ country, ...rest });
        onDone();
      })}
      onCancel={onDone}
      saving={mutation.isPending}
      saveLabel="cooperation.hub.save"
    >
      <NativeSelect
        label={labels.country}
        disabled={!!delegate}
        data={countries.map((c) => ({ value: c.code, label: countryName(c, intl.locale) }))}
        {...form.getInputProps('country')}
      />
      <TextInput label={labels.fullName} {...form.getInputProps('fullName')} />
      <TextInput label={labels.email} type="email" {...nullable('email')} />
      <NativeSelect
        label={labels.organisationId}
        data={[
          none,
          ...(organisations.data ?? [])
            .filter((o) => o.country === values.country)
            .map((o) => ({ value: o.id, label: o.name })),
        ]}
        {...nullable('organisationId')}
      />
      <NativeSelect
        label={labels.userId}
        description={t('cooperation.hub.accountHint')}
        data={[
          none,
          ...(accounts.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
        ]}
        {...nullable('userId')}
      />
      <NativeSelect
        label={labels.groupRole}
        data={GROUP_ROLES.map((r) => ({ value: r, label: t(`cooperation.hub.role.${r}`) }))}
        {...form.getInputProps('groupRole')}
      />
      <DateField label={labels.termFrom} {...form.getInputProps('termFrom')} />
      <DateField label={labels.termTo} {...nullable('termTo')} />
    </RecordFormCard>
  );
}
