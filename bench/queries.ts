/** The queries `npm run bench` measures, in the order of its tables. */
export const QUERIES = ['claim by id', 'filtered list', 'first page', 'deep page', 'search (rare name)', 'search (common word)', 'list with include', '304 revalidation', 'ndjson export'] as const
