/** Values JSON cannot carry as they are (superjson can, or drops them): each must be refused, never stored. */
export const unrepresentableValues: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  new Date(0),
  BigInt(2) ** 70n,
  new Map([["a", 1]]),
  undefined,
];
