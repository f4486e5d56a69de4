import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldIssue } from '../../api/api-error.ts';

/**
 * Validates a form against the shared contract of what it sends: the form's values are turned into the request
 * body, which the contract checks, so field errors and the server's 400 name the same paths. The form's own
 * checks (a date or number that does not parse) come first: they say in Swedish what the schema cannot know.
 */
export function contractResolver<V extends FieldValues, B>(
  schema: z.ZodType<B>,
  toBody: (values: V) => unknown,
  check?: (values: V) => readonly FieldIssue[],
): Resolver<V, unknown, B> {
  const validate = zodResolver(schema as z.ZodType<B, FieldValues>) as unknown as Resolver<
    FieldValues,
    unknown,
    B
  >;
  return async (values, context, options) => {
    const result = await validate(toBody(values) as FieldValues, context, options as never);
    const own = check?.(values) ?? [];
    if (own.length === 0) return result as Awaited<ReturnType<Resolver<V, unknown, B>>>;
    const flat = Object.fromEntries(
      [...own].reverse().map((issue) => [issue.path, { type: 'check', message: issue.message }]),
    );
    return {
      values: {},
      errors: { ...result.errors, ...toNestErrors(flat, options) },
    } as Awaited<ReturnType<Resolver<V, unknown, B>>>;
  };
}
