import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/home.ts"),
  route("people", "routes/people.tsx"),
  route("people/new", "routes/people-new.tsx"),
  route("people/:id/audit", "routes/person-audit.tsx"),
  route("people/:id/audit.csv", "routes/person-audit-csv.ts"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-in/oidc", "routes/sign-in-oidc.tsx"),
  route("sign-in/oidc/callback", "routes/sign-in-oidc-callback.tsx"),
  route("sign-out", "routes/sign-out.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
