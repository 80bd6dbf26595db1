import type { Department } from "@kakanai/engine";

/**
 * 東雲市's departments in counter order. The first six serve 住民異動 and 出生; 学務課 and 資産税課
 * are the extensions that show how a city grows the system; 環境政策課 takes the おくやみ 犬の死亡届.
 */
export const demoDepartments: Department[] = [
  { key: "shimin", name: "市民課", counter: "1階 1番" },
  { key: "hoken-nenkin", name: "保険年金課", counter: "1階 5番" },
  { key: "koureisha", name: "高齢者支援課", counter: "2階 21番" },
  { key: "kaigo", name: "介護保険課", counter: "2階 22番" },
  { key: "shougai", name: "障がい者福祉課", counter: "2階 23番" },
  { key: "kodomo", name: "こども育成課", counter: "2階 25番" },
  { key: "gakumu", name: "学務課", counter: "3階 31番" },
  { key: "shisanzei", name: "資産税課", counter: "3階 34番" },
  // おくやみ O12 犬の死亡届: 環境 is named in demo-city.md without a key; 3階 36番 is our choice.
  { key: "kankyo", name: "環境政策課", counter: "3階 36番" },
];
