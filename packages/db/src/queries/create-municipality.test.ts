import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../client";
import { createDepartment } from "./create-department";
import { createMunicipality } from "./create-municipality";
import { findMunicipalityByName } from "./find-municipality-by-name";
import { listDepartments } from "./list-departments";

const db = createDb(inject("databaseUrl"), { maxConnections: 2 });
afterAll(() => db.$client.end());

describe("municipalities", () => {
  it("creates a city with its own QR secret and finds it by name", async () => {
    const name = `東雲市-${randomUUID()}`;
    const city = await createMunicipality(db, { name });
    const other = await createMunicipality(db, { name: `${name}-2` });
    expect(city.qrSecret).not.toBe(other.qrSecret);
    expect((await findMunicipalityByName(db, { name }))?.id).toBe(city.id);
    expect(await findMunicipalityByName(db, { name: `${name}-none` })).toBeNull();
  });

  it("keeps departments per city in their display order", async () => {
    const city = await createMunicipality(db, { name: `市-${randomUUID()}` });
    await createDepartment(db, {
      municipalityId: city.id,
      key: "kodomo",
      name: "こども育成課",
      sortOrder: 2,
    });
    await createDepartment(db, {
      municipalityId: city.id,
      key: "shimin",
      name: "市民課",
      counter: "1階 1番",
      sortOrder: 1,
    });
    await expect(
      createDepartment(db, { municipalityId: city.id, key: "shimin", name: "重複" }),
    ).rejects.toThrow();
    expect((await listDepartments(db, { municipalityId: city.id })).map((d) => d.key)).toEqual([
      "shimin",
      "kodomo",
    ]);
  });
});
