import { createFlow } from "@kakanai/db";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { publishFlow } from "../studio/publish-flow";

const db = useTestDb();

/** A city with a published 住民異動 flow and a published おくやみ flow. */
async function twoKinds() {
  const { city } = await createTestCity(db);
  const move = await createTestFlow(db, { municipalityId: city.id });
  const { bundleId: moveBundle } = await publishFlow(db, { flowId: move.id, by: null });
  const draft = testDraft("おくやみ");
  const okuyami = await createFlow(db, {
    municipalityId: city.id,
    key: "okuyami",
    title: "おくやみ",
    kind: "okuyami",
    ownerDepartmentId: null,
    draft: { ...draft, flow: { ...draft.flow, key: "okuyami", kind: "okuyami" } },
  });
  const { bundleId: okuyamiBundle } = await publishFlow(db, { flowId: okuyami.id, by: null });
  const as = async (roles: ("counter_clerk" | "bereavement_clerk" | "system_admin")[]) =>
    callerFor(db, await createTestStaff(db, { municipalityId: city.id, roles }));
  return { moveBundle, okuyamiBundle, as };
}

describe("flow kind by role: the おくやみ desk runs only おくやみ flows, the ordinary counter all others", () => {
  it("lists and starts only the flows of the clerk's desk; the server refuses the rest in Japanese", async () => {
    const { moveBundle, okuyamiBundle, as } = await twoKinds();
    const counter = await as(["counter_clerk"]);
    expect((await counter.counter.flows()).map((f) => f.kind)).toEqual(["jumin-idou"]);
    await counter.counter.start({ bundleId: moveBundle });
    await expect(counter.counter.start({ bundleId: okuyamiBundle })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "おくやみの受付は、おくやみ窓口の職員だけが行えます。",
    });

    const desk = await as(["bereavement_clerk"]);
    expect((await desk.counter.flows()).map((f) => f.kind)).toEqual(["okuyami"]);
    await desk.counter.start({ bundleId: okuyamiBundle });
    await expect(desk.counter.start({ bundleId: moveBundle })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "おくやみ窓口の職員は、おくやみ以外の受付を行えません。",
    });

    for (const roles of [["counter_clerk", "bereavement_clerk"], ["system_admin"]] as const) {
      const both = await as([...roles]);
      expect((await both.counter.flows()).map((f) => f.kind).sort()).toEqual(["jumin-idou", "okuyami"]);
      await both.counter.start({ bundleId: okuyamiBundle });
      await both.counter.start({ bundleId: moveBundle });
    }
  });
});
