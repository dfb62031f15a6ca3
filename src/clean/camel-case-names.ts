/**
 * Names written in camel case (`JavaScript`, `iOS`, `McDonald`) that restoreLineBreaks must never split.
 * @module
 */

// Products, tools, companies and degrees seen in the shared listings or common in job ads. Hand-kept: the corpus
// itself cannot supply this list, because its flattened sources contain the very glue we are undoing.
const NAMES = new Set(
  `JavaScript TypeScript CoffeeScript ActionScript PowerPoint PowerShell PowerBI PowerApps SharePoint OneNote OneDrive
  YouTube LinkedIn GitHub GitLab BitBucket DevOps DevSecOps FinOps SecOps RevOps OpenAI OpenShift OpenStack OpenSearch
  McDonald McDonalds McKinsey McKesson McGregor McCarthy McIntyre McKay MacBook PhD DPhil GPhC MBChB DClinPsy eBay iOS
  iPhone iPad iPads iPod iCloud iMac macOS watchOS tvOS iPadOS MySQL NoSQL PostgreSQL MongoDB DynamoDB CouchDB CockroachDB
  InfluxDB RethinkDB ClickHouse BigQuery BigTable QuickBooks WordPress HubSpot MailChimp AutoCAD SketchUp InDesign
  PeopleSoft SalesForce NetSuite ServiceNow WorkDay TikTok FedEx PayPal DoorDash AirBnb WhatsApp FaceTime FaceBook DeepMind
  PyTorch TensorFlow NumPy SciPy SymPy PySpark LangChain LangGraph LlamaIndex FastAPI GraphQL JetBrains IntelliJ PyCharm
  WebStorm CLion VSCode CloudFormation CloudWatch CloudFront CloudFlare ElasticSearch RabbitMQ ActiveMQ ZeroMQ WebSocket
  WebSockets WebAssembly WebGL WebRTC WebKit JupyterLab HealthCare SaaS PaaS IaaS DoD MoD DoE AfC eLearning eCommerce
  eDiscovery SystmOne RiO PointClickCare SpotOn FloQast AdRoll CohnReznick PeaceHealth GoTu EverCommerce EnCompass
  OsteoStrong WalkMe OpenX NextRoll LifeLabs ManpowerGroup CorVel RevLocal HireArt PreScouter SemiNex ConvertKit
  InHealth RehabWorks LiveWell LloydsPharmacy StaffBank CityCare DataDog PostHog HashiCorp SoundCloud DropBox SendGrid
  TeamViewer SolidWorks SolidEdge ArcGIS QGIS MatLab LabVIEW FreeRTOS VxWorks ObjC NodeJS NextJS NestJS ReactJS VueJS
  AngularJS ExpressJS ChatGPT GoLang RoR SQLite SciKit XGBoost LightGBM CatBoost HuggingFace OpenCV OpenGL DirectX
  UnrealEngine BlackRock JPMorgan PwC KPMG EY AstraZeneca GlaxoSmithKline BioNTech SmithKline ExxonMobil ConocoPhillips
  PricewaterhouseCoopers FreshBooks ZipRecruiter GlassDoor SmartRecruiters WeWork YCombinator iCIMS SuccessFactors`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Tells whether a token is a known camel-case name (`JavaScript`, `iOS`), or a `Mc`/`Mac` surname (`McDonald`).
 * @example
 * assert.equal(isCamelCaseName('JavaScript'), true);
 * assert.equal(isCamelCaseName('McDonald'), true);
 * assert.equal(isCamelCaseName('iOS'), true);
 * assert.equal(isCamelCaseName('descriptionA'), false);
 */
export function isCamelCaseName(token: string): boolean {
  if (NAMES.has(token)) return true;
  return /^Ma?c[A-Z][a-z]+$/.test(token); // McDonald, MacArthur
}
