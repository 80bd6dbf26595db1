/**
 * Runs once in the server process before requests are handled: the api's peer stamp writes each
 * request's TCP peer into x-kakanai-peer, which the submission limit counts against (Next.js gives route
 * handlers no socket, and it keeps a client's own X-Forwarded-For).
 */
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next's own runtime marker, not a setting (settings are env.ts's).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerStamp } = await import("@kakanai/api/peer-stamp");
    installPeerStamp();
  }
}
