/**
 * A copy of the page a rep can attach to a bug report without anyone's data in it: the structure
 * Tend's detectors anchor on (tags, attribute names, card keys, heading levels, link paths, the
 * shape of each text) with every text, name, address, image and id replaced. Texts keep their shape
 * (letters become x, digits 0; spaces and punctuation stay), so "· 2nd" or "City, Region" still
 * reads as a degree or a place; ids, profile slugs and e-mail addresses are replaced by the same
 * placeholder wherever they recur, so the page's own cross-references still line up.
 *
 * Self-contained on purpose: it runs in the page through scripting.executeScript, which sends the
 * function's source and nothing it imports. The live page is never touched: a clone is redacted.
 */
export function redactPage(source: Document = document, address: string = source.location?.href ?? ''): string {
  /** Path segments and route words Tend's anchors read: kept as they are. */
  const ROUTES = new Set(
    (
      'in company school showcase overlay contact-info photo about-this-profile details experience education skills messaging compose ' +
      'search results people sales lead preload mail u b feed mynetwork recent-activity all about posts jobs dms image v2 inbox sent ' +
      'label starred drafts spam trash imp category SignOutOptions popout thread id read deeplink'
    ).split(' '),
  );
  const IMAGE_KIND = /^(?:profile-(?:displayphoto|framedphoto|displaybackgroundimage)|company-logo)[\w-]*$/;
  const KEPT_HOSTS =
    /(?:^|\.)(?:linkedin\.com|licdn\.com|google\.com|gstatic\.com|googleusercontent\.com|outlook\.(?:office|office365|live)\.com)$/;
  const VERBATIM = new Set(
    (
      'class role type tabindex lang dir hidden inert aria-hidden aria-expanded aria-level aria-haspopup aria-current aria-selected popover translate shadowrootmode ' +
      'jsname width height colspan rowspan target rel loading decoding charset http-equiv property itemprop itemscope itemtype viewBox ' +
      'd fill stroke'
    ).split(' '),
  );
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'data-delayed-url', 'poster', 'cite', 'srcset']);
  const EMAIL_ONLY = /^person\d+@example\.invalid$/;
  const keyed = (name: string) =>
    name === 'id' || name === 'componentkey' || name === 'for' || name === 'aria-activedescendant' || name.startsWith('data-');

  const placeholders = new Map<string, string>();
  const counters = new Map<string, number>();
  /** The same placeholder for the same original, everywhere in the copy. */
  const placeholder = (kind: string, original: string, make: (n: number) => string): string => {
    const key = `${kind}\u0000${original.toLowerCase()}`;
    const known = placeholders.get(key);
    if (known) return known;
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const made = make(n);
    placeholders.set(key, made);
    return made;
  };
  const sameLength = (prefix: string, n: number, length: number, fill = '0') =>
    `${prefix}${String(n).padStart(Math.max(1, length - prefix.length), fill)}`;

  /**
   * Letters become x (X when capital), digits 0, pictographs *; spaces and punctuation stay. A year
   * becomes 2000: still a year (a date range still reads as one), never the year it was.
   */
  const mask = (text: string): string =>
    text.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)|\p{Extended_Pictographic}|\p{M}|\p{L}|\p{N}/gu, (match) => {
      if (match.length === 4) return '2000';
      if (/\p{Extended_Pictographic}/u.test(match)) return '*';
      if (/\p{M}/u.test(match)) return '';
      if (/\p{N}/u.test(match)) return '0';
      return /\p{Lu}/u.test(match) ? 'X' : 'x';
    });

  // Slugs of people and companies the page links to: they are names, in URLs and in card keys.
  const slugs = new Set<string>();
  const addSlugs = (href: string) => {
    for (const match of href.matchAll(/\/(?:in|company|school|showcase)\/([^/?#]+)/g)) {
      try {
        slugs.add(decodeURIComponent(match[1] ?? '').toLowerCase());
      } catch {
        slugs.add((match[1] ?? '').toLowerCase());
      }
    }
  };
  addSlugs(address);
  for (const element of source.querySelectorAll('[href], [src]'))
    addSlugs(element.getAttribute('href') ?? element.getAttribute('src') ?? '');
  const slugList = [...slugs].filter((slug) => slug.length >= 3 && !ROUTES.has(slug)).sort((a, b) => b.length - a.length);
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const slugPattern = slugList.length > 0 ? new RegExp(slugList.map(escapeRegExp).join('|'), 'gi') : undefined;

  // Profile card keys: `com.linkedin.sdui.profile.card.ref<member id or slug><CardName>` (EVIDENCE L3).
  const CARD_PREFIX = 'com.linkedin.sdui.profile.card.ref';
  const CARD_NAMES = (
    'VolunteerExperienceTopLevel PublicationTopLevelSection SalesInsightsOrHighlights ExperienceTopLevelSection EducationTopLevelSection ' +
    'ConnectedAccountsTopLevel RecommendationsTopLevel CertificationTopLevel CourseTopLevelSection TestScoresTopLevel SupportedLocales ' +
    'ContactInfoDetailSection SuggestedForYou LanguageTopLevel Organizations HonorsTopLevel Projects Services Featured Patents Activity ' +
    'Topcard Skills Causes HQAbout About'
  )
    .split(' ')
    .sort((a, b) => b.length - a.length);

  // The member id every card key shares is their longest common prefix; a card name LinkedIn adds
  // tomorrow is then kept whole rather than taken for part of the id.
  const middles = [...source.querySelectorAll(`[componentkey^="${CARD_PREFIX}"], [id^="${CARD_PREFIX}"]`)]
    .map((card) => (card.getAttribute('componentkey') ?? card.id).slice(CARD_PREFIX.length))
    .filter((middle) => middle.startsWith('AC'));
  const distinct = [...new Set(middles)];
  let sharedId = distinct[0] ?? '';
  for (const middle of distinct) while (!middle.startsWith(sharedId)) sharedId = sharedId.slice(0, -1);
  if (distinct.length < 2 || sharedId.length < 12) sharedId = '';

  /** Ids, slugs, addresses and long numbers in a structural value, each replaced by its placeholder. */
  const scrub = (value: string): string => {
    if (value.startsWith(CARD_PREFIX)) {
      const rest = value.slice(CARD_PREFIX.length);
      const known = sharedId && rest.startsWith(sharedId) ? rest.slice(sharedId.length) : undefined;
      const name = known ?? CARD_NAMES.find((card) => rest.endsWith(card) && rest.length > card.length) ?? '';
      return `${CARD_PREFIX}${scrubIds(rest.slice(0, rest.length - name.length))}${name}`;
    }
    return scrubIds(value);
  };
  const scrubIds = (value: string): string => {
    let out = value.replace(/[^\s@<>()"',;:/]+@[^\s@<>()"',;:/]+\.[\w.-]+/g, (email) =>
      placeholder('email', email, (n) => `person${n}@example.invalid`),
    );
    if (slugPattern) out = out.replace(slugPattern, (slug) => placeholder('slug', slug, (n) => `slug${n}`));
    out = out.replace(/AC[oA][A-Za-z0-9_-]{10,}/g, (id) => placeholder('member', id, (n) => sameLength('ACoAA', n, id.length)));
    out = out.replace(/(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![\w-])/gi, (hex) =>
      placeholder('hex', hex, (n) => sameLength('a', n, hex.length)),
    );
    // Opaque ids: a LinkedIn conversation's or message's `2-<base64>`, Exchange's item and conversation ids (`AAQk…`, `AQAAA…`).
    out = out.replace(/(?<![\w+/=-])(?:2-[A-Za-z0-9+/_-]{8,}|A[AQ][A-Za-z0-9+/_-]{8,})={0,2}(?![\w+/=-])/g, (id) =>
      placeholder('opaque', id, (n) => sameLength(id.startsWith('2-') ? '2-Id' : 'AAId', n, id.length)),
    );
    out = out.replace(/\d{4,}/g, (digits) => placeholder('number', digits, (n) => sameLength('1', n, digits.length)));
    return out;
  };

  const remapUrl = (raw: string): string => {
    let url: URL;
    try {
      url = new URL(raw, address || 'https://invalid.example/');
    } catch {
      return mask(raw);
    }
    if (url.protocol === 'mailto:') return `mailto:${placeholder('email', url.pathname, (n) => `person${n}@example.invalid`)}`;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'about:blank';
    const host = KEPT_HOSTS.test(url.hostname) ? url.hostname : placeholder('host', url.hostname, (n) => `site${n}.example.invalid`);
    const segment = (part: string) => {
      // Route words, image kinds and short numbers (Gmail's account index /u/0/, image sizes) are structure.
      if (part === '' || ROUTES.has(part) || IMAGE_KIND.test(part) || /^\d{1,3}$/.test(part)) return part;
      const scrubbed = scrub(part);
      return scrubbed !== part && /^[\w.-]+$/.test(scrubbed) && !/[\p{L}]{3,}/u.test(scrubbed.replace(/slug\d+|person\d+|ACoAA\d+/g, ''))
        ? scrubbed
        : placeholder('segment', part, (n) => `p${n}`);
    };
    const path = url.pathname.split('/').map(segment).join('/');
    // Gmail's thread token in the hash: replaced by one of the same shape, so the copy still reads as a thread.
    const hashPart = (part: string) =>
      /^[A-Za-z0-9]{16,}$/.test(part) ? placeholder('token', part, (n) => sameLength('Tokenxxxxx', n, part.length)) : segment(part);
    const query = [...url.searchParams.entries()].map(
      ([key, value]) =>
        `${encodeURIComponent(key)}=${encodeURIComponent(/\s/.test(value) ? mask(value) : scrub(value).replace(/\p{L}{3,}/gu, (word) => (/^(?:urn|li|fsd|profile|slug|person|member|thread|msg)$/i.test(word) ? word : mask(word))))}`,
    );
    const hash = url.hash ? `#${url.hash.slice(1).split('/').map(hashPart).join('/')}` : '';
    return `${url.protocol}//${host}${path}${query.length > 0 ? `?${query.join('&')}` : ''}${hash}`;
  };

  /** JSON (structured data, embedded API islands): keys and types kept, every other string replaced. */
  const redactJson = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((item) => redactJson(item, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, redactJson(inner, name)]));
    if (typeof value === 'string') {
      if (/^[@$](?:type|context|recipeTypes)$/.test(key)) return value;
      if (/^https?:\/\//.test(value)) return remapUrl(value);
      // Identifiers (publicIdentifier, entityUrn…) become their placeholders, still ids of one person.
      return /(?:Identifier|Urn|urn|Id)$/.test(key) && !/\s/.test(value) ? scrub(value) : mask(scrub(value));
    }
    return typeof value === 'number' ? 0 : value;
  };

  // Into a document with no window: nothing in the copy loads (a cloned <img> would fetch).
  const doc = source.implementation.createHTMLDocument('');
  const copy = doc.importNode(source.documentElement, true);
  // Open shadow roots (LinkedIn's overlay outlet, where its message bubbles live) are part of what
  // the rep sees: carried into the copy in a holder, redacted like the rest, written out as
  // declarative shadow roots. A deep import keeps element order, so hosts pair up by position.
  const sourceElements = [...source.documentElement.querySelectorAll('*')];
  const copyElements = [...copy.querySelectorAll('*')];
  const holders: Element[] = [];
  sourceElements.forEach((element, index) => {
    const host = copyElements[index];
    if (!element.shadowRoot || !host) return;
    const holder = doc.createElement('tend-shadow-root');
    for (const child of element.shadowRoot.childNodes) holder.append(doc.importNode(child, true));
    host.prepend(holder);
    holders.push(holder);
  });
  const walker = doc.createTreeWalker(copy, 0x1 | 0x4 | 0x80 /* elements, text, comments */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && !parent.matches('script, style, code, template')) node.textContent = mask(node.textContent ?? '');
    } else {
      const element = node as Element;
      if (element.matches('script[type*="json"], code')) {
        const text = element.textContent ?? '';
        try {
          element.textContent = JSON.stringify(redactJson(JSON.parse(text)));
        } catch {
          element.textContent = mask(text);
        }
      } else if (element.matches('script, style, template'))
        element.textContent = `/* ${element.textContent?.length ?? 0} characters removed */`;
      for (const attribute of [...element.attributes]) {
        const { name, value } = attribute;
        if (name.startsWith('on')) element.removeAttribute(name);
        else if (name === 'style') {
          if (/display\s*:\s*none/.test(value)) element.setAttribute(name, 'display: none');
          else element.removeAttribute(name);
        } else if (URL_ATTRIBUTES.has(name))
          element.setAttribute(
            name,
            name === 'srcset'
              ? value
                  .split(',')
                  .map((entry) => entry.trim().split(/\s+/))
                  .map(([url = '', size = '']) => `${remapUrl(url)} ${size}`.trim())
                  .join(', ')
              : remapUrl(value),
          );
        else if (VERBATIM.has(name)) continue;
        else if (keyed(name) || EMAIL_ONLY.test(scrub(value))) element.setAttribute(name, /\s/.test(value) ? mask(value) : scrub(value));
        else element.setAttribute(name, mask(scrub(value)));
      }
    }
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const holder of holders) {
    const template = doc.createElement('template');
    template.setAttribute('shadowrootmode', 'open');
    template.content.append(...holder.childNodes);
    holder.replaceWith(template);
  }
  let path = '';
  try {
    const redacted = new URL(remapUrl(address));
    path = `${redacted.pathname}${redacted.search}${redacted.hash}`;
  } catch {
    path = '';
  }
  return `<!DOCTYPE html>\n<!-- A redacted copy made by Tend: every text, name, address, image and id replaced; page path ${path} -->\n${copy.outerHTML}\n`;
}
