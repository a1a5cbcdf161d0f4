import { createHash } from "node:crypto";
import { resources } from "@cetr/i18n/resources";

/** Changes whenever any string in any language does: the cache key of the messages URLs. */
export const messagesVersion = createHash("sha256")
  .update(JSON.stringify(resources))
  .digest("hex")
  .slice(0, 12);
