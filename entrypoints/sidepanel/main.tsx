import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { preloadRoute } from '../../components/view-loaders';
import { openEarly } from '../../storage/db-status';
import '../../components/tokens.css';
import '../../components/App.css';

// Opened on the contact list, its first rows are being read already (entrypoints/sidepanel-early.ts).
openEarly();
const root = document.getElementById('root');
// The first view's code is loaded before the first render, so that render never waits on it.
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  void preloadRoute(window.location.hash).then(render, render);
}
