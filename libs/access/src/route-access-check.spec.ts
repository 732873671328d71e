import { Controller, Get, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Permission, PublicRoute } from './access.decorators';
import { assertEveryRouteDeclaresAccess, declaredRoutes } from './route-access-check';

@Controller('api')
class Declared {
  @Get('tasks')
  @Permission('task.list')
  list() {
    return [];
  }

  @Get('docs')
  @PublicRoute('the API description')
  docs() {
    return {};
  }
}

@Controller('api')
class Forgotten {
  @Post('tasks/:id/close')
  close() {
    return {};
  }
}

async function appWith(...controllers: (new () => object)[]) {
  const ref = await Test.createTestingModule({ controllers }).compile();
  return ref.createNestApplication();
}

describe('every route declares its access', () => {
  it('lists the routes with what they declare', async () => {
    const app = await appWith(Declared);
    expect(declaredRoutes(app)).toEqual([
      { controller: 'Declared', handler: 'list', method: 'GET', path: '/api/tasks', permission: ['task.list'], publicBecause: undefined },
      {
        controller: 'Declared',
        handler: 'docs',
        method: 'GET',
        path: '/api/docs',
        permission: undefined,
        publicBecause: 'the API description',
      },
    ]);
    expect(() => assertEveryRouteDeclaresAccess(app)).not.toThrow();
  });

  it('refuses to start an app with a route that declares nothing, and names it', async () => {
    const app = await appWith(Declared, Forgotten);
    expect(() => assertEveryRouteDeclaresAccess(app)).toThrow('POST /api/tasks/:id/close (Forgotten.close)');
  });
});
