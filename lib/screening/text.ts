/**
 * Free text that means something: what a clinician typed, as a person reads it. A NUL or other control
 * character breaks page rendering for everyone who opens the record, and a name of zero-width spaces looks
 * blank while passing a "required" check; both are refused. Length is counted in grapheme clusters (what a
 * person sees as one character: "é" typed as e + accent, a flag, a family emoji), not UTF-16 code units.
 */
import { z } from "../validation/zod";

/** Built once: constructing Intl objects is slow (≈170 µs each on the target machines). */
const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters a person sees as one (extended grapheme clusters, Unicode UAX #29). */
export function graphemeLength(text: string): number {
  return Array.from(GRAPHEMES.segment(text)).length;
}

/** C0 and C1 controls (NUL, ESC, DEL, …) and lone surrogate halves. */
const CONTROL = /[\p{Cc}]|\p{Cs}/u;
/** The same, but tab and line breaks are allowed (multi-line notes). */
const CONTROL_EXCEPT_LINE_BREAKS = /[^\P{Cc}\t\n\r]|\p{Cs}/u;
/**
 * Text with nothing visible: white space, format characters (zero-width space and joiners, bidi marks, the
 * byte-order mark, soft hyphen) and the fillers that render blank (Hangul fillers, braille blank, CGJ).
 */
const INVISIBLE_ONLY = /^[\s\p{Z}\p{Cf}\u034F\u115F\u1160\u2800\u3164\uFFA0]*$/u;

export function hasControlCharacters(text: string, { multiline = false } = {}): boolean {
  return (multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(text);
}

export function isInvisibleOnly(text: string): boolean {
  return INVISIBLE_ONLY.test(text);
}

interface TextRules {
  /** Grapheme clusters, at most. */
  readonly max: number;
  /** Allows tab and line breaks (multi-line notes). */
  readonly multiline?: boolean;
  /** The message for empty text; "<label> is required" unless given. */
  readonly empty?: string;
}

/**
 * A trimmed text field with visible content, no control characters and at most `max` characters as a person
 * counts them. `label` starts every message ("Full name must …").
 */
export function meaningfulText(label: string, { max, multiline = false, empty }: TextRules) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`) })
    .trim()
    .min(1, { error: empty ?? `${label} is required`, abort: true })
    .refine((text) => !hasControlCharacters(text, { multiline }), {
      error: `${label} contains a control character (such as a NUL or escape); retype it without it`,
      abort: true,
    })
    .refine((text) => !isInvisibleOnly(text), {
      error: `${label} has no visible characters (only spaces or invisible ones such as zero-width spaces)`,
      abort: true,
    })
    .refine((text) => withinGraphemes(text, max), { error: `${label} must be at most ${max} characters` });
}

/**
 * `graphemeLength(text) <= max`, deciding most text without segmenting it: a cluster is at least one UTF-16
 * unit, so text of at most `max` units cannot have more clusters (segmenting took ~2% of an API create).
 */
export function withinGraphemes(text: string, max: number): boolean {
  return text.length <= max || graphemeLength(text) <= max;
}
