import {
  Badge,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { type FollowUpView, WELLBEING_DIMENSIONS } from '../../../common/contracts/leaving-care';
import { OutcomeFields } from '../../components/fields/OutcomeFields';
import { RecordFormCard } from '../../components/RecordFormCard';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { useFollowUps, useRecordFollowUp } from './api';

type Dimension = (typeof WELLBEING_DIMENSIONS)[number];
const RATINGS = [4, 3, 2, 1] as const;
const STATUS_COLOR = { due: 'blue.8', held: 'teal.9', missed: 'orange.9' } as const;

/**
 * Follow-up visits of one kind (after leaving care, or after the child went home): the list,
 * the well-being ratings of the visits held as a compact table, and the form for a due visit.
 */
export function FollowUpsSection({
  caseId,
  kind,
  canWrite,
}: {
  caseId: string;
  kind: FollowUpView['kind'];
  canWrite: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const query = useFollowUps(caseId);
  const [recording, setRecording] = useState<string | null>(null);
  const cols = ['dueOn', 'status', 'heldOn', 'notes'];
  return (
    <Stack component="section" aria-labelledby={`follow-ups-${kind}`}>
      <Title order={3} size="h4" id={`follow-ups-${kind}`}>
        <FormattedMessage id={`cases.followUp.title.${kind}`} />
      </Title>
      <QueryState query={query}>
        {(all) => {
          const list = all.filter((f) => f.kind === kind);
          const held = list.filter((f) => f.status === 'held' && f.ratings);
          const current = list.find((f) => f.id === recording && f.status === 'due');
          if (list.length === 0)
            return (
              <Text c="dimmed">
                <FormattedMessage id="cases.followUp.none" />
              </Text>
            );
          return (
            <>
              <Table.ScrollContainer minWidth={640}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      {cols.map((c) => (
                        <Table.Th scope="col" key={c}>
                          {intl.formatMessage({ id: `cases.followUp.${c}` })}
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
                    {list.map((f) => (
                      <Table.Tr key={f.id}>
                        <Table.Td>{format.date(f.dueOn)}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLOR[f.status]} variant="light" tt="none" miw="max-content">
                            {label('followUpStatus', f.status)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{f.heldOn ? format.date(f.heldOn) : label('x', null)}</Table.Td>
                        <Table.Td>{f.notes || label('x', null)}</Table.Td>
                        {canWrite && (
                          <Table.Td>
                            {f.status === 'due' && (
                              <Button
                                size="xs"
                                variant="light"
                                aria-expanded={recording === f.id}
                                aria-controls={recording === f.id ? 'follow-up-form' : undefined}
                                onClick={() => setRecording(recording === f.id ? null : f.id)}
                              >
                                <FormattedMessage id="cases.followUp.record" />
                                <VisuallyHidden>{` (${format.date(f.dueOn)})`}</VisuallyHidden>
                              </Button>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {canWrite && current && (
                <FollowUpForm key={current.id} followUp={current} onDone={() => setRecording(null)} />
              )}
              {held.length > 0 && <RatingsTable held={held} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** Dimensions down, visits held across: how the young person is doing over time. */
function RatingsTable({ held }: { held: FollowUpView[] }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  return (
    <Table.ScrollContainer minWidth={Math.max(360, 220 + held.length * 110)}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" captionSide="top">
        <Table.Caption>
          <FormattedMessage id="cases.followUp.ratingsCaption" />
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="cases.followUp.dimension" />
            </Table.Th>
            {held.map((f) => (
              <Table.Th scope="col" key={f.id} ta="center">
                {format.date(f.heldOn ?? f.dueOn)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WELLBEING_DIMENSIONS.map((d) => (
            <Table.Tr key={d}>
              <Table.Th scope="row" fw={500}>
                {label('wellbeing', d)}
              </Table.Th>
              {held.map((f) => {
                const r = f.ratings?.[d];
                return (
                  <Table.Td
                    key={f.id}
                    ta="center"
                    bg={r ? `${RATING_COLOR[r]}.0` : undefined}
                    title={r ? intl.formatMessage({ id: `cases.rating.${r}` }) : undefined}
                  >
                    {r ?? label('x', null)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
const RATING_COLOR: Record<number, string> = { 1: 'red', 2: 'orange', 3: 'yellow', 4: 'teal' };

/** Held (date, how the child is doing, notes) or missed. */
function FollowUpForm({ followUp, onDone }: { followUp: FollowUpView; onDone(): void }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const record = useRecordFollowUp();
  const [status, setStatus] = useState<'held' | 'missed'>('held');
  const [heldOn, setHeldOn] = useState(isoToday());
  const [ratings, setRatings] = useState<Ratings>({});
  const [notes, setNotes] = useState('');
  const t = (id: string) => intl.formatMessage({ id: `cases.followUp.${id}` });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await record.mutateAsync({
        id: followUp.id,
        body: {
          version: followUp.version,
          status,
          heldOn: status === 'held' ? heldOn : null,
          ratings: status === 'held' ? ratings : {},
          notes,
        },
      });
      onDone();
    } catch {
      // shown by the alert
    }
  }

  return (
    <RecordFormCard
      id="follow-up-form"
      title={intl.formatMessage({ id: 'cases.followUp.recordOf' }, { date: format.date(followUp.dueOn) })}
      error={record.error}
      onReload={() => record.reset()}
      onSubmit={submit}
      onCancel={onDone}
      saving={record.isPending}
      saveLabel="cases.followUp.save"
    >
      <Group align="end" wrap="wrap">
        <OutcomeFields
          label={t('outcome')}
          outcomeLabel={(o) => label('followUpStatus', o)}
          heldOnLabel={t('heldOn')}
          status={status}
          onStatus={setStatus}
          heldOn={heldOn}
          onHeldOn={setHeldOn}
        />
      </Group>
      {status === 'held' && <RatingsFieldset ratings={ratings} onChange={setRatings} />}
      <Textarea
        label={t('notes')}
        autosize
        minRows={2}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
    </RecordFormCard>
  );
}

type Ratings = Partial<Record<Dimension, number>>;

/** How the child is doing in each dimension, 1–4 or not rated. */
function RatingsFieldset({ ratings, onChange }: { ratings: Ratings; onChange(ratings: Ratings): void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const t = (id: string) => intl.formatMessage({ id: `cases.followUp.${id}` });
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm" mb={4}>
        <FormattedMessage id="cases.followUp.ratings" />
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        <FormattedMessage id="cases.followUp.ratingsHint" />
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        {WELLBEING_DIMENSIONS.map((d) => (
          <NativeSelect
            key={d}
            label={label('wellbeing', d)}
            value={String(ratings[d] ?? '')}
            onChange={(e) => {
              const v = e.currentTarget.value;
              const next = { ...ratings };
              if (v) next[d] = Number(v);
              else delete next[d];
              onChange(next);
            }}
            data={[
              { value: '', label: t('notRated') },
              ...RATINGS.map((r) => ({
                value: String(r),
                label: `${r} — ${intl.formatMessage({ id: `cases.rating.${r}` })}`,
              })),
            ]}
          />
        ))}
      </SimpleGrid>
    </fieldset>
  );
}
