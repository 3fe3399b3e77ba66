import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { DateField } from '../../components/fields/DateField';
import { QueryState } from '../../components/ui/QueryState';
import { type PushPage, useCampaigns, usePushAmbassadors, usePushFosterDay, usePushIndicators } from './api';
import { PushOutcome, pendingVia, SendButtons, SendSection, YearSelect } from './SendParts';

/**
 * The counted kinds: the year's indicators, the Foster Family Day results of the country's
 * campaigns, and the ambassadors' year — each built from aggregate counts on the server.
 */

type Link = PushPage['link'];

/** A section whose only choice is the year. */
function YearSection({ link, id, title, push }: { link: Link; id: string; title: string; push: YearPush }) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const send = push();
  return (
    <SendSection id={id} title={title}>
      <PushOutcome error={send.error} sent={send.isSuccess && send.variables?.via === 'network'} />
      <Group align="end" wrap="wrap">
        <YearSelect value={year} onChange={setYear} />
        <SendButtons
          link={link}
          pending={pendingVia(send)}
          onSend={(via) => send.mutate({ year: Number(year), via })}
        />
      </Group>
    </SendSection>
  );
}
type YearPush = typeof usePushIndicators;

export const IndicatorsSection = ({ link }: { link: Link }) => (
  <YearSection
    link={link}
    id="push-indicators"
    title="cooperation.push.indicatorsTitle"
    push={usePushIndicators}
  />
);

export const AmbassadorsSection = ({ link }: { link: Link }) => (
  <YearSection
    link={link}
    id="push-ambassadors"
    title="cooperation.push.ambassadorsTitle"
    push={usePushAmbassadors}
  />
);

/** The day (30 June or the country's own) and the campaigns of this country that year. */
export function FosterDaySection({ link }: { link: Link }) {
  const [day, setDay] = useState(`${new Date().getFullYear()}-06-30`);
  const [chosen, setChosen] = useState<string[]>([]);
  const campaigns = useCampaigns();
  const send = usePushFosterDay();
  // A whole date only: while it is being typed there is no year to choose campaigns of.
  const year = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Number(day.slice(0, 4)) : null;
  return (
    <SendSection id="push-foster-day" title="cooperation.push.fosterDayTitle">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="cooperation.push.fosterDayIntro" />
      </Text>
      <PushOutcome error={send.error} sent={send.isSuccess && send.variables?.via === 'network'} />
      <DateField
        label={<FormattedMessage id="cooperation.push.day" />}
        value={day}
        onChange={setDay}
        required
      />
      <QueryState query={campaigns}>
        {(data) => {
          const ours = data.campaigns.filter(
            (c) => c.country === link.country && year !== null && c.startsOn.startsWith(String(year)),
          );
          if (ours.length === 0)
            return (
              <Text size="sm">
                <FormattedMessage id="cooperation.push.noCampaigns" />
              </Text>
            );
          return (
            <Checkbox.Group
              label={<FormattedMessage id="cooperation.push.campaigns" />}
              value={chosen}
              onChange={setChosen}
            >
              <Stack gap={4} mt="xs">
                {ours.map((c) => (
                  <Checkbox key={c.id} value={c.id} label={`${c.name} (${c.startsOn})`} />
                ))}
              </Stack>
            </Checkbox.Group>
          );
        }}
      </QueryState>
      <SendButtons
        link={chosen.length > 0 && year !== null ? link : { ...link, network: false, file: false }}
        pending={pendingVia(send)}
        onSend={(via) => year !== null && send.mutate({ year, day, campaignIds: chosen, via })}
      />
    </SendSection>
  );
}
