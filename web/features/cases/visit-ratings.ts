import type { IntlShape } from 'react-intl';

const RATINGS = [4, 3, 2, 1] as const;

/** How the child is doing at a monitoring visit, 1–4 with its words, or not rated. */
export function ratingOptions(intl: IntlShape) {
  return [
    { value: '', label: intl.formatMessage({ id: 'cases.foster.notRated' }) },
    ...RATINGS.map((r) => ({
      value: String(r),
      label: `${r} — ${intl.formatMessage({ id: `cases.rating.${r}` })}`,
    })),
  ];
}
