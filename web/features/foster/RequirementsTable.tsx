import { Checkbox, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isOpenRequirement } from '../../../common/foster';
import { isoToday } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import type { RequirementView } from './api';
import { RequirementsBatchForm } from './RequirementsBatchForm';
import { countsOf, RequirementBadge, useFosterLabel, useRequirementName } from './shared';

/**
 * What the family must provide or go through. The officer ticks the requirements done (all the
 * open ones at once if need be) and records their state in one save, not one save each.
 */
export function RequirementsTable({
  familyId,
  requirements,
  canManage,
}: {
  familyId: string;
  requirements: RequirementView[];
  canManage: boolean;
}) {
  const intl = useIntl();
  const count = countsOf(requirements);
  const name = useRequirementName();
  const today = isoToday();
  const [chosen, setChosen] = useState<string[]>([]);
  const open = requirements.filter((r) => isOpenRequirement(r, today)).map((r) => r.id);
  const allOpen = open.length > 0 && open.every((id) => chosen.includes(id));
  const toggle = (id: string) =>
    setChosen((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  return (
    <>
      <Table.ScrollContainer minWidth={400}>
        <Table striped withTableBorder verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {canManage && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={intl.formatMessage({ id: 'foster.requirements.chooseOpen' })}
                    checked={allOpen}
                    indeterminate={!allOpen && chosen.length > 0}
                    disabled={open.length === 0}
                    onChange={() => setChosen(allOpen ? [] : open)}
                  />
                </Table.Th>
              )}
              {['foster.col.requirement', 'foster.col.requirementStatus'].map((id) => (
                <Table.Th scope="col" key={id}>
                  {intl.formatMessage({ id })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requirements.map((r) => (
              <RequirementRow
                key={r.id}
                requirement={r}
                name={name(r, count(r))}
                chosen={canManage ? chosen.includes(r.id) : null}
                onToggle={() => toggle(r.id)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canManage && (
        <RequirementsBatchForm
          familyId={familyId}
          requirements={requirements}
          chosen={chosen}
          onSaved={() => setChosen([])}
        />
      )}
    </>
  );
}

function RequirementRow({
  requirement: r,
  name,
  chosen,
  onToggle,
}: {
  requirement: RequirementView;
  name: string;
  /** Ticked for the next save; null when the reader may not change requirements. */
  chosen: boolean | null;
  onToggle(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useFosterLabel();
  const expired = r.status === 'complete' && r.expiresOn !== null && r.expiresOn < isoToday();
  return (
    <Table.Tr data-testid="foster-requirement">
      {chosen !== null && (
        <Table.Td>
          <Checkbox
            aria-label={intl.formatMessage({ id: 'foster.requirements.choose' }, { name })}
            checked={chosen}
            onChange={onToggle}
          />
        </Table.Td>
      )}
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
    </Table.Tr>
  );
}
