import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../client";
import { municipalities } from "../schema";

export interface CreateMunicipalityParams {
  name: string;
  /** 全国地方公共団体コード (6 digits); none for the demo city and test cities. */
  lgCode?: string | null;
  /** HMAC key for slip QR codes; a fresh random one when omitted. */
  qrSecret?: string;
}

export async function createMunicipality(db: DbOrTx, params: CreateMunicipalityParams) {
  const [row] = await db
    .insert(municipalities)
    .values({
      name: params.name,
      lgCode: params.lgCode ?? null,
      qrSecret: params.qrSecret ?? randomBytes(32).toString("base64url"),
    })
    .returning();
  if (!row) throw new Error("municipality insert returned no row");
  return row;
}
