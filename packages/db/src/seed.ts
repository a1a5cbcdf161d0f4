import { testRangeNhsNumber } from "@cetr/domain";
import type { Prisma, PrismaClient } from "./generated/prisma/client.js";

/**
 * DEMO DATA — every person here is fictional. Names were made up for this
 * project; NHS numbers are from the 999 test range, which is never issued.
 */
const DEMO_PEOPLE: Array<
  [
    name: string,
    preferredName: string | null,
    dateOfBirth: string,
    diagnosis: Prisma.PersonCreateInput["diagnosis"],
  ]
> = [
  ["Alex Morgan", "Alex", "2010-03-14", "AUTISM"],
  ["Bethany Okafor", "Beth", "2008-07-02", "LEARNING_DISABILITY"],
  ["Callum Reid", null, "1998-11-23", "BOTH"],
  ["Daniyal Hussain", "Dan", "2011-01-30", "AUTISM"],
  ["Ellie Fraser", null, "2007-05-09", "BOTH"],
  ["Farah Begum", null, "1989-09-17", "LEARNING_DISABILITY"],
  ["George Whitfield", "Georgie", "2012-12-05", "AUTISM"],
  ["Hannah Kowalski", null, "2006-02-21", "AUTISM"],
  ["Isaac Mensah", "Ike", "1994-06-11", "LEARNING_DISABILITY"],
  ["Jasmine Patel", "Jas", "2009-08-28", "BOTH"],
  ["Kai Thompson", null, "2013-04-16", "AUTISM"],
  ["Leah Campbell", null, "2001-10-04", "LEARNING_DISABILITY"],
  ["Mohammed Rahman", "Mo", "2005-03-27", "AUTISM"],
  ["Niamh O'Connell", null, "1996-12-19", "BOTH"],
  ["Oliver Brennan", "Olly", "2010-09-08", "LEARNING_DISABILITY"],
  ["Priya Sharma", null, "2008-01-12", "AUTISM"],
  ["Quinn Adeyemi", null, "1991-07-25", "AUTISM"],
  ["Rosie Llewellyn", null, "2011-06-03", "BOTH"],
  ["Samuel Achterberg", "Sam", "2004-11-15", "LEARNING_DISABILITY"],
  ["Tia Robinson", null, "2012-02-29", "AUTISM"],
  ["Umar Farouk", null, "1987-04-07", "LEARNING_DISABILITY"],
  ["Violet Hughes", "Vi", "2009-10-21", "BOTH"],
  ["William Osei", "Will", "2007-08-13", "AUTISM"],
  ["Zara Nowak", null, "2002-05-30", "LEARNING_DISABILITY"],
];

export const DEMO_PEOPLE_COUNT = DEMO_PEOPLE.length;

/** Seeds the fictional demo people into an empty database; does nothing otherwise. */
export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if ((await prisma.person.count()) > 0) return { seeded: false };
  await prisma.person.createMany({
    data: DEMO_PEOPLE.map(([name, preferredName, dateOfBirth, diagnosis], i) => ({
      name,
      preferredName,
      dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
      nhsNumber: testRangeNhsNumber(i),
      diagnosis,
    })),
  });
  return { seeded: true };
}
