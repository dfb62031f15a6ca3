/**
 * The analyze stage: turns one CleanListing into an AnalyzedListing through named components.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import type { AnyAnalyzeComponent } from './component.ts';

export type {
  AnalyzedListing,
  RoleMatch,
  Section,
  SectionKind,
  SkillMention,
  Statement,
} from './analyzed-listing.ts';
export type { AnalyzeComponent, AnalyzeDoc, AnalyzedField, AnyAnalyzeComponent } from './component.ts';
export { checkPipeline, createAnalyzer, type PipelineStep } from './pipeline.ts';

/** The default components in order: sections, statements, skills, role. */
export async function defaultComponents(): Promise<AnyAnalyzeComponent[]> {
  throw new RoleprintError(
    'INTERNAL',
    'Cannot build the analyze pipeline yet: its components are still being wired',
  );
}
