import { z } from 'zod';
import { minPasswordLength, passwordProblem } from '../domain/password-policy.ts';
import { idSchema } from './common.ts';

export const roles = ['reader', 'reporter', 'controller', 'member', 'admin', 'auditor'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  reader: 'Läsare',
  reporter: 'Rapportör',
  controller: 'Controller',
  member: 'Nämndledamot',
  admin: 'Administratör',
  auditor: 'Revisor',
};

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'E-postadressen är för lång')
  .pipe(z.email('Ange en giltig e-postadress'));

/** Every password that is set (a new user, a change, an administrator's reset, the command line) passes this. */
export const passwordSchema = z
  .string()
  .min(minPasswordLength, { error: `Lösenordet måste ha minst ${minPasswordLength} tecken`, abort: true })
  .max(200, { error: 'Lösenordet får ha högst 200 tecken', abort: true })
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Ange lösenord').max(200),
});
export type SignIn = z.infer<typeof signInSchema>;

export const grantSchema = z.object({
  id: idSchema,
  userId: idSchema,
  role: roleSchema,
  /** null: the whole municipality. */
  nodeId: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type Grant = z.infer<typeof grantSchema>;

export const meSchema = z.object({
  user: z.object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    municipalityId: idSchema,
  }),
  municipality: z.object({ id: idSchema, name: z.string(), shortName: z.string().nullable() }),
  grants: z.array(grantSchema),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const csrfSchema = z.object({ csrfToken: z.string() });
