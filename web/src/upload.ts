/**
 * The upload form: files and the server token, posted to /api/ingest; the job followed as server-sent events (read
 * through fetch, so the token goes along), falling back to polling.
 * @module
 */
import { authHeaders, check, getJson, getToken, type Job, query, setToken } from './api.ts';
import { h, replace } from './dom.ts';
import { loadSources } from './filters.ts';

const STATES: Record<Job['state'], string> = {
  queued: 'Queued',
  ingesting: 'Reading and storing listings',
  analyzing: 'Analyzing new listings',
  done: 'Done',
  failed: 'Failed',
};

/** Follows a job until it ends, calling `show` on each change. */
async function follow(id: string, show: (job: Job) => void): Promise<Job> {
  try {
    const res = await check(
      await fetch(`/api/jobs/${id}/events`, { headers: { accept: 'text/event-stream', ...authHeaders() } }),
    );
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let last: Job | undefined;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trimStart())
          .join('\n');
        buffer = buffer.slice(end + 2);
        if (data) {
          last = JSON.parse(data) as Job;
          show(last);
        }
        end = buffer.indexOf('\n\n');
      }
    }
    if (last && (last.state === 'done' || last.state === 'failed')) return last;
  } catch {
    // no stream: poll instead
  }
  for (;;) {
    const job = await getJson<Job>(`/api/jobs/${id}`);
    show(job);
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function jobView(job: Job): Node[] {
  const p = job.progress;
  const out: Node[] = [
    h(
      'p',
      {},
      h('strong', {}, STATES[job.state]),
      ` · ${p.records} records read, ${p.analyzed} listings analyzed`,
    ),
    h('progress', {
      max: p.totalBytes || 1,
      value: job.state === 'done' ? p.totalBytes || 1 : p.bytes,
      'aria-label': 'Upload read',
    }),
  ];
  if (job.summary) {
    const t = job.summary.total;
    out.push(
      h(
        'p',
        {},
        `${t.read} read: ${t.accepted} accepted, ${t.duplicates} duplicates, ${t.rejected} rejected.`,
      ),
    );
  }
  if (job.rejections.length)
    out.push(
      h(
        'details',
        {},
        h('summary', {}, `Rejections (${job.rejections.length})`),
        h('ul', {}, ...job.rejections.map((r) => h('li', {}, `${r.source} ${r.locator}: ${r.reason}`))),
      ),
    );
  if (job.error) out.push(h('p', { class: 'error' }, job.error.message));
  if (job.state === 'done') out.push(h('p', {}, h('a', { href: '#/' }, 'See the roles now in the store')));
  return out;
}

/** Renders the upload page into `main`. */
export function uploadPage(main: HTMLElement): void {
  const token = h('input', {
    id: 'up-token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    required: true,
    value: getToken(),
    'aria-describedby': 'up-token-hint',
  });
  const files = h('input', {
    id: 'up-files',
    name: 'file',
    type: 'file',
    multiple: true,
    required: true,
    accept: '.json,.jsonl,.ndjson,.csv,.tsv,.txt,.md,.html,.htm,.gz',
    'aria-describedby': 'up-files-hint',
  });
  const folder = h('input', {
    id: 'up-source',
    name: 'source',
    type: 'text',
    pattern: '[A-Za-z0-9][A-Za-z0-9._\\-]{0,63}',
    placeholder: 'upload',
    'aria-describedby': 'up-source-hint',
  });
  const submit = h('button', { type: 'submit' }, 'Upload and ingest');
  const status = h('div', { class: 'job', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'error', role: 'alert' });
  const form = h(
    'form',
    { class: 'upload', 'aria-labelledby': 'up-title' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'up-token' }, 'Server token'),
      token,
      h(
        'p',
        { id: 'up-token-hint', class: 'hint' },
        'The --token or ROLEPRINT_TOKEN the server was started with. Kept in this tab only.',
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'up-files' }, 'Listing files'),
      files,
      h(
        'p',
        { id: 'up-files-hint', class: 'hint' },
        'JSON, JSONL, CSV, TSV, HTML, text or .gz; one or more files.',
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'up-source' }, 'Source folder (optional)'),
      folder,
      h(
        'p',
        { id: 'up-source-hint', class: 'hint' },
        'Names the upload in the store, e.g. exports; default upload.',
      ),
    ),
    h('div', { class: 'field actions' }, submit),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    replace(error);
    replace(status, h('p', {}, 'Uploading…'));
    submit.disabled = true;
    setToken(token.value.trim());
    try {
      const body = new FormData();
      for (const f of files.files ?? []) body.append('file', f, f.name);
      const res = await check(
        await fetch(`/api/ingest${query({ source: folder.value.trim() || undefined })}`, {
          method: 'POST',
          headers: authHeaders(token.value.trim()),
          body,
        }),
      );
      const job = (await res.json()) as Job;
      const end = await follow(job.id, (j) => replace(status, ...jobView(j)));
      if (end.state === 'done') loadSources(true);
    } catch (err) {
      replace(status);
      replace(error, h('p', {}, `Upload failed: ${(err as Error).message}`));
    } finally {
      submit.disabled = false;
    }
  });
  replace(
    main,
    h('h1', { id: 'up-title', tabindex: -1 }, 'Upload listings'),
    h(
      'p',
      { class: 'lede' },
      'Files are read, cleaned, deduplicated and analyzed as roleprint ingest would; re-uploading the same records adds nothing.',
    ),
    form,
    error,
    status,
  );
}
