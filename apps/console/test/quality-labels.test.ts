import { QUALITY_STANDARDS } from "@cetr/domain";
import { describe, expect, it } from "vitest";
import { evidenceLinks, PRINCIPLE_NAMES, reasonInWords } from "../app/lib/quality-labels";

const review = { id: "r-1", person: { id: "p 1" } };

describe("quality checklist labels", () => {
  it("links every Appendix 1 standard to at least one page with its evidence", () => {
    for (const standard of QUALITY_STANDARDS) {
      const links = evidenceLinks(standard.id, review);
      expect(links.length, standard.id).toBeGreaterThan(0);
      for (const link of links)
        expect(link.href).toMatch(/^\/(reviews\/r-1|people\/p%201)\/[a-z]+$/);
      expect(PRINCIPLE_NAMES[standard.principle]).toBeTruthy();
    }
    expect(evidenceLinks("5.1", review)).toEqual([{ href: "/reviews/r-1/panel", label: "Panel" }]);
    expect(evidenceLinks("7.5", review)[0]?.href).toBe("/people/p%201/discharge");
  });

  it("says the consent basis in words", () => {
    expect(reasonInWords("Basis: PERSON_WITH_CAPACITY")).toBe("Basis: The person agreed");
    expect(reasonInWords("Panel make-up: no breaches")).toBe("Panel make-up: no breaches");
  });
});
