import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalizeStatement, findYears } from './canonicalize-statement.ts';

test('canonicalizeStatement() turns duties into bare-verb imperatives', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(duty('You will lead the platform team.'), 'Lead the platform team');
  assert.equal(duty('Responsible for leading the platform team'), 'Lead the platform team');
  assert.equal(duty('Leading the platform team'), 'Lead the platform team');
  assert.equal(duty('Leads the platform team'), 'Lead the platform team');
  assert.equal(duty('Lead the platform team'), 'Lead the platform team');
  assert.equal(duty("You'll be responsible for managing budgets"), 'Manage budgets');
  assert.equal(duty('The successful candidate will be expected to manage budgets'), 'Manage budgets');
  assert.equal(
    duty('To provide a high standard of care to patients'),
    'Provide a high standard of care to patients',
  );
  assert.equal(
    duty('Designing, building and maintaining data pipelines'),
    'Design, build and maintain data pipelines',
  );
});

test('canonicalizeStatement() keeps nominal duties as written', () => {
  assert.deepEqual(canonicalizeStatement('Ownership of the technical roadmap', 'responsibilities'), {
    canonical: 'Ownership of the technical roadmap',
    years: null,
  });
});

test('canonicalizeStatement() drops Title Case labels and hiring frames (yc waas-98602, nhs 915700878)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(
    duty('Own Integrations: Build integrations with ERPs, banks, CRMs, HRIS, payroll, billing systems'),
    'Build integrations with ERPs, banks, CRMs, HRIS, payroll, billing systems',
  );
  assert.equal(
    duty('We are looking for Staff Nurses to work on our wards for mental ill health and eating disorders'),
    'Work on our wards for mental ill health and eating disorders',
  );
});

test('canonicalizeStatement() keeps requirements as noun phrases with the years as a number', () => {
  const req = (t: string) => canonicalizeStatement(t, 'requirements');
  assert.deepEqual(req('5+ years of experience with Kubernetes'), {
    canonical: 'Experience with Kubernetes',
    years: 5,
  });
  assert.deepEqual(req('Minimum of 3 years’ professional experience in software development'), {
    canonical: 'Experience in software development',
    years: 3,
  });
  assert.deepEqual(req('2+ years carrying and hitting a quota'), {
    canonical: 'Experience carrying and hitting a quota',
    years: 2,
  });
  assert.deepEqual(req('7+ years building distributed systems'), {
    canonical: 'Experience building distributed systems',
    years: 7,
  });
  assert.deepEqual(req('You have 3-5 years of experience leading teams'), {
    canonical: 'Experience leading teams',
    years: 3,
  });
  assert.deepEqual(req('A relevant nursing qualification and registration'), {
    canonical: 'Relevant nursing qualification and registration',
    years: null,
  });
  assert.equal(
    req('Ability to communicate clearly with executives').canonical,
    'Communicate clearly with executives',
  );
});

test('canonicalizeStatement() drops the "is a plus" of preferred statements', () => {
  assert.deepEqual(canonicalizeStatement('Experience with Go is a plus', 'preferred'), {
    canonical: 'Experience with Go',
    years: null,
  });
});

test('findYears() reads digits and number words, and the lower end of a range', () => {
  assert.equal(findYears('Minimum of five years’ experience'), 5);
  assert.equal(findYears('3-5 years in a similar role'), 3);
  assert.equal(findYears('Team of 40 engineers'), null);
  assert.equal(findYears('Founded in 2015'), null);
});

test('canonicalizeStatement() strips other subjects and markdown leftovers (tech-leadership listings)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(duty('You are responsible for hiring engineers'), 'Hire engineers');
  assert.equal(duty('You lead the platform team'), 'Lead the platform team');
  assert.equal(
    duty('The VP of Engineering will partner with business stakeholders'),
    'Partner with business stakeholders',
  );
  assert.equal(duty('\\- Own the roadmap_'), 'Own the roadmap');
});

test('canonicalizeStatement() turns a role-subject sentence into an imperative (tech-leadership listings)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(
    duty('The Head of Engineering oversees both Frontend and Backend development'),
    'Oversee both Frontend and Backend development',
  );
  assert.equal(duty('The Senior Director, Software Engineering will report to the SVP'), 'Report to the SVP');
  assert.equal(duty('This leader will lead teams that are co-located'), 'Lead teams that are co-located');
  assert.equal(
    duty('You should also be able to analyze the time and space complexity'),
    'Analyze the time and space complexity',
  );
});

test('canonicalizeStatement() leaves a leading past participle that modifies a noun alone (real NHS and tech-leadership lines)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  // nhs-jobs-2020 vacancy/916092653 and tech-leadership b6afa8541cfba0d0: adjectives, not "Register…", "Distribute…".
  assert.equal(
    duty(
      'Registered nurse/midwife who has worked within a Nurse/midwife led environment but who is also a team player',
    ),
    'Registered nurse/midwife who has worked within a Nurse/midwife led environment but who is also a team player',
  );
  assert.equal(
    duty('Distributed work environment with twice-yearly team sprints in person'),
    'Distributed work environment with twice-yearly team sprints in person',
  );
  // nhs-jobs-2020: "Located at St. Marks Hospital…" describes a place.
  assert.equal(
    duty('Located at St. Marks Hospital, Maidenhead'),
    'Located at St. Marks Hospital, Maidenhead',
  );
  // A gerund or a base verb still becomes the imperative.
  assert.equal(duty('Registering new patients'), 'Register new patients');
  assert.equal(duty('Distribute the weekly rota'), 'Distribute the weekly rota');
});

test('canonicalizeStatement() keeps a gerund that is the subject of the sentence (nhs-jobs-2020 916097810)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(
    duty('Working hours are 37.5 hours per week, which conventionally works as 3 long shifts every 3 weeks'),
    'Working hours are 37.5 hours per week, which conventionally works as 3 long shifts every 3 weeks',
  );
  assert.equal(duty('Training will be provided'), 'Training will be provided');
  assert.equal(duty('Working closely with the ward manager'), 'Work closely with the ward manager');
});

test('canonicalizeStatement() drops a participle phrase that sets the scene before "you will" (nhs-jobs-2020)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(
    duty(
      'Supported by the Ward Sisters and Matron, you will demonstrate and develop your professional accountability',
    ),
    'Demonstrate and develop your professional accountability',
  );
  // Without "you", the participle phrase is the statement itself and stays.
  assert.equal(duty('Supported by your manager'), 'Supported by your manager');
});

test('canonicalizeStatement() takes the duty after a reporting line and the subject (nhs-jobs-2020)', () => {
  const duty = (t: string) => canonicalizeStatement(t, 'responsibilities').canonical;
  assert.equal(
    duty(
      'Reporting to the POA lead Nurse the post holder is responsible for ensuring the safe assessment of patients',
    ),
    'Ensure the safe assessment of patients',
  );
  assert.equal(
    duty('The post holder is responsible for ensuring the safe assessment of patients'),
    'Ensure the safe assessment of patients',
  );
  // A reporting line on its own stays one.
  assert.equal(duty('Reporting to the CTO'), 'Report to the CTO');
});

test('canonicalizeStatement() strips the candidate frame and "will be required" from requirements (nhs-jobs-2020)', () => {
  const req = (t: string) => canonicalizeStatement(t, 'requirements').canonical;
  assert.equal(
    req('Successful candidate should have proven post registration experience'),
    'Post registration experience',
  );
  assert.equal(req('Post holders must have management skills/experience'), 'Management skills/experience');
  assert.equal(req('Current NMC registration will be required'), 'Current NMC registration');
});
