import { Controller, Get } from '@nestjs/common';
import { PublicRoute } from '@hub/access';
import { openApiDocument } from './openapi';

/** The OpenAPI document, for whoever builds a client: routes, schemas and permissions, no data. */
@Controller('api')
export class DocsController {
  private readonly document = openApiDocument();

  @Get('docs')
  @PublicRoute('the API description: routes, schemas and permissions, no data')
  docs() {
    return this.document;
  }
}
