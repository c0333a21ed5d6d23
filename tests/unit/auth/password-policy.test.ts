import { statSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";
import {
  checkPassword,
  codePointLength,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  newPasswordSchema,
  newPasswordSchemaFor,
  PASSWORD_MESSAGES,
  personalWords,
} from "@/lib/auth/password-policy";

const OK = { ok: true };
const refused = (message: string) => ({ ok: false, message });


describe("length, counted in Unicode code points", () => {
  it.each([
    ["11 letters", "correcthors", PASSWORD_MESSAGES.tooShort],
    ["12 letters", "correcthorse", null],
    ["128 letters", "q".repeat(64) + "z".repeat(64), null],
    ["129 letters", "q".repeat(64) + "z".repeat(65), PASSWORD_MESSAGES.tooLong],
  ])("%s", (_, password, message) => {
    expect(checkPassword(password)).toEqual(message ? refused(message) : OK);
  });

  it("counts an emoji as one character, though it is two UTF-16 units", () => {
    const eleven = "🩺".repeat(11);
    expect(eleven.length).toBe(22);
    expect(codePointLength(eleven)).toBe(11);
    expect(checkPassword(eleven)).toEqual(refused(PASSWORD_MESSAGES.tooShort));
    expect(checkPassword("🩺".repeat(12))).toEqual(OK);
    expect(checkPassword("🩺".repeat(128))).toEqual(OK);
    expect(checkPassword("🩺".repeat(129))).toEqual(refused(PASSWORD_MESSAGES.tooLong));
  });

  it("counts accented letters and CJK as one character each", () => {
    expect(checkPassword("ñandúcañónés")).toEqual(OK);
    expect(checkPassword("氯胺酮筛查氯胺酮筛查氯")).toEqual(refused(PASSWORD_MESSAGES.tooShort));
    expect(checkPassword("氯胺酮筛查氯胺酮筛查氯胺")).toEqual(OK);
  });

  it("stops counting a huge input past the maximum", () => {
    expect(codePointLength("a".repeat(1_000_000), MAX_PASSWORD_LENGTH)).toBe(MAX_PASSWORD_LENGTH + 1);
    expect(checkPassword("a".repeat(1_000_000))).toEqual(refused(PASSWORD_MESSAGES.tooLong));
  });

  it("says the limits in its messages", () => {
    expect(PASSWORD_MESSAGES).toMatchObject({ tooShort: "Use at least 12 characters.", tooLong: "Use at most 128 characters." });
  });
});

describe("no composition rules", () => {
  it.each(["a quiet walk by the river", "lowercaseonlyphrase", "            spaces count", "1029384756473829"])("accepts %j", (password) => {
    expect(checkPassword(password)).toEqual(OK);
  });
});

describe("the shipped list of common passwords", () => {
  it.each(["passwordpassword", "qwertyuiopasdf", "123456789012", "ketaminescreening", "1qaz2wsx3edc", "password1234", "iloveyouiloveyou"])(
    "refuses %j in any case and with spaces around it",
    (password) => {
      for (const variant of [password, password.toUpperCase(), ` ${password[0]?.toUpperCase()}${password.slice(1)}  `]) {
        expect(checkPassword(variant)).toEqual(refused(PASSWORD_MESSAGES.tooCommon));
      }
    },
  );

  it("refuses every entry of the list", () => {
    const notRefused = [...COMMON_PASSWORDS].filter((entry) => checkPassword(entry).ok);
    expect(notRefused).toEqual([]);
  });

  it("holds lower-case, trimmed entries of 12 to 128 code points, sorted and distinct, and no email addresses", () => {
    const entries = [...COMMON_PASSWORDS];
    expect(entries.length).toBeGreaterThan(10_000);
    const misfits = entries.filter((entry, index) => {
      const length = codePointLength(entry);
      return (
        entry !== entry.trim().toLowerCase() ||
        length < MIN_PASSWORD_LENGTH ||
        length > MAX_PASSWORD_LENGTH ||
        (index > 0 && !((entries[index - 1] as string) < entry)) ||
        /[^\s@]+@[^\s@]+\.[a-z]{2,}/.test(entry)
      );
    });
    expect(misfits).toEqual([]);
  });

  it("stays a reasonable size to ship (under 300 kB)", () => {
    expect(statSync(path.join(process.cwd(), "lib", "auth", "common-passwords.ts")).size).toBeLessThan(300_000);
  });
});

describe("personal information", () => {
  const context = { email: "Ada.Lovelace@clinic.example", name: "Ada Byron Lovelace" };

  it("finds the name and the email's local part, whole and word by word, of 4 characters or more", () => {
    expect(personalWords(context).sort()).toEqual(["ada byron lovelace", "ada.lovelace", "byron", "lovelace"]);
    expect(personalWords({ email: "jo@clinic.example", name: "Al Li" })).toEqual(["al li"]);
    expect(personalWords({})).toEqual([]);
  });

  it.each([
    ["equal to the email's local part, any case", "ADA.LOVELACE"],
    ["containing the local part", "my ada.lovelace password"],
    ["containing the full name", "i am ada byron lovelace ok"],
    ["containing a part of the name", "countess-lovelace-1815"],
  ])("refuses a password %s", (_, password) => {
    expect(checkPassword(password, context)).toEqual(refused(PASSWORD_MESSAGES.personal));
  });

  it("ignores names and local parts shorter than 4 characters", () => {
    expect(checkPassword("jolly good fellow", { email: "jo@clinic.example", name: "Jo Ng" })).toEqual(OK);
  });

  it("checks length and the list first", () => {
    expect(checkPassword("lovelace", context)).toEqual(refused(PASSWORD_MESSAGES.tooShort));
    expect(checkPassword("passwordpassword", { name: "Password" })).toEqual(refused(PASSWORD_MESSAGES.tooCommon));
  });
});

describe("property: what is neither short, long, common nor personal is accepted", () => {
  const name = fc.string({ minLength: 0, maxLength: 20 });
  const password = fc.string({ unit: "grapheme", minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }).filter((text) => {
    const length = codePointLength(text);
    return length >= MIN_PASSWORD_LENGTH && length <= MAX_PASSWORD_LENGTH;
  });

  it("accepts any 12 to 128 characters not on the list and not containing the name", () => {
    fc.assert(
      fc.property(password, name, fc.emailAddress(), (candidate, userName, email) => {
        fc.pre(!COMMON_PASSWORDS.has(candidate.trim().toLowerCase()));
        fc.pre(!personalWords({ email, name: userName }).some((word) => candidate.toLowerCase().includes(word)));
        expect(checkPassword(candidate, { email, name: userName })).toEqual(OK);
      }),
    );
  });

  it("never refuses with a message outside the policy's four", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), name, (candidate, userName) => {
        const result = checkPassword(candidate, { name: userName });
        if (!result.ok) expect(Object.values(PASSWORD_MESSAGES)).toContain(result.message);
      }),
    );
  });

  it("refuses any length outside 12 to 128 code points, whatever the characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 129, max: 400 })), fc.constantFrom("a", "é", "🩺", "氯"), (length, oneCodePoint) => {
        const expected = length < MIN_PASSWORD_LENGTH ? PASSWORD_MESSAGES.tooShort : PASSWORD_MESSAGES.tooLong;
        expect(checkPassword(oneCodePoint.repeat(length))).toEqual(refused(expected));
      }),
    );
  });
});

describe("newPasswordSchema (zod, for forms)", () => {
  it("accepts a good password and returns it unchanged", () => {
    expect(newPasswordSchema.parse("  a quiet walk by the river ")).toBe("  a quiet walk by the river ");
  });

  it("gives the policy's message as the field's only issue", () => {
    const result = newPasswordSchema.safeParse("passwordpassword");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([PASSWORD_MESSAGES.tooCommon]);
  });

  it("asks for a password when none was given", () => {
    expect(newPasswordSchema.safeParse(undefined).error?.issues.map((issue) => issue.message)).toEqual(["Enter a password."]);
  });

  it("refuses the user's own name when built with their context", () => {
    const schema = newPasswordSchemaFor({ name: "Grace Hopper", email: "g.hopper@clinic.example" });
    expect(schema.safeParse("admiral grace hopper").error?.issues.map((issue) => issue.message)).toEqual([PASSWORD_MESSAGES.personal]);
    expect(schema.safeParse("a quiet walk by the river").success).toBe(true);
  });
});

describe("codePointLength", () => {
  it("agrees with string iteration for any string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: fc.constantFrom("\uD83E", "\uDE7A", "a") }), (text, surrogates) => {
        expect(codePointLength(text)).toBe([...text].length);
        expect(codePointLength(surrogates)).toBe([...surrogates].length);
      }),
    );
  });
});
