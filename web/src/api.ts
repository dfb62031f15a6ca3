/**
 * The dashboard's calls to the roleprint HTTP API, and the shapes it reads (docs/report-schema.md, /openapi.json).
 * @module
 */

export interface RoleCount {
  role: string | null;
  label: string | null;
  onetSoc: string | null;
  escoOccupation: string | null;
  escoCode: string | null;
  listings: number;
}
export interface Roles {
  listings: number;
  duplicates: number;
  rejected: number;
  roles: RoleCount[];
}
export interface Source {
  source: string;
  listings: number;
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  from: string | null;
  to: string | null;
}
export interface Evidence {
  listingId: string;
  quote: string;
}
export interface Member {
  id: string;
  label: string;
  count: number;
  share: number;
}
export interface Item {
  text: string;
  count: number;
  share: number;
  ci: [number, number];
  kind: 'skill' | 'duty' | 'qualification';
  members: Member[];
  evidence: Evidence[];
}
export interface Distinctive {
  name: string;
  text: string;
  count: number;
  share: number;
  employers: number;
  lift: number;
  background: { count: number; total: number };
  evidence: Evidence[];
}
export interface PeriodShare {
  period: string;
  count: number;
  share: number;
}
export interface Trend {
  text: string;
  from: PeriodShare;
  to: PeriodShare;
  p: number;
  q: number;
  direction: 'rising' | 'falling';
}
export interface Trends {
  by: 'quarter' | 'year' | 'range';
  periods: { period: string; count: number }[];
  compared: { from: { period: string; count: number }; to: { period: string; count: number } };
  undated: number;
  note: string | null;
  rising: Trend[];
  falling: Trend[];
}
export interface Profile {
  schemaVersion: number;
  role: { slug: string | null; label: string; onetSoc: string | null; escoOccupation: string | null };
  listings: {
    count: number;
    sources: { source: string; count: number }[];
    dateRange: { from: string | null; to: string | null };
  };
  headline: string;
  themes: { name: string; coherence: number; items: Item[] }[];
  distinctive: Distinctive[];
  trends: Trends | null;
  responsibilities: Item[];
  skills: Item[];
  qualifications: Item[];
}
export interface ListingCard {
  id: string;
  source: string;
  title: string | null;
  company: string | null;
  location: string | null;
  postedAt: string | null;
  url: string | null;
  repostCount: number;
}
export interface Counts {
  read: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}
export interface Job {
  id: string;
  state: 'queued' | 'ingesting' | 'analyzing' | 'done' | 'failed';
  progress: { records: number; bytes: number; totalBytes: number; analyzed: number };
  summary: {
    sources: Record<string, Counts>;
    total: Counts;
    skipped: { path: string; reason: string }[];
  } | null;
  rejections: { source: string; locator: string; reason: string }[];
  error: { code: string; message: string } | null;
}

/** An API error: the problem+json `detail`, or the status line. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'roleprint-token';

/** The server token the user entered (kept for this tab only). */
export function getToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
export function setToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Headers with the token, when one was entered. */
export function authHeaders(token = getToken()): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Throws an ApiError for a failed response, with the server's problem detail. */
export async function check(res: Response): Promise<Response> {
  if (res.ok) return res;
  let detail = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { detail?: string };
    if (body.detail) detail = body.detail;
  } catch {
    // not problem+json
  }
  throw new ApiError(detail, res.status);
}

/** GET a JSON resource of the API. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json', ...authHeaders() }, signal });
  return (await (await check(res)).json()) as T;
}

/** The filters shared by the role list and the profile. */
export interface Filters {
  source?: string;
  since?: string;
  until?: string;
  by?: string;
}

/** A query string of the filters that are set (`?source=…&since=…`), or ''. */
export function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const cards = new Map<string, Promise<ListingCard | null>>();
/** The card of a cited listing (cached); null when the store lacks it. */
export function listingCard(id: string): Promise<ListingCard | null> {
  let card = cards.get(id);
  if (!card) {
    card = getJson<ListingCard>(`/api/listings/${encodeURIComponent(id)}`).catch(() => null);
    cards.set(id, card);
  }
  return card;
}

/** A concept a compared line or a gap line is matched on (docs/report-schema.md). */
export interface Concept {
  id: string;
  label: string;
  kind?: string;
}
/** One selection of a comparison (docs/compare-schema.md). */
export interface ComparedSide {
  label: string;
  by: 'role' | 'source' | 'period' | 'path';
  value: string;
  role: { slug: string | null; label: string };
  listings: {
    count: number;
    sources: { source: string; count: number }[];
    dateRange: { from: string | null; to: string | null };
  };
}
/** One test of a compared line: `side` against `against` (null: the other sides pooled). */
export interface LineTest {
  side: number;
  against: number | null;
  difference: number;
  ci: [number, number];
  p: number;
  q: number;
}
export interface ComparedLine {
  text: string;
  kind: 'skill' | 'duty';
  concepts: Concept[];
  shares: { count: number; share: number; ci: [number, number]; inProfile: boolean; evidence: Evidence[] }[];
  tests: LineTest[];
}
/** GET /api/compare?format=json: RoleComparison, schema 1. */
export interface Comparison {
  schemaVersion: number;
  sides: ComparedSide[];
  overlap: number;
  headline: string;
  tests: { count: number; significant: number; alpha: number };
  shared: ComparedLine[];
  distinctive: { side: number; lines: ComparedLine[] }[];
}

export type GapStatus = 'covered' | 'near' | 'missing';
/** One profile line measured against the résumé (docs/gap-schema.md). */
export interface GapLine {
  text: string;
  kind: 'skill' | 'duty' | 'qualification' | 'distinctive';
  theme: string | null;
  count: number;
  share: number;
  status: GapStatus;
  concepts: Concept[];
  resume: null | {
    concept: { id: string; label: string };
    line: string;
    section: string;
    score: number;
    years: number | null;
  };
  relation: null | { kind: string; text: string; similarity: number };
  points: number;
  gain: number;
  evidence: Evidence[];
}
/** POST /api/gap: GapReport, schema 1. */
export interface GapReport {
  schemaVersion: number;
  resume: {
    id: string;
    source: string;
    sections: string[];
    roles: { title: string | null; employer: string | null; from: string | null; to: string | null }[];
    concepts: number;
  };
  role: { slug: string | null; label: string; onetSoc: string | null; escoOccupation: string | null };
  listings: { count: number; sources: { source: string; count: number }[] };
  score: number;
  method: string;
  headline: string;
  counts: Record<GapStatus, number>;
  lines: GapLine[];
  changes: GapLine[];
  beyond: { id: string; label: string; sentences: number; line: string }[];
  years: { id: string; label: string; years: number; from: 'dates' | 'stated' }[];
}

/**
 * POSTs a résumé to /api/gap: a file as multipart (field `file`, plus `role`), or pasted text as JSON. The résumé goes
 * to the server only; nothing of it is kept in the browser.
 */
export async function postGap(
  resume: { file: File } | { text: string; markdown: boolean },
  role: string,
): Promise<GapReport> {
  let init: RequestInit;
  if ('file' in resume) {
    const body = new FormData();
    body.append('file', resume.file, resume.file.name);
    body.append('role', role);
    init = { method: 'POST', headers: { accept: 'application/json', ...authHeaders() }, body };
  } else {
    init = {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify({ text: resume.text, markdown: resume.markdown, role }),
    };
  }
  const res = await fetch('/api/gap', { ...init, cache: 'no-store' });
  return (await (await check(res)).json()) as GapReport;
}
