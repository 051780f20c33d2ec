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
  ])('%j -> %j', (line, better) => {
    expect(strongerBullet(line, R, VERBS)).toBe(better);
  });
});
