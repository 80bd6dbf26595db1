import type { Answers, Determination, DeterminedProcedure } from "@kakanai/engine";

/**
 * An おくやみ result shaped like the engine's for the demo flow (O01–O12 minus 後期高齢者): a
 * 世帯主 on 国保 with a pension, care certification, a handbook, land, a moped and a dog, who died on
 * 2025-04-01. Written out, so checklist tests need no engine run. `answers` are the family's answers
 * the おくやみ forms (O-F01–O-F09) print from (国民年金, so the 受給権者死亡届 applies); the 届出人, 喪主
 * and 相続人代表 are three different people.
 */
export function sampleBereavement(): {
  deceasedName: string;
  determination: Determination;
  answers: Answers;
} {
  const ID = "届出人の本人確認書類";
  const p = (
    key: string,
    title: string,
    departmentKey: string,
    deadline: string | null,
    itemsToBring: string[],
  ): DeterminedProcedure => ({
    key,
    title,
    departmentKey,
    reasons: [],
    members: [],
    deadline,
    itemsToBring,
    forms: [],
  });
  const departments = [
    dept("shimin", "市民課", "1階 1番", [
      p("O01", "世帯主変更届", "shimin", "2025-04-15", [ID]),
      p("O02", "印鑑登録証の返却", "shimin", null, ["印鑑登録証（カード）"]),
    ]),
    dept("hoken-nenkin", "保険年金課", "1階 5番", [
      p("O03", "国民健康保険 資格喪失", "hoken-nenkin", "2025-04-15", [
        "国民健康保険の資格確認書（保険証）",
        ID,
      ]),
      p("O04", "葬祭費 支給申請", "hoken-nenkin", "2027-04-01", [
        "葬儀の領収書または会葬礼状（喪主の名前がわかるもの）",
        "喪主名義の預金通帳",
      ]),
      p("O06", "国民年金 受給権者死亡届・未支給年金", "hoken-nenkin", "2025-04-11", [
        "年金証書",
        "死亡の事実がわかる書類（死亡診断書の写しなど）",
        "年金事務所での手続き（厚生年金）",
      ]),
    ]),
    dept("kaigo", "介護保険課", "2階 22番", [
      p("O07", "介護保険 資格喪失", "kaigo", "2025-04-15", [
        "介護保険被保険者証",
        "相続人代表名義の預金通帳",
      ]),
    ]),
    dept("shougai", "障がい者福祉課", "2階 23番", [
      p("O08", "障害者手帳 返還", "shougai", null, ["お持ちだった障害者手帳"]),
    ]),
    dept("shisanzei", "資産税課", "3階 34番", [
      p("O10", "固定資産 相続人代表者指定届", "shisanzei", null, ["相続人代表の本人確認書類"]),
      p("O11", "原付 廃車・名義変更", "shisanzei", null, [
        "ナンバープレート（廃車の場合）",
        "標識交付証明書",
      ]),
    ]),
    dept("kankyo", "環境政策課", "3階 36番", [
      p("O12", "犬の死亡届", "kankyo", "2025-05-01", ["犬の鑑札", "狂犬病予防注射済票"]),
    ]),
  ];
  return {
    deceasedName: "東雲 一郎",
    answers: bereavementAnswers(),
    determination: {
      referenceDate: "2025-04-01",
      procedures: departments.flatMap((d) => d.procedures),
      departments,
    },
  };
}

function dept(key: string, name: string, counter: string, procedures: DeterminedProcedure[]) {
  return { key, name, counter, procedures };
}

function bereavementAnswers(): Answers {
  const home = {
    postalCode: "135-0061",
    prefecture: "東京都",
    city: "東雲市",
    town: "本町",
    banchi: "1-2-3",
  };
  return {
    deceased: {
      name: "東雲 一郎",
      kana: "シノノメ イチロウ",
      birthDate: "1950-01-10",
      deathDate: "2025-04-01",
      address: home,
      wasHeadOfHousehold: true,
      remainingMembers: 2,
      insurance: "kokuho",
      receivedPension: "kokumin",
      careCertified: true,
      handbooks: ["physical"],
      hadSealRegistration: true,
      wasChildAllowanceRecipient: false,
      ownedRealEstate: true,
      ownedMoped: true,
      ownedDog: true,
    },
    applicant: {
      name: "東雲 花子",
      kana: "シノノメ ハナコ",
      relationship: "妻",
      phone: "03-1234-5678",
      address: home,
    },
    chiefMourner: { name: "東雲 太郎", bankAccount: "東雲銀行 本店 普通 7654321 シノノメ タロウ" },
    heirRepresentative: {
      name: "東雲 次郎",
      address: {
        postalCode: "220-0012",
        prefecture: "神奈川県",
        city: "横浜市西区",
        town: "みなとみらい",
        banchi: "2-3-4",
      },
      bankAccount: "みなと銀行 横浜支店 普通 1122334 シノノメ ジロウ",
    },
  };
}
