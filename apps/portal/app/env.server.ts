import { z } from "zod";

/**
 * Every environment variable the portal reads, validated once at start-up so
 * a typo fails loudly instead of surfacing as a broken page. PORT, HOST and
 * TRUST_PROXY are not here: the server (`cetr-web-serve`) reads them itself.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The GraphQL API; only ever called from the server, never from the browser. */
  API_URL: z.url().default("http://127.0.0.1:4000/graphql"),
  /**
   * Whether cookies get the Secure flag. `auto` follows the request's own
   * protocol, so local http runs still work while anything behind https is
   * protected; set `true` behind a TLS-terminating proxy that forwards http.
   */
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment for the portal:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv();
