import fc from 'fast-check';

// Property tests explore new random cases on every local run; CI uses one fixed seed so a landing
// never depends on luck. A failure found locally prints its seed and becomes a regression test.
if (process.env.CI === 'true') fc.configureGlobal({ seed: 20261127 });
