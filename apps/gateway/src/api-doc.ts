import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const API_DOC = 'hub:api-doc';

/** What the API document says of a route; the schemas are the ones that validate the request. */
export interface ApiDocSpec {
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** HTTP status of success (200 unless given). */
  status?: number;
}

export const ApiDoc = (spec: ApiDocSpec) => SetMetadata(API_DOC, spec);
