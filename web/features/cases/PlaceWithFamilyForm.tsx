import { Button, Card, Checkbox, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ORDERED_BY } from '../../../common/cases';
import type { CaseDetail, PlacementView } from '../../../common/contracts/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { ApiError } from '../../lib/api';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { orNull } from './form-bindings';
import { type FosterMatch, usePlaceWithFamily } from './foster-api';

/**
 * The officer records the match: start date, who ordered it and the order's number. A child
 * placed elsewhere now (short-term care, say) moves: that placement ends on the start date.
 */
export function PlaceWithFamilyForm({
  caseId,
  family,
  current,
  siblingsWaiting,
  siblings,
  onCancel,
  onPlaced,
}: {
  caseId: string;
  family: FosterMatch;
  current: PlacementView | null;
  siblingsWaiting: number;
  /** Brothers and sisters with an open case and no placement, who can be placed with the child. */
  siblings: CaseDetail['siblings'];
  onCancel(): void;
  onPlaced(): void;
}) {
  const intl = useIntl();
  const place = usePlaceWithFamily(caseId);
  const [startDate, setStartDate] = useState(isoToday());
  const [orderedBy, setOrderedBy] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const [endCurrent, setEndCurrent] = useState(true);
  const [siblingsApartReason, setSiblingsApartReason] = useState('');
  const [together, setTogether] = useState<string[]>([]);
  // Why siblings are apart is asked only when one is really left out, not when all come along.
  const leftOut = siblingsWaiting > together.length;
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
        siblingsApartReason: leftOut ? orNull(siblingsApartReason) : null,
        siblingCaseIds: together,
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
              onChange={setStartDate}
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
            <EndCurrentCheckbox
              current={current}
              checked={endCurrent}
              onChange={setEndCurrent}
              error={
                tried && !endCurrent ? intl.formatMessage({ id: 'cases.foster.endCurrentNeeded' }) : undefined
              }
            />
          )}
          <SiblingsAlong siblings={siblings} value={together} onChange={setTogether} />
          {(leftOut || askedForSiblings) && (
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

/** The brothers and sisters who can come along to the same family, one placement each. */
function SiblingsAlong({
  siblings,
  value,
  onChange,
}: {
  siblings: CaseDetail['siblings'];
  value: string[];
  onChange(value: string[]): void;
}) {
  const intl = useIntl();
  if (!siblings.length) return null;
  return (
    <Checkbox.Group
      label={intl.formatMessage({ id: 'cases.placement.siblingsTogether' })}
      description={intl.formatMessage({ id: 'cases.placement.siblingsTogetherHint' })}
      value={value}
      onChange={onChange}
    >
      <Stack gap={6} mt="xs">
        {siblings.map((s) => (
          <Checkbox
            key={s.personId}
            value={s.caseId!}
            label={intl.formatMessage(
              { id: 'cases.siblingCase' },
              { name: s.name, caseNumber: s.caseNumber },
            )}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** The child's current placement ends the day the foster placement starts: the officer says so. */
function EndCurrentCheckbox({
  current,
  checked,
  onChange,
  error,
}: {
  current: PlacementView;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  return (
    <Checkbox
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      error={error}
      label={intl.formatMessage(
        { id: 'cases.foster.endCurrent' },
        { setting: label('setting', current.settingType), since: format.date(current.startDate) },
      )}
    />
  );
}
