import {
  Anchor,
  Button,
  FileInput,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FOSTER_DOCUMENT_MAX_BYTES } from '../../../common/contracts/foster';
import { DOCUMENT_MEDIA_TYPES } from '../../../common/contracts/leaving-care';
import { ErrorAlert } from '../../components/ErrorAlert';
import { localDay } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import type { DocumentUpload, FosterDocument, PublicDocument } from './api';
import { countsOf, useRequirementName } from './shared';

/** What the file picker offers (the server checks the content again). */
const ACCEPT = '.pdf,.jpg,.jpeg,.png';
const MAX_MB = FOSTER_DOCUMENT_MAX_BYTES / 1024 / 1024;
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The type to send a file as: the browser's, or the one its name implies when the browser names
 * none (some phone file pickers); null for a type that is not taken.
 */
function mediaTypeOf(file: File): string | null {
  if ((DOCUMENT_MEDIA_TYPES as readonly string[]).includes(file.type)) return file.type;
  if (file.type) return null;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** A file name the server takes: at most 200 characters, keeping the extension. */
function shortName(name: string): string {
  if (name.length <= 200) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, 200 - ext.length) + ext;
}

type Requirement = { id: string; code: string; sequence: number; memberName: string | null };

/** The requirements' names as the requirements table shows them, by id. */
function useRequirementNames(requirements: Requirement[]) {
  const name = useRequirementName();
  const count = countsOf(requirements);
  return new Map(requirements.map((r) => [r.id, name(r, count(r))]));
}

/**
 * A file size in KB or MB, in the current language; `down` rounds down (for what is left, so
 * that "60 MB" is never shown when a little less remains).
 */
export function useFileSize() {
  const intl = useIntl();
  const format = useFormat();
  return (bytes: number, down = false) => {
    const round = down ? Math.floor : Math.round;
    return bytes >= 1024 * 1024
      ? intl.formatMessage(
          { id: 'foster.documents.sizeMb' },
          { size: format.number(round((bytes / 1024 / 1024) * 10) / 10) },
        )
      : intl.formatMessage(
          { id: 'foster.documents.sizeKb' },
          { size: format.number(Math.max(1, round(bytes / 1024))) },
        );
  };
}

/**
 * Choose a file (PDF, JPEG or PNG, at most 5 MB) and, if it answers one, the requirement; checked
 * in the browser before it is sent, the server's refusal shown in its words.
 */
export function DocumentUploadForm({
  requirements,
  upload,
  bytesLeft,
  title,
  submitId = 'foster.documents.submit',
}: {
  requirements: Requirement[];
  upload: UseMutationResult<{ filename: string }, Error, DocumentUpload>;
  /** What may still be sent in all (through the family's link), checked before sending. */
  bytesLeft?: number;
  /** A heading for the form, when the section around it has none of its own. */
  title?: string;
  /** The button's message id (the family "sends", an officer "adds"). */
  submitId?: string;
}) {
  const intl = useIntl();
  const size = useFileSize();
  const names = useRequirementNames(requirements);
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [requirementId, setRequirementId] = useState('');
  const [fileError, setFileError] = useState('');
  const [done, setDone] = useState('');
  const t = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `foster.documents.${id}` }, values);

  /** The browser's checks: a file chosen, not empty, PDF/JPEG/PNG, small enough. */
  function check(chosen: File | null): string {
    if (!chosen) return t('chooseFileFirst');
    if (chosen.size === 0) return intl.formatMessage({ id: 'error.rule.document_empty' });
    if (!mediaTypeOf(chosen)) return intl.formatMessage({ id: 'error.rule.document_type' });
    if (chosen.size > FOSTER_DOCUMENT_MAX_BYTES) return t('tooLarge', { max: MAX_MB });
    if (bytesLeft !== undefined && chosen.size > bytesLeft)
      return t('overQuota', { size: size(bytesLeft, true) });
    return '';
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    upload.reset();
    const problem = check(file);
    setFileError(problem);
    if (problem || !file) return;
    try {
      const saved = await upload.mutateAsync({
        file,
        type: mediaTypeOf(file)!,
        filename: shortName(file.name),
        requirementId: requirementId || null,
      });
      setDone(t('uploaded', { name: saved.filename }));
      setFile(null);
      setRequirementId('');
    } catch {
      // The alert shows the server's message (not really a PDF, over the quota, decided, ...).
    }
  }

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component={title ? 'section' : 'div'}
      aria-labelledby={title ? titleId : undefined}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {title && (
            <Title order={3} size="h4" id={titleId}>
              {title}
            </Title>
          )}
          <FileInput
            label={t('file')}
            description={t('fileHint', { max: MAX_MB })}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('clearFile') }}
            accept={ACCEPT}
            placeholder={t('chooseFile')}
            value={file}
            error={fileError || undefined}
            onChange={(chosen) => {
              setFile(chosen);
              setDone('');
              // Say at once when the file cannot be sent, rather than after pressing the button.
              setFileError(chosen ? check(chosen) : '');
            }}
          />
          {requirements.length > 0 && (
            <NativeSelect
              label={t('requirement')}
              description={t('requirementHint')}
              value={requirementId}
              data={[
                { value: '', label: t('requirementNone') },
                ...requirements.map((r) => ({ value: r.id, label: names.get(r.id) ?? r.code })),
              ]}
              onChange={(e) => setRequirementId(e.currentTarget.value)}
            />
          )}
          {upload.isPending && (
            <Progress
              value={100}
              striped
              animated
              size="lg"
              aria-label={t('uploading')}
              aria-valuetext={t('uploading')}
            />
          )}
          <ErrorAlert error={upload.error} reloadKey={null} />
          {done && (
            <Text c="teal" role="status">
              {done}
            </Text>
          )}
          <Button type="submit" loading={upload.isPending} w={{ base: '100%', xs: 'fit-content' }}>
            {intl.formatMessage({ id: submitId })}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** What the family has sent through its link, for the family (no download: the link is not a sign-in). */
export function SentDocuments({
  documents,
  requirements,
}: {
  documents: PublicDocument[];
  requirements: Requirement[];
}) {
  const format = useFormat();
  const size = useFileSize();
  const names = useRequirementNames(requirements);
  if (documents.length === 0)
    return (
      <Text c="dimmed" size="sm">
        <FormattedMessage id="foster.documents.noneSent" />
      </Text>
    );
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="foster-documents">
      {documents.map((d) => (
        <Paper component="li" key={d.id} withBorder p="sm" radius="md">
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            {d.filename}
          </Text>
          <Text size="sm" c="dimmed">
            {size(d.sizeBytes)} · {format.date(localDay(d.uploadedAt))}
          </Text>
          {d.requirementId && names.has(d.requirementId) && (
            <Text size="sm">
              <FormattedMessage
                id="foster.documents.forRequirement"
                values={{ name: names.get(d.requirementId) }}
              />
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** The family's documents for the officer: each a download, who sent it, when, for which requirement. */
export function FamilyDocumentsTable({
  documents,
  requirements,
}: {
  documents: FosterDocument[];
  requirements: Requirement[];
}) {
  const intl = useIntl();
  const format = useFormat();
  const size = useFileSize();
  const names = useRequirementNames(requirements);
  const none = intl.formatMessage({ id: 'common.none' });
  if (documents.length === 0)
    return (
      <Text c="dimmed">
        <FormattedMessage id="foster.documents.none" />
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="foster-documents">
        <Table.Thead>
          <Table.Tr>
            {[
              'foster.documents.col.file',
              'foster.col.requirement',
              'foster.documents.col.sentBy',
              'foster.documents.col.sentAt',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ overflowWrap: 'break-word' }}>
                <Anchor
                  href={`/api/foster/documents/${d.id}/content`}
                  download={d.filename}
                  aria-label={intl.formatMessage({ id: 'foster.documents.download' }, { name: d.filename })}
                >
                  {d.filename}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {size(d.sizeBytes)}
                </Text>
              </Table.Td>
              <Table.Td>{d.requirementId ? (names.get(d.requirementId) ?? none) : none}</Table.Td>
              <Table.Td>
                {d.uploadedByName ?? intl.formatMessage({ id: 'foster.documents.byFamily' })}
              </Table.Td>
              <Table.Td>{format.dateTime(d.uploadedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
