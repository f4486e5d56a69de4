import { historySchema } from '@styr/shared/contracts/audit';
import { grantSchema } from '@styr/shared/contracts/auth';
import { municipalityParamsSchema } from '@styr/shared/contracts/common';
import {
  createGrantSchema,
  createUserSchema,
  grantParamsSchema,
  updateUserSchema,
  userParamsSchema,
  userSchema,
} from '@styr/shared/contracts/users';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../../http/actor.ts';
import {
  createUser,
  getUser,
  getUserHistory,
  getUsers,
  grantRole,
  revokeRole,
  updateUser,
} from './users.service.ts';

const tags = ['Användare'];
const access = { kind: 'municipality', permission: 'users.manage' } as const;

export const usersRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/municipalities/:municipalityId/users',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Kommunens användare',
          params: municipalityParamsSchema,
          response: { 200: z.array(userSchema) },
        },
      },
      (request) => getUsers(deps, request.params.municipalityId),
    );

    app.post(
      '/municipalities/:municipalityId/users',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Skapa en användare',
          params: municipalityParamsSchema,
          body: createUserSchema,
          response: { 201: userSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createUser(deps, actorOf(request), request.body)),
    );

    app.get(
      '/municipalities/:municipalityId/users/:userId',
      {
        config: { access },
        schema: {
          tags,
          summary: 'En användare med roller',
          params: userParamsSchema,
          response: { 200: userSchema },
        },
      },
      (request) => getUser(deps, request.params.municipalityId, request.params.userId),
    );

    app.patch(
      '/municipalities/:municipalityId/users/:userId',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Ändra en användare',
          params: userParamsSchema,
          body: updateUserSchema,
          response: { 200: userSchema },
        },
      },
      (request) => updateUser(deps, actorOf(request), request.params.userId, request.body),
    );

    app.get(
      '/municipalities/:municipalityId/users/:userId/history',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Ändringshistorik för en användare',
          params: userParamsSchema,
          response: { 200: historySchema },
        },
      },
      async (request) => ({
        entries: await getUserHistory(deps, request.params.municipalityId, request.params.userId),
      }),
    );

    app.post(
      '/municipalities/:municipalityId/users/:userId/grants',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Ge en roll på en organisationsenhet',
          params: userParamsSchema,
          body: createGrantSchema,
          response: { 201: grantSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await grantRole(deps, actorOf(request), request.params.userId, request.body)),
    );

    app.delete(
      '/municipalities/:municipalityId/users/:userId/grants/:grantId',
      {
        config: { access },
        schema: { tags, summary: 'Ta bort en roll', params: grantParamsSchema, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await revokeRole(deps, actorOf(request), request.params.userId, request.params.grantId);
        return reply.status(204).send(null);
      },
    );
  };
