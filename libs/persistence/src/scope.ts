import { areaPrefix as areaPrefixOf, type ListScope } from '@hub/domain';

/** The SQL condition that keeps a list to the caller's scope (grid, area, or all); appends its parameters. */
export function scopeCondition(scope: ListScope, cols: { grid: string; codes: string[]; centre?: string }, params: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'none':
    case 'feed':
      return 'FALSE';
    case 'grid':
      params.push(scope.gridCode);
      return `${cols.grid} = $${params.length}`;
    case 'area': {
      params.push(`${areaPrefixOf(scope.areaCode)}%`);
      const p = `$${params.length}`;
      const own = `coalesce(${cols.codes.join(', ')}) LIKE ${p}`;
      return cols.centre ? `(${own} OR ${cols.centre} LIKE ${p})` : own;
    }
  }
}
