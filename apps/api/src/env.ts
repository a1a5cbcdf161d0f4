import { z } from "zod";

/** Everything the API reads from its environment, validated once at start. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Largest request body accepted, in bytes (express/body-parser syntax also allowed, e.g. "100kb"). */
  BODY_LIMIT: z.string().default("100kb"),
  /** Seed the fictional demo people into an empty embedded database at start. */
  CETR_DEMO_DATA: z.enum(["true", "false"]).default("true"),
  /** Where people open the two web apps; only printed at start so the URLs are easy to find. */
  PORTAL_URL: z.url().default("http://localhost:3000"),
  CONSOLE_URL: z.url().default("http://localhost:3001"),
});

export type ApiEnv = z.infer<typeof schema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
