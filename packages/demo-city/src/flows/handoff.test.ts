import { readFileSync } from "node:fs";
import { handoffCsv, handoffRecord, parseBundle } from "@kakanai/engine";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { composeDemoBundle, demoBundleFlows } from "../export-bundles";

const schema = JSON.parse(
  readFileSync(new URL("../../../../docs/handoff/v1.schema.json", import.meta.url), "utf8"),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const meta = (i: number) => ({
  receptionId: `0b6f1c2e-0000-4000-8000-${String(i).padStart(12, "0")}`,
  receptionNumber: `A-${String(i + 1).padStart(4, "0")}`,
  receptionDate: "2026-04-01",
  completedAt: new Date("2026-04-01T03:00:00Z"),
  bundleSeq: 1,
});

/**
 * The 基幹系 hand-off record of every flow test of every demo flow fits the published JSON Schema
 * (docs/handoff/v1.schema.json), names the residents the interview named, and its CSV has a row per
 * resident.
 */
describe.each(demoBundleFlows.map((f) => [f.flow.key, parseBundle(composeDemoBundle(f))] as const))(
  "%s hand-off records",
  (key, bundle) => {
    const records = bundle.tests.map((t, i) => ({
      test: t,
      record: handoffRecord(bundle, t.answers, meta(i)),
    }));

    it("fit the JSON Schema", () => {
      const invalid = records
        .filter(({ record }) => !validate(record))
        .map(({ test, record }) => {
          validate(record);
          return `${test.name}: ${ajv.errorsText(validate.errors)}`;
        });
      expect(invalid).toEqual([]);
    });

    it("name each determined procedure and the residents it concerns", () => {
      for (const { record } of records) {
        for (const p of record.procedures) {
          for (const r of p.residents) expect(record.residents[r]).toBeDefined();
        }
        expect(record.flow).toEqual({ key, kind: bundle.flow.kind, title: bundle.flow.title, version: 1 });
      }
      if (key === "jumin-idou") {
        const named = records.filter(({ record }) => record.residents.some((r) => r.name));
        expect(named.length).toBeGreaterThan(0);
        for (const { test, record } of named) {
          const members = (test.answers as { members?: { name?: string }[] }).members ?? [];
          expect(record.residents.map((r) => r.name)).toEqual(members.map((m) => m.name ?? null));
        }
      }
    });

    it("as CSV: a header and one row per resident (or one per reception without residents)", () => {
      const csv = handoffCsv(records.map((r) => r.record));
      const lines = csv.slice(1).trimEnd().split("\r\n");
      expect(lines[0]?.startsWith('"受付ID","受付番号","受付日"')).toBe(true);
      const expected = records.reduce((n, { record }) => n + Math.max(1, record.residents.length), 0);
      expect(lines.length - 1).toBe(expected);
    });
  },
);
