import { Badge, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail, PlacementView } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useNames } from '../../lib/format';
import { useCan } from '../../lib/session';
import { Facts } from './Facts';
import { type FosterMatch, useFosterMatches } from './foster-api';
import { PlaceWithFamilyForm } from './PlaceWithFamilyForm';

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
  const names = useNames();
  const canManage = useCan('foster.manage') && detail.status !== 'closed';
  const canPlace = canManage;
  const query = useFosterMatches(detail.id, true);
  const [chosen, setChosen] = useState<string | null>(null);
  const yes = (b: boolean) => intl.formatMessage({ id: b ? 'cases.yes' : 'cases.no' });
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
                  ['cases.person.languages', names.languages(child.languages)],
                ]}
              />
              {fitting.length > 0 && (
                <Text size="sm" c="dimmed" id="foster-ranked-note">
                  <FormattedMessage id="cases.foster.rankedCaption" />
                  {child.siblings > 0 && (
                    <>
                      {' '}
                      <FormattedMessage id="cases.foster.siblingsFirstCaption" />
                    </>
                  )}
                </Text>
              )}
              <FittingFamilies
                fitting={fitting}
                canPlace={canPlace}
                chosen={chosen}
                onChoose={(id) => setChosen(chosen === id ? null : id)}
              />
              {canPlace && family && (
                <PlaceWithFamilyForm
                  key={family.familyId}
                  caseId={detail.id}
                  family={family}
                  current={otherPlacement}
                  siblingsWaiting={child.siblings}
                  siblings={detail.siblings.filter((s) => s.visible && s.caseId && !s.settingType)}
                  onCancel={() => setChosen(null)}
                  onPlaced={onPlaced}
                />
              )}
              <ExcludedFamilies excluded={excluded} />
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

/** The families that may take the child, best score first, each with why it scored so. */
function FittingFamilies({
  fitting,
  canPlace,
  chosen,
  onChoose,
}: {
  fitting: FosterMatch[];
  canPlace: boolean;
  chosen: string | null;
  onChoose(familyId: string): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const col = (c: string) => intl.formatMessage({ id: `cases.foster.match.${c}` });
  if (fitting.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="cases.foster.noMatches" />
      </Text>
    );
  }
  return (
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
                    onClick={() => onChoose(m.familyId)}
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
  );
}

/** The families that may not take the child, with the reasons why (nothing to do there). */
function ExcludedFamilies({ excluded }: { excluded: FosterMatch[] }) {
  const intl = useIntl();
  const format = useFormat();
  const col = (c: string) => intl.formatMessage({ id: `cases.foster.match.${c}` });
  if (excluded.length === 0) return null;
  return (
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
  );
}
