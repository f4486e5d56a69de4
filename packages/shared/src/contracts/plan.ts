import { z } from 'zod';

export const assessmentLevelKeySchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/, 'Nivåns nyckel får bara innehålla a–z, 0–9 och bindestreck');
