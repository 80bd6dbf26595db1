export { hashPassword, needsRehash, passwordHashParams, verifyPassword } from "./auth/password";
export { minPasswordLength, passwordProblem } from "./auth/password-policy";
export type { AuthUser, PublicUser } from "./auth-user";
export { type Context, type CreateContextOptions, createContext } from "./context";
export { DomainError } from "./domain-error";
export { type HttpSettings, type HttpSettingsInput, parseHttpSettings } from "./http/http-settings";
export { createHandoffRouteHandler, createPdfRouteHandler, createTrpcRouteHandler } from "./next";
export { checklistPdf } from "./pdf/checklist-pdf";
export { departmentPdf } from "./pdf/department-pdf";
export { okuyamiFormsPdf } from "./pdf/okuyami-forms-pdf";
export { slipPdf } from "./pdf/slip-pdf";
export { todokePdf } from "./pdf/todoke-pdf";
export { createPortalCaller, type PortalRouter, portalAppRouter } from "./portal-root";
export { signSlipCode, verifySlipCode } from "./qr-token";
export { type Role, role, roles } from "./roles";
export { type AppRouter, appRouter, createCaller } from "./root";
export {
  createFirstCity,
  type FirstStartInput,
  firstStartInput,
  isLgCode,
  needsFirstStart,
} from "./setup/first-start";
export { sharedDb } from "./shared-db";
export type { FlowDraft } from "./studio/flow-draft";
export { type PublishFlowParams, type PublishFlowResult, publishFlow } from "./studio/publish-flow";
