import { writeOpenApi } from './openapi';

console.log(`wrote ${writeOpenApi()}`);
