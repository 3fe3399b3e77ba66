import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MEDIA_TYPES,
  DOCUMENT_TYPES,
} from '../../../common/contracts/leaving-care';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { type DocumentType, useDocuments, useUploadDocument } from './api';
import { EnumSelect, ErrorAlert, useEnumLabel } from './shared';

/** A file size in KB or MB, in the current language. */
export function useFileSize() {
  const intl = useIntl();
  const format = useFormat();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? intl.formatMessage(
          { id: 'cases.document.sizeMb' },
          { size: format.number(Math.round((bytes / 1024 / 1024) * 10) / 10) },
        )
      : intl.formatMessage(
          { id: 'cases.document.sizeKb' },
          { size: format.number(Math.max(1, Math.round(bytes / 1024))) },
        );
}

/** The case's documents (birth certificate, decisions, school and medical papers) and an upload. */
export function DocumentsTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const size = useFileSize();
  const canWrite = useCan('cases.write');
  const query = useDocuments(detail.id);
  const cols = ['docType', 'filename', 'size', 'uploadedBy', 'uploadedAt'];
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.documents" />
      </Title>
      <QueryState query={query}>
        {(docs) =>
          docs.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.document.none" />
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    {cols.map((c) => (
                      <Table.Th scope="col" key={c}>
                        {intl.formatMessage({ id: `cases.document.${c}` })}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {docs.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{label('docType', d.docType)}</Table.Td>
                      <Table.Td>
                        <Anchor
                          href={`/api/documents/${d.id}/content`}
                          download={d.filename}
                          aria-label={intl.formatMessage(
                            { id: 'cases.document.download' },
                            { name: d.filename },
                          )}
                        >
                          {d.filename}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{size(d.sizeBytes)}</Table.Td>
                      <Table.Td>{d.uploadedByName ?? label('x', null)}</Table.Td>
                      <Table.Td>{format.dateTime(d.uploadedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {canWrite && detail.status !== 'closed' && <UploadForm caseId={detail.id} />}
    </Stack>
  );
}

function UploadForm({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const upload = useUploadDocument(caseId);
  const [type, setType] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `cases.document.${id}` }, values);

  /** The browser's checks before sending: a type chosen, a PDF/JPEG/PNG file, at most 10 MB. */
  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!type) found.type = t('chooseType');
    if (!file) found.file = t('chooseFile');
    else if (file.size === 0) found.file = intl.formatMessage({ id: 'error.rule.document_empty' });
    else if (!(DOCUMENT_MEDIA_TYPES as readonly string[]).includes(file.type))
      found.file = intl.formatMessage({ id: 'error.rule.document_type' });
    else if (file.size > DOCUMENT_MAX_BYTES) found.file = t('tooLarge', { max: 10 });
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const found = check();
    setErrors(found);
    if (Object.keys(found).length || !file) return;
    try {
      const saved = await upload.mutateAsync({ type: type as DocumentType, file });
      setDone(t('uploaded', { name: saved.filename }));
      setFile(null);
      setType('');
    } catch {
      // The alert shows the server's message (wrong type by content, too large, ...).
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="upload-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="upload-title">
            <FormattedMessage id="cases.document.upload" />
          </Title>
          <ErrorAlert error={upload.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <EnumSelect
              label={t('docType')}
              required
              group="docType"
              values={DOCUMENT_TYPES}
              empty="choose"
              value={type}
              error={errors.type}
              onChange={setType}
            />
            <FileInput
              label={t('file')}
              description={t('fileHint')}
              required
              clearable
              accept={DOCUMENT_MEDIA_TYPES.join(',')}
              placeholder={t('chooseFile')}
              value={file}
              error={errors.file}
              onChange={(f) => {
                setFile(f);
                setErrors({ ...errors, file: '' });
              }}
            />
          </SimpleGrid>
          {upload.isPending && (
            <Progress
              value={100}
              striped
              animated
              aria-label={t('uploading')}
              role="progressbar"
              aria-valuetext={t('uploading')}
            />
          )}
          {done && (
            <Text c="teal" role="status">
              {done}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={upload.isPending}>
              <FormattedMessage id="cases.document.submit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
