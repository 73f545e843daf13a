import { format, timeAgo } from '../../utils/dates';
import type { CrmConnection, CrmLookup, CrmFacts as Facts } from '../../utils/model/crm';
import { CRM_LABELS, type MatchedBy } from '../../utils/model/crm-names';
import { plural } from '../../utils/plural';
import { ownerWords } from './owner-words';
import type { LookupState } from './useCrmLookup';
import './CrmFacts.css';

const MATCHED: Record<MatchedBy, string> = {
  email: 'matched by email',
  linkedin: 'matched by LinkedIn URL',
  'name-domain': 'matched by name and company domain: check it is them',
  domain: 'matched by domain',
  name: 'matched by name',
};

function FactsLine({ facts, me }: { facts: Facts; me: CrmConnection['me'] }) {
  const parts = [
    ownerWords(facts.owner, me),
    facts.status,
    facts.lastActivityAt === undefined ? 'no activity logged' : `last activity ${format(facts.lastActivityAt, 'd MMM yyyy')}`,
    facts.openDeals === undefined ? undefined : plural(facts.openDeals, 'open deal'),
  ].filter(Boolean);
  return (
    <>
      <span className="crm-facts-main">{parts.join(' · ')}</span>{' '}
      <a href={facts.url} target="_blank" rel="noreferrer noopener">
        Open in {CRM_LABELS[facts.crm]}
      </a>
    </>
  );
}

function Age({ lookup }: { lookup: CrmLookup }) {
  return <span className="muted"> · checked {timeAgo(lookup.checkedAt)}</span>;
}

/** What one CRM says about one person or company: found, not found, being checked, or why it could not be. */
export function CrmFactsLine({ connection, state, what }: { connection: CrmConnection; state: LookupState | undefined; what: string }) {
  const label = CRM_LABELS[connection.crm];
  const shown = state?.status === 'done' ? state.lookup : state?.cached;
  return (
    <li className="crm-facts">
      <strong>{label}:</strong>{' '}
      {shown?.facts ? (
        <>
          <FactsLine facts={shown.facts} me={connection.me} />
          <span className="muted"> · {MATCHED[shown.facts.matchedBy]}</span>
          <Age lookup={shown} />
        </>
      ) : shown ? (
        <>
          not in {label}
          <Age lookup={shown} />
        </>
      ) : null}
      {state === undefined || state.status === 'checking' ? (
        <span className="muted" role="status">
          {' '}
          {shown ? '· checking again…' : `checking ${what}…`}
        </span>
      ) : null}
      {state?.status === 'failed' ? (
        <span className="crm-error" role="alert">
          {' '}
          Could not check: {state.reason}
        </span>
      ) : null}
    </li>
  );
}
