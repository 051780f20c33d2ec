import { z } from 'zod';
import { defineCriterion } from '../criterion.js';

export default defineCriterion({
  id: 'typography',
  title: 'Clean typography',
  failureTitle: 'Typography is hard to read',
  description: 'Body text of 10-11pt, margins of about an inch, few fonts: measured from the PDF geometry.',
  category: 'quality',
  defaultWeight: 2,
  advice:
    'Use a 10-11pt body font, margins of about an inch and one or two fonts, with plenty of white space.',
  options: z
    .object({
      minFontSize: z.number().default(9.5),
      maxFontSize: z.number().default(12),
      minMarginInches: z.number().default(0.5),
      maxFonts: z.number().int().default(3),
    })
    .strict(),
  evaluate(cv, _ctx, options) {
    const layout = cv.facts.layout;
    if (!layout || layout.bodyFontSize === null) return { notApplicable: 'no page geometry (not a PDF)' };
    const evidence = [];
    let score = 1;
    const size = layout.bodyFontSize;
    if (size < options.minFontSize || size > options.maxFontSize) {
      score -= 0.4;
      evidence.push({ message: `Body text is ${size}pt (10-11pt reads best)` });
    } else evidence.push({ message: `Body text is ${size}pt` });
    if (layout.margins) {
      const sides = { left: layout.margins.left, right: layout.margins.right, top: layout.margins.top };
      const narrow = Object.entries(sides).filter(([, v]) => v / 72 < options.minMarginInches);
      if (narrow.length) {
        score -= 0.3;
        evidence.push({
          message: `Narrow margins: ${narrow.map(([k, v]) => `${k} ${(v / 72).toFixed(2)}in`).join(', ')}`,
        });
      } else
        evidence.push({
          message: `Margins: ${Object.entries(sides)
            .map(([k, v]) => `${k} ${(v / 72).toFixed(2)}in`)
            .join(', ')}`,
        });
    }
    if (layout.fonts > options.maxFonts) {
      score -= 0.3;
      evidence.push({ message: `${layout.fonts} different fonts (one or two look consistent)` });
    }
    return { score: Math.max(0, score), evidence };
  },
});
