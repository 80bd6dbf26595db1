import type { BundleInput } from "@kakanai/engine";
import { juminIdouEdgeTests } from "./jumin-idou/edge-tests";
import { juminIdouTests } from "./jumin-idou/flow-tests";
import { juminIdouPostalCodes } from "./jumin-idou/postal-codes";
import { juminIdouProcedures } from "./jumin-idou/procedures";
import { juminIdouQuestions } from "./jumin-idou/questions";
import { anyMemberGrade, CHILD_MIN_GRADE, membersList, v } from "./jumin-idou/rules";
import { juminIdouPrint } from "./print-models";

/**
 * The 住民異動 (転入・転居・転出) flow of 東雲市, as in docs demo-city.md: the answer model with its
 * stable keys, the derived values, procedures P01–P17 that apply to a move (P05 and P09 belong to
 * 出生), flow tests and the city's offline postal codes. Departments and form definitions are
 * composed in by the seed.
 */
export const juminIdouFlow: Omit<BundleInput, "forms" | "departments"> = {
  schemaVersion: 1,
  flow: {
    key: "jumin-idou",
    kind: "jumin-idou",
    title: "住民異動（転入・転居・転出）",
    referenceDate: v("moveDate"),
  },
  questions: juminIdouQuestions,
  computed: [
    { key: "memberCount", expr: { reduce: [membersList, { "+": [v("accumulator"), 1] }, 0] } },
    { key: "hasChild", expr: anyMemberGrade(CHILD_MIN_GRADE, 12) },
    { key: "hasSchoolChild", expr: anyMemberGrade(1, 9) },
    {
      key: "residenceCertificateCopies",
      expr: {
        reduce: [
          membersList,
          { "+": [v("accumulator"), { "??": [v("current.wantsResidenceCertificate"), 0] }] },
          0,
        ],
      },
    },
  ],
  procedures: juminIdouProcedures,
  print: juminIdouPrint,
  tests: [...juminIdouTests, ...juminIdouEdgeTests],
  postalCodes: juminIdouPostalCodes,
};
