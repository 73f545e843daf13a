import { fieldsGoneMissing, layoutOf } from '../../utils/capture-health';
import type { Capture } from '../../utils/model/capture';
import { FIELD_NAMES, listOf } from '../labels';
import { useCaptureHealth } from '../useCaptureHealth';

const SITES = {
  'linkedin-person': 'LinkedIn',
  'linkedin-company': 'LinkedIn',
  'linkedin-conversation': 'LinkedIn',
  'gmail-thread': 'Gmail',
  'outlook-thread': 'Outlook',
} as const;

/**
 * What the rep should know about how the page was read: a field that Tend used to find on this
 * kind of page and did not find on the last few (the site may have changed), and a section the
 * page has not loaded yet.
 */
export function CaptureNotes({
  capture,
  fillIn = 'below',
}: {
  capture: Exclude<Capture, { kind: 'waiting' }>;
  /** Where the rep can fill in what is missing: the form below, or the contact's card. */
  fillIn?: 'below' | 'card';
}) {
  const records = useCaptureHealth();
  const layout = layoutOf(capture);
  const refused = new Set((capture.dropped ?? []).map((path) => path.split('.')[0]));
  const gone = (records ? fieldsGoneMissing(records, { kind: capture.kind, layout }) : []).filter(
    (field) => !(field in capture.anchors) || refused.has(field),
  );
  const site = SITES[capture.kind];
  const pending = capture.kind === 'linkedin-person' && capture.pending?.includes('experience');
  return (
    <>
      {gone.length > 0 ? (
        <p className="warning" role="alert">
          {site} may have changed this page: {listOf(gone.map((field) => FIELD_NAMES[field] ?? field))} {gone.length === 1 ? 'was' : 'were'}{' '}
          not found.
          {capture.kind === 'linkedin-person'
            ? fillIn === 'below'
              ? ' Fill them in below, or select them on the page and right-click “Use as…”.'
              : ' Select them on the page and right-click “Use as…”, or edit their card.'
            : ''}
        </p>
      ) : null}
      {pending ? (
        <p className="hint">
          LinkedIn has not loaded this profile’s Experience yet: title and company come from the top of the profile. Scrolling down on the
          page loads it, and the fields follow.
        </p>
      ) : null}
    </>
  );
}
