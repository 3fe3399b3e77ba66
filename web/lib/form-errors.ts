/** Kept while the forms move to `useSchemaForm` (lib/form.ts): the same messages, one implementation. */
export { schemaFieldErrors as clientFieldErrors, serverFieldErrors } from './form';
