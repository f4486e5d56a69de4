import { z } from 'zod';
import { INT4_MAX, idSchema, isoDateSchema, versionSchema } from './common.ts';

export const orgNodeKinds = ['committee', 'administration', 'department', 'unit'] as const;
export const orgNodeKindSchema = z.enum(orgNodeKinds);
export type OrgNodeKind = z.infer<typeof orgNodeKindSchema>;

const nameSchema = z.string().trim().min(1, 'Namn måste anges').max(200, 'Namnet får vara högst 200 tecken');
const shortNameSchema = z.string().trim().max(40, 'Kortnamnet får vara högst 40 tecken');

export const municipalitySchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  koladaId: z.string().nullable(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  version: z.int(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const updateMunicipalitySchema = z.object({
  version: versionSchema,
  name: nameSchema.optional(),
  shortName: shortNameSchema.nullable().optional(),
  koladaId: z
    .string()
    .regex(/^\d{4}$/, 'Kolada-id är fyra siffror, t.ex. 1480')
    .nullable()
    .optional(),
});
export type UpdateMunicipality = z.infer<typeof updateMunicipalitySchema>;

export const orgNodeSchema = z.object({
  id: idSchema,
  municipalityId: idSchema,
  parentId: idSchema.nullable(),
  kind: orgNodeKindSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  sortOrder: z.int(),
  version: z.int(),
});
export type OrgNode = z.infer<typeof orgNodeSchema>;

const validityRefinement = (value: { validFrom?: string | undefined; validTo?: string | null | undefined }) =>
  !value.validFrom || !value.validTo || value.validTo >= value.validFrom;
const validityIssue = { message: 'Slutdatum får inte vara före startdatum', path: ['validTo'] };

export const createOrgNodeSchema = z
  .object({
    parentId: idSchema.nullable(),
    kind: orgNodeKindSchema,
    name: nameSchema,
    shortName: shortNameSchema.nullable().optional(),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.nullable().optional(),
    sortOrder: z.int().min(0).max(INT4_MAX).optional(),
  })
  .refine(validityRefinement, validityIssue);
export type CreateOrgNode = z.infer<typeof createOrgNodeSchema>;

export const updateOrgNodeSchema = z
  .object({
    version: versionSchema,
    name: nameSchema.optional(),
    shortName: shortNameSchema.nullable().optional(),
    validFrom: isoDateSchema.optional(),
    validTo: isoDateSchema.nullable().optional(),
    sortOrder: z.int().min(0).max(INT4_MAX).optional(),
  })
  .refine(validityRefinement, validityIssue);
export type UpdateOrgNode = z.infer<typeof updateOrgNodeSchema>;

export const orgNodeParamsSchema = z.object({ municipalityId: idSchema, nodeId: idSchema });

export const orgTreeQuerySchema = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

export const orgTreeSchema = z.object({
  municipality: municipalitySchema,
  nodes: z.array(orgNodeSchema),
});
export type OrgTree = z.infer<typeof orgTreeSchema>;
