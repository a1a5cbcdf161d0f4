import { fieldId } from "./quality-assessment-form";
import { PRINCIPLE_NAMES } from "./quality-labels";

/**
 * The quality page groups the Appendix 1 standards under their principle
 * (§42), so a long checklist can be worked through one principle at a time:
 * a count of results per principle for the contents list, and, for the
 * form, which groups start open — those with a standard nobody has answered
 * yet, or with a problem to put right. Fully answered groups start closed;
 * everything stays in one form so nothing needs JavaScript.
 */

export type StandardStatus = "MET" | "UNMET" | "UNKNOWN";

interface GroupedStandard {
  id: string;
  principle: number;
  status: StandardStatus;
  source: string;
  assessment?: unknown;
}

export interface StatusCounts {
  met: number;
  unmet: number;
  unknown: number;
}

export function statusCounts(standards: readonly { status: StandardStatus }[]): StatusCounts {
  return {
    met: standards.filter((s) => s.status === "MET").length,
    unmet: standards.filter((s) => s.status === "UNMET").length,
    unknown: standards.filter((s) => s.status === "UNKNOWN").length,
  };
}

/** "3 met, 1 not met, 2 not known". */
export const countsInWords = ({ met, unmet, unknown }: StatusCounts) =>
  `${met} met, ${unmet} not met, ${unknown} not known`;

export interface PrincipleGroup<S extends GroupedStandard> {
  principle: number;
  /** "4. Seeing the whole person". */
  title: string;
  standards: S[];
  counts: StatusCounts;
  /** The standards staff answer on the form (the record has no facts for them). */
  toAssess: S[];
  /** Of those, how many have an answer recorded. */
  answered: number;
  /** Whether the group's part of the form starts open. */
  open: boolean;
}

/** The id of a principle's part of the form, for links from its results. */
export const assessGroupId = (principle: number) => `assess-principle-${principle}`;

/** The standards by principle, in the policy's order, with what the page shows for each. */
export function principleGroups<S extends GroupedStandard>(
  standards: readonly S[],
  errors: Readonly<Record<string, string>> = {},
): PrincipleGroup<S>[] {
  const principles = [...new Set(standards.map((s) => s.principle))].sort((a, b) => a - b);
  return principles.map((principle) => {
    const mine = standards.filter((s) => s.principle === principle);
    const toAssess = mine.filter((s) => s.source !== "RECORD");
    const answered = toAssess.filter((s) => s.assessment).length;
    const hasProblem = toAssess.some((s) =>
      (["choice", "evidence", "followUp"] as const).some((f) => errors[fieldId(s.id, f)]),
    );
    return {
      principle,
      title: `${principle}. ${PRINCIPLE_NAMES[principle] ?? `Principle ${principle}`}`,
      standards: mine,
      counts: statusCounts(mine),
      toAssess,
      answered,
      open: answered < toAssess.length || hasProblem,
    };
  });
}

/** "1 of 3 answered" or "all 2 answered", for a group's part of the form. */
export function answeredInWords(group: { answered: number; toAssess: readonly unknown[] }) {
  const total = group.toAssess.length;
  if (group.answered === total) return total === 1 ? "answered" : `all ${total} answered`;
  return `${group.answered} of ${total} answered`;
}
