import neostandard from 'neostandard'

export default [
  ...neostandard({ ts: true, ignores: ['dist/**', 'node_modules/**', 'bench/peers/**', 'test-results/**', 'data/**', 'client/src/generated/**'] }),
  {
    // a TypeBox schema and its Static type share one name on purpose
    rules: { '@typescript-eslint/no-redeclare': 'off' }
  }
]
