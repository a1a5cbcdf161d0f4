import { z } from "zod";

/** The console's environment, validated once at start. PORT, HOST and TRUST_PROXY are read by cetr-web-serve. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The GraphQL API; called from the console's server only, never from the browser. */
  API_URL: z.url().default("http://127.0.0.1:4000/graphql"),
  /**
   * Where browsers reach the console. The OpenID Connect callback is built from
   * it (it must be on the API's OIDC_REDIRECT_URIS), never from the request's
   * Host header, which a client controls.
   */
  CONSOLE_PUBLIC_URL: z.url().default("http://localhost:3001"),
});

function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment for the console:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = readEnv();
