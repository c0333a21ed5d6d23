"use client";

import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";

import { useHydrated } from "../forms/use-hydrated";

/**
 * What the clinician typed or chose in a section before React hydrated it, carried into the form.
 *
 * react-hook-form learns a field's value when the field registers, as its section hydrates. A field whose
 * starting value is blank (undefined) is read from the page then, but silently: nothing watching it (the age
 * beside the date of birth, a question shown by an earlier answer) hears of it, and it does not count as an
 * unsaved entry. A field whose starting value is set (an empty list, an unanswered questionnaire item) is
 * overwritten with that value, and the entry is gone from the page. React does not help either: an input event
 * in a section still waiting is replayed once the section is hydrated, but the value was already on the page
 * when React started tracking it, so no change is seen.
 *
 * So the form notes each entry itself: what differs from the server's HTML when the form hydrates (typed before
 * any script ran), then every input event on the form until the last section is hydrated. It then
 * hands each noted entry, the last state of its control, to react-hook-form as the change it was.
 */
interface Entry {
  readonly name: string;
  /** A text field's value; for a radio or checkbox, the option's value. */
  readonly value: string;
  /** For a radio or checkbox: whether the option is checked. */
  readonly checked?: boolean;
}

/** The screening form has text fields, text areas, radios and checkboxes; no selects. */
type Control = HTMLInputElement | HTMLTextAreaElement;

function controlsOf(form: HTMLFormElement): Control[] {
  return Array.from(form.elements).filter(
    (element): element is Control => (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.name !== "",
  );
}

function isChoice(control: Control): control is HTMLInputElement {
  return control.type === "radio" || control.type === "checkbox";
}

/** A checkbox group holds one entry per option; a radio group or text field one in all. */
function note(entries: Map<string, Entry>, control: Control): void {
  if (!isChoice(control)) entries.set(control.name, { name: control.name, value: control.value });
  else if (control.type === "checkbox") entries.set(`${control.name}\n${control.value}`, { name: control.name, value: control.value, checked: control.checked });
  else if (control.checked) entries.set(control.name, { name: control.name, value: control.value, checked: true });
}

type FormMethods<T extends FieldValues> = Pick<UseFormReturn<T, unknown, unknown>, "register" | "getFieldState">;

/**
 * Puts each entry back on the page where registering overwrote it, and tells react-hook-form of it through the
 * field's own change handler, which reads the control as a real change would (its `setValueAs`, radio and
 * checkbox groups) and notifies what watches it. A field react-hook-form already saw changed is left alone.
 */
function replayEntries<T extends FieldValues>(form: HTMLFormElement, entries: Iterable<Entry>, methods: FormMethods<T>): void {
  const byName = new Map<string, Entry[]>();
  for (const entry of entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  const allControls = controlsOf(form);
  for (const [name, fieldEntries] of byName) {
    const path = name as FieldPath<T>;
    if (methods.getFieldState(path).isDirty) continue;
    const controls = allControls.filter((control) => control.name === name);
    for (const entry of fieldEntries) {
      const control = controls.find((candidate) => !isChoice(candidate) || candidate.value === entry.value);
      if (control && isChoice(control)) control.checked = entry.checked ?? false;
      else if (control) control.value = entry.value;
    }
    if (controls[0]) void methods.register(path).onChange({ target: controls[0], type: "change" });
  }
}

/**
 * Notes entries from the form's hydration (a layout effect: before any section's fields register) and hands
 * them over once `allSectionsHydrated` turns true.
 */
export function useEntriesBeforeHydration<T extends FieldValues>(
  formRef: RefObject<HTMLFormElement | null>,
  methods: FormMethods<T>,
  allSectionsHydrated: boolean,
): void {
  const entries = useRef<Map<string, Entry> | null>(null);
  // Whether the form's first render hydrated the server's HTML. Reached by a navigation in the browser, the
  // form is rendered afresh with every section: no one can have typed in it yet.
  const hydrated = useHydrated();
  const firstRenderHydrated = useRef(!hydrated);

  useLayoutEffect(() => {
    const form = formRef.current;
    if (!form || !firstRenderHydrated.current) return;
    if (!entries.current) {
      entries.current = new Map();
      for (const control of controlsOf(form)) {
        const changed = isChoice(control) ? control.checked !== control.defaultChecked : control.value !== control.defaultValue;
        if (changed) note(entries.current, control);
      }
    }
    const noted = entries.current;
    // Capturing: the event is noted before any handler of the page can stop it.
    const listener = (event: Event) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) note(noted, event.target);
    };
    form.addEventListener("input", listener, true);
    return () => form.removeEventListener("input", listener, true);
  }, [formRef]);

  useEffect(() => {
    const form = formRef.current;
    if (!allSectionsHydrated || !form || !entries.current) return;
    replayEntries(form, entries.current.values(), methods);
    entries.current.clear();
  }, [allSectionsHydrated, formRef, methods]);
}
