import { data } from "react-router";

/** Unknown addresses get a real 404 rendered by the root error boundary, inside the normal page frame. */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
