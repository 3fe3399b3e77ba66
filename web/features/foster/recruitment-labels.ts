import type { eventBodySchema } from '../../../common/contracts/recruitment';

type EventKind = (typeof eventBodySchema.shape.kind.options)[number];
/** The kinds of outreach event; a Foster Family Day and "other" share the campaigns' labels. */
export const EVENT_KINDS: Record<EventKind, string> = {
  awareness_meeting: 'recruitment.eventKind.awareness_meeting',
  foster_family_day: 'recruitment.kind.foster_family_day',
  info_session: 'recruitment.eventKind.info_session',
  other: 'recruitment.kind.other',
};
export const eventKinds = Object.keys(EVENT_KINDS) as EventKind[];
