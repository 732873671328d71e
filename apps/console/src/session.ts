import { createContext, useContext } from 'react';

/** The words for the hub's codes, as GET /api/console/config gives them. */
export interface Vocabulary {
  states: Record<string, string>;
  transitions: Record<string, string[]>;
  stepActions: Record<string, string>;
  deadlines: Record<string, 'accept' | 'feedback' | null>;
  departments: Record<string, string>;
  mediation: Record<string, string>;
  levels: Record<string, string>;
  feeds: Record<string, string>;
  areaLevels: Record<string, string>;
  escalationReasons: Record<string, string>;
  eventTypes: Record<string, string>;
  actorKinds: Record<string, string>;
  roles: Record<string, string>;
}

/** The signed-in person as GET /api/me describes them. */
export interface Me {
  subject: string;
  roles: string[];
  area: string | null;
  areaName: string | null;
  actions: string[];
}

export interface Session {
  me: Me;
  vocab: Vocabulary;
  may: (action: string) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('no session');
  return s;
}

/** Where a person lands after signing in: the screen their role works from. */
export function homeOf(me: Me): string {
  if (me.roles.includes('grid_worker')) return '/m';
  if (me.actions.includes('alert.list')) return '/board';
  if (me.actions.includes('stats.read')) return '/stats';
  if (me.actions.includes('queue.read')) return '/ops';
  return '/none';
}
