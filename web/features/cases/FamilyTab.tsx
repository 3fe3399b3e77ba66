import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail, FamilyMemberView } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { personName } from '../../lib/person-name';
import { useCan } from '../../lib/session';
import { useFamily } from './api';
import { AddMemberForm, EditMemberForm } from './FamilyMemberForms';

/** The birth family as recorded with the referral, with members added and changed since. */
export function FamilyTab({ detail }: { detail: CaseDetail }) {
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const query = useFamily(detail.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
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
                <MembersTable
                  family={family}
                  canWrite={canWrite}
                  editing={editing}
                  onEdit={(id) => {
                    setAdding(false);
                    setEditing(editing === id ? null : id);
                  }}
                />
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
          <AddMemberForm
            caseId={detail.id}
            inFamily={new Set((query.data ?? []).map((m) => m.person.id))}
            onDone={() => setAdding(false)}
          />
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

/** The members, each with what is known of them, and (to a writer) a button to change them. */
function MembersTable({
  family,
  canWrite,
  editing,
  onEdit,
}: {
  family: FamilyMemberView[];
  canWrite: boolean;
  editing: string | null;
  onEdit(memberId: string): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const cols = ['relationship', 'name', 'birthDate', 'alive', 'whereabouts', 'parentalRights'];
  return (
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
              <Table.Td>{m.person.birthDate ? format.date(m.person.birthDate) : label('x', null)}</Table.Td>
              <Table.Td>{label('alive', m.alive)}</Table.Td>
              <Table.Td>{m.whereabouts ?? label('x', null)}</Table.Td>
              <Table.Td>{label('parentalRights', m.parentalRights)}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    aria-expanded={editing === m.id}
                    onClick={() => onEdit(m.id)}
                  >
                    {intl.formatMessage({ id: 'cases.family.changeOf' }, { name: personName(m.person) })}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
