import { graphql } from "@cetr/graphql";
import { requireApi } from "./api.server";
import { type FamilyStatus, itemKey, type TrackerStatus } from "./leaving-hospital";
import { personPageData } from "./planner.server";

/** The newest discharge plan for a person, as the family may see it (FAMILY_VIEW included). */
const LeavingHospitalPerson = graphql(`
  query PortalLeavingHospital($id: ID!) {
    person(id: $id) {
      id
      name
      preferredName
      yourRoles
      dischargePlans {
        id
        admissionOn
        plannedDischargeOn
        steps {
          number
          whoWillHelp
          trackerStatus
          nextDueOn
          items {
            itemId
            byWhenKind
            helpers { role names }
            effectiveDueOn
            trackerStatus
            waitingFor
            familyStatus
            familyNote
            differs
          }
        }
        standards { number status evidence }
      }
    }
  }
`);

export const RecordFamilyView = graphql(`
  mutation PortalRecordFamilyView($input: RecordFamilyViewInput!) {
    recordFamilyView(input: $input) {
      dischargePlan { id }
      errors { field code message }
    }
  }
`);

const FAMILY_ROLES = new Set(["SELF", "PARENT_CARER", "OTHER_FAMILY"]);

/** The person and their plan as plain data for the pages (safe to send to the browser). */
export async function loadLeavingHospital(request: Request, personId: string) {
  const api = await requireApi(request);
  const { person } = await personPageData(() =>
    api.request(LeavingHospitalPerson, { id: personId }),
  );
  // Newest first: a person back in hospital has a new plan for the new stay.
  const plan = person.dischargePlans[0] ?? null;
  const steps =
    plan?.steps.map((step) => ({
      number: step.number,
      whoWillHelp: step.whoWillHelp,
      status: step.trackerStatus as TrackerStatus,
      nextDueOn: (step.nextDueOn as string | null) ?? null,
      items: step.items.map((item) => ({
        itemId: item.itemId,
        key: itemKey(item.itemId),
        byWhenKind: item.byWhenKind as string,
        effectiveDueOn: (item.effectiveDueOn as string | null) ?? null,
        helpers: item.helpers,
        status: item.trackerStatus as TrackerStatus,
        waitingFor: item.waitingFor,
        familyStatus: (item.familyStatus as FamilyStatus | null) ?? null,
        familyNote: item.familyNote ?? null,
        differs: item.differs === true,
      })),
    })) ?? [];
  const items = steps.flatMap((s) => s.items);
  const page = {
    personId: person.id,
    name: person.preferredName || person.name,
    // The young person and their family say what they think; an advocate reads it (FAMILY_VIEW).
    canSay: person.yourRoles.some((role) => FAMILY_ROLES.has(role)),
    plan: plan
      ? {
          id: plan.id,
          admissionOn: (plan.admissionOn as string | null) ?? null,
          plannedDischargeOn: (plan.plannedDischargeOn as string | null) ?? null,
          steps,
          standards: plan.standards.map((s) => ({
            number: s.number,
            status: s.status,
            evidence: s.evidence ?? null,
          })),
          done: items.filter((i) => i.status === "DONE").length,
          total: items.filter((i) => i.status !== "NOT_NEEDED").length,
          late: items.filter((i) => i.status === "LATE").length,
        }
      : null,
  };
  return { api, page };
}

export type LeavingPage = Awaited<ReturnType<typeof loadLeavingHospital>>["page"];
export type LeavingPlan = NonNullable<LeavingPage["plan"]>;
export type LeavingStep = LeavingPlan["steps"][number];
export type LeavingItem = LeavingStep["items"][number];
