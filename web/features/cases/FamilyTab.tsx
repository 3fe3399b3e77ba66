import { Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PARENTAL_RIGHTS, RELATIONSHIPS } from '../../../common/cases';
import {
  type CaseDetail,
  type FamilyMemberView,
  familyMemberInputSchema,
} from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useAddFamilyMember, useEditFamilyMember, useFamily } from './api';
import { EMPTY_MEMBER, FamilyMemberFields, type MemberForm, useMemberLabels } from './FamilyMemberFields';
import { DateField, EnumSelect, ErrorAlert, orNull, personName, useEnumLabel } from './shared';

/** The birth family as recorded with the referral, with members added and changed since. */
export function FamilyTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const query = useFamily(detail.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const cols = ['relationship', 'name', 'birthDate', 'alive', 'whereabouts', 'parentalRights'];
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.family" />
      </Title>
      <QueryState query={query}>
        {(family) => {
          const member = family.find((m) => m.id === editing);
          return (
            <>
              {family.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="cases.family.empty" />
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={700}>
                  <Table striped withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        {cols.map((c) => (
                          <Table.Th scope="col" key={c}>
                            {intl.formatMessage({ id: `cases.person.${c}` })}
                          </Table.Th>
                        ))}
                        {canWrite && (
                          <Table.Th scope="col">
                            <FormattedMessage id="cases.actions" />
                          </Table.Th>
                        )}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {family.map((m) => (
                        <Table.Tr key={m.id}>
                          <Table.Td>{label('relationship', m.relationship)}</Table.Td>
                          <Table.Td>{personName(m.person)}</Table.Td>
                          <Table.Td>
                            {m.person.birthDate ? format.date(m.person.birthDate) : label('x', null)}
                          </Table.Td>
                          <Table.Td>{label('alive', m.alive)}</Table.Td>
                          <Table.Td>{m.whereabouts ?? label('x', null)}</Table.Td>
                          <Table.Td>{label('parentalRights', m.parentalRights)}</Table.Td>
                          {canWrite && (
                            <Table.Td>
                              <Button
                                size="xs"
                                variant="light"
                                aria-expanded={editing === m.id}
                                onClick={() => {
                                  setAdding(false);
                                  setEditing(editing === m.id ? null : m.id);
                                }}
                              >
                                {intl.formatMessage(
                                  { id: 'cases.family.changeOf' },
                                  { name: personName(m.person) },
                                )}
                              </Button>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {canWrite && member && (
                <EditMemberForm
                  key={`${member.id}-${member.version}`}
                  member={member}
                  onDone={() => setEditing(null)}
                />
              )}
            </>
          );
        }}
      </QueryState>
      {canWrite &&
        (adding ? (
          <AddMemberForm caseId={detail.id} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button
              variant="light"
              onClick={() => {
                setEditing(null);
                setAdding(true);
              }}
            >
              <FormattedMessage id="cases.referral.addMember" />
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

function AddMemberForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const intl = useIntl();
  const labels = useMemberLabels();
  const add = useAddFamilyMember(caseId);
  const [form, setForm] = useState<MemberForm>({ ...EMPTY_MEMBER, birthDate: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const birthLabel = intl.formatMessage({ id: 'cases.person.birthDate' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = familyMemberInputSchema.safeParse({
      ...form,
      patronymic: orNull(form.patronymic ?? ''),
      whereabouts: orNull(form.whereabouts ?? ''),
      birthDate: orNull(form.birthDate ?? ''),
    });
    setErrors(clientFieldErrors(intl, checked, { ...labels, birthDate: birthLabel }));
    if (!checked.success) return;
    try {
      await add.mutateAsync(checked.data);
      onDone();
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="add-member-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="add-member-title">
            <FormattedMessage id="cases.referral.addMember" />
          </Title>
          <ErrorAlert error={add.error} />
          <FamilyMemberFields
            legend={intl.formatMessage({ id: 'cases.family.newMember' })}
            value={form}
            errors={errors}
            onChange={setForm}
          >
            <DateField
              mt="sm"
              label={birthLabel}
              value={form.birthDate ?? ''}
              error={errors.birthDate}
              onChange={(e) => setForm({ ...form, birthDate: e.currentTarget.value })}
            />
          </FamilyMemberFields>
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={add.isPending}>
              <FormattedMessage id="cases.family.add" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Relationship, whether alive, whereabouts and parental rights change; the name does not. */
function EditMemberForm({ member, onDone }: { member: FamilyMemberView; onDone(): void }) {
  const intl = useIntl();
  const labels = useMemberLabels();
  const edit = useEditFamilyMember();
  const [form, setForm] = useState({
    relationship: member.relationship,
    alive: member.alive,
    whereabouts: member.whereabouts ?? '',
    parentalRights: member.parentalRights,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const titleId = `edit-member-${member.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await edit.mutateAsync({
        id: member.id,
        body: { ...form, version: member.version, whereabouts: orNull(form.whereabouts) },
      });
      onDone();
    } catch (e) {
      setErrors(serverFieldErrors(e));
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {intl.formatMessage({ id: 'cases.family.changeOf' }, { name: personName(member.person) })}
          </Title>
          <ErrorAlert error={edit.error} onReload={() => edit.reset()} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <EnumSelect
              label={labels.relationship}
              group="relationship"
              values={RELATIONSHIPS}
              value={form.relationship}
              error={errors.relationship}
              onChange={(v) => setForm({ ...form, relationship: v as typeof form.relationship })}
            />
            <EnumSelect
              label={labels.alive}
              group="alive"
              values={['yes', 'no', 'unknown']}
              value={form.alive}
              onChange={(v) => setForm({ ...form, alive: v as typeof form.alive })}
            />
            <EnumSelect
              label={labels.parentalRights}
              group="parentalRights"
              values={PARENTAL_RIGHTS}
              value={form.parentalRights}
              onChange={(v) => setForm({ ...form, parentalRights: v as typeof form.parentalRights })}
            />
          </SimpleGrid>
          <TextInput
            label={labels.whereabouts}
            value={form.whereabouts}
            error={errors.whereabouts}
            onChange={(e) => setForm({ ...form, whereabouts: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={edit.isPending}>
              <FormattedMessage id="cases.family.save" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
