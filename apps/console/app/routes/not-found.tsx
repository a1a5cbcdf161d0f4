import { data } from "react-router";
import { pageTitle } from "../lib/format";

export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return <title>{pageTitle("Page not found")}</title>;
}
