import { z } from 'zod';
import { INT4_MAX, idSchema, isoDateSchema, versionSchema } from './common.ts';

export const orgNodeKinds = ['committee', 'administration', 'department', 'unit'] as const;
export const orgNodeKindSchema = z.enum(orgNodeKinds);
export type OrgNodeKind = z.infer<typeof orgNodeKindSchema>;

/**
 * What a municipality calls each kind of unit (sektor, kontor, verksamhetsområde …) and which kinds it places
 * directly under it. The four kinds stay the same everywhere; their names and nesting are the municipality's.
 */
export const orgKindSettingSchema = z.strictObject({
  kind: orgNodeKindSchema,
  label: z.string().trim().min(1, 'Namnet får inte vara tomt').max(60, 'Namnet får vara högst 60 tecken'),
  children: z.array(orgNodeKindSchema.exclude(['committee'])).max(3),
});
export type OrgKindSetting = z.infer<typeof orgKindSettingSchema>;

export const orgKindsSchema = z.array(orgKindSettingSchema).superRefine((kinds, context) => {
  orgNodeKinds.forEach((kind) => {
    if (!kinds.some((setting) => setting.kind === kind))
      context.addIssue({
        code: 'custom',
        path: [],
        message: `Typen ${kind} saknas; alla fyra typer ska finnas`,
      });
  });
  const seen = new Set<string>();
  kinds.forEach((setting, index) => {
    if (seen.has(setting.kind))
      context.addIssue({
        code: 'custom',
        path: [index, 'kind'],
        message: `${setting.kind} förekommer mer än en gång`,
      });
    seen.add(setting.kind);
    if (new Set(setting.children).size !== setting.children.length)
      context.addIssue({
        code: 'custom',
        path: [index, 'children'],
        message: 'En typ förekommer mer än en gång',
      });
  });
  const labels = new Set(kinds.map((setting) => setting.label.toLowerCase()));
  if (labels.size !== kinds.length)
    context.addIssue({ code: 'custom', path: [], message: 'Typerna måste ha olika namn' });
});

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
    /** Committees the unit serves besides its own (an administration shared by several committees). */
    servedCommittees: z.array(idSchema).max(100).optional(),
  })
  .refine(validityRefinement, validityIssue);
export type UpdateOrgNode = z.infer<typeof updateOrgNodeSchema>;

export const orgNodeParamsSchema = z.object({ municipalityId: idSchema, nodeId: idSchema });

export const orgTreeQuerySchema = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

export const orgTreeSchema = z.object({
  municipality: municipalitySchema,
  /** The municipality's names and nesting of the kinds of unit, in the order committee → unit. */
  kinds: z.array(orgKindSettingSchema),
  nodes: z.array(orgNodeSchema),
  /** Units that serve a committee besides their own; the committee sees each in its tree, directly under it. */
  served: z.array(z.object({ nodeId: idSchema, committeeId: idSchema })),
});
export type OrgTree = z.infer<typeof orgTreeSchema>;

export const settingsImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});

/** What a settings file did, or would do on a dry run: the parts of it that differ from what is stored. */
export const settingsWriteSchema = z.object({
  /** The settings' version as read (`GET …/settings`); a newer one stored refuses the write with 409. */
  version: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig version'),
  /** The whole file in the format styr/municipality, checked by the import. */
  file: z.unknown(),
});

export const settingsImportResultSchema = z.object({
  municipality: municipalitySchema,
  created: z.boolean(),
  changed: z.array(z.string()),
});
export type SettingsImportResult = z.infer<typeof settingsImportResultSchema>;
