/**
 * The record's schema id, apart from the zod schema (record-schema.ts) so that analysis, which only
 * stamps it on records, does not load zod and build the schema in every worker (~0.3 s CPU each).
 */
export const RECORD_SCHEMA_ID = 'newsgraph.article/1';
