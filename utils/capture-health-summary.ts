import { fieldsGoneMissing, type HealthRecord, WATCHED } from './capture-health';
import type { PageCaptureKind } from './model/capture';

// The Capture health view's table: per page kind and layout, what was found and by what. Apart
// from the records themselves so that the page view, which only names what went missing, loads less.

export interface FieldHealth {
  field: string;
  /** Captures that found it, of those that looked for it. */
  found: number;
  looked: number;
  /** The anchors that found it, most used first. */
  anchors: string[];
}

export interface GroupHealth {
  kind: PageCaptureKind;
  layout: string;
  captures: number;
  lastAt: number;
  fields: FieldHealth[];
  goneMissing: string[];
}

/** Per page kind and layout, how often each field was found over the captures kept, and by what. */
export function summariseHealth(records: readonly HealthRecord[]): GroupHealth[] {
  const groups = new Map<string, HealthRecord[]>();
  for (const record of records) {
    const key = `${record.kind}|${record.layout}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()]
    .map((group) => {
      const [first] = group;
      if (!first) throw new Error('empty group');
      const fields = WATCHED[first.kind].map((field) => {
        const anchors = new Map<string, number>();
        let found = 0;
        let looked = 0;
        for (const record of group) {
          const anchor = record.found[field];
          if (anchor) {
            found++;
            anchors.set(anchor, (anchors.get(anchor) ?? 0) + 1);
          }
          if (anchor || record.missing.includes(field)) looked++;
        }
        return {
          field,
          found,
          looked,
          anchors: [...anchors.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name),
        };
      });
      return {
        kind: first.kind,
        layout: first.layout,
        captures: group.length,
        lastAt: Math.max(...group.map((record) => record.at)),
        fields,
        goneMissing: fieldsGoneMissing(records, first),
      };
    })
    .sort((a, b) => b.lastAt - a.lastAt);
}
