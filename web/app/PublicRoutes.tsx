import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoading } from '../components/ui/PageLoading';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';

const StatusPage = lazyPage(() => import('../features/foster/StatusPage'), 'StatusPage');
// The form is a page of its own without Mantine (web/apply.tsx serves it at /apply in a build);
// this serves it in development and when a public page links back to it.
const ApplyForm = lazyPage(() => import('../public-form/PublicFormApp'), 'PublicFormApp');

/** The public pages (a family applying to foster, then following its application): no sign-in. */
export function PublicRoutes() {
  return (
    <Routes>
      <Route path="apply">
        <Route
          index
          element={
            <Suspense fallback={<PageLoading />}>
              <ApplyForm />
            </Suspense>
          }
        />
        <Route element={<PublicLayout />}>
          <Route path="status/:token" element={<StatusPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
