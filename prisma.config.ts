// Prisma offline workaround. Prisma's CLI normally downloads a native schema engine, which cannot be
// fetched here. Prisma 6.19 can instead run its WebAssembly schema engine through a driver adapter.
// The adapter is @prisma/adapter-pg 7.10 because the 6.19 adapter cannot read PostgreSQL's `name`
// type that migrate needs (prisma/orm#27403). Remove this (engine: "js", adapter) once native engines
// can be downloaded or the 6.x adapter is fixed.
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/suyuan_hub' }),
});
