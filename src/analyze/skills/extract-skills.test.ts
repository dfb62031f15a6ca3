import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Section } from '../analyzed-listing.ts';
import { extractSkillCandidates, extractSkills, loadTaxonomy } from './index.ts';
import { listingLine, listingText } from './testing/shared-sentences.ts';

const taxonomy = loadTaxonomy();

/** [ESCO/tool label, evidence text] of every skill found, in text order. */
function found(text: string, sections?: Section[]): [string, string][] {
  return extractSkills(text, { taxonomy, sections })
    .flatMap((s) => s.spans.map((sp) => [sp.start, s.label, sp.text] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, label, span]) => [label, span]);
}

describe('extractSkills() on real listing lines', () => {
  it('links everyday names and acronyms: K8s, Postgres, Go in a stack list (tech-leadership#1580205af458a400)', () => {
    const line = listingLine('tech-leadership', '1580205af458a400', 'Hands-on coding');
    assert.deepEqual(found(line), [
      ['computer programming', 'coding'],
      ['Java (computer programming)', 'Java'],
      ['Go', 'Go'],
      ['Docker', 'Docker'],
      ['Kubernetes', 'K8s'],
      ['Apache Kafka', 'Kafka'],
      ['PostgreSQL', 'Postgres'],
    ]);
  });

  it('reads time series analysis as statistical forecasting and recommendation systems as recommender systems (indeed#5997805b465da573, #b256e29094239553)', () => {
    const labels = (record: string, start: string) =>
      found(listingLine('indeed-datascientist-2019', record, start)).map(([label]) => label);
    assert.ok(
      labels('5997805b465da573_fccid.html', 'Time series analysis').includes(
        'carry out statistical forecasts',
      ),
    );
    assert.ok(labels('b256e29094239553_fccid.html', 'Build or select').includes('build recommender systems'));
  });

  it('reads CI/CD as DevOps (tech-leadership#969338abbb12f4f2)', () => {
    const line = listingLine('tech-leadership', '969338abbb12f4f2', 'CI/CD');
    assert.deepEqual(found(line), [['DevOps', 'CI/CD']]);
  });

  it('reads "MS Excel" as the tool and R next to SQL as the language (indeed#a559b6630c13783d)', () => {
    const line = listingLine('indeed-datascientist-2019', 'a559b6630c13783d_fccid.html', 'MS Excel');
    assert.deepEqual(found(line), [
      ['manage data', 'Data Management'],
      ['R', 'R'],
      ['SQL', 'SQL'],
      ['Microsoft Excel', 'MS Excel'],
    ]);
  });

  it('reads AI/ML as machine learning (tech-leadership#44854931d07053d4)', () => {
    const line = listingLine('tech-leadership', '44854931d07053d4', 'Proven experience with AI/ML');
    assert.deepEqual(found(line), [['machine learning', 'AI/ML']]);
  });

  it('links cloud names AWS, Azure, GCP and Google Cloud Platform (tech-leadership#e7f385137b2cd421)', () => {
    const line = listingLine('tech-leadership', 'e7f385137b2cd421', 'Google Cloud Platform (GCP)');
    const labels = found(line).slice(0, 5);
    assert.deepEqual(labels, [
      ['cloud technologies', 'cloud platforms'],
      ['Amazon Web Services AWS software', 'AWS'],
      ['Microsoft Azure software', 'Azure'],
      ['Google Cloud software', 'Google Cloud Platform'],
      ['Google Cloud software', 'GCP'],
    ]);
  });

  it('matches Node.js and NodeJS spellings alike (tech-leadership#8b6af9bfd6ae633a, #44854931d07053d4)', () => {
    const a = listingLine('tech-leadership', '8b6af9bfd6ae633a', 'Node.js');
    const b = listingLine('tech-leadership', '44854931d07053d4', 'NodeJS');
    assert.deepEqual(
      found(a).filter(([l]) => l === 'Node.js'),
      [['Node.js', 'Node.js']],
    );
    assert.deepEqual(
      found(b).filter(([l]) => l === 'Node.js'),
      [['Node.js', 'NodeJS']],
    );
  });

  it('matches inflected and reordered phrases: "developing software" (indeed#a80f79780d496710)', () => {
    const line = listingLine(
      'indeed-datascientist-2019',
      'a80f79780d496710_fccid.html',
      'developing software',
    );
    assert.deepEqual(
      found(line).filter(([l]) => l === 'computer programming'),
      [['computer programming', 'developing software']],
    );
  });

  it('matches a plural: "relational databases" → database (yc#waas-86216)', () => {
    const line = listingLine('yc-waas-nyc-2026', 'waas-86216', 'relational databases');
    assert.deepEqual(found(line), [
      ['database', 'databases'],
      ['PostgreSQL', 'Postgres'],
      ['SQL', 'SQL'],
    ]);
  });

  it('matches hyphen variants: "machine-learning" (indeed#e9af75bf5684dbe1)', () => {
    const line = listingLine('indeed-datascientist-2019', 'e9af75bf5684dbe1_fccid.html', 'machine-learning');
    assert.deepEqual(found(line), [
      ['develop predictive models', 'Develop predictive models'],
      ['machine learning', 'machine-learning'],
    ]);
  });

  it('accepts R in "R programming" and "in R, Python" (indeed#7ac2a6dd1ffca117, #4f8df9ddc6e2aa93)', () => {
    const a = listingLine('indeed-datascientist-2019', '7ac2a6dd1ffca117_fccid.html', 'R programming');
    const b = listingLine('indeed-datascientist-2019', '4f8df9ddc6e2aa93_fccid.html', 'coding ability in R');
    assert.deepEqual(
      found(a).filter(([l]) => l === 'R'),
      [['R', 'R programming']],
    );
    assert.deepEqual(found(b), [
      ['computer programming', 'coding'],
      ['R', 'R'],
      ['Python (computer programming)', 'Python'],
      ['Scala', 'Scala'],
    ]);
  });

  it('rejects ambiguous names used as words: "Go to Market", "Excel in", "R&D" (yc#waas-86774, indeed#e4afbccf0f154b1f, tech-leadership#dbba1f1a25b4922e)', () => {
    const gtm = listingLine('yc-waas-nyc-2026', 'waas-86774', 'Go to Market');
    const excel = listingLine(
      'indeed-datascientist-2019',
      'e4afbccf0f154b1f_fccid.html',
      'Excel in a dynamic',
    );
    const rd = listingLine('tech-leadership', 'dbba1f1a25b4922e', 'R&D');
    assert.equal(
      found(gtm).some(([l]) => l === 'Go'),
      false,
    );
    assert.deepEqual(found(excel), [['solve problems', 'solve problems']]);
    assert.deepEqual(found(rd), []);
  });

  it('accepts ambiguous names in a technology list: Go, Rust; Swift (iOS); Chef, Puppet (tech-leadership#6be70039c35904c2, #9d8389b0651b36e0)', () => {
    const stack = listingLine('tech-leadership', '6be70039c35904c2', 'tech stack includes');
    const cm = listingLine('tech-leadership', '9d8389b0651b36e0', 'configuration management systems');
    assert.deepEqual(found(stack), [
      ['Go', 'Go'],
      ['Rust programming language', 'Rust'],
      ['TypeScript', 'TypeScript'],
    ]);
    assert.deepEqual(found(cm), [
      ['Chef (tools for software configuration management)', 'Chef'],
      ['Puppet (tools for software configuration management)', 'Puppet'],
      ['Ansible', 'Ansible'],
    ]);
  });

  it('reads "security" as cyber security among engineering qualities, not as a building\'s or a person\'s (tech-leadership#2d4a6674dc894a9d, #e01a6d490375ebba, nhs#915703330, #915890207)', () => {
    const cyber = 'cyber security';
    const stack = listingLine(
      'tech-leadership',
      '2d4a6674dc894a9d',
      'reliability, security, and scalability',
    );
    const practices = listingLine('tech-leadership', 'e01a6d490375ebba', 'digital security practices');
    const building = listingLine('nhs-jobs-2020', '915703330', 'security of the building');
    const safety = listingLine('nhs-jobs-2020', '915890207', 'safety and security as a professional');
    assert.ok(
      found(stack).some(([l, span]) => l === cyber && span === 'security'),
      JSON.stringify(found(stack)),
    );
    assert.ok(
      found(practices).some(([l]) => l === cyber),
      JSON.stringify(found(practices)),
    );
    assert.equal(
      found(building).some(([l]) => l === cyber),
      false,
    );
    assert.equal(
      found(safety).some(([l]) => l === cyber),
      false,
    );
  });

  it('suppresses low-information labels: "the management team", "senior leadership team", "data", "Go-To-Market" (yc#waas-83758, tech-leadership#67c6064a9e639187, indeed#355ce4859097ca97, yc#waas-96841)', () => {
    const mgmt = listingLine('yc-waas-nyc-2026', 'waas-83758', 'to the management team');
    const slt = listingLine('tech-leadership', '67c6064a9e639187', 'senior leadership team');
    const data = listingLine('indeed-datascientist-2019', '355ce4859097ca97_fccid.html', 'work with data');
    const gtm = listingLine('yc-waas-nyc-2026', 'waas-96841', 'Enablement & Go-To-Market');
    assert.deepEqual(found(mgmt), [['sales activities', 'sales activities']]);
    assert.deepEqual(found(slt), []);
    assert.deepEqual(found(data), []);
    assert.deepEqual(found(gtm), []);
  });

  it('reads "lead a team" as the ESCO skill, not the word "lead" alone (tech-leadership#11fcb94dbe96379d)', () => {
    const line = listingLine('tech-leadership', '11fcb94dbe96379d', 'lead a team');
    assert.deepEqual(found(line), [['lead a team', 'lead a team']]);
  });

  it('marks "nice to have" and "is a plus" as preferred (tech-leadership#a2e0dfc7a4592436, #54c7b71ca227eefe)', () => {
    const nice = listingLine('tech-leadership', 'a2e0dfc7a4592436', 'Nice to have');
    const plus = listingLine('tech-leadership', '54c7b71ca227eefe', 'Streaming services');
    assert.deepEqual(
      extractSkills(nice, { taxonomy }).map((s) => [s.label, s.need]),
      [
        ['TypeScript', 'preferred'],
        ['Python (computer programming)', 'preferred'],
        ['Go', 'preferred'],
        ['Rust programming language', 'preferred'],
      ],
    );
    assert.deepEqual(
      extractSkills(plus, { taxonomy })
        .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0))
        .map((s) => [s.label, s.need]),
      [
        // "databases" and "microservices" sit in the sentence before "… is a plus."
        ['database', null],
        ['Microservices Architecture', null],
        ['Apache Kafka', 'preferred'],
      ],
    );
  });

  it('does not count text in a benefits section as evidence, and marks a preferred section (tech-leadership#1580205af458a400)', () => {
    const text = listingText('tech-leadership', '1580205af458a400');
    const at = text.indexOf('Hands-on coding');
    const end = text.indexOf('\n', at);
    const whole: Section[] = [{ kind: 'benefits', start: 0, end: text.length, heading: null, by: 'content' }];
    assert.deepEqual(extractSkills(text, { taxonomy, sections: whole }), []);
    const pref: Section[] = [{ kind: 'preferred', start: at, end, heading: null, by: 'content' }];
    const k8s = extractSkills(text, { taxonomy, sections: pref }).find((s) => s.label === 'Kubernetes');
    assert.equal(k8s?.need, 'preferred');
  });

  it('keeps only a named stack from an about section (tech-leadership#6be70039c35904c2, #11fcb94dbe96379d, #44854931d07053d4)', () => {
    const stack = listingLine('tech-leadership', '6be70039c35904c2', 'tech stack includes');
    const lead = listingLine('tech-leadership', '11fcb94dbe96379d', 'lead a team');
    const blurb = listingLine('tech-leadership', '44854931d07053d4', 'forefront of AI');
    const text = `${stack}\n${lead}\n${blurb}`;
    const about: Section[] = [{ kind: 'about', start: 0, end: text.length, heading: null, by: 'content' }];
    assert.deepEqual(found(text, about), [
      ['Go', 'Go'],
      ['Rust programming language', 'Rust'],
      ['TypeScript', 'TypeScript'],
    ]);
  });

  it('returns UTF-16 offsets whose text is the evidence, ranked by score, honouring top and minScore', () => {
    const text = listingText('tech-leadership', 'c35738584102a3c5');
    const all = extractSkills(text, { taxonomy });
    for (const s of all) for (const sp of s.spans) assert.equal(text.slice(sp.start, sp.end), sp.text);
    for (let i = 1; i < all.length; i++) assert.ok((all[i - 1]?.score ?? 0) >= (all[i]?.score ?? 0));
    assert.equal(extractSkills(text, { taxonomy, top: 3 }).length, 3);
    assert.ok(extractSkills(text, { taxonomy, minScore: 0.8 }).every((s) => s.score >= 0.8));
  });
});

describe('extractSkills(): generic "software development"', () => {
  it('is no evidence when it names the people led (tech-leadership#d5af7382cd423db5)', () => {
    const line = listingLine('tech-leadership', 'd5af7382cd423db5', 'leading software development managers');
    assert.deepEqual(found(line), [['lead others', 'leadership']]);
  });

  it('"software development lifecycles" is the life cycle, not programming (tech-leadership#c35738584102a3c5)', () => {
    const line = listingLine('tech-leadership', 'c35738584102a3c5', 'software development lifecycles');
    assert.deepEqual(found(line), [
      ['systems development life-cycle', 'software development lifecycles'],
      ['Agile development', 'agile methodologies'],
    ]);
  });

  it('still counts a background in it (tech-leadership#eb6a7e5450bfc446)', () => {
    const line = listingLine('tech-leadership', 'eb6a7e5450bfc446', 'background in software development');
    assert.deepEqual(found(line).slice(0, 2), [
      ['computer programming', 'software development'],
      ['Java (computer programming)', 'Java'],
    ]);
  });

  it('in a company blurb is no evidence (an about section) but a named stack is', () => {
    const text = 'We specialise in modern software development with Postgres.';
    const about: Section[] = [{ kind: 'about', start: 0, end: text.length, heading: null, by: 'content' }];
    assert.deepEqual(found(text, about), [['PostgreSQL', 'Postgres']]);
  });
});

describe('extractSkillCandidates()', () => {
  it('exposes the features of each candidate (tech-leadership#969338abbb12f4f2)', () => {
    const line = listingLine('tech-leadership', '969338abbb12f4f2', 'CI/CD');
    const [c] = extractSkillCandidates(line, { taxonomy });
    assert.deepEqual(c?.features, {
      how: 2,
      kind: 3,
      words: 2,
      mentions: 1,
      rivals: 0,
      ambiguous: 0,
      skillSection: 0,
      knowledge: 1,
      tool: 0,
      transversal: 0,
      physical: 0,
      aboutOnly: 0,
      position: 0.761,
    });
  });
});

describe('extractSkills() and AI in names', () => {
  it('reads "Pilot AI" and "Voice AI" as names, "experience with AI" as the field', () => {
    // yc-waas-nyc-2026 26988dfaa2716577 and 0116bc3ebe1399c5.
    assert.deepEqual(
      found('As one of the first Software Engineers at Pilot AI you will lead the design.'),
      [],
    );
    assert.deepEqual(found('Own core product development across our Voice AI stack.'), []);
    assert.deepEqual(found('Experience with AI systems.'), [['principles of artificial intelligence', 'AI']]);
  });
});
