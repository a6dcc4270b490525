import { and, eq, inArray, isNotNull, max } from 'drizzle-orm';
import { assessPartnerHealth, type HealthAssessment } from '../../analytics/health/assess-partner-health.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { changePartnerStage } from '../partners/change-partner-stage.js';
import type { PartnerStage } from '../partners/partners.schemas.js';
import { partnerStageHistory, partners } from '../partners/partners.table.js';
import { gatherHealthSignals } from './gather-health-signals.js';
import type { HealthAssessmentView, HealthEvaluationRun } from './health.schemas.js';
import { partnerHealth } from './health.table.js';
import { loadHealthSettings } from './health-settings.js';

const DAY_MS = 86_400_000;
/** Health applies to partners in business: onboarding partners have their own checklist and stall rule. */
const ASSESSED_STAGES: PartnerStage[] = ['active', 'at_risk'];

interface PlannedHealth {
  view: HealthAssessmentView;
  assessment: HealthAssessment;
  atRiskByRules: boolean;
}

/** When a manager last moved each partner out of at_risk by hand. */
async function manualRecoveries(db: Executor, partnerIds: string[]): Promise<Map<string, Date>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await db
    .select({ partnerId: partnerStageHistory.partnerId, at: max(partnerStageHistory.at) })
    .from(partnerStageHistory)
    .where(
      and(
        inArray(partnerStageHistory.partnerId, partnerIds),
        eq(partnerStageHistory.fromStage, 'at_risk'),
        eq(partnerStageHistory.toStage, 'active'),
        isNotNull(partnerStageHistory.actorId),
      ),
    )
    .groupBy(partnerStageHistory.partnerId);
  return new Map(rows.filter((row) => row.at).map((row) => [row.partnerId, new Date(row.at!)]));
}

async function planHealth(
  ctx: Ctx,
  partnerId: string | undefined,
): Promise<{ asOf: Date; plans: PlannedHealth[] }> {
  const asOf = ctx.clock.now();
  const rules = await loadHealthSettings(ctx.db);
  const assessed = await ctx.db
    .select({ id: partners.id, name: partners.name, stage: partners.stage })
    .from(partners)
    .where(and(inArray(partners.stage, ASSESSED_STAGES), partnerId ? eq(partners.id, partnerId) : undefined))
    .orderBy(partners.name, partners.id);
  const ids = assessed.map((p) => p.id);
  const signals = await gatherHealthSignals(ctx.db, rules, ids, asOf);
  const known =
    ids.length === 0
      ? []
      : await ctx.db.select().from(partnerHealth).where(inArray(partnerHealth.partnerId, ids));
  const byRules = new Map(known.map((row) => [row.partnerId, row.atRiskByRules]));
  const recoveries = await manualRecoveries(ctx.db, ids);
  const plans = assessed.map((partner): PlannedHealth => {
    const stage = partner.stage as PartnerStage;
    const partnerSignals = signals.get(partner.id)!;
    const assessment = assessPartnerHealth(rules, partnerSignals, asOf);
    const recoveredByHand = recoveries.get(partner.id);
    const overridden =
      recoveredByHand !== undefined &&
      asOf.getTime() - recoveredByHand.getTime() < rules.manualOverrideDays * DAY_MS;
    const flaggedByRules = stage === 'at_risk' && (byRules.get(partner.id) ?? false);
    let stageAfter = stage;
    let reason = assessment.reason;
    if (stage === 'active' && assessment.atRisk && overridden) {
      reason = `${assessment.reason} — not moved: a manager moved it out of at_risk on ${recoveredByHand.toISOString().slice(0, 10)}`;
    } else if (stage === 'active' && assessment.atRisk) {
      stageAfter = 'at_risk';
    } else if (flaggedByRules && !assessment.atRisk) {
      stageAfter = 'active';
    } else if (stage === 'at_risk' && !flaggedByRules && !assessment.atRisk) {
      reason = `${assessment.reason} — left at_risk: a manager put it there`;
    }
    return {
      view: {
        partnerId: partner.id,
        partnerName: partner.name,
        stage,
        atRisk: assessment.atRisk,
        stageAfter,
        moves: stageAfter !== stage,
        reason,
        findings: assessment.findings,
        lastActivityAt: partnerSignals.lastActivityAt?.toISOString() ?? null,
      },
      assessment,
      atRiskByRules: stageAfter === 'at_risk' && (flaggedByRules || stage === 'active'),
    };
  });
  return { asOf, plans };
}

async function applyHealth(ctx: Ctx, planned: PlannedHealth, asOf: Date): Promise<void> {
  const { view } = planned;
  const state = {
    atRiskByRules: planned.atRiskByRules,
    findings: view.findings,
    lastActivityAt: view.lastActivityAt ? new Date(view.lastActivityAt) : null,
    evaluatedAt: asOf,
  };
  await ctx.db
    .insert(partnerHealth)
    .values({ partnerId: view.partnerId, ...state })
    .onConflictDoUpdate({ target: partnerHealth.partnerId, set: state });
  if (!view.moves) return;
  const reason =
    view.stageAfter === 'at_risk'
      ? `Lifecycle health: ${planned.assessment.reason}`
      : `Lifecycle health recovered: ${planned.assessment.reason}`;
  await changePartnerStage(ctx, view.partnerId, { stage: view.stageAfter, reason });
}

/**
 * Assesses every active and at-risk partner (or one) against the health rules. Active partners a rule
 * fires for move to at_risk; partners the rules put there move back once no rule fires. A dry run only
 * reports. Moves keep their reason in the stage history, with audit and events.
 */
export async function evaluatePartnerHealth(
  ctx: Ctx,
  input: { dryRun: boolean; partnerId?: string | undefined },
): Promise<HealthEvaluationRun> {
  const run = async (tx: Ctx): Promise<HealthEvaluationRun> => {
    const { asOf, plans } = await planHealth(tx, input.partnerId);
    if (!input.dryRun) {
      for (const planned of plans) await applyHealth(tx, planned, asOf);
      await recordAudit(tx, {
        action: 'health.evaluate',
        entityType: 'health_rules',
        entityId: 'program',
        after: { moved: plans.filter((p) => p.view.moves).length, partners: plans.length },
      });
    }
    const assessments = plans.map((p) => p.view);
    return {
      dryRun: input.dryRun,
      evaluatedAt: asOf.toISOString(),
      moved: assessments.filter((a) => a.moves).length,
      assessments,
    };
  };
  return input.dryRun ? run(ctx) : inTransaction(ctx, run);
}
