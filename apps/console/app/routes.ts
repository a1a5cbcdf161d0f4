import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("dashboard/reviews-due", "routes/dashboard-reviews.tsx"),
  route("dashboard/reports-due", "routes/dashboard-reports.tsx"),
  route("dashboard/actions", "routes/dashboard-actions.tsx"),
  route("dashboard/register", "routes/dashboard-register.tsx"),
  route("people", "routes/people.tsx"),
  route("people/new", "routes/people-new.tsx"),
  route("people/:id/invite", "routes/person-invite.tsx"),
  route("people/:id/audit", "routes/person-audit.tsx"),
  route("people/:id/reviews/new", "routes/person-review-new.tsx"),
  route("people/:id/profile", "routes/person-profile.tsx"),
  route("people/:id/audit.csv", "routes/person-audit-csv.ts"),
  route("requests", "routes/requests.tsx"),
  route("requests/:reference", "routes/requests-detail.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-in/oidc", "routes/sign-in-oidc.tsx"),
  route("sign-in/oidc/callback", "routes/sign-in-oidc-callback.tsx"),
  route("sign-out", "routes/sign-out.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
