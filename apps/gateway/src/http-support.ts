import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { type Action, maskIdentifiersInText } from '@hub/domain';
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

export function noPermission(action: Action): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, code: 'no_permission', message: `需要权限 ${action}` });
}

/** Every list is paged, with a maximum page size. */
export const Page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

export const Uuid = z.uuid('not a valid id');
export const IdParam = z.object({ id: Uuid });

/** Control characters other than tab and line breaks (a NUL cannot even be stored). */
export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/** A filter value (an actor, a record id, a worker): bounded, without control characters (a NUL would fail the query with a 500). */
export const FilterText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'control characters (such as NUL) are not allowed');

/** Strings of people and systems: trimmed, bounded, without control characters. */
export const Text = (min: number, max: number, message?: string) =>
  z
    .string()
    .trim()
    .min(min, message)
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'control characters are not allowed')
    // People type numbers into reasons and notes too; they are stored and shown masked.
    .transform((s) => maskIdentifiersInText(s).text);
