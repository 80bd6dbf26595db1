import type { Determination, DeterminedProcedure } from "@kakanai/engine";

/** A determination shaped like the engine's, for rendering tests of the slip (no engine run needed). */
export function sampleDetermination(extraProcedures = 0): Determination {
  const proc = (
    key: string,
    title: string,
    departmentKey: string,
    more: Partial<DeterminedProcedure> = {},
  ) => ({
    key,
    title,
    departmentKey,
    reasons: [],
    members: [0],
    deadline: null,
    itemsToBring: [],
    forms: [],
    ...more,
  });
  const shimin = [
    proc("P01", "住民異動届", "shimin", {
      deadline: "2025-04-15",
      itemsToBring: ["本人確認書類", "転出証明書"],
    }),
    proc("P03", "印鑑登録", "shimin", { itemsToBring: ["登録する印鑑"] }),
  ];
  for (let i = 0; i < extraProcedures; i++)
    shimin.push(
      proc(`PX${i}`, `追加の手続き ${i + 1}`, "shimin", { itemsToBring: ["本人確認書類", "印鑑"] }),
    );
  const hoken = [
    proc("P06", "国民健康保険", "hoken-nenkin", {
      deadline: "2025-04-15",
      itemsToBring: ["マイナンバーカード"],
    }),
  ];
  const kodomo = [
    proc("P15", "児童手当", "kodomo", {
      deadline: "2025-04-16",
      itemsToBring: ["請求者名義の通帳", "請求者の健康保険証"],
    }),
    proc("P16", "子ども医療費助成", "kodomo", { itemsToBring: ["お子さんの健康保険証"] }),
  ];
  return {
    referenceDate: "2025-04-01",
    procedures: [...shimin, ...hoken, ...kodomo],
    departments: [
      { key: "shimin", name: "市民課", counter: "1階 1番", procedures: shimin },
      { key: "hoken-nenkin", name: "保険年金課", counter: "1階 5番", procedures: hoken },
      { key: "kodomo", name: "こども育成課", counter: "2階 25番", procedures: kodomo },
    ],
  };
}
