import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { accountRoutes } from '../../modules/accounts/accounts.routes.js';
import { attributionRoutes } from '../../modules/attribution/attribution.routes.js';
import { dealRoutes } from '../../modules/deals/deals.routes.js';
import { registrationRoutes } from '../../modules/deals/registrations.routes.js';
import { ruleSetRoutes } from '../../modules/deals/rules/rule-sets.routes.js';
import { enablementRoutes } from '../../modules/enablement/enablement.routes.js';
import { fileRoutes } from '../../modules/files/files.routes.js';
import { healthRoutes } from '../../modules/health/health.routes.js';
import { apiKeyRoutes } from '../../modules/identity/api-keys.routes.js';
import { authRoutes } from '../../modules/identity/auth.routes.js';
import { createAuthenticator } from '../../modules/identity/authenticate.js';
import { userRoutes } from '../../modules/identity/users.routes.js';
import { incentiveRoutes } from '../../modules/incentives/incentives.routes.js';
import { integrationRoutes } from '../../modules/integrations/integrations.routes.js';
import { ippRoutes } from '../../modules/ipp/ipp.routes.js';
import { leadRoutes } from '../../modules/leads/leads.routes.js';
import { hashedMappingRoutes } from '../../modules/mapping/hashed.routes.js';
import { mappingRoutes } from '../../modules/mapping/mapping.routes.js';
import { marketingRoutes } from '../../modules/marketing/marketing.routes.js';
import { mdfRoutes } from '../../modules/mdf/mdf.routes.js';
import { onboardingRoutes } from '../../modules/onboarding/onboarding.routes.js';
import { contactRoutes } from '../../modules/partners/contacts.routes.js';
import { partnerRoutes } from '../../modules/partners/partners.routes.js';
import { predictionRoutes } from '../../modules/predictions/predictions.routes.js';
import { programRoutes } from '../../modules/program/program.routes.js';
import { recruitingRoutes } from '../../modules/recruiting/recruiting.routes.js';
import { scorecardRoutes } from '../../modules/scorecard/scorecard.routes.js';
import { registerPortalActivity } from '../../modules/surveys/record-portal-activity.js';
import { surveyRoutes } from '../../modules/surveys/surveys.routes.js';
import { tierRoutes } from '../../modules/tiers/tiers.routes.js';
import { webhookRoutes } from '../../modules/webhooks/webhooks.routes.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { type Clock, systemClock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { eventRoutes } from '../events/events.routes.js';
import { createIdGenerator, type IdGenerator } from '../ids.js';
import { jobRoutes } from '../jobs/jobs.routes.js';
import { registerApiKeyRateLimit } from '../rate-limit/limit-api-keys.js';
import { registerAuthGuard } from './auth-guard.js';
import { registerCrossSiteGuard } from './cross-site-guard.js';
import { registerErrorHandling } from './error-handler.js';
import { registerEtags } from './etag.js';
import { registerIdempotency } from './idempotency.js';
import './fastify-types.js';
import { registerOpenApi } from './openapi.js';
import { compileResponseSerializer } from './serializer.js';
import { systemRoutes } from './system.routes.js';
import { registerTextGuard } from './text-guard.js';
import { defaultWebRoot, registerWebApp, webAppAvailable } from './web-app.js';

export interface BuildAppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  ids?: IdGenerator;
  /** false silences request logs (tests); otherwise pino at config.logLevel. */
  logger?: boolean;
  /** The built web app to serve at /; by default dist/web when it has been built. */
  webRoot?: string | null;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database, config } = options;
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
    bodyLimit: 1_048_576,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  });
  app.decorate('services', {
    database,
    config,
    clock,
    ids: options.ids ?? createIdGenerator(() => clock.now()),
    authenticator: createAuthenticator(database.db, config.authCacheSeconds, () => clock.now()),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compileResponseSerializer);
  const webRoot = options.webRoot === undefined ? defaultWebRoot : options.webRoot;
  const serveWebApp = webRoot !== null && webAppAvailable(webRoot);
  registerErrorHandling(app, { webApp: serveWebApp });
  await app.register(cookie);
  registerCrossSiteGuard(app, config.publicUrl);
  registerAuthGuard(app);
  registerTextGuard(app);
  registerPortalActivity(app);
  registerApiKeyRateLimit(app);
  registerEtags(app);
  registerIdempotency(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (request.url.startsWith('/api/')) reply.header('cross-origin-resource-policy', 'same-origin');
    if (config.secureCookies)
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  await registerOpenApi(app, config.publicUrl);

  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(apiKeyRoutes);
  await app.register(partnerRoutes);
  await app.register(contactRoutes);
  await app.register(accountRoutes);
  await app.register(dealRoutes);
  await app.register(ippRoutes);
  await app.register(auditRoutes);
  await app.register(registrationRoutes);
  await app.register(ruleSetRoutes);
  await app.register(eventRoutes);
  await app.register(jobRoutes);
  await app.register(mappingRoutes);
  await app.register(tierRoutes);
  await app.register(healthRoutes);
  await app.register(hashedMappingRoutes);
  await app.register(enablementRoutes);
  await app.register(recruitingRoutes);
  await app.register(onboardingRoutes);
  await app.register(fileRoutes);
  await app.register(marketingRoutes);
  await app.register(leadRoutes);
  await app.register(mdfRoutes);
  await app.register(incentiveRoutes);
  await app.register(surveyRoutes);
  await app.register(attributionRoutes);
  await app.register(scorecardRoutes);
  await app.register(predictionRoutes);
  await app.register(programRoutes);
  await app.register(webhookRoutes);
  await app.register(integrationRoutes);
  if (serveWebApp && webRoot) await registerWebApp(app, webRoot);
  return app;
}
