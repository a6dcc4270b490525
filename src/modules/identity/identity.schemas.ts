import { z } from 'zod';
import { API_SCOPES, PARTNER_ROLES, ROLES } from '../../platform/actor.js';
import { ACTIONS } from '../../platform/policy.js';

export const ZRole = z.enum(ROLES);
export const ZPartnerRole = z.enum(PARTNER_ROLES);
export const ZUserStatus = z.enum(['invited', 'active', 'disabled']);
export const ZEmail = z.email().max(254).toLowerCase();
export const ZPassword = z.string().min(10, 'must be at least 10 characters').max(200);

export const ZUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    partnerId: z.uuid().nullable(),
    status: ZUserStatus,
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type User = z.output<typeof ZUser>;

export const ZLogin = z
  .strictObject({ email: ZEmail, password: z.string().min(1).max(200) })
  .meta({ id: 'Login' });

export const ZMe = ZUser.extend({
  permissions: z
    .array(z.enum(ACTIONS))
    .describe('The policy actions this user may perform (and, with an API key, its scopes allow)'),
}).meta({ id: 'Me' });
export type Me = z.output<typeof ZMe>;

export const ZSession = z.object({ user: ZMe, expiresAt: z.iso.datetime() }).meta({ id: 'Session' });

export const ZInviteUser = z
  .strictObject({
    email: ZEmail,
    name: z.string().trim().min(1).max(120),
    role: ZRole,
    partnerId: z
      .uuid()
      .nullable()
      .optional()
      .describe('Required for partner roles; a partner admin may only invite into its own partner'),
  })
  .meta({ id: 'InviteUser' });
export type InviteUserInput = z.output<typeof ZInviteUser>;

export const ZInvitation = z
  .object({
    user: ZUser,
    inviteToken: z.string().describe('Shown once; the invitee sets a password with it'),
    inviteUrl: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });

export const ZAcceptInvite = z
  .strictObject({
    token: z.string().min(10).max(200),
    name: z.string().trim().min(1).max(120).optional(),
    password: ZPassword,
  })
  .meta({ id: 'AcceptInvite' });

export const ZUpdateUser = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    role: ZRole.optional(),
    status: z.enum(['active', 'disabled']).optional(),
  })
  .meta({ id: 'UpdateUser' });
export type UpdateUserInput = z.output<typeof ZUpdateUser>;

export const ZApiKey = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the key, to recognise it'),
    scopes: z.array(z.enum(API_SCOPES)),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.output<typeof ZApiKey>;

export const ZCreateApiKey = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    scopes: z.array(z.enum(API_SCOPES)).min(1).max(2),
    expiresAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'CreateApiKey' });
export type CreateApiKeyInput = z.output<typeof ZCreateApiKey>;

export const ZCreatedApiKey = z
  .object({
    apiKey: ZApiKey,
    secret: z.string().describe('Shown once: send as Authorization: Bearer <secret>'),
  })
  .meta({ id: 'CreatedApiKey' });
