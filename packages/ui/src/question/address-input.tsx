"use client";

import {
  findPostalAddresses,
  lookupPostalCode,
  type PostalAddress,
  type PostalCodeTable,
  postalDigits,
  postalShape,
} from "@kakanai/engine";
import { type ReactNode, type Ref, useId, useRef, useState } from "react";
import { Button } from "../button";
import { FieldError, RequiredMark } from "../field";
import { Select } from "../select";
import { TextField } from "../text-field";
import { ADDRESS_PARTS, type AddressPart, type Draft } from "./draft";
import { usePostalLookup } from "./postal-lookup";

const PARTS: Record<AddressPart, { label: string; hint?: string; width: string; optional?: boolean }> = {
  postalCode: { label: "郵便番号", hint: "例：123-4567", width: "max-w-48" },
  prefecture: { label: "都道府県", width: "max-w-64" },
  city: { label: "市区町村", width: "max-w-md" },
  town: { label: "町名・丁目", width: "max-w-md" },
  banchi: { label: "番地・号", hint: "例：1-2-3", width: "max-w-md" },
  building: { label: "建物名・部屋番号", width: "max-w-xl", optional: true },
};

interface AddressInputProps {
  legend: ReactNode;
  hint: ReactNode;
  error?: string;
  required: boolean;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  focusRef: Ref<HTMLInputElement>;
  /** The bundle's offline postal-code table: a known code fills 都道府県・市区町村・町名. */
  postalCodes?: PostalCodeTable;
}

type Parts = Record<string, string>;

/** What the postal-code field says under itself, and the 町域 to pick when a code has several. */
type Lookup =
  | { kind: "idle" }
  | { kind: "message"; text: string }
  | { kind: "choose"; postalCode: string; matches: PostalAddress[] };

export function AddressInput(props: AddressInputProps) {
  const { legend, hint, error, required, draft, onDraft, focusRef, postalCodes } = props;
  const id = useId();
  const { fetchChunk, homeCity } = usePostalLookup();
  const parts = (typeof draft === "object" && !Array.isArray(draft) ? draft : {}) as Parts;
  // The async lookup merges into the draft as it is when the chunk arrives, not as it was typed.
  const latest = useRef({ parts, onDraft });
  latest.current = { parts, onDraft };
  const [lookup, setLookup] = useState<Lookup>({ kind: "idle" });
  const asked = useRef(0);
  const townRef = useRef<HTMLInputElement>(null);
  const home = homeAddress(postalCodes, homeCity);

  // What the last lookup filled in: a later code replaces those parts, never what the clerk typed.
  const filledByLookup = useRef<Parts>({});
  const fill = (postalCode: string, found: Partial<PostalAddress>) => {
    const { parts: now, onDraft: save } = latest.current;
    const next: Parts = { ...now, postalCode };
    const filled: Parts = {};
    for (const key of ["prefecture", "city", "town"] as const) {
      const current = now[key]?.trim() ?? "";
      const ours = !current || current === filledByLookup.current[key];
      if (ours) next[key] = found[key] ?? "";
      if (ours && found[key]) filled[key] = found[key];
    }
    filledByLookup.current = filled;
    save(next);
  };

  const lookUp = async (typed: string) => {
    const ticket = ++asked.current;
    const shape = postalShape(typed);
    if (shape.kind === "malformed") return setLookup({ kind: "message", text: MALFORMED });
    if (shape.kind === "incomplete" || !typed.trim()) {
      // From the third digit on, the chunk is on its way while the clerk types the other four.
      const digits = postalDigits(typed) ?? "";
      if (fetchChunk && digits.length >= 3) void fetchChunk(digits.slice(0, 3)).catch(() => undefined);
      return setLookup({ kind: "idle" });
    }
    // Without the national table (the studio's preview) a miss in the bundle's table says nothing.
    if (!fetchChunk && !lookupPostalCode(typed, postalCodes)) return setLookup({ kind: "idle" });
    const result = await findPostalAddresses(typed, { table: postalCodes, fetchChunk });
    if (ticket !== asked.current) return; // the clerk typed on meanwhile
    if (result.kind === "found") {
      const [only, ...more] = result.matches;
      if (only && more.length === 0) {
        fill(result.postalCode, only);
        return setLookup({ kind: "idle" });
      }
      fill(result.postalCode, sharedPlace(result.matches) ?? {});
      return setLookup({ kind: "choose", postalCode: result.postalCode, matches: result.matches });
    }
    if (result.kind === "notFound" || result.kind === "unavailable") {
      fill(result.postalCode, {}); // an earlier code's address does not belong to this one
      const text =
        result.kind === "notFound"
          ? `〒${result.postalCode} は郵便番号の一覧にありません。番号を確かめるか、住所を直接入力してください。`
          : "郵便番号から住所を読み込めませんでした。住所を直接入力してください。";
      return setLookup({ kind: "message", text });
    }
  };

  const change = (p: AddressPart, value: string) => {
    const next = { ...parts, [p]: value };
    latest.current = { parts: next, onDraft };
    onDraft(next);
    if (p === "postalCode") void lookUp(value);
  };

  const choose = (index: string, postalCode: string, matches: PostalAddress[]) => {
    const picked = matches[Number(index)];
    if (!picked) return;
    filledByLookup.current = { prefecture: picked.prefecture, city: picked.city, town: picked.town };
    onDraft({ ...parts, postalCode, ...filledByLookup.current });
    setLookup({ kind: "idle" });
    townRef.current?.focus();
  };

  const startAtHome = () => {
    if (!home) return;
    onDraft({ ...parts, prefecture: home.prefecture, city: home.city });
    townRef.current?.focus();
  };

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-bold">
        {legend}
        <RequiredMark required={required} />
      </legend>
      {hint && <div className="mt-1 text-sm text-solid-gray-700">{hint}</div>}
      <div className="mt-3 grid gap-4">
        {ADDRESS_PARTS.map((p, i) => (
          <div key={p}>
            <TextField
              ref={i === 0 ? focusRef : p === "town" ? townRef : undefined}
              label={PARTS[p].label}
              hint={PARTS[p].hint}
              error={p === "postalCode" && lookup.kind === "message" ? lookup.text : undefined}
              requiredMark={required ? !PARTS[p].optional : undefined}
              value={parts[p] ?? ""}
              onChange={(e) => change(p, e.target.value)}
              inputMode={p === "postalCode" ? "numeric" : undefined}
              autoComplete="off"
              inputClassName={PARTS[p].width}
            />
            {p === "postalCode" && lookup.kind === "choose" && (
              <Select
                className="mt-3 max-w-xl"
                label={`〒${lookup.postalCode} の町域を選んでください`}
                hint={`この郵便番号には ${lookup.matches.length} の町域があります。`}
                placeholder="選んでください"
                value=""
                options={lookup.matches.map((m, k) => ({ value: String(k), label: placeLabel(m) }))}
                onChange={(e) => choose(e.target.value, lookup.postalCode, lookup.matches)}
              />
            )}
            {p === "postalCode" && home && !parts.prefecture?.trim() && !parts.city?.trim() && (
              <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={startAtHome}>
                {home.city}内の住所（{home.prefecture}
                {home.city}）
              </Button>
            )}
          </div>
        ))}
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}

const MALFORMED = "郵便番号は数字7桁で入力してください（例：123-4567）。";

/** The 都道府県 and 市区町村 all of a code's 町域 share, if they do. */
function sharedPlace(matches: PostalAddress[]): Partial<PostalAddress> | null {
  const [first] = matches;
  if (!first || !matches.every((m) => m.prefecture === first.prefecture && m.city === first.city))
    return null;
  return { prefecture: first.prefecture, city: first.city };
}

function placeLabel(m: PostalAddress): string {
  return `${m.prefecture}${m.city}${m.town || "（町域なし）"}`;
}

/**
 * The city's own 都道府県 and name: its entry in the bundle's table (the city ships its own codes),
 * else the city most of the table's codes belong to (a copy of the demo city under another name).
 */
function homeAddress(table: PostalCodeTable | undefined, city: string | undefined) {
  const entries = Object.values(table ?? {});
  const own = entries.find((entry) => entry.city === city);
  if (own) return { prefecture: own.prefecture, city: own.city };
  const counts = new Map<string, { prefecture: string; city: string; n: number }>();
  for (const { prefecture, city: name } of entries) {
    const key = `${prefecture}\u0000${name}`;
    const seen = counts.get(key) ?? { prefecture, city: name, n: 0 };
    seen.n += 1;
    counts.set(key, seen);
  }
  const [most] = [...counts.values()].sort((x, y) => y.n - x.n);
  return most && most.n > 1 ? { prefecture: most.prefecture, city: most.city } : null;
}
