import Type, { type Static, type TSchema } from 'typebox'

/** A reference to a schema registered with addSchema, typed as the schema it points at. */
export function ref<T extends TSchema> (schema: T) {
  const id = (schema as { $id?: unknown }).$id
  if (typeof id !== 'string') throw new Error('ref() takes a schema with an $id')
  return Type.Unsafe<Static<T>>(Type.Ref(id))
}

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])

/** A string enum with `type: string`, so OpenAPI tools show "string" rather than "any". */
export function StringEnum<const T extends readonly string[]> (values: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })
}
