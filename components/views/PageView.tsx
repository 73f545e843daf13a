import { CrmCompanyFacts } from '../crm/on-demand';
import { EmptyState } from '../EmptyState';
import { CompanyOnPage, ConversationOnPage, PersonOnPage, ThreadOnPage } from '../page/on-page';
import { hrefOf } from '../router';
import type { PageCapture } from '../usePageCapture';

const WAITING = {
  linkedin: 'Waiting for LinkedIn to show this page',
  gmail: 'Waiting for Gmail to show this thread',
  outlook: 'Waiting for Outlook to show this conversation',
} as const;

/** Who or what the page in the current tab is about. */
export function PageView({ page }: { page: PageCapture | undefined }) {
  if (page === undefined) return null;
  const { capture } = page;
  if (!capture) {
    return (
      <section aria-labelledby="page-heading">
        <h1 id="page-heading">On this page</h1>
        <EmptyState title="Nothing to capture on this page">
          <p>Open a LinkedIn profile, company page or conversation, or a Gmail or Outlook thread, and Tend shows who it is about here.</p>
          <div className="actions centered">
            <a className="button" href={hrefOf({ name: 'today' })}>
              Go to Today
            </a>
            <a className="button" href={hrefOf({ name: 'data' })}>
              Import your LinkedIn connections
            </a>
          </div>
        </EmptyState>
      </section>
    );
  }
  switch (capture.kind) {
    case 'waiting':
      return (
        <section aria-labelledby="page-heading">
          <h1 id="page-heading">On this page</h1>
          <EmptyState title={WAITING[capture.site]}>
            <p>
              The tab has moved on and still shows the page before. Tend reads the new one as soon as it is there; if this lasts, reload the
              page.
            </p>
          </EmptyState>
        </section>
      );
    case 'linkedin-person':
      return <PersonOnPage key={capture.profileUrl ?? capture.salesNavigatorUrl} capture={capture} />;
    case 'linkedin-company':
      return (
        <>
          <CompanyOnPage key={capture.companyUrl} capture={capture} />
          <CrmCompanyFacts company={{ name: capture.name, companyUrl: capture.companyUrl, domain: capture.domain }} />
        </>
      );
    case 'gmail-thread':
    case 'outlook-thread':
      return <ThreadOnPage key={capture.threadToken} capture={capture} />;
    case 'linkedin-conversation':
      return <ConversationOnPage key={capture.threadId ?? capture.latest.key} capture={capture} />;
  }
}
