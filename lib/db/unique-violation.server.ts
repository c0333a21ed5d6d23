import "server-only";

/** Prisma's P2002, recognised by shape: both generated clients share the runtime, but not a type. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
