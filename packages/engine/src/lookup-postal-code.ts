import type { PostalAddress } from "./bundle";

/** The table as a bundle ships it: 7 digits without hyphen → address. */
export type PostalCodeTable = Readonly<Record<string, PostalAddress>>;

export interface PostalCodeMatch extends PostalAddress {
  /** The code as the address answer stores it: 123-4567. */
  postalCode: string;
}

/**
 * Looks a postal code up in a bundle's offline table (bundle.postalCodes), as the clerk types it:
 * 「135-0061」「1350061」「〒１３５－００６１」 all work. null when the code is incomplete or not in the
 * table; the clerk then types the address by hand.
 */
export function lookupPostalCode(code: string, table: PostalCodeTable | undefined): PostalCodeMatch | null {
  const digits = postalDigits(code);
  if (digits === null || digits.length !== 7 || !table || !Object.hasOwn(table, digits)) return null;
  const entry = table[digits];
  if (!entry) return null;
  return {
    postalCode: `${digits.slice(0, 3)}-${digits.slice(3)}`,
    prefecture: entry.prefecture,
    city: entry.city,
    town: entry.town,
  };
}

/**
 * The half-width digits typed so far, or null when the text is not (the start of) a postal code:
 * full-width digits and hyphens, a leading 〒 and spaces are accepted; anything else is refused.
 */
export function postalDigits(code: string): string | null {
  const halfWidth = code.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const digits = halfWidth.replace(/^\s*〒?\s*/, "").replace(/[-－‐ー−―\s\u3000]/g, "");
  return /^\d*$/.test(digits) ? digits : null;
}
