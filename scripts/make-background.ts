// Builds data/background.json: document frequencies of a general corpus of work-related text, the
// "background" that the relevance criterion (src/score/criteria/relevance.ts) weighs a posting's
// terms against, so "kubernetes" or "venepuncture" count for much and "team" or "experience" for
// little. The texts are generated here, from the skills taxonomy's categories and names and general
// business English, over every profession the taxonomy knows; none comes from the ranking benchmark
// (bench/rank), which is measured against, so the benchmark never leaks into the scorer.
// Deterministic: a seeded PRNG, so the file only changes when this script or the taxonomy does.
//   npx tsx scripts/make-background.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { DATA_DIR, loadTaxonomy, loadWordLists } from '../src/data.js';
import { terms, type Background } from '../src/score/terms.js';

const SEED = 424242;
const DOCUMENTS = { postings: 450, profiles: 400, general: 150 };
/** Terms seen in a single document are dropped: they carry no frequency and bloat the file. */
const MIN_DF = 2;

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
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

/** Fills `{a|b|c}` with one of the options and `{3-9}` with a number in the range. */
function fill(template: string, r: Random): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, body: string) => {
    const range = /^(\d+)-(\d+)$/.exec(body);
    if (range) return String(r.int(Number(range[1]), Number(range[2])));
    return body.includes('|') ? r.pick(body.split('|')) : whole;
  });
}

/** Job titles for the taxonomy's categories (the categories that name no job lend their skills). */
const ROLES: Record<string, string[]> = {
  'accounting-software': ['Finance Systems Analyst', 'Accounts Assistant'],
  api: ['Integration Developer', 'API Developer'],
  architecture: ['Solutions Architect', 'Software Architect'],
  'backend-framework': ['Java Developer', 'Software Developer'],
  'ci-cd': ['Release Engineer', 'Build Engineer'],
  cloud: ['Cloud Engineer', 'Cloud Architect'],
  cms: ['WordPress Developer', 'Web Content Editor'],
  construction: ['Site Manager', 'Quantity Surveyor', 'Carpenter', 'Bricklayer'],
  container: ['Platform Engineer'],
  culinary: ['Chef de Partie', 'Cook', 'Baker', 'Head Chef'],
  'customer-service': ['Customer Service Advisor', 'Customer Experience Lead'],
  'data-engineering': ['Data Engineer', 'ETL Developer'],
  'data-science': ['Data Analyst', 'Insight Analyst', 'Data Scientist'],
  database: ['Database Administrator', 'SQL Developer'],
  design: ['Graphic Designer', 'Product Designer'],
  desktop: ['Desktop Support Engineer'],
  devops: ['DevOps Engineer'],
  'education-teaching': ['Primary Teacher', 'Lecturer', 'Teaching Assistant', 'English Teacher'],
  'engineering-electrical': ['Electrician', 'Electrical Engineer'],
  'engineering-mechanical': ['Mechanical Engineer', 'Maintenance Technician'],
  'finance-accounting': ['Accountant', 'Financial Analyst', 'Credit Controller', 'Payroll Officer'],
  'food-safety': ['Food Safety Manager', 'Quality Technician'],
  frontend: ['Front End Developer', 'Web Developer'],
  'health-safety': ['Health and Safety Advisor'],
  'healthcare-clinical': ['Physiotherapist', 'Paramedic', 'Dental Nurse', 'Occupational Therapist'],
  hospitality: ['Hotel Receptionist', 'Restaurant Manager', 'Bartender', 'Events Coordinator'],
  hr: ['HR Advisor', 'Recruiter', 'HR Business Partner'],
  'it-support': ['IT Support Technician', 'Service Desk Analyst'],
  'language-spoken': ['Interpreter', 'Translator'],
  legal: ['Paralegal', 'Solicitor', 'Legal Secretary'],
  logistics: ['Warehouse Supervisor', 'Transport Planner', 'HGV Driver'],
  'machine-learning': ['Machine Learning Engineer'],
  marketing: ['Marketing Executive', 'Social Media Manager', 'Brand Manager'],
  messaging: ['Integration Engineer'],
  methodology: ['Project Manager', 'Scrum Master'],
  mobile: ['iOS Developer', 'Android Developer'],
  monitoring: ['Site Reliability Engineer'],
  networking: ['Network Engineer'],
  nursing: ['Staff Nurse', 'Community Nurse', 'Midwife', 'Mental Health Nurse'],
  office: ['Office Manager', 'Administrator', 'Personal Assistant'],
  os: ['Systems Administrator'],
  pharmacy: ['Pharmacy Technician', 'Pharmacist'],
  product: ['Product Manager', 'Product Owner'],
  'programming-language': ['Software Engineer', 'Programmer'],
  retail: ['Store Manager', 'Retail Assistant', 'Visual Merchandiser'],
  sales: ['Sales Executive', 'Account Manager'],
  security: ['Security Analyst', 'Penetration Tester'],
  'social-care': ['Support Worker', 'Social Worker', 'Care Coordinator'],
  'software-engineering': ['Software Engineer'],
  'supply-chain': ['Buyer', 'Procurement Officer', 'Supply Chain Analyst'],
  testing: ['QA Engineer', 'Test Analyst'],
  'web-framework': ['Full Stack Developer'],
};

const ORGS = [
  'a family-owned business',
  'a national charity',
  'a fast-growing start-up',
  'a regional housing association',
  'a global manufacturer',
  'a local authority',
  'an independent retailer',
  'a professional services firm',
  'a university',
  'a hospital trust',
  'a logistics group',
  'a software company',
  'a hotel group',
  'an engineering consultancy',
  'a public sector body',
];
const CITIES =
  'London Manchester Birmingham Leeds Glasgow Edinburgh Bristol Cardiff Belfast Liverpool Newcastle Sheffield ' +
  'Nottingham Leicester Coventry Southampton Portsmouth Plymouth Exeter Bath Oxford Cambridge Norwich Ipswich York ' +
  'Hull Bradford Derby Stoke Wolverhampton Reading Swindon Brighton Canterbury Aberdeen Dundee Inverness Swansea ' +
  'Newport Sunderland Middlesbrough Preston Blackpool Lincoln Peterborough Milton Keynes Luton Chelmsford Colchester';
const PLACES = [
  'in {city}',
  'in central {city}',
  'on a hybrid basis in {city}',
  'fully remote within the UK',
  'across three sites near {city}',
  'at our head office in {city}',
  'in the north of England',
  'in the Midlands',
  'in the South West',
  'in Scotland',
  'in Wales',
  'in Northern Ireland',
  'near {city}, with some travel',
];
const POSTING_OPENERS = [
  'We are looking for a {role} to join our team {place}.',
  'An exciting opportunity has arisen for a {role} at {org} {place}.',
  'Are you an experienced {role}? We are {org} and we are growing.',
  'We are recruiting a {role} on a {permanent|fixed-term|part-time|full-time} contract.',
  'Our client, {org}, is hiring a {role} {place}.',
];
const DUTIES = [
  'You will {plan|deliver|coordinate|support|improve|oversee} {the daily operations of the department|a busy workload|projects from start to finish|the service we give our customers|the quality of our work}.',
  'The role involves working with {colleagues across the business|external partners|senior managers|clients and suppliers|a small friendly team}.',
  'You will keep accurate records and prepare {weekly|monthly|regular} reports for the manager.',
  'Day to day you will use {skill} and {skill}, and you will help the team adopt {skill}.',
  'Responsibilities include {skill}, {skill} and making sure standards are met.',
  'You will be the first point of contact for questions about {skill}.',
  'You will train new starters and share good practice.',
  'You will follow company policies and procedures and meet agreed deadlines.',
  'You will design, build and maintain {processes|systems|services|schedules|plans} that the wider business relies on.',
  'You will manage a budget and make sure resources are used well.',
  'You will take ownership of your work and look for ways to do things better.',
  'You will help plan and deliver change, keeping stakeholders informed at every stage.',
  'You will monitor performance against targets and act early when something goes wrong.',
  'You will handle enquiries by phone, email and in person, resolving most of them at first contact.',
  'You will check that health and safety rules are followed and report any incidents.',
  'You will support the manager with audits, inspections and quality checks.',
  'You will look after {customers|clients|patients|pupils|residents|guests|members of the public} and make sure their needs are met.',
  'You will analyse information, spot trends and recommend improvements.',
  'You will lead a small team, setting priorities and giving feedback.',
  'You will write clear documents, from short updates to detailed reports.',
  'You will order supplies, check deliveries and keep stock records accurate.',
  'You will organise rotas and make sure shifts are covered.',
  'You will take part in meetings with other departments and contribute ideas.',
  'You will work on {several|multiple|varied|long-running|short} projects at once and manage competing priorities.',
];
const WANTS = [
  'You will have experience of {skill} and {skill}.',
  'Knowledge of {skill} is essential; {skill} would be an advantage.',
  'We would like you to hold {cert} or be working towards it.',
  'A relevant qualification and {2-5} years of experience in a similar role are required.',
  'You are organised, reliable and able to manage your own time.',
  'Strong written and spoken communication is important in this role.',
  'Experience with {skill}, {skill} or similar tools is desirable.',
  'A degree or equivalent experience in a related field.',
  'A full driving licence and access to a car may be needed.',
  'You must have the right to work in the UK.',
  'This post is subject to an enhanced background check.',
  'You should be confident with computers and standard office software.',
  'Previous experience of managing people would be useful but is not essential.',
  'You will be comfortable working to deadlines and under pressure.',
  'Attention to detail and accuracy are vital.',
];
const OFFERS = [
  'We offer a competitive salary, {22-30} days of annual leave and a pension scheme.',
  'Benefits include flexible working, an employee assistance programme and free parking.',
  'You will receive full training, a clear path for progression and a friendly place to work.',
  'The salary is between £{20-60},000 and £{30-80},000 depending on experience.',
  'We are an equal opportunities employer and welcome applications from everyone.',
  'You will get {25-33} days of holiday plus bank holidays, a matched pension and private medical insurance.',
  'Perks include a cycle to work scheme, season ticket loans, employee discounts and an annual learning budget.',
  'We offer enhanced maternity and paternity pay, life assurance and a wellbeing allowance.',
  'This is a {permanent|temporary|fixed-term} role of {16-40} hours a week, Monday to Friday.',
  'Shifts include some evenings and weekends, paid at a higher rate.',
  'Relocation support is available for the right person.',
];
const APPLY = [
  'To apply, please send your CV and a covering letter.',
  'Applications close at the end of the month; interviews will be held shortly after.',
  'Please apply online with an up-to-date CV.',
  'For an informal chat about the role, contact the hiring manager.',
  'Send your CV to our recruitment team by email; we reply to every application.',
  'The closing date may be brought forward if we receive a high number of applications.',
  'Shortlisted people will be invited to a first interview by video call.',
  'Agencies need not apply.',
];
const PROFILE_OPENERS = [
  '{role} with {2-20} years of experience in {area}.',
  'Experienced {role} working in {area} for {org}.',
  'I am a {role} with a background in {area} and a practical approach to work.',
  'Dedicated {role} seeking a new position in {area}.',
];
const PROFILE_LINES = [
  '{verb} {skill} for {org}, working with {a team of 4|a wide range of clients|the operations manager|colleagues in other departments}.',
  '{verb} {skill} and {skill} across {2-12} {sites|projects|clients|teams|locations}.',
  'Used {skill} every day and trained {2-9} colleagues to use it.',
  'Skills include {skill}, {skill}, {skill} and {skill}.',
  'Qualifications: {cert}.',
  '{verb} processes that saved {5-40}% of the time they used to take.',
  'Known for reliability, good organisation and clear communication.',
  'Worked in a busy environment and met every deadline.',
  'Responsible for {skill} and for keeping records up to date.',
  'Duties included {skill}, answering queries and supporting the manager.',
  'Promoted to a senior position after {1-3} years.',
  'Completed training in {skill} and {cert}.',
  'Built good relationships with customers, suppliers and colleagues.',
  'Reduced costs by £{2-90}k a year by changing how the work was organised.',
  'Education: degree from a UK university; further training in {skill}.',
  'Interests include running, reading, travel and volunteering.',
  'References are available on request.',
  'Speak English and {French|Spanish|Polish|Urdu|Welsh|German|Arabic}.',
];
const GENERAL = [
  'The company reported higher revenue this year, helped by strong demand in its core markets and careful cost control.',
  'Managers are asked to hold regular one-to-one meetings with their team and to agree clear objectives for the year.',
  'The new policy sets out how staff can request flexible working and how the business will respond.',
  'Customer satisfaction scores rose after the service team changed how it handles complaints.',
  'The board approved the budget for the coming year, including investment in training and new equipment.',
  'Our values are simple: treat people fairly, do what we say and keep improving.',
  'The annual staff survey showed that most employees feel proud to work here, while workload remains a concern.',
  'All employees must complete mandatory training on data protection, health and safety and equality.',
  'The organisation is committed to reducing its carbon footprint and has set targets for the next five years.',
  'Meetings will move to the new office from next month; parking and travel information is on the intranet.',
  'We recruit for attitude and train for skill, and most of our managers started in entry-level roles.',
  'Quarterly results will be shared with all staff at the town hall meeting.',
  'The project was delivered on time and under budget thanks to close work between the teams involved.',
  'Suppliers are expected to meet our standards on quality, safety, ethics and prompt payment.',
  'Apprenticeships give school leavers the chance to earn while they learn and gain a recognised qualification.',
  'The service will be closed on bank holidays; urgent requests should be sent by email.',
  'Feedback from clients helps us understand what we do well and where we can do better.',
  'The induction programme covers the history of the company, how teams work together and where to find help.',
  'Performance reviews take place twice a year and look at achievements, development and wellbeing.',
  'Growth in online sales has changed how the business plans its stock and its staffing.',
  'The team moved to a new system last spring, and most of the early problems have now been solved.',
  'Sickness absence fell this year after the introduction of a wellbeing programme and better support for managers.',
  'Our head office is a short walk from the station, with secure cycle storage and showers.',
  'The business was founded thirty years ago and now employs more than two thousand people.',
  'A review of working practices found that too much time was spent on manual checks and duplicate data entry.',
  'The contract was renewed for another three years after a competitive tender.',
  'Inflation has raised the cost of energy, materials and wages, and prices have been adjusted to match.',
  'Volunteers give their time to help local communities, supported by two paid volunteering days each year.',
  'The charity supports families across the region with advice, practical help and emergency grants.',
  'The council consulted residents on its plans and published a summary of their responses.',
  'A new warehouse opened in the spring, creating one hundred and fifty jobs.',
  'Every department now has a named person responsible for data protection.',
  'The firm won an industry award for customer service and for its apprenticeship scheme.',
  'Staff can buy extra holiday through the salary sacrifice scheme.',
  'Leaders are expected to set a clear direction, remove obstacles and recognise good work.',
  'The audit found that controls were working well, with a few recommendations for improvement.',
  'Customers can now book, pay and track their orders online or through the app.',
  'The partnership brings together local employers, colleges and the council to close skills gaps.',
  'Hybrid working has become the norm for office staff, who spend two or three days a week on site.',
  'Sales in the second half were lower than expected, and the company will focus on its most profitable products.',
  'The regulator published new guidance, and every team must check its procedures against it.',
  'Thanks to everyone who took part in the charity bike ride, which raised more than ten thousand pounds.',
  'The new building is designed to use less energy, with solar panels, heat pumps and better insulation.',
  'Operations ran smoothly over the busy period despite staff shortages and bad weather.',
  'Training sessions on the new software will run every Tuesday and Thursday this month.',
  'Mental health first aiders are available in every building for anyone who needs to talk.',
  'Please make sure expense claims are submitted with receipts by the fifth working day of the month.',
  'The strategy for the next five years focuses on quality, growth and looking after our people.',
  'We measure success by how our customers feel, not only by what we sell.',
];
const VERBS = [
  'Managed',
  'Delivered',
  'Improved',
  'Coordinated',
  'Introduced',
  'Maintained',
  'Supported',
  'Led',
  'Organised',
  'Reviewed',
  'Planned',
  'Handled',
];

interface Skill {
  name: string;
  category: string;
  aliases: string[];
}

/** The background texts: posting-like, profile-like and general business paragraphs. */
export function backgroundTexts(): string[] {
  const r = new Random(SEED);
  const skills = loadTaxonomy() as Skill[];
  const byCategory = new Map<string, Skill[]>();
  for (const s of skills) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const certs = byCategory.get('certification') ?? [];
  const roleCategories = Object.keys(ROLES).filter((c) => byCategory.has(c));
  const softSkills = byCategory.get('soft-skill') ?? [];
  const skillOf = (category: string) => {
    // Mostly the category's own skills, some soft skills and office tools, as real texts mix them.
    const pool =
      r.next() < 0.8
        ? byCategory.get(category)!
        : r.pick([softSkills, byCategory.get('office') ?? softSkills]);
    const s = r.pick(pool);
    return r.next() < 0.25 && s.aliases.length ? r.pick(s.aliases) : s.name;
  };
  const area = (category: string) => category.replace(/-/g, ' ').replace('engineering ', 'engineering, ');
  const text = (templates: string[], category: string, role: string) =>
    templates
      .map((t) =>
        fill(t, r)
          .replace(/\{role\}/g, role)
          .replace(/\{org\}/g, r.pick(ORGS))
          .replace(/\{place\}/g, () => r.pick(PLACES).replace('{city}', r.pick(CITIES.split(' '))))
          .replace(/\{area\}/g, area(category))
          .replace(/\{verb\}/g, r.pick(VERBS))
          .replace(/\{cert\}/g, () => r.pick(certs).name)
          .replace(/\{skill\}/g, () => skillOf(category)),
      )
      .join(' ');

  /** A list of skills as postings and profiles carry one ("Tools: A, B, C."). */
  const toolsLine = (n: number) =>
    `${r.pick(['Tools and skills:', 'Skills:', 'Technical skills:', 'Key skills:', 'You will use'])} ${Array.from({ length: n }, () => '{skill}').join(', ')}.`;
  const out: string[] = [];
  for (let i = 0; i < DOCUMENTS.postings; i++) {
    const category = r.pick(roleCategories);
    const role = r.pick(ROLES[category]!);
    out.push(
      text(
        [
          r.pick(POSTING_OPENERS),
          ...r.sample(DUTIES, r.int(2, 4)),
          ...r.sample(WANTS, r.int(2, 3)),
          toolsLine(r.int(3, 7)),
          r.pick(OFFERS),
          r.pick(APPLY),
        ],
        category,
        role,
      ),
    );
  }
  for (let i = 0; i < DOCUMENTS.profiles; i++) {
    const category = r.pick(roleCategories);
    const role = r.pick(ROLES[category]!);
    out.push(
      text(
        [r.pick(PROFILE_OPENERS), ...r.sample(PROFILE_LINES, r.int(3, 5)), toolsLine(r.int(4, 9))],
        category,
        role,
      ),
    );
  }
  for (let i = 0; i < DOCUMENTS.general; i++) out.push(r.sample(GENERAL, r.int(2, 4)).join(' '));
  return out;
}

/** Document frequencies of the background texts, as the tokenizer counts terms. */
export function buildBackground(texts: string[], stopwords: ReadonlySet<string>): Background {
  const df: Record<string, number> = {};
  for (const t of texts) for (const term of new Set(terms(t, stopwords))) df[term] = (df[term] ?? 0) + 1;
  const kept = Object.keys(df)
    .filter((t) => df[t]! >= MIN_DF)
    .sort();
  return { documents: texts.length, df: Object.fromEntries(kept.map((t) => [t, df[t]!])) };
}

async function main(): Promise<void> {
  const background = buildBackground(backgroundTexts(), new Set(loadWordLists().stopwords));
  const path = join(DATA_DIR, 'background.json');
  const config = (await resolveConfig(path)) ?? {};
  const json = await format(JSON.stringify(background), { ...config, parser: 'json' });
  writeFileSync(path, json);
  console.log(
    `Wrote ${path}: ${background.documents} documents, ${Object.keys(background.df).length} terms, ${(json.length / 1024).toFixed(0)} KB`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
