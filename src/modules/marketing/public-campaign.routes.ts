import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { systemActor } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { type CampaignRendering, linkTargets, renderAsset } from './campaign-rendering.js';
import { landingPath } from './campaign-view.js';
import { followTrackedLink } from './follow-tracked-link.js';
import { findPublicCampaign, publicCampaignImage, recordTouch } from './public-campaign.js';
import type { LeadFormState } from './render-campaign.js';
import { type LeadFormInput, submitCampaignLead } from './submit-campaign-lead.js';
import type { Visitor } from './visitor-key.js';

/** Public pages run no script at all, post forms only to this server, and show only local or inline images. */
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const FORM_BODY_LIMIT = 16_384;
const hidden = { hide: true } as const;

function publicCtx(request: FastifyRequest): Ctx {
  const { database, clock, ids } = request.server.services;
  return { db: database.db, actor: systemActor('campaign_public_page'), clock, ids, requestId: request.id };
}

function visitorOf(request: FastifyRequest): Visitor {
  return { clientAddress: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PUBLIC_PAGE_CSP)
    .header('cache-control', 'no-store')
    .send(html);
}

function notFoundPage(reply: FastifyReply) {
  return sendPage(
    reply,
    404,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body style="font-family:system-ui,sans-serif;padding:40px"><h1>This page does not exist</h1><p>The link may be mistyped or no longer in use.</p></body></html>',
  );
}

function landingPage(
  request: FastifyRequest,
  rendering: CampaignRendering,
  form: Partial<LeadFormState>,
): string {
  const slug = rendering.record.campaign.slug;
  const base = landingPath(slug);
  const links = linkTargets(rendering, request.server.services.config.publicUrl.replace(/\/+$/, ''));
  return renderAsset(
    rendering,
    {
      ...links,
      logoSrc: rendering.record.campaign.logoFileId ? `${base}/logo` : null,
      heroSrc: rendering.template.heroImageFileId ? `${base}/hero` : null,
    },
    {
      action: `${base}/lead`,
      values: {},
      errors: {},
      notice: null,
      ended: rendering.record.campaign.status !== 'launched',
      ...form,
    },
  ).html;
}

/**
 * The public side of campaigns, outside /api and the web app: landing pages, their images, the lead
 * form, and tracked links. No login; nothing here reveals anything but the launched campaign itself.
 */
export const publicCampaignRoutes: FastifyPluginAsync = async (app) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get('/c/:slug', { config: { public: true }, schema: { ...hidden } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const { thanks } = request.query as { thanks?: string };
    const ctx = publicCtx(request);
    const rendering = await findPublicCampaign(ctx, slug);
    if (rendering?.template.kind !== 'landing_page') return notFoundPage(reply);
    const launched = rendering.record.campaign.status === 'launched';
    // The page a visitor is sent back to after the form is not a second visit.
    if (launched && thanks === undefined && request.method === 'GET') {
      await recordTouch(ctx, rendering.record.campaign, { kind: 'view', visitor: visitorOf(request) });
    }
    const notice =
      thanks !== undefined && launched
        ? { tone: 'success' as const, text: 'Thank you! We received your details and will be in touch soon.' }
        : null;
    return sendPage(reply, 200, landingPage(request, rendering, { notice }));
  });

  for (const which of ['logo', 'hero'] as const) {
    app.get(
      `/c/:slug/${which}`,
      { config: { public: true }, schema: { ...hidden } },
      async (request, reply) => {
        const { slug } = request.params as { slug: string };
        const image = await publicCampaignImage(publicCtx(request), slug, which);
        if (!image) return notFoundPage(reply);
        return reply
          .type(image.contentType)
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cross-origin-resource-policy', 'cross-origin')
          .header('cache-control', 'public, max-age=300')
          .send(image.bytes);
      },
    );
  }

  app.post(
    '/c/:slug/lead',
    { config: { public: true }, bodyLimit: FORM_BODY_LIMIT, schema: { ...hidden } },
    async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const json = String(request.headers['content-type'] ?? '').startsWith('application/json');
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as LeadFormInput;
      const outcome = await submitCampaignLead(publicCtx(request), slug, body, visitorOf(request));
      switch (outcome.kind) {
        case 'not_found':
          return json ? reply.code(404).send({ status: 'not_found' }) : notFoundPage(reply);
        case 'ended':
          return json
            ? reply.code(410).send({ status: 'ended', message: 'This offer has ended' })
            : sendPage(reply, 410, landingPage(request, outcome.rendering, {}));
        case 'invalid':
          if (json) {
            return reply.code(400).send({
              status: 'invalid',
              errors: Object.entries(outcome.errors).map(([field, message]) => ({ field, message })),
            });
          }
          return sendPage(
            reply,
            400,
            landingPage(request, outcome.rendering, {
              values: outcome.values,
              errors: outcome.errors,
              notice: { tone: 'error', text: 'Please correct the fields marked below.' },
            }),
          );
        case 'rate_limited': {
          reply.header('retry-after', String(outcome.retryAfterSeconds));
          const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60));
          const text = `Too many requests from here. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
          if (json) return reply.code(429).send({ status: 'rate_limited', message: text });
          return sendPage(
            reply,
            429,
            landingPage(request, outcome.rendering, {
              values: outcome.values,
              notice: { tone: 'error', text },
            }),
          );
        }
        case 'accepted':
          if (json) return reply.code(202).send({ status: 'received' });
          return reply
            .code(303)
            .header('location', `${landingPath(outcome.slug)}?thanks#lead-form`)
            .send();
      }
    },
  );

  app.get('/t/:code', { config: { public: true }, schema: { ...hidden } }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const location = await followTrackedLink(publicCtx(request), code, visitorOf(request));
    if (!location) return notFoundPage(reply);
    return reply.code(302).header('location', location).header('cache-control', 'no-store').send();
  });
};
