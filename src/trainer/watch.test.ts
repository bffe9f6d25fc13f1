import { test } from "node:test";
import assert from "node:assert/strict";
import { CollapseWatch, WARN_PERSISTENCE } from "./watch.js";
import type { Diagnosis } from "../metrics/index.js";

const v = (h: Diagnosis, z: Diagnosis) => ({ h: { diagnosis: h, explanation: `h ${h}` }, z: { diagnosis: z, explanation: `z ${z}` } });

test("a verdict warns only once it holds on consecutive probes, dated from the first; one odd probe does not", () => {
  assert.equal(WARN_PERSISTENCE, 2);
  const w = new CollapseWatch(10, 100); // warm-up until step 10
  assert.deepEqual(w.judge(5, v("healthy", "total-collapse")), { warnings: [], cleared: [] }, "warm-up probes are not judged");
  assert.deepEqual(w.judge(10, v("healthy", "dimensional-collapse")).warnings, []); // once: not yet
  assert.deepEqual(w.judge(20, v("healthy", "healthy")).warnings, []); // the odd probe passed
  assert.deepEqual(w.judge(30, v("healthy", "total-collapse")).warnings, []);
  const fired = w.judge(40, v("healthy", "total-collapse")).warnings;
  assert.deepEqual(fired, [{ where: "z", kind: "total-collapse", step: 30, confirmedStep: 40, explanation: "z total-collapse" }]);
  assert.equal(w.state.collapseStep, 30);
  assert.deepEqual(w.judge(50, v("healthy", "total-collapse")).warnings, [], "a standing warning is not repeated");
});

test("a warned space that is healthy on consecutive probes again is reported cleared, with both steps", () => {
  const w = new CollapseWatch(5, 20);
  w.judge(5, v("healthy", "dimensional-collapse"));
  assert.equal(w.judge(10, v("healthy", "dimensional-collapse")).warnings.length, 1);
  assert.deepEqual(w.judge(15, v("healthy", "healthy")).cleared, []); // one healthy probe is not a recovery
  assert.deepEqual(w.judge(20, v("healthy", "healthy")).cleared, [{ where: "z", kind: "dimensional-collapse", since: 5, step: 15, explanation: "z healthy" }]);
  // A new collapse afterwards warns again; a change of kind while warned is a new warning too.
  w.judge(25, v("dimensional-collapse", "healthy"));
  assert.equal(w.judge(30, v("dimensional-collapse", "healthy")).warnings[0]!.where, "h");
  w.judge(35, v("total-collapse", "healthy"));
  assert.deepEqual(w.judge(40, v("total-collapse", "healthy")).warnings.map((x) => [x.where, x.kind, x.step]), [["h", "total-collapse", 35]]);
  assert.equal(w.state.collapseStep, 5, "the collapse step is the first warning's");
});

test("the watch's state survives a checkpoint round trip (JSON) mid-streak", () => {
  const a = new CollapseWatch(10, 100);
  a.judge(10, v("healthy", "total-collapse"));
  const b = new CollapseWatch(10, 100);
  b.state = JSON.parse(JSON.stringify(a.state)) as typeof a.state;
  assert.equal(b.judge(20, v("healthy", "total-collapse")).warnings[0]!.step, 10);
});
