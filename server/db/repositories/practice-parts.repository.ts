import type { AdoptionView, AttachmentView, TranslationView } from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import { cleanFileName } from '../../../common/text/file-name';
import type { Queryable } from '../client';

/** A practice's translations, files and adoptions (the good-practice library, decision 0045). */

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

export async function translationsOf(q: Queryable, practiceId: string): Promise<TranslationView[]> {
  return q.query<TranslationView>(
    `select id, language, title, summary, full_text as "fullText", translator_name as "translatorName",
            ${iso('translated_at')} as "translatedAt", version
       from practice_translations where practice_id = $1 order by language`,
    [practiceId],
  );
}

export interface TranslationFields {
  title: string;
  summary: string;
  fullText: string;
  searchKeys: string;
  translatedBy: string | null;
  translatorName: string;
}

/** A new translation; null when the practice has one in that language already. */
export async function insertTranslation(
  q: Queryable,
  practiceId: string,
  language: Locale,
  t: TranslationFields,
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `insert into practice_translations
       (practice_id, language, title, summary, full_text, search_keys, translated_by, translator_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (practice_id, language) do nothing returning id`,
    [practiceId, language, t.title, t.summary, t.fullText, t.searchKeys, t.translatedBy, t.translatorName],
  );
  return rows[0]?.id ?? null;
}

/** Optimistic update of a translation; who changed it last becomes its translator. */
export async function updateTranslation(
  q: Queryable,
  id: string,
  version: number,
  t: TranslationFields,
): Promise<boolean> {
  const rows = await q.query(
    `update practice_translations set title = $3, summary = $4, full_text = $5, search_keys = $6,
       translated_by = $7, translator_name = $8, translated_at = now(), version = version + 1
     where id = $1 and version = $2 returning id`,
    [id, version, t.title, t.summary, t.fullText, t.searchKeys, t.translatedBy, t.translatorName],
  );
  return rows.length > 0;
}

export async function attachmentsOf(q: Queryable, practiceId: string): Promise<AttachmentView[]> {
  return q.query<AttachmentView>(
    `select id, filename, media_type as "mediaType", bytes, ${iso('uploaded_at')} as "uploadedAt"
       from practice_attachments where practice_id = $1 order by uploaded_at, id`,
    [practiceId],
  );
}

export async function insertAttachment(
  q: Queryable,
  a: { practiceId: string; filename: string; mediaType: string; content: Buffer; uploadedBy: string },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into practice_attachments (practice_id, filename, media_type, content, bytes, uploaded_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [a.practiceId, cleanFileName(a.filename), a.mediaType, a.content, a.content.length, a.uploadedBy],
  );
  return rows[0]!.id;
}

export async function attachmentContent(
  q: Queryable,
  id: string,
): Promise<{ practiceId: string; filename: string; mediaType: string; content: Buffer } | undefined> {
  const rows = await q.query<{
    practiceId: string;
    filename: string;
    mediaType: string;
    content: Uint8Array;
  }>(
    `select practice_id as "practiceId", filename, media_type as "mediaType", content
       from practice_attachments where id = $1`,
    [id],
  );
  const row = rows[0];
  return row && { ...row, content: Buffer.from(row.content) };
}

export async function deleteAttachment(q: Queryable, id: string): Promise<void> {
  await q.query('delete from practice_attachments where id = $1', [id]);
}

export async function adoptionsOf(q: Queryable, practiceId: string): Promise<AdoptionView[]> {
  return q.query<AdoptionView>(
    `select id, country, kind, adopted_on::text as "adoptedOn", notes, outcome, outcome_on::text as "outcomeOn", version
       from practice_adoptions where practice_id = $1 order by adopted_on, country`,
    [practiceId],
  );
}

export async function findAdoption(
  q: Queryable,
  id: string,
): Promise<(AdoptionView & { practiceId: string }) | undefined> {
  const rows = await q.query<AdoptionView & { practiceId: string }>(
    `select id, practice_id as "practiceId", country, kind, adopted_on::text as "adoptedOn", notes, outcome,
            outcome_on::text as "outcomeOn", version
       from practice_adoptions where id = $1`,
    [id],
  );
  return rows[0];
}

/** A country's adoption of a practice; null when that country recorded one already. */
export async function insertAdoption(
  q: Queryable,
  a: {
    practiceId: string;
    country: string;
    kind: string;
    adoptedOn: string;
    notes: string;
    recordedBy: string;
  },
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `insert into practice_adoptions (practice_id, country, kind, adopted_on, notes, recorded_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (practice_id, country) do nothing returning id`,
    [a.practiceId, a.country, a.kind, a.adoptedOn, a.notes, a.recordedBy],
  );
  return rows[0]?.id ?? null;
}

export async function updateAdoptionOutcome(
  q: Queryable,
  id: string,
  version: number,
  a: { outcome: string; outcomeOn: string; notes: string },
): Promise<boolean> {
  const rows = await q.query(
    `update practice_adoptions set outcome = $3, outcome_on = $4, notes = $5, version = version + 1
      where id = $1 and version = $2 returning id`,
    [id, version, a.outcome, a.outcomeOn, a.notes],
  );
  return rows.length > 0;
}
