/** The options every corpus query command takes (search, quotes, entity, events, stories). */
import { DEFAULT_DB } from '../corpus/open-store.js';

export const QUERY_OPTIONS = {
  db: { type: 'string', default: DEFAULT_DB },
  format: { type: 'string', default: 'table' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
