import { describe, expect, it } from 'vitest';
import { strongerBullet } from '../../src/score/criteria/bullets.js';

const VERBS = new Set(['built', 'led', 'reduced', 'designed']);
const R = '[result]';

describe('strongerBullet: a better version of the candidate’s own line, never a bigger claim', () => {
  it.each([
    ['Responsible for maintaining backend services.', 'Maintained backend services, [result]'],
    ['Worked on APIs.', 'Built APIs, [result]'],
    ['Responsible for fixing bugs and supporting users.', 'Fixed bugs and supported users, [result]'],
    ['Helped with the migration to AWS', 'Contributed to the migration to AWS, [result]'],
    ['Involved in building the payments API', 'Contributed to building the payments API, [result]'],
    ['responsible for running the weekly payroll', 'Ran the weekly payroll, [result]'],
    [
      'Attended daily stand-up meetings',
      '[a stronger verb: Led / Planned / Ran] daily stand-up meetings, [result]',
    ],
    [
      'Reduced p99 latency by moving reads to Redis',
      'Reduced p99 latency by moving reads to Redis, [result]',
    ],
    ['Worked on APIs;', 'Built APIs, [result]'],
    ['Worked on APIs...', 'Built APIs, [result]'],
  ])('%j -> %j', (line, better) => {
    expect(strongerBullet(line, R, VERBS)).toBe(better);
  });

  it('rewrites a line with a run of 150,000 dots inside it', () => {
    // In time growing with the square of the run's length, this line took some 30 s to rewrite.
    const dots = '.'.repeat(150_000);
    expect(strongerBullet(`Worked on APIs${dots}x.`, R, VERBS)).toBe(`Built APIs${dots}x, [result]`);
  }, 10_000); // some 10 ms here: the limit only tells a hang from a pass
});
