import type { BundleInput } from "@kakanai/engine";
import { juminIdouPostalCodes } from "./jumin-idou/postal-codes";
import { atLeast, is, or, v } from "./jumin-idou/rules";
import { okuyamiTests } from "./okuyami/flow-tests";
import { okuyamiProcedures } from "./okuyami/procedures";
import { okuyamiQuestions } from "./okuyami/questions";

/**
 * The おくやみ (bereavement) flow of 東雲市, as in demo-city.md: O01–O12 across seven departments,
 * output as one checklist for the family and the prefilled forms O-F01–O-F09 of each department.
 * The reference date is the date of death.
 */
export const okuyamiFlow: Omit<BundleInput, "forms" | "departments"> = {
  schemaVersion: 1,
  flow: {
    key: "okuyami",
    kind: "okuyami",
    title: "おくやみ（ご遺族の手続き）",
    referenceDate: v("deceased.deathDate"),
  },
  questions: okuyamiQuestions,
  computed: [
    { key: "ageAtDeath", expr: { ageLegal: [v("deceased.birthDate"), v("on")] } },
    // 介護保険の被保険者（65歳以上、または認定を受けていた方）: the refund goes to the heir.
    { key: "kaigoRefund", expr: or(atLeast(v("ageAtDeath"), 65), is("deceased.careCertified", true)) },
  ],
  procedures: okuyamiProcedures,
  // The city's offline postal codes: a known code fills 都道府県・市区町村・町名 at the counter.
  postalCodes: juminIdouPostalCodes,
  tests: okuyamiTests,
};
