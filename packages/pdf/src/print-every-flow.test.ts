import type { Answers, Bundle } from "@kakanai/engine";
import { lintBundle } from "@kakanai/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DemoFlowKey, demoBundle } from "./testing/demo-bundles";
import { householdArbitraries, truthOf } from "./testing/household-arbitraries";
import { checkPrintedPacket } from "./testing/printed-packet-check";

/**
 * Every flow, every form it prints, read back as a clerk would: generated households (and each
 * flow's own tests as seeded examples, which reach every procedure) are printed and pdftotext must
 * find each person's name, カナ and 和暦 birth date and the address where the form has a line for
 * them, no raw key or JavaScript value, and as many pages as the determination's sheets.
 * KAKANAI_PRINT_RUNS sets the generated households per flow (`npm run test:print` runs many).
 */
const RUNS = Number(process.env.KAKANAI_PRINT_RUNS ?? 4);
const FLOWS: DemoFlowKey[] = ["jumin-idou", "shussei", "okuyami", "shoumei"];

describe("every printed form right, in every flow", () => {
  for (const key of FLOWS) {
    const bundle = demoBundle(key);

    it(`${key}: the forms it prints are fillable from its answers (no lint error)`, () => {
      expect(lintBundle(bundle).filter((i) => i.severity === "error")).toEqual([]);
    });

    it(`${key}: every form of its flow tests and of ${RUNS} generated households reads back right`, async () => {
      const examples = bundle.tests.map((t): [Answers] => [t.answers]);
      await fc.assert(
        fc.asyncProperty(householdArbitraries[key], async (answers) => {
          const problems = await checkPrintedPacket(bundle, answers, truthOf(key, answers));
          expect(problems, problems.join("\n")).toEqual([]);
        }),
        { numRuns: RUNS + examples.length, examples, endOnFailure: true },
      );
    }, 600_000);
  }

  it("fails when one form field's source is renamed, or the flow's mapping of it", async () => {
    const bundle = demoBundle("jumin-idou");
    const test = bundle.tests.find((t) => t.expectForms?.F25);
    if (!test) throw new Error("a 住民異動 flow test that prints F25 is needed");
    const truth = truthOf("jumin-idou", test.answers);
    expect(await checkPrintedPacket(bundle, test.answers, truth)).toEqual([]);

    // The form's name field now names a source nobody supplies: lint refuses it and paper shows it.
    const renamed = structuredClone(bundle) as Bundle;
    const f25 = renamed.forms.find((f) => f.key === "F25");
    const nameField = f25?.fields.find((f) => f.source === "person.name");
    if (!nameField) throw new Error("F25 prints person.name");
    nameField.source = "person.fullName";
    expect(lintBundle(renamed).map((i) => i.message)).toContainEqual(
      expect.stringContaining("person.fullName"),
    );
    const broken = await checkPrintedPacket(renamed, test.answers, truth);
    expect(broken).toContainEqual(expect.stringMatching(/^F25.*の氏名がありません$/));

    // The flow maps the source to an answer that does not exist: blank on paper, lint refuses it.
    const remapped = structuredClone(bundle) as Bundle;
    if (!remapped.print) throw new Error("jumin-idou has a print model");
    remapped.print.person.name = { path: "member.fullName" };
    expect(lintBundle(remapped).some((i) => i.path === "print.person.name.path")).toBe(true);
    expect(await checkPrintedPacket(remapped, test.answers, truth)).toContainEqual(
      expect.stringMatching(/の氏名がありません$/),
    );
  }, 120_000);
});
