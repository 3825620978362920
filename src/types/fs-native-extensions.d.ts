declare module "fs-native-extensions" {
  /** An advisory lock on the open file `fd` (exclusive unless `shared`); false when another holds it. */
  export function tryLock(fd: number, opts?: { readonly shared?: boolean }): boolean
  export function unlock(fd: number): void
}
