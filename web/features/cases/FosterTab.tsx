import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail, PlacementView } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { AllowanceLedger } from './AllowanceLedger';
import { usePlacements } from './api';
import { Facts } from './Facts';
import { FosterMatches } from './FosterMatches';
import { FosterVisits } from './FosterVisits';
import { isoToday, useEnumLabel } from './shared';

/**
 * Foster care of one child: while the child has no foster family, the approved families ranked
 * for them (and, for the officer, placing the child with one); then the foster placement with
 * its adjustment period, the monitoring visits and the allowance ledger.
 */
export function FosterTab({ detail }: { detail: CaseDetail }) {
  const query = usePlacements(detail.id);
  const [justPlaced, setJustPlaced] = useState(false);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.foster" />
      </Title>
      <QueryState query={query}>
        {(list) => {
          const foster = list
            .filter((p) => p.settingType === 'foster' && p.fosterFamilyId && !p.superseded)
            .sort((a, b) => b.startDate.localeCompare(a.startDate));
          const current = foster.find((p) => !p.endDate);
          const shown = current ?? foster[0];
          return (
            <>
              {!current && (
                <FosterMatches
                  detail={detail}
                  otherPlacement={detail.currentPlacement}
                  onPlaced={() => setJustPlaced(true)}
                />
              )}
              {shown && <FosterPlacementCard placement={shown} focus={justPlaced && shown === current} />}
              {shown?.fosterFamilyId && (
                <FosterVisits caseId={detail.id} placement={shown} familyId={shown.fosterFamilyId} />
              )}
              {shown && <AllowanceLedger caseId={detail.id} placement={shown} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** The foster placement (current, or the last one), with the end of its adjustment period. */
function FosterPlacementCard({ placement, focus }: { placement: PlacementView; focus: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const canManage = useCan('foster.manage');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const adjusting =
    !placement.endDate && placement.adjustmentUntil !== null && isoToday() <= placement.adjustmentUntil;
  return (
    <Card withBorder component="section" aria-labelledby="foster-placement-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id="foster-placement-title" ref={heading} tabIndex={-1}>
            <FormattedMessage
              id={placement.endDate ? 'cases.foster.lastPlacement' : 'cases.foster.current'}
            />
          </Title>
          {adjusting && (
            <Badge color="yellow.9" variant="light" tt="none">
              <FormattedMessage id="cases.foster.adjusting" />
            </Badge>
          )}
        </Group>
        {focus && canManage && (
          <Alert color="teal" role="status">
            <FormattedMessage id="cases.foster.placed" />
          </Alert>
        )}
        <Facts
          items={[
            ['cases.foster.family', placement.placeDescription],
            ['cases.placement.startDate', format.date(placement.startDate)],
            [
              'cases.foster.adjustmentUntil',
              placement.adjustmentUntil ? format.date(placement.adjustmentUntil) : null,
            ],
            [
              'cases.placement.orderedBy',
              placement.orderedBy ? label('orderedBy', placement.orderedBy) : null,
            ],
            ['cases.placement.orderReference', placement.orderReference],
            ...(placement.endDate
              ? ([
                  ['cases.placement.endDate', format.date(placement.endDate)],
                  ['cases.placement.endReason', label('endReason', placement.endReason)],
                ] as [string, string][])
              : []),
          ]}
        />
        {placement.adjustmentUntil && !placement.endDate && (
          <Text size="sm" c="dimmed">
            {intl.formatMessage(
              { id: 'cases.foster.adjustmentHint' },
              { date: format.date(placement.adjustmentUntil) },
            )}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
