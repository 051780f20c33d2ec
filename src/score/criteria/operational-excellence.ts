import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { signalOutcome, type Signal } from './signals.js';

const SIGNALS: Signal[] = [
  {
    label: 'Production support or on-call',
    pattern: /\b(on-?call|production (support|issues|incidents)|pager ?duty|support rota)\b/iu,
  },
  { label: 'Incident response', pattern: /\b(incidents?|post-?mortems?|root cause|outages?|mttr)\b/iu },
  {
    label: 'Monitoring and observability',
    pattern:
      /\b(monitoring|observability|prometheus|grafana|datadog|new relic|opentelemetry|alerting|slos?|slis?)\b/iu,
  },
  {
    label: 'CI/CD and automation',
    pattern:
      /\b(ci\/cd|continuous (integration|delivery|deployment)|github actions|jenkins|gitlab ci|circleci|deploy(ment)? pipelines?)\b/iu,
  },
];

export default defineCriterion({
  id: 'operational-excellence',
  title: 'Runs what they build',
  failureTitle: 'Little sign of production operations',
  description: 'Production support, incident response, on-call, monitoring and CI/CD.',
  category: 'fit',
  defaultWeight: 5,
  advice:
    'Do not understate operations: mention on-call, incidents you resolved, monitoring you set up and deployment pipelines.',
  options: z.object({ target: z.number().int().min(1).max(SIGNALS.length).default(2) }).strict(),
  evaluate: (cv, _ctx, options) => signalOutcome(cv, SIGNALS, options.target, 'operational work'),
});
