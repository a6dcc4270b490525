import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { zUpdatedSince } from '../../platform/http/updated-since.js';
import { findUsers } from './find-users.js';
import { getUser } from './get-user.js';
import { ZInvitation, ZInviteUser, ZRole, ZUpdateUser, ZUser, ZUserStatus } from './identity.schemas.js';
import { inviteUser } from './invite-user.js';
import { updateUser } from './update-user.js';

const ZFindUsersQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(['name', 'email', 'createdAt', 'updatedAt'], 'name'),
  q: z.string().trim().min(1).max(200).optional(),
  role: ZRole.optional(),
  status: ZUserStatus.optional(),
  partnerId: z.uuid().optional(),
  kind: z.enum(['vendor', 'partner']).optional().describe('vendor staff or partner users only'),
  updatedSince: zUpdatedSince(),
});

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      config: { action: 'users.read' },
      schema: {
        operationId: 'listUsers',
        tags: ['users'],
        summary: 'Users; a partner admin sees its own organization only',
        querystring: ZFindUsersQuery,
        response: { 200: zPage(ZUser), ...problemResponses },
      },
    },
    async (request) => {
      const { kind, ...query } = request.query;
      return findUsers(ctxOf(request), {
        ...query,
        vendorOnly: kind === undefined ? undefined : kind === 'vendor',
      });
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { action: 'users.read' },
      schema: {
        operationId: 'getUser',
        tags: ['users'],
        summary: 'One user',
        params: ZIdParams,
        response: { 200: ZUser, ...problemResponses },
      },
    },
    async (request) => getUser(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/users/invitations',
    {
      config: { action: 'users.write' },
      schema: {
        operationId: 'inviteUser',
        tags: ['users'],
        summary: 'Invite a user; the invite token is returned once',
        body: ZInviteUser,
        response: { 201: ZInvitation, ...problemResponses },
      },
    },
    async (request, reply) => {
      const invitation = await inviteUser(ctxOf(request), {
        ...request.body,
        baseUrl: app.services.config.publicUrl,
      });
      return reply.code(201).send(invitation);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { action: 'users.write' },
      schema: {
        operationId: 'updateUser',
        tags: ['users'],
        summary: 'Rename, change role, disable or re-enable a user',
        params: ZIdParams,
        body: ZUpdateUser,
        response: { 200: ZUser, ...problemResponses },
      },
    },
    async (request) => {
      const user = await updateUser(ctxOf(request), request.params.id, request.body);
      app.services.authenticator.forget();
      return user;
    },
  );
};
