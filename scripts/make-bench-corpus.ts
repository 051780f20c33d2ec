// Builds the labelled ranking benchmark under bench/rank/: one posting per profession, ~150 CVs of
// many professions (same profession, near-miss professions, keyword stuffers) and labels.json with
// each CV's relevance grade for each job. Deterministic: a seeded PRNG, no clock, no network, so the
// committed corpus is exactly what this script writes.
//   npm run eval:rank              measures shortlist and BM25 on it
//   npx tsx scripts/make-bench-corpus.ts   rewrites bench/rank/jobs, bench/rank/cvs, labels.json
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const BENCH_DIR = join(import.meta.dirname, '..', 'bench', 'rank');
/** The date the corpus is written for: "Present" means this month, experience counts to it. */
export const AS_OF = '2026-11-22';
const SEED = 20261122;

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: small, fast, and the same sequence on every machine. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(n, items.length)));
  }
}

/** Fills a template: `{12-40}` a whole number in that range, `{a|b|c}` one of the options. */
function fill(template: string, r: Random): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, body: string) => {
    const range = /^(\d+)-(\d+)$/.exec(body);
    if (range) return String(r.int(Number(range[1]), Number(range[2])));
    if (body.includes('|')) return r.pick(body.split('|'));
    return whole;
  });
}

// ---------------------------------------------------------------- professions

type Seniority = 'junior' | 'mid' | 'senior';

interface Profession {
  id: string;
  /** What a recruiter calls it, for READMEs and stuffers' summaries. */
  label: string;
  titles: Record<Seniority, string[]>;
  /** Titles in other words ("Server-Side Engineer" for "Backend Developer"). */
  altTitles?: Record<Seniority, string[]>;
  employers: string[];
  /** Achievements with figures, in the posting's usual vocabulary. */
  strong: string[];
  /** Plain duties. */
  plain: string[];
  /** Vague, rambling duties. */
  weak: string[];
  /** The same work said in other words (synonyms, another stack, jargon). */
  alt?: string[];
  skills: string[];
  altSkills?: string[];
  summaries: { strong: string[]; plain: string[]; weak: string[]; alt?: string[] };
  degrees: string[];
  certs?: string[];
}

const UNIVERSITIES = [
  'University of Leeds',
  'University of Bristol',
  'Manchester Metropolitan University',
  'University of Glasgow',
  'Cardiff University',
  'University of Nottingham',
  'Oxford Brookes University',
  'University of Sheffield',
  'Queen Mary University of London',
  'University of the West of England',
  'Coventry University',
  'University of Kent',
  'Northumbria University',
  'University of Birmingham',
  'Ulster University',
];
const COLLEGES = [
  'Leeds City College',
  'Westminster Kingsway College',
  'City of Bristol College',
  'Birmingham Metropolitan College',
  'Edinburgh College',
  'Newcastle College',
];
const CITIES = [
  'London',
  'Manchester',
  'Leeds',
  'Bristol',
  'Birmingham',
  'Glasgow',
  'Edinburgh',
  'Cardiff',
  'Sheffield',
  'Nottingham',
  'Newcastle',
  'Liverpool',
  'Brighton',
  'Reading',
  'Norwich',
  'Exeter',
  'York',
  'Leicester',
];

const GENERIC_WEAK_SUMMARY = [
  'I am a hard-working, reliable and motivated individual with excellent communication skills and a can-do attitude.',
  'I work well as part of a team and also on my own initiative, and I am always willing to go the extra mile.',
  'I am looking for a new challenge in a forward-thinking organisation where I can develop my skills further and progress my career.',
  'Friends and colleagues would describe me as a team player who is punctual, organised and calm under pressure.',
  'I have a passion for learning new things and I pride myself on my attention to detail.',
];
const GENERIC_SKILLS = [
  'Team player',
  'Excellent communication skills',
  'Attention to detail',
  'Problem-solving',
  'Time management',
  'Hard-working',
  'Flexible and adaptable',
  'Customer focused',
  'Microsoft Office',
];
const INTERESTS = [
  'In my spare time I enjoy football, going to the gym, cooking for friends and spending time with my family. I also like travelling and have visited over fifteen countries.',
  'Hobbies: reading, hiking in the Peak District, playing guitar and volunteering at the local food bank.',
  'Outside work I play netball for a local club, enjoy baking and I am learning Spanish.',
  'I like films, photography, cycling and I recently completed a half marathon for charity.',
];

const PROFESSIONS: Profession[] = [
  // ------------------------------------------------------------ software
  {
    id: 'backend-developer',
    label: 'backend developer',
    titles: {
      junior: ['Junior Backend Developer', 'Graduate Software Engineer', 'Junior Developer'],
      mid: ['Backend Developer', 'Backend Engineer', 'Software Engineer'],
      senior: ['Senior Backend Engineer', 'Senior Backend Developer', 'Lead Backend Engineer'],
    },
    altTitles: {
      junior: ['Associate Software Engineer', 'Junior Server-Side Developer'],
      mid: ['Server-Side Engineer', 'API Engineer', 'Software Engineer (Platform)', 'Services Developer'],
      senior: [
        'Senior Server-Side Engineer',
        'Principal Engineer (Core Services)',
        'Senior Software Engineer (JVM)',
      ],
    },
    employers: [
      'Northwind Freight',
      'Copperleaf Insurance',
      'Brightpath Health',
      'Quayside Payments',
      'Tandem Ticketing',
      'Fernhill Energy',
      'Orbital Travel',
      'Kestrel Retail Group',
      'Moorgate Bank',
      'Pixelpost',
    ],
    strong: [
      'Designed and built REST APIs in Node.js and TypeScript serving {2-40} million requests a day for {50-400} partner businesses.',
      'Cut p95 latency of the order API from {300-900}ms to {60-150}ms by rewriting PostgreSQL queries and adding Redis caching.',
      'Split a Django monolith into {4-9} services on AWS ECS, halving deployment time.',
      'Introduced Kafka event streaming between the billing and ledger services, processing {2-9} million events a day.',
      'Built CI/CD pipelines in GitHub Actions with Docker images and automated tests, raising deploys from weekly to {5-20} a day.',
      'Moved {20-80} scheduled jobs to AWS Lambda and Step Functions, saving £{20-90}k a year in hosting.',
      'Wrote Terraform modules for RDS, ECS and S3 now used by {3-8} teams.',
      'Reduced production incidents by {30-70}% by adding Prometheus metrics, Grafana dashboards and on-call runbooks.',
      'Designed PostgreSQL schemas and zero-downtime migrations for a {2-12}TB payments database.',
      'Mentored {2-6} junior engineers and ran fortnightly code review sessions.',
      'Built a Go rate-limiting service handling {5-40}k requests per second at 99.99% availability.',
      'Implemented idempotent webhooks with retries and dead-letter queues for {100-900} partner integrations.',
    ],
    plain: [
      'Developed and maintained backend services in Python and Flask.',
      'Wrote unit and integration tests with Jest and Supertest.',
      'Worked on REST API endpoints for the mobile app.',
      'Took part in the on-call rota and fixed production issues.',
      'Maintained MySQL databases and wrote SQL queries for reports.',
      'Deployed services with Docker and Jenkins.',
      'Reviewed pull requests and wrote technical documentation.',
      'Worked in an agile team using Scrum and Jira.',
    ],
    weak: [
      'Responsible for backend development tasks as assigned by the team lead.',
      'Helped with various projects across the company including some API work and database stuff.',
      'Involved in meetings with stakeholders to understand requirements and gave input where needed.',
      'Duties included fixing bugs, writing code, testing and deploying to the servers.',
      'Worked closely with other developers, testers and managers in a fast-paced environment.',
      'Assisted the senior developers with anything they needed including documentation and support tickets.',
    ],
    alt: [
      'Owned the server side of the booking platform: JVM services in Kotlin and Spring Boot behind an nginx gateway.',
      'Wrote HTTP endpoints and background workers that move {1-5} million records a night between data stores.',
      'Tuned Postgres indexes and connection pooling so month-end batch runs finished {2-6} hours sooner.',
      'Put every service in containers and wrote the pipeline that ships them to production on each merge.',
      'Kept the message queues (RabbitMQ) and their consumers healthy for a platform with {200-900}k users.',
      'Built the integration layer that talks to {10-40} third-party carriers over SOAP and JSON.',
      'Designed the persistence layer and service contracts for a new claims system in C# and .NET 8.',
      'Shrank cloud spend by {15-40}% by right-sizing instances and moving reports to read replicas.',
    ],
    skills: [
      'Node.js',
      'TypeScript',
      'Python',
      'Go',
      'PostgreSQL',
      'MySQL',
      'Redis',
      'Docker',
      'Kubernetes',
      'AWS',
      'Terraform',
      'Kafka',
      'REST APIs',
      'GraphQL',
      'GitHub Actions',
      'Prometheus',
      'Grafana',
      'Linux',
    ],
    altSkills: [
      'Java',
      'Kotlin',
      'Spring Boot',
      'C#',
      '.NET',
      'Postgres',
      'RabbitMQ',
      'nginx',
      'Azure',
      'SQL Server',
      'message queues',
      'containers',
    ],
    summaries: {
      strong: [
        '{title} with {years} years building high-volume APIs and distributed systems in {Node.js and TypeScript|Go and Python|Python and Django}. I measure my work in latency, reliability and delivery speed.',
        '{title}, {years} years in fintech and logistics. Designs PostgreSQL-backed services on AWS that handle millions of requests a day; mentors engineers and owns production.',
      ],
      plain: [
        'Backend developer with {years} years of experience in Node.js, Python and SQL databases, working in agile product teams.',
        'Software engineer with {years} years of experience building APIs and services. Comfortable with Docker, AWS and relational databases.',
      ],
      weak: [
        'I am a passionate developer who loves technology and solving problems. I have experience in many programming languages and frameworks and I am always keen to learn new things.',
      ],
      alt: [
        'Server-side engineer with {years} years on the JVM and .NET, designing services, data stores and integrations for logistics and insurance platforms.',
        'I build the parts of products nobody sees: services, queues, databases and the glue between them. {years} years, mostly Kotlin and C#.',
      ],
    },
    degrees: [
      'BSc Computer Science',
      'BEng Software Engineering',
      'MSc Advanced Computer Science',
      'BSc Mathematics',
      'BSc Physics',
    ],
    certs: [
      'AWS Certified Developer – Associate',
      'Certified Kubernetes Application Developer (CKAD)',
      'HashiCorp Certified Terraform Associate',
    ],
  },
  {
    id: 'frontend-developer',
    label: 'frontend developer',
    titles: {
      junior: ['Junior Frontend Developer', 'Junior Web Developer'],
      mid: ['Frontend Developer', 'Front-end Engineer', 'Web Developer'],
      senior: ['Senior Frontend Engineer', 'Lead Front-end Developer', 'Senior Frontend Developer'],
    },
    altTitles: {
      junior: ['Junior UI Developer'],
      mid: ['UI Engineer', 'JavaScript Developer', 'Client-side Developer'],
      senior: ['Senior UI Engineer', 'Staff Engineer (Web Platform)'],
    },
    employers: [
      'Lumen Learning',
      'Parcelwise',
      'Hatch Homes',
      'Tidewater Media',
      'Greenlight Energy',
      'Atlas Travel',
      'Cobalt Bank',
      'Foxglove Fashion',
      'Beacon Health',
    ],
    strong: [
      'Rebuilt the checkout in React and TypeScript, lifting conversion by {3-12}% and cutting bundle size by {20-60}%.',
      'Built a component library in Storybook used by {3-9} product teams, with WCAG 2.1 AA accessibility checks in CI.',
      'Improved Largest Contentful Paint from {3-6}s to under 2s with code splitting, image optimisation and server-side rendering in Next.js.',
      'Wrote {200-900} tests with Jest and React Testing Library plus Cypress end-to-end tests, reducing UI regressions by {30-70}%.',
      'Migrated a {50-200}k-line AngularJS app to React and Redux Toolkit over {6-14} months without a feature freeze.',
      'Built a Node.js backend-for-frontend that aggregates {3-8} REST APIs for the web app.',
      'Consumed GraphQL APIs with Apollo Client and designed the caching strategy for {100-500}k monthly users.',
      'Led an accessibility audit across {20-60} pages and fixed {100-300} WCAG issues.',
      'Introduced Tailwind CSS and design tokens exported from Figma, shortening UI build time by a third.',
    ],
    plain: [
      'Built responsive pages with HTML, CSS and JavaScript.',
      'Developed React components and hooks for the customer dashboard.',
      'Worked with designers in Figma to implement new features.',
      'Integrated REST APIs from the backend team using fetch and Axios.',
      'Fixed cross-browser issues in Safari and Firefox.',
      'Wrote styles in Sass following the BEM convention.',
      'Maintained the marketing site in WordPress and jQuery.',
    ],
    weak: [
      'Responsible for making the website look good on all devices.',
      'Did a lot of different tasks on the front end and sometimes the back end when needed.',
      'Helped the team with HTML and CSS changes that came from the marketing department.',
      'Was involved in the redesign project and attended all stand-ups and retrospectives.',
    ],
    alt: [
      'Turned design mock-ups into pixel-perfect, keyboard-navigable interfaces in Vue 3 and Pinia.',
      'Owned the client-side state and rendering of a trading dashboard streaming {1-9}k price updates a second over WebSockets.',
      'Wrote the browser-side code for an insurance quote journey used by {100-900}k people a year.',
      'Built Svelte widgets embedded in {20-90} partner sites with strict performance budgets.',
      'Made the web app usable with screen readers and passed an external audit on the first attempt.',
      'Set up Vite, ESLint and Playwright for a monorepo of {4-9} web apps.',
    ],
    skills: [
      'React',
      'TypeScript',
      'JavaScript',
      'HTML',
      'CSS',
      'Sass',
      'Tailwind CSS',
      'Next.js',
      'Redux',
      'Jest',
      'React Testing Library',
      'Cypress',
      'Storybook',
      'Webpack',
      'Figma',
      'Git',
      'Node.js',
      'REST APIs',
      'GraphQL',
    ],
    altSkills: [
      'Vue.js',
      'Pinia',
      'Svelte',
      'Vite',
      'Playwright',
      'WebSockets',
      'responsive design',
      'WCAG',
      'Angular',
      'RxJS',
    ],
    summaries: {
      strong: [
        '{title} with {years} years building fast, accessible React and TypeScript interfaces for products with hundreds of thousands of users.',
        '{title}. {years} years of React, design systems and web performance; I care about accessibility and tests that catch real bugs.',
      ],
      plain: [
        'Frontend developer with {years} years of experience in HTML, CSS, JavaScript and React.',
        'Web developer with {years} years building responsive websites and single-page apps.',
      ],
      weak: [
        'I am a creative and passionate web developer who loves making beautiful websites. I am a fast learner and I am keen to work with the latest technologies.',
      ],
      alt: [
        'UI engineer, {years} years in Vue and Svelte. I turn designs into interfaces that are quick, readable by screen readers and pleasant to use.',
      ],
    },
    degrees: [
      'BSc Computer Science',
      'BA Interaction Design',
      'BSc Web Development',
      'BSc Multimedia Computing',
    ],
    certs: ['Meta Front-End Developer Certificate'],
  },
  {
    id: 'devops-engineer',
    label: 'DevOps engineer',
    titles: {
      junior: ['Junior DevOps Engineer', 'Cloud Support Engineer'],
      mid: ['DevOps Engineer', 'Site Reliability Engineer', 'Cloud Engineer'],
      senior: ['Senior DevOps Engineer', 'Lead Platform Engineer', 'Senior Site Reliability Engineer'],
    },
    employers: [
      'Quayside Payments',
      'Meridian Cloud',
      'Haven Insurance',
      'Polaris Games',
      'Stackwell Hosting',
    ],
    strong: [
      'Ran {20-80} microservices on Kubernetes (EKS) with Helm and Argo CD at 99.95% availability.',
      'Wrote Terraform for {3-9} AWS accounts and moved all infrastructure changes to code review.',
      'Built CI/CD pipelines in GitLab CI and GitHub Actions that cut release time from days to {10-40} minutes.',
      'Set up Prometheus, Grafana and PagerDuty alerting and led {10-40} incident reviews.',
      'Reduced AWS spend by £{50-300}k a year with autoscaling and reserved instances.',
      'Wrote Python and Go tooling for backups, log shipping and certificate renewal.',
      'Tuned PostgreSQL and Redis clusters and automated failover testing.',
    ],
    plain: [
      'Managed Linux servers and Docker hosts.',
      'Maintained Jenkins pipelines for the development teams.',
      'Handled on-call and incident response.',
      'Configured nginx, load balancers and DNS.',
    ],
    weak: [
      'Responsible for the servers and the deployments.',
      'Helped developers when the build was broken.',
    ],
    skills: [
      'Kubernetes',
      'Docker',
      'Terraform',
      'AWS',
      'Helm',
      'Argo CD',
      'Prometheus',
      'Grafana',
      'Linux',
      'Bash',
      'Python',
      'Go',
      'GitLab CI',
      'Ansible',
      'PostgreSQL',
    ],
    summaries: {
      strong: [
        '{title} with {years} years running production platforms on AWS and Kubernetes; infrastructure as code, observability and calm incident response.',
      ],
      plain: ['DevOps engineer with {years} years of experience with Linux, Docker, CI/CD and AWS.'],
      weak: ['I am a hard-working engineer who enjoys fixing things and keeping systems running.'],
    },
    degrees: ['BSc Computer Networks', 'BSc Computer Science', 'HND Computing'],
    certs: ['Certified Kubernetes Administrator (CKA)', 'AWS Certified SysOps Administrator'],
  },
  {
    id: 'data-engineer',
    label: 'data engineer',
    titles: {
      junior: ['Junior Data Engineer', 'Graduate Data Engineer'],
      mid: ['Data Engineer', 'Analytics Engineer', 'ETL Developer'],
      senior: ['Senior Data Engineer', 'Lead Data Engineer'],
    },
    employers: [
      'Kestrel Retail Group',
      'Lantern Analytics',
      'Moorgate Bank',
      'Fernhill Energy',
      'Harrow Media',
    ],
    strong: [
      'Built batch and streaming pipelines in Python, Spark and Airflow moving {2-9}TB a day into Snowflake.',
      'Modelled a dimensional warehouse in dbt with {100-400} tested models used by {3-9} analytics teams.',
      'Cut pipeline runtime from {4-9} hours to {20-50} minutes by partitioning Parquet files on S3.',
      'Added data quality checks with Great Expectations, catching {20-90} broken loads before they reached reports.',
      'Wrote SQL transformations and Python services that ingest {20-80} source systems through Fivetran and Kafka.',
      'Provisioned Databricks workspaces and AWS infrastructure with Terraform and Docker.',
      'Built feature tables in pandas and PySpark for the data science team and put their models on a schedule.',
    ],
    plain: [
      'Maintained ETL jobs in SSIS and SQL Server.',
      'Wrote Python scripts to load CSV and API data into the warehouse.',
      'Supported data scientists with training data and feature tables.',
      'Managed Airflow DAGs and fixed failed loads.',
    ],
    weak: [
      'Responsible for the data pipelines and making sure data is available.',
      'Helped the analysts with SQL questions.',
    ],
    skills: [
      'Python',
      'SQL',
      'Spark',
      'PySpark',
      'Airflow',
      'dbt',
      'Snowflake',
      'Kafka',
      'AWS',
      'Docker',
      'Terraform',
      'Databricks',
      'pandas',
      'data modelling',
      'ETL',
    ],
    summaries: {
      strong: [
        '{title} with {years} years building reliable data pipelines and warehouses in Python, SQL and Spark on AWS.',
      ],
      plain: ['Data engineer with {years} years of experience in SQL, Python and ETL tools.'],
      weak: ['I am a data professional who enjoys working with large amounts of data.'],
    },
    degrees: ['BSc Computer Science', 'MSc Data Science', 'BSc Mathematics'],
    certs: ['Databricks Certified Data Engineer Associate', 'Google Professional Data Engineer'],
  },
  {
    id: 'ux-designer',
    label: 'UX designer',
    titles: {
      junior: ['Junior UX Designer', 'UX/UI Designer'],
      mid: ['UX Designer', 'Product Designer', 'UI/UX Designer'],
      senior: ['Senior Product Designer', 'Lead UX Designer'],
    },
    employers: ['Hatch Homes', 'Lumen Learning', 'Beacon Health', 'Tidewater Media', 'Studio Kiln'],
    strong: [
      'Ran {10-30} usability tests and redesigned the onboarding flow, lifting completion by {10-30}%.',
      'Built and maintained the Figma design system of {100-300} components with accessibility annotations for WCAG 2.1.',
      'Prototyped interactive flows in Figma and handed specs to the React developers.',
      'Led discovery interviews with {20-60} customers and turned the findings into journey maps.',
      'Coded HTML and CSS prototypes to test responsive layouts with real users.',
    ],
    plain: [
      'Created wireframes and mock-ups for new features.',
      'Worked with front-end developers to implement designs.',
      'Produced user personas and journey maps.',
      'Ran A/B tests on landing pages with the marketing team.',
    ],
    weak: ['Responsible for design work for the website and app.', 'Made things look nice and easy to use.'],
    skills: [
      'Figma',
      'Sketch',
      'Adobe XD',
      'user research',
      'usability testing',
      'wireframing',
      'prototyping',
      'design systems',
      'HTML',
      'CSS',
      'accessibility',
      'Miro',
    ],
    summaries: {
      strong: [
        '{title} with {years} years of user research, interaction design and design systems for web products.',
      ],
      plain: ['UX designer with {years} years of experience in wireframing, prototyping and user testing.'],
      weak: ['I am a creative person with an eye for design and a passion for users.'],
    },
    degrees: ['BA Graphic Design', 'BSc Psychology', 'MA User Experience Design'],
    certs: ['Google UX Design Certificate'],
  },
  // ------------------------------------------------------------ data
  {
    id: 'data-scientist',
    label: 'data scientist',
    titles: {
      junior: ['Junior Data Scientist', 'Graduate Data Scientist'],
      mid: ['Data Scientist'],
      senior: ['Senior Data Scientist', 'Lead Data Scientist'],
    },
    altTitles: {
      junior: ['Research Assistant (Statistics)'],
      mid: ['Machine Learning Engineer', 'Applied Scientist', 'Decision Scientist', 'Quantitative Modeller'],
      senior: ['Principal Applied Scientist', 'Senior Machine Learning Engineer'],
    },
    employers: [
      'Lantern Analytics',
      'Harbour Energy Retail',
      'Cobalt Bank',
      'Greenfield Grocers',
      'Wayfarer Insurance',
      'Mosaic Health Research',
      'Streamline Telecom',
    ],
    strong: [
      'Built a churn model in Python (scikit-learn, XGBoost) that targets retention offers and saves £{2-9}00k a year.',
      'Designed and analysed {20-60} A/B tests a year and introduced sequential testing, cutting test duration by {20-40}%.',
      'Put a demand forecasting model into production with MLflow and Airflow, improving forecast error by {10-30}%.',
      'Wrote SQL and pandas pipelines over {50-500} million rows of transactions to build features for credit risk models.',
      'Presented model results to directors and non-technical stakeholders, leading to a pricing change worth £{1-6}m.',
      'Trained a PyTorch text classifier that routes {10-60}k customer emails a week at {85-95}% accuracy.',
      'Built an uplift model and a causal analysis of marketing spend across {4-12} channels.',
      'Mentored {2-5} junior data scientists and set up code review and reproducible notebooks.',
    ],
    plain: [
      'Cleaned and analysed data in Python with pandas and NumPy.',
      'Built dashboards in Tableau for the commercial team.',
      'Wrote SQL queries in BigQuery and Snowflake.',
      'Developed regression and classification models with scikit-learn.',
      'Worked with data engineers to put models into production.',
      'Produced statistical analyses and reports for stakeholders.',
    ],
    weak: [
      'Responsible for data science projects and analysis as required by the business.',
      'Looked at lots of data to find insights and presented them to the team.',
      'Was involved with machine learning and AI initiatives across the company.',
      'Helped with various reporting tasks and ad hoc requests.',
    ],
    alt: [
      'Fitted Bayesian hierarchical models in Stan to estimate store-level demand for {200-900} shops.',
      'Built recommendation and ranking models (gradient-boosted trees, embeddings) serving {1-9} million users.',
      'Estimated the causal effect of price changes with difference-in-differences and synthetic controls.',
      'Ran randomised controlled experiments on onboarding and reported effect sizes with confidence intervals.',
      'Shipped models behind a FastAPI service with drift monitoring and automatic retraining.',
      'Wrote R and tidyverse analyses of clinical trial outcomes for {3-8} studies.',
    ],
    skills: [
      'Python',
      'pandas',
      'NumPy',
      'scikit-learn',
      'SQL',
      'statistics',
      'A/B testing',
      'machine learning',
      'XGBoost',
      'PyTorch',
      'Tableau',
      'Jupyter',
      'Git',
      'MLflow',
      'Airflow',
      'Spark',
    ],
    altSkills: [
      'R',
      'Stan',
      'Bayesian statistics',
      'causal inference',
      'experimentation',
      'gradient boosting',
      'FastAPI',
      'tidyverse',
      'econometrics',
      'BigQuery',
    ],
    summaries: {
      strong: [
        '{title} with {years} years turning data into decisions: experimentation, forecasting and ML models in production, explained to people who do not read code.',
        '{title}. {years} years of Python, SQL and statistics in retail banking and e-commerce; models that shipped and paid for themselves.',
      ],
      plain: [
        'Data scientist with {years} years of experience in Python, SQL and machine learning.',
        'Analytical data scientist with {years} years of experience building models and dashboards.',
      ],
      weak: [
        'I am a data enthusiast with a strong interest in artificial intelligence and big data. I enjoy finding patterns and I am a quick learner.',
      ],
      alt: [
        'Applied scientist, {years} years. Bayesian modelling, causal inference and experiments; I write R and Python and care about uncertainty more than leaderboards.',
      ],
    },
    degrees: [
      'MSc Statistics',
      'PhD Physics',
      'BSc Mathematics and Statistics',
      'MSc Data Science',
      'BSc Economics',
      'MSc Operational Research',
    ],
    certs: ['AWS Certified Machine Learning – Specialty'],
  },
  {
    id: 'data-analyst',
    label: 'data analyst',
    titles: {
      junior: ['Junior Data Analyst', 'Reporting Analyst'],
      mid: ['Data Analyst', 'Business Intelligence Analyst', 'Insight Analyst'],
      senior: ['Senior Data Analyst', 'BI Lead'],
    },
    employers: [
      'Greenfield Grocers',
      'Streamline Telecom',
      'Civic Housing Association',
      'Harbour Energy Retail',
      'Wayfarer Insurance',
    ],
    strong: [
      'Built Power BI dashboards of sales and margin for {50-300} stores, used weekly by the leadership team.',
      'Wrote SQL queries and stored procedures over {10-90} million rows, automating {5-20} manual reports.',
      'Analysed customer survey data in Excel and Python, identifying the main drivers of churn.',
      'Reported A/B test results for the marketing team and explained them to stakeholders.',
      'Automated the monthly reporting pack with Python and pandas, saving {2-5} days a month.',
    ],
    plain: [
      'Produced weekly and monthly KPI reports in Excel.',
      'Maintained Tableau dashboards.',
      'Answered ad hoc data requests from the business.',
      'Cleaned data and checked data quality.',
    ],
    weak: ['Responsible for reporting and spreadsheets.', 'Helped managers understand the numbers.'],
    skills: [
      'SQL',
      'Excel',
      'Power BI',
      'Tableau',
      'Python',
      'pandas',
      'DAX',
      'Google Analytics',
      'statistics',
      'data visualisation',
      'VBA',
    ],
    summaries: {
      strong: [
        '{title} with {years} years of SQL, Power BI and Python, turning messy data into reports people use.',
      ],
      plain: ['Data analyst with {years} years of experience in Excel, SQL and dashboards.'],
      weak: ['I am a numbers person who enjoys spreadsheets and finding out what the data says.'],
    },
    degrees: ['BSc Economics', 'BSc Mathematics', 'BA Geography', 'BSc Business Analytics'],
    certs: ['Microsoft Power BI Data Analyst Associate (PL-300)'],
  },
  // ------------------------------------------------------------ finance
  {
    id: 'accountant',
    label: 'accountant',
    titles: {
      junior: ['Assistant Accountant', 'Trainee Accountant', 'Graduate Trainee Accountant (ACCA)'],
      mid: ['Management Accountant', 'Accountant', 'Financial Accountant'],
      senior: ['Senior Management Accountant', 'Finance Manager', 'Senior Financial Accountant'],
    },
    altTitles: {
      junior: ['Finance Assistant (part-qualified)'],
      mid: ['Finance Officer', 'Group Reporting Analyst', 'Management Information Lead'],
      senior: ['Financial Controller', 'Head of Finance Operations'],
    },
    employers: [
      'Harrington Foods Ltd',
      'Calder Engineering',
      'Bluewater Housing Group',
      'Marlow & Finch LLP',
      'Tor Valley Manufacturing',
      'Greyfriars Logistics',
      'Anchor Care Homes',
      'Sutton Brothers Wholesale',
    ],
    strong: [
      'Prepared monthly management accounts and variance analysis for a £{20-90}m turnover business, reporting to the board.',
      'Cut the month-end close from {8-12} to {3-5} working days by automating accruals and prepayments with Excel and Power Query.',
      'Prepared quarterly VAT returns under Making Tax Digital for {2-6} group companies.',
      'Led the move from Sage 50 to Xero for {3-8} entities, including a new chart of accounts.',
      'Owned balance sheet reconciliations and intercompany balances across {3-12} entities.',
      'Prepared year-end statutory accounts under FRS 102 and ran the external audit with no adjustments.',
      'Built the annual budget and quarterly reforecasts with {5-12} budget holders.',
      'Introduced Power BI reporting of margin by customer, finding £{100-600}k of unprofitable contracts.',
      'Supervised a purchase ledger and credit control team of {2-5}.',
    ],
    plain: [
      'Posted journals, accruals and prepayments in Sage 200.',
      'Reconciled bank accounts and balance sheet codes.',
      'Kept the fixed asset register and depreciation schedules.',
      'Prepared audit files and supporting schedules.',
      'Processed payroll journals and pension reconciliations.',
      'Prepared VAT returns for review.',
    ],
    weak: [
      'Responsible for various accounting duties within the finance department.',
      'Dealt with queries from suppliers, customers and other departments.',
      'Helped the Financial Controller with month end and whatever else was needed.',
      'Involved in the audit and in lots of Excel spreadsheets.',
    ],
    alt: [
      'Closed the books each month and explained the numbers to the operations directors.',
      'Kept the nominal ledger clean: ledger reconciliations, accrual schedules and prepayment releases for {3-9} trading companies.',
      'Produced the board pack, the cash forecast and KPI commentary every month.',
      'Handled indirect tax filings and HMRC correspondence for the group.',
      'Consolidated group results under IFRS and prepared the filings for Companies House.',
      'Partnered with commercial managers on pricing, margins and capital expenditure cases.',
    ],
    skills: [
      'Management accounts',
      'Month-end close',
      'Balance sheet reconciliations',
      'VAT returns',
      'Excel',
      'Power Query',
      'Sage 200',
      'Xero',
      'Budgeting',
      'Forecasting',
      'IFRS',
      'FRS 102',
      'Audit',
      'Power BI',
    ],
    altSkills: [
      'Ledger reconciliations',
      'Nominal ledger',
      'Board packs',
      'Cash flow forecasting',
      'Consolidation',
      'NetSuite',
      'SAP',
      'Indirect tax',
      'Commercial finance',
    ],
    summaries: {
      strong: [
        '{title}, {qual}, with {years} years in manufacturing and wholesale finance: management accounts, fast month-end closes and audits with no surprises.',
        '{qual} {title} with {years} years of management and financial accounting; I make the numbers clear to non-finance managers.',
      ],
      plain: [
        'Accountant with {years} years of experience in management accounts, reconciliations and VAT. {qual}.',
        'Qualified accountant ({qual}) with {years} years of experience in month end and year end.',
      ],
      weak: [
        'I am a hard-working finance professional with a good eye for numbers and I enjoy working with spreadsheets.',
      ],
      alt: [
        'Finance professional ({qual}), {years} years closing the books, writing board packs and keeping group reporting on time.',
      ],
    },
    degrees: ['BSc Accounting and Finance', 'BA Economics', 'BSc Business Management', 'BA History'],
    certs: [
      'ACCA qualified',
      'CIMA qualified',
      'ACA (ICAEW)',
      'ACCA part-qualified (finalist)',
      'AAT Level 4',
    ],
  },
  {
    id: 'bookkeeper',
    label: 'bookkeeper',
    titles: {
      junior: ['Accounts Assistant', 'Purchase Ledger Clerk', 'Accounts Payable Clerk'],
      mid: ['Bookkeeper', 'Payroll and Bookkeeping Assistant', 'Sales Ledger Clerk'],
      senior: ['Senior Bookkeeper', 'Accounts Supervisor'],
    },
    employers: [
      'Ashby Bookkeeping Services',
      'Penrose Plumbing Ltd',
      'Calder Engineering',
      'Oak Lane Dental Group',
      'Sutton Brothers Wholesale',
    ],
    strong: [
      'Kept the books for {15-40} small business clients in Xero and QuickBooks, including bank reconciliations and VAT returns.',
      'Processed {300-900} supplier invoices a month on Sage 50 with a {97-99}% first-time match rate.',
      'Ran weekly and monthly payroll for {20-120} employees in BrightPay.',
      'Chased aged debt and cut debtor days from {50-70} to {30-40}.',
      'Prepared trial balances and handed records to the accountant for year-end accounts.',
    ],
    plain: [
      'Entered sales and purchase invoices.',
      'Reconciled bank statements and petty cash.',
      'Prepared VAT returns for the accountant to review.',
      'Processed expense claims and supplier payments.',
      'Answered supplier queries.',
    ],
    weak: [
      'Responsible for general bookkeeping and admin duties.',
      'Filing, scanning and answering the phone.',
    ],
    skills: [
      'Bookkeeping',
      'Xero',
      'Sage 50',
      'QuickBooks',
      'Bank reconciliations',
      'VAT returns',
      'Purchase ledger',
      'Sales ledger',
      'Payroll',
      'Excel',
      'Credit control',
    ],
    summaries: {
      strong: [
        '{title} with {years} years of bookkeeping, payroll and VAT for small businesses, AAT qualified.',
      ],
      plain: ['Experienced bookkeeper with {years} years in Sage and Xero.'],
      weak: ['I am an organised and reliable person who is good with numbers.'],
    },
    degrees: ['AAT Level 3 Diploma in Accounting', 'AAT Level 2 Certificate in Bookkeeping', 'BTEC Business'],
    certs: ['AAT Level 3', 'Xero Advisor Certified'],
  },
  // ------------------------------------------------------------ health
  {
    id: 'registered-nurse',
    label: 'registered nurse',
    titles: {
      junior: ['Newly Qualified Staff Nurse', 'Staff Nurse (Band 5)', 'Registered Nurse'],
      mid: ['Staff Nurse', 'Registered Nurse', 'Senior Staff Nurse'],
      senior: ['Charge Nurse', 'Ward Sister', 'Senior Staff Nurse (Band 6)', 'Clinical Nurse Lead'],
    },
    altTitles: {
      junior: ['RGN (preceptorship programme)'],
      mid: ['RGN', 'Registered General Nurse', 'Practice Nurse', 'Band 5 RGN'],
      senior: ['Deputy Ward Manager', 'Nurse in Charge (Band 6)'],
    },
    employers: [
      'Royal Wessex Hospital NHS Trust',
      "St Aldhelm's University Hospital",
      'Northgate General Hospital',
      'Severnside NHS Foundation Trust',
      'Meadowbank Nursing Home',
      'Harbourside Hospice',
      'Kingsmead Medical Practice',
      'Pennine Acute Hospitals',
    ],
    strong: [
      'Cared for up to {6-10} acutely unwell patients per shift on a {24-32}-bed acute medical unit.',
      'Administered IV medication and fluids and managed blood transfusions in line with trust policy.',
      'Recognised deteriorating patients with NEWS2 and escalated through SBAR, contributing to a {15-35}% fall in cardiac arrest calls.',
      'Infection prevention link nurse for the ward; hand hygiene audit scores rose from {70-85}% to {95-99}%.',
      'Nurse in charge for {8-16} shifts a month, coordinating {4-8} staff and patient flow with the site team.',
      'Practice assessor for {2-6} student nurses a year; supported newly qualified nurses through preceptorship.',
      'Completed cannulation and venepuncture competencies and trained {5-15} colleagues.',
      'Developed a falls prevention bundle that reduced inpatient falls by {20-40}% in six months.',
    ],
    plain: [
      'Carried out patient assessments and wrote care plans.',
      'Completed medication rounds and documented care in the electronic patient record.',
      'Monitored vital signs and fluid balance.',
      'Provided wound care and pressure area care.',
      'Worked with the multidisciplinary team on discharge planning.',
      'Supported patients and families with end of life care.',
    ],
    weak: [
      'Responsible for looking after patients on the ward.',
      'Did drug rounds, obs and paperwork as required.',
      'Worked long days and nights as part of the nursing team.',
      'Helped other staff whenever the ward was busy.',
    ],
    alt: [
      'RGN on a busy AMU: drug rounds, IVs, obs and escalation of the sick patient.',
      'Took a bay of {6-8} on a respiratory ward including NIV and tracheostomy patients.',
      'Ran nurse-led clinics for diabetes, asthma and COPD reviews, plus immunisations and cervical smears.',
      'Shift coordinator: staffing, bed meetings and safe handovers.',
      'Triage in a busy ED using the Manchester Triage System, {30-60} patients a shift.',
      'Cared for post-op patients in recovery and on the surgical ward: pain relief, drains and stoma care.',
    ],
    skills: [
      'NMC registered',
      'Medication administration',
      'IV therapy',
      'NEWS2',
      'Care planning',
      'Infection prevention and control',
      'Wound care',
      'Cannulation',
      'Venepuncture',
      'ECG',
      'Basic Life Support',
      'Immediate Life Support',
      'Cerner',
      'Discharge planning',
    ],
    altSkills: [
      'RGN',
      'Obs',
      'Drug rounds',
      'Triage',
      'NIV',
      'Tracheostomy care',
      'EMIS',
      'SystmOne',
      'ALS',
      'Bloods',
      'IVs',
    ],
    summaries: {
      strong: [
        'NMC registered adult nurse with {years} years on acute medical and surgical wards. Safe, calm with deteriorating patients, and a practice assessor for students.',
        '{title} with {years} years of acute adult nursing; IV therapy, cannulation and leading shifts on a {24-32}-bed ward.',
      ],
      plain: [
        'Registered nurse with {years} years of experience in adult nursing on hospital wards.',
        'Caring and professional staff nurse with {years} years of experience.',
      ],
      weak: [
        'I have always wanted to care for people and I am a kind, compassionate and hard-working person who puts patients first.',
      ],
      alt: ['RGN, {years} years post-registration, AMU and respiratory. NMC PIN {pin}.'],
    },
    degrees: [
      'BSc (Hons) Adult Nursing',
      'BSc Nursing Studies',
      'Diploma of Higher Education, Adult Nursing',
      'BSc (Hons) Nursing (Adult)',
    ],
    certs: [
      'Immediate Life Support (ILS)',
      'Basic Life Support',
      'Mentorship (practice assessor) module',
      'Non-medical prescribing (V300)',
    ],
  },
  {
    id: 'healthcare-assistant',
    label: 'healthcare assistant',
    titles: {
      junior: ['Care Assistant', 'Support Worker'],
      mid: ['Healthcare Assistant', 'Nursing Assistant', 'Senior Carer'],
      senior: ['Senior Healthcare Assistant', 'Team Leader (Care)'],
    },
    employers: [
      'Northgate General Hospital',
      'Meadowbank Nursing Home',
      'Bluebell Home Care',
      'Severnside NHS Foundation Trust',
      'Rosewood Care Home',
    ],
    strong: [
      'Supported registered nurses on a {24-30}-bed medical ward with personal care, observations and mealtimes.',
      'Took patient observations and recorded NEWS2 scores, escalating concerns to the nurse in charge.',
      'Completed the Care Certificate and the Level 3 Diploma in Health and Social Care.',
      'Trained in venepuncture and ECGs; took bloods for {10-25} patients a day.',
      'Led a team of {3-6} carers on shift in a {30-60}-bed residential home.',
    ],
    plain: [
      'Helped patients wash, dress and eat.',
      'Made beds and kept the bay clean and stocked.',
      'Supported moving and handling with hoists.',
      'Completed fluid balance and food charts.',
      'Spent time with residents living with dementia.',
    ],
    weak: ['Responsible for caring for patients.', 'Did whatever the nurses asked me to do.'],
    skills: [
      'Personal care',
      'Patient observations',
      'NEWS2',
      'Moving and handling',
      'Dementia care',
      'Infection control',
      'Care Certificate',
      'Venepuncture',
      'ECG',
      'Basic Life Support',
      'Record keeping',
    ],
    summaries: {
      strong: [
        '{title} with {years} years in hospital and residential care; observations, personal care and supporting nurses.',
      ],
      plain: ['Caring healthcare assistant with {years} years of experience.'],
      weak: ['I am a kind and caring person who loves helping people.'],
    },
    degrees: [
      'Level 3 Diploma in Health and Social Care',
      'Level 2 Diploma in Health and Social Care',
      'Access to Higher Education (Nursing)',
    ],
    certs: ['Care Certificate', 'First Aid at Work'],
  },
  // ------------------------------------------------------------ kitchen
  {
    id: 'chef',
    label: 'chef',
    titles: {
      junior: ['Commis Chef', 'Demi Chef de Partie'],
      mid: ['Chef de Partie', 'Junior Sous Chef', 'Sous Chef'],
      senior: ['Head Chef', 'Executive Sous Chef', 'Senior Sous Chef'],
    },
    altTitles: {
      junior: ['Trainee Chef'],
      mid: ['Senior Chef de Partie', 'Second Chef', 'Kitchen Supervisor'],
      senior: ['Chef Manager', 'Kitchen Lead', 'Chef Patron'],
    },
    employers: [
      'The Gilded Hare',
      'Olive & Ash',
      'The Harbour Hotel',
      "Mercer's Brasserie",
      'Fennel',
      'The Old Mill Inn',
      'Saltmarsh Seafood Restaurant',
      'Riverside Conference Centre',
      'The Larder at Kew',
    ],
    strong: [
      "Ran the kitchen in the head chef's absence for a {60-140}-cover brasserie, leading a brigade of {6-14}.",
      'Rewrote the seasonal menu and costed every dish, raising gross profit from {62-66}% to {70-74}%.',
      'Kept a 5-star food hygiene rating through {2-4} EHO inspections; maintained HACCP records and allergen matrices.',
      'Trained {3-8} commis chefs in knife skills, butchery and sauce work.',
      'Cut food waste by {20-40}% through tighter ordering, stock rotation and daily specials.',
      'Cooked on every section of a two AA rosette kitchen, from larder to pastry.',
      'Planned staff rotas and supplier orders within a weekly food budget of £{6-15}k.',
      'Delivered banquets for up to {150-400} guests alongside à la carte service.',
    ],
    plain: [
      'Prepared mise en place for the sauce and fish sections.',
      'Cooked to order during busy lunch and dinner services.',
      'Followed food safety procedures and temperature checks.',
      'Received deliveries and rotated stock.',
      'Created weekly specials with the head chef.',
      'Cleaned down the kitchen at the end of service.',
    ],
    weak: [
      'Responsible for cooking food in the kitchen.',
      'Did prep and cleaning and whatever the head chef needed.',
      'Worked in a busy kitchen with long hours and lots of pressure.',
      'Helped out on all the sections when people were off.',
    ],
    alt: [
      'Second in command in a fine-dining kitchen: ran the pass, expedited service and held the brigade to standard.',
      'Built tasting menus around local produce, with costings, recipe specs and plating guides for each course.',
      'Butchered whole carcasses and filleted day-boat fish for a nose-to-tail menu.',
      "Kept the kitchen's paperwork in order: SFBB diary, probe logs, allergen sheets and supplier traceability.",
      'Led the pastry and bread section: laminated doughs, sourdough and plated desserts.',
      'Managed GP, ordering and rotas for a {40-90}-seat gastropub.',
    ],
    skills: [
      'Menu planning',
      'Food costing',
      'HACCP',
      'Food Hygiene Level 3',
      'Allergen management',
      'Kitchen management',
      'Staff rotas',
      'Stock control',
      'Fine dining',
      'Butchery',
      'Pastry',
      'Sauces',
    ],
    altSkills: [
      'Mise en place',
      'Brigade leadership',
      'GP control',
      'SFBB',
      'Tasting menus',
      'Sourdough',
      'Fish filleting',
      'Plating',
    ],
    summaries: {
      strong: [
        '{title} with {years} years in rosette and high-volume kitchens. I run a calm pass, cost every plate and keep a 5-star hygiene rating.',
        '{title}, {years} years of modern British and French cooking; menu development, GP control and training young chefs.',
      ],
      plain: [
        'Chef with {years} years of experience in restaurants and hotels.',
        'Experienced chef de partie with {years} years in busy kitchens.',
      ],
      weak: [
        'I have loved cooking since I was a child and I am passionate about food and making people happy.',
      ],
      alt: [
        'Cook-first kitchen lead, {years} years: whole-animal butchery, bread, tasting menus and a kitchen that runs on paperwork done properly.',
      ],
    },
    degrees: [
      'NVQ Level 3 Professional Cookery',
      'City & Guilds Diploma in Professional Cookery',
      'Professional Chef Diploma',
      'NVQ Level 2 Professional Cookery',
    ],
    certs: ['Level 3 Food Hygiene', 'Level 2 Food Hygiene', 'HACCP Level 3', 'Personal Licence'],
  },
  {
    id: 'line-cook',
    label: 'line cook',
    titles: {
      junior: ['Kitchen Team Member', 'Prep Cook'],
      mid: ['Line Cook', 'Grill Cook', 'Breakfast Cook', 'Cook'],
      senior: ['Shift Lead Cook', 'Kitchen Shift Supervisor'],
    },
    employers: [
      "Benny's Burgers",
      'Fry Society',
      'Sunrise Café',
      'Motorway Services Kitchen',
      'Pronto Pizza Co',
      'Big Plate Diner',
    ],
    strong: [
      'Cooked on the grill and fryer at a burger restaurant serving {150-400} covers a day, keeping ticket times under {8-12} minutes.',
      'Prepped vegetables, sauces and proteins for a fast-casual chain kitchen following set recipe specs.',
      'Kept food safety records and temperature logs; trained in Level 2 Food Hygiene and allergen awareness.',
      'Opened the kitchen for breakfast service, cooking for {80-200} covers.',
    ],
    plain: [
      'Followed recipes and portion guides.',
      'Cleaned equipment and work areas.',
      'Worked the fryer, grill and flat-top.',
      'Checked deliveries and labelled food with day dots.',
      'Washed up when the kitchen porter was off.',
    ],
    weak: ['Responsible for cooking burgers and chips.', 'Did prep and cleaning.'],
    skills: [
      'Grill',
      'Fryer',
      'Food prep',
      'Level 2 Food Hygiene',
      'Portion control',
      'Kitchen cleaning',
      'Stock rotation',
      'Speed under pressure',
    ],
    summaries: {
      strong: ['{title} with {years} years on busy grill and fry stations; fast, clean and consistent.'],
      plain: ['Cook with {years} years of experience in fast food and cafés.'],
      weak: ['I am a hard worker who likes cooking and working in a team.'],
    },
    degrees: [
      'Level 1 Certificate in Introduction to Professional Cookery',
      'GCSEs (English, Maths, Food Technology)',
    ],
    certs: ['Level 2 Food Hygiene'],
  },
  // ------------------------------------------------------------ marketing and sales
  {
    id: 'marketing-manager',
    label: 'digital marketing manager',
    titles: {
      junior: ['Marketing Executive', 'Digital Marketing Executive', 'Marketing Assistant'],
      mid: ['Digital Marketing Manager', 'Marketing Manager', 'Senior Digital Marketing Executive'],
      senior: ['Head of Digital Marketing', 'Senior Marketing Manager', 'Marketing Lead'],
    },
    altTitles: {
      junior: ['Growth Associate'],
      mid: ['Growth Marketer', 'Performance Marketing Manager', 'Acquisition Manager'],
      senior: ['Head of Growth', 'Director of Demand Generation'],
    },
    employers: [
      'Nimbus Software',
      'Wildflower Cosmetics',
      'Trailhead Outdoor',
      'Ledgerly',
      'Haven Insurance',
      'Brightside Travel',
      'Copper Kettle Coffee',
      'Quill Publishing',
    ],
    strong: [
      'Managed a £{200-900}k annual budget across Google Ads, Meta Ads and LinkedIn, cutting cost per acquisition by {20-45}%.',
      'Grew organic traffic by {40-180}% in {9-18} months through technical SEO, content strategy and link building.',
      'Built HubSpot nurture workflows that lifted marketing qualified leads by {30-90}% quarter on quarter.',
      'Set up GA4 and Google Tag Manager tracking and weekly campaign reporting for the leadership team.',
      'Launched {3-8} integrated campaigns a year across email, paid social and events, generating £{1-5}m of pipeline.',
      'Ran conversion rate tests on landing pages that raised conversion from {2-3}% to {4-6}%.',
      'Led a team of {2-6} marketers and {2-4} agencies.',
    ],
    plain: [
      'Wrote and scheduled email newsletters in Mailchimp.',
      'Managed social media channels and the content calendar.',
      'Produced monthly marketing reports from Google Analytics.',
      'Worked with the sales team on campaigns and events.',
      'Updated the website in WordPress.',
      'Briefed designers and agencies.',
    ],
    weak: [
      'Responsible for all marketing activity.',
      'Helped with social media posts, emails and events.',
      'Involved in brand projects and meetings with agencies.',
      'Did a bit of everything in a small team.',
    ],
    alt: [
      'Owned paid acquisition (search, social, programmatic) and the attribution model behind it.',
      'Scaled sign-ups {2-5}x with lifecycle messaging, referral loops and onboarding experiments.',
      'Ran demand generation for a B2B SaaS product: ABM, webinars, content syndication and SDR hand-off.',
      'Built the marketing data stack (Segment, Amplitude, Looker) so every channel had a CAC and payback figure.',
      'Wrote positioning, launch messaging and sales enablement for {3-9} product launches.',
      'Ran brand and PR campaigns that earned coverage in the national press.',
    ],
    skills: [
      'SEO',
      'PPC',
      'Google Ads',
      'Meta Ads',
      'HubSpot',
      'Email marketing',
      'Marketing automation',
      'GA4',
      'Google Tag Manager',
      'Content strategy',
      'CRO',
      'Copywriting',
      'Budget management',
      'Salesforce',
    ],
    altSkills: [
      'Growth',
      'Paid acquisition',
      'Lifecycle marketing',
      'ABM',
      'Demand generation',
      'Attribution',
      'Amplitude',
      'Segment',
      'Looker',
      'Positioning',
    ],
    summaries: {
      strong: [
        '{title} with {years} years running SEO, paid search and marketing automation for B2B and B2C brands; every campaign tied to revenue.',
        '{title}. {years} years of digital marketing: budgets up to £{5-9}00k, HubSpot, GA4 and teams of up to six.',
      ],
      plain: [
        'Marketing professional with {years} years of experience in digital marketing, social media and email.',
        'Digital marketer with {years} years of experience across SEO, PPC and content.',
      ],
      weak: ['I am a creative and enthusiastic marketer with a passion for brands and social media.'],
      alt: [
        'Growth marketer, {years} years in SaaS: acquisition, lifecycle and the data to prove what works.',
      ],
    },
    degrees: [
      'BA Marketing',
      'BA English Literature',
      'BSc Business and Management',
      'BA Media and Communications',
    ],
    certs: [
      'CIM Diploma in Professional Digital Marketing',
      'Google Ads certified',
      'HubSpot Inbound Marketing certification',
    ],
  },
  {
    id: 'sales-executive',
    label: 'sales executive',
    titles: {
      junior: ['Sales Development Representative', 'Inside Sales Representative'],
      mid: ['Sales Executive', 'Account Executive', 'Field Sales Representative'],
      senior: ['Business Development Manager', 'Senior Account Manager'],
    },
    employers: ['Nimbus Software', 'Apex Office Supplies', 'Ledgerly', 'Brightstar Telecom', 'Vantage Print'],
    strong: [
      'Exceeded quota for {4-8} consecutive quarters, closing £{300-900}k of new business a year.',
      'Generated {20-60} qualified leads a month through cold calling, LinkedIn Sales Navigator and email campaigns.',
      'Managed a pipeline of {40-120} opportunities in Salesforce with accurate weekly forecasts.',
      'Grew key accounts by {20-50}% through cross-selling and quarterly business reviews.',
      'Worked with marketing on campaigns and events, following up {100-400} trade show leads.',
    ],
    plain: [
      'Made outbound calls to prospects.',
      'Kept CRM records up to date in HubSpot.',
      'Prepared quotes and proposals.',
      'Visited customers across the territory.',
      'Attended trade shows and events.',
    ],
    weak: ['Responsible for selling the company products.', 'Talked to customers and helped them.'],
    skills: [
      'B2B sales',
      'Salesforce',
      'HubSpot',
      'Lead generation',
      'Cold calling',
      'Negotiation',
      'Account management',
      'Pipeline management',
      'CRM',
      'Presentations',
      'LinkedIn Sales Navigator',
    ],
    summaries: {
      strong: [
        '{title} with {years} years of B2B sales, consistently over target, with a full pipeline and long client relationships.',
      ],
      plain: ['Sales professional with {years} years of experience in B2B sales.'],
      weak: ['I am a confident and outgoing person who loves talking to people.'],
    },
    degrees: ['BA Business Studies', 'BSc Marketing', 'A-levels (Business, English, Psychology)'],
  },
  // ------------------------------------------------------------ teaching
  {
    id: 'teacher',
    label: 'science teacher',
    titles: {
      junior: ['Early Career Teacher (Science)', 'Teacher of Science (ECT)', 'Trainee Science Teacher'],
      mid: ['Teacher of Science', 'Science Teacher', 'Teacher of Chemistry', 'Teacher of Biology'],
      senior: [
        'Head of Science',
        'Second in Science',
        'Lead Practitioner (Science)',
        'KS4 Science Coordinator',
      ],
    },
    altTitles: {
      junior: ['NQT (Physics)'],
      mid: ['Physics Teacher', 'Chemistry Teacher (11-18)', 'Classroom Teacher (KS3/KS4 Science)'],
      senior: ['Head of Physics', 'Subject Leader for Biology'],
    },
    employers: [
      'Oakfield Academy',
      "St Bede's Catholic High School",
      'Riverside Community College',
      'Thornbury Grammar School',
      'Hollins Park Academy',
      'King Edward VII School',
      'Marsh Lane Secondary School',
    ],
    strong: [
      'Taught KS3 and KS4 science to mixed-ability classes; {70-90}% of my GCSE combined science students achieved grade 4 or above.',
      'Raised the progress of SEND pupils in Year 9 through differentiated resources and targeted intervention.',
      'Planned and delivered the new KS3 science curriculum for {6-12} classes.',
      'Used assessment for learning and question-level analysis of mocks to plan re-teaching, lifting mock results by {8-20}%.',
      'Led the STEM club and took {10-30} students to the regional Big Bang competition.',
      'Mentored {2-4} trainee and early career teachers as subject mentor.',
      'Taught A-level chemistry with {80-100}% of students achieving A* to C.',
      'Form tutor for a Year 10 form of {25-30}: pastoral care, safeguarding referrals and parent communication.',
    ],
    plain: [
      'Planned and taught lessons to Years 7 to 11.',
      'Marked books and gave feedback in line with school policy.',
      'Ran practical lessons and managed lab safety.',
      "Attended parents' evenings and wrote reports.",
      'Followed the school behaviour policy.',
      'Covered lessons for absent colleagues.',
    ],
    weak: [
      'Responsible for teaching science classes.',
      'Did lots of marking, planning and meetings.',
      'Helped with school trips and events when asked.',
      'Worked with challenging classes.',
    ],
    alt: [
      'Taught physics to 11-18 year olds, including GCSE and A-level, with results above the national average.',
      'Made practical work the centre of lessons: required practicals, data handling and write-ups.',
      'Adapted lessons for pupils with EHCPs, EAL learners and high attainers.',
      'Built retrieval practice and knowledge organisers into the Year 7 to 9 scheme of work.',
      'Ran revision sessions and exam technique clinics for Year 11 before GCSEs.',
      'Form tutor and pastoral lead for a year group.',
    ],
    skills: [
      'QTS',
      'KS3 science',
      'GCSE science',
      'A-level chemistry',
      'Behaviour management',
      'Differentiation',
      'SEND',
      'Assessment for learning',
      'Safeguarding',
      'Lesson planning',
      'Enhanced DBS',
    ],
    altSkills: [
      'Schemes of work',
      'Retrieval practice',
      'Required practicals',
      'EHCP',
      'EAL',
      'Pastoral care',
      'Exam preparation',
      'Form tutor',
    ],
    summaries: {
      strong: [
        'Qualified science teacher (QTS) with {years} years teaching KS3, GCSE and A-level in comprehensive schools; strong results and calm, well-run classrooms.',
        '{title} with {years} years in 11-18 schools, specialising in chemistry; I plan for every learner and mentor new teachers.',
      ],
      plain: [
        'Secondary science teacher with {years} years of experience, QTS.',
        'Enthusiastic science teacher with {years} years in secondary schools.',
      ],
      weak: [
        'I have always loved science and I want to inspire young people. I am patient, kind and hard-working.',
      ],
      alt: [
        'Physics teacher, {years} years, 11-18. Practical-first lessons, retrieval practice and exam classes that do well.',
      ],
    },
    degrees: [
      'PGCE Secondary Science (QTS)',
      'BSc (Hons) Chemistry',
      'BSc Biology',
      'MPhys Physics',
      'School Direct (QTS)',
    ],
    certs: [
      'Qualified Teacher Status (QTS)',
      'Enhanced DBS (update service)',
      'Designated Safeguarding Lead training',
    ],
  },
  {
    id: 'teaching-assistant',
    label: 'teaching assistant',
    titles: {
      junior: ['Teaching Assistant', 'Learning Support Assistant'],
      mid: ['SEN Teaching Assistant', 'Cover Supervisor', 'Science Technician'],
      senior: ['Higher Level Teaching Assistant', 'Senior Science Technician'],
    },
    employers: [
      'Oakfield Academy',
      'Hollins Park Academy',
      'Brook Lane Primary School',
      'Marsh Lane Secondary School',
      'Hill View Special School',
    ],
    strong: [
      'Supported pupils with EHCPs in KS3 science and maths lessons, including 1:1 literacy intervention.',
      'Ran small-group reading and numeracy interventions for {6-15} pupils a week.',
      'Covered lessons for absent teachers across science, maths and English as cover supervisor, keeping classes on task.',
      'Prepared practical equipment for {20-40} science lessons a week and kept the COSHH register.',
      'Worked with the SENCO on behaviour plans for pupils with ADHD and autism.',
    ],
    plain: [
      'Helped the class teacher during lessons.',
      'Supported pupils with special educational needs.',
      'Supervised break and lunch times.',
      'Prepared resources and displays.',
    ],
    weak: ['Responsible for helping children.', 'Did photocopying and displays.'],
    skills: [
      'SEN support',
      'Behaviour management',
      'Phonics',
      '1:1 support',
      'Safeguarding',
      'Enhanced DBS',
      'First aid',
      'Classroom support',
      'KS3',
    ],
    summaries: {
      strong: [
        '{title} with {years} years supporting pupils with SEND in secondary schools; calm, patient and trusted by teachers.',
      ],
      plain: ['Teaching assistant with {years} years of experience in schools.'],
      weak: ['I love working with children and I am very patient and caring.'],
    },
    degrees: [
      'Level 3 Certificate in Supporting Teaching and Learning',
      'BA Education Studies',
      'BSc Biology',
    ],
    certs: ['Enhanced DBS', 'Paediatric First Aid'],
  },
];

/** Jobs that keyword stuffers have really done: nothing like any posting of the benchmark. */
const UNRELATED: Profession[] = [
  unrelated(
    'retail-assistant',
    'retail assistant',
    ['Sales Assistant', 'Retail Assistant', 'Store Supervisor'],
    ['Northgate Fashion', 'Bargain Town', 'Hollis Books', 'Greenway Supermarkets'],
    [
      'Served customers on the till and the shop floor.',
      'Replenished stock and merchandised displays.',
      'Handled returns and complaints politely.',
      'Cashed up the tills at close of business.',
      'Trained {2-5} new starters on store procedures.',
    ],
  ),
  unrelated(
    'warehouse-operative',
    'warehouse operative',
    ['Warehouse Operative', 'Picker Packer', 'Forklift Driver'],
    ['Swift Logistics', 'Parcelhub Midlands', 'Eastern Distribution Centre'],
    [
      'Picked and packed {200-500} orders a shift with a handheld scanner.',
      'Loaded and unloaded trailers safely.',
      'Kept the aisles clean and followed health and safety rules.',
      'Counted stock for the weekly stock take.',
    ],
  ),
  unrelated(
    'receptionist',
    'receptionist',
    ['Receptionist', 'Front of House Receptionist', 'Office Receptionist'],
    ['Bramley Hotel', 'Kingsway Dental', 'Elm Park Offices'],
    [
      'Greeted visitors and answered a busy switchboard.',
      'Booked appointments and meeting rooms in Outlook.',
      'Sorted post and deliveries.',
      'Kept the reception area tidy and welcoming.',
    ],
  ),
  unrelated(
    'call-centre-agent',
    'call centre agent',
    ['Customer Service Advisor', 'Call Centre Agent', 'Contact Centre Team Leader'],
    ['Brightstar Telecom', 'Northern Energy Direct', 'Sure Cover Insurance'],
    [
      'Answered {60-120} inbound calls a day about bills and accounts.',
      'Resolved complaints and logged them in the CRM.',
      'Hit quality and handling time targets every month.',
      'Processed direct debit changes and refunds.',
    ],
  ),
  unrelated(
    'delivery-driver',
    'delivery driver',
    ['Delivery Driver', 'Multi-drop Driver', 'Van Driver'],
    ['Swift Logistics', 'QuickDrop Couriers', 'Greenway Supermarkets'],
    [
      'Delivered {90-150} parcels a day across the city on time.',
      'Planned routes and checked the van every morning.',
      'Collected signatures and handled returns.',
      'Kept a clean driving record for five years.',
    ],
  ),
  unrelated(
    'security-officer',
    'security officer',
    ['Security Officer', 'Door Supervisor', 'Patrol Officer'],
    ['Guardline Security', 'Citywide Events', 'Metro Shopping Centre'],
    [
      'Patrolled the site and recorded incidents.',
      'Monitored CCTV and controlled access.',
      'Dealt with difficult situations calmly.',
      'Wrote daily occurrence reports.',
    ],
  ),
  unrelated(
    'hairdresser',
    'hairdresser',
    ['Hairdresser', 'Senior Stylist', 'Junior Stylist'],
    ['Cut Above Salon', 'Studio Nine Hair', 'Mane Street'],
    [
      'Cut, coloured and styled hair for {20-40} clients a week.',
      'Built a loyal client list through rebookings.',
      'Ran the salon booking system and took payments.',
      'Trained apprentices in blow-drying and colour.',
    ],
  ),
  unrelated(
    'admin-assistant',
    'administrative assistant',
    ['Administrative Assistant', 'Office Administrator', 'Admin Assistant'],
    ['Elm Park Offices', 'Harlow Lettings', 'County Council Offices'],
    [
      'Typed letters, minutes and reports.',
      'Kept filing and databases up to date.',
      'Ordered office supplies and managed the diary of {2-4} managers.',
      'Answered phones and emails.',
    ],
  ),
];

function unrelated(
  id: string,
  label: string,
  titles: string[],
  employers: string[],
  bullets: string[],
): Profession {
  return {
    id,
    label,
    titles: { junior: titles.slice(0, 1), mid: titles.slice(0, 2), senior: titles.slice(1) },
    employers,
    strong: bullets,
    plain: bullets,
    weak: ['Responsible for general duties as required.', 'Helped the team wherever needed.'],
    skills: ['Customer service', 'Teamwork', 'Communication', 'Time management'],
    summaries: {
      strong: ['Reliable {label} with {years} years of experience.'],
      plain: ['Reliable {label} with {years} years of experience.'],
      weak: ['I am a friendly, reliable and hard-working person.'],
    },
    degrees: ['GCSEs (English, Maths, Science)', 'BTEC Level 3 Business', 'A-levels (English, History, Art)'],
  };
}

const BY_ID = new Map([...PROFESSIONS, ...UNRELATED].map((p) => [p.id, p]));
function profession(id: string): Profession {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown profession ${id}`);
  return found;
}

// ---------------------------------------------------------------- jobs and grades

export interface JobDef {
  id: string;
  title: string;
  /** Professions graded 1 (adjacent, a near miss) for this job; its own profession is graded 2. */
  adjacent: string[];
  /** What a keyword stuffer pastes in a skills list for this job. */
  stuffing: string[];
  posting: string;
}

export const JOBS: JobDef[] = [
  {
    id: 'backend-developer',
    title: 'Backend Developer',
    adjacent: ['frontend-developer', 'devops-engineer', 'data-engineer'],
    stuffing: [
      'Backend development',
      'Node.js',
      'TypeScript',
      'Python',
      'PostgreSQL',
      'MySQL',
      'REST API design',
      'Microservices',
      'Docker',
      'CI/CD',
      'AWS',
      'GCP',
      'Kubernetes',
      'Kafka',
      'RabbitMQ',
      'Redis',
      'Terraform',
      'Prometheus',
      'Grafana',
      'Event-driven architecture',
      'Distributed systems',
      'Code review',
      'On-call',
      'Monitoring',
    ],
    posting: `# Backend Developer

**Tallyway** · Manchester (hybrid) or remote within the UK · Full-time · £60,000–£78,000

## About us

Tallyway runs invoicing and payments for 12,000 small businesses. Our platform sends 4 million invoices a month and
reconciles the payments that come back. The engineering team is 30 people in four product squads.

## What you'll do

- Design, build and run the REST APIs and event-driven services behind invoicing and payments
- Own services end to end: design, code review, deployment, monitoring and on-call
- Model data in PostgreSQL and keep queries fast as volumes grow
- Work with product managers and frontend engineers to ship features every week
- Improve reliability and observability across the platform

## Requirements

- 4+ years of professional backend development
- Node.js (TypeScript) or Python
- PostgreSQL or MySQL: schema design, query tuning, migrations
- Designing and versioning REST APIs
- Docker and CI/CD pipelines
- AWS or GCP

## Nice to have

- Kubernetes
- Kafka or RabbitMQ
- Redis
- Terraform
- Prometheus and Grafana

## What we offer

- 28 days' holiday plus bank holidays, 6% pension, private medical cover
- £1,000 learning budget and a four-day week in August

## How to apply

Send your CV to engineering.jobs@tallyway.example.com.
`,
  },
  {
    id: 'frontend-developer',
    title: 'Frontend Developer',
    adjacent: ['backend-developer', 'ux-designer'],
    stuffing: [
      'Frontend development',
      'React',
      'TypeScript',
      'JavaScript',
      'HTML5',
      'CSS3',
      'Sass',
      'Tailwind CSS',
      'Accessibility',
      'WCAG 2.1',
      'Jest',
      'React Testing Library',
      'Cypress',
      'Next.js',
      'Storybook',
      'Design systems',
      'Core Web Vitals',
      'Figma',
      'REST',
      'GraphQL',
      'Git',
      'Responsive design',
      'Performance optimisation',
    ],
    posting: `# Frontend Developer

**Fieldnote** · Bristol or remote (UK) · Full-time · £50,000–£65,000

## The role

Fieldnote makes the scheduling app that 900 home-care agencies use to plan visits. You will join a team of five
frontend engineers working closely with our designers and backend team.

## What you'll do

- Build accessible, fast user interfaces in React and TypeScript
- Turn Figma prototypes into production features with our designers
- Keep the app fast on cheap Android phones: bundle size, Core Web Vitals
- Write unit and end-to-end tests and review your teammates' code

## Requirements

- 3+ years of professional frontend development
- React and TypeScript
- HTML and CSS (Sass or Tailwind)
- Accessibility (WCAG 2.1 AA)
- Testing with Jest, React Testing Library or Cypress
- Consuming REST or GraphQL APIs

## Nice to have

- Next.js
- Storybook and design systems
- Performance profiling and Lighthouse
- Figma

## How to apply

Send your CV and a link to your GitHub or portfolio to jobs@fieldnote.example.com.
`,
  },
  {
    id: 'data-scientist',
    title: 'Data Scientist',
    adjacent: ['data-analyst', 'data-engineer'],
    stuffing: [
      'Data science',
      'Machine learning',
      'Deep learning',
      'Python',
      'pandas',
      'NumPy',
      'scikit-learn',
      'XGBoost',
      'PyTorch',
      'TensorFlow',
      'SQL',
      'Statistics',
      'A/B testing',
      'Experimental design',
      'Hypothesis testing',
      'Regression',
      'Classification',
      'Forecasting',
      'NLP',
      'MLflow',
      'Spark',
      'Databricks',
      'Causal inference',
      'Stakeholder communication',
    ],
    posting: `# Data Scientist

**Larder & Co** · London (hybrid, two days in the office) · Full-time · £55,000–£70,000

## About the team

Larder & Co delivers groceries to 600,000 households. The data science team of eight builds the forecasting,
pricing and personalisation models that run the business, and works with product, operations and marketing.

## What you'll do

- Build and deploy machine learning models for demand forecasting and personalisation
- Design and analyse A/B tests with product teams
- Explore large datasets in SQL and Python and turn findings into recommendations
- Explain results to non-technical stakeholders and senior leaders

## Requirements

- 3+ years of experience as a data scientist
- Python (pandas, scikit-learn)
- SQL
- Statistics and experimental design (A/B testing)
- Machine learning models in production
- Communicating results to non-technical stakeholders

## Nice to have

- PyTorch
- Spark or Databricks
- MLflow
- Causal inference

## How to apply

Send your CV to data.careers@larderco.example.com.
`,
  },
  {
    id: 'accountant',
    title: 'Accountant',
    adjacent: ['bookkeeper'],
    stuffing: [
      'ACCA',
      'ACA',
      'CIMA',
      'Management accounts',
      'Month-end close',
      'Year-end',
      'Balance sheet reconciliations',
      'Bank reconciliations',
      'VAT returns',
      'Making Tax Digital',
      'Accruals and prepayments',
      'Variance analysis',
      'Budgeting',
      'Forecasting',
      'IFRS',
      'FRS 102',
      'Statutory accounts',
      'Audit',
      'Excel',
      'Pivot tables',
      'Sage 200',
      'Xero',
      'Power BI',
    ],
    posting: `# Accountant

**Pennant Engineering Ltd** · Sheffield · Full-time · £40,000–£48,000

## About the role

Pennant makes precision parts for the rail and energy industries, with a turnover of £45m across three sites. We are
looking for an accountant to join a finance team of six, reporting to the Finance Manager.

## What you'll do

- Run the month-end close and prepare the monthly management accounts with variance commentary
- Reconcile balance sheet accounts, bank accounts and intercompany balances
- Prepare and submit quarterly VAT returns under Making Tax Digital
- Build the annual budget and quarterly forecasts with site managers
- Prepare the year-end file and support the external audit

## Requirements

- ACCA, ACA or CIMA qualified, or part-qualified and studying
- 3+ years in a management or financial accounting role
- Month-end close and management accounts
- Balance sheet reconciliations
- VAT returns
- Advanced Excel
- Sage 200 or Xero

## Nice to have

- IFRS or FRS 102
- Budgeting and forecasting
- Power BI
- Manufacturing experience

## How to apply

Send your CV to finance.recruitment@pennant.example.com.
`,
  },
  {
    id: 'registered-nurse',
    title: 'Registered Nurse',
    adjacent: ['healthcare-assistant'],
    stuffing: [
      'Registered Nurse',
      'NMC registration',
      'Adult nursing',
      'Acute medicine',
      'Patient assessment',
      'Care planning',
      'Medication administration',
      'IV therapy',
      'NEWS2',
      'Sepsis',
      'Infection prevention and control',
      'Wound care',
      'Cannulation',
      'Venepuncture',
      'Basic Life Support',
      'Immediate Life Support',
      'Discharge planning',
      'Safeguarding',
      'Preceptorship',
      'Electronic patient records',
      'Cerner',
      'Multidisciplinary team',
    ],
    posting: `# Registered Nurse (Band 5), Acute Medical Unit

**Kingsbridge University Hospitals NHS Trust** · Plymouth · Full-time or part-time · £29,970–£36,483

## About the ward

Our 32-bed Acute Medical Unit admits adults from the Emergency Department and GP referrals, with an average stay of
48 hours. You will join a supportive team with a full preceptorship programme for newly qualified nurses.

## What you'll do

- Assess, plan, deliver and evaluate care for a bay of acutely unwell adults
- Administer medicines, including IV therapy, safely and accurately
- Recognise and escalate the deteriorating patient using NEWS2 and SBAR
- Work with the multidisciplinary team on safe and timely discharge
- Support students and healthcare assistants on the ward

## Requirements

- NMC registration as an adult nurse
- 1+ years of post-registration experience, or newly qualified with a strong placement record
- Medication administration, including IV therapy
- NEWS2 and escalation of the deteriorating patient
- Care planning and clinical documentation
- Infection prevention and control
- Basic Life Support

## Nice to have

- Cannulation and venepuncture
- Immediate Life Support
- Experience in acute medicine
- Practice supervisor or practice assessor
- Cerner electronic patient record

## How to apply

Apply through NHS Jobs, or send your CV to amu.recruitment@kingsbridge.example.nhs.uk.
`,
  },
  {
    id: 'chef',
    title: 'Sous Chef',
    adjacent: ['line-cook'],
    stuffing: [
      'Sous Chef',
      'Head Chef',
      'Chef de Partie',
      'Menu planning',
      'Menu development',
      'Food costing',
      'GP control',
      'HACCP',
      'Food Hygiene Level 3',
      'Allergen management',
      'Kitchen management',
      'Staff rotas',
      'Stock control',
      'Ordering',
      'Fine dining',
      'Butchery',
      'Fish preparation',
      'Pastry',
      'Sauces',
      'Mise en place',
      'Plating',
      'EHO inspections',
    ],
    posting: `# Sous Chef

**The Quarry House** · Bath · Full-time · £34,000–£38,000 plus tronc

## About us

The Quarry House is a 70-cover restaurant with rooms, holding two AA rosettes, cooking modern British food from
Somerset produce. Our brigade of nine runs lunch and dinner five days a week.

## What you'll do

- Run the kitchen alongside the Head Chef and lead it in their absence
- Develop seasonal menus and specials, and cost every dish
- Train and develop chefs de partie and commis chefs
- Order, receive and control stock; keep food waste down
- Keep food safety, HACCP and allergen records in order

## Requirements

- 3+ years in a professional kitchen, including time as junior sous chef or senior chef de partie
- Level 3 Food Hygiene
- HACCP and allergen management
- Menu planning and food costing
- Staff rotas and kitchen management

## Nice to have

- Fine dining or rosette experience
- Butchery and fish preparation
- Pastry
- NVQ Level 3 Professional Cookery

## How to apply

Send your CV to kitchen@quarryhouse.example.com.
`,
  },
  {
    id: 'marketing-manager',
    title: 'Digital Marketing Manager',
    adjacent: ['sales-executive'],
    stuffing: [
      'Digital marketing',
      'Marketing strategy',
      'SEO',
      'PPC',
      'Google Ads',
      'Meta Ads',
      'Paid social',
      'LinkedIn Ads',
      'Email marketing',
      'Marketing automation',
      'HubSpot',
      'Google Analytics 4',
      'Google Tag Manager',
      'Content strategy',
      'Content marketing',
      'Copywriting',
      'CRO',
      'Campaign management',
      'Budget management',
      'Campaign reporting',
      'B2B SaaS',
      'Salesforce',
    ],
    posting: `# Digital Marketing Manager

**Brightlane Software** · Leeds (hybrid) · Full-time · £48,000–£58,000

## About us

Brightlane makes rota and payroll software for 3,000 restaurants and shops. Marketing is a team of seven, and you
will lead our digital channels and two marketing executives.

## What you'll do

- Own our digital marketing plan and its budget
- Run SEO and paid search (Google Ads), plus paid social
- Build email and marketing automation journeys in HubSpot
- Plan content with the content marketer and agencies
- Report on campaigns, pipeline and cost per acquisition every month

## Requirements

- 4+ years in digital marketing, including 1+ years leading people or agencies
- SEO and PPC (Google Ads)
- Email marketing and marketing automation (HubSpot)
- Google Analytics 4
- Content strategy
- Managing a marketing budget and campaign reporting

## Nice to have

- Paid social (Meta Ads, LinkedIn Ads)
- Conversion rate optimisation
- B2B SaaS marketing
- Salesforce
- Copywriting

## How to apply

Send your CV to people@brightlane.example.com.
`,
  },
  {
    id: 'teacher',
    title: 'Teacher of Science',
    adjacent: ['teaching-assistant'],
    stuffing: [
      'Qualified Teacher Status',
      'QTS',
      'PGCE',
      'Teacher of Science',
      'KS3 science',
      'KS4 science',
      'GCSE science',
      'A-level biology',
      'A-level chemistry',
      'Behaviour management',
      'Classroom management',
      'Differentiation',
      'SEND',
      'Assessment for learning',
      'Lesson planning',
      'Safeguarding',
      'Enhanced DBS',
      'STEM',
      'Curriculum planning',
      'Pastoral care',
      'Parent communication',
    ],
    posting: `# Teacher of Science

**Castle Rise Academy** · Nottingham · Full-time, permanent · Main Pay Scale / Upper Pay Scale

## About the school

Castle Rise is an 11-18 comprehensive of 1,200 students, rated Good by Ofsted. Our science department of fourteen
teachers and three technicians teaches combined and separate sciences to GCSE and all three sciences at A-level.

## What you'll do

- Plan and teach engaging science lessons across KS3 and KS4, including practical work
- Assess pupils' progress and use it to plan your teaching
- Adapt lessons so that every pupil, including those with SEND, can make progress
- Be a form tutor and contribute to the pastoral life of the school

## Requirements

- Qualified Teacher Status (QTS), or a PGCE completing this year
- Experience teaching KS3 and KS4 science (GCSE)
- Behaviour management
- Differentiation and support for pupils with SEND
- Assessment for learning
- Safeguarding and an enhanced DBS check

## Nice to have

- A-level teaching
- Running STEM clubs or enrichment
- Mentoring trainee or early career teachers

## How to apply

Download the application pack and send it with your CV to recruitment@castlerise.example.sch.uk.
`,
  },
];

/** Relevance of a CV of `professionId` for `job`: 2 same profession, 1 a near miss, 0 other. */
export function gradeFor(job: JobDef, professionId: string): 0 | 1 | 2 {
  if (professionId === job.id) return 2;
  return job.adjacent.includes(professionId) ? 1 : 0;
}

// ---------------------------------------------------------------- the CV plan

type Quality = 'strong' | 'average' | 'weak';
type Wording = 'standard' | 'other-words';
type Layout = 'caps' | 'markdown' | 'pipe' | 'dated-first' | 'compact';

interface Archetype {
  quality: Quality;
  seniority: Seniority;
  wording: Wording;
  /** 'long' rambles: many roles, many bullets, long summary, hobbies, personal details. */
  length: 'short' | 'normal' | 'long';
  /** Older roles in another profession: one it grew out of, or a career change. */
  history?: string;
  /** For keyword stuffers: the job whose keywords are pasted in. */
  stuffs?: string;
}

/** Twelve kinds of applicant per profession: seniority, quality, wording and length all vary. */
const CORE_MIX: Archetype[] = [
  { quality: 'strong', seniority: 'senior', wording: 'standard', length: 'normal' },
  { quality: 'strong', seniority: 'mid', wording: 'other-words', length: 'normal' },
  { quality: 'strong', seniority: 'junior', wording: 'standard', length: 'short' },
  { quality: 'average', seniority: 'mid', wording: 'standard', length: 'normal' },
  { quality: 'average', seniority: 'senior', wording: 'other-words', length: 'normal' },
  { quality: 'average', seniority: 'mid', wording: 'standard', length: 'normal', history: 'progression' },
  { quality: 'weak', seniority: 'mid', wording: 'standard', length: 'long' },
  { quality: 'weak', seniority: 'junior', wording: 'other-words', length: 'long' },
  { quality: 'strong', seniority: 'mid', wording: 'other-words', length: 'short' },
  { quality: 'average', seniority: 'junior', wording: 'standard', length: 'normal' },
  { quality: 'average', seniority: 'mid', wording: 'standard', length: 'normal', history: 'career-change' },
  { quality: 'strong', seniority: 'senior', wording: 'standard', length: 'long' },
];
const NEAR_MISS_MIX: Archetype[] = [
  { quality: 'strong', seniority: 'senior', wording: 'standard', length: 'normal' },
  { quality: 'average', seniority: 'mid', wording: 'standard', length: 'normal' },
  { quality: 'strong', seniority: 'mid', wording: 'standard', length: 'short' },
  { quality: 'weak', seniority: 'junior', wording: 'standard', length: 'long' },
  { quality: 'average', seniority: 'senior', wording: 'standard', length: 'long' },
];

/** Where a profession's people usually come from (a nurse was often a healthcare assistant first). */
const GREW_FROM: Record<string, string> = {
  'backend-developer': 'frontend-developer',
  'frontend-developer': 'ux-designer',
  'data-scientist': 'data-analyst',
  accountant: 'bookkeeper',
  'registered-nurse': 'healthcare-assistant',
  chef: 'line-cook',
  'marketing-manager': 'sales-executive',
  teacher: 'teaching-assistant',
};

/** How many near-miss CVs each near-miss profession has. */
const NEAR_MISS_COUNT: Record<string, number> = {
  'devops-engineer': 3,
  'data-engineer': 4,
  'ux-designer': 3,
  'data-analyst': 4,
  bookkeeper: 5,
  'line-cook': 5,
  'healthcare-assistant': 5,
  'sales-executive': 5,
  'teaching-assistant': 5,
};

interface PlannedCv {
  file: string;
  profession: string;
  archetype: Archetype;
  text: string;
}

export interface CvLabel {
  profession: string;
  kind: 'same-profession' | 'near-miss' | 'keyword-stuffer';
  note: string;
  /** For keyword stuffers: the job whose keywords the CV pastes. */
  stuffs?: string;
}

export interface Labels {
  asOf: string;
  /** The grade that counts as relevant for precision and ROC-AUC. */
  relevantGrade: number;
  grades: { '2': string; '1': string; '0': string };
  jobs: Record<string, { file: string; title: string; adjacent: string[] }>;
  cvs: Record<string, CvLabel>;
  /** job id -> CV file -> grade (0, 1, 2). */
  relevance: Record<string, Record<string, number>>;
}

// ---------------------------------------------------------------- people

const FIRST = (
  'Aisha Ben Chloe Daniel Ewa Fatima George Hannah Ibrahim Jade Kieran Laura Mohammed Niamh Oliver ' +
  'Priya Quentin Rosa Samuel Tanya Usman Victoria William Ximena Yusuf Zara Amelia Bartosz Ciara ' +
  'Dev Eleanor Femi Grace Harvey Ines Jamal Katarzyna Liam Mei Nathan Olivia Patrick Rhys Sofia ' +
  'Tom Uchenna Valentina Wei Yasmin Zoltan Adebayo Bethany Connor Deepa Emeka Freya Gareth Hiroshi ' +
  'Isla Joanna Kwame Leah Marek Nadia Owen Pooja Ravi Siobhan Theo Umar Vanessa Andrei Bronwen ' +
  'Callum Dimitra Elif Finn Gabriela Hamza Imogen Jakub Kirsty Lucas Maryam Nikhil Orla Paulina ' +
  'Rory Sana Tariq Ursula Vikram Wiktoria Adam Becky Carlos Danielle Ethan Farah Gemma Haruto Ifeoma ' +
  'Jessica Kofi Lily Matteo'
).split(' ');
const LAST = (
  'Ahmed Bennett Chowdhury Davies Evans Fraser Garcia Hughes Iqbal Jones Kaur Lewis Morgan Nowak ' +
  'Okafor Patel Quinn Roberts Singh Thompson Usman Vaughan Walsh Xu Young Zielinski Adeyemi Baker ' +
  "Campbell Doyle Edwards Fernandes Green Hassan Ivanova Jackson Kowalski Li Murphy Nguyen O'Brien " +
  'Parry Rahman Shah Turner Mensah Wright Yilmaz Anderson Brown Clarke Dunn Ellis Fletcher Gill ' +
  'Holmes Ibrahim Jenkins Khan Lopez McDonald Nicholson Osei Pearson Reid Stewart Tanaka Wood'
).split(' ');

// ---------------------------------------------------------------- building one CV

interface Role {
  title: string;
  org: string;
  city: string;
  start: number; // months since year 0
  end: number | null; // null = present
  bullets: string[];
}

interface CvModel {
  name: string;
  headline: string;
  email: string;
  phone: string;
  location: string;
  link: string | null;
  summary: string | null;
  roles: Role[];
  education: { degree: string; institution: string; year: number }[];
  certs: string[];
  skills: string[];
  skillsHeading: string;
  extras: { heading: string; lines: string[] }[];
  /** Put the skills block before the experience (stuffers, some juniors). */
  skillsFirst: boolean;
  chronological: boolean;
}

const AS_OF_MONTH = Number(AS_OF.slice(0, 4)) * 12 + Number(AS_OF.slice(5, 7)) - 1;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function yearsFor(seniority: Seniority, r: Random): number {
  if (seniority === 'junior') return r.int(10, 30);
  if (seniority === 'mid') return r.int(38, 78);
  return r.int(90, 170);
}

function titleFor(p: Profession, seniority: Seniority, wording: Wording, r: Random): string {
  const pool = wording === 'other-words' && p.altTitles ? p.altTitles[seniority] : p.titles[seniority];
  return r.pick(pool.length ? pool : p.titles.mid);
}

function bulletsFor(
  p: Profession,
  quality: Quality,
  wording: Wording,
  count: number,
  used: Set<string>,
  r: Random,
): string[] {
  const pools: string[][] =
    quality === 'strong'
      ? [p.strong, p.strong, p.plain]
      : quality === 'average'
        ? [p.plain, p.strong, p.plain, p.weak]
        : [p.weak, p.plain, p.weak];
  if (wording === 'other-words' && p.alt) pools.push(p.alt, p.alt, p.alt, p.alt);
  const out: string[] = [];
  for (let guard = 0; out.length < count && guard < 200; guard++) {
    const pool = r.pick(pools);
    const template = r.pick(pool);
    if (used.has(template)) continue;
    used.add(template);
    out.push(fill(template, r));
  }
  return out;
}

function skillsFor(p: Profession, a: Archetype, r: Random): string[] {
  const n = a.length === 'short' ? r.int(6, 9) : a.quality === 'weak' ? r.int(4, 7) : r.int(8, 12);
  const pool =
    a.wording === 'other-words' && p.altSkills ? [...p.altSkills, ...r.sample(p.skills, 4)] : p.skills;
  const chosen = r.sample(pool, n);
  if (a.quality === 'weak') chosen.push(...r.sample(GENERIC_SKILLS, r.int(3, 5)));
  return chosen;
}

function summaryFor(p: Profession, a: Archetype, title: string, years: number, r: Random): string | null {
  const pool =
    a.wording === 'other-words' && p.summaries.alt
      ? p.summaries.alt
      : a.quality === 'strong'
        ? p.summaries.strong
        : a.quality === 'average'
          ? p.summaries.plain
          : p.summaries.weak;
  const qual = r.pick(['ACCA qualified', 'CIMA qualified', 'ACA', 'ACCA finalist']);
  const pin = `${r.int(10, 24)}${r.pick(['A', 'B', 'C', 'E', 'H'])}${r.int(1000, 9999)}${r.pick(['E', 'O', 'S'])}`;
  let text = fill(r.pick(pool), r)
    .replace(/\{title\}/g, title)
    .replace(/\{years\} years/g, years < 2 ? 'over a year' : `${Math.floor(years)} years`)
    .replace(/\{years\}/g, String(Math.max(1, Math.floor(years))))
    .replace(/\{label\}/g, p.label)
    .replace(/\{qual\}/g, qual)
    .replace(/\{pin\}/g, pin);
  if (a.quality === 'weak' || a.length === 'long') {
    text += ' ' + r.sample(GENERIC_WEAK_SUMMARY, a.length === 'long' ? 3 : 1).join(' ');
  }
  if (a.length === 'short' && a.quality === 'strong' && r.chance(0.4)) return null;
  return text;
}

function buildRoles(
  p: Profession,
  a: Archetype,
  months: number,
  historyOf: Profession | null,
  r: Random,
): Role[] {
  const roleCount =
    a.seniority === 'junior'
      ? r.int(1, 2)
      : a.seniority === 'mid'
        ? r.int(2, 3)
        : r.int(3, 4) + (a.length === 'long' ? 1 : 0);
  const historyRoles = historyOf ? r.int(1, 2) : 0;
  const total = roleCount + historyRoles;
  // Durations that add up to `months`, none under 6.
  const weights = Array.from({ length: total }, () => 0.6 + r.next());
  const sum = weights.reduce((s, w) => s + w, 0);
  const lengths = weights.map((w) => Math.max(6, Math.round((w / sum) * months)));
  const endsEarly = r.chance(0.2) ? r.int(1, 5) : 0;
  let end = AS_OF_MONTH - endsEarly;
  const used = new Set<string>();
  const roles: Role[] = [];
  const employers = r.shuffle(p.employers);
  const city = r.pick(CITIES);
  for (let i = 0; i < total; i++) {
    const isHistory = i >= roleCount;
    const prof = isHistory ? historyOf! : p;
    const length = lengths[i]!;
    const start = end - length;
    const seniority: Seniority = isHistory
      ? i === total - 1
        ? 'junior'
        : 'mid'
      : i === 0
        ? a.seniority
        : i === roleCount - 1 && roleCount > 1
          ? 'junior'
          : a.seniority === 'senior'
            ? 'mid'
            : 'junior';
    const recent = i === 0;
    const perRole =
      a.length === 'short'
        ? recent
          ? r.int(2, 3)
          : r.int(1, 2)
        : a.length === 'long'
          ? recent
            ? r.int(5, 7)
            : r.int(3, 6)
          : recent
            ? r.int(3, 5)
            : r.int(2, 3);
    const quality: Quality = isHistory ? 'average' : a.quality;
    roles.push({
      title: titleFor(prof, seniority, isHistory ? 'standard' : a.wording, r),
      org: isHistory ? r.pick(prof.employers) : employers[i % employers.length]!,
      city: r.chance(0.7) ? city : r.pick(CITIES),
      start,
      end: i === 0 && endsEarly === 0 ? null : end,
      bullets: bulletsFor(prof, quality, isHistory ? 'standard' : a.wording, perRole, used, r),
    });
    // A short gap between some roles.
    end = start - (r.chance(0.25) ? r.int(1, 4) : 0);
  }
  return roles;
}

/** Vocational qualifications come from colleges, degrees from universities. */
function institutionFor(degree: string, r: Random): string {
  return /NVQ|City & Guilds|Level|Diploma in Professional|AAT|BTEC|GCSE|Chef Diploma|A-levels|Access/.test(
    degree,
  )
    ? r.pick(COLLEGES)
    : r.pick(UNIVERSITIES);
}

function buildCv(
  p: Profession,
  a: Archetype,
  name: string,
  r: Random,
): CvModel & { history: Profession | null } {
  const years = yearsFor(a.seniority, r);
  const history =
    a.history === 'progression'
      ? profession(GREW_FROM[p.id] ?? p.id)
      : a.history === 'career-change'
        ? r.pick(UNRELATED)
        : null;
  const historyMonths = history ? r.int(24, 60) : 0;
  const roles = buildRoles(p, a, years + historyMonths, history, r);
  const headline = roles[0]!.title;
  const [first, last] = name.split(' ') as [string, string];
  const handle = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  const careerStart = Math.floor(roles[roles.length - 1]!.start / 12);
  const degree = r.pick(p.degrees);
  const institution = institutionFor(degree, r);
  const education = [{ degree, institution, year: careerStart - (r.chance(0.5) ? 0 : 1) }];
  if (a.history === 'career-change') {
    // Retrained for the new profession.
    const retrain = r.pick(p.degrees.filter((d) => d !== degree)) ?? degree;
    education.unshift({
      degree: retrain,
      institution: institutionFor(retrain, r),
      year: Math.floor(roles[roles.length - (history ? 2 : 1)]!.start / 12),
    });
  }
  if (a.length === 'long' && r.chance(0.6)) {
    education.push({
      degree:
        'A-levels: ' +
        r
          .sample(['Biology', 'Chemistry', 'Maths', 'English', 'History', 'Business', 'Art', 'Physics'], 3)
          .join(', '),
      institution: r.pick(COLLEGES),
      year: careerStart - 4,
    });
  }
  const certs =
    p.certs && a.quality !== 'weak' ? r.sample(p.certs, a.seniority === 'junior' ? 1 : r.int(1, 2)) : [];
  const extras: CvModel['extras'] = [];
  if (a.length === 'long') {
    extras.push({ heading: 'Interests', lines: [r.pick(INTERESTS)] });
    if (r.chance(0.6)) {
      extras.push({
        heading: 'Personal Details',
        lines: [
          `Date of birth: ${r.int(1, 28)}/${r.int(1, 12)}/${careerStart - 21}`,
          `Nationality: ${r.pick(['British', 'Irish', 'Polish', 'Nigerian', 'Indian', 'Spanish'])}`,
          `Marital status: ${r.pick(['Single', 'Married'])}`,
          'Full UK driving licence',
        ],
      });
    }
    extras.push({ heading: 'References', lines: ['Available on request.'] });
  }
  const layoutLink =
    p.id.includes('developer') ||
    p.id.includes('engineer') ||
    p.id.includes('data') ||
    p.id === 'ux-designer';
  return {
    history,
    name,
    headline,
    email: `${handle}${r.chance(0.3) ? r.int(1, 99) : ''}@${r.pick(['example.com', 'example.org', 'mail.example.net'])}`,
    phone: `+44 7700 900${String(r.int(0, 999)).padStart(3, '0')}`,
    location: `${roles[0]!.city}, UK`,
    link:
      layoutLink && r.chance(0.7)
        ? `github.com/${handle.replace('.', '')}`
        : r.chance(0.3)
          ? `linkedin.com/in/${handle.replace('.', '-')}`
          : null,
    summary: summaryFor(p, a, headline, years / 12, r),
    roles,
    education,
    certs,
    skills: skillsFor(p, a, r),
    skillsHeading: r.pick([
      'Skills',
      'Key Skills',
      'Core Skills',
      'Technical Skills',
      'Skills and Qualifications',
    ]),
    extras,
    skillsFirst: a.seniority === 'junior' && r.chance(0.4),
    chronological: a.quality === 'weak' && r.chance(0.5),
  };
}

/** A CV of an unrelated job with a pasted list of the target job's keywords. */
function buildStuffer(real: Profession, job: JobDef, name: string, variant: number, r: Random): CvModel {
  const a: Archetype = {
    quality: 'average',
    seniority: r.pick(['mid', 'senior'] as const),
    wording: 'standard',
    length: 'normal',
  };
  const cv = buildCv(real, a, name, r);
  const keywords = r.shuffle(job.stuffing);
  cv.summary =
    variant === 0
      ? `Motivated and enthusiastic ${real.label} looking for my first role as a ${job.title}. Skilled in ${keywords.slice(0, 6).join(', ')} and more. Fast learner with a passion for the work.`
      : `${job.title} | ${keywords.slice(0, 8).join(' | ')}. Hard-working, reliable and ready to bring my transferable skills to a ${job.title.toLowerCase()} position.`;
  cv.headline = variant === 0 ? `Aspiring ${job.title}` : job.title;
  cv.skills = variant === 0 ? keywords : [...keywords, ...r.sample(job.stuffing, 8)];
  cv.skillsHeading = variant === 0 ? 'Key Skills' : 'Skills & Keywords';
  cv.skillsFirst = true;
  if (variant === 1) {
    // Pastes the posting's requirement lines as a statement of what they bring.
    const requirementLines = job.posting
      .split('\n## ')
      .find((s) => s.startsWith('Requirements'))!
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    cv.extras.unshift({ heading: 'What I Bring', lines: requirementLines });
  }
  cv.certs = [];
  return cv;
}

// ---------------------------------------------------------------- rendering

function ym(month: number, style: string): string {
  const y = Math.floor(month / 12);
  const m = month % 12;
  switch (style) {
    case 'Mon YYYY':
      return `${MONTHS[m]} ${y}`;
    case 'Month YYYY':
      return `${MONTHS_LONG[m]} ${y}`;
    case 'MM/YYYY':
      return `${String(m + 1).padStart(2, '0')}/${y}`;
    default:
      return String(y);
  }
}

function dates(role: Role, style: string, dash: string): string {
  return `${ym(role.start, style)}${dash}${role.end === null ? 'Present' : ym(role.end, style)}`;
}

function render(cv: CvModel, layout: Layout, dateStyle: string, r: Random): string {
  const roles = cv.chronological ? [...cv.roles].reverse() : cv.roles;
  const dash = r.pick([' – ', ' - ', ' to ']);
  const contact = [cv.email, cv.phone, cv.location, ...(cv.link ? [cv.link] : [])];
  const out: string[] = [];
  const heading = (h: string) => {
    if (layout === 'markdown') out.push('', `## ${h}`, '');
    else if (layout === 'caps')
      out.push('', h.toUpperCase(), ...(r.chance(0.5) ? ['-'.repeat(h.length)] : []));
    else out.push('', h);
  };
  const bullet = layout === 'pipe' ? '• ' : layout === 'dated-first' ? '* ' : '- ';
  // Header
  if (layout === 'markdown') {
    out.push(`# ${cv.name}`, '', `**${cv.headline}**`, '', contact.join(' · '));
  } else if (layout === 'caps') {
    out.push(cv.name, cv.headline, `Email: ${cv.email}`, `Phone: ${cv.phone}`, `Location: ${cv.location}`);
    if (cv.link) out.push(cv.link);
  } else {
    out.push(cv.name, `${cv.headline}`, contact.join(' | '));
  }
  const skillsBlock = () => {
    if (!cv.skills.length) return;
    heading(cv.skillsHeading);
    if (cv.skills.length > 14 || layout === 'compact' || r.chance(0.6)) out.push(cv.skills.join(', '));
    else out.push(...cv.skills.map((s) => `${bullet}${s}`));
  };
  if (cv.summary) {
    heading(r.pick(['Profile', 'Summary', 'Professional Summary', 'Personal Statement', 'About Me']));
    out.push(cv.summary);
  }
  for (const extra of cv.extras.filter((e) => e.heading === 'What I Bring')) {
    heading(extra.heading);
    out.push(...extra.lines.map((l) => `${bullet}${l}`));
  }
  if (cv.skillsFirst) skillsBlock();
  heading(
    r.pick([
      'Experience',
      'Work Experience',
      'Employment History',
      'Professional Experience',
      'Career History',
    ]),
  );
  roles.forEach((role, i) => {
    if (i > 0 || layout === 'markdown') out.push('');
    const d = dates(role, dateStyle, dash);
    if (layout === 'markdown') out.push(`### ${role.title} — ${role.org}, ${role.city}`, '', `_${d}_`, '');
    else if (layout === 'caps') out.push(`${role.title} — ${role.org}, ${role.city}`, d);
    else if (layout === 'pipe') out.push(`${role.title} | ${role.org}, ${role.city} | ${d}`);
    else if (layout === 'dated-first') out.push(`${d}: ${role.title}, ${role.org} (${role.city})`);
    else out.push(`${role.title}, ${role.org}, ${d}`);
    out.push(...role.bullets.map((b) => `${bullet}${b}`));
  });
  heading('Education');
  cv.education.forEach((e, i) => {
    if (i > 0 && layout === 'markdown') out.push('');
    if (layout === 'pipe') out.push(`${e.degree} | ${e.institution} | ${e.year}`);
    else if (layout === 'markdown') out.push(`**${e.degree}**, ${e.institution} (${e.year})`);
    else out.push(`${e.degree}, ${e.institution}, ${e.year}`);
  });
  if (cv.certs.length) {
    heading('Certifications');
    out.push(...cv.certs.map((c) => `${bullet}${c}`));
  }
  if (!cv.skillsFirst) skillsBlock();
  for (const extra of cv.extras.filter((e) => e.heading !== 'What I Bring')) {
    heading(extra.heading);
    out.push(...extra.lines);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

// ---------------------------------------------------------------- the corpus

function describe(a: Archetype, kind: CvLabel['kind'], p: Profession, history: string | null): string {
  const parts = [
    a.quality,
    a.seniority,
    a.length === 'normal' ? '' : a.length,
    a.wording === 'other-words' ? 'other words' : '',
  ];
  if (kind === 'keyword-stuffer') return `${p.label} pasting the ${a.stuffs} keywords`;
  if (history)
    parts.push(a.history === 'progression' ? `was a ${history} first` : `career change from ${history}`);
  return parts.filter(Boolean).join(', ');
}

/** Every file of the corpus (path relative to bench/rank -> content) and the labels, formatted. */
export async function buildCorpus(): Promise<Map<string, string>> {
  const r = new Random(SEED);
  const names = r.shuffle(
    FIRST.flatMap((f, i) => [
      `${f} ${LAST[(i * 7) % LAST.length]}`,
      `${f} ${LAST[(i * 13 + 5) % LAST.length]}`,
    ]),
  );
  let nameIndex = 0;
  const nextName = () => names[nameIndex++]!;
  const planned: PlannedCv[] = [];
  const labels: Record<string, CvLabel> = {};
  const layouts: Layout[] = ['caps', 'markdown', 'pipe', 'dated-first', 'compact'];
  const dateStyles = ['Mon YYYY', 'Month YYYY', 'MM/YYYY', 'YYYY', 'Mon YYYY'];

  const add = (p: Profession, a: Archetype, kind: CvLabel['kind'], cv: CvModel, history: string | null) => {
    const layout = r.pick(layouts);
    const ext = layout === 'markdown' ? 'md' : 'txt';
    const n = planned.filter((c) => c.profession === p.id).length + 1;
    const file = `${p.id}-${String(n).padStart(2, '0')}.${ext}`;
    const dateStyle = a.quality === 'weak' && r.chance(0.3) ? 'YYYY' : r.pick(dateStyles);
    planned.push({ file, profession: p.id, archetype: a, text: render(cv, layout, dateStyle, r) });
    labels[file] = {
      profession: p.id,
      kind,
      note: describe(a, kind, p, history),
      ...(a.stuffs ? { stuffs: a.stuffs } : {}),
    };
  };

  for (const job of JOBS) {
    const p = profession(job.id);
    const mix = r
      .shuffle(CORE_MIX)
      .slice(0, job.id === 'marketing-manager' || job.id === 'teacher' ? 11 : 12);
    for (const a of mix) {
      const cvRandom = new Random(r.int(1, 2 ** 31));
      const cv = buildCv(p, a, nextName(), cvRandom);
      add(p, a, 'same-profession', cv, cv.history?.label ?? null);
    }
  }
  for (const [id, count] of Object.entries(NEAR_MISS_COUNT)) {
    const p = profession(id);
    for (const a of r.shuffle(NEAR_MISS_MIX).slice(0, count))
      add(p, a, 'near-miss', buildCv(p, a, nextName(), new Random(r.int(1, 2 ** 31))), null);
  }
  const stufferJobs = r.shuffle(UNRELATED);
  JOBS.forEach((job, j) => {
    for (const variant of [0, 1]) {
      const real = stufferJobs[(j * 2 + variant) % stufferJobs.length]!;
      const a: Archetype = {
        quality: 'average',
        seniority: 'mid',
        wording: 'standard',
        length: 'normal',
        stuffs: job.id,
      };
      add(
        real,
        a,
        'keyword-stuffer',
        buildStuffer(real, job, nextName(), variant, new Random(r.int(1, 2 ** 31))),
        null,
      );
    }
  });

  const relevance: Labels['relevance'] = {};
  for (const job of JOBS) {
    relevance[job.id] = Object.fromEntries(
      planned.map((c) => [
        c.file,
        labels[c.file]!.kind === 'keyword-stuffer' ? 0 : gradeFor(job, c.profession),
      ]),
    );
  }
  const labelFile: Labels = {
    asOf: AS_OF,
    relevantGrade: 2,
    grades: {
      '2': 'same profession as the posting',
      '1': 'adjacent profession (a near miss that shares vocabulary)',
      '0': 'other profession, including keyword stuffers',
    },
    jobs: Object.fromEntries(
      JOBS.map((j) => [j.id, { file: `jobs/${j.id}.md`, title: j.title, adjacent: j.adjacent }]),
    ),
    cvs: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1))),
    relevance,
  };

  const files = new Map<string, string>();
  const config = (await resolveConfig(join(BENCH_DIR, 'labels.json'))) ?? {};
  const pretty = (text: string, parser: 'markdown' | 'json') => format(text, { ...config, parser });
  for (const job of JOBS) files.set(`jobs/${job.id}.md`, await pretty(job.posting, 'markdown'));
  for (const cv of planned) {
    files.set(`cvs/${cv.file}`, cv.file.endsWith('.md') ? await pretty(cv.text, 'markdown') : cv.text);
  }
  files.set('labels.json', await pretty(JSON.stringify(labelFile), 'json'));
  return files;
}

async function main(): Promise<void> {
  const files = await buildCorpus();
  for (const dir of ['jobs', 'cvs']) rmSync(join(BENCH_DIR, dir), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(BENCH_DIR, path)), { recursive: true });
    writeFileSync(join(BENCH_DIR, path), text);
  }
  const cvs = readdirSync(join(BENCH_DIR, 'cvs')).length;
  console.log(`Wrote ${JOBS.length} postings, ${cvs} CVs and labels.json to ${BENCH_DIR}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
