import type { ReactNode } from 'react';
import { AUDIT } from '../i18n/catalogues';
import { AreaWords } from './AreaWords';

/**
 * Adds the audit log's words (actions, kinds of record, field names: some 270 messages a language)
 * to the page's catalogue for the pages that show them — the audit log and a case's timeline —
 * so that every other page, the start page first, does not download them.
 */
export function AuditWords({ children }: { children: ReactNode }) {
  return <AreaWords catalogues={AUDIT}>{children}</AreaWords>;
}
