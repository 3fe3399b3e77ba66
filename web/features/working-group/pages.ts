/** The working group's pages, one chunk for the cooperation space (web/app/AppRoutes.tsx). */
export { ActionPage } from './ActionPage';
export { ActionsPage } from './ActionsPage';
export { CommitmentsPage } from './CommitmentsPage';
export { CooperationHomePage } from './CooperationHomePage';
export { MeetingPage } from './MeetingPage';
export { MeetingsPage } from './MeetingsPage';
export { WorkingGroupPage } from './WorkingGroupPage';
