import { household, person } from "@kakanai/demo-city/testing";
import type { Answers } from "@kakanai/engine";

/** A deterministic household: parents, grandparents and children by a fixed pseudo-random walk. */
export function generateHousehold(size: number): Answers {
  let seed = size * 7919;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const insurances = ["employer", "kokuho", "kouki", "none"];
  const members = Array.from({ length: size }, (_x, i) => {
    const year = i < 2 ? 1945 + Math.floor(next() * 45) : 2005 + Math.floor(next() * 20);
    const birthDate = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-0${1 + Math.floor(next() * 9)}`;
    return person(`東雲 ${i + 1}`, birthDate, {
      relationship: i === 0 ? "世帯主" : i === 1 ? "妻" : "子",
      insurance: insurances[Math.floor(next() * insurances.length)] ?? "employer",
      hasMyNumberCard: next() < 0.5,
      wantsResidenceCertificate: Math.floor(next() * 3),
      handbooks: next() < 0.2 ? ["physical"] : [],
    });
  });
  return household("tennyu", members) as Answers;
}
