import { Button, Code, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../common/i18n/date-input';
import { DateField } from '../../components/fields/DateField';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { type AuditFilter, useAuditActions, useAuditEvents } from './api';

export function AuditPage() {
  usePageTitle('audit.title');
  const intl = useIntl();
  const [draft, setDraft] = useState<AuditFilter>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const actions = useAuditActions();
  const format = useFormat();
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
            data={[{ value: '', label: m('programmes.any') }, ...(actions.data ?? [])]}
          />
          <TextInput
            label={m('audit.filterEntityType')}
            value={draft.entityType ?? ''}
            onChange={(e) => setDraft({ ...draft, entityType: e.currentTarget.value })}
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
              <Table.ScrollContainer minWidth={900}>
                <Table striped withTableBorder verticalSpacing="xs" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{m('audit.at')}</Table.Th>
                      <Table.Th scope="col">{m('audit.actor')}</Table.Th>
                      <Table.Th scope="col">{m('audit.action')}</Table.Th>
                      <Table.Th scope="col">{m('audit.entity')}</Table.Th>
                      <Table.Th scope="col">{m('audit.changes')}</Table.Th>
                      <Table.Th scope="col">{m('audit.address')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                        <Table.Td>{e.actorUsername ?? m('audit.system')}</Table.Td>
                        <Table.Td>
                          <Code>{e.action}</Code>
                        </Table.Td>
                        <Table.Td>
                          {e.entityType}
                          {e.entityId && (
                            <Text size="xs" c="dimmed">
                              {e.entityId}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td maw={360} style={{ wordBreak: 'break-word' }}>
                          {e.changes ? (
                            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                              {JSON.stringify(e.changes)}
                            </Code>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        <Table.Td>
                          {e.ip}
                          <Text size="xs" c="dimmed" title={m('audit.requestId')}>
                            {e.requestId}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
