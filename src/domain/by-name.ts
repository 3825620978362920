/**
 * A lookup by name over `items` (jobs, state entries), its index made on the first call:
 * a caller that may never look anything up pays nothing, one that looks up many pays once.
 */
export const byName = <T extends { readonly name: string }>(items: ReadonlyArray<T>): (name: string) => T | undefined => {
  let index: ReadonlyMap<string, T> | undefined
  return (name) => (index ??= new Map(items.map((item) => [item.name, item]))).get(name)
}
