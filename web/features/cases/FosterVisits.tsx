import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PlacementView } from '../../../common/contracts/cases';
import { OutcomeFields } from '../../components/fields/OutcomeFields';
import { RecordFormCard } from '../../components/RecordFormCard';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { type FosterVisit, useFosterVisits, useRecordVisit } from './foster-api';
import { UnscheduledVisitForm } from './UnscheduledVisitForm';
import { ratingOptions } from './visit-ratings';

const STATUS_COLOR = { due: 'blue.8', held: 'teal.9', missed: 'orange.9', cancelled: 'gray.7' } as const;
/** Visits shown before "show all": those recorded, then the next few due. */
const UPCOMING = 4;

/** The monitoring visits of the child's foster placement, overdue ones marked, and recording one. */
export function FosterVisits({
  caseId,
  placement,
  familyId,
}: {
  caseId: string;
  placement: PlacementView;
  familyId: string;
}) {
  const intl = useIntl();
  const canManage = useCan('foster.manage');
  const query = useFosterVisits(caseId, familyId);
  const [recording, setRecording] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const [unscheduled, setUnscheduled] = useState(false);
  // A visit outside the schedule can be recorded while the child lives with the family.
  const canRecordUnscheduled = canManage && placement.endDate === null;
  return (
    <Stack component="section" aria-labelledby="foster-visits-title">
      <Title order={3} size="h4" id="foster-visits-title">
        <FormattedMessage id="cases.foster.visitsTitle" />
      </Title>
      <QueryState query={query}>
        {(everything) => {
          const list = everything
            .filter((v) => v.placementId === placement.id)
            .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
          if (list.length === 0)
            return (
              <Text c="dimmed">
                <FormattedMessage id="cases.foster.noVisits" />
              </Text>
            );
          const overdue = list.filter((v) => v.overdue).length;
          // Everything up to the next few due visits; the rest of the schedule on request.
          const firstDue = list.findIndex((v) => v.status === 'due' && !v.overdue);
          const cut = firstDue < 0 ? list.length : firstDue + UPCOMING;
          const shown = all ? list : list.slice(0, cut);
          const current = list.find((v) => v.id === recording && v.status === 'due');
          return (
            <>
              {overdue > 0 && (
                <Text c="red" fw={700}>
                  <FormattedMessage id="cases.foster.visitsOverdue" values={{ count: overdue }} />
                </Text>
              )}
              <Table.ScrollContainer minWidth={canManage ? 700 : 600}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      {['dueOn', 'status', 'heldOn', 'wellbeing', 'report'].map((c) => (
                        <Table.Th scope="col" key={c}>
                          {intl.formatMessage({ id: `cases.foster.visit.${c}` })}
                        </Table.Th>
                      ))}
                      {canManage && (
                        <Table.Th scope="col">
                          <FormattedMessage id="cases.actions" />
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((v) => (
                      <VisitRow
                        key={v.id}
                        visit={v}
                        canManage={canManage}
                        recording={recording === v.id}
                        onRecord={() => setRecording(recording === v.id ? null : v.id)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.length > shown.length && (
                <Group>
                  <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>
                    <FormattedMessage id="cases.foster.allVisits" values={{ count: list.length }} />
                  </Button>
                </Group>
              )}
              {canManage && current && (
                <VisitForm key={current.id} visit={current} onDone={() => setRecording(null)} />
              )}
              {canRecordUnscheduled && !unscheduled && (
                <Group>
                  <Button
                    variant="light"
                    size="sm"
                    aria-controls="foster-unscheduled-visit"
                    onClick={() => setUnscheduled(true)}
                  >
                    <FormattedMessage id="cases.foster.recordUnscheduled" />
                  </Button>
                </Group>
              )}
              {canRecordUnscheduled && unscheduled && (
                <UnscheduledVisitForm placement={placement} onDone={() => setUnscheduled(false)} />
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** One visit of the schedule: when due, its state, and what was found. */
function VisitRow({
  visit: v,
  canManage,
  recording,
  onRecord,
}: {
  visit: FosterVisit;
  canManage: boolean;
  recording: boolean;
  onRecord(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const none = label('x', null);
  return (
    <Table.Tr data-testid="foster-visit">
      <Table.Td>
        {v.unscheduled ? (
          <Badge color="violet.9" variant="light" tt="none" miw="max-content">
            <FormattedMessage id="cases.foster.visit.unscheduled" />
          </Badge>
        ) : (
          format.date(v.dueOn)
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Badge color={STATUS_COLOR[v.status]} variant="light" tt="none" miw="max-content">
            {label('foster.visitStatus', v.status)}
          </Badge>
          {v.overdue && (
            <Badge color="red.8" variant="filled" tt="none" miw="max-content">
              <FormattedMessage id="cases.due.overdue" />
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{v.heldOn ? format.date(v.heldOn) : none}</Table.Td>
      <Table.Td>
        {v.childWellbeing
          ? `${format.number(v.childWellbeing)} — ${intl.formatMessage({ id: `cases.rating.${v.childWellbeing}` })}`
          : none}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{v.report || none}</Table.Td>
      {canManage && (
        <Table.Td>
          {v.status === 'due' && (
            <Button
              size="xs"
              variant="light"
              aria-label={`${intl.formatMessage({ id: 'cases.foster.recordVisit' })}: ${format.date(v.dueOn)}`}
              aria-expanded={recording}
              aria-controls={recording ? 'foster-visit-form' : undefined}
              onClick={onRecord}
            >
              <FormattedMessage id="cases.foster.recordVisit" />
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Held (date, report, how the child is doing 1–4) or missed (with a note). */
function VisitForm({ visit, onDone }: { visit: FosterVisit; onDone(): void }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const record = useRecordVisit();
  const [status, setStatus] = useState<'held' | 'missed'>('held');
  const [heldOn, setHeldOn] = useState(isoToday());
  const [wellbeing, setWellbeing] = useState('');
  const [report, setReport] = useState('');
  const [tried, setTried] = useState(false);
  const t = (id: string) => intl.formatMessage({ id: `cases.foster.visit.${id}` });
  const required = intl.formatMessage({ id: 'cases.foster.required' });
  const held = status === 'held';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (held && (!heldOn || !report.trim())) return;
    try {
      await record.mutateAsync({
        id: visit.id,
        body: {
          version: visit.version,
          status,
          heldOn: held ? heldOn : null,
          report,
          childWellbeing: held && wellbeing ? Number(wellbeing) : null,
        },
      });
      onDone();
    } catch {
      // shown by the alert
    }
  }

  return (
    <RecordFormCard
      id="foster-visit-form"
      title={intl.formatMessage({ id: 'cases.foster.recordVisitOf' }, { date: format.date(visit.dueOn) })}
      error={record.error}
      onReload={() => record.reset()}
      onSubmit={submit}
      onCancel={onDone}
      saving={record.isPending}
      saveLabel="cases.foster.saveVisit"
    >
      <Group align="start" wrap="wrap">
        <OutcomeFields
          label={t('outcome')}
          outcomeLabel={(o) => label('foster.visitStatus', o)}
          heldOnLabel={t('heldOn')}
          status={status}
          onStatus={setStatus}
          heldOn={heldOn}
          onHeldOn={setHeldOn}
          max={isoToday()}
          heldOnError={tried && !heldOn ? required : undefined}
        />
        {held && (
          <NativeSelect
            label={t('wellbeing')}
            description={t('wellbeingHint')}
            value={wellbeing}
            onChange={(e) => setWellbeing(e.currentTarget.value)}
            data={ratingOptions(intl)}
          />
        )}
      </Group>
      <Textarea
        label={held ? t('report') : t('missedNote')}
        required={held}
        autosize
        minRows={3}
        maxLength={8000}
        value={report}
        error={tried && held && !report.trim() ? required : undefined}
        onChange={(e) => setReport(e.currentTarget.value)}
      />
    </RecordFormCard>
  );
}
