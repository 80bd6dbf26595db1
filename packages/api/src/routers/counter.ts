import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { answerSession } from "../counter/answer-session";
import { cancelSession } from "../counter/cancel-session";
import { completeSession } from "../counter/complete-session";
import { finishSession } from "../counter/finish-session";
import { getSession } from "../counter/get-session";
import { handOverSession, listColleagues } from "../counter/hand-over";
import { listOpenSessions } from "../counter/list-open-sessions";
import { listPublishedFlows } from "../counter/list-published-flows";
import { startFromPreApplication } from "../counter/start-from-pre-application";
import { startSession } from "../counter/start-session";
import { int32Counter } from "../input-bounds";
import { roles } from "../roles";
import { receptionRoleProcedure, roleProcedure } from "../trpc";

export const startSessionInput = z.object({ bundleId: z.uuid() });
export type StartSessionInput = z.infer<typeof startSessionInput>;
/** A resident's pre-application code as scanned or typed (normalised and checked by the server). */
export const preApplicationInput = z.object({ code: z.string().min(1).max(64) });
export const sessionIdInput = z.object({ sessionId: z.uuid() });
export type SessionIdInput = z.infer<typeof sessionIdInput>;
export const handOverInput = z.object({ sessionId: z.uuid(), toStaffId: z.uuid() });
export type HandOverInput = z.infer<typeof handOverInput>;
export const openSessionsInput = z
  .object({ finished: z.boolean().default(false) })
  .default({ finished: false });
export type OpenSessionsInput = z.infer<typeof openSessionsInput>;
export const cancelSessionInput = z.object({
  sessionId: z.uuid(),
  /** One of the dialog's reasons or the clerk's own words; no resident's name (the dialog says so). */
  reason: z
    .string()
    .trim()
    .min(1, "取り消す理由を選ぶか入力してください。")
    .max(200, "取り消す理由は200文字以内で入力してください。"),
});
export type CancelSessionInput = z.infer<typeof cancelSessionInput>;
export const answerSessionInput = z.object({
  sessionId: z.uuid(),
  /** "moveDate", "applicant.name", "members.2.birthDate"; "members" with a number resizes the group. */
  path: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]*(\.([A-Za-z][A-Za-z0-9_]*|\d{1,3}))*$/)
    .max(200),
  value: z.json().nullable(),
  revision: int32Counter,
});
export type AnswerSessionInput = z.infer<typeof answerSessionInput>;

const counterProcedure = roleProcedure(roles.counter);

export const counterRouter = {
  flows: counterProcedure.query(({ ctx }) =>
    listPublishedFlows(ctx.db, { municipalityId: ctx.user.municipalityId, roles: ctx.user.roles }),
  ),
  start: counterProcedure.input(startSessionInput).mutation(({ ctx, input }) =>
    startSession(ctx.db, {
      bundleId: input.bundleId,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      roles: ctx.user.roles,
    }),
  ),
  /** A resident's pre-application (apps/portal) starts a reception with their answers. */
  startFromPreApplication: counterProcedure
    .input(preApplicationInput)
    .mutation(({ ctx, input }) => startFromPreApplication(ctx.db, { code: input.code, user: ctx.user })),
  session: counterProcedure.input(sessionIdInput).query(({ ctx, input }) =>
    getSession(ctx.db, {
      sessionId: input.sessionId,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user,
    }),
  ),
  // The busiest call: the login and the reception come from one statement (receptionRoleProcedure).
  answer: receptionRoleProcedure(roles.counter)
    .input(answerSessionInput)
    .mutation(({ ctx, input }) =>
      answerSession(ctx.db, {
        ...input,
        session: ctx.reception(input.sessionId),
        municipalityId: ctx.user.municipalityId,
        by: ctx.user.id,
      }),
    ),
  /** The receptions the clerk holds: unfinished ones, or with `finished` also completed and cancelled ones. */
  openSessions: counterProcedure.input(openSessionsInput).query(({ ctx, input }) =>
    listOpenSessions(ctx.db, {
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      finished: input.finished,
    }),
  ),
  /** The holder stops a reception with a reason: it can no longer be answered or printed. */
  cancel: counterProcedure
    .input(cancelSessionInput)
    .mutation(({ ctx, input }) =>
      cancelSession(ctx.db, { ...input, municipalityId: ctx.user.municipalityId, by: ctx.user }),
    ),
  finish: counterProcedure.input(sessionIdInput).mutation(({ ctx, input }) =>
    finishSession(ctx.db, {
      sessionId: input.sessionId,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user,
    }),
  ),
  /** The visit ended: the reception is completed and its retention period starts. */
  complete: counterProcedure.input(sessionIdInput).mutation(({ ctx, input }) =>
    completeSession(ctx.db, {
      sessionId: input.sessionId,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user,
      departmentKey: ctx.user.departmentKey,
    }),
  ),
  /** Counter clerks of the city the reception can be handed to (「引き継ぐ」). */
  colleagues: counterProcedure.query(({ ctx }) =>
    listColleagues(ctx.db, { municipalityId: ctx.user.municipalityId, by: ctx.user }),
  ),
  /** The holder gives the reception to a colleague; from then on only the colleague works on it. */
  handOver: counterProcedure
    .input(handOverInput)
    .mutation(({ ctx, input }) =>
      handOverSession(ctx.db, { ...input, municipalityId: ctx.user.municipalityId, by: ctx.user }),
    ),
} satisfies TRPCRouterRecord;
