import { demoFlows } from "@kakanai/demo-city";
import type { Rule } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import type { DraftQuestion } from "@/lib/flow-draft";
import { conditionFields } from "./condition-fields";
import { analyzeRule } from "./rule-analysis";

/**
 * Nothing of the demo city needs a developer: every condition of its four flows opens in the visual
 * builder (not the advanced JSON Logic view), with the fields the studio offers at that place — a
 * question inside a 世帯員 group gets the member's fields, every place the flow's computed values.
 */
describe("every demo condition opens in the visual builder", () => {
  for (const demo of demoFlows) {
    const questions = demo.flow.questions as DraftQuestion[];
    const computed = (demo.flow.computed ?? []).map((c) => c.key);
    const places: { where: string; rule: Rule | undefined; fields: ReturnType<typeof conditionFields> }[] =
      [];
    for (const q of questions) {
      const household = conditionFields(questions, q.key, "household", computed);
      places.push({ where: `${q.key} 表示条件`, rule: q.visibleIf, fields: household });
      places.push({ where: `${q.key} 必須条件`, rule: q.requiredIf, fields: household });
      for (const item of q.kind === "group" ? (q.questions ?? []) : []) {
        const member = conditionFields(questions, undefined, "member", computed);
        places.push({ where: `${q.key}.${item.key} 表示条件`, rule: item.visibleIf, fields: member });
        places.push({ where: `${q.key}.${item.key} 必須条件`, rule: item.requiredIf, fields: member });
      }
    }
    for (const p of demo.flow.procedures) {
      const household = conditionFields(questions, undefined, "household", computed);
      const member = conditionFields(questions, undefined, "member", computed);
      places.push({ where: `${p.key} 条件`, rule: p.rule, fields: household });
      places.push({ where: `${p.key} 世帯員の条件`, rule: p.memberRule, fields: member });
    }
    it(`${demo.title}: ${places.filter((p) => p.rule !== undefined).length} conditions`, () => {
      const advanced = places
        .filter((p) => p.rule !== undefined && analyzeRule(p.rule, p.fields).kind === "advanced")
        .map((p) => p.where);
      expect(advanced).toEqual([]);
    });
  }
});
