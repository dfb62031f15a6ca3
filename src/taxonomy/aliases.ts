/**
 * The curated alias table: everyday names listings use for skills and tools ("K8s", "Postgres", "MS Excel"),
 * each mapped by hand to the ESCO concept it means, or to the O*NET tool id when ESCO has no such concept
 * (Kubernetes, AWS, React …). Reviewed by hand; `aliases.test.ts` checks every target exists in the compiled taxonomy.
 * Short names that are also ordinary words (Go, R, C, Swift, Spark, Excel …) are further checked by context in
 * src/analyze/skills/ambiguous-names.ts.
 * @module
 */

/** One alias row: the concept and the spellings that name it (matched case-insensitively, with inflections). */
export interface SkillAlias {
  /** ESCO concept URI or `roleprint:tool/<slug>`. */
  uri: string;
  /** The target's label, for review (the taxonomy's label wins at run time). */
  label: string;
  forms: string[];
}

/**
 * Every alias row.
 * @example
 * assert.ok(SKILL_ALIASES.some((a) => a.forms.includes('K8s')));
 */
export const SKILL_ALIASES: readonly SkillAlias[] = [
  {
    uri: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
    label: 'SQL',
    forms: ['SQL', 'T-SQL', 'TSQL', 'PL/SQL', 'SQL queries'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996',
    label: 'PostgreSQL',
    forms: ['Postgres', 'PostgreSQL', 'Postgre SQL', 'psql'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/4da171e5-779c-4983-a76f-91c16751e99f',
    label: 'MySQL',
    forms: ['MySQL'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/76ef6ed3-1658-4a1a-9593-204d799c6d0c',
    label: 'NoSQL',
    forms: ['NoSQL'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43',
    label: 'machine learning',
    forms: ['ML', 'machine learning', 'machine-learning', 'ML/AI', 'AI/ML'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/e465a154-93f7-4973-9ce1-31659fe16dd2',
    label: 'principles of artificial intelligence',
    forms: ['AI', 'artificial intelligence', 'A.I.', 'GenAI', 'generative AI', 'Gen AI'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/ecc4552a-92c5-4222-b18d-faf5ac841080',
    label: 'deep learning',
    forms: ['deep learning', 'neural networks', 'neural network'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/fff0e2cd-d0bd-4b02-9daf-158b79d9688a',
    label: 'natural language processing',
    forms: ['NLP', 'natural language processing'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7b0d5000-00da-4864-b776-6de49a87a669',
    label: 'computer vision',
    forms: ['computer vision'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/867137fb-ff1b-4ca3-99f3-cb6969aa2c68',
    label: 'TypeScript',
    forms: ['TypeScript'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
    label: 'JavaScript',
    forms: ['JavaScript', 'JS', 'ECMAScript', 'ES6'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/f0de4973-0a70-4644-8fd4-3a97080476f4',
    label: 'DevOps',
    forms: ['DevOps', 'Dev Ops'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0',
    label: 'cloud technologies',
    forms: [
      'cloud computing',
      'cloud technologies',
      'cloud platforms',
      'cloud infrastructure',
      'cloud services',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/6b643893-0a1f-4f6c-83a1-e7eef75849b9',
    label: 'develop with cloud services',
    forms: ['cloud development', 'cloud-native development'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/dba46f87-0831-49cd-a1c7-340a653c0221',
    label: 'Agile development',
    forms: [
      'Agile',
      'agile development',
      'agile methodologies',
      'agile methodology',
      'agile software development',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/bec4359e-cb92-468f-a997-8fb28e32fba9',
    label: 'ICT project management methodologies',
    forms: ['Scrum', 'Kanban', 'SAFe'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be',
    label: 'use spreadsheets software',
    forms: ['spreadsheets', 'spreadsheet software', 'Google Sheets'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535',
    label: 'use microsoft office',
    forms: ['MS Office', 'Microsoft Office', 'Office 365', 'Microsoft 365', 'O365', 'M365'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    label: 'Python (computer programming)',
    forms: ['Python', 'Python3', 'Python 3'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389',
    label: 'Java (computer programming)',
    forms: ['Java', 'Java 8', 'Java 11', 'Java 17'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/51586df8-1c46-4b47-8583-773cb63bf00b',
    label: 'R',
    forms: ['R', 'RStudio', 'R programming'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f',
    label: 'C++',
    forms: ['C++', 'CPP'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/4c016b68-4116-468c-9dc6-42710c239e4a',
    label: 'C#',
    forms: ['C#', 'C sharp', 'CSharp'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/be80acfc-b6f2-4411-9b8d-b19d9cd2556a',
    label: 'Swift (computer programming)',
    forms: ['Swift'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/0ccdfe98-f845-4598-84a1-3dca66e9d9a3',
    label: 'Ruby (computer programming)',
    forms: ['Ruby'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/ffddfc7c-a9dd-449f-9e96-882dc447c8b6',
    label: 'Scala',
    forms: ['Scala'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/f47a1998-0beb-43be-9f46-380aa4d183da',
    label: 'Jenkins (tools for software configuration management)',
    forms: ['Jenkins', 'Jenkins CI'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/49f85a99-086c-45b6-a6fa-eb90305af7b1',
    label: 'Chef (tools for software configuration management)',
    forms: ['Chef'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/6417a4cc-6f61-4459-a114-761a7fa0279d',
    label: 'Puppet (tools for software configuration management)',
    forms: ['Puppet'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/9d2e926f-53d9-41f5-98f3-19dfaa687f3f',
    label: 'tools for software configuration management',
    forms: ['version control', 'source control', 'revision control'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833',
    label: 'statistics',
    forms: ['statistics', 'statistical modeling', 'statistical modelling', 'statistical methods'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378',
    label: 'data analytics',
    forms: ['data analytics', 'analytics'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f',
    label: 'perform data analysis',
    forms: ['data analysis', 'analyzing data', 'analysing data', 'analyze data', 'analyse data'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/fff0e2cd-d0bd-4b02-9daf-158b79d9688a',
    label: 'natural language processing',
    forms: ['NLP'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44',
    label: 'cyber security',
    forms: [
      'cybersecurity',
      'cyber security',
      'cyber-security',
      'InfoSec',
      'information security',
      'IT security',
      // How engineering listings name the field beyond "cyber security" (tech-leadership: 20 of the 54 listings that
      // say "security" were counted by none of its concepts). The word alone is checked by its context (security).
      'application security',
      'product security',
      'cloud security',
      'network security',
      'platform security',
      'security engineering',
      'security controls',
      'security practices',
      'security best practices',
      'security certifications',
      'security enhancements',
      'security tooling',
      'security vulnerabilities',
      'secure coding',
      'security',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/b4dc6e4f-dc7d-445f-8ce2-d7b9d225e282',
    label: 'AJAX',
    forms: ['AJAX'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/e5d1f825-60ed-4bdd-872a-e748c387f777',
    label: 'CSS',
    forms: ['CSS', 'CSS3'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/0af062de-eb43-41e9-9b96-249e2cd22d26',
    label: 'use markup languages',
    forms: ['HTML', 'HTML5', 'markup languages'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/1ffac4ac-fda7-407d-8ed1-ca8f4a8dc146',
    label: 'Angular',
    forms: ['Angular', 'AngularJS', 'Angular.js'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/ce26e71f-2d47-474e-89b6-7920931ac4fc',
    label: 'iOS',
    forms: ['iOS'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/d8829a1d-dbde-435b-b921-29d6462f35c9',
    label: 'Android (mobile operating systems)',
    forms: ['Android'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388',
    label: 'project management',
    forms: ['project management', 'PMP'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/0a9acb6b-1139-4be9-b431-3a80a959f2f4',
    label: 'Agile project management',
    forms: ['agile project management'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/dc9a236c-c640-43c3-812f-269403591edb',
    label: 'customer relationship management',
    forms: ['CRM', 'customer relationship management'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/eda4d727-4374-49af-ace4-118c7c906835',
    label: 'search engine optimisation',
    forms: ['SEO', 'search engine optimization'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/25f0ea33-b4a2-4f31-b7b4-7d20e827b180',
    label: 'data mining',
    forms: ['data mining'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/3ec2e4d6-7000-4905-bf1a-c5b1679416de',
    label: 'data warehouse',
    forms: ['data warehouse', 'data warehousing', 'DWH'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/9d0d89be-bffa-4393-b6f6-8d05bea49051',
    label: 'data extraction, transformation and loading tools',
    forms: ['ETL', 'ELT', 'ETL pipelines'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/e46291c7-52b9-4174-bd59-178884861038',
    label: 'Hadoop',
    forms: ['Hadoop', 'HDFS'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/f9a6f35b-01a7-40c9-8b61-b6ee46f97272',
    label: 'operating systems',
    forms: ['operating systems'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7557f0f4-b8bc-4ac0-b91e-222ab1ba744f',
    label: 'tools for ICT test automation',
    forms: ['test automation', 'automated testing', 'Selenium', 'Cypress', 'Playwright'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7961413f-61d0-4722-9cd9-20a050a29899',
    label: 'perform software unit testing',
    forms: ['unit testing', 'unit tests'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
    label: 'debug software',
    forms: ['debugging', 'debug'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/fd33c66c-70c4-40e6-b87c-5495bd3bf26e',
    label: 'design user interface',
    forms: ['UI design', 'user interface design', 'UI/UX', 'UX/UI'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/07dd856d-6141-48a7-a228-918f88494812',
    label: 'create prototype of user experience solutions',
    forms: ['UX', 'UX design', 'user experience design', 'user experience'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/f7e2eb04-3e50-4561-bce1-7e51a1fec308',
    label: 'define software architecture',
    forms: ['software architecture', 'system architecture'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/897b393f-e7e0-4248-a40d-d77119694e83',
    label: 'distributed computing',
    forms: ['distributed systems', 'distributed computing'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/54924a2c-daca-40d3-9716-4b38ceb04f38',
    label: 'algorithms',
    forms: ['algorithms', 'data structures and algorithms'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7b5cce4d-c7fe-4119-b48f-70aa05391787',
    label: 'computer science',
    forms: ['computer science', 'CS degree'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/d32db06e-bd06-4415-a7ab-1b0ee68caa9a',
    label: 'ICT encryption',
    forms: ['encryption', 'cryptography'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/fbafa41f-cd05-4109-a649-8b44d306d779',
    label: 'create data models',
    forms: ['data modeling', 'data modelling'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/9190d87f-9792-42e0-bb7f-64294a656bcd',
    label: 'monitor system performance',
    forms: ['performance monitoring', 'observability', 'monitoring and alerting'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7dd94ad3-13d6-43fe-8b94-51fcbf67ced9',
    label: 'think critically',
    forms: ['critical thinking'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8',
    label: 'manage time',
    forms: ['time management'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
    label: 'customer service',
    forms: ['customer service', 'customer support'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/75d8e5d9-bef3-418b-9011-01bff9f27207',
    label: 'lead others',
    forms: ['leadership'],
  },
  {
    // How leaders' listings name evaluating their people's performance ("recruiting, mentoring & performance
    // management", "identify and remedy underperformance"): 20 of the 115 tech-leadership listings, none linked to it
    // before.
    uri: 'http://data.europa.eu/esco/skill/8b9332c7-2551-4527-9a64-a615713d8b02',
    label: 'evaluate employees',
    // Not 'performance evaluation' (a model's, a campaign's) nor 'performance feedback'.
    forms: [
      'performance management',
      'performance reviews',
      'performance review',
      'performance conversations',
      'underperformance',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/15d76317-c71a-4fa2-aadc-2ecc34e627b7',
    label: 'communication',
    forms: [
      'communication skills',
      'verbal and written communication',
      'written and verbal communication',
      'communication',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/6d3edede-8951-4621-a835-e04323300fa0',
    label: 'English',
    forms: ['English', 'English language'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/3d03c40c-1b83-4793-8902-2523f40af59e',
    label: 'Microsoft Access',
    forms: ['MS Access', 'Microsoft Access'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/c062bab3-3ea0-4291-9220-a2d8fef4bead',
    label: 'SQL Server',
    forms: ['SQL Server', 'MS SQL', 'MSSQL', 'MS SQL Server'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/c3e36d05-8ae8-447f-bb2b-6f9409f85389',
    label: 'deliver visual presentation of data',
    forms: ['data visualization', 'data visualisation', 'data viz'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/143769cb-b61e-47d8-a61e-eedfbec1016c',
    label: 'business intelligence',
    forms: ['business intelligence', 'BI'],
  },
  {
    uri: 'roleprint:tool/kubernetes',
    label: 'Kubernetes',
    forms: ['Kubernetes', 'K8s', 'k8s', 'EKS', 'GKE', 'AKS', 'kubectl'],
  },
  {
    uri: 'roleprint:tool/docker',
    label: 'Docker',
    forms: ['Docker', 'containerization', 'containerisation'],
  },
  {
    uri: 'roleprint:tool/amazon-web-services-aws-software',
    label: 'Amazon Web Services AWS software',
    forms: ['AWS', 'Amazon Web Services', 'AWS cloud'],
  },
  {
    uri: 'roleprint:tool/microsoft-azure-software',
    label: 'Microsoft Azure software',
    forms: ['Azure', 'Microsoft Azure', 'MS Azure'],
  },
  {
    uri: 'roleprint:tool/google-cloud-software',
    label: 'Google Cloud software',
    forms: ['GCP', 'Google Cloud', 'Google Cloud Platform'],
  },
  { uri: 'roleprint:tool/node-js', label: 'Node.js', forms: ['Node.js', 'NodeJS', 'Node JS'] },
  { uri: 'roleprint:tool/react', label: 'React', forms: ['React', 'React.js', 'ReactJS', 'React JS'] },
  { uri: 'roleprint:tool/react-native', label: 'React Native', forms: ['React Native'] },
  { uri: 'roleprint:tool/vue-js', label: 'Vue.js', forms: ['Vue', 'Vue.js', 'VueJS'] },
  {
    uri: 'roleprint:tool/microsoft-excel',
    label: 'Microsoft Excel',
    forms: ['Excel', 'MS Excel', 'Microsoft Excel', 'Excel spreadsheets'],
  },
  { uri: 'roleprint:tool/microsoft-word', label: 'Microsoft Word', forms: ['MS Word', 'Microsoft Word'] },
  {
    uri: 'roleprint:tool/microsoft-powerpoint',
    label: 'Microsoft PowerPoint',
    forms: ['PowerPoint', 'MS PowerPoint', 'Microsoft PowerPoint'],
  },
  {
    uri: 'roleprint:tool/apache-spark',
    label: 'Apache Spark',
    forms: ['Spark', 'Apache Spark', 'Spark SQL'],
  },
  { uri: 'roleprint:tool/pyspark', label: 'PySpark', forms: ['PySpark'] },
  { uri: 'roleprint:tool/go', label: 'Go', forms: ['Go', 'Golang', 'Go lang'] },
  {
    uri: 'roleprint:tool/rust-programming-language',
    label: 'Rust programming language',
    forms: ['Rust', 'Rust lang'],
  },
  { uri: 'roleprint:tool/tableau', label: 'Tableau', forms: ['Tableau'] },
  {
    uri: 'roleprint:tool/ibm-terraform',
    label: 'IBM Terraform',
    forms: ['Terraform', 'HashiCorp Terraform'],
  },
  { uri: 'roleprint:tool/git', label: 'Git', forms: ['Git'] },
  { uri: 'roleprint:tool/github', label: 'GitHub', forms: ['GitHub', 'GitHub Actions'] },
  { uri: 'roleprint:tool/gitlab', label: 'GitLab', forms: ['GitLab', 'GitLab CI'] },
  { uri: 'roleprint:tool/atlassian-jira', label: 'Atlassian JIRA', forms: ['Jira', 'JIRA'] },
  { uri: 'roleprint:tool/atlassian-confluence', label: 'Atlassian Confluence', forms: ['Confluence'] },
  { uri: 'roleprint:tool/microsoft-power-bi', label: 'Microsoft Power BI', forms: ['Power BI', 'PowerBI'] },
  { uri: 'roleprint:tool/pytorch', label: 'PyTorch', forms: ['PyTorch'] },
  { uri: 'roleprint:tool/tensorflow', label: 'TensorFlow', forms: ['TensorFlow', 'Tensorflow'] },
  {
    uri: 'roleprint:tool/scikit-learn',
    label: 'Scikit-learn',
    forms: ['scikit-learn', 'sklearn', 'scikit learn'],
  },
  { uri: 'roleprint:tool/pandas', label: 'pandas', forms: ['pandas'] },
  { uri: 'roleprint:tool/numpy', label: 'NumPy', forms: ['NumPy'] },
  { uri: 'roleprint:tool/apache-kafka', label: 'Apache Kafka', forms: ['Kafka', 'Apache Kafka'] },
  { uri: 'roleprint:tool/redis', label: 'Redis', forms: ['Redis'] },
  {
    uri: 'roleprint:tool/elasticsearch',
    label: 'Elasticsearch',
    forms: ['Elasticsearch', 'Elastic Search', 'ElasticSearch'],
  },
  { uri: 'roleprint:tool/graphql', label: 'GraphQL', forms: ['GraphQL'] },
  { uri: 'roleprint:tool/django', label: 'Django', forms: ['Django'] },
  { uri: 'roleprint:tool/flask', label: 'Flask', forms: ['Flask'] },
  { uri: 'roleprint:tool/ruby-on-rails', label: 'Ruby on Rails', forms: ['Ruby on Rails', 'Rails', 'RoR'] },
  {
    uri: 'roleprint:tool/spring-framework',
    label: 'Spring Framework',
    forms: ['Spring', 'Spring Framework'],
  },
  { uri: 'roleprint:tool/spring-boot', label: 'Spring Boot', forms: ['Spring Boot', 'SpringBoot'] },
  { uri: 'roleprint:tool/bigquery', label: 'BigQuery', forms: ['BigQuery', 'Google BigQuery'] },
  { uri: 'roleprint:tool/apache-airflow', label: 'Apache Airflow', forms: ['Airflow', 'Apache Airflow'] },
  { uri: 'roleprint:tool/figma', label: 'Figma', forms: ['Figma'] },
  { uri: 'roleprint:tool/slack', label: 'Slack', forms: ['Slack'] },
  { uri: 'roleprint:tool/google-looker-analytics', label: 'Google Looker Analytics', forms: ['Looker'] },
  { uri: 'roleprint:tool/salesforce-software', label: 'Salesforce software', forms: ['Salesforce', 'SFDC'] },
  { uri: 'roleprint:tool/hubspot-software', label: 'HubSpot software', forms: ['HubSpot'] },
  { uri: 'roleprint:tool/linux', label: 'Linux', forms: ['Linux'] },
  { uri: 'roleprint:tool/unix', label: 'UNIX', forms: ['UNIX', 'Unix'] },
  {
    uri: 'roleprint:tool/shell-script',
    label: 'Shell script',
    forms: ['shell scripting', 'shell scripts', 'Bash scripting'],
  },
  { uri: 'roleprint:tool/bash', label: 'Bash', forms: ['Bash'] },
  { uri: 'roleprint:tool/kotlin', label: 'Kotlin', forms: ['Kotlin'] },
  { uri: 'roleprint:tool/openai-chatgpt', label: 'OpenAI ChatGPT', forms: ['ChatGPT'] },
  { uri: 'roleprint:tool/the-mathworks-matlab', label: 'The MathWorks MATLAB', forms: ['MATLAB', 'Matlab'] },
  { uri: 'roleprint:tool/sas', label: 'SAS', forms: ['SAS'] },
  { uri: 'roleprint:tool/ibm-spss-statistics', label: 'IBM SPSS Statistics', forms: ['SPSS', 'IBM SPSS'] },
  { uri: 'roleprint:tool/statacorp-stata', label: 'StataCorp Stata', forms: ['Stata'] },
  { uri: 'roleprint:tool/jquery', label: 'jQuery', forms: ['jQuery'] },
  { uri: 'roleprint:tool/mongodb', label: 'MongoDB', forms: ['MongoDB', 'Mongo'] },
  { uri: 'roleprint:tool/amazon-redshift', label: 'Amazon Redshift', forms: ['Redshift', 'Amazon Redshift'] },
  { uri: 'roleprint:tool/amazon-dynamodb', label: 'Amazon DynamoDB', forms: ['DynamoDB'] },
  {
    uri: 'roleprint:tool/apache-cassandra',
    label: 'Apache Cassandra',
    forms: ['Cassandra', 'Apache Cassandra'],
  },
  { uri: 'roleprint:tool/apache-hive', label: 'Apache Hive', forms: ['Apache Hive', 'Hive'] },
  { uri: 'roleprint:tool/prometheus', label: 'Prometheus', forms: ['Prometheus'] },
  {
    uri: 'roleprint:tool/grafana-labs-grafana-cloud',
    label: 'Grafana Labs Grafana Cloud',
    forms: ['Grafana'],
  },
  { uri: 'roleprint:tool/splunk-enterprise', label: 'Splunk Enterprise', forms: ['Splunk'] },
  { uri: 'roleprint:tool/microsoft-powershell', label: 'Microsoft PowerShell', forms: ['PowerShell'] },
  {
    uri: 'roleprint:tool/microsoft-visual-studio',
    label: 'Microsoft Visual Studio',
    forms: ['Visual Studio'],
  },
  { uri: 'roleprint:tool/vmware', label: 'VMware', forms: ['VMware', 'VMWare', 'vSphere'] },
  { uri: 'roleprint:tool/servicenow', label: 'ServiceNow', forms: ['ServiceNow'] },
  { uri: 'roleprint:tool/microsoft-sharepoint', label: 'Microsoft SharePoint', forms: ['SharePoint'] },
  { uri: 'roleprint:tool/intuit-quickbooks', label: 'Intuit QuickBooks', forms: ['QuickBooks'] },
  { uri: 'roleprint:tool/epic-systems', label: 'Epic Systems', forms: ['Epic EHR', 'Epic EMR'] },
  { uri: 'roleprint:tool/cerner-millennium', label: 'Cerner Millennium', forms: ['Cerner'] },
  { uri: 'roleprint:tool/julia', label: 'Julia', forms: ['Julia'] },
  {
    uri: 'http://data.europa.eu/esco/skill/401eb8d8-6daa-4f8b-90ad-60afc71eb4f8',
    label: 'Perl',
    forms: ['Perl'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/4350c38d-0fe9-4ca7-bab9-40ed7f72b04f',
    label: 'PHP',
    forms: ['PHP'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02',
    label: 'Haskell',
    forms: ['Haskell'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/9973a5a2-7822-4161-99e9-95c781eb63f8',
    label: 'Objective-C',
    forms: ['Objective-C', 'ObjC'],
  },
  {
    uri: 'roleprint:tool/javascript-object-notation-json',
    label: 'JavaScript Object Notation JSON',
    forms: ['JSON'],
  },
  {
    uri: 'roleprint:tool/extensible-markup-language-xml',
    label: 'Extensible markup language XML',
    forms: ['XML'],
  },
  { uri: 'roleprint:tool/microsoft-outlook', label: 'Microsoft Outlook', forms: ['Outlook', 'MS Outlook'] },
  { uri: 'roleprint:tool/microsoft-teams', label: 'Microsoft Teams', forms: ['MS Teams', 'Microsoft Teams'] },
  { uri: 'roleprint:tool/zoom', label: 'Zoom', forms: ['Zoom'] },
  {
    uri: 'roleprint:tool/oracle-database',
    label: 'Oracle Database',
    forms: ['Oracle DB', 'Oracle Database', 'Oracle RDBMS'],
  },
  {
    uri: 'roleprint:tool/microsoft-dynamics',
    label: 'Microsoft Dynamics',
    forms: ['Dynamics 365', 'Microsoft Dynamics'],
  },
  { uri: 'roleprint:tool/sap-software', label: 'SAP software', forms: ['SAP'] },
  {
    uri: 'http://data.europa.eu/esco/skill/0d168770-4d9c-4096-b048-a6577818d306',
    label: 'Apache Maven',
    forms: ['Maven'],
  },
  { uri: 'roleprint:tool/gradle', label: 'Gradle', forms: ['Gradle'] },
  {
    uri: 'http://data.europa.eu/esco/skill/6f8a40d6-f9ce-43ec-a72f-d4213a53f3ed',
    label: 'Ansible',
    forms: ['Ansible'],
  },
  { uri: 'roleprint:tool/c', label: 'C', forms: ['C', 'C programming', 'ANSI C', 'C language'] },
  {
    uri: 'http://data.europa.eu/esco/skill/f0de4973-0a70-4644-8fd4-3a97080476f4',
    label: 'DevOps',
    forms: [
      'CI/CD',
      'CI / CD',
      'CICD',
      'continuous integration',
      'continuous delivery',
      'continuous deployment',
      'CI pipelines',
      'CD pipelines',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    label: 'computer programming',
    forms: [
      'software development',
      'develop software',
      'write code',
      'writing code',
      'coding',
      'programming',
      'programming skills',
    ],
  },
  {
    uri: 'roleprint:tool/microservices-architecture',
    label: 'Microservices Architecture',
    forms: ['microservices', 'microservice architecture', 'microservices architecture', 'micro-services'],
  },
  {
    uri: 'roleprint:tool/restful-api',
    label: 'RESTful API',
    forms: ['REST', 'RESTful', 'REST API', 'REST APIs', 'RESTful APIs', 'RESTful services', 'REST services'],
  },
  { uri: 'roleprint:tool/react-redux', label: 'React Redux', forms: ['Redux'] },
  {
    uri: 'http://data.europa.eu/esco/skill/9d1b08b3-ba1e-41f6-a466-1ac1e62eb5f0',
    label: 'conduct ICT code review',
    forms: ['code review', 'code reviews', 'peer code review'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/2b7a79e5-84d8-4880-be66-3d9bb05bea17',
    label: 'use software design patterns',
    forms: ['design patterns', 'software design patterns'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/1af2db15-2af9-44dd-9639-bf1fc69d4c34',
    label: 'manage relationships with stakeholders',
    forms: ['stakeholder management', 'stakeholder relationships'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/477173ca-5fc2-406b-9122-95d92811f284',
    label: 'communicate with stakeholders',
    forms: ['stakeholder communication'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/29fb886c-6be0-4e93-9ea1-232881f2092a',
    label: 'plan product management',
    forms: ['product management'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/7961413f-61d0-4722-9cd9-20a050a29899',
    label: 'perform software unit testing',
    forms: ['unit testing', 'unit tests', 'test-driven development', 'test driven development', 'TDD'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/913e7e83-b8f8-4574-b1ca-1b38f3fd974a',
    label: 'execute software tests',
    forms: ['software testing', 'QA testing', 'quality assurance testing'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/c4b1f326-224a-420a-b8b3-814a8f13b6cb',
    label: 'implement front-end website design',
    forms: [
      'front-end development',
      'frontend development',
      'front end development',
      'front-end',
      'frontend',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0',
    label: 'cloud technologies',
    forms: ['cloud', 'public cloud', 'cloud-native'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869',
    label: 'solve problems',
    forms: ['problem solving', 'problem-solving', 'problem solver'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0',
    label: 'work in teams',
    forms: ['teamwork', 'team player', 'team work'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7',
    label: 'attend to detail',
    forms: ['attention to detail', 'detail-oriented', 'detail oriented'],
  },
  { uri: 'roleprint:tool/domain-name-system-dns', label: 'Domain name system DNS', forms: ['DNS'] },
  {
    uri: 'roleprint:tool/microsoft-net-framework',
    label: 'Microsoft .NET Framework',
    forms: ['.NET', '.NET Framework', '.NET Core', 'dotnet'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/f4a6e9f7-5cff-46c0-894c-59c20bb78694',
    label: 'automation technology',
    forms: ['automation technology', 'industrial automation'],
  },
  { uri: 'roleprint:tool/node-js', label: 'Node.js', forms: ['Node'] },
  {
    // Longer than the "software development" alias, so the life cycle wins over computer programming.
    uri: 'http://data.europa.eu/esco/skill/09f2f811-a3fb-4de3-a70f-6420a6935575',
    label: 'systems development life-cycle',
    forms: [
      'SDLC',
      'software development life cycle',
      'software development lifecycle',
      'software development life-cycle',
      'software lifecycle',
    ],
  },

  // Clinical vocabulary of NHS nursing listings (read on 30 sampled nurse listings): everyday nouns for ESCO
  // healthcare skills whose labels are verb phrases ("carry out wound care" is written "wound care").
  {
    uri: 'http://data.europa.eu/esco/skill/1023ac61-250f-4eef-b7a9-238cf071685f',
    label: 'provide professional care in nursing',
    forms: ['nursing care', 'holistic nursing care'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/2c9f2122-093d-4660-908e-dac8fbdc33fa',
    label: 'apply a holistic approach in care',
    forms: ['holistic care', 'holistic approach to care'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/1c6736c2-77de-419c-9b84-8932e15abc21',
    label: 'carry out wound care',
    forms: ['wound care', 'wound management', 'tissue viability', 'wound dressings'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/3dbf27e5-bb92-4b31-b242-d6b02d933184',
    label: 'contribute to protecting individuals from harm',
    forms: [
      'safeguarding',
      'safeguarding adults',
      'safeguarding children',
      'safeguarding vulnerable adults',
      'safeguarding procedures',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/6d13053b-ee35-492c-8976-8178420df398',
    label: 'infection control',
    forms: ['infection prevention and control', 'infection control procedures'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/0f551181-e1af-47e2-b2d8-ff9f4e011ecd',
    label: 'use clinical assessment techniques',
    forms: ['clinical assessment', 'clinical assessment skills', 'patient assessment'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/28722c99-68b7-4b7b-808f-53f343299935',
    label: 'provide mentorship',
    forms: [
      'mentor students',
      'mentor student nurses',
      'student mentoring',
      'mentorship of students',
      'mentor qualification',
      'mentorship qualification',
      'mentorship course',
      'practice assessor',
      'practice supervisor',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/1fd57242-267e-46df-bd8c-849fdd593a50',
    label: 'administer prescribed medication',
    forms: [
      'administer medication',
      'administer medicines',
      'medication administration',
      'medicines administration',
      'drug rounds',
      'medication rounds',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/2d6904db-9e16-42a5-bc12-c5acb8bfab18',
    label: 'safe management of medicines',
    forms: ['medicines management', 'medication management'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/0646be77-a425-40da-8577-f77d1198c67f',
    label: 'perform venepuncture procedures',
    forms: ['venepuncture', 'venipuncture', 'phlebotomy'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/5e13af88-67d3-46ed-af58-8a7b8ebe7b1f',
    label: 'perform venous cannulation',
    forms: ['cannulation', 'IV cannulation'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/e704d860-6f06-401e-abb3-a7fb959c046f',
    label: 'triage clients',
    forms: [
      'triage',
      'triage patients',
      'telephone triage',
      'clinical triage',
      'patient triage',
      'triage skills',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/6acf652c-33b2-4e28-8f79-1e553f255229',
    label: 'plan nursing care',
    forms: ['care planning', 'nursing care plans', 'nursing care planning'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/8e0bfbba-6e9d-48e0-b152-2cc949e5022a',
    label: 'implement scientific decision making in healthcare',
    forms: [
      'evidence based practice',
      'evidence-based practice',
      'evidence based care',
      'evidence-based care',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/5d7890d5-d229-4b79-a5da-6819e38a52b6',
    label: 'health records management',
    forms: [
      'clinical record keeping',
      'patient records',
      'clinical records',
      'nursing documentation',
      'health records',
      'clinical documentation',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/8eab4e4f-03f8-4a66-a830-ec4e5db43253',
    label: 'prescribe medication',
    forms: [
      'non-medical prescribing',
      'non medical prescribing',
      'independent prescribing',
      'nurse prescribing',
      'non-medical prescriber',
      'independent prescriber',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/0c8c1e58-1c48-4efc-9359-9a28f803c52d',
    label: 'undertake clinical audit',
    forms: ['clinical audit', 'clinical audits'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/8bd49d04-ab2f-4333-b5d9-12d716e4e2f6',
    label: 'resuscitation',
    forms: ['basic life support', 'immediate life support', 'advanced life support', 'CPR'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/60f826be-0c1b-413b-aad5-4f7546622e16',
    label: "monitor patient's vital signs",
    forms: ['vital signs', 'patient observations', 'clinical observations', 'physiological observations'],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/394028bf-8dd1-4910-ad46-bc9e8e6e5b6d',
    label: 'advocate health',
    forms: ['health promotion'],
  },
  // Data scientists' forecasting in the words of the statistics (46 of 485 say one of these): not "forecasting" alone,
  // which is a seller's pipeline as often, nor "time series" alone ("time-series databases").
  {
    uri: 'http://data.europa.eu/esco/skill/be727774-46d7-43d7-aee9-1a51b5cd8c71',
    label: 'carry out statistical forecasts',
    forms: [
      'time series analysis',
      'time-series analysis',
      'time series forecasting',
      'time-series forecasting',
      'time series modeling',
      'time series modelling',
      'time series models',
      'forecasting models',
      'statistical forecasting',
      'forecasting techniques',
      'forecasting methods',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/505e4ef3-7ce4-437d-b7b4-5c608f71c258',
    label: 'build recommender systems',
    forms: [
      'recommender systems',
      'recommendation systems',
      'recommendation engines',
      'recommendation algorithms',
      'recommender',
    ],
  },
  {
    uri: 'http://data.europa.eu/esco/skill/53141450-2fa9-4890-a64e-7ffd4e1144be',
    label: 'use electronic health records management system',
    forms: [
      'electronic health records',
      'electronic health record',
      'electronic patient records',
      'EHR',
      'EHRs',
    ],
  },
];
