import { Route, Routes } from 'react-router';
import { ApplyPage } from '../features/foster/ApplyPage';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';

// The form is what most visitors come for, so it is in the first download; the status page is not.
const StatusPage = lazyPage(() => import('../features/foster/StatusPage'), 'StatusPage');

/** The public pages (a family applying to foster, then following its application): no sign-in. */
export function PublicRoutes() {
  return (
    <Routes>
      <Route path="apply" element={<PublicLayout />}>
        <Route index element={<ApplyPage />} />
        <Route path="status/:token" element={<StatusPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
