/**
 * A date typed in parts (day, month, year), in the field kit's pattern; its
 * own module, so only a view that asks for dates this way downloads it.
 */
import type { ReactNode } from "react";
import { ChoiceFieldset, type Described } from "./fields";

/** One box of a date typed in parts (day, month, year). */
export interface DatePart {
  key: string;
  label: string;
  /** Its width in characters. */
  width: string;
  value: string;
  invalid: boolean;
}

/** A date as day, month and year boxes, in the order given; the boxes are `<id>-<key>`. */
export function DatePartsField({ parts, onChange, ...described }: Described & { legend: ReactNode; parts: DatePart[]; onChange: (key: string, value: string) => void }) {
  return (
    <ChoiceFieldset {...described} anchor wrap={false} className="sa-date">
      <div className="sa-date-boxes">
        {parts.map((b) => (
          <div key={b.key} className="sa-date-box">
            <label htmlFor={`${described.id}-${b.key}`}>{b.label}</label>
            <input
              id={`${described.id}-${b.key}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`sa-input sa-input-chars-${b.width}`}
              value={b.value}
              aria-invalid={b.invalid ? true : undefined}
              onChange={(e) => onChange(b.key, e.target.value)}
            />
          </div>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
