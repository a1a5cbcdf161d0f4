import { type DestinationStream, type Logger, pino } from "pino";

/** Structured JSON logs (one object per line); cookies and credentials never logged. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "cetr-api" },
      redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
    },
    destination,
  );
}
