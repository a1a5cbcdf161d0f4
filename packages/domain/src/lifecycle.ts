import { type ActionInput, validateActions } from "./actions.js";
import type { CalendarDate } from "./calendar-date.js";
import type { ConsentDecision } from "./consent.js";
import type { RuleReason } from "./errors.js";
import type { PanelCheck } from "./panel.js";

/**
 * A review's life (§7.1–§7.3, §30): requested or planned → consent pending →
 * scheduled → held → report drafted → report sent → follow-up → closed, with
 * declined, withdrawn and exempt as ends.
 */
export const REVIEW_STATES = [
  "REQUESTED",
  "PLANNED",
  "CONSENT_PENDING",
  "SCHEDULED",
  "HELD",
  "REPORT_DRAFTED",
  "REPORT_SENT",
  "FOLLOW_UP",
  "CLOSED",
  "DECLINED",
  "WITHDRAWN",
  "EXEMPT",
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const TERMINAL_STATES: readonly ReviewState[] = [
  "CLOSED",
  "DECLINED",
  "WITHDRAWN",
  "EXEMPT",
];

/**
 * Whether seats may still be removed or changed. Up to the review the panel
 * is being built (§7.2.1); from the day it is held it is the record of who
 * held it: the report names them, and the standards on the panel's make-up,
 * training and conflicts (Appendix 1, 5.1, 5.6, 5.7) are judged on it.
 */
export function panelMayChange(state: ReviewState): boolean {
  return (
    state === "REQUESTED" ||
    state === "PLANNED" ||
    state === "CONSENT_PENDING" ||
    state === "SCHEDULED"
  );
}

/** Allowed moves. Anything else is refused with TRANSITION_NOT_ALLOWED. */
export const REVIEW_TRANSITIONS: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  REQUESTED: ["CONSENT_PENDING", "DECLINED", "WITHDRAWN", "EXEMPT"],
  PLANNED: ["CONSENT_PENDING", "WITHDRAWN", "EXEMPT"],
  CONSENT_PENDING: ["SCHEDULED", "DECLINED", "WITHDRAWN"],
  SCHEDULED: ["HELD", "DECLINED", "WITHDRAWN"],
  HELD: ["REPORT_DRAFTED"],
  REPORT_DRAFTED: ["REPORT_SENT"],
  REPORT_SENT: ["FOLLOW_UP"],
  FOLLOW_UP: ["CLOSED"],
  CLOSED: [],
  DECLINED: [],
  WITHDRAWN: [],
  EXEMPT: [],
};

/** The facts the guards look at; callers pass what they have recorded. */
export interface ReviewGuardContext {
  reviewDate?: CalendarDate | null;
  consent?: ConsentDecision | null;
  panel?: PanelCheck | null;
  actions?: readonly ActionInput[];
  /** §7.2.18: person, family (if appropriate) and those directly involved in care get the report. */
  reportCirculation?: {
    person: boolean;
    family: boolean | "NOT_APPROPRIATE";
    careTeam: boolean;
  } | null;
  /** §4 exemption reason, required to mark a review exempt. */
  exemptionReason?: string | null;
}

export interface TransitionCheck {
  allowed: boolean;
  reasons: RuleReason[];
}

const refuse = (
  code: RuleReason["code"],
  rule: string,
  section: string,
  message: string,
  field: string | null = null,
): RuleReason => ({
  code,
  rule,
  section,
  message,
  field,
});

/**
 * Whether a review may move from one state to another, with every reason it
 * may not — not just the first — so the console can show a full checklist.
 */
export function checkTransition(
  from: ReviewState,
  to: ReviewState,
  ctx: ReviewGuardContext = {},
): TransitionCheck {
  const reasons: RuleReason[] = [];
  if (!REVIEW_TRANSITIONS[from].includes(to)) {
    reasons.push(
      refuse(
        "TRANSITION_NOT_ALLOWED",
        "LIFECYCLE",
        "§7",
        `A review cannot go from ${from} to ${to}`,
      ),
    );
    return { allowed: false, reasons };
  }
  const consentOk = () => {
    if (!ctx.consent?.mayProceed) {
      reasons.push(
        refuse(
          "NO_CONSENT_BASIS",
          "CONSENT_BASIS",
          "§6; §26; standard 1.2",
          "There is no valid consent or best-interests basis for the review",
          "consent",
        ),
      );
      for (const m of ctx.consent?.missing ?? []) reasons.push(m);
    }
  };
  if (to === "SCHEDULED") consentOk();
  if (to === "HELD") {
    consentOk();
    if (!ctx.panel)
      reasons.push(
        refuse(
          "PANEL_INCOMPLETE",
          "PANEL_RECORDED",
          "§7.2.1; standard 5.1",
          "Record the panel before the review is held",
          "panel",
        ),
      );
    else for (const b of ctx.panel.breaches) reasons.push(b);
  }
  if (to === "REPORT_DRAFTED" || to === "REPORT_SENT") {
    // §7.2.18: the report makes clear who is responsible for each action and by when.
    const date = ctx.reviewDate ?? null;
    if (!date)
      reasons.push(
        refuse(
          "REQUIRED",
          "REVIEW_DATE",
          "§7.2.18",
          "Record the date the review was held",
          "reviewDate",
        ),
      );
    else
      for (const r of validateActions(ctx.actions ?? [], date)) {
        if (
          r.code === "ACTION_WITHOUT_OWNER" ||
          r.code === "ACTION_OWNER_NOT_ONE_PERSON" ||
          r.code === "ACTION_WITHOUT_DUE_DATE" ||
          r.code === "ACTION_DUE_BEFORE_REVIEW" ||
          r.code === "DATE_INVALID"
        )
          reasons.push({ ...r, section: "§7.2.18; Figure 6" });
        else reasons.push(r);
      }
  }
  if (to === "REPORT_SENT") {
    const c = ctx.reportCirculation;
    const missing: string[] = [];
    if (!c?.person) missing.push("the person");
    if (!c || c.family === false) missing.push("the family");
    if (!c?.careTeam) missing.push("those directly involved in their care");
    if (missing.length > 0)
      reasons.push(
        refuse(
          "REPORT_NOT_CIRCULATED",
          "REPORT_CIRCULATION",
          "§7.2.18; standard 6.3",
          `The report has not been sent to ${missing.join(", ")}`,
          "reportCirculation",
        ),
      );
  }
  if (to === "CLOSED") {
    (ctx.actions ?? []).forEach((a, i) => {
      const status = a.status ?? "OPEN";
      if (status === "OPEN")
        reasons.push(
          refuse(
            "ACTIONS_NOT_FOLLOWED_UP",
            "FOLLOW_UP_ACTIONS",
            "§7.3.1; standard 7.6",
            `Action ${i + 1} is still open`,
            `actions.${i}.status`,
          ),
        );
      else if (status === "NOT_DONE" && !a.notDoneReason?.trim())
        reasons.push(
          refuse(
            "ACTIONS_NOT_FOLLOWED_UP",
            "FOLLOW_UP_EXPLAINED",
            "standard 5.11; standard 7.6",
            `Action ${i + 1} was not done: record why and tell the person and family`,
            `actions.${i}.notDoneReason`,
          ),
        );
    });
  }
  if (to === "EXEMPT" && !ctx.exemptionReason?.trim())
    reasons.push(
      refuse(
        "REQUIRED",
        "EXEMPTION_REASON",
        "§4",
        "Record which §4 exception applies",
        "exemptionReason",
      ),
    );
  return { allowed: reasons.length === 0, reasons };
}

/** Applies a transition: the new state, or every reason it was refused. */
export function transitionReview(
  from: ReviewState,
  to: ReviewState,
  ctx: ReviewGuardContext = {},
): { ok: true; state: ReviewState } | { ok: false; state: ReviewState; reasons: RuleReason[] } {
  const check = checkTransition(from, to, ctx);
  return check.allowed
    ? { ok: true, state: to }
    : { ok: false, state: from, reasons: check.reasons };
}
