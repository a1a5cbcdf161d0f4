import { FOUR_QUESTIONS } from "@cetr/domain";

/**
 * The CETR planner's answers as staff read them at the review. The keys are
 * the family portal's (apps/portal/app/lib/planner.ts); the questions are the
 * portal's plain-English wording, so staff see what the family was asked.
 */
const QUESTIONS: Record<string, string> = {
  "consent.share": "Are you happy for the people at the review to read this planner?",
  "consent.notes": "Anything to say about sharing it?",
  whoIWantThere: "Who do you want at your review?",
  whoIDoNotWantThere: "Is there anyone you do not want at your review?",
  "where.how": "How would you like to take part?",
  "where.needs": "What would help you on the day?",
  "where.other": "Anything else about where or how?",
  "communication.support": "What helps you understand and take part?",
  "communication.language": "Which language?",
  "communication.adjustments": "Anything else that helps you communicate?",
  questionsForPanel: "Questions for the panel",
  ...Object.fromEntries(FOUR_QUESTIONS.map((q) => [`fourQuestions.${q.id}`, q.text])),
};

/** Progress marks and feedback are the portal's own bookkeeping, not answers for the review. */
const isAnswer = (key: string) => !key.startsWith("progress.") && !key.startsWith("feedback.");

export interface PlannerAnswer {
  key: string;
  question: string;
  answer: string;
  author: string;
}

/** The answers in the planner's order; keys this list does not know come last, by key. */
export function plannerAnswers(
  answers: readonly { questionKey: string; answer: string; author: { displayName: string } }[],
): PlannerAnswer[] {
  const order = Object.keys(QUESTIONS);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return answers
    .filter((a) => isAnswer(a.questionKey) && a.answer.trim() !== "")
    .map((a) => ({
      key: a.questionKey,
      question: QUESTIONS[a.questionKey] ?? a.questionKey,
      answer: a.answer,
      author: a.author.displayName,
    }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** What the person or family said in the planner to one of the four questions, if anything. */
export function plannerAnswerTo(answers: readonly PlannerAnswer[], question: string) {
  return answers.find((a) => a.key === `fourQuestions.${question}`) ?? null;
}
