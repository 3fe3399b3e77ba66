/** A person's full name as lists and headings show it: family name, given name, patronymic. */
export function personName(p: { familyName: string; givenName: string; patronymic?: string | null }) {
  return [p.familyName, p.givenName, p.patronymic].filter(Boolean).join(' ');
}
