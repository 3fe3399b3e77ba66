import './public-form/public-form.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicFormApp } from './public-form/PublicFormApp';

// A tab open across an update asks for chunks the new build no longer has: load the new build.
window.addEventListener('vite:preloadError', () => window.location.reload());

const root = createRoot(document.getElementById('root')!);

/**
 * /apply is the application form, light (decision 0046-lean-public-form); the other public pages
 * (a family's status page, a mistyped address) come with the Mantine app, downloaded only for them.
 */
if (/^\/apply\/?$/.test(window.location.pathname)) {
  root.render(
    <StrictMode>
      <PublicFormApp />
    </StrictMode>,
  );
} else {
  import('./app/PublicApp').then(({ PublicApp }) =>
    root.render(
      <StrictMode>
        <PublicApp />
      </StrictMode>,
    ),
  );
}
