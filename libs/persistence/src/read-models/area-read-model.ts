import type { PrismaClient } from '../generated/prisma/client';

export interface AreaNode {
  code: string;
  name: string;
  level: string;
}

/** The gateway's reads of the area tree (divisions and grids), through Prisma's client. */
export class AreaReadModel {
  constructor(private readonly prisma: PrismaClient) {}

  /** The name of a division or a grid. */
  async nameOf(code: string): Promise<string | undefined> {
    const division = await this.prisma.division.findUnique({ where: { code }, select: { name: true } });
    if (division) return division.name;
    return (await this.prisma.grid.findUnique({ where: { code }, select: { name: true } }))?.name;
  }

  /** A division and what lies one level under it: its child divisions, or a village's grids. */
  async withChildren(code: string): Promise<(AreaNode & { children: AreaNode[] }) | undefined> {
    const area = await this.prisma.division.findUnique({ where: { code }, select: { code: true, name: true, level: true } });
    if (!area) return undefined;
    const children =
      area.level === 'village'
        ? (
            await this.prisma.grid.findMany({ where: { villageCode: code }, orderBy: { code: 'asc' }, select: { code: true, name: true } })
          ).map((g) => ({ ...g, level: 'grid' }))
        : await this.prisma.division.findMany({
            where: { parentCode: code },
            orderBy: { code: 'asc' },
            select: { code: true, name: true, level: true },
          });
    return { ...area, children };
  }
}
