import type { ItemQuestion, Question } from "./bundle";

/**
 * One step of the 一問一答 interview. `path` is where the answer is stored, with numeric indices for
 * group items ("members.2.birthDate"). A group first asks its item count (isCount, path "members"),
 * then loops its questions per item.
 */
export interface InterviewStep {
  path: string;
  question: Question | ItemQuestion;
  /** For steps inside a group: the item index (0-based) and the group's key. */
  memberIndex?: number;
  groupKey?: string;
  isCount?: boolean;
  /** Whether this step needs an answer, when the question's requiredIf decided it; else question.required. */
  required?: boolean;
}

export interface InterviewState {
  /** Every step that is visible now, in asking order (for back navigation and progress). */
  steps: InterviewStep[];
  /** The first visible step without a valid answer; null when every visible step is answered. */
  next: InterviewStep | null;
  progress: { answered: number; total: number };
  /** path → message in Japanese, for answers present but invalid. */
  errors: Record<string, string>;
  /** Paths that hold an answer but no longer count because their question is hidden (kept, not deleted). */
  stale: string[];
  done: boolean;
}

export interface DeterminedForm {
  formKey: string;
  title: string;
  departmentKey: string;
  mode: "each" | "household" | "once";
  /** Member indices printed on this form (one for "each", all matching for "household"). */
  members: number[];
  /** Number of sheets (copies) this form needs: household forms continue on further copies. */
  sheets: number;
}

export interface DeterminedProcedure {
  key: string;
  title: string;
  departmentKey: string;
  /** Why it applies, in Japanese (which rule, which members). */
  reasons: string[];
  members: number[];
  /** ISO date or null. */
  deadline: string | null;
  itemsToBring: string[];
  forms: DeterminedForm[];
}

export interface DeterminedDepartment {
  key: string;
  name: string;
  counter: string;
  procedures: DeterminedProcedure[];
}

export interface Determination {
  referenceDate: string | null;
  procedures: DeterminedProcedure[];
  /** Same procedures grouped by department, in the bundle's department order. */
  departments: DeterminedDepartment[];
  /** The bundle's computed values for these answers (手数料…), null while not computable. */
  computed?: Record<string, unknown>;
  /** Answer paths that are stored but ignored because their question is hidden. */
  stale?: string[];
}
