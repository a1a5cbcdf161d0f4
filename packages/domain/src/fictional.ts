/**
 * NHS numbers from 999 000 0000 to 999 999 9999 are reserved for testing and
 * never issued to a patient, so demo and test records use only these: anything
 * in this range is fictional by construction, and screens can say so.
 */
export function isTestRangeNhsNumber(nhsNumber: string): boolean {
  return /^999\d{7}$/.test(nhsNumber.replace(/[\s-]/g, ""));
}

/**
 * The `n`th valid NHS number in the test range (deterministic, so seeds and
 * tests are repeatable). Skips the nine-digit stems that have no valid check digit.
 */
export function testRangeNhsNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("n must be a non-negative integer");
  let valid = -1;
  for (let stem = 0; stem < 1_000_000; stem++) {
    const nine = `999${String(stem).padStart(6, "0")}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    valid++;
    if (valid === n) return `${nine}${check}`;
  }
  throw new RangeError("n is beyond the test range");
}
