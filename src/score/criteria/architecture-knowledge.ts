import { z } from 'zod';
import { defineCriterion } from '../criterion.js';
import { signalOutcome, type Signal } from './signals.js';

const SIGNALS: Signal[] = [
  { label: 'APIs (REST, gRPC, GraphQL)', pattern: /\b(rest(ful)?|grpc|graphql|api design|openapi)\b/iu },
  {
    label: 'Service architecture (microservices, service boundaries)',
    pattern: /\b(micro-?services?|service boundar|monolith|domain-driven|ddd|modular)\b/iu,
  },
  {
    label: 'Event-driven systems and queues',
    pattern:
      /\b(event[- ]driven|kafka|rabbitmq|sqs|pub\/?sub|message (queue|broker)|event sourcing|cqrs)\b/iu,
  },
  { label: 'Caching', pattern: /\b(cach(e|ing)|redis|memcached|cdn)\b/iu },
  {
    label: 'Data design (schemas, indexing, replication)',
    pattern: /\b(schema design|indexing|indexes|replication|sharding|partitioning|normali[sz]ation)\b/iu,
  },
];

export default defineCriterion({
  id: 'architecture-knowledge',
  title: 'Knows system architecture',
  failureTitle: 'Little architecture shown',
  description:
    'REST/gRPC APIs, microservices and service boundaries, event-driven systems and queues, caching, data design.',
  category: 'fit',
  defaultWeight: 4,
  advice:
    'Show the architecture you worked with: APIs, service boundaries, queues and events, caching, schema design.',
  options: z.object({ target: z.number().int().min(1).max(SIGNALS.length).default(3) }).strict(),
  evaluate: (cv, _ctx, options) => signalOutcome(cv, SIGNALS, options.target, 'architecture topic'),
});
