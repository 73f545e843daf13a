import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Contact, ContactInput } from '../utils/model/contact';
import { ORIGINS, type Origin, ROLES, type Role, SOURCES, type Source, STAGES, type Stage } from '../utils/model/vocabulary';
import { ChipGroup } from './ChipGroup';
import { ErrorLine } from './ErrorLine';
import { describeError } from './errors';
import { ORIGIN_LABELS, ROLE_LABELS, SOURCE_LABELS, STAGE_LABELS } from './labels';

export type ContactFormValues = ContactInput & { stageReason?: string };

interface Draft {
  fullName: string;
  firstName: string;
  lastName: string;
  headline: string;
  title: string;
  companyName: string;
  location: string;
  linkedinUrl: string;
  emails: string;
  phones: string;
  tags: string;
  roles: Role[];
  sources: Source[];
  stage: Stage;
  stageReason: string;
  origin: Origin;
  cadenceDays: string;
  notes: string;
}

function draftOf(contact: Partial<Contact> | undefined): Draft {
  return {
    fullName: contact?.fullName ?? '',
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    headline: contact?.headline ?? '',
    title: contact?.title ?? '',
    companyName: contact?.companyName ?? '',
    location: contact?.location ?? '',
    linkedinUrl: contact?.linkedinUrl ?? '',
    emails: (contact?.emails ?? []).join(', '),
    phones: (contact?.phones ?? []).join(', '),
    tags: (contact?.tags ?? []).join(', '),
    roles: contact?.roles ?? [],
    sources: contact?.sources ?? [],
    stage: contact?.stage ?? 'new',
    stageReason: '',
    origin: contact?.origin ?? 'sales',
    cadenceDays: contact?.cadenceDays?.toString() ?? '',
    notes: contact?.notes ?? '',
  };
}

const list = (value: string) =>
  value
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
const optional = (value: string) => value.trim() || undefined;

function valuesOf(draft: Draft): ContactFormValues {
  // The full name follows first + last when the rep left it empty.
  const fullName =
    draft.fullName.trim() ||
    [draft.firstName, draft.lastName]
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ');
  return {
    fullName,
    firstName: optional(draft.firstName),
    lastName: optional(draft.lastName),
    headline: optional(draft.headline),
    title: optional(draft.title),
    companyName: optional(draft.companyName),
    location: optional(draft.location),
    linkedinUrl: optional(draft.linkedinUrl),
    emails: list(draft.emails),
    phones: list(draft.phones),
    tags: [...new Set(list(draft.tags))],
    roles: draft.roles,
    sources: draft.sources,
    stage: draft.stage,
    stageReason: optional(draft.stageReason),
    origin: draft.origin,
    cadenceDays: draft.cadenceDays.trim() ? Number(draft.cadenceDays) : undefined,
    notes: optional(draft.notes),
  };
}

export function ContactForm({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial?: Partial<Contact>;
  submitLabel: string;
  onSave: (values: ContactFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(initial));
  // The page can fill in more while the form is open (LinkedIn loads the Experience card when it is
  // scrolled into view, the rep picks a value on the page): fields the rep has not touched follow.
  const initialKey = JSON.stringify(draftOf(initial));
  const lastInitial = useRef(initialKey);
  useEffect(() => {
    if (initialKey === lastInitial.current) return;
    const before = JSON.parse(lastInitial.current) as Draft;
    const next = JSON.parse(initialKey) as Draft;
    lastInitial.current = initialKey;
    setDraft((current) => {
      const merged = { ...current };
      for (const key of Object.keys(next) as (keyof Draft)[])
        if (JSON.stringify(current[key]) === JSON.stringify(before[key])) Object.assign(merged, { [key]: next[key] });
      return merged;
    });
  }, [initialKey]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const stageChanged = draft.stage !== (initial?.stage ?? 'new');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(valuesOf(draft));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setSaving(false);
    }
  };

  const field = (key: keyof Draft, label: string, props: { type?: string; placeholder?: string; autoFocus?: boolean } = {}) => (
    <label className="field" htmlFor={`${id}-${key}`}>
      <span>{label}</span>
      <input
        id={`${id}-${key}`}
        type={props.type ?? 'text'}
        placeholder={props.placeholder}
        // biome-ignore lint/a11y/noAutofocus: the form opens on purpose and the name is what is typed first.
        autoFocus={props.autoFocus}
        value={String(draft[key])}
        onChange={(event) => set(key, event.target.value as never)}
      />
    </label>
  );

  return (
    <form className="form" onSubmit={submit} aria-label={submitLabel}>
      <ErrorLine message={error} />
      {field('fullName', 'Full name', { autoFocus: !initial?.fullName, placeholder: 'e.g. Ana Castillo' })}
      <div className="pair">
        {field('firstName', 'First name')}
        {field('lastName', 'Last name')}
      </div>
      {field('headline', 'Headline')}
      <div className="pair">
        {field('title', 'Title')}
        {field('companyName', 'Company')}
      </div>
      {field('location', 'Location')}
      {field('linkedinUrl', 'LinkedIn URL', { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}
      {field('emails', 'Emails', { placeholder: 'comma separated' })}
      {field('phones', 'Phones', { placeholder: 'comma separated' })}
      <ChipGroup
        legend="Buyer-network roles"
        options={ROLES}
        labels={ROLE_LABELS}
        selected={draft.roles}
        onChange={(next) => set('roles', next)}
      />
      <ChipGroup
        legend="Relationship source"
        options={SOURCES}
        labels={SOURCE_LABELS}
        selected={draft.sources}
        onChange={(next) => set('sources', next)}
      />
      {field('tags', 'Segment tags', { placeholder: 'industry, function, region' })}
      <div className="pair">
        <label className="field" htmlFor={`${id}-stage`}>
          <span>Nurture stage</span>
          <select id={`${id}-stage`} value={draft.stage} onChange={(event) => set('stage', event.target.value as Stage)}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-origin`}>
          <span>Origin</span>
          <select id={`${id}-origin`} value={draft.origin} onChange={(event) => set('origin', event.target.value as Origin)}>
            {ORIGINS.map((origin) => (
              <option key={origin} value={origin}>
                {ORIGIN_LABELS[origin]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {stageChanged ? field('stageReason', draft.stage === 'discontinued' ? 'Reason (required)' : 'Reason for the stage change') : null}
      {field('cadenceDays', 'Cadence (days between touches)', { type: 'number', placeholder: 'stage default' })}
      <label className="field" htmlFor={`${id}-notes`}>
        <span>Notes</span>
        <textarea id={`${id}-notes`} rows={3} value={draft.notes} onChange={(event) => set('notes', event.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
