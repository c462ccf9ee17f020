import type { Concern, ConcernSelection, Location } from './types.js';

/** The location choice meaning "the earliest appointment at any location that offers the selection". */
export const ANY_LOCATION = '*';

/** How many persons a concern allows at most (1 to 99); the catalog's `maxCount` defaults to 1. */
export function maxCountOf(concern: Concern): number {
  // More than 99 persons is no real catalog; the cap keeps a persons list a citizen can choose from.
  return Number.isFinite(concern.maxCount) && concern.maxCount >= 1 ? Math.min(Math.floor(concern.maxCount), 99) : 1;
}

/** Whether `a`'s own rule lets it be booked together with `b`. */
function allows(a: Concern, b: Concern): boolean {
  return a.combinableWith === undefined || a.combinableWith.includes(b.id);
}

/**
 * Whether two concerns can be booked together. `combinableWith` absent combines with anything, `[]` must be
 * booked alone, and two concerns combine only when each allows the other (SPEC section 3, `GET /catalog`).
 */
export function canCombine(a: Concern, b: Concern): boolean {
  if (a.id === b.id) return true;
  return allows(a, b) && allows(b, a);
}

/**
 * Whether a concern can be chosen next to the current selection: it combines with every concern already
 * selected. A concern that is already selected is always selectable, so that it can be changed or removed.
 */
export function isSelectable(concern: Concern, selection: ConcernSelection[], concerns: Concern[]): boolean {
  if (selection.some((chosen) => chosen.id === concern.id)) return true;
  return selection.every((chosen) => {
    const other = concerns.find((candidate) => candidate.id === chosen.id);
    return !other || canCombine(concern, other);
  });
}

/** The estimated minutes of a selection: each concern's `durationMinutes` times its persons. */
export function estimatedMinutes(selection: ConcernSelection[], concerns: Concern[]): number {
  return selection.reduce((total, chosen) => {
    const minutes = concerns.find((concern) => concern.id === chosen.id)?.durationMinutes ?? 0;
    return total + (Number.isFinite(minutes) && minutes > 0 ? minutes * chosen.count : 0);
  }, 0);
}

/**
 * What the citizen brings to an appointment for these concerns: each concern's `bring` items, or its
 * description when it lists none, each item once, in the order of the selection.
 */
export function whatToBring(selection: ConcernSelection[], concerns: Concern[]): string[] {
  const items = selection.flatMap(({ id }) => {
    const concern = concerns.find((candidate) => candidate.id === id);
    return concern?.bring?.length ? concern.bring : concern?.description ? [concern.description] : [];
  });
  return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
}

/** The locations that offer every chosen concern, in catalog order. */
export function locationsFor(selection: ConcernSelection[], locations: Location[]): Location[] {
  return locations.filter((location) => selection.every((chosen) => location.concernIds.includes(chosen.id)));
}

/**
 * Reads the `concerns` attribute of `<civic-booking>`: `id` or `id:count`, comma-separated, whitespace
 * tolerant. Unknown ids are dropped; a count is clamped to 1..maxCount (anything that is not a whole number
 * counts 1); a repeated id keeps one entry with the largest count given; a concern that cannot be combined
 * with an earlier one is dropped, so the result is always a selection a citizen could have made.
 */
export function parseConcernsAttribute(value: string | null, concerns: Concern[]): ConcernSelection[] {
  const selection: ConcernSelection[] = [];
  if (!value) return selection;
  for (const entry of value.split(',')) {
    const [rawId = '', rawCount] = entry.split(':', 2);
    const id = rawId.trim();
    const concern = concerns.find((candidate) => candidate.id === id);
    if (!concern) continue;
    const parsed = rawCount !== undefined && /^\s*\d+\s*$/.test(rawCount) ? Number(rawCount) : 1;
    const count = Math.min(Math.max(parsed, 1), maxCountOf(concern));
    const existing = selection.find((chosen) => chosen.id === id);
    if (existing) {
      existing.count = Math.max(existing.count, count);
    } else if (isSelectable(concern, selection, concerns)) {
      selection.push({ id, count });
    }
  }
  return selection;
}

/**
 * Text folded for searching: lower case, without accents, `ß` as `ss`, and the German umlaut spellings `ae`,
 * `oe`, `ue` as the plain vowel, so that `Aenderung`, `Änderung` and `anderung` meet; runs of whitespace and
 * punctuation as one space.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/([aou])e/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded text a concern is found by: its name, keywords, category and description. */
export function concernSearchText(concern: Concern): string {
  return foldForSearch(
    [concern.name, ...(concern.keywords ?? []), concern.category ?? '', concern.description ?? ''].join(' '),
  );
}

/** Query words this long or longer may differ from the text by one typo. */
const TYPO_TOLERANT_LENGTH = 5;

/**
 * Whether `word` occurs in `text` with at most one edit: a letter left out, added, replaced, or two
 * neighbours swapped (Sellers' approximate substring match with transpositions).
 */
function occursWithOneTypo(word: string, text: string): boolean {
  const w = [...word];
  const t = [...text];
  // Row j holds the fewest edits that turn w[0..i) into some substring of t ending at j.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= w.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      let edits = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (w[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && w[i - 1] === t[j - 2] && w[i - 2] === t[j - 1]) edits = Math.min(edits, before[j - 2]! + 1);
      current.push(edits);
    }
    before = previous;
    previous = current;
  }
  return previous.some((edits) => edits <= 1);
}

/**
 * Whether a folded search text matches a query: every word of the query occurs in it, ignoring case, accents
 * and umlaut spellings; a word of five letters or more may carry one typo. An empty query matches everything.
 */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every(
    (word) =>
      searchText.includes(word) || ([...word].length >= TYPO_TOLERANT_LENGTH && occursWithOneTypo(word, searchText)),
  );
}
