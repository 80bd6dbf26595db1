import { answerPath, getAnswer } from "./answer-path";
import type { Answers, Bundle } from "./bundle";
import { type ContextReads, contextReads } from "./context-reads";
import { memberData, type RuleContext, ruleContext } from "./rule-context";
import type { InterviewStep } from "./types";

/**
 * The state of effectiveAnswers' walk through the questions: the answers that still count, the rule
 * context built on them, and what was dropped. Two costs are avoided here. Computed values are only
 * recomputed when a dropped answer may feed them (see contextReads); before, every member with a
 * hidden answer rebuilt them, O(members²) per step. And containers copied by one drop are changed in
 * place by the next ones, until the context is refreshed and starts to point at them.
 */
export class AnswerWalk {
  effective: Answers;
  context: RuleContext;
  readonly stale: string[] = [];
  readonly steps: InterviewStep[] = [];
  private readonly bundle: Bundle;
  /** A dropped answer may feed the computed values: they must be recomputed. */
  private dirty = false;
  /** A computed value is an object or list, which may hold answers: any drop makes the context dirty. */
  private holdsAnswers: boolean;
  /** Paths dropped since the last refresh (their top-level keys are patched into the context). */
  private readonly dropped: string[] = [];
  /** Containers copied by this walk since the last refresh, which nothing else has seen yet. */
  private readonly owned = new Set<object>();
  /** What the context's rules may read, found on the first drop. */
  private reads: ContextReads | null = null;
  /** The member scope built on the current context (see memberScope). */
  private scope: Record<string, unknown> | null = null;

  constructor(bundle: Bundle, answers: Answers) {
    this.bundle = bundle;
    this.effective = answers;
    this.context = ruleContext(bundle, answers);
    this.holdsAnswers = hasObjectValues(bundle, this.context);
  }

  /** Brings the context up to date with the answers dropped so far. */
  refresh(): void {
    if (this.dirty) {
      this.context = ruleContext(this.bundle, this.effective);
      this.dirty = false;
      this.holdsAnswers = hasObjectValues(this.bundle, this.context);
    } else {
      const { data } = this.context;
      for (const path of this.dropped) {
        const root = path.split(".", 1)[0] ?? path;
        // `on` and computed values shadow an answer of the same name in the context.
        if (root === "on" || this.bundle.computed.some((c) => c.key === root)) continue;
        if (this.effective[root] === undefined) delete data[root];
        else data[root] = this.effective[root];
      }
    }
    if (this.dropped.length > 0) this.scope = null;
    this.dropped.length = 0;
    this.owned.clear();
  }

  /** Removes the answer at path from the effective answers; true when there was one. */
  drop(path: string): boolean {
    if (getAnswer(this.effective, path) === undefined) return false;
    this.remove(path);
    this.reads ??= contextReads(this.bundle);
    const reads = this.reads;
    const leaf = path.slice(path.lastIndexOf(".") + 1);
    if (this.holdsAnswers || reads.opaque || reads.names.has(leaf)) this.dirty = true;
    this.dropped.push(path);
    return true;
  }

  /**
   * What an item question of member `memberIndex` of group `groupKey` sees now. One object per
   * refresh, its member swapped in place: rules only read it, and nothing keeps it past the walk.
   */
  memberScope(groupKey: string, memberIndex: number): Record<string, unknown> {
    const items = getAnswer(this.effective, groupKey);
    const member = Array.isArray(items) ? items[memberIndex] : undefined;
    if (this.scope === null) this.scope = memberData(this.context, member, memberIndex);
    else {
      this.scope.member = member;
      this.scope.memberIndex = memberIndex;
    }
    return this.scope;
  }

  /** Like putAnswer(…, undefined), copying each container on the path at most once per refresh. */
  private remove(path: string): void {
    const segments = answerPath(path);
    const last = segments.pop() as string | number;
    this.effective = this.own(this.effective) as Answers;
    let container = this.effective as Record<string | number, unknown>;
    for (const segment of segments) {
      const child = this.own(container[segment] as object);
      container[segment] = child;
      container = child as Record<string | number, unknown>;
    }
    if (Array.isArray(container)) container[last as number] = undefined;
    else delete container[last];
  }

  private own(container: object): object {
    if (this.owned.has(container)) return container;
    const copy = Array.isArray(container) ? [...container] : { ...container };
    this.owned.add(copy);
    return copy;
  }
}

/** A computed value that is an object or a list may hold the answers themselves. */
function hasObjectValues(bundle: Bundle, context: RuleContext): boolean {
  return bundle.computed.some((c) => {
    const value = context.data[c.key];
    return value !== null && typeof value === "object";
  });
}
