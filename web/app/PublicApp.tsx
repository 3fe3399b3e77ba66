import '@mantine/core/styles.css';
import './global.css';
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
 * The public pages but the form as an app of their own (web/apply.html): no session, none of the
 * staff pages (decision 0037). The form itself (/apply) is lighter still, without Mantine
 * (web/public-form, decision 0046-lean-public-form); this app is downloaded for the status page.
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
