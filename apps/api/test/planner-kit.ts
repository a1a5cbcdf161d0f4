/**
 * The planner mutations as the tests send them, each asking for the
 * document's fields in `doc` (each test file reads the fields it checks).
 */
export type PlannerErrors = { field: string; code: string; message: string }[];

export function plannerMutations(doc: string) {
  const payload = `{ plannerDocument { ${doc} } errors { field code message } }`;
  return {
    SAVE: `mutation($input: SavePlannerAnswerInput!) { savePlannerAnswer(input: $input) ${payload} }`,
    CLEAR: `mutation($input: ClearPlannerAnswerInput!) { clearPlannerAnswer(input: $input) ${payload} }`,
    SUBMIT: `mutation($input: SubmitPlannerInput!) { submitPlanner(input: $input) ${payload} }`,
  };
}
