import type { Rule } from "@kakanai/engine";

/**
 * Small builders for the rules of the 住民異動 flow, so conditions read like the table in
 * demo-city.md. Equality is strict (===): a loose == between an unanswered value and a string is a
 * NaN error in JSON Logic.
 */
export const v = (path: string): Rule => ({ var: path });
export const is = (path: string, value: string | boolean): Rule => ({ "===": [v(path), value] });
export const oneOf = (path: string, values: string[]): Rule => ({ in: [v(path), values] });
export const moveTypeIn = (...types: string[]): Rule => oneOf("moveType", types);
export const and = (...rules: Rule[]): Rule => ({ and: rules });
export const or = (...rules: Rule[]): Rule => ({ or: rules });
/** "Is not" as the studio's builder writes it (!==), so the studio shows the rule in its builder. */
export const isNot = (path: string, value: string | boolean): Rule => ({ "!==": [v(path), value] });

/** Derived numbers are null until their dates are answered; null must not pass as 0. */
const known = (expr: Rule): Rule => ({ "!==": [expr, null] });
export const atLeast = (expr: Rule, n: number): Rule => and(known(expr), { ">=": [expr, n] });
export const below = (expr: Rule, n: number): Rule => and(known(expr), { "<": [expr, n] });
export const between = (expr: Rule, min: number, max: number): Rule =>
  and(known(expr), { ">=": [expr, min] }, { "<=": [expr, max] });

/** For item questions and per-member rules (data: answers + member + on). */
export const memberAgeLegal: Rule = { ageLegal: [v("member.birthDate"), v("on")] };
export const memberAgeCalendar: Rule = { ageCalendar: [v("member.birthDate"), v("on")] };
export const memberGrade: Rule = { schoolGrade: [v("member.birthDate"), v("on")] };
export const memberIs = (key: string, value: string | boolean): Rule => is(`member.${key}`, value);
export const memberInsuranceIn = (...values: string[]): Rule => oneOf("member.insurance", values);

/** Household members as a list even before the count is answered (iterators need a list). */
export const membersList: Rule = { "??": [v("members"), []] };

/** Any member whose school grade is within [min, max]; inside `some` the item is the member. */
export const anyMemberGrade = (min: number, max: number): Rule => ({
  some: [membersList, between({ schoolGrade: [v("birthDate"), { val: [[2], "on"] }] }, min, max)],
});

/** Children for 児童手当 and 子ども医療費: up to 高校生年代 (grade ≤ 12), newborns included. */
export const CHILD_MIN_GRADE = -99;
export const memberIsChild: Rule = between(memberGrade, CHILD_MIN_GRADE, 12);
