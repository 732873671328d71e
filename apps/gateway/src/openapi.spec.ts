import { checkedInOpenApi, openApiDocument, openApiJson } from './openapi';

describe('OpenAPI document', () => {
  it('is checked in as generated from the route declarations (run `npm run -s openapi` after changing a route)', () => {
    expect(checkedInOpenApi()).toBe(openApiJson());
  });

  it('describes every route with its permission and the roles holding it, and the bearer scheme', () => {
    const doc = openApiDocument() as {
      paths: Record<string, Record<string, { 'x-permission'?: string[]; 'x-roles'?: string[]; security: unknown[] }>>;
    };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThanOrEqual(19);
    for (const op of ops) {
      expect(op['x-permission']?.length).toBeGreaterThan(0);
      expect(op['x-roles']?.length).toBeGreaterThan(0);
    }
    const transition = doc.paths['/api/tasks/{id}/transitions'].post as unknown as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    expect(Object.keys(transition.requestBody.content['application/json'].schema.properties)).toEqual([
      'to',
      'reason',
      'departments',
      'mediation',
    ]);
  });
});
