"use client";

import type { Answers, InterviewStep, SameAsOption } from "@kakanai/engine";
import { Button } from "../button";
import { formatAnswer } from "./answer-text";

interface SameAsOfferProps {
  step: InterviewStep;
  answers: Answers;
  options: SameAsOption[];
  onPick: (option: SameAsOption) => void;
  /** Alt+1…Alt+3 shown on each button (not on a phone, which has no such keys). */
  shortcuts: boolean;
}

/**
 * Say it once: earlier answers this step can take as they are (「届出人の氏名と同じ」). Each is a button,
 * and Alt+1…Alt+3 pick them from the keyboard without leaving the input.
 */
export function SameAsOffer({ step, answers, options, onPick, shortcuts }: SameAsOfferProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="mt-4 flex flex-wrap items-center gap-2">
      <legend className="float-left mr-2 text-sm text-solid-gray-700">前の回答と同じにする：</legend>
      {options.map((option, i) => (
        <Button
          key={option.path}
          variant="secondary"
          size="sm"
          className="max-w-full break-words"
          aria-keyshortcuts={shortcuts ? `Alt+${i + 1}` : undefined}
          onClick={() => onPick(option)}
        >
          {option.label}と同じ（{formatAnswer(step, option.value, answers)}）
          {shortcuts && <kbd className="ml-2 text-xs text-solid-gray-700">Alt+{i + 1}</kbd>}
        </Button>
      ))}
    </fieldset>
  );
}

/** The option an Alt+digit key press picks, if any. */
export function sameAsShortcut(e: { altKey: boolean; key: string; code: string }, options: SameAsOption[]) {
  if (!e.altKey) return undefined;
  // code, not key: on macOS Alt+1 types another character.
  const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? /^[1-9]$/.exec(e.key)?.[0];
  return digit ? options[Number(digit) - 1] : undefined;
}
