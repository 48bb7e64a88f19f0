/**
 * Imports a client module by its path under `client/src`, at run time.
 *
 * @remarks
 * The root tsconfig (NodeNext) type-checks `test/`, and it rejects the extensionless import in the
 * generated `client/src/generated/gql.ts` that every component reaches; the client's own tsconfig
 * (bundler resolution) checks the components. A specifier TypeScript does not follow keeps the
 * two apart, so component tests describe the little of each component's type they use.
 */
export async function importClientModule<T>(path: string): Promise<T> {
  return (await import(/* @vite-ignore */ `../../../client/src/${path}`)) as T;
}
