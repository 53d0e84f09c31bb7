// The harness's own rules (issue 9, item 9): a wait needs a number of milliseconds, so it
// can time out. `until(page, fn, arg, { timeout: 10000 })` once waited forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { until, waitIn, clickIn } from './harness.mjs';

// A page whose condition never holds: only a deadline ends the wait.
const never = { evaluate: async () => false };

test('a wait given anything but a number of milliseconds is refused', async () => {
  for (const timeout of [{ timeout: 10000 }, '10000', NaN, 0, -1, Infinity]) {
    await assert.rejects(until(never, () => false, null, timeout), TypeError, `until with ${String(timeout)}`);
    await assert.rejects(waitIn(never, () => false, null, 'migration-atlas', timeout), TypeError, `waitIn with ${String(timeout)}`);
  }
});

test('a wait whose condition never holds times out, naming what it waited for', async () => {
  await assert.rejects(until(never, () => 'the thing', null, 100), /timed out after 100 ms waiting for \(\) => 'the thing'/);
  await assert.rejects(waitIn(never, () => false, null, 'migration-atlas', 100), /timed out after 100 ms/);
});

test('a click waits for its target to appear, clicks it once, and gives up naming it', async () => {
  let tries = 0;
  const late = { $eval: async () => ++tries >= 3 };
  await clickIn(late, 'button.late');
  assert.equal(tries, 3, 'clicked on the third look, then stopped');
  const absent = { $eval: async () => false };
  await assert.rejects(clickIn(absent, 'button.never', 'migration-atlas', 100), /nothing matches button\.never after 100 ms/);
  await assert.rejects(clickIn(absent, 'button.never', 'migration-atlas', { timeout: 100 }), TypeError);
});
