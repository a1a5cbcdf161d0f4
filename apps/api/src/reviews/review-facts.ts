import type { ConsentRecord } from "@cetr/db";
import {
  type ActionInput,
  ageOn,
  type CalendarDate,
  type ConsentDecision,
  type ConsentFacts,
  checkPanel,
  checkTransition,
  type PanelMember as DomainPanelMember,
  decideReviewConsent,
  evaluateQualityStandards,
  type LineOfEnquiryRecord,
  londonCalendarDate,
  type PanelCheck,
  QUALITY_STANDARDS,
  REVIEW_TRANSITIONS,
  type ReviewGuardContext,
  type ReviewState,
  type RuleReason,
  type StandardAssessment,
  type StandardResult,
} from "@cetr/domain";
import DataLoader from "dataloader";
import type { Context } from "../context.js";

/**
 * Everything the lifecycle, panel, consent and quality-standard rules of
 * @cetr/domain need about a review, loaded for a whole batch of reviews at
 * once (one findMany, a fixed number of statements whatever the batch size),
 * and the domain's verdicts on it. Computed fields read only from here.
 */

/** Prisma `Date` (a @db.Date at UTC midnight) as "YYYY-MM-DD". */
export const isoDate = (d: Date): CalendarDate => d.toISOString().slice(0, 10) as CalendarDate;

type ConsentAnswer = ConsentRecord["answer"];
type ConsentBasis = NonNullable<ConsentRecord["basis"]>;

/** The fields of a consent decision the domain's consent rules look at. */
export interface ConsentLike {
  answer: ConsentAnswer;
  basis: ConsentBasis | null;
  capacity: "HAS_CAPACITY" | "LACKS_CAPACITY" | null;
  rationale: string | null;
  refusalReasons: string | null;
}

/**
 * The review's consent facts (§6, §26) from its recorded decisions, oldest
 * first: a later decision on the same question replaces an earlier one.
 * The basis says whose answer a record is (the person's own, someone with
 * parental responsibility, an attorney, a best-interests decision maker).
 */
export function consentFactsFor(age: number, records: readonly ConsentLike[]): ConsentFacts {
  const facts: ConsentFacts = { age, personConsent: "NOT_ASKED" };
  for (const r of records) {
    if (r.capacity) facts.capacityAssessments = [{ decision: "REVIEW", outcome: r.capacity }];
    switch (r.basis) {
      case "PARENTAL_RESPONSIBILITY":
        facts.parentalResponsibilityConsent = r.answer;
        break;
      case "LASTING_POWER_OF_ATTORNEY":
        // Recording an attorney's decision asserts the power is registered (no separate field).
        facts.lastingPowerOfAttorney = { registered: true, consent: r.answer };
        break;
      case "BEST_INTERESTS":
        // The rationale is the formal record of the decision (§26).
        if (r.answer === "GIVEN")
          facts.bestInterestsDecision = { documented: Boolean(r.rationale?.trim()) };
        break;
      case "GILLICK_COMPETENT_CHILD":
        facts.gillickCompetent = true;
        facts.personConsent = r.answer;
        break;
      case "PROTECT_FROM_HARM":
        // A basis for sharing only, never for the review itself.
        break;
      default:
        facts.personConsent = r.answer;
    }
    if (r.answer === "REFUSED")
      facts.refusal = {
        reasonsExplored: Boolean(r.refusalReasons?.trim()),
        implicationsExplained: false,
        careUnaffectedAssured: false,
      };
  }
  return facts;
}

interface PanelLike {
  role: DomainPanelMember["role"];
  chairKind: DomainPanelMember["chairKind"] | null;
  delegatedAuthority: string | null;
  conflictDeclaredAt: Date | null;
  hasConflict: boolean | null;
  conflictDetails: string | null;
  trainingCompletedOn: Date | null;
  user: { displayName: string };
}

/** The panel as the domain sees it; null when nobody has been added yet. */
export function panelCheckFor(
  members: readonly PanelLike[],
  age: number,
  today: CalendarDate,
): PanelCheck | null {
  if (members.length === 0) return null;
  return checkPanel(
    members.map((m) => ({
      name: m.user.displayName,
      role: m.role,
      chairKind: m.chairKind ?? undefined,
      delegatedAuthorityRecorded: Boolean(m.delegatedAuthority?.trim()),
      conflictsDeclared: m.conflictDeclaredAt !== null,
      // A declared conflict stays unresolved until the member declares again (no "resolved" field).
      conflicts: m.hasConflict
        ? [{ description: m.conflictDetails ?? "declared", resolved: false }]
        : [],
      trainingCurrent: m.trainingCompletedOn !== null && isoDate(m.trainingCompletedOn) <= today,
    })),
    { personAge: age },
  );
}

async function loadFacts(ctx: Context, ids: readonly string[]) {
  const rows = await ctx.db.prisma.review.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      status: true,
      heldOn: true,
      outcome: true,
      person: { select: { dateOfBirth: true } },
      panel: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { user: { select: { displayName: true } } },
      },
      consents: {
        where: { purpose: "REVIEW", withdrawnAt: null },
        orderBy: [{ decidedOn: "asc" }, { recordedAt: "asc" }],
      },
      actions: {
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        include: { owner: { select: { displayName: true } } },
      },
      report: {
        select: {
          sentAt: true,
          easyReadBody: true,
          distribution: { select: { recipientRole: true } },
        },
      },
      findings: { include: { opinions: true } },
      qualityAssessments: { include: { recordedBy: { select: { displayName: true } } } },
    },
  });
  const today = londonCalendarDate(ctx.now);
  const byId = new Map(
    rows.map((row) => {
      const age = ageOn(isoDate(row.person.dateOfBirth), today);
      const consent = decideReviewConsent(consentFactsFor(age, row.consents));
      const panel = panelCheckFor(row.panel, age, today);
      const actions: ActionInput[] = row.actions.map((a) => ({
        id: a.id,
        what: a.what,
        owner: a.owner.displayName,
        howWeWillKnow: a.howWeWillKnow,
        dueDate: isoDate(a.dueOn),
        status: a.status,
        completedOn: a.completedOn ? isoDate(a.completedOn) : null,
        notDoneReason: a.notDoneReason,
      }));
      const assessmentRows = new Map(row.qualityAssessments.map((a) => [a.standardId, a]));
      const roles = (row.report?.distribution ?? []).map((d) => d.recipientRole.toLowerCase());
      const facts = {
        status: row.status as ReviewState,
        guard: {
          reviewDate: row.heldOn ? isoDate(row.heldOn) : null,
          consent,
          panel,
          actions,
          // Recipients by the role words ReportDistribution records ("person", "parent carer", "care team").
          reportCirculation: row.report?.sentAt
            ? {
                person: roles.some((r) => /person|self/.test(r)),
                family: roles.some((r) => /parent|family|carer\b/.test(r)),
                careTeam: roles.some((r) => /care team|clinician|coordinator|nurse/.test(r)),
              }
            : null,
        } satisfies ReviewGuardContext,
        assessmentRows,
        quality: evaluateQualityStandards({
          assessments: Object.fromEntries(
            row.qualityAssessments.map((a) => [
              a.standardId,
              {
                met: a.met,
                evidence: a.evidence,
                followUp: a.followUp,
                recordedBy: a.recordedBy.displayName,
                recordedOn: londonCalendarDate(a.recordedAt),
              } satisfies StandardAssessment,
            ]),
          ),
          consent,
          panel,
          enquiry: row.findings.length
            ? row.findings.map(
                (f): LineOfEnquiryRecord => ({
                  kloeId: f.kloeId,
                  quotes: [],
                  findings: f.findings,
                  evidence: f.evidence,
                  concerns: f.concerns,
                  differingOpinions: f.opinions.map((o) => ({
                    member: o.panelMemberId,
                    view: o.view,
                  })),
                  actions: [],
                }),
              )
            : undefined,
          panelDisagreed: row.findings.some((f) => f.opinions.length > 1) ? true : undefined,
          reviewDate: row.heldOn ? isoDate(row.heldOn) : null,
          reportSentOn: row.report?.sentAt ? londonCalendarDate(row.report.sentAt) : null,
          reportInAccessibleLanguage: row.report?.sentAt
            ? row.report.easyReadBody
              ? true
              : undefined
            : undefined,
          actions: row.heldOn ? actions : undefined,
          outcomeHospitalNeeded:
            row.outcome === null ? undefined : row.outcome === "ADMISSION_RECOMMENDED",
        }),
      };
      return [row.id, facts] as const;
    }),
  );
  return ids.map((id) => byId.get(id) ?? new Error("Review not found"));
}

export type ReviewFacts = Exclude<Awaited<ReturnType<typeof loadFacts>>[number], Error>;

const loaders = new WeakMap<Context, DataLoader<string, ReviewFacts>>();

/** The per-request loader: every computed field of every review in a response shares one batch. */
export function reviewFacts(ctx: Context, reviewId: string): Promise<ReviewFacts> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => loadFacts(ctx, ids));
    loaders.set(ctx, loader);
  }
  return loader.load(reviewId);
}

/** Forgets loaded facts after a mutation, so its payload shows the new state. */
export function clearReviewFacts(ctx: Context, reviewId: string): void {
  loaders.get(ctx)?.clear(reviewId);
}

/** The state the review moves on to next in the ordinary course (the lifecycle's first move). */
export function forwardState(status: ReviewState): ReviewState | null {
  return REVIEW_TRANSITIONS[status][0] ?? null;
}

/** Why the review cannot move on to its next state: empty when it can, or when it has ended. */
export function blockersOf(facts: ReviewFacts): RuleReason[] {
  const next = forwardState(facts.status);
  return next ? checkTransition(facts.status, next, facts.guard).reasons : [];
}

/**
 * The panel's breaches on their own, as being held checks them. Reusing the
 * lifecycle's check keeps one wording: an empty panel is its "record the panel".
 */
export function panelBreachesOf(facts: ReviewFacts): RuleReason[] {
  const consentSettled: ConsentDecision = {
    mayProceed: true,
    basis: null,
    refused: false,
    capacity: "PRESUMED",
    missing: [],
    followUp: [],
  };
  return checkTransition("SCHEDULED", "HELD", { ...facts.guard, consent: consentSettled }).reasons;
}

/** The consent basis on its own, as scheduling and being held check it. */
export function consentProblemsOf(facts: ReviewFacts): RuleReason[] {
  return checkTransition("CONSENT_PENDING", "SCHEDULED", facts.guard).reasons;
}

export interface TransitionOption {
  to: ReviewState;
  allowed: boolean;
  reasons: RuleReason[];
}

/**
 * Every move the lifecycle allows from here, and whether the recorded facts
 * allow it now. A reason the move itself supplies (the §4 exemption reason)
 * is not counted against it: transitionReview asks for it.
 */
export function transitionsOf(facts: ReviewFacts): TransitionOption[] {
  return REVIEW_TRANSITIONS[facts.status].map((to) => {
    const reasons = checkTransition(facts.status, to, {
      ...facts.guard,
      exemptionReason: to === "EXEMPT" ? "given with the move" : null,
    }).reasons;
    return { to, allowed: reasons.length === 0, reasons };
  });
}

export type StoredAssessment =
  ReviewFacts["assessmentRows"] extends Map<string, infer A> ? A : never;

export interface QualityStandardResult extends StandardResult {
  principle: number;
  title: string;
  /** The stored assessment the answer came from (source ASSESSMENT), else null. */
  recorded: StoredAssessment | null;
}

export function qualityStandardsOf(facts: ReviewFacts): QualityStandardResult[] {
  const titles = new Map(QUALITY_STANDARDS.map((s) => [s.id as string, s]));
  return facts.quality.map((r) => {
    const s = titles.get(r.id);
    return {
      ...r,
      principle: s?.principle ?? 0,
      title: s?.text ?? r.id,
      recorded: r.source === "ASSESSMENT" ? (facts.assessmentRows.get(r.id) ?? null) : null,
    };
  });
}
