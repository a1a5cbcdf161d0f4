/**
 * NHS numbers: ten digits, the last a modulus-11 check digit
 * (NHS Data Dictionary, "NHS Number"). Pure: no I/O.
 */

/** Strips the spaces and hyphens people type ("943 476 5919", "943-476-5919"). */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export type NhsNumberProblem = "FORMAT" | "CHECK_DIGIT";

/**
 * Checks a (normalised or typed) NHS number. Returns null when it is valid,
 * otherwise why not: not ten digits, or the check digit does not match.
 */
export function nhsNumberProblem(input: string): NhsNumberProblem | null {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return "FORMAT";
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  // A computed check digit of 10 means no valid number has these nine digits.
  if (check === 10 || check !== Number(digits[9])) return "CHECK_DIGIT";
  return null;
}

export function isValidNhsNumber(input: string): boolean {
  return nhsNumberProblem(input) === null;
}

/** Shows a number the way NHS staff read it: 3-3-4 ("943 476 5919"). */
export function formatNhsNumber(input: string): string {
  const d = normaliseNhsNumber(input);
  return d.length === 10 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : input;
}
