/**
 * The periods a return covers: NHS financial years (April to March) and
 * their quarters, as a native select rather than free dates, so a return
 * always lines up with the regional team's reporting periods.
 */

export interface ReturnsPeriod {
  value: string;
  label: string;
  from: string;
  to: string;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/** Quarter q (1–4) of the financial year starting in April of `year`. */
function quarter(year: number, q: number): ReturnsPeriod {
  const startMonth = 4 + (q - 1) * 3; // 4, 7, 10, 13 (January of the next year)
  const y = startMonth > 12 ? year + 1 : year;
  const m = ((startMonth - 1) % 12) + 1;
  const endMonth = m + 2;
  return {
    value: `fy${year}-q${q}`,
    label: `${MONTHS[m - 1]} to ${MONTHS[endMonth - 1]} ${y} (quarter ${q} of ${year}/${String(year + 1).slice(2)})`,
    from: `${y}-${pad(m)}-01`,
    to: `${y}-${pad(endMonth)}-${pad(lastDay(y, endMonth))}`,
  };
}

function financialYear(year: number): ReturnsPeriod {
  return {
    value: `fy${year}`,
    label: `April ${year} to March ${year + 1} (financial year ${year}/${String(year + 1).slice(2)})`,
    from: `${year}-04-01`,
    to: `${year + 1}-03-31`,
  };
}

/** This financial year and last, whole and by quarter, leaving out quarters not yet begun. */
export function returnsPeriods(today: string): ReturnsPeriod[] {
  const [year = 0, month = 1] = today.split("-").map(Number);
  const current = month >= 4 ? year : year - 1;
  const periods: ReturnsPeriod[] = [];
  for (const fy of [current, current - 1]) {
    periods.push(financialYear(fy));
    for (let q = 1; q <= 4; q++) {
      const period = quarter(fy, q);
      if (period.from <= today) periods.push(period);
    }
  }
  return periods;
}

/** The period asked for, or this financial year when the choice is missing or unknown. */
export function chosenPeriod(value: string | null, today: string): ReturnsPeriod {
  const periods = returnsPeriods(today);
  return periods.find((p) => p.value === value) ?? (periods[0] as ReturnsPeriod);
}
