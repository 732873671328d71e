import { EventEmitter } from 'node:events';
import { MetricsRegistry } from '@hub/observability';
import { HttpMetricsMiddleware, routeLabel } from './http-metrics.middleware';

class Response extends EventEmitter {
  statusCode = 200;
  headers: Record<string, string> = {};
  getHeader(name: string): unknown {
    return this.headers[name];
  }
}

describe('gateway HTTP request timing', () => {
  it('labels a request by its route template, Bull Board as one route, and unmatched paths as such', () => {
    const id = '0b6f1c9e-4d0a-4f7e-9d61-1c2b3a4d5e6f';
    expect(routeLabel({ method: 'GET', url: `/api/tasks/${id}`, route: { path: '/api/tasks/:id' } })).toBe('/api/tasks/:id');
    expect(routeLabel({ method: 'GET', url: '/ops/queues/api/queues?x=1', route: { path: '/api/queues' } })).toBe('/ops/queues');
    expect(routeLabel({ method: 'GET', url: `/nothing/${id}` })).toBe('unmatched');
  });

  it('observes each finished response once with route, method and status, and leaves the event stream out', async () => {
    const metrics = new MetricsRegistry();
    const mw = new HttpMetricsMiddleware(metrics);
    const send = (url: string, route: string | undefined, status: number, contentType = 'application/json') => {
      const res = new Response();
      let passed = false;
      mw.use({ method: 'GET', url, route: route ? { path: route } : undefined }, res, () => (passed = true));
      expect(passed).toBe(true);
      res.statusCode = status;
      res.headers['content-type'] = contentType;
      res.emit('finish');
    };
    send('/api/tasks/1', '/api/tasks/:id', 200);
    send('/api/tasks/2', '/api/tasks/:id', 404);
    send('/api/tasks/3', '/api/tasks/:id', 404);
    send('/api/alerts/stream', '/api/alerts/stream', 200, 'text/event-stream');
    const text = await metrics.render();
    expect(text).toMatch(/^hub_http_request_duration_seconds_count\{route="\/api\/tasks\/:id",method="GET",status="200"\} 1$/m);
    expect(text).toMatch(/^hub_http_request_duration_seconds_count\{route="\/api\/tasks\/:id",method="GET",status="404"\} 2$/m);
    expect(text).not.toContain('/api/alerts/stream');
  });
});
