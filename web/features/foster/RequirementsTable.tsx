import { Button, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { isoToday } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { type RequirementView, useChangeRequirement } from './api';
import { countsOf, RequirementBadge, useFosterLabel, useRequirementName } from './shared';

const STATUSES = ['complete', 'incomplete', 'waived'] as const;

/** What the family must provide or go through, each with a control to record how it stands. */
export function RequirementsTable({
  requirements,
  canManage,
}: {
  requirements: RequirementView[];
  canManage: boolean;
}) {
  const intl = useIntl();
  const count = countsOf(requirements);
  const name = useRequirementName();
  return (
    <Table.ScrollContainer minWidth={canManage ? 480 : 400}>
      <Table striped withTableBorder verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {[
              'foster.col.requirement',
              'foster.col.requirementStatus',
              ...(canManage ? ['foster.col.change'] : []),
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requirements.map((r) => (
            <RequirementRow key={r.id} requirement={r} name={name(r, count(r))} canManage={canManage} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RequirementRow({
  requirement: r,
  name,
  canManage,
}: {
  requirement: RequirementView;
  name: string;
  canManage: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const change = useChangeRequirement();
  const [status, setStatus] = useState<RequirementView['status']>(
    r.status === 'incomplete' ? 'complete' : r.status,
  );
  const [completedOn, setCompletedOn] = useState(r.completedOn ?? isoToday());
  const [reason, setReason] = useState(r.waivedReason ?? '');
  const expired = r.status === 'complete' && r.expiresOn !== null && r.expiresOn < isoToday();

  async function save(event: FormEvent) {
    event.preventDefault();
    await change
      .mutateAsync({
        id: r.id,
        body: {
          version: r.version,
          status,
          completedOn: status === 'complete' ? completedOn || null : null,
          hours: r.hours,
          waivedReason: status === 'waived' ? reason : null,
          note: r.note,
        },
      })
      .catch(() => {});
  }

  return (
    <Table.Tr data-testid="foster-requirement">
      <Table.Td>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {label('kind', r.kind)}
          {r.hours !== null && (
            <>
              {' · '}
              <FormattedMessage id="foster.requirements.hours" values={{ hours: format.number(r.hours) }} />
            </>
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <RequirementBadge status={r.status} />
        {expired && (
          <Text size="xs" c="red" mt={4}>
            <FormattedMessage id="foster.requirements.expired" />
          </Text>
        )}
        {r.completedOn && (
          <Text size="xs" mt={4}>
            {intl.formatMessage({ id: 'foster.col.completedOn' })}: {format.date(r.completedOn)}
          </Text>
        )}
        {r.expiresOn && (
          <Text size="xs" mt={2}>
            {intl.formatMessage({ id: 'foster.col.expiresOn' })}: {format.date(r.expiresOn)}
          </Text>
        )}
        {r.status === 'waived' && r.waivedReason && (
          <Text size="xs" mt={4}>
            {r.waivedReason}
          </Text>
        )}
      </Table.Td>
      {canManage && (
        <Table.Td>
          <form
            onSubmit={save}
            aria-label={intl.formatMessage({ id: 'foster.requirements.changeOf' }, { name })}
          >
            <Stack gap={6} maw={200}>
              <NativeSelect
                size="xs"
                aria-label={intl.formatMessage({ id: 'foster.requirements.newStatusOf' }, { name })}
                value={status}
                data={STATUSES.map((s) => ({ value: s, label: label('requirementAction', s) }))}
                onChange={(e) => setStatus(e.currentTarget.value as RequirementView['status'])}
              />
              {status === 'complete' && (
                <DateField
                  size="xs"
                  max={isoToday()}
                  aria-label={intl.formatMessage({ id: 'foster.requirements.completedOnOf' }, { name })}
                  value={completedOn}
                  onChange={setCompletedOn}
                />
              )}
              {status === 'waived' && (
                <TextInput
                  size="xs"
                  required
                  aria-label={intl.formatMessage({ id: 'foster.requirements.waiverReasonOf' }, { name })}
                  placeholder={intl.formatMessage({ id: 'foster.requirements.waiverReason' })}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
              )}
              <Button
                size="xs"
                w="fit-content"
                type="submit"
                loading={change.isPending}
                aria-label={intl.formatMessage({ id: 'foster.requirements.saveOf' }, { name })}
              >
                <FormattedMessage id="foster.save" />
              </Button>
              <ErrorAlert error={change.error} reloadKey={null} />
            </Stack>
          </form>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
