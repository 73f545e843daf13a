import { useState } from 'react';
import { saveSettings } from '../../storage/save-settings';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { FirstSteps } from '../FirstSteps';
import { navigate } from '../router';
import './WelcomeView.css';

/** What the panel opens on until the rep has read it once: what Tend reads, where it keeps it, where to start. */
export function WelcomeView() {
  const [error, setError] = useState<string | null>(null);
  const dismiss = async () => {
    try {
      await saveSettings({ welcomeDismissedAt: Date.now() });
      navigate({ name: 'today' }, { replace: true });
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <section aria-labelledby="welcome-heading" className="welcome">
      <h1 id="welcome-heading">Welcome to Tend</h1>
      <p>
        Tend keeps the people you nurture: every touch, their roles in the buyer's network, when each is due for the next one, and what to
        talk about.
      </p>
      <h2>What Tend reads</h2>
      <ul>
        <li>
          <strong>LinkedIn</strong> profiles and company pages you open: name, headline, title, company, location, experience.
        </li>
        <li>
          <strong>Gmail</strong> threads you open: the subject, who wrote to whom and when; never what the messages say.
        </li>
        <li>
          <strong>Articles</strong> you clip, only when you ask.
        </li>
      </ul>
      <p className="stays">
        Everything stays in this browser, in Tend's own database. Nothing leaves it unless you export a file or push to your CRM.
      </p>
      <FirstSteps />
      <ErrorLine message={error} />
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void dismiss()}>
          Got it
        </button>
      </div>
    </section>
  );
}
