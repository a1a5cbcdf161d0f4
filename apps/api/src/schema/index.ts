import { builder } from "./builder.js";
import "./scalars.js";
import "./errors.js";
import "./enums.js";
import "../organisations/organisations.schema.js";
import "../people/people.schema.js";
import "../auth/auth.schema.js";
import "../auth/sign-in.schema.js";
import "../auth/passkeys.schema.js";
import "../auth/display-preferences.schema.js";
import "../auth/api-clients.schema.js";
import "../auth/oidc/oidc.schema.js";
import "../reviews/index.js";
import "../actions/index.js";
import "../register/index.js";
import "../requests/request-form.schema.js";
import "../requests/triage.schema.js";
import "../discharge/index.js";
import "../audit-trail/audit-trail.schema.js";
import "../returns/index.js";
import "../oversight/oversight.schema.js";
import "../notifications/notifications.schema.js";
import { assertDenyByDefault } from "./deny-by-default.js";

builder.queryType({ description: "Read access to the review platform." });
builder.mutationType({
  description: "Changes; each takes one `input` and returns a payload with field errors.",
});

/** The whole schema: every capability folder registers its types on import above. */
export const schema = builder.toSchema({ sortSchema: true });
assertDenyByDefault(schema);
