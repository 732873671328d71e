import { BadRequestException, NotFoundException } from '@nestjs/common';
import { areaPrefix as areaPrefixOf, type ListScope } from '@hub/domain';
import { z } from 'zod';

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new BadRequestException(r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`));
  return r.data;
}

/** Outside the caller's scope answers exactly as a record that does not exist. */
export function notFound(what: string, id: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, code: 'not_found', message: `${what} ${id} not found` });
}

/** Every list is paged, with a maximum page size. */
export const Page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

export const Uuid = z.uuid('not a valid id');
export const IdParam = z.object({ id: Uuid });

/** Strings of people and systems: no control characters (a NUL cannot be stored and has no meaning here). */
export const Text = (min: number, max: number, message?: string) =>
  z
    .string()
    .trim()
    .min(min, message)
    .max(max)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'control characters are not allowed');

/**
 * A list's scope as SQL: the caller's grid, the subtree of its area (by the most specific code the row
 * has, or the centre answering for it), its feed, everything, or nothing. Appends its parameters.
 */
export function scopeCondition(scope: ListScope, cols: { grid: string; codes: string[]; centre?: string }, params: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'none':
    case 'feed':
      return 'FALSE';
    case 'grid':
      params.push(scope.gridCode);
      return `${cols.grid} = $${params.length}`;
    case 'area': {
      params.push(`${areaPrefixOf(scope.areaCode)}%`);
      const p = `$${params.length}`;
      const own = `coalesce(${cols.codes.join(', ')}) LIKE ${p}`;
      return cols.centre ? `(${own} OR ${cols.centre} LIKE ${p})` : own;
    }
  }
}
