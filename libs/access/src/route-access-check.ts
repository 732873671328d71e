import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { PERMISSION, PUBLIC_ROUTE } from './access.decorators';

// Nest's own metadata keys for @Get/@Post… (PATH_METADATA, METHOD_METADATA in @nestjs/common/constants).
const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

export interface DeclaredRoute {
  controller: string;
  handler: string;
  method: string;
  path: string;
  permission?: string[];
  publicBecause?: string;
}

/** Every HTTP route of the app with what it declares about access. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const cls = wrapper.metatype as (abstract new (...a: never[]) => unknown) | null;
      if (!cls) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
      for (const name of Object.getOwnPropertyNames(cls.prototype)) {
        const handler = (cls.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (path === undefined) continue;
        const at = <T>(key: string) => (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, cls)) as T | undefined;
        out.push({
          controller: cls.name,
          handler: name,
          method: METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? '?',
          path: `/${[base, ...(Array.isArray(path) ? path : [path])].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'),
          permission: at<string[]>(PERMISSION),
          publicBecause: at<string>(PUBLIC_ROUTE),
        });
      }
    }
  }
  return out;
}

/** Refuses to start an app with a route that declares neither a permission nor why it is public. */
export function assertEveryRouteDeclaresAccess(app: INestApplication): void {
  const missing = declaredRoutes(app).filter((r) => !r.permission && !r.publicBecause);
  if (missing.length) {
    throw new Error(
      `routes without a declared permission (add @Permission(...) or @PublicRoute('why')): ${missing
        .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`)
        .join(', ')}`,
    );
  }
}
