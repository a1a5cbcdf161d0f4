import { builder } from "./builder.js";

/** Enums used by more than one capability folder live here, so each is defined once. */

export const ConsentBasisEnum = builder.enumType("ConsentBasis", {
  description: "The lawful basis for a consent decision (§6, §26).",
  values: [
    "PERSON_WITH_CAPACITY",
    "GILLICK_COMPETENT_CHILD",
    "PARENTAL_RESPONSIBILITY",
    "LASTING_POWER_OF_ATTORNEY",
    "BEST_INTERESTS",
    "PROTECT_FROM_HARM",
  ] as const,
});

export const FourQuestionEnum = builder.enumType("FourQuestion", {
  description:
    "The four questions every review answers (§8): Am I safe? Is my care good? What are my plans for the future? Do I need to be in hospital?",
  values: ["SAFE", "CURRENT_CARE", "FUTURE_PLAN", "NEED_HOSPITAL"] as const,
});
