import { japanPostChunks } from "@/postal/japan-post-chunks";

/*
 * GET /api/postal/330 → the postal codes 330-0000…330-9999 (a few KB of JSON), built once at build
 * time from the installed package and served as static files; nothing is fetched from outside, and
 * nothing about a resident is in the request. A prefix Japan Post does not use is 404.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { prefix: string }[] {
  return [...japanPostChunks().keys()].map((prefix) => ({ prefix }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ prefix: string }> }) {
  const { prefix } = await params;
  const chunk = japanPostChunks().get(prefix);
  if (!chunk) return new Response(null, { status: 404 });
  return Response.json(chunk);
}
