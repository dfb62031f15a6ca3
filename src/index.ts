/**
 * The library: `import { ingestListings, reportFromStore, extractSkills, openStore } from 'roleprint'`. The use cases
 * of the application layer, the store, the renderers and the types they exchange; the CLI and the server are built
 * on exactly these.
 * @module
 */

export type { AnalyzedListing } from './analyze/index.ts';
export * from './app/index.ts';
export { RoleprintError, type RoleprintErrorCode } from './errors.ts';
export type { ProfileItem, RoleProfile, Theme } from './profile/index.ts';
export { REPORT_FORMATS, type ReportFormat, renderReport } from './report/index.ts';
export { DEFAULT_DB, openStore } from './store/index.ts';
