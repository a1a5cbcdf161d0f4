import { Link, TableBody, type TableRow, VisuallyHidden } from "@cetr/ui";
import type { ReactNode } from "react";
import { Form } from "react-router";
import { pageTitle } from "./format";
import { listHref, type OrganisationOption, type SortDirection } from "./worklist";

/** A work list's title, the way back to the dashboard, its heading and what the list is. */
export function WorklistHeading({
  title,
  hasError = false,
  children,
}: {
  title: string;
  /** A form on the list was refused: the title starts "Error:". */
  hasError?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <title>{pageTitle(title, hasError)}</title>
      <p>
        <Link href="/" variant="back">
          Dashboard
        </Link>
      </p>
      <h1 className="cetr-heading-xl">{title}</h1>
      <p>{children}</p>
    </>
  );
}

export interface Column {
  label: string;
  /** Set on the one column the list can be sorted by: what each direction means, in words. */
  sort?: { ascending: string; descending: string };
}

export interface SortableTableProps {
  caption: string;
  columns: readonly Column[];
  rows: readonly TableRow[];
  url: URL;
  direction: SortDirection;
}

/**
 * A native table (as @cetr/ui Table) whose sortable heading is a link that
 * reloads the page in the other order, with aria-sort saying the current
 * one. Links rather than buttons: sorting works without JavaScript and each
 * order has an address. Below 640 px the headings are hidden and rows become
 * cards, so the filter form offers the same choice as "Order".
 */
export function SortableTable({ caption, columns, rows, url, direction }: SortableTableProps) {
  return (
    <table className="cetr-table cetr-worklist-table">
      <caption className="cetr-table__caption cetr-table__caption--m">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" aria-sort={column.sort ? direction : undefined}>
              {column.sort ? (
                <a
                  className="cetr-sort-link"
                  href={listHref(url, { sort: direction === "ascending" ? "desc" : null })}
                >
                  {column.label}
                  <span aria-hidden="true">{direction === "ascending" ? " ▲" : " ▼"}</span>
                  <VisuallyHidden>
                    {`, sorted ${column.sort[direction]}. Select to sort ${
                      column.sort[direction === "ascending" ? "descending" : "ascending"]
                    }`}
                  </VisuallyHidden>
                </a>
              ) : (
                column.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <TableBody head={columns.map((column) => column.label)} rows={rows} firstCellIsHeader />
    </table>
  );
}

export interface ChoiceFieldProps {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}

/** A native select: it submits with the GET form with or without JavaScript. */
export function ChoiceField({ name, label, value, options }: ChoiceFieldProps) {
  const id = `filter-${name}`;
  return (
    <div className="cetr-form-group">
      <label className="cetr-label" htmlFor={id}>
        {label}
      </label>
      <select className="cetr-select" id={id} name={name} defaultValue={value}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The organisation filter: one of the organisations someone works for, or all of them. */
export function OrganisationChoice({
  organisations,
  organisationId,
}: {
  organisations: readonly OrganisationOption[];
  organisationId: string | null;
}) {
  return (
    <ChoiceField
      name="organisation"
      label="Organisation"
      value={organisationId ?? ""}
      options={[
        { value: "", label: "All your organisations" },
        ...organisations.map((o) => ({ value: o.id, label: o.name })),
      ]}
    />
  );
}

/**
 * A page's organisation switch, for someone who works for more than one: a GET form, so the
 * choice is in the address and needs no JavaScript. Nothing for someone with one organisation.
 */
export function OrganisationFilter({
  action,
  organisations,
  organisationId,
}: {
  action: string;
  organisations: readonly OrganisationOption[];
  organisationId: string | null;
}) {
  if (organisations.length < 2) return null;
  return (
    <form method="get" action={action} className="cetr-worklist-filters" aria-label="Organisation">
      <OrganisationChoice organisations={organisations} organisationId={organisationId} />
      <button type="submit" className="cetr-button cetr-button--secondary">
        Show
      </button>
    </form>
  );
}

export interface FilterFormProps {
  action: string;
  /**
   * The sort choice, repeated here because the column headings are hidden on narrow screens;
   * null for a list with one fixed order.
   */
  order: { value: SortDirection; ascending: string; descending: string } | null;
  organisations: readonly OrganisationOption[];
  organisationId: string | null;
  children?: ReactNode;
}

/** Filters as a GET form: the results are a page with an address, and no JavaScript is needed. */
export function FilterForm({
  action,
  order,
  organisations,
  organisationId,
  children,
}: FilterFormProps) {
  return (
    <Form method="get" action={action} className="cetr-worklist-filters" aria-label="Filters">
      {organisations.length > 1 ? (
        <OrganisationChoice organisations={organisations} organisationId={organisationId} />
      ) : null}
      {children}
      {order ? (
        <ChoiceField
          name="sort"
          label="Order"
          value={order.value === "descending" ? "desc" : ""}
          options={[
            { value: "", label: order.ascending },
            { value: "desc", label: order.descending },
          ]}
        />
      ) : null}
      <button type="submit" className="cetr-button cetr-button--secondary">
        Show results
      </button>
    </Form>
  );
}

/** "Showing 3 of 12": what the page holds, said once, politely, when it changes. */
export function CountLine({
  shown,
  total,
  noun,
}: {
  shown: number;
  total: number;
  noun: [string, string];
}) {
  const word = total === 1 ? noun[0] : noun[1];
  return (
    <p role="status">
      {total === 0
        ? `No ${noun[1]} match these filters.`
        : shown === total
          ? `${total} ${word}.`
          : `Showing ${shown} of ${total} ${word}.`}
    </p>
  );
}
