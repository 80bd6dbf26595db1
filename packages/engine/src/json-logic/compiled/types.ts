/**
 * The data scopes around the current one, innermost first: an iterator's { index } frame, then the
 * data it was called with, and so on up to the root. `{"val": [[n], …]}` climbs them. A linked list,
 * not the interpreter's copied stack: entering an item allocates one frame, whatever the depth.
 */
export interface Outer {
  readonly data: unknown;
  readonly up: Outer | null;
}

/** A compiled rule (or part of one): its value for the current data and the scopes around it. */
export type Run = (data: unknown, outer: Outer | null) => unknown;

/** A compiled argument list (evalArgs): always a fresh array, as the interpreter makes. */
export type ListRun = (data: unknown, outer: Outer | null) => unknown[];

/** Compiles a sub-rule with the operator table of the rule being compiled. */
export type Compile = (rule: unknown) => Run;

/**
 * Compiles one operator from its raw (unevaluated) arguments. A mistake the interpreter would only
 * report when the operator runs (a missing argument list…) must become a Run that throws then, never
 * a compile-time throw: a branch that is not taken must not fail.
 */
export type Compiler = (raw: unknown, compile: Compile) => Run;
