"use client";

/**
 * The form's field building blocks. Each one takes the field's path, reads its label from `labelOf`, and
 * wires its inline error to the control (`aria-invalid`, `aria-describedby`), so every section gets the
 * same accessible behaviour without repeating it.
 */
import { get, useFormContext, useFormState, useWatch, type Path } from "react-hook-form";

import { labelOf } from "./field-labels";
import { formSection, sectionId, type SectionKey } from "./form-sections";
import { NoneOfThese } from "./none-of-these";
import { errorId, fieldId, NO, numberFromInput, textFromInput, YES, type ScreeningFormState } from "./form-model";

export type FormPath = Path<ScreeningFormState>;

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Options from a value list and its label map in lib/screening/options.ts. */
export function optionsFrom<const T extends readonly string[]>(
  values: T,
  labels: Readonly<Record<T[number], string>>,
): Option[] {
  return values.map((value: T[number]) => ({ value, label: labels[value] }));
}

export const YES_NO_OPTIONS: readonly Option[] = [
  { value: YES, label: "Yes" },
  { value: NO, label: "No" },
];

export function useFieldError(path: string): string | undefined {
  const { control } = useFormContext<ScreeningFormState>();
  const { errors } = useFormState({ control, name: path as FormPath });
  // An error about a whole list of registered fields (a part-answered questionnaire) sits under `.root`.
  const own = get(errors, path) as { message?: unknown } | undefined;
  const listRoot = get(errors, `${path}.root`) as { message?: unknown } | undefined;
  const message = own?.message ?? listRoot?.message;
  return typeof message === "string" ? message : undefined;
}

/** Space-separated ids of the hint and error that exist right now (a dangling id would confuse axe and readers). */
export function describedBy(path: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${fieldId(path)}-hint` : "", hasError ? errorId(path) : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldHint({ path, children }: { path: string; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${fieldId(path)}-hint`} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(path)} className="mt-1 text-sm font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

interface TextFieldProps {
  path: FormPath;
  kind?: "text" | "number" | "decimal" | "date";
  hint?: string;
  autoComplete?: string;
  /** Tailwind width class; short widths tell the clinician what size of answer is expected. */
  width?: string;
}

/** The props every text control of a field shares: its id and accessible error wiring, and its border. */
interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  border: string;
}

/** A field's label, hint and inline error above its control, wired together. */
function LabelledField({ path, hint, control }: { path: FormPath; hint?: string; control: (props: ControlProps) => React.ReactNode }) {
  const message = useFieldError(path);
  const id = fieldId(path);
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {labelOf(path)}
      </label>
      <FieldHint path={path}>{hint}</FieldHint>
      <FieldError path={path} message={message} />
      {control({
        id,
        "aria-invalid": message ? true : undefined,
        "aria-describedby": describedBy(path, Boolean(hint), Boolean(message)),
        border: message ? "border-2 border-red-700" : "border-slate-500",
      })}
    </div>
  );
}

export function TextField({ path, kind = "text", hint, autoComplete = "off", width = "w-full" }: TextFieldProps) {
  const { register } = useFormContext<ScreeningFormState>();
  const numeric = kind === "number" || kind === "decimal";
  return (
    <LabelledField
      path={path}
      hint={hint}
      control={({ border, ...aria }) => (
        <input
          {...aria}
          type={kind === "date" ? "date" : "text"}
          inputMode={kind === "number" ? "numeric" : kind === "decimal" ? "decimal" : undefined}
          autoComplete={autoComplete}
          spellCheck={kind === "text" ? false : undefined}
          className={`mt-1 block ${width} rounded border px-3 py-2 text-base ${border}`}
          {...register(path, { setValueAs: numeric ? numberFromInput : textFromInput })}
        />
      )}
    />
  );
}

interface TextAreaProps {
  path: FormPath;
  hint?: string;
  rows?: number;
  /** Free prose is spell-checked; lists of names (allergies, medicines) are not. */
  spellCheck?: boolean;
  /** Shows the characters left while typing, so a limit is seen before the schema refuses the text. */
  max?: number;
}

/** A multi-line text field; lists (allergies, other medicines) take one entry per line. */
export function TextArea({ path, hint, rows = 3, spellCheck = false, max }: TextAreaProps) {
  const { register } = useFormContext<ScreeningFormState>();
  const counterId = `${fieldId(path)}-counter`;
  return (
    <LabelledField
      path={path}
      hint={hint}
      control={({ border, ...aria }) => (
        <>
          <textarea
            {...aria}
            aria-describedby={max === undefined ? aria["aria-describedby"] : [aria["aria-describedby"], counterId].filter(Boolean).join(" ")}
            rows={rows}
            spellCheck={spellCheck}
            className={`mt-1 block w-full rounded border px-3 py-2 ${border}`}
            {...register(path, { setValueAs: textFromInput })}
          />
          {max !== undefined && <CharactersLeft id={counterId} path={path} max={max} />}
        </>
      )}
    />
  );
}

function CharactersLeft({ id, path, max }: { id: string; path: FormPath; max: number }) {
  const { control } = useFormContext<ScreeningFormState>();
  const text = (useWatch({ control, name: path }) as string | undefined) ?? "";
  const remaining = max - text.length;
  return (
    <p id={id} className={`mt-1 text-sm ${remaining < 0 ? "font-semibold text-red-800" : "text-slate-600"}`}>
      {remaining >= 0 ? `${remaining} of ${max} characters left` : `${-remaining} characters too many (at most ${max})`}
    </p>
  );
}

interface ChoiceGroupProps {
  path: FormPath;
  options: readonly Option[];
  /** Defaults to the field's label; PHQ-9/GAD-7 items pass their item text. */
  legend?: React.ReactNode;
  hint?: string;
  inline?: boolean;
}

/**
 * A radio group as a fieldset (lists of checkboxes are asked through `GatedCheckboxGroup`). The first option
 * carries the field's id, so the error summary's link and the focus-on-error land on a real, focusable control.
 */
function ChoiceGroup({ type, path, options, legend, hint, inline }: ChoiceGroupProps & { type: "radio" }) {
  const message = useFieldError(path);
  const baseId = fieldId(path);
  return (
    <fieldset aria-describedby={describedBy(path, Boolean(hint), Boolean(message))}>
      <legend className="font-medium text-slate-900">{legend ?? labelOf(path)}</legend>
      <FieldHint path={path}>{hint}</FieldHint>
      <FieldError path={path} message={message} />
      <OptionInputs
        type={type}
        path={path}
        options={options}
        idOf={(value, index) => (index === 0 ? baseId : `${baseId}-${value}`)}
        invalid={Boolean(message)}
        inline={inline}
      />
    </fieldset>
  );
}

/** The inputs of a radio or checkbox group with their labels; `idOf` names each input. */
export function OptionInputs({
  type,
  path,
  options,
  idOf,
  invalid,
  inline,
}: {
  type: "radio" | "checkbox";
  path: FormPath;
  options: readonly Option[];
  idOf: (value: string, index: number) => string;
  invalid: boolean;
  inline?: boolean;
}) {
  const { register } = useFormContext<ScreeningFormState>();
  const field = register(path);
  return (
    <div className={`mt-2 ${inline ? "flex flex-wrap gap-x-6 gap-y-2" : "grid gap-2 sm:grid-cols-2"}`}>
      {options.map((option, index) => {
        const id = idOf(option.value, index);
        return (
          <div key={option.value} className="flex items-center gap-2">
            <input
              id={id}
              type={type}
              value={option.value}
              aria-invalid={invalid ? true : undefined}
              className="size-5 shrink-0 accent-blue-800"
              {...field}
            />
            <label htmlFor={id} className="py-1">
              {option.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}

export function RadioGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="radio" {...props} />;
}

export function YesNo({ path, hint }: { path: FormPath; hint?: string }) {
  return <RadioGroup path={path} options={YES_NO_OPTIONS} hint={hint} inline />;
}

/**
 * A form section: a fieldset whose legend is the section heading, with the section's "None of these"
 * control first when it has several questions with a nothing-to-report answer.
 */
export function Section({ sectionKey, children }: { sectionKey: SectionKey; children: React.ReactNode }) {
  const section = formSection(sectionKey);
  return (
    <fieldset id={sectionId(sectionKey)} tabIndex={-1} className="scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <legend className="px-2 text-lg font-semibold text-slate-900">{section.title}</legend>
      <div className="space-y-5">
        <NoneOfThese section={section} />
        {children}
      </div>
    </fieldset>
  );
}
