import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import type { Answers } from "@kakanai/engine";
import { poppler } from "@kakanai/pdf/testing";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { slipPdf } from "./slip-pdf";
import { finishedDemoSession, userFor } from "./testing/demo-session";

const db = useTestDb();

/** A family with children moving in: こども育成課 has procedures on the slip. */
function familyMovingIn(): Answers {
  const [, , head, wife, ...children] = twelvePeople as { name: string }[];
  const cast = [head, wife, children.at(-1)].filter((m) => m !== undefined);
  return household(
    "tennyu",
    cast.map((m) => person(m.name, "", m as never)),
    {},
  ) as Answers;
}

describe("slipPdf and departments.linked", () => {
  it("leaves a department the system admin marked as not linked off the resident's slip", async () => {
    const s = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: familyMovingIn(),
      roles: ["counter_clerk"],
    });
    expect(s.determination.departments.map((d) => d.key)).toContain("kodomo");
    const user = await userFor(db, s.clerk.loginId);
    const before = poppler.text(await slipPdf(db, { user, sessionId: s.sessionId }));
    expect(before).toContain("こども育成課");

    const admin = await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] });
    await (await callerFor(db, admin)).admin.departments.update({
      id: s.kodomo.id,
      name: "こども育成課",
      counter: "2階 25番",
      linked: false,
    });
    const after = poppler.text(await slipPdf(db, { user, sessionId: s.sessionId }));
    expect(after).not.toContain("こども育成課");
    expect(after).toContain("市民課");
  });
});
