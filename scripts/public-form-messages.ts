/**
 * Writes the public application form's own copy of its messages, one file per language
 * (web/public-form/messages/<language>.json), from the catalogue: run after changing a message the
 * form shows (`npx tsx scripts/public-form-messages.ts`); web/public-form/messages.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { LOCALES } from '../common/i18n/locales';
import { messages } from '../common/i18n/messages';
import { publicFormMessages } from '../web/public-form/message-keys';

for (const locale of LOCALES) {
  const path = `web/public-form/messages/${locale}.json`;
  writeFileSync(path, `${JSON.stringify(publicFormMessages(messages[locale]), null, 2)}\n`);
  console.log(path);
}
