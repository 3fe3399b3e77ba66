import { Alert, Button, CloseButton, Group, Loader, Menu, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ErrorResponse } from '../../../common/contracts/common';
import { EXPORT_HEADERS } from '../../../common/contracts/exports';
import { formatNumber } from '../../../common/i18n/format';
import { useLocale } from '../../i18n/I18nProvider';
import { queryString } from '../../lib/api';

type Params = Record<string, string | number | undefined | null>;
export type DownloadFormat = 'csv' | 'xlsx' | 'pdf';

/** One file a menu offers: a list export in a format, or a report. */
export interface DownloadChoice {
  /** Catalogue key of the item's label. */
  label: string;
  url: string;
  format: DownloadFormat;
}

interface DownloadState {
  phase: 'idle' | 'running' | 'done' | 'failed';
  received: number;
  estimated: number | null;
  totalRows: number | null;
  filename?: string;
  error?: string;
}

const IDLE: DownloadState = { phase: 'idle', received: 0, estimated: null, totalRows: null };

/** The file name the server gave (`filename*=UTF-8''…`), else the plain one. */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Bytes as kB or MB in the interface language. */
function size(locale: Parameters<typeof formatNumber>[0], bytes: number): string {
  if (bytes < 1_000_000) return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1000)))} kB`;
  return `${formatNumber(locale, Math.round(bytes / 100_000) / 10)} MB`;
}

/**
 * Downloads a file the server streams, reading it chunk by chunk to show how far it has come
 * (the server sends the row count and an estimated size first), then saves it under the name
 * the server gave. A failure shows the server's translated message.
 */
export function useDownload() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [state, setState] = useState<DownloadState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start(url: string, params: Params, format: DownloadFormat) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ ...IDLE, phase: 'running' });
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const query = queryString({
      ...params,
      format: format === 'pdf' ? undefined : format,
      lang: locale,
      timeZone,
    });
    let response: Response;
    try {
      response = await fetch(`${url}${query}`, { credentials: 'same-origin', signal: abort.signal });
    } catch {
      if (!abort.signal.aborted)
        setState({ ...IDLE, phase: 'failed', error: intl.formatMessage({ id: 'exports.offline' }) });
      return;
    }
    if (!response.ok || !response.body) {
      const data = (await response.json().catch(() => null)) as ErrorResponse | null;
      setState({
        ...IDLE,
        phase: 'failed',
        error: data?.error.message ?? response.statusText,
      });
      return;
    }
    const totalRows = Number(response.headers.get(EXPORT_HEADERS.totalRows));
    const estimated = Number(response.headers.get(EXPORT_HEADERS.estimatedBytes));
    const filename = filenameOf(response.headers.get('content-disposition'), `export.${format}`);
    const rowsExpected =
      Number.isFinite(totalRows) && response.headers.has(EXPORT_HEADERS.totalRows) ? totalRows : null;
    // The size is known before the first byte: the bar starts empty and only grows.
    setState({
      phase: 'running',
      received: 0,
      estimated: estimated > 0 ? estimated : null,
      totalRows: rowsExpected,
    });
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    let shown = 0;
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        // Repaint at most every 100 ms: a fast connection delivers thousands of chunks.
        const now = performance.now();
        if (now - shown > 100) {
          shown = now;
          setState({
            phase: 'running',
            received,
            estimated: estimated > 0 ? estimated : null,
            totalRows: rowsExpected,
          });
        }
      }
    } catch {
      if (!abort.signal.aborted)
        setState({ ...IDLE, phase: 'failed', error: intl.formatMessage({ id: 'exports.interrupted' }) });
      return;
    }
    const blob = new Blob(chunks, {
      type: response.headers.get('content-type') ?? 'application/octet-stream',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    setState({ phase: 'done', received, estimated: received, totalRows: null, filename });
  }

  function cancel() {
    controller.current?.abort();
    setState(IDLE);
  }

  return { state, start, cancel, dismiss: () => setState(IDLE) };
}

/**
 * The share of a download received, from 0 up to 0.99 (the last step is saving the file), or
 * null while the server has not said how large the file will be.
 */
export function downloadFraction(state: Pick<DownloadState, 'received' | 'estimated'>): number | null {
  if (!state.estimated) return null;
  return Math.min(0.99, state.received / state.estimated);
}

/**
 * How far a download has come: a bar, the rows (estimated from the bytes) and the bytes received.
 * Before the size is known there is no bar — a spinner — so the bar never starts full and shrinks.
 */
export function DownloadProgress({
  state,
  onCancel,
  onDismiss,
}: {
  state: DownloadState;
  onCancel(): void;
  onDismiss(): void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed')
    return (
      <Alert color="red" role="alert" withCloseButton onClose={onDismiss} maw={520} py="xs">
        {intl.formatMessage({ id: 'exports.failed' }, { message: state.error ?? '' })}
      </Alert>
    );
  if (state.phase === 'done')
    return (
      <Group gap="xs" role="status">
        <Text size="sm" c="teal">
          {intl.formatMessage({ id: 'exports.done' }, { filename: state.filename ?? '' })}
        </Text>
        <CloseButton size="sm" onClick={onDismiss} aria-label={intl.formatMessage({ id: 'common.close' })} />
      </Group>
    );
  const fraction = downloadFraction(state);
  const parts: string[] = [];
  if (fraction !== null && state.totalRows !== null)
    parts.push(
      intl.formatMessage(
        { id: 'exports.progressRows' },
        {
          rows: formatNumber(locale, Math.round(fraction * state.totalRows)),
          total: formatNumber(locale, state.totalRows),
        },
      ),
    );
  parts.push(intl.formatMessage({ id: 'exports.progressBytes' }, { received: size(locale, state.received) }));
  const label = state.received === 0 ? intl.formatMessage({ id: 'exports.preparing' }) : parts.join(' · ');
  return (
    <Stack gap={4} miw={260} maw={420} role="status" aria-live="polite">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={onCancel}>
          {intl.formatMessage({ id: 'exports.cancel' })}
        </Button>
      </Group>
      {fraction === null ? (
        <Loader size="xs" type="dots" aria-hidden />
      ) : (
        <Progress value={Math.max(2, fraction * 100)} aria-label={label} />
      )}
    </Stack>
  );
}

/**
 * The "Export" menu of a list: CSV and XLSX of what the list shows (its filters go with the
 * request), plus any further choices (a pseudonymised file, a report), with a progress bar.
 */
export function ExportMenu({
  url,
  params = {},
  extra = [],
  formats = ['csv', 'xlsx'],
}: {
  /** The list's export: `/api/exports/<name>`. */
  url: string;
  /** The list's filters as they are now. */
  params?: Params;
  extra?: DownloadChoice[];
  formats?: ('csv' | 'xlsx')[];
}) {
  const intl = useIntl();
  const download = useDownload();
  const choices: DownloadChoice[] = [
    ...formats.map((format) => ({ label: `exports.format.${format}`, url, format })),
    ...extra,
  ];
  const running = download.state.phase === 'running';
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <DownloadProgress state={download.state} onCancel={download.cancel} onDismiss={download.dismiss} />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            disabled={running}
            title={intl.formatMessage({ id: 'exports.menuLabel' })}
          >
            {intl.formatMessage({ id: 'exports.menu' })} ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {choices.map((choice) => (
            <Menu.Item
              key={`${choice.url}:${choice.format}`}
              onClick={() => void download.start(choice.url, params, choice.format)}
            >
              {intl.formatMessage({ id: choice.label })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** One button for one file (a PDF report), with the same progress and error display. */
export function DownloadButton({
  url,
  params = {},
  format,
  label,
}: {
  url: string;
  params?: Params;
  format: DownloadFormat;
  label: string;
}) {
  const intl = useIntl();
  const download = useDownload();
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <DownloadProgress state={download.state} onCancel={download.cancel} onDismiss={download.dismiss} />
      <Button
        variant="default"
        disabled={download.state.phase === 'running'}
        onClick={() => void download.start(url, params, format)}
      >
        {intl.formatMessage({ id: label })}
      </Button>
    </Group>
  );
}
