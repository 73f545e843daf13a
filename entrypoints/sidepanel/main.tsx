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
// The first view's code is loaded before the first render, so that render never waits on it. It is
// asked for in a task of its own (a timer, not utils/yield-to-page.ts: that module lives in the
// views' shared chunk, and importing it here split the page's chunk, 4 KB more at open): each file
// asked for holds the page 5-11 ms with the CPU slowed 4x, and Today's, asked for inside this
// module's evaluation, made that a task of 126 ms (traced 2026-12-05, 200,000 contacts).
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  setTimeout(() => void preloadRoute(window.location.hash).then(render, render), 0);
}
