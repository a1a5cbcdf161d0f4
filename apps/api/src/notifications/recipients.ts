import type { Tx } from "../jobs/queue.js";

/**
 * Who hears about changes to a person's record: the people the family-portal
 * access rules (access/access.ts, FAMILY_READ and ADVOCATE_READ) let read it —
 * the person's own account, parent carers with parental responsibility, and
 * other family or advocates the person has agreed to share with. Staff are
 * not notified here: they made the change or see it in the console.
 */
export async function recipientsFor(tx: Tx, personId: string, today: Date): Promise<string[]> {
  const active = { startedOn: { lte: today }, OR: [{ endedOn: null }, { endedOn: { gt: today } }] };
  const shared = async (purpose: "SHARE_WITH_FAMILY" | "SHARE_WITH_ADVOCATE") =>
    new Set(
      (
        await tx.consentRecord.findMany({
          where: {
            personId,
            purpose,
            answer: "GIVEN",
            withdrawnAt: null,
            sharedWithId: { not: null },
          },
          select: { sharedWithId: true },
        })
      ).map((c) => c.sharedWithId as string),
    );
  const [person, relationships, family, advocates] = await Promise.all([
    tx.person.findUnique({ where: { id: personId }, select: { accountUserId: true } }),
    tx.relationship.findMany({
      where: { personId, ...active },
      select: { userId: true, kind: true, hasParentalResponsibility: true },
    }),
    shared("SHARE_WITH_FAMILY"),
    shared("SHARE_WITH_ADVOCATE"),
  ]);
  const users = new Set<string>();
  if (person?.accountUserId) users.add(person.accountUserId);
  for (const r of relationships) {
    if (r.kind === "PARENT_CARER" && r.hasParentalResponsibility) users.add(r.userId);
    else if ((r.kind === "PARENT_CARER" || r.kind === "OTHER_FAMILY") && family.has(r.userId))
      users.add(r.userId);
    else if (r.kind === "ADVOCATE" && advocates.has(r.userId)) users.add(r.userId);
  }
  return [...users].sort();
}
