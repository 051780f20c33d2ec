import { z } from 'zod';
import { areLinesPlain, fastPattern } from '../../parse/fast-pattern.js';
import { defineCriterion, quoteLine } from '../criterion.js';

const CERT_RE =
  /\b(certified|certification|certificate|ckad?|cka|cks|aws (solutions|developer|sysops)|azure (developer|administrator|solutions)|google cloud (professional|associate)|oracle certified|pmp|prince2|scrum master|csm|cissp|comptia|acca|aca|cima|cpa|cfa|nmc pin|rgn|bls|food hygiene)\b/iu;

export default defineCriterion({
  id: 'certifications',
  title: 'Holds relevant certifications',
  failureTitle: 'No certifications listed',
  description:
    'Certifications such as AWS Certified Solutions Architect, Kubernetes (CKA/CKAD) or Oracle Certified Java.',
  category: 'fit',
  defaultWeight: 3,
  advice:
    'List any professional certifications with the year you earned them, in a short section of their own.',
  options: z.object({}).strict(),
  evaluate(cv) {
    const section = cv.sections.filter((s) => s.kind === 'certifications').flatMap((s) => s.lines);
    const cert = fastPattern(CERT_RE, areLinesPlain(cv.lines));
    const inSection = new Set(section);
    const elsewhere = cv.lines.filter((l) => cert.test(l.text) && !inSection.has(l));
    const found = [...section, ...elsewhere].slice(0, 5);
    if (found.length === 0) return { score: 0, evidence: [{ message: 'No certification found' }] };
    return { score: 1, evidence: found.map((l) => quoteLine(cv, l.number, 'Certification')) };
  },
});
