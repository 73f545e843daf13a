import { EmptyState } from '../EmptyState';
import { CompanyOnPage } from '../page/CompanyOnPage';
import { PersonOnPage } from '../page/PersonOnPage';
import { ThreadOnPage } from '../page/ThreadOnPage';
import { hrefOf } from '../router';
import type { PageCapture } from '../usePageCapture';

/** Who or what the page in the current tab is about. */
export function PageView({ page }: { page: PageCapture | undefined }) {
  if (page === undefined) return null;
  const { capture } = page;
  if (!capture) {
    return (
      <section aria-labelledby="page-heading">
        <h1 id="page-heading">On this page</h1>
        <EmptyState title="Nothing to capture on this page">
          <p>Open a LinkedIn profile or company page, or a Gmail thread, and Tend shows who it is about here.</p>
          <a className="button" href={hrefOf({ name: 'today' })}>
            Go to Today
          </a>
        </EmptyState>
      </section>
    );
  }
  switch (capture.kind) {
    case 'linkedin-person':
      return <PersonOnPage key={capture.profileUrl ?? capture.salesNavigatorUrl} capture={capture} />;
    case 'linkedin-company':
      return <CompanyOnPage key={capture.companyUrl} capture={capture} />;
    case 'gmail-thread':
      return <ThreadOnPage key={capture.threadToken} capture={capture} />;
  }
}
