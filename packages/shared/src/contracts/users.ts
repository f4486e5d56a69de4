import { z } from 'zod';
import { emailSchema, grantSchema, passwordSchema, roleSchema } from './auth.ts';
import { idSchema, versionSchema } from './common.ts';

const displayNameSchema = z.string().trim().min(1, 'Namn måste anges').max(200, 'Namnet är för långt');

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  grants: z.array(grantSchema),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
export type CreateUser = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  version: versionSchema,
  displayName: displayNameSchema.optional(),
  active: z.boolean().optional(),
  password: passwordSchema.optional(),
});
export type UpdateUser = z.infer<typeof updateUserSchema>;

export const createGrantSchema = z.object({ role: roleSchema, nodeId: idSchema.nullable() });
export type CreateGrant = z.infer<typeof createGrantSchema>;

export const userParamsSchema = z.object({ municipalityId: idSchema, userId: idSchema });
export const grantParamsSchema = z.object({ municipalityId: idSchema, userId: idSchema, grantId: idSchema });
