import { useCallback } from "react";
import { usePageText } from "../lib/preferences";

/**
 * Text for pages whose keys are built at run time ("leaving.items.i1_1"),
 * and the page title, without the planner's own modules: a page that needs
 * only these stays light (the portal's page-weight budget, ADR 0014).
 */

export type Text = (key: string, values?: Record<string, string | number>) => string;

/**
 * `t` for keys built from the section definitions ("planner.sections.where.how").
 * Their existence in both registers is checked by planner-text.test.ts instead
 * of by the compiler.
 */
export function usePlannerText(): Text {
  const { t } = usePageText();
  const loose = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  return useCallback<Text>((key, values) => loose(key, values), [loose]);
}

export function PageTitle({ title, hasError = false }: { title: string; hasError?: boolean }) {
  const tx = usePlannerText();
  return (
    <title>{`${hasError ? `${tx("common.errorPrefix")} ` : ""}${title} – ${tx("common.serviceName")}`}</title>
  );
}
