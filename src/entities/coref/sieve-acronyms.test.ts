import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spellsInitials } from './sieve-acronyms.js';

test('an acronym spells the initials of a phrase, function words optional', () => {
  assert.ok(spellsInitials('RTE', 'radiative transfer equation'));
  assert.ok(spellsInitials('ESTAR', 'the electronically scanned thinned array'));
  assert.ok(spellsInitials('WISE', 'wind and salinity experiments'));
  assert.ok(spellsInitials('SSA', 'small-slope approximation'));
  assert.ok(!spellsInitials('RTE', 'the radiative transfer'));
  assert.ok(!spellsInitials('US', 'the new system'));
});
