import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { guardInternalFields, findInternalFields } from "../../server/auth/guard-internal-fields.js";
import { hasRole, requireRole } from "../../server/auth/require-role.js";
import { authenticate, createTokenVerifier, type Claims } from "../../server/auth/verify-token.js";
import { durationMs, readConfig } from "../../server/config.js";
import { buildSchema } from "../../server/schema/build-schema.js";
import { readTypeDefs } from "../../server/model/type-defs.js";

const secret = "unit-test-secret-unit-test-secret-123";
const key = new TextEncoder().encode(secret);
const verify = createTokenVerifier({ jwtSecret: secret });

const sign = (
  claims: Record<string, unknown>,
  options: { alg?: string; sub?: string | null; exp?: string | number } = {},
) => {
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? "HS256" })
    .setExpirationTime(options.exp ?? "5m");
  if (options.sub !== null) jwt = jwt.setSubject(options.sub ?? "user-1");
  return jwt.sign(key);
};

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe("verifying tokens", () => {
  it("reads the subject and the roles of a valid token", async () => {
    const claims = await verify(await sign({ roles: ["editor", 7] }));
    expect(claims).toMatchObject({ sub: "user-1", roles: ["editor"] });
  });

  it("treats a roles claim that is not a list as no roles", async () => {
    expect((await verify(await sign({ roles: "admin" }))).roles).toEqual([]);
  });

  it.each([
    ["expired", () => sign({ roles: ["admin"] }, { exp: Math.floor(Date.now() / 1000) - 10 })],
    ["without a subject", () => sign({ roles: ["admin"] }, { sub: null })],
    ["signed with another algorithm", () => sign({ roles: ["admin"] }, { alg: "HS512" })],
    ["unsigned", async () => new UnsecuredJWT({ roles: ["admin"] }).setSubject("x").setExpirationTime("5m").encode()],
    ["garbage", async () => "not-a-token"],
  ])("refuses a token %s", async (_case, token) => {
    expect(await codeOf(verify(await token()))).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["with an empty subject", () => sign({}, { sub: "" })],
    ["valid until the year 9999", () => sign({}, { exp: 253402300799 })],
    ["valid for 25 hours", () => sign({}, { exp: "25h" })],
    [
      "issued in the future",
      () =>
        new SignJWT({})
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("user-1")
          .setIssuedAt(Math.floor(Date.now() / 1000) + 600)
          .setExpirationTime("1h")
          .sign(key),
    ],
  ])("refuses a token %s", async (_case, token) => {
    expect(await codeOf(verify(await token()))).toBe("UNAUTHENTICATED");
  });

  it("accepts a token valid for 23 hours, and a longer one when the server allows it", async () => {
    expect((await verify(await sign({}, { exp: "23h" }))).sub).toBe("user-1");
    const lenient = createTokenVerifier({ jwtSecret: secret, maxLifetimeSeconds: 48 * 3600 });
    expect((await lenient(await sign({}, { exp: "25h" }))).sub).toBe("user-1");
  });

  it("refuses every token when no key is configured", async () => {
    expect(await codeOf(createTokenVerifier({})(await sign({})))).toBe("UNAUTHENTICATED");
  });

  it("reads the Authorization header: none is anonymous, another scheme is refused", async () => {
    expect(await authenticate(undefined, verify)).toBeUndefined();
    expect(await authenticate("", verify)).toBeUndefined();
    expect(await codeOf(authenticate("Basic dXNlcjpwYXNz", verify))).toBe("UNAUTHENTICATED");
    expect((await authenticate(`Bearer ${await sign({ roles: [] })}`, verify))?.sub).toBe("user-1");
  });
});

describe("roles", () => {
  const claims = (roles: string[]): Claims => ({ sub: "someone", roles });

  it("makes an admin an editor too, not the other way round", () => {
    expect(hasRole(claims(["admin"]), "editor")).toBe(true);
    expect(hasRole(claims(["editor"]), "admin")).toBe(false);
    expect(hasRole(undefined, "editor")).toBe(false);
  });

  it("refuses anonymous callers as UNAUTHENTICATED and callers without the role as FORBIDDEN", () => {
    expect(() => requireRole({}, "editor")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }),
    );
    expect(() => requireRole({ jwt: claims(["reader"]) }, "editor")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );
    expect(requireRole({ jwt: claims(["editor"]) }, "editor")).toBe("someone");
  });
});

describe("internal fields", () => {
  it("are the fields the SDL marks with @authentication", () => {
    expect(findInternalFields(readTypeDefs())).toEqual(
      expect.arrayContaining([
        ["Actor", "contactEmail"],
        ["Actor", "contactPhone"],
      ]),
    );
  });

  it("answer editors only, also for objects that custom resolvers return", async () => {
    const schema = guardInternalFields(await buildSchema(), readTypeDefs());
    const field = (schema.getType("Actor") as any).getFields().contactEmail;
    const resolve = (jwt?: Claims) =>
      field.resolve(
        { contactEmail: "x@example.org" },
        {},
        { jwt },
        { fieldName: "contactEmail", fieldNodes: [{ name: { value: "contactEmail" } }] },
      );
    expect(() => resolve()).toThrow(/bearer token/);
    expect(() => resolve({ sub: "r", roles: [] })).toThrow(/role editor/);
    expect(resolve({ sub: "e", roles: ["editor"] })).toBe("x@example.org");
  });
});

describe("configuration", () => {
  it("turns introspection off in production unless asked for", () => {
    expect(readConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(readConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(readConfig({}).introspection).toBe(true);
  });

  it("takes one token key, and refuses a short secret or a plain-http JWKS URL", () => {
    expect(readConfig({ JWT_SECRET: secret }).auth.jwtSecret).toBe(secret);
    expect(() => readConfig({ JWT_SECRET: "short" })).toThrow(/at least 32/);
    expect(() => readConfig({ JWT_SECRET: secret, JWKS_URL: "https://id.example.org/jwks" })).toThrow(/not both/);
    expect(() => readConfig({ JWKS_URL: "http://id.example.org/jwks" })).toThrow(/https/);
    expect(readConfig({ JWKS_URL: "http://127.0.0.1:8080/jwks" }).auth.jwksUrl).toBe("http://127.0.0.1:8080/jwks");
  });

  it("reads CORS origins, allowing none by default", () => {
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(readConfig({ CORS_ORIGINS: "https://a.example, http://localhost:5173" }).corsOrigins).toEqual([
      "https://a.example",
      "http://localhost:5173",
    ]);
    expect(() => readConfig({ CORS_ORIGINS: "https://a.example/" })).toThrow(/CORS_ORIGINS/);
    expect(() => readConfig({ CORS_ORIGINS: "*" })).toThrow(/CORS_ORIGINS/);
  });

  it("reads the transaction timeout as Neo4j writes durations", () => {
    expect(durationMs("T", "10s")).toBe(10_000);
    expect(durationMs("T", "500ms")).toBe(500);
    expect(durationMs("T", "2m")).toBe(120_000);
    expect(readConfig({}).transactionTimeoutMs).toBe(10_000);
    expect(() => durationMs("T", "soon")).toThrow(/duration/);
  });
});
