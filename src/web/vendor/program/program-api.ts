import type { paths } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../../shared/api/client';

export type CoInnovationProject = Schemas['CoInnovationProject'];
export type CoInnovationMetrics = Schemas['CoInnovationMetrics'];
export type CoInnovationBody = Schemas['CoInnovationProjectFields'];
export type StageAssessment = Schemas['ProgramStageAssessment'];
export type ProgramCapability = Schemas['ProgramCapability'];
export type WhiteSpaceReport = Schemas['WhiteSpaceReport'];
export type PartnerWhiteSpace = Schemas['PartnerWhiteSpace'];
export type SwotDraft = Schemas['SwotDraft'];
export type SwotContent = Schemas['SwotContent'];
export type SwotItem = Schemas['SwotItem'];
export type SavedSwot = Schemas['SavedSwot'];

/** Everything cached about the program view starts with this key. */
export const PROGRAM_KEY = 'program';

export type ProjectListQuery = NonNullable<
  paths['/api/co-innovation/projects']['get']['parameters']['query']
>;

export const fetchProjects = (query: ProjectListQuery) =>
  unwrap(api.GET('/api/co-innovation/projects', { params: { query } }));

export const createProject = (body: CoInnovationBody) =>
  unwrap(api.POST('/api/co-innovation/projects', { body }));

export const updateProject = (id: string, body: CoInnovationBody) =>
  unwrap(api.PUT('/api/co-innovation/projects/{id}', { params: { path: { id } }, body }));

export const deleteProject = (id: string) =>
  unwrap(api.DELETE('/api/co-innovation/projects/{id}', { params: { path: { id } } }));

export const fetchStage = () => unwrap(api.GET('/api/program/stage'));
export const fetchWhiteSpace = () => unwrap(api.GET('/api/program/white-space'));
export const fetchSwotDraft = () => unwrap(api.GET('/api/program/swot/draft'));
export const fetchSavedSwot = () => unwrap(api.GET('/api/program/swot'));
export const saveSwot = (body: Schemas['SaveSwot']) => unwrap(api.PUT('/api/program/swot', { body }));

export const STAGE_ORDER = ['startup', 'growth', 'scale_up', 'global'] as const;

export const STATUS_LABELS: Record<CoInnovationProject['status'], string> = {
  idea: 'Idea',
  building: 'Building',
  launched: 'Launched',
  retired: 'Retired',
};

export const STATUS_COLORS: Record<CoInnovationProject['status'], string> = {
  idea: 'gray',
  building: 'blue',
  launched: 'teal',
  retired: 'orange',
};

export const formatRate = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value.toLocaleString('en', { maximumFractionDigits: 1 })} %`;

/** ROI is a ratio; shown as a percentage ("+148 %", "−100 %"). */
export const formatRoi = (value: number | null | undefined) => {
  if (value === null || value === undefined) return '—';
  const pct = Math.round(value * 1000) / 10;
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct).toLocaleString('en')} %`;
};
