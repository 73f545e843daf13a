import { hrefOf } from './router';

/** Where a rep gets LinkedIn's own export of their connections (Settings & Privacy → Data privacy). */
export const LINKEDIN_EXPORT_URL = 'https://www.linkedin.com/mypreferences/d/download-my-data';

/** The quickest ways to a useful panel: a profile, the rep's connections, their cadences. */
export function FirstSteps({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id="first-steps-heading">Three first steps</Heading>
      <ol className="first-steps" aria-labelledby="first-steps-heading">
        <li>
          <strong>Open a LinkedIn profile.</strong> Tend shows the person here, every field filled in, ready to keep.
        </li>
        <li>
          <strong>Import your LinkedIn connections.</strong> On LinkedIn, open{' '}
          <a href={LINKEDIN_EXPORT_URL} target="_blank" rel="noreferrer noopener">
            Settings &amp; Privacy → Data privacy → Get a copy of your data
          </a>
          , choose Connections and request the archive; LinkedIn e-mails a link to <code>Connections.csv</code> within minutes.{' '}
          <a href={hrefOf({ name: 'data' })}>Import Connections.csv</a>
        </li>
        <li>
          <strong>Set your cadences:</strong> how often each nurture stage wants a touch.{' '}
          <a href={hrefOf({ name: 'settings' })}>Set your cadences</a>
        </li>
      </ol>
    </>
  );
}

/** What an empty Today or contact list offers: all the rep's connections at once, or one person by hand. */
export function FirstContactActions() {
  return (
    <div className="actions centered">
      <a className="button primary" href={hrefOf({ name: 'data' })}>
        Import your LinkedIn connections
      </a>
      <a className="button" href={hrefOf({ name: 'new-contact' })}>
        Add a contact
      </a>
    </div>
  );
}
