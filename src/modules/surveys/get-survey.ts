import type { Ctx } from '../../platform/context.js';
import { loadSurvey } from './load-survey.js';
import { toSurveyView } from './survey-view.js';
import type { Survey } from './surveys.schemas.js';

export async function getSurvey(ctx: Ctx, id: string): Promise<Survey> {
  return toSurveyView(ctx, await loadSurvey(ctx, id));
}
