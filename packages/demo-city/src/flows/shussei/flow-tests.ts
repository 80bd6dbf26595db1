import type { BundleInput } from "@kakanai/engine";

type FlowTests = NonNullable<BundleInput["tests"]>;
type Json = FlowTests[number]["answers"];

const mother = { name: "東雲 花子", kana: "シノノメ ハナコ", birthDate: "1992-05-05", insurance: "employer" };
const father = { name: "東雲 太郎", kana: "シノノメ タロウ", birthDate: "1990-05-05", insurance: "employer" };

/** Flow tests of the 出生 flow: P05 always, 国保 and 一時金 by the parents' insurance, 児童手当 by status. */
export const shusseiTests: FlowTests = [
  {
    name: "社保の両親・初めての子",
    answers: birth({}),
    expectProcedures: ["P05", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F21: 1, F24: 1 },
  },
  {
    name: "母が国保（出産育児一時金）",
    answers: birth({ mother: { ...mother, insurance: "kokuho" } }),
    expectProcedures: ["P05", "P06", "P09", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F07: 1, F13: 1, F21: 1, F24: 1 },
  },
  {
    name: "父だけ国保（一時金はなし）",
    answers: birth({ father: { ...father, insurance: "kokuho" } }),
    expectProcedures: ["P05", "P06", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F07: 1, F21: 1, F24: 1 },
  },
  {
    name: "2人目（児童手当は額改定）",
    answers: birth({ childAllowanceStatus: "receiving" }),
    expectProcedures: ["P05", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F29: 1, F24: 1 },
  },
  {
    name: "父の欄なし・父の国保の回答は数えない",
    answers: birth({ hasFather: false, father: { ...father, insurance: "kokuho" } }),
    expectProcedures: ["P05", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F21: 1, F24: 1 },
  },
  {
    name: "両親とも国保・2人目",
    answers: birth({
      mother: { ...mother, insurance: "kokuho" },
      father: { ...father, insurance: "kokuho" },
      childAllowanceStatus: "receiving",
    }),
    expectProcedures: ["P05", "P06", "P09", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F07: 1, F13: 1, F29: 1, F24: 1 },
  },
  {
    name: "父の欄なし・母が国保",
    answers: birth({ hasFather: false, mother: { ...mother, insurance: "kokuho" } }),
    expectProcedures: ["P05", "P06", "P09", "P15", "P16"],
    expectForms: { F05: 1, F06: 1, F07: 1, F13: 1, F21: 1, F24: 1 },
  },
];

function birth(extra: Json): Json {
  return {
    baby: { name: "東雲 陽", kana: "シノノメ ヒナタ", birthDate: "2025-04-01", sex: "F" },
    mother,
    hasFather: true,
    father,
    headOfHousehold: { name: "東雲 太郎", relationshipOfBaby: "子" },
    address: { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "本町", banchi: "1-2-3" },
    childAllowanceStatus: "none",
    childAllowanceClaimant: "father",
    applicant: { role: "father", name: "東雲 太郎", kana: "シノノメ タロウ", phone: "03-1234-5678" },
    ...extra,
  };
}
