import type { Bullet, Evidence, ParsedCv } from '../../model.js';

export function allBullets(cv: ParsedCv): Bullet[] {
  return cv.positions.flatMap((p) => p.bullets);
}

/** A bullet quoted as evidence, with where it stands. */
export function bulletEvidence(cv: ParsedCv, bullet: Bullet, message: string): Evidence {
  const position = cv.positions.find((p) => p.bullets.includes(bullet));
  return {
    message,
    quote: bullet.text.length > 300 ? bullet.text.slice(0, 297) + '...' : bullet.text,
    location: {
      section: position
        ? `${position.title}${position.organization ? `, ${position.organization}` : ''}`
        : 'experience',
      line: bullet.line,
    },
  };
}
