import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ORDERED_BY } from '../../../common/cases';
import type { CaseDetail, PlacementView } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { type FosterMatch, useFosterMatches, usePlaceWithFamily } from './api';
import { Facts } from './Facts';
import { DateField, EnumSelect, ErrorAlert, isoToday, orNull, useEnumLabel } from './shared';

/** A reason of a score as a readable label with its points: "siblings together +30". */
export function useReasonLabel() {
  const intl = useIntl();
  const format = useFormat();
  return (reason: { factor: string; points: number }) => {
    const id = `cases.foster.reason.${reason.factor}`;
    return intl.formatMessage(
      { id: 'cases.foster.reasonPoints' },
      {
        reason: intl.messages[id] ? intl.formatMessage({ id }) : reason.factor,
        points: format.number(reason.points),
      },
    );
  };
}

/**
 * Approved families ranked for the child, with the reasons for each score; families that may
 * not take the child come after, with the reasons why and nothing to do.
 */
export function FosterMatches({
  detail,
  otherPlacement,
  onPlaced,
}: {
  detail: CaseDetail;
  otherPlacement: PlacementView | null;
  onPlaced(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const canManage = useCan('foster.manage') && detail.status !== 'closed';
  const canPlace = canManage;
  const query = useFosterMatches(detail.id, true);
  const [chosen, setChosen] = useState<string | null>(null);
  const yes = (b: boolean) => intl.formatMessage({ id: b ? 'cases.yes' : 'cases.no' });
  const col = (c: string) => intl.formatMessage({ id: `cases.foster.match.${c}` });
  return (
    <Stack component="section" aria-labelledby="foster-matches-title">
      <Title order={3} size="h4" id="foster-matches-title">
        <FormattedMessage id="cases.foster.matchesTitle" />
      </Title>
      <QueryState query={query}>
        {({ child, matches }) => {
          const fitting = matches.filter((m) => m.exclusions.length === 0);
          const excluded = matches.filter((m) => m.exclusions.length > 0);
          const family = fitting.find((m) => m.familyId === chosen);
          return (
            <>
              <Facts
                items={[
                  ['cases.foster.childAge', intl.formatMessage({ id: 'cases.ageYears' }, { age: child.age })],
                  ['cases.foster.siblingsWaiting', format.number(child.siblings)],
                  ['cases.person.disability', yes(child.disability)],
                  ['cases.person.languages', child.languages.join(', ')],
                ]}
              />
              {fitting.length > 0 && (
                <Text size="sm" c="dimmed" id="foster-ranked-note">
                  <FormattedMessage id="cases.foster.rankedCaption" />
                </Text>
              )}
              {fitting.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="cases.foster.noMatches" />
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={canPlace ? 640 : 520}>
                  <Table withTableBorder striped verticalSpacing="sm" aria-describedby="foster-ranked-note">
                    <Table.Thead>
                      <Table.Tr>
                        {['family', 'placesLeft', 'score', 'reasons'].map((c) => (
                          <Table.Th scope="col" key={c}>
                            {col(c)}
                          </Table.Th>
                        ))}
                        {canPlace && (
                          <Table.Th scope="col">
                            <FormattedMessage id="cases.actions" />
                          </Table.Th>
                        )}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {fitting.map((m) => (
                        <Table.Tr key={m.familyId} data-testid="foster-match">
                          <Table.Th scope="row" fw="normal">
                            <FamilyCell match={m} />
                          </Table.Th>
                          <Table.Td>{format.number(m.placesLeft)}</Table.Td>
                          <Table.Td>
                            <Badge color="teal.9" variant="light" size="lg" tt="none">
                              {format.number(m.score)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
                              {m.reasons.map((r) => (
                                <List.Item key={r.factor}>{reasonLabel(r)}</List.Item>
                              ))}
                            </List>
                          </Table.Td>
                          {canPlace && (
                            <Table.Td>
                              <Button
                                size="xs"
                                variant={chosen === m.familyId ? 'filled' : 'light'}
                                aria-label={`${intl.formatMessage({ id: 'cases.foster.placeWith' })}: ${m.reference}`}
                                aria-expanded={chosen === m.familyId}
                                aria-controls={chosen === m.familyId ? 'foster-place-form' : undefined}
                                onClick={() => setChosen(chosen === m.familyId ? null : m.familyId)}
                              >
                                <FormattedMessage id="cases.foster.placeWith" />
                              </Button>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {canPlace && family && (
                <PlaceWithFamilyForm
                  key={family.familyId}
                  caseId={detail.id}
                  family={family}
                  current={otherPlacement}
                  siblingsWaiting={child.siblings}
                  onCancel={() => setChosen(null)}
                  onPlaced={onPlaced}
                />
              )}
              {excluded.length > 0 && (
                <Stack gap="xs" component="section" aria-labelledby="foster-excluded-title">
                  <Title order={4} size="h5" id="foster-excluded-title">
                    <FormattedMessage id="cases.foster.excludedTitle" values={{ count: excluded.length }} />
                  </Title>
                  <Table.ScrollContainer minWidth={480}>
                    <Table withTableBorder verticalSpacing="sm">
                      <Table.Thead>
                        <Table.Tr>
                          {['family', 'placesLeft', 'whyNot'].map((c) => (
                            <Table.Th scope="col" key={c}>
                              {col(c)}
                            </Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {excluded.map((m) => (
                          <Table.Tr key={m.familyId} data-testid="foster-excluded">
                            <Table.Th scope="row" fw="normal">
                              <FamilyCell match={m} />
                            </Table.Th>
                            <Table.Td>{format.number(m.placesLeft)}</Table.Td>
                            <Table.Td>
                              <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
                                {m.exclusions.map((e) => (
                                  <List.Item key={e.rule} c="red.9">
                                    {e.message}
                                  </List.Item>
                                ))}
                              </List>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Stack>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** The family's reference, its applicants and district, in one cell. */
function FamilyCell({ match }: { match: FosterMatch }) {
  return (
    <>
      <Text fw={700} size="sm">
        {match.reference}
      </Text>
      <Text size="sm">{match.applicants}</Text>
      {match.district && (
        <Text size="xs" c="dimmed">
          {match.district}
        </Text>
      )}
    </>
  );
}

/**
 * The officer records the match: start date, who ordered it and the order's number. A child
 * placed elsewhere now (short-term care, say) moves: that placement ends on the start date.
 */
function PlaceWithFamilyForm({
  caseId,
  family,
  current,
  siblingsWaiting,
  onCancel,
  onPlaced,
}: {
  caseId: string;
  family: FosterMatch;
  current: PlacementView | null;
  siblingsWaiting: number;
  onCancel(): void;
  onPlaced(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const place = usePlaceWithFamily(caseId);
  const [startDate, setStartDate] = useState(isoToday());
  const [orderedBy, setOrderedBy] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const [endCurrent, setEndCurrent] = useState(true);
  const [siblingsApartReason, setSiblingsApartReason] = useState('');
  const [tried, setTried] = useState(false);
  const askedForSiblings =
    place.error instanceof ApiError && (place.error.details as { rule?: string })?.rule === 'siblings_apart';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!orderedBy || !startDate || (current && !endCurrent)) return;
    try {
      await place.mutateAsync({
        fosterFamilyId: family.familyId,
        startDate,
        orderedBy: orderedBy as (typeof ORDERED_BY)[number],
        orderReference: orNull(orderReference),
        siblingsApartReason: orNull(siblingsApartReason),
        endCurrentPlacement: current ? { placementId: current.id, version: current.version } : null,
      });
      onPlaced();
    } catch {
      // shown by the alert
    }
  }

  return (
    <Card withBorder id="foster-place-form" component="section" aria-labelledby="foster-place-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5" id="foster-place-title">
            {intl.formatMessage(
              { id: 'cases.foster.placeTitle' },
              { family: `${family.reference} — ${family.applicants}` },
            )}
          </Title>
          <ErrorAlert error={place.error} onReload={() => place.reset()} />
          <Group align="start" wrap="wrap">
            <DateField
              label={intl.formatMessage({ id: 'cases.placement.startDate' })}
              required
              value={startDate}
              error={tried && !startDate ? intl.formatMessage({ id: 'cases.foster.required' }) : undefined}
              onChange={(e) => setStartDate(e.currentTarget.value)}
            />
            <EnumSelect
              label={intl.formatMessage({ id: 'cases.placement.orderedBy' })}
              required
              group="orderedBy"
              values={ORDERED_BY}
              empty="choose"
              value={orderedBy}
              error={tried && !orderedBy ? intl.formatMessage({ id: 'cases.foster.required' }) : undefined}
              onChange={setOrderedBy}
            />
            <TextInput
              label={intl.formatMessage({ id: 'cases.placement.orderReference' })}
              maxLength={100}
              value={orderReference}
              onChange={(e) => setOrderReference(e.currentTarget.value)}
            />
          </Group>
          {current && (
            <Checkbox
              checked={endCurrent}
              onChange={(e) => setEndCurrent(e.currentTarget.checked)}
              error={
                tried && !endCurrent ? intl.formatMessage({ id: 'cases.foster.endCurrentNeeded' }) : undefined
              }
              label={intl.formatMessage(
                { id: 'cases.foster.endCurrent' },
                {
                  setting: label('setting', current.settingType),
                  since: format.date(current.startDate),
                },
              )}
            />
          )}
          {(siblingsWaiting > 0 || askedForSiblings) && (
            <Textarea
              label={intl.formatMessage({ id: 'cases.placement.siblingsApartReason' })}
              description={intl.formatMessage({ id: 'cases.foster.siblingsApartHint' })}
              autosize
              minRows={2}
              maxLength={2000}
              required={askedForSiblings}
              value={siblingsApartReason}
              onChange={(e) => setSiblingsApartReason(e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="cases.cancel" />
            </Button>
            <Button type="submit" loading={place.isPending}>
              <FormattedMessage id="cases.foster.placeSubmit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
