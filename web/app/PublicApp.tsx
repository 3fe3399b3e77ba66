import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { PUBLIC } from '../i18n/catalogues';
import { I18nProvider } from '../i18n/I18nProvider';
import { PublicRoutes } from './PublicRoutes';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient();

/**
 * The public pages as an app of their own (web/apply.html): no session, none of the staff pages,
 * so a family on a phone downloads only the form (decision 0037).
 */
export function PublicApp() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider catalogues={PUBLIC}>
          <BrowserRouter>
            <PublicRoutes />
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
