import { DOCUMENT_MAX_BYTES } from '../../../common/contracts/leaving-care';
import type { AdoptionBody, AdoptionUpdate, TranslationBody } from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import {
  adoptionsOf,
  attachmentContent,
  attachmentsOf,
  deleteAttachment,
  findAdoption,
  insertAdoption,
  insertAttachment,
  insertTranslation,
  translationsOf,
  updateAdoptionOutcome,
  updateTranslation,
} from '../../db/repositories/practice-parts.repository';
import { findPractice, isMemberCountry } from '../../db/repositories/practices.repository';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { sniffMediaType } from '../media-type';
import { requireCooperation, requireCountryEditor } from './membership';
import { searchKeysOf } from './practice-search';
import { practiceView } from './practices.service';

/**
 * What others add to a practice: translations (help, not ownership — any delegate), files (its
 * own country), and adoptions (the adopting country, never the one it came from).
 */

async function practiceOrNotFound(deps: Deps, id: string) {
  const p = await findPractice(deps.db, id);
  if (!p) throw notFound();
  return p;
}

/** Adds a translation, or edits the one in that language when the translator sends its version. */
export async function saveTranslation(
  deps: Deps,
  ctx: RequestContext,
  practiceId: string,
  language: Locale,
  body: TranslationBody,
) {
  const caller = await requireCooperation(deps, ctx, 'cooperation.write');
  if (caller.actor.role !== 'admin' && !caller.delegate) throw new AppError('forbidden');
  const practice = await practiceOrNotFound(deps, practiceId);
  if (practice.language === language) throw ruleViolation('practice_translation_original', { language });
  const fields = {
    title: body.title,
    summary: body.summary,
    fullText: body.fullText,
    searchKeys: searchKeysOf(body.title, body.summary),
    translatedBy: caller.actor.userId,
    translatorName: caller.delegate?.fullName ?? caller.actor.displayName,
  };
  return deps.db.transaction(async (tx) => {
    const existing = (await translationsOf(tx, practiceId)).find((t) => t.language === language);
    let id: string | null;
    if (body.version === undefined) {
      id = await insertTranslation(tx, practiceId, language, fields);
      // Someone translated it meanwhile: theirs stays until this translator has read it.
      if (!id)
        throw await versionConflict(
          tx,
          'practice_translation',
          existing?.id ?? practiceId,
          existing?.version,
        );
    } else {
      if (!existing) throw notFound();
      id = existing.id;
      if (!(await updateTranslation(tx, id, body.version, fields)))
        throw await versionConflict(tx, 'practice_translation', id, existing.version);
    }
    await audit(tx, ctx, {
      action: body.version === undefined ? 'practice.translated' : 'practice.translation_updated',
      entityType: 'practice_translation',
      entityId: id,
      changes: { practiceId, language, title: body.title },
    });
    return practiceView(tx, practiceId);
  });
}

/** A PDF or image for a practice, checked by its first bytes as case documents are. */
export async function uploadAttachment(
  deps: Deps,
  ctx: RequestContext,
  practiceId: string,
  input: { filename: string; declaredType: string; content: Buffer },
) {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const practice = await practiceOrNotFound(deps, practiceId);
  const caller = await requireCountryEditor(deps, ctx, practice.country);
  if (input.content.length === 0) throw ruleViolation('document_empty');
  if (input.content.length > DOCUMENT_MAX_BYTES) throw new AppError('payload_too_large');
  const mediaType = sniffMediaType(input.content);
  if (!mediaType || mediaType !== input.declaredType) throw ruleViolation('document_type');
  return deps.db.transaction(async (tx) => {
    const id = await insertAttachment(tx, {
      practiceId,
      ...input,
      mediaType,
      uploadedBy: caller.actor.userId,
    });
    await audit(tx, ctx, {
      action: 'practice.attachment_added',
      entityType: 'practice_attachment',
      entityId: id,
      changes: { practiceId, filename: input.filename, bytes: input.content.length },
    });
    return (await attachmentsOf(tx, practiceId)).find((a) => a.id === id)!;
  });
}

export async function readAttachment(deps: Deps, ctx: RequestContext, id: string) {
  await requireCooperation(deps, ctx);
  const file = await attachmentContent(deps.db, id);
  if (!file) throw notFound();
  return file;
}

export async function removeAttachment(deps: Deps, ctx: RequestContext, id: string) {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const file = await attachmentContent(deps.db, id);
  if (!file) throw notFound();
  const practice = await practiceOrNotFound(deps, file.practiceId);
  await requireCountryEditor(deps, ctx, practice.country);
  await deps.db.transaction(async (tx) => {
    await deleteAttachment(tx, id);
    await audit(tx, ctx, {
      action: 'practice.attachment_removed',
      entityType: 'practice_attachment',
      entityId: id,
      changes: { practiceId: practice.id, filename: file.filename },
    });
  });
}

/** Another country took the practice over as it is, or adapted it: recorded by that country. */
export async function recordAdoption(
  deps: Deps,
  ctx: RequestContext,
  practiceId: string,
  body: AdoptionBody,
) {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const practice = await practiceOrNotFound(deps, practiceId);
  const caller = await requireCountryEditor(deps, ctx, body.country);
  if (body.country === practice.country) throw ruleViolation('practice_adoption_own_country');
  return deps.db.transaction(async (tx) => {
    if (!(await isMemberCountry(tx, body.country)))
      throw ruleViolation('practice_unknown_country', { country: body.country });
    const id = await insertAdoption(tx, { practiceId, ...body, recordedBy: caller.actor.userId });
    if (!id) throw ruleViolation('practice_adoption_recorded', { country: body.country });
    await audit(tx, ctx, {
      action: 'practice.adopted',
      entityType: 'practice_adoption',
      entityId: id,
      changes: { practiceId, country: body.country, kind: body.kind, adoptedOn: body.adoptedOn },
    });
    return (await adoptionsOf(tx, practiceId)).find((a) => a.id === id)!;
  });
}

/** What came of an adoption, later: written by the same country. */
export async function recordAdoptionOutcome(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: AdoptionUpdate,
) {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const adoption = await findAdoption(deps.db, id);
  if (!adoption) throw notFound();
  await requireCountryEditor(deps, ctx, adoption.country);
  return deps.db.transaction(async (tx) => {
    const notes = body.notes ?? adoption.notes;
    if (
      !(await updateAdoptionOutcome(tx, id, body.version, {
        outcome: body.outcome,
        outcomeOn: body.outcomeOn,
        notes,
      }))
    )
      throw await versionConflict(tx, 'practice_adoption', id, (await findAdoption(tx, id))?.version);
    await audit(tx, ctx, {
      action: 'practice.adoption_outcome',
      entityType: 'practice_adoption',
      entityId: id,
      changes: { outcome: body.outcome, outcomeOn: body.outcomeOn },
    });
    const { practiceId, ...view } = (await findAdoption(tx, id))!;
    return view;
  });
}
