// The shared helper of every detector: each field has several independent anchors, tried in order;
// the first that yields a value wins and its name is reported, so a broken anchor shows in tests.

export type Read<T> = () => T | null | undefined;
export type Anchors<T> = readonly (readonly [name: string, read: Read<T>])[];

export class AnchorLog {
  readonly hits: Record<string, string> = {};

  /** The first anchor's value for a field, or undefined when none yields one (never a guess). */
  first<T>(field: string, anchors: Anchors<T>): T | undefined {
    for (const [name, read] of anchors) {
      let value: T | null | undefined;
      try {
        value = read();
      } catch {
        // A page that breaks one anchor (odd JSON, missing node) must not break the others.
        value = undefined;
      }
      if (value !== undefined && value !== null && !(typeof value === 'string' && value === '')) {
        this.hits[field] = name;
        return value;
      }
    }
    return undefined;
  }
}

/** Whitespace collapsed and trimmed; undefined for nothing. */
export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * The visible text of an element. LinkedIn has rendered some texts twice, a visible copy beside an
 * accessible one (the classic layout's aria-hidden span and its visually-hidden twin; "RTCKRTCK"
 * in one 2026 variant, EVIDENCE L16/X5): read once when the element is exactly such a pair. Told
 * by structure, never by the words repeating: "Ali Ali" is a name.
 */
export function textOf(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const visible = element.querySelector(':scope > span[aria-hidden="true"]');
  if (visible) return clean(visible.textContent);
  const [first, second, ...more] = [...element.children];
  const onlyChildren = [...element.childNodes].every((node) => node.nodeType === 1 || !node.textContent?.trim());
  if (first && second && more.length === 0 && onlyChildren && clean(first.textContent) === clean(second.textContent))
    return clean(first.textContent);
  return clean(element.textContent);
}

/** An element's text without what its buttons say ("…see more"). */
export function textWithoutButtons(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  const copy = element.cloneNode(true) as Element;
  for (const button of copy.querySelectorAll('button, [role="button"]')) button.remove();
  return textOf(copy);
}

/**
 * LinkedIn's public pages mask most text with runs of asterisks of the original length (job titles,
 * descriptions): such a value is missing, not a value.
 */
export function unmasked(value: string | undefined): string | undefined {
  return value && /\*{3,}/.test(value) ? undefined : value;
}

export function meta(doc: Document, key: string): string | undefined {
  const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return clean(element?.getAttribute('content'));
}

export function absoluteHttpUrl(raw: string | null | undefined, base: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every JSON-LD node on the page, flattening `@graph` containers. */
export function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      nodes.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) visit(parseJson(script.textContent));
  return nodes;
}

export function jsonLdOfType(doc: Document, type: string): Json | undefined {
  return jsonLdNodes(doc).find((node) => node['@type'] === type || (Array.isArray(node['@type']) && node['@type'].includes(type)));
}

/**
 * The `included` entities of the API responses LinkedIn embeds in hidden `<code>` elements
 * (logged-in pages render from these; they outlive class-name changes).
 */
export function embeddedEntities(doc: Document): Json[] {
  const entities: Json[] = [];
  for (const code of doc.querySelectorAll('code[id^="bpr-guid-"]')) {
    const data = parseJson(code.textContent);
    if (isRecord(data) && Array.isArray(data.included)) for (const item of data.included) if (isRecord(item)) entities.push(item);
  }
  return entities;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? unmasked(clean(value)) : undefined;
}
