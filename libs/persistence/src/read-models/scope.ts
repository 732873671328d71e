import { areaPrefix, type ListScope } from '@hub/domain';
import { Prisma } from '../generated/prisma/client';

/**
 * A list kept to the caller's scope (one grid, an area's subtree, everything, or nothing), in the two
 * forms the read models query with: a Prisma `where` for a single table, and a SQL fragment for the
 * lists whose scope lies on a joined table (the schema declares no relation Prisma could follow).
 * An area covers a row by its most specific code (grid, else village, else division) or by the
 * centre answering for it.
 */

/** A task's (or delivery's, through its task) placement columns. */
export interface PlacementColumns {
  grid: string;
  codes: string[];
  centre?: string;
}

/** Scope as a SQL condition over trusted column names; the value travels as a parameter. */
export function scopeSql(scope: ListScope, cols: PlacementColumns): Prisma.Sql {
  switch (scope.kind) {
    case 'all':
      return Prisma.sql`TRUE`;
    case 'none':
    case 'feed':
      return Prisma.sql`FALSE`;
    case 'grid':
      return Prisma.sql`${Prisma.raw(cols.grid)} = ${scope.gridCode}`;
    case 'area': {
      const prefix = `${areaPrefix(scope.areaCode)}%`;
      const own = Prisma.sql`coalesce(${Prisma.raw(cols.codes.join(', '))}) LIKE ${prefix}`;
      return cols.centre ? Prisma.sql`(${own} OR ${Prisma.raw(cols.centre)} LIKE ${prefix})` : own;
    }
  }
}

/** Scope as a Prisma `where` over one table, from how that table names a grid and an area's prefix; null: nothing visible. */
function whereInScope<W extends object>(scope: ListScope, place: { grid(gridCode: string): W; area(prefix: string): W }): W | null {
  switch (scope.kind) {
    case 'all':
      return {} as W;
    case 'none':
    case 'feed':
      return null;
    case 'grid':
      return place.grid(scope.gridCode);
    case 'area':
      return place.area(areaPrefix(scope.areaCode));
  }
}

/** Scope over a grid task's own columns: coalesce(grid_code, village_code, division_code) LIKE prefix, or the answering centre's. */
export const taskScopeWhere = (scope: ListScope) =>
  whereInScope<Prisma.GridTaskWhereInput>(scope, {
    grid: (gridCode) => ({ gridCode }),
    area: (startsWith) => ({
      OR: [
        { gridCode: { startsWith } },
        { gridCode: null, villageCode: { startsWith } },
        { gridCode: null, villageCode: null, divisionCode: { startsWith } },
        { centreCode: { startsWith } },
      ],
    }),
  });

/** Scope over an alert (a risk assessment): its grid, else its division. */
export const alertScopeWhere = (scope: ListScope) =>
  whereInScope<Prisma.RiskAssessmentWhereInput>(scope, {
    grid: (gridCode) => ({ gridCode }),
    area: (startsWith) => ({ divisionCode: { startsWith } }),
  });
