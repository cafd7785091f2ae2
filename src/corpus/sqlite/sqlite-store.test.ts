import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { browseContract } from '../browse-contract.js';
import { openStore } from '../open-store.js';
import { type OpenStore, storeContract } from '../store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const open: OpenStore = async (options) => {
  const path = join(dir, `corpus-${++n}.db`);
  return { store: await openStore(path, options), reopen: () => openStore(path, options) };
};
storeContract('sqlite', open);
browseContract('sqlite', open);
