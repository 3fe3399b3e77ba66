import { Badge, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail, PlacementView } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat, useLocalized } from '../../lib/format';
import { useProgrammes } from '../../lib/organisation';
import { useCan } from '../../lib/session';
import { useGatekeeping, usePlacements } from './api';
import { EndPlacementForm } from './EndPlacementForm';
import { PlaceChildForm } from './PlaceChildForm';
import { defaultSetting } from './placement-form';

/** The placement history (never rewritten: corrections are new entries), and the next step. */
export function PlacementsTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const query = usePlacements(detail.id);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const cols = ['settingType', 'place', 'startDate', 'endDate', 'endReason', 'status', 'notes'];
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.placements" />
      </Title>
      <QueryState query={query}>
        {(list) => {
          const active = list.find((p) => !p.superseded && !p.endDate);
          const corrected = list.find((p) => p.id === correcting && !p.superseded);
          return (
            <>
              {list.length === 0 ? (
                <Text c="dimmed">
                  <FormattedMessage id="cases.placement.none" />
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={canWrite ? 920 : 800}>
                  <Table withTableBorder striped>
                    <Table.Thead>
                      <Table.Tr>
                        {cols.map((c) => (
                          <Table.Th scope="col" key={c}>
                            {intl.formatMessage({ id: `cases.placement.${c}` })}
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
                      {list.map((p) => (
                        <PlacementRow
                          key={p.id}
                          placement={p}
                          canWrite={canWrite}
                          correcting={correcting === p.id}
                          onCorrect={() => setCorrecting(correcting === p.id ? null : p.id)}
                        />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {canWrite && corrected && (
                <PlaceChildForm
                  key={`${corrected.id}-${corrected.version}`}
                  detail={detail}
                  correcting={corrected}
                  onDone={() => setCorrecting(null)}
                />
              )}
              {canWrite && !corrected && active && <EndPlacementForm placement={active} />}
              {canWrite && !corrected && !active && <NewPlacement detail={detail} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/**
 * The form for the next placement, once the decision it starts from is known: the setting of the
 * approved gatekeeping decision, else the one of the case's programme.
 */
function NewPlacement({ detail }: { detail: CaseDetail }) {
  const gatekeeping = useGatekeeping(detail.id);
  const programmes = useProgrammes({ locationId: detail.locationId });
  if (gatekeeping.isPending || programmes.isPending) return null;
  const type = programmes.data?.find((p) => p.id === detail.programmeId)?.type ?? null;
  return <PlaceChildForm detail={detail} settingType={defaultSetting(gatekeeping.data ?? [], type)} />;
}

/** One entry of the history; a corrected (superseded) entry is struck through. */
function PlacementRow({
  placement: p,
  canWrite,
  correcting,
  onCorrect,
}: {
  placement: PlacementView;
  canWrite: boolean;
  correcting: boolean;
  onCorrect(): void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useEnumLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Table.Tr style={p.superseded ? { opacity: 0.7 } : undefined}>
      <Table.Td td={p.superseded ? 'line-through' : undefined}>{label('setting', p.settingType)}</Table.Td>
      <Table.Td>
        {p.programmeName ? localized(p.programmeName) : (p.placeDescription ?? none)}
        {p.programmeName && p.placeDescription && <Text size="xs">{p.placeDescription}</Text>}
        {p.houseNumber !== null && (
          <Text size="xs">{intl.formatMessage({ id: 'village.house' }, { number: p.houseNumber })}</Text>
        )}
      </Table.Td>
      <Table.Td>{format.date(p.startDate)}</Table.Td>
      <Table.Td>{p.endDate ? format.date(p.endDate) : none}</Table.Td>
      <Table.Td>
        {p.endReason ? (
          <>
            {label('endReason', p.endReason)}
            {p.endReasonGroup && (
              <Text size="xs" c="dimmed">
                {intl.formatMessage({ id: `cases.endGroup.${p.endReasonGroup}` })}
              </Text>
            )}
          </>
        ) : (
          none
        )}
      </Table.Td>
      <Table.Td>
        <PlacementBadges placement={p} />
      </Table.Td>
      <Table.Td>
        {[
          ['correctionReason', p.correctionReason],
          ['capacityOverrideReason', p.capacityOverrideReason],
          ['siblingsApartReason', p.siblingsApartReason],
          ['underThreeReason', p.underThreeReason],
        ]
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <Text size="xs" key={k}>
              <strong>{intl.formatMessage({ id: `cases.placement.${k}` })}:</strong> {v}
            </Text>
          ))}
      </Table.Td>
      {canWrite && (
        <Table.Td>
          {!p.superseded && (
            <Button size="xs" variant="light" aria-expanded={correcting} onClick={onCorrect}>
              <FormattedMessage id="cases.placement.correct" />
              <VisuallyHidden>
                {`: ${label('setting', p.settingType)}, ${format.date(p.startDate)}`}
              </VisuallyHidden>
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** The entry's status, and whether it is a correction or was an emergency placement. */
function PlacementBadges({ placement: p }: { placement: PlacementView }) {
  const label = useEnumLabel();
  return (
    <Stack gap={4} align="flex-start">
      {p.superseded ? (
        <Badge color="gray.7" variant="outline" tt="none" miw="max-content">
          <FormattedMessage id="cases.placement.superseded" />
        </Badge>
      ) : (
        <Badge color={p.endDate ? 'gray.7' : 'teal.9'} variant="light" tt="none" miw="max-content">
          {label('placementStatus', p.status)}
        </Badge>
      )}
      {p.correctsId && (
        <Badge color="blue.8" variant="outline" tt="none" miw="max-content">
          <FormattedMessage id="cases.placement.correction" />
        </Badge>
      )}
      {p.emergency && (
        <Badge color="red.8" variant="light" tt="none" miw="max-content">
          <FormattedMessage id="cases.placement.emergency" />
        </Badge>
      )}
    </Stack>
  );
}
