import { redirect } from "react-router";

/** The people list is the console's front door until the dashboard exists. */
export function loader() {
  return redirect("/people");
}
