import { graphql } from "@cetr/graphql";
import type { ActionInput } from "./actions";
import { requireApi } from "./api.server";
import { personPageData } from "./planner.server";

/** Every action agreed for the person at any review this account may see, with its latest news. */
const ActionsPerson = graphql(`
  query PortalActions($id: ID!) {
    person(id: $id) {
      id
      name
      preferredName
      actions {
        id
        what
        plainWhat
        howWeWillKnow
        dueOn
        status
        completedOn
        notDoneReason
        isOverdue
        daysOverdue
        owner { displayName }
        updates { at note author { displayName } }
        review {
          id
          heldOn
          scheduledOn
          report { id isSent progressContact { displayName } }
        }
      }
    }
  }
`);

/** The person and their actions, or a 404 when they are not someone this account can see. */
export async function loadActions(request: Request, personId: string) {
  const api = await requireApi(request);
  const { person } = await personPageData(() => api.request(ActionsPerson, { id: personId }));
  const actions: ActionInput[] = person.actions.map((a) => ({
    id: a.id,
    what: a.what,
    plainWhat: a.plainWhat ?? null,
    howWeWillKnow: a.howWeWillKnow,
    ownerName: a.owner.displayName,
    dueOn: a.dueOn as string,
    status: a.status,
    completedOn: (a.completedOn as string | null) ?? null,
    notDoneReason: a.notDoneReason ?? null,
    isOverdue: a.isOverdue,
    daysOverdue: a.daysOverdue,
    updates: a.updates.map((u) => ({
      at: u.at as string,
      note: u.note,
      authorName: u.author.displayName,
    })),
    review: {
      id: a.review.id,
      heldOn: (a.review.heldOn as string | null) ?? null,
      scheduledOn: (a.review.scheduledOn as string | null) ?? null,
      progressContactName: a.review.report?.progressContact?.displayName ?? null,
    },
  }));
  // Reviews whose report has been sent: the tracker links each group to its report.
  const reportsSent = [
    ...new Set(person.actions.filter((a) => a.review.report?.isSent).map((a) => a.review.id)),
  ];
  return {
    api,
    personId: person.id,
    name: person.preferredName || person.name,
    actions,
    reportsSent,
  };
}
