import { parseCalendarDate } from "@cetr/domain";
import { GraphQLError, Kind } from "graphql";
import { builder } from "./builder.js";

const formatDate = (value: Date | string) =>
  typeof value === "string" ? value : value.toISOString().slice(0, 10);

builder.scalarType("Date", {
  description: 'A calendar date in England, "YYYY-MM-DD" (no time, no time zone).',
  serialize: (value) => formatDate(value as Date | string),
  parseValue: (value) => {
    if (typeof value !== "string" || !parseCalendarDate(value)) {
      throw new GraphQLError('A Date must be a real calendar date written "YYYY-MM-DD"');
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !parseCalendarDate(ast.value)) {
      throw new GraphQLError('A Date must be a real calendar date written "YYYY-MM-DD"');
    }
    return ast.value;
  },
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 with a time zone offset.",
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError("A DateTime must be an ISO 8601 instant");
    }
    return date;
  },
});

builder.scalarType("JSON", {
  description:
    "A JSON value (used for the register's minimum dataset, keyed by @cetr/domain field names).",
  serialize: (value) => value,
  parseValue: (value) => value,
});
