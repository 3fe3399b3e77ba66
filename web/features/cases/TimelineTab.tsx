import { Stack, Text, Timeline, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { AuditWords } from '../../components/AuditWords';
import { QueryState } from '../../components/ui/QueryState';
import { useAuditWords } from '../../lib/audit-words';
import { useFormat } from '../../lib/format';
import { useTimeline } from './api';

/** Everything that happened in the case, newest first, in words. */
export function TimelineTab({ caseId }: { caseId: string }) {
  return (
    <AuditWords>
      <CaseTimeline caseId={caseId} />
    </AuditWords>
  );
}

function CaseTimeline({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const query = useTimeline(caseId);
  const { action } = useAuditWords();
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.timeline" />
      </Title>
      <QueryState query={query}>
        {(events) =>
          events.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.timeline.empty" />
            </Text>
          ) : (
            <Timeline
              bulletSize={14}
              lineWidth={2}
              component="ol"
              style={{ listStyle: 'none', paddingLeft: 0 }}
            >
              {events.map((e) => (
                <Timeline.Item key={e.id} component="li" title={action(e.action)}>
                  <Text size="sm" c="dimmed">
                    <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                    {' · '}
                    {e.actorName ?? intl.formatMessage({ id: 'audit.system' })}
                  </Text>
                  {comment(e.changes) && <Text size="sm">{comment(e.changes)}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          )
        }
      </QueryState>
    </Stack>
  );
}

function comment(changes: unknown): string | null {
  const c = (changes as { comment?: unknown; reason?: unknown } | null) ?? null;
  const text = c?.comment ?? c?.reason;
  return typeof text === 'string' && text.trim() ? text : null;
}
