import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface SignInSettings {
  issuer: string;
  clientId: string;
}

let manager: UserManager | undefined;

/**
 * Sign-in at the city's identity provider: authorization code with PKCE (S256), the console being a
 * public client. Tokens live in this tab's session storage only and are renewed with the refresh token
 * before they expire; nothing is kept once the tab is closed.
 */
export function initAuth(s: SignInSettings): UserManager {
  manager = new UserManager({
    authority: s.issuer,
    client_id: s.clientId,
    redirect_uri: `${location.origin}/console/callback`,
    post_logout_redirect_uri: `${location.origin}/console/`,
    response_type: 'code',
    scope: 'openid',
    loadUserInfo: false,
    monitorSession: false,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return manager;
}

function mgr(): UserManager {
  if (!manager) throw new Error('sign-in is not set up');
  return manager;
}

export async function currentUser(): Promise<User | null> {
  const u = await mgr().getUser();
  return u && !u.expired ? u : null;
}

/** A valid access token: the current one, a renewed one, or a trip to the sign-in page. */
export async function accessToken(): Promise<string> {
  const u = await mgr().getUser();
  if (u && !u.expired && (u.expires_in ?? 0) > 10) return u.access_token;
  if (u?.refresh_token) {
    const renewed = await mgr()
      .signinSilent()
      .catch(() => null);
    if (renewed) return renewed.access_token;
  }
  await signIn();
  throw new Error('redirecting to sign in');
}

export function signIn(): Promise<void> {
  return mgr().signinRedirect({ state: location.pathname + location.search });
}

/** Finishes the sign-in on /console/callback; returns where the person was going. */
export async function completeSignIn(): Promise<string> {
  const u = await mgr().signinRedirectCallback();
  return typeof u.state === 'string' && u.state.startsWith('/console') ? u.state : '/console/';
}

export async function signOut(): Promise<void> {
  const u = await mgr().getUser();
  await mgr().removeUser();
  await mgr().signoutRedirect({ id_token_hint: u?.id_token });
}
