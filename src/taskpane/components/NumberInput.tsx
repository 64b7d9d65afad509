/**
 * A number box that keeps what the user types ("0.", "1e") until it is a number, and only then reports
 * it; an empty box reports undefined when the value may be left out. Text input with a decimal
 * keyboard rather than type="number", whose value browsers blank out while it is half typed.
 */
import { Input, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export interface NumberInputProps extends Omit<InputProps, "value" | "onChange" | "type"> {
  value: number | undefined;
  onNumber: (value: number | undefined) => void;
  /** Called with true while the text is not a number. */
  onBadText?: (invalid: boolean) => void;
  optional?: boolean;
}

const text = (v: number | undefined): string => (v === undefined ? "" : String(v));

export function parseNumber(s: string): number | undefined | null {
  const trimmed = s.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

export function NumberInput({ value, onNumber, onBadText, optional = false, ...rest }: NumberInputProps) {
  const [draft, setDraft] = useState(text(value));
  // A change from outside (reset, another standard) replaces the draft unless the draft already says it.
  useEffect(() => {
    setDraft((d) => (parseNumber(d) === value ? d : text(value)));
  }, [value]);
  return (
    <Input
      {...rest}
      type="text"
      inputMode="decimal"
      value={draft}
      onChange={(_e, d) => {
        setDraft(d.value);
        const n = parseNumber(d.value);
        if (n === null || (n === undefined && !optional)) {
          onBadText?.(true);
          return;
        }
        onBadText?.(false);
        onNumber(n);
      }}
    />
  );
}
