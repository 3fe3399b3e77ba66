import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../common/i18n/date-input';
import { AuditWords } from '../../components/AuditWords';
import { DateField } from '../../components/fields/DateField';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useAuditWords } from '../../lib/audit-words';
import { usePageTitle } from '../../lib/page-title';
import { AuditEventsTable } from './AuditEventsTable';
import { type AuditFilter, useAuditActions, useAuditEvents } from './api';

/** The kinds of record people look for in the audit log (the filter's choices). */
const RECORD_KINDS = [
  'case',
  'person',
  'placement',
  'gatekeeping',
  'care_plan',
  'review',
  'document',
  'foster_family',
  'household',
  'enrolment',
  'programme',
  'programme_group',
  'user',
  'report',
  'export',
] as const;

export function AuditPage() {
  usePageTitle('audit.title');
  return (
    <AuditWords>
      <AuditLog />
    </AuditWords>
  );
}

/** The filters and one page of events, in words. */
function AuditLog() {
  const intl = useIntl();
  const [draft, setDraft] = useState<AuditFilter>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const actions = useAuditActions();
  const words = useAuditWords();
  const query = useAuditEvents(filter, page);
  const m = (id: string) => intl.formatMessage({ id });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
    setPage(1);
  }

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>
          <FormattedMessage id="audit.title" />
        </Title>
        <ExportMenu url="/api/exports/audit-events" params={{ ...filter }} />
      </Group>
      <form onSubmit={apply}>
        <Group align="end" wrap="wrap">
          <TextInput
            label={m('audit.filterActor')}
            value={draft.actor ?? ''}
            onChange={(e) => setDraft({ ...draft, actor: e.currentTarget.value })}
          />
          <NativeSelect
            label={m('audit.action')}
            value={draft.action ?? ''}
            onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value })}
            data={[
              { value: '', label: m('programmes.any') },
              ...(actions.data ?? [])
                .map((code) => ({ value: code, label: words.action(code) }))
                .sort((a, b) => a.label.localeCompare(b.label, intl.locale)),
            ]}
          />
          <NativeSelect
            label={m('audit.filterEntityType')}
            value={draft.entityType ?? ''}
            onChange={(e) => setDraft({ ...draft, entityType: e.currentTarget.value })}
            data={[
              { value: '', label: m('programmes.any') },
              ...RECORD_KINDS.map((code) => ({ value: code, label: words.entity(code) })).sort((a, b) =>
                a.label.localeCompare(b.label, intl.locale),
              ),
            ]}
          />
          <TextInput
            label={m('audit.filterEntityId')}
            value={draft.entityId ?? ''}
            onChange={(e) => setDraft({ ...draft, entityId: e.currentTarget.value })}
          />
          <DateField
            label={m('audit.from')}
            value={draft.from ?? ''}
            onChange={(from) => (from === '' || isIsoDate(from)) && setDraft({ ...draft, from })}
          />
          <DateField
            label={m('audit.to')}
            value={draft.to ?? ''}
            onChange={(to) => (to === '' || isIsoDate(to)) && setDraft({ ...draft, to })}
          />
          <Button type="submit">{m('audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft({});
              setFilter({});
              setPage(1);
            }}
          >
            {m('audit.reset')}
          </Button>
        </Group>
      </form>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{m('audit.empty')}</Text>
          ) : (
            <>
              <AuditEventsTable events={data.items} />
              <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
