/**
 * The application layer's door: the use cases that wire the stages (ingest a source into a store, analyze what a
 * request needs, build and render a profile, list roles and sources). The CLI and the server are thin edges over it.
 * @module
 */

export {
  type AnalyzeAllOptions,
  type AnalyzeAllResult,
  analyzeAll,
  analyzeSelection,
} from './analyze-all.ts';
export { analyzeBatch, type BatchResult } from './analyze-batch.ts';
export {
  type AnalyzeDeps,
  analyzeStore,
  assignRoles,
  type BackgroundEntry,
  backfillConceptRows,
  cleanPart,
  conceptRows,
  saidConcepts,
} from './analyze-store.ts';
export { checkSelection, closestRoles, mixedRolesNote } from './check-selection.ts';
export {
  type CompareRequest,
  type CompareSelection,
  parseCompareRequest,
  parsePeriod,
} from './compare-request.ts';
export { type CompareSelectionsOptions, compareSelections } from './compare-selections.ts';
export { countRolesInFiles, countRolesInStore, type RolesSummary } from './count-roles.ts';
export {
  DEFAULT_RANK_TOP,
  type ExtractedSkill,
  type ExtractSkillsInput,
  type ExtractSkillsOptions,
  type ExtractSkillsResult,
  extractSkills,
  type SentenceExtract,
} from './extract-skills.ts';
export {
  analyzeResume,
  type FitOptions,
  fitResumes,
  gapAgainstProfile,
  gapResume,
  type ResumeFit,
  type ResumeGapOptions,
  type RoleFit,
} from './gap-resume.ts';
export { getListing, type ListingCard } from './get-listing.ts';
export {
  createIngestJobs,
  type IngestJob,
  type IngestJobInput,
  type IngestJobState,
  type IngestJobs,
  type IngestJobsOptions,
} from './ingest-jobs.ts';
export {
  acceptedSources,
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  ingestListings,
  type RejectionReport,
  requireAccepted,
} from './ingest-listings.ts';
export {
  type AnalyzeJobData,
  DEFAULT_BATCH,
  DEFAULT_LEASE_SECONDS,
  type EnqueueOptions,
  type EnqueueResult,
  enqueueAnalyze,
  enqueueIngest,
  type IngestJobData,
  jobId,
  type OpenQueueOptions,
  openQueue,
  pendingJobs,
  QUEUES,
  type QueueName,
  type QueueTarget,
  queueTarget,
} from './job-queue.ts';
export { listSources, type SourceSummary } from './list-sources.ts';
export {
  type CachedReport,
  createProfileCache,
  type ProfileCache,
  type ProfileCacheOptions,
} from './profile-cache.ts';
export { profileDeps } from './profile-deps.ts';
export { profileFromStore, type StoreProfileOptions } from './profile-from-store.ts';
export {
  DATE_PATTERN,
  FLAG_NAME,
  type ParameterName,
  PROFILE_MESSAGES,
  type ProfileRequest,
  parseProfileRequest,
  parseRanges,
  parseReportFormat,
  RANGES_PATTERN,
} from './profile-request.ts';
export { reportFromStore } from './report-from-store.ts';
export { DEMO_SAMPLE, runDemo } from './run-demo.ts';
export { runWorker, type WorkerEvent, type WorkerOptions, type WorkerSummary } from './worker.ts';
