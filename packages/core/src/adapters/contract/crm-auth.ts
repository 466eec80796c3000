/** A fresh OAuth access token, as a `refresh` callback returns it. */
export interface RefreshedToken {
  readonly accessToken: string;
  /** When it expires (epoch ms); it is then refreshed before use. */
  readonly expiresAt?: number | null;
}

/**
 * How requests are authenticated.
 * - `token`: a static token (HubSpot private-app or service key, Pipedrive API token).
 * - `oauth`: an OAuth access token and a `refresh` callback (your code exchanges the
 *   refresh token, so the client secret never reaches this library). It is called before
 *   `expiresAt`, and at most once per request on a 401.
 */
export type CrmAuth =
  | { readonly type: 'token'; readonly token: string }
  | {
      readonly type: 'oauth';
      readonly accessToken: string;
      readonly expiresAt?: number | null;
      readonly refresh?: () => Promise<RefreshedToken | string>;
    };
