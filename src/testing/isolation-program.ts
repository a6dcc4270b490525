import type { IsolationBuilder } from './isolation-targets.js';
import { sampleProject } from './route-samples-program.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

/** Co-innovation projects are the vendor's: partner users are refused alike for a real and a missing id. */
export const programIsolation: IsolationBuilder = async (world) => {
  const projectId = await sampleProject(world);
  return {
    markers: [],
    rules: [
      {
        prefix: '/api/co-innovation/projects/{id}',
        targets: () => [
          { label: 'a co-innovation project', params: { id: projectId }, missing: { id: MISSING_ID } },
        ],
      },
    ],
  };
};
