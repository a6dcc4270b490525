import { createCoInnovationProject } from '../modules/program/create-co-innovation-project.js';
import type { CoInnovationInput } from '../modules/program/program.schemas.js';
import type { Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const none: Sample = () => ({});

export function sampleProjectInput(w: SampleWorld): CoInnovationInput {
  return {
    name: `Joint fraud analytics ${w.unique('project')}`,
    description: 'Fraud models packaged with a partner data connector',
    solutionProductLine: 'Fraud Shield',
    status: 'launched',
    buildCostMinor: 25_000_000,
    currency: 'USD',
    newMarkets: { regions: ['APAC'], industries: ['Insurance'] },
    launchedAt: '2025-10-01T00:00:00Z',
    partners: [{ partnerId: w.t.fixtures.partnerA, role: 'builder' }],
  };
}

/** One project per sample world for reads and updates; deletes get their own. */
const sharedProjects = new WeakMap<SampleWorld, Promise<string>>();

async function freshProject(w: SampleWorld): Promise<string> {
  return (await createCoInnovationProject(w.t.systemCtx, sampleProjectInput(w))).id;
}

export function sampleProject(w: SampleWorld): Promise<string> {
  let project = sharedProjects.get(w);
  if (!project) {
    project = freshProject(w);
    sharedProjects.set(w, project);
  }
  return project;
}

const SAMPLE_SWOT = {
  content: {
    strengths: [{ text: 'Two partners lead their peers on win rate.', evidence: 'Benchmark p95, p92' }],
    weaknesses: [{ text: 'Few certified people.', evidence: '4 of 10 people' }],
    opportunities: [{ text: 'Alpha can introduce us to 12 prospects.', evidence: 'Introductions 12' }],
    threats: [{ text: 'Conflicts on 14% of registrations.', evidence: '7 of 50 decided' }],
  },
  basis: {
    asOf: '2026-01-15T09:00:00Z',
    from: '2025-01-15',
    to: '2026-01-15',
    sources: { benchmarks: { available: true, note: null } },
    figures: { conflictRatePct: 14 },
  },
};

export const PROGRAM_SAMPLES: Record<string, Sample> = {
  listCoInnovationProjects: () => ({ query: { sort: '-createdAt', status: 'launched,building' } }),
  createCoInnovationProject: (w) => ({ body: sampleProjectInput(w) }),
  getCoInnovationProject: async (w) => ({ params: { id: await sampleProject(w) } }),
  updateCoInnovationProject: async (w) => ({
    params: { id: await sampleProject(w) },
    body: { ...sampleProjectInput(w), status: 'retired' },
  }),
  deleteCoInnovationProject: async (w) => ({ params: { id: await freshProject(w) } }),
  getCoInnovationMetrics: async (w) => ({ params: { id: await sampleProject(w) } }),
  getProgramWhiteSpace: none,
  getProgramStage: none,
  draftProgramSwot: none,
  getProgramSwot: none,
  saveProgramSwot: () => ({ body: SAMPLE_SWOT }),
};
