import { Link } from "@cetr/ui";
import { redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { plannerPath } from "../lib/planner";
import { loadPlanner, plannerView } from "../lib/planner.server";
import type { Route } from "./+types/planner-sent";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadPlanner(request, params.personId);
  // Only a planner that really was sent gets a confirmation.
  if (page.mode !== "sent") throw redirect(plannerPath(page.personId));
  return plannerView(page);
}

const nextPictures = { read: "planner", contact: "phone", day: "meeting", change: "talk" } as const;

/** Confirmation: the planner went, and what happens next. */
export default function PlannerSent({ loaderData: view }: Route.ComponentProps) {
  const tx = usePlannerText();
  const title = tx("planner.sent.title");
  return (
    <div className="cetr-readable">
      <PageTitle title={title} />
      <div className="cetr-panel" role="status">
        <h1 className="cetr-panel__title">{title}</h1>
        <p className="cetr-panel__body">{tx("planner.sent.body")}</p>
      </div>
      <h2>{tx("planner.sent.nextHeading")}</h2>
      <Ideas pictures={nextPictures} text={(id) => tx(`planner.sent.next.${id}`)} />
      <p>
        <Link href={plannerPath(view.personId, "/check")}>{tx("planner.sent.view")}</Link>
      </p>
      <p>
        <Link href={plannerPath(view.personId)}>{tx("planner.backToPlanner")}</Link>
      </p>
    </div>
  );
}
