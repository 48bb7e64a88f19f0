import type { ManagedTransaction } from "neo4j-driver";
import { requireRole, type Role } from "../auth/require-role.js";
import type { RequestContext } from "../graphql/context.js";

type Work<T> = (tx: ManagedTransaction, by: string) => Promise<T>;

async function run<T>(context: RequestContext, role: Role, mode: "read" | "write", work: Work<T>): Promise<T> {
  const by = requireRole(context, role);
  const session = context.driver.session({ database: context.sessionConfig.database });
  const config = { timeout: context.transaction?.timeout, metadata: { app: "samverkan-editing", by } };
  try {
    if (mode === "read") return await session.executeRead((tx) => work(tx, by), config);
    const result = await session.executeWrite((tx) => work(tx, by), config);
    context.graphChanged?.();
    return result;
  } finally {
    await session.close();
  }
}

/**
 * Checks the caller's role, then runs an edit in one write transaction, so that a change and its
 * record are written together or not at all. `by` is the token's subject.
 */
export const runEdit = <T>(context: RequestContext, role: Role, work: Work<T>) => run(context, role, "write", work);

/** Checks the caller's role, then reads in one read transaction. */
export const runRead = <T>(context: RequestContext, role: Role, work: Work<T>) => run(context, role, "read", work);
