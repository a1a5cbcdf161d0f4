import { actionQuestionEmail, type QuestionEmailReason } from "../email/templates.js";
import { enqueue, type Tx } from "../jobs/queue.js";
import type { Task } from "../jobs/runner.js";

/**
 * A family's question about an action (ADR 0027) reaches the named owner and
 * the commissioners by email as well as on the console dashboard, so a
 * question asked on a Friday evening is not waiting for someone to open the
 * console. Staff only: the email links to the console, which they sign in to.
 */

export const QUESTION_EMAIL_JOB = "action-question-email";

export interface QuestionEmailPayload {
  questionId: string;
  userId: string;
  reason: QuestionEmailReason;
}

const activeOn = (today: Date) => ({
  startedOn: { lte: today },
  OR: [{ endedOn: null }, { endedOn: { gt: today } }],
});

/**
 * Who is emailed about a new question: the action's owner if they are staff
 * today (a membership of any organisation), and every commissioner today of
 * an organisation holding the person on its caseload today — the people the
 * dashboard's "Questions from families" shows it to. Never the asker (staff
 * may ask on a family's behalf), and one email each.
 */
export async function questionRecipients(
  tx: Tx,
  action: { personId: string; ownerId: string },
  askedById: string,
  today: Date,
): Promise<{ userId: string; reason: QuestionEmailReason }[]> {
  const [ownerIsStaff, caseload] = await Promise.all([
    tx.membership.count({ where: { userId: action.ownerId, ...activeOn(today) } }),
    tx.caseloadAssignment.findMany({
      where: { personId: action.personId, ...activeOn(today) },
      select: { organisationId: true },
    }),
  ]);
  const commissioners = await tx.membership.findMany({
    where: {
      role: "COMMISSIONER",
      organisationId: { in: caseload.map((c) => c.organisationId) },
      ...activeOn(today),
    },
    select: { userId: true },
    orderBy: { userId: "asc" },
  });
  const out = new Map<string, QuestionEmailReason>();
  if (ownerIsStaff > 0) out.set(action.ownerId, "OWNER");
  for (const { userId } of commissioners) if (!out.has(userId)) out.set(userId, "COMMISSIONER");
  out.delete(askedById);
  return [...out].map(([userId, reason]) => ({ userId, reason }));
}

/** Queues one email per recipient in the question's transaction: it is sent only if the question is kept. */
export async function queueQuestionEmails(
  tx: Tx,
  question: { id: string; askedById: string },
  action: { personId: string; ownerId: string },
  today: Date,
  now: Date,
): Promise<void> {
  for (const { userId, reason } of await questionRecipients(tx, action, question.askedById, today))
    await enqueue(
      tx,
      QUESTION_EMAIL_JOB,
      { questionId: question.id, userId, reason } satisfies QuestionEmailPayload,
      { runAt: now },
    );
}

const actionGlobalId = (id: string) => Buffer.from(`Action:${id}`).toString("base64");

function parsePayload(payload: unknown): QuestionEmailPayload {
  const p = payload as Partial<QuestionEmailPayload> | null;
  if (
    !p ||
    typeof p.questionId !== "string" ||
    typeof p.userId !== "string" ||
    (p.reason !== "OWNER" && p.reason !== "COMMISSIONER")
  )
    throw new Error(`${QUESTION_EMAIL_JOB}: the payload needs questionId, userId and reason.`);
  return p as QuestionEmailPayload;
}

/** Sends one: not if staff answered the question before the email went (nothing left to do). */
const sendQuestionEmail: Task = async (tx, payload, env) => {
  const { questionId, userId, reason } = parsePayload(payload);
  const [question, user] = await Promise.all([
    tx.actionQuestion.findUnique({
      where: { id: questionId },
      select: { actionId: true, answeredAt: true },
    }),
    tx.user.findUnique({ where: { id: userId }, select: { email: true, displayName: true } }),
  ]);
  if (!question || question.answeredAt || !user) return;
  await env.mailer.send(
    actionQuestionEmail({
      to: user.email,
      recipientName: user.displayName,
      reason,
      // The console's address for an action is its GraphQL (Relay) ID.
      link: `${env.consoleUrl}/actions/${encodeURIComponent(actionGlobalId(question.actionId))}`,
      listLink: `${env.consoleUrl}/dashboard/questions`,
    }),
  );
};

export const questionTasks = { [QUESTION_EMAIL_JOB]: sendQuestionEmail } as const satisfies Record<
  string,
  Task
>;
