import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/welcome.tsx"),
  route("help", "routes/help.tsx"),
  route("preferences", "routes/preferences.ts"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-in/code", "routes/sign-in-code.tsx"),
  route("sign-in/link", "routes/sign-in-link.tsx"),
  route("sign-out", "routes/sign-out.ts"),
  route("home", "routes/home.tsx"),
  route("invitation/:token", "routes/invitation.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
