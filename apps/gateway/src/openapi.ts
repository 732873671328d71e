import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERMISSION, PUBLIC_ROUTE } from '@hub/access';
import { rolesFor, type Action } from '@hub/domain';
import { z } from 'zod';
import { API_DOC, type ApiDocSpec } from './api-doc';
import { ConsoleApiController, OpsSessionController } from './console/console-api.controller';
import { OperationsController } from './operations.controller';
import { TasksController } from './tasks.controller';

export const OPENAPI_FILE = join(__dirname, '..', 'openapi.json');
const CONTROLLERS = [TasksController, OperationsController, ConsoleApiController, OpsSessionController];
const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the routes' declarations: the zod schemas
 * that validate each request, the permission each route needs and the roles that hold it, and the
 * bearer-token security scheme. Checked in (apps/gateway/openapi.json) and drift-tested.
 */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const cls of CONTROLLERS) {
    const base = String(Reflect.getMetadata('path', cls) ?? '');
    for (const name of Object.getOwnPropertyNames(cls.prototype).sort()) {
      const handler = (cls.prototype as unknown as Record<string, object>)[name];
      const route = Reflect.getMetadata('path', handler) as string | undefined;
      if (name === 'constructor' || route === undefined) continue;
      const spec = Reflect.getMetadata(API_DOC, handler) as ApiDocSpec | undefined;
      if (!spec) throw new Error(`${cls.name}.${name} has no @ApiDoc`);
      const permission = Reflect.getMetadata(PERMISSION, handler) as Action[] | undefined;
      const isPublic = Reflect.getMetadata(PUBLIC_ROUTE, handler) as string | undefined;
      const path = `/${base}/${route}`.replace(/\/+/g, '/').replace(/:(\w+)/g, '{$1}');
      const method = METHODS[Reflect.getMetadata('method', handler) as number];
      const parameters = [
        ...Object.entries(spec.params?.shape ?? {}).map(([n, s]) => ({
          name: n,
          in: 'path',
          required: true,
          schema: schemaOf(s as z.ZodType),
        })),
        ...Object.entries(spec.query?.shape ?? {}).map(([n, s]) => ({
          name: n,
          in: 'query',
          required: !(s as z.ZodType).safeParse(undefined).success,
          schema: schemaOf(s as z.ZodType),
        })),
      ];
      const status = String(spec.status ?? 200);
      (paths[path] ??= {})[method] = {
        operationId: name,
        summary: spec.summary,
        ...(permission
          ? {
              'x-permission': permission,
              'x-roles': [...new Set(permission.flatMap((a) => rolesFor(a)))],
              security: [{ bearer: [] }],
              description: `Needs ${permission.join(' or ')}. Outside the caller's area the answer is 404, as for a record that does not exist.`,
            }
          : { security: [], description: `Public: ${isPublic}` }),
        ...(parameters.length ? { parameters } : {}),
        ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body) } } } } : {}),
        responses: {
          [status]: { description: 'done' },
          ...(permission
            ? {
                '400': { description: 'the request is not valid; the message says what' },
                '401': { description: 'no valid bearer token from the identity provider' },
                '403': { description: 'the caller’s roles do not grant this' },
                '404': { description: 'no such record in the caller’s area' },
                '429': { description: 'too many requests from this caller' },
              }
            : {}),
        },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'suyuan-hub HTTP API',
      version: '1',
      description:
        'The closed loop, alerts, threads, statistics and operations of the 诉源治理 hub. Every route needs a bearer token (OpenID Connect access token of the city’s identity provider, audience `suyuan-hub`); the caller, their roles and their area come from the token only.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    security: [{ bearer: [] }],
    paths,
  };
}

export function openApiJson(): string {
  return JSON.stringify(openApiDocument(), null, 2) + '\n';
}

export function writeOpenApi(): string {
  writeFileSync(OPENAPI_FILE, openApiJson());
  return OPENAPI_FILE;
}

export function checkedInOpenApi(): string {
  return readFileSync(OPENAPI_FILE, 'utf8');
}
