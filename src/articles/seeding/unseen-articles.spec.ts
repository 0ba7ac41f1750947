import { join } from 'node:path';
import { parseArticle } from '../import/parse-article';
import { MORE_SHAPE_ARTICLES } from './fixtures/more-shape-articles';
import { NEW_SHAPE_ARTICLES } from './fixtures/new-shape-articles';
import { OTHER_SHAPE_ARTICLES } from './fixtures/other-shape-articles';
import { TRIAL_SHAPE_ARTICLES } from './fixtures/trial-shape-articles';
import { OUTSIDE_TRIAL_ARTICLES } from './fixtures/outside-trial-articles';
import { ROUND6_TRIAL_ARTICLES } from './fixtures/round6-trial-articles';
import { ROUND7A_TRIAL_ARTICLES } from './fixtures/round7a-trial-articles';
import { ROUND7B_TRIAL_ARTICLES } from './fixtures/round7b-trial-articles';
import { ROUND8_TRIAL_ARTICLES } from './fixtures/round8-trial-articles';
import { ROUND9_TRIAL_ARTICLES } from './fixtures/round9-trial-articles';
import { ROUND10_TRIAL_ARTICLES } from './fixtures/round10-trial-articles';
import { ROUND11_TRIAL_ARTICLES } from './fixtures/round11-trial-articles';
import { ROUND12_TRIAL_ARTICLES } from './fixtures/round12-trial-articles';
import { ROUND13A_TRIAL_ARTICLES } from './fixtures/round13a-trial-articles';
import { ROUND14A_TRIAL_ARTICLES } from './fixtures/round14a-trial-articles';
import { ROUND13B_TRIAL_ARTICLES } from './fixtures/round13b-trial-articles';
import { ROUND14B_TRIAL_ARTICLES } from './fixtures/round14b-trial-articles';
import { ROUND15A_TRIAL_ARTICLES } from './fixtures/round15a-trial-articles';
import { ROUND15B_TRIAL_ARTICLES } from './fixtures/round15b-trial-articles';
import { ROUND16A_TRIAL_ARTICLES } from './fixtures/round16a-trial-articles';
import { ROUND16B_TRIAL_ARTICLES } from './fixtures/round16b-trial-articles';
import { UNSEEN_ARTICLES } from './fixtures/unseen-articles';
import { motionProblems } from './motion-grammar';
import { loadCorpus } from './seeding-corpus';
import { extractSeeds } from './seed-extractor';

const DATA = join(__dirname, '..', '..', '..', 'data');

/** The texts of the motion candidates of a plain-text article, best first. */
const candidatesOfText = (text: string) =>
  extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

describe('motionProblems', () => {
  it.each([
    'Should Harbourton ban rental e-scooters?',
    'Is the curfew unconstitutional?',
    'Does drafting only men violate the Constitution?',
    'Should a bill that would have allowed extradition be withdrawn?',
    'Is it right to ban cars from the centre?',
    'Should we ban cars from the centre?',
    'Is this plan fair to drivers?',
    'Should over 65s get free bus travel?',
    'Should most of the budget go to housing?',
    'Should the issue of noise be left to the towns?',
    'Should the plan to close the library go ahead?',
    'Should the council abide by the ruling?',
    'Should fares rise by a third?',
    'Should the school open by the end of the year?',
    'Should platforms check that new users are at least 16?',
    'Should an MP be sacked?',
    'Should the law passed Thursday be repealed?',
    'Should the plan approved a year ago go ahead?',
    'Should the tolls go up?',
    'Should a group of residents run the library?',
    'Should hundreds of new homes be built on the green belt?',
    'Should the woman who came first keep the prize?',
    'Should the budget be voted through?',
    'Should the ban be struck down?',
    "Should parents limit their children's screen time?",
    'Should there be a moratorium on the use of hounds to hunt bears and bobcats?',
    'Should Britain welcome more refugees?',
    'Should the council condemn the derelict pier?',
    'Should Britain express regret for slavery?',
    'Should people living nearby get compensation?',
    'Should wearing a face covering become compulsory on buses?',
    'Should the wind farm be allowed to go ahead?',
    'Should the charity be met with a ban?',
    'Is in-person voting safe?',
    'Should protesters be allowed to block roads?',
    'Should all schools be closed?',
    'Should the council let it close?',
    'Should the club sell the ground if it loses?',
    'Should the lockout laws have an 18-month trial?',
    'Should the UK wage war against the cartel?',
    'Should there be a series of debates?',
    'Should many drivers pay more?',
    'Should anti-social behaviour orders be used?',
    'Should the ‘sin tax’ on sugar go ahead?',
    "Should the council's ‘Orby’s Own’ bus scheme go ahead?",
    'Should for-profit schools close?',
    'Should speeding drivers be fined and banned the next day?',
    'Should the money raised a year ago be returned?',
    'Should people who want a ban be heard?',
    'Should 32 new graves be built at Christ Church?',
    'Is the plan overkill?',
    'Should fans pay for the new stadium?',
    'Should the plan to be approved next month go ahead?',
    'Should the council present its plan to residents?',
    'Should An Bord Pleanála grant planning permission for the terminal?',
    'Should there be curbs on short-term lets?',
    'Should the old market stay as it is?',
    'Should the council drop its opposition to the Orby bypass?',
    'Should the bridges come down, as the council voted?',
    'Should the school remain closed?',
    'Should Kelby keep its parks unfenced?',
  ])('accepts "%s"', (text) => {
    expect(motionProblems(text)).toEqual([]);
  });

  it.each([
    ['Should the that from June 15, wearing a face covering go ahead?', /function word|participle/],
    ['Should Face be mandatory in England, transport secretary declares?', /reporting clause/],
    ['Should the ban go ahead, or should it be dropped?', /alternatives/],
    ['Should schools ban phones from September, arguing that they distract?', /participle/],
    [
      "Did against its government's attempt to send migrants to Albania?",
      /preposition straight after/,
    ],
    ['Should the anti-trawling groups defend a rare fish?', /camp/],
    ['Should campaigners defend the skate?', /camp/],
    ['Should many be euthanised?', /quantifier/],
    [
      'Did a victory after it emerge that plans to remodel the square are shelved?',
      /bare verb after "it"/,
    ],
    ['Should there be plan to house asylum seekers at Orby?', /without its article/],
    ['Should there be a proposals following meetings?', /before a plural/],
    ['Should the mayor start a new battle against the port plan?', /praise or blame/],
    ['Should the High Court have upheld the ban?', /past act/],
    ['Should the forest sale plans be resisted?', /how a thing should be received/],
    ['Should Mayor Jo Lund be visibly frustrated with the government?', /how someone should feel/],
    ['Should the Church cry foul as Orby plans more betting shops?', /praise or blame/],
    ['Should Orby Zoo be accused of misleading the public?', /how a thing should be received/],
    ['Should Orby move its market into ‘Moulin-Rouge style?', /unbalanced ‘’/],
    [
      'Should Minister Jo Lund go "rogue" and declared "war on trees" with logging remarks?',
      /past form joined/,
    ],
    ['Should the judge say drafting only men violates the Constitution?', /report/],
    ['Should the government will ban phones?', /second modal/],
    ['The council bans cars.', /yes\/no|question mark/],
    ['Should Letters: keep our night buses running?', /rubric/],
    ['Should the smoking age rise to 21: how shops reacted?', /rubric/],
    ['Should the 09:12 The state senate open its debate?', /capitalised article/],
    ['Should the on Monday a plan to close the streets go ahead?', /function word/],
    ['Should the after 2 days of debate go ahead?', /function word/],
    ['Should the safety law go ?', /space before/],
    ['Is Kelby n’t happy?', /n't/],
    ["Is modernizing the buses that ply our roads n't as simple as it seems?", /n't/],
    ['Should the city ordinances go go ahead?', /doubled word/],
    ['Should the But a voice of reason emerge through the noise?', /function word/],
    ["Should 'We go to be banning gang patches' - Police Minister adamant?", /kicker/],
    [
      'Should some firms require cancellations to be done by phone, or even in person?',
      /alternatives/,
    ],
    ['Should all tech firms be made?', /be made/],
    ['Should Kelby wrestle with privacy versus security?', /struggle/],
    ['Is ploughing the ocean floor not only reckless, it’s cruel?', /second clause/],
    ['Should Ann Lee\'s claims "not bear out by the facts"?', /quotation for its verb/],
    ['Does the ruling marks a setback for opponents of the mine?', /inflected verb/],
    ['Should the minister wrong on the merger block being?', /function word/],
    [
      'Should modified mosquitoes be released into Kelby for the first time hit a snag?',
      /second predicate/,
    ],
    ['Should the bus cuts at Kelby, where a revenue shortfall dictate a cut in service?', /agree/],
    ['Should a settlement stand?', /only by its kind/],
    ['Should Kelby’s cancer warnings spark alarm among top exporters?', /stir a reaction/],
    ['Should perhaps it leave something to be desired?', /where the subject should be/],
    ['Should the Over 330,000 people sign a petition?', /capitalised count/],
    ["Should the Kelby parents rally against 'horrendous' sex ed changes?", /protest/],
    ['Should a new battle brew in Kelby between robotaxis and the fire chief?', /brew/],
    ['Should your article claim the redevelopment of Earls Court?', /own for a subject/],
    ['Should the new law go ahead?', /only by its kind/],
    ["Should Kelby seize refugees' valuables misunderstood?", /participle left at the end/],
    ['Should a Kelby law that expand gun rights on campuses took effect?', /agree/],
    ['Should everything you know about the policy?', /no subject/],
    ['Should Support be dropped for a plan to collect bins monthly?', /backing/],
    ['Should Bristol the first major city be made to collect bins monthly?', /name run into/],
    ['Should a settlement between Orby Inc <ORBY stand?', /bracket/],
    ['Should giving sugar beet farmers be approved?', /gerund/],
    ['Should the bedroom tax be explained?', /explained/],
    ['Should Glimmer and the Trade Commission negotiating a penalty?', /participle where the verb/],
    ['Should Since Dunmore banned heaters the cafes close?', /where the subject should be/],
    ['Should According to a notice ban patio heaters?', /where the subject should be/],
    ['Should on Monday it charge residents for garden waste?', /where the subject should be/],
    ['Should in what turn out to be the most debated issue on the ballot?', /where the subject/],
    ['Should Those who oppose the ordinance held signs at the meeting?', /capital on a determiner/],
    ['Do Thousands of workers in Kelby celebrate the holiday early?', /capital on a number word/],
    ['Should the Hundreds of owners march through the town?', /capital on a number word/],
    ['Should not back down?', /no subject/],
    ['Did the more than 6,500 respond to the consultation?', /article before a count/],
    ['Should Thousands back stop use of wild animals in circuses?', /capital on a number word/],
    ['Should the library hours be extended until?', /preposition without its object/],
    ['Should the fares be cut from?', /preposition without its object/],
    ['Should Six environmental activists be arrested at the capitol?', /capital on a number word/],
    ['Should a jail be built in their backyard?', /"their", with nobody/],
    ['Should the meat tax idea be described as?', /preposition without its object/],
    ['Should second home owners hit?', /takes an object/],
    ['Should the  go ahead?', /empty slot/],
    ['Should the Legislature go ahead?', /body should go ahead/],
    ['Should there be own rules regarding players who want to kneel?', /"own" with no owner/],
    [
      'Should there be on the minister to get tough on turf cutting?',
      /preposition where the thing/,
    ],
    ['Should fee increases -- a 20 be passed per cent increase?', /dash/],
    ['Should there be ‘wave after wave’ of protests?', /protests/],
    ['Should the Kelby state flag debate be renewed?', /quarrel/],
    [
      'Should Just when the debate settled down, lawmakers spark it up?',
      /"Just" where the subject/,
    ],
    ['Should the ‘NEW ERA’::The move be heralded?', /rubric/],
    ['Should the under 16s suffer Cinderella shutdown?', /suffer/],
    ['Should the light bulb ban be attacked from all sides?', /received/],
    ['Should the coal mine be given approval in?', /preposition without its object/],
    ['Has the ‘common sense prevailed ’?', /quotation broken open/],
    ['Should the go ahead?', /no noun after it/],
    ['Should the its first reading in Parliament go ahead?', /article before a function word/],
    [
      'Should the new legislation that could double business rates is progressing through parliament?',
      /own verb after a relative clause/,
    ],
    ['Should the 2011--A group of traders launch a campaign?', /dateline run into/],
    ['Should the council reaching a decision?', /participle where the verb/],
    ['Should there be a ordinance banning tents in the park?', /"a" before a vowel/],
    [
      'Should a decision ban carriages in Kelby got postponed by the council?',
      /second finite verb/,
    ],
    ['Should the council postpone vote on a ban of carriages?', /weighing the matter/],
    ['Do we want a city of parks, or a sprawl of car parks?', /alternatives/],
    ['Is the governor expected to sign the voucher bill into law?', /forecast/],
    ['Should Proponents tout school choice and parental control?', /what a camp does/],
    ['Should the legislation go ahead?', /only by its kind/],
    ['Should an ordinance go ahead?', /only by its kind/],
    [
      'Should the hearing for an ordinance that would ban circus animals from the city turned into a circus?',
      /second finite verb/,
    ],
    [
      'Should the only schools that should have Indian mascots and team names?',
      /no verb of its own/,
    ],
    [
      'Should cheering and clapping as they stand to be counted at the town meeting?',
      /participle where the verb/,
    ],
    [
      'Should the arguments make by a recent column writer ignore the cost of a ban?',
      /participle turned into the verb/,
    ],
    ['Should a positive sign -- Billboard ruling craft a better plan?', /kicker before a dash/],
    ['Should the soda tax study see sales dip and health impact unclear?', /asks about a report/],
    ['Should the ruling come on Thursday after a two-year fight?', /asks when a decision came/],
    ['Was the largest fine for an overdue book $345.14 after 47 years?', /past figure/],
    ['Should students be taught to use them appropriately?', /"them", with nothing/],
    ['Should the police to order protesters to remove masks?', /straight after the subject/],
    ['Should the people of Dunmore have had enough?', /past act/],
    ['Should "noise" be restricted in the park violates the right to play?', /second finite verb/],
    [
      'Should Orby and Tarby to close the bridge be asked by the council?',
      /straight after the subject/,
    ],
    ["Should revoking it be the opposition's priority?", /pronoun/],
    ['Should I read that the council plans to cut buses?', /writer/],
    ['Should the federation have banned heading for children?', /past act/],
    ['Should Emily Murphy send a letter to the President-elect?', /report/],
    ['Should the prime minister reassert the openness of the project?', /report/],
    ['Should the judge reconsider his decision made the previous day?', /report/],
    ['Should schools that start the day at 9:30 rather than 8:30 may see better results?', /modal/],
    ['Should the the council ban cars?', /doubled/],
    ['Should Later school start voted down?', /past form after a bare verb/],
    ['Should the Los Angeles on track to ban fur clothing sales?', /forecast/],
    ['Should there be supported by council?', /participle after "there be"/],
    ['Should a wind farm which drew 200 objections has been given the go-ahead?', /second finite/],
    ['Should Sandmouth ban dogs on its beach between May and?', /function word/],
    ['Is it here to stay?', /pronoun/],
    ['Should they pay more tax?', /pronoun/],
    ['Should this be allowed in schools?', /pronoun/],
    ['Should more than 900 rural districts now run a four-day week?', /count/],
    ['Does the council wants more money for roads?', /inflected verb/],
    ['Should the city council weigh a ban on leaf blowers?', /weighing/],
    ['Should the town board consider new rules for food trucks?', /weighing/],
    ['Should the bill be debated in the senate this week?', /weighing/],
    ['Should the matter be discussed at length by officials?', /points back|weighing/],
    ['Is the issue urgent for the harbour towns?', /points back/],
    ['Should this question be settled by the courts?', /points back/],
    ["Should 'We will not back down': the mayor on the tram?", /rubric/],
    ['Should Do speed cameras cut crashes on the ring road?', /second question opener/],
    ['Is what proposed and who is for and against?', /question word/],
    ['Should Tarby does not need another car park by the river?', /negated auxiliary/],
    ['Should the farmers row close the cattle market early?', /headline's verb/],
    ['Should watchdog orders halt the sale of the drug?', /headline's verb/],
    ['Should trams run again, and critics said the cost was too high?', /reporting clause joined/],
    ['Should the pier reopen in May, but the harbour master warned of storms?', /joined/],
    ["Should there be the health board's new rota for nurses?", /there be/],
    ["Should there be Elmton's late-night bus to the coast?", /there be/],
    ["Should there be Mayor Jane Doe's parking levy?", /there be/],
    ['Are drivers being told to pay the toll or face a fine of £50?', /either\/or/],
    [
      'Should the fee the council set on shops as well as cafes is unpopular?',
      /second finite verb/,
    ],
    ['Should parking fees has been raised be cut by the council?', /finite auxiliary/],
    ['Should the Court blocks Tarvik law make begging a crime?', /headline's verb in "-s"/],
    ['Should local nurses more pay be given?', /passive of giving/],
    ['Should the popular app own by the Dalby-based firm Quillsoft?', /participle turned/],
    [
      'Should a proposed ordinance that would charge shoppers a fee on bags in Kelby failed to pass the council?',
      /second finite verb/,
    ],
    ['Should R-Tex. sponsor a bill to cut the gas tax?', /party code/],
    ['Should these days keep up with technology?', /a time for a subject/],
    ['Are there a lot of terrible, horrible?', /no noun/],
    ['Should the One Ohio school district let teachers carry guns?', /capitalised count/],
    ['Should one of the most important duties that a citizen vote?', /relative clause/],
    [
      'Should a lawmaker turn in more than 2,500 signatures to put a question on the ballot?',
      /petition/,
    ],
    ['Should signatures be submitted for the ballot question in Kelby?', /petition/],
    ['Should an Kelby school board drop the name?', /"an" before a consonant/],
    ['Should an incinerator that be built?', /relative clause with no verb/],
    ['Should the known as congestion pricing face its test?', /known as/],
    ['Should judge strikes down the ban?', /headline's verb in "-s"/],
    ['Should the second reading go ahead?', /named only by its kind/],
    ['Should the <i>This post be corrected?', /markup/],
    [
      'Should a proposal ban fast food restaurants near schools failed Thursday in a 4-3 vote?',
      /past verb/,
    ],
    ['Should the tolls in cities across the UK received a serious setback go ahead?', /past verb/],
    [
      'Should a handful of people gather outside Orby Town Hall ahead of the vote on the camping ban?',
      /crowd should gather/,
    ],
    ['Should about 150 protesters rally against the closure of the pool?', /crowd should gather/],
    [
      'Should the plan raise the parking fee and rename it a kerb charge came under fire at the meeting?',
      /second finite verb/,
    ],
    ['Is "This nonsense," Alderman Tom Reyes?', /quotation's speaker/],
    ['Should the bike lane row rage on?', /quarrel/],
    ["Should the opposition blast gov't?", /praise or blame/],
    ['Should Kelby fans hail the new stadium?', /praise or blame/],
    ["Should judge rules Orby's ' stop -and-Search' unconstitutional?", /torn/],
    ['Should MPs voting dump raw sewage into the sea?', /participle run into a bare verb/],
    ['Should There be a sigh of relief?', /"There" capitalised/],
    ['Should agitating doctors lash out against the government?', /praise or blame/],
    [
      'Should a proposal to increase park fees landed with a thud when it was presented?',
      /received, in the past/,
    ],
    ['Should a proclamation on Friday to raise the fee to go ahead?', /"to" before/],
    ['Should Fight save the Orby Coast far from over?', /verdict on a fight/],
    ['Should the Orby Coast far be saved from over?', /verdict on a fight/],
    [
      'Should the head of the pharmacy lobby launch an emotional attack on the government?',
      /praise or blame/,
    ],
    [
      'Should the Orby residents and business owners express sadness and frustration over the order?',
      /praise or blame/,
    ],
    ['Should councillor Ann Reyes and Tom Hale introduced a bill Monday to ban it?', /past verb/],
    ['Should the council introduced a bill?', /past verb/],
    ["Should dogs be banned at Orby Beach, the town's busiest spot,?", /comma before/],
    ['Should No tents, no vans for Orby?', /"No" for a subject/],
    ['Does 40% have been deducted on prepaid power for years?', /perfect after "Does"/],
    ['Should Orby residents want solutions to frequent bus cuts?', /want something/],
    ["Should the civic body's move go ahead?", /only by its kind/],
    ["Should the Where the statue ends up is anyone's guess?", /question word after an article/],
    ['Is the groper fishing ban?', /no predicate/],
    [
      'Should the protocol be flown outside buildings, was approved at a full council meeting?',
      /own verb after a comma/,
    ],
    [
      'Should the planned closure of the station be stopped until a consultation has been held go ahead?',
      /passive run into "go ahead"/,
    ],
    ['Should Imagine the authority prohibit mall sales?', /imperative/],
    [
      'Should residents present Orby council with petitions containing 1200 signatures?',
      /petition/,
    ],
    [
      'Should bar owners up-in-arms against Hale for reject the longer drinking hours bill?',
      /bare verb after a preposition/,
    ],
    [
      'Should the demonstration be the latest by drivers over the licensing of ride-hailing apps?',
      /what a protest should be/,
    ],
    ['Should such act degenerate into chaos in the town if not checked?', /turn out/],
    ['Should the expected u-turn pop up?', /turn out/],
    [
      'Should the regional council continue to be divided on a push to a divisional council?',
      /divided over the matter/,
    ],
    ['Should a multi-million-dollar river-linking project which go ahead?', /relative clause/],
    ['Should cormorant claims go ahead?', /words said/],
    [
      'Should the angling world react angrily after the trust claimed the birds pose no threat?',
      /how to take the news/,
    ],
    [
      'Should plans for a night ferry between Orby and Kelby divide communities on both islands?',
      /divide people/,
    ],
    ['Should the reject a request by a builder to rezone a field?', /article before the verb/],
    [
      'Should Ontario hunters upset with proposed changes to the moose hunt?',
      /feeling where the verb should be/,
    ],
    ['Should the traders convey their displeasure to the governor?', /praise or blame/],
    ['Should the City of York Council to collect garden waste?', /"to" and a verb/],
    ['Should the debate over closing the library continue?', /quarrel should go on/],
    [
      'Should massive losses following a government ban yesterday even go ahead?',
      /harm or a complaint/,
    ],
    ['Should water pollution concerns be raised?', /harm or a complaint/],
    ['Should a row break out around an Orby church where bells?', /quarrel should go on/],
    ['Should a row go on around an Orby church where bells?', /relative clause cut off/],
    [
      'Should opposition leader not ‘see any justification whatsoever’ for move?',
      /sees or believes/,
    ],
    ['Does the Kelby Rugby Union face a no confidence vote from clubs?', /faces/],
    ['Should the dragging of the coal plant case go ahead?', /delay/],
    ['Should delays of Orby coal plant case go ahead?', /delay/],
    ['Is a vote due in May on the new plan for the harbour?', /step of the procedure/],
    ['Should the anti-rodeo petition be submitted to Parliament?', /petition/],
    ['Should the minister reject claims that flood defence schemes are?', /nothing after it/],
    ['Should the resident fury continue at lack of consultation on the plan?', /reaction/],
    ['Are residents next to the tracks outraged at the lack of consultation?', /feel/],
    ['Is Campaigner Ann Davis behind the event in Orby on Monday?', /behind a protest/],
    ['Should the Kelby and Orby bridges come down, Kelby city councillors voted?', /decided it/],
    ["Should the Kelby Park Trust's members aim their protest at the sponsors?", /camp does/],
    ['Should the decision be accepted?', /only by its kind/],
    ['Should environmental activists boycott Orby Sugar products?', /camp does/],
    ['Should Cost-cutting plans have left residents angry?', /past act/],
    ['Should local shopkeepers to stop selling chewing gum be asked?', /asked to do/],
    ['Should five years after the ban, the government has expanded restrictions?', /time/],
    ['Should the future of the Kelby trial sites hang in balance?', /future/],
    ['Should plans for a memorial to the crash victims hit a snag?', /fares/],
    ['Should the Kelby MPs clash with security guards as they open the cathedral?', /clash/],
    ['Should Cuts to almost halve lifeguard service approved?', /without "be"/],
    ["Should Don't rush land confiscation - farmers?", /order/],
    ['Should the petition stop construction of the Kelby bypass?', /petition does/],
  ])('rejects "%s"', (text, problem) => {
    expect(motionProblems(text).join('; ')).toMatch(problem);
  });

  it('lets a word stand twice where the article writes it twice, and nowhere else', () => {
    const question = 'Should boda boda registration be banned?';
    expect(motionProblems(question).join('; ')).toMatch(/doubled word/);
    expect(motionProblems(question, 'Riders of boda boda motorcycles protested.')).toEqual([]);
    expect(motionProblems(question, 'Riders of boda motorcycles protested.')).not.toEqual([]);
  });
});

describe('motion candidates on every corpus article and every made-up article', () => {
  const corpus = loadCorpus(DATA).map(({ gold, text }) => ({
    name: gold.file,
    article: parseArticle({ text, format: 'TEXT' }),
  }));
  const made = [
    ...UNSEEN_ARTICLES,
    ...OTHER_SHAPE_ARTICLES,
    ...NEW_SHAPE_ARTICLES,
    ...MORE_SHAPE_ARTICLES,
    ...TRIAL_SHAPE_ARTICLES,
    ...OUTSIDE_TRIAL_ARTICLES,
    ...ROUND6_TRIAL_ARTICLES,
    ...ROUND7A_TRIAL_ARTICLES,
    ...ROUND7B_TRIAL_ARTICLES,
    ...ROUND8_TRIAL_ARTICLES,
    ...ROUND9_TRIAL_ARTICLES,
    ...ROUND10_TRIAL_ARTICLES,
    ...ROUND11_TRIAL_ARTICLES,
    ...ROUND12_TRIAL_ARTICLES,
    ...ROUND13A_TRIAL_ARTICLES,
    ...ROUND13B_TRIAL_ARTICLES,
    ...ROUND14A_TRIAL_ARTICLES,
    ...ROUND14B_TRIAL_ARTICLES,
    ...ROUND15A_TRIAL_ARTICLES,
    ...ROUND15B_TRIAL_ARTICLES,
    ...ROUND16A_TRIAL_ARTICLES,
    ...ROUND16B_TRIAL_ARTICLES,
  ].map((a) => ({
    name: a.name,
    article: parseArticle({ text: a.text, format: a.format }),
  }));

  it.each([...corpus, ...made].map((c) => [c.name, c] as const))(
    '%s: at least one candidate, every one a well-formed yes/no question',
    (_name, { article }) => {
      const candidates = extractSeeds(article).motionCandidates;
      expect(candidates.length).toBeGreaterThan(0);
      for (const c of candidates) expect([c.text, motionProblems(c.text)]).toEqual([c.text, []]);
    },
  );

  const candidatesOf = (text: string) =>
    extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

  it('gives back the "the" a headline drops before the name of a body', () => {
    const first = (title: string) =>
      candidatesOf(`${title}\n\nThe decision was announced on Monday after a long meeting.\n`)[0];
    expect(first('Northern Rail Authority cancels the Dunmore line upgrade')).toBe(
      'Should the Northern Rail Authority cancel the Dunmore line upgrade?',
    );
    expect(first('Green Party backs a four-day week')).toBe(
      'Should the Green Party back a four-day week?',
    );
    // A person's or a place's name takes none.
    expect(first('Anna Ruiz backs a four-day week')).toBe('Should Anna Ruiz back a four-day week?');
  });

  it('reads a fine, an appeal and a challenge in a headline and a lede', () => {
    const texts = (title: string, lede: string) => candidatesOf(`${title}\n\n${lede}\n`);
    // A penalty's passive takes its sum straight after it; wink reads "fined" as "fin".
    expect(
      texts(
        'Harbour Ferries fined £40,000 over safety breaches',
        'The operator said it would pay the fine.',
      ),
    ).toContain('Should Harbour Ferries be fined £40,000 over safety breaches?');
    // "fines" before a name is the headline's verb, not a plural noun.
    expect(
      texts(
        "Norland fines Glimmer £2 million over children's data",
        "Norland's data regulator said the app had broken the law.",
      ),
    ).toEqual([
      'Has the app broken the law?',
      "Should Norland fine Glimmer £2 million over children's data?",
    ]);
    // Whether the decision appealed or challenged stands is the matter, not the appeal.
    expect(
      texts(
        'Dunmore cafe owners challenge ban on patio heaters',
        'The owners met the mayor on Monday.',
      ),
    ).toContain('Should the ban on patio heaters stand?');
    expect(
      texts(
        'Skier Lena Brandt to appeal two-year doping ban',
        'Her lawyer confirmed the plan on Tuesday.',
      ),
    ).toContain('Should the two-year doping ban stand?');
    // A passive after "been" keeps its "be".
    expect(
      texts(
        'Ferry firm penalised',
        'Harbour Ferries has been hit with a £40,000 fine for safety breaches.',
      ),
    ).toContain('Should Harbour Ferries be hit with a £40,000 fine for safety breaches?');
    // "As was widely expected," is an aside; the progressive's "is" is not the subject's.
    expect(
      texts(
        'Night buses to end',
        'As was widely expected, the council is scrapping the night bus service.',
      ),
    ).toContain('Should the council scrap the night bus service?');
    // A headline's second predicate after a comma is cut off.
    expect(
      texts('Norland bans Glimmer, threatens daily fines', "Norland's regulator spoke on Monday."),
    ).toContain('Should Norland ban Glimmer?');
  });

  it('reads a headline in title case as the sentence it is, and passes over "According to X,"', () => {
    expect(
      candidatesOf(
        'Dunmore Has Banned Patio Heaters From Cafe Terraces\n\nThe town of Dunmore has banned patio heaters from cafe terraces, officials said on Monday.\n',
      ),
    ).toContain('Should Dunmore ban patio heaters from cafe terraces?');
    expect(
      candidatesOf(
        "Heaters go\n\nAccording to a notice on the council's website, the town has banned patio heaters from cafe terraces.\n",
      ),
    ).toEqual(['Should the town ban patio heaters from cafe terraces?']);
  });

  it('reads an office that opens a headline as a common noun, though the body writes it as a title', () => {
    expect(
      candidatesOf(
        'Mayor blocks Orly youth curfew\n\nA curfew for under-16s in Orly cannot start next month, Mayor Maria Keller said on Friday. Mayor Keller said the town had not shown the curfew was needed.\n',
      ),
      // A headline drops its articles; the curfew's "the" is put back.
    ).toEqual([
      'Should a curfew for under-16s in Orly start next month?',
      'Should the mayor block the Orly youth curfew?',
    ]);
  });

  it('asks about the act someone is condemned or praised for, not the condemning', () => {
    const texts = candidatesOf(
      'Dunmore ban draws fire\n\nLocal MP Sara Quint condemned Dunmore town council for banning street musicians from the market square, calling it joyless.\n',
    );
    expect(texts).toContain(
      'Should the Dunmore town council ban street musicians from the market square?',
    );
    expect(texts.join(' ')).not.toMatch(/condemn/u);
  });

  it('does not take a headline verb read as a noun into the measure it names', () => {
    const candidates = candidatesOf(
      'High Court halts Dunmore curfew\n\nThe ruling was given on Monday.\n',
    );
    expect(candidates.join(' ')).not.toMatch(/Court halts/u);
  });

  it('asks about what a headline says a body weighs, purpose kept', () => {
    const texts = (title: string) =>
      extractSeeds(
        parseArticle({
          text: `${title}\n\nOfficials met on Monday; the council will decide in June.\n`,
          format: 'TEXT',
        }),
      ).motionCandidates.map((c) => c.text);
    expect(texts('Porto weighs parking fee rise to fund trams')[0]).toBe(
      'Should Porto adopt a parking fee rise to fund trams?',
    );
    expect(texts('Council considers ban on leaf blowers')[0]).toBe(
      'Should the council adopt a ban on leaf blowers?',
    );
    expect(texts('Council weighs four-day week for its staff')[0]).toBe(
      'Should the council adopt a four-day week for its staff?',
    );
  });

  it('asks what a body weighs or debates be adopted or passed, never whether it should be weighed', () => {
    const texts = (title: string, lede: string) =>
      extractSeeds(
        parseArticle({ text: `${title}\n\n${lede}\n`, format: 'TEXT' }),
      ).motionCandidates.map((c) => c.text);
    // "X to weigh Y": the "to" is not part of the subject.
    const blowers = texts(
      'Millford council to weigh ban on leaf blowers',
      'The Millford city council will weigh a proposal to ban petrol leaf blowers at its meeting on Tuesday.',
    );
    expect(blowers).toContain('Should the Millford council adopt a ban on leaf blowers?');
    expect(blowers.join(' ')).not.toMatch(/\b(?:weigh|to adopt)\b/u);
    // Where the body meets to decide is procedure, not the matter.
    expect(blowers.join(' ')).not.toMatch(/at its meeting/u);
    // "X debates Y" (wink reads "debates" a noun): a bill is passed, and the lede's bill that
    // would do something asks about what it would do.
    const rents = texts(
      'Senate debates bill on rent caps',
      'The state senate on Wednesday debated a bill that would cap yearly rent increases at five per cent.',
    );
    expect(rents).toContain('Should the senate pass a bill on rent caps?');
    expect(rents.join(' ')).toMatch(/Should yearly rent increases be capped\b/u);
    expect(rents.join(' ')).not.toMatch(/debat|Do you agree/u);
    // A headline's last word read as a verb ("grant") heads the phrase; a plan to give someone
    // something asks whether they should be given it.
    const grant = texts(
      'Harwick mulls school uniform grant',
      "Harwick's education committee will consider a plan to give every family £100 a year towards school uniforms.",
    );
    expect(grant).toContain('Should Harwick adopt a school uniform grant?');
    expect(grant).toContain('Should every family be given £100 a year towards school uniforms?');
    // Facing reporters or taking questions is procedure: the plan it is about is the matter.
    const briefing = texts(
      'Minister takes questions on plan to scrap tuition fees',
      "Education minister Paul Greer faced reporters on Monday over the government's plan to scrap university tuition fees from 2027.",
    );
    expect(briefing.join(' ')).not.toMatch(/face reporters|take questions/u);
    expect(briefing.join(' ')).toMatch(/Should (?:university )?tuition fees be scrapped\b/u);
    // A lede whose subject only points back names no matter: no candidate from it.
    const trucks = texts(
      'Riverton weighs new rules for food trucks',
      'The matter was discussed at length on Tuesday by officials from the licensing office.',
    );
    expect(trucks).toEqual(['Should Riverton adopt new rules for food trucks?']);
  });

  it('takes a headline that asks a yes/no question as the first candidate', () => {
    const article = parseArticle({
      text: [
        '# Should towns switch off street lights after midnight?',
        '',
        'More than 200 towns in the region already dim their lights, mostly to save money.',
        '',
        '## Is it here to stay?',
        '',
        '"Nobody walks about at 3am," said the council leader, Ann Foley.',
      ].join('\n'),
      format: 'MARKDOWN',
    });
    const texts = extractSeeds(article).motionCandidates.map((c) => c.text);
    expect(texts[0]).toBe('Should towns switch off street lights after midnight?');
    // Neither the heading's bare "it" nor the lede's count of towns makes a motion.
    expect(texts.join(' ')).not.toMatch(/here to stay|More than 200/u);
  });

  it('takes a question heading of a Markdown article as a candidate, ahead of the lede', () => {
    const fireworks = made.find((m) => m.name === 'fireworks-markdown')!;
    expect(extractSeeds(fireworks.article).motionCandidates[0]).toMatchObject({
      text: 'Is a ban the right tool?',
      origin: 'QUESTION',
    });
  });

  it("never takes an interviewer's question to a person as a motion", () => {
    const interview = made.find((m) => m.name === 'phone-ban-interview')!;
    const texts = extractSeeds(interview.article).motionCandidates.map((c) => c.text);
    expect(texts.join(' ')).not.toMatch(/\byou\b/iu);
  });

  it('shortens a long lede: names for a long subject, no relative clause or adjunct of means', () => {
    const texts = (text: string) =>
      extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);
    expect(
      texts(
        'Two councillors propose rent cap\n\nThe former city treasurer and mayoral candidate Councillor Jane Doe and fellow Green Party councillor Tom Reed proposed on Monday to cap rents across the whole of the city for five years through an amendment to the city charter that voters approved in 1990.\n\nLandlords said the cap would stop new building.\n',
      ),
    ).toContain(
      'Should Councillor Jane Doe and Tom Reed cap rents across the whole of the city for five years?',
    );
    expect(
      texts(
        'Council to sell the old harbour\n\nThe Porthaven council announced that it will sell the old harbour to a private developer who would have been allowed to build three hundred flats on the quay and a hotel on the pier.\n\nResidents said the sale was a mistake.\n',
      )[0],
    ).toBe('Should the Porthaven council sell the old harbour to a private developer?');
    // A relative clause after a name is cut as after a noun.
    expect(
      texts(
        "Lawmakers in Tarvia to vote on river pact\n\nTarvia's senate will vote next month on whether to ratify a water-sharing pact with neighbouring Ostrel that would let Ostrel draw twice as much water from the river during dry summers.\n\nFarmers said the pact would ruin them.\n",
      )[0],
    ).toBe("Should Tarvia's senate ratify a water-sharing pact with neighbouring Ostrel?");
  });

  it('ends a policy phrase that is the subject before its own verb ("… plan to put X goes before …")', () => {
    const candidates = candidatesOf(
      "Lindmark tariff plan faces vote\n\nThe Lindmark government's plan to put a 15 per cent tariff on imported cars goes before parliament on Monday.\n\nCarmakers said prices would rise.\n",
    );
    expect(candidates).toContain(
      'Should the Lindmark government put a 15 per cent tariff on imported cars?',
    );
    expect(candidates.filter((c) => c.includes('goes before'))).toEqual([]);
    // The grammar check refuses the "-es" of a second present-tense verb run in.
    expect(
      motionProblems(
        'Should the Lindmark put a 15 per cent tariff on imported cars goes before parliament?',
      ),
    ).toContain('a second finite verb ("Should X do Y is Z")');
  });

  it('passes over who reacts and how before the news ("Growers react with anger to …")', () => {
    const candidates = candidatesOf(
      'Growers react with anger to ban on peat compost\n\nThe environment ministry will ban the sale of peat compost to gardeners from next spring.\n\nGrowers said the ban would raise their costs.\n',
    );
    expect(candidates).toContain('Should there be a ban on peat compost?');
    expect(candidates.filter((c) => c.startsWith('Should Growers'))).toEqual([]);
  });

  it('refuses a question that offers a second outcome ("… or just raise prices?")', () => {
    expect(
      motionProblems('Will the new stadium revive the town or just raise council tax?'),
    ).toContain('offers alternatives (either/or)');
  });

  it('keeps the first candidate of every corpus article and fixture to 25 words', () => {
    for (const { name, article } of [...corpus, ...made]) {
      const [first] = extractSeeds(article).motionCandidates;
      expect([name, first.text.split(/\s+/u).length <= 25]).toEqual([name, true]);
    }
  });

  it('asks about the measure, not the procedure around it (letters, appeals, debates, reconsidering)', () => {
    const texts = candidatesOf(
      'Judge reconsiders\n\nOn Friday, the judge reconsidered her ruling of the previous day. Lawyers for the city sent a letter to the court.\n\nThe city said the ruling was wrong.\n',
    );
    expect(texts.filter((t) => /^Should .*(?:reconsider|send a letter)/u.test(t))).toEqual([]);
    expect(
      candidatesOf(
        'Assembly opens debate\n\nThe regional assembly opened its debate on Tuesday on a bill to cut the speed limit on rural roads to 50 kilometres an hour.\n\nFarmers said the limit was too low.\n',
      ),
    ).toContain('Should the speed limit be cut on rural roads to 50 kilometres an hour?');
    expect(
      candidatesOf(
        "Tenants lose appeal against Dunmore cap on rents\n\nThe high court dismissed an appeal by tenants against Dunmore's cap of three percent a year on rent rises.\n\nTenants said the cap was too high.\n",
      ),
    ).toContain('Should Dunmore cap rent rises?');
  });

  it('turns a verdict, a hedged finding and an urging headline into questions, not "Should X be …"', () => {
    expect(candidatesOf('The toll is a tax on the poor\n\nThe toll starts in May.\n')).toContain(
      'Is the toll a tax on the poor?',
    );
    expect(
      candidatesOf(
        'Green roofs may cool city streets, researchers find\n\nA survey of green roofs in three cities was published on Monday.\n',
      ),
    ).toContain('Do green roofs cool city streets?');
    expect(
      candidatesOf(
        'Letters: Save the harbour ferry\n\nSir, the ferry is older than the town hall.\n',
      ),
    ).toContain('Should we save the harbour ferry?');
  });

  it('writes a sentence-initial common word in lower case inside the question, a name as written', () => {
    const texts = candidatesOf(
      'Late bedtimes may hurt reading, survey finds\n\nPrimary pupils who go to bed after ten may do worse in reading tests, according to a survey published on Monday.\n\nThe survey asked 2,000 families.\n',
    );
    expect(texts).toContain('Do primary pupils who go to bed after ten do worse in reading tests?');
    expect(texts).toContain('Do late bedtimes hurt reading?');
    expect(
      candidatesOf(
        'Summer opening for schools\n\nParliament voted on Monday to keep primary schools open in the summer.\n',
      )[0],
    ).toBe('Should Parliament keep primary schools open in the summer?');
    expect(
      candidatesOf(
        'Council to shut Eastbrook pool\n\nEastbrook council plans to shut the town pool in May.\n',
      ),
    ).toContain('Should the Eastbrook council shut the town pool in May?');
    // A group of people opening the sentence is no name ("Sanders" would be).
    expect(
      candidatesOf(
        'Farmers to fence off the river\n\nFarmers plan to fence off the Leam river banks to keep cattle out of the water.\n',
      ),
    ).toEqual([
      'Should farmers fence off the Leam river banks to keep cattle out of the water?',
      'Should farmers fence off the river?',
    ]);
  });

  it("finds the matter in a decision's content, a project's purpose and a verbless headline", () => {
    expect(
      candidatesOf(
        'Judge reconsiders\n\nOn Friday, the judge reconsidered her ruling of the previous day — that tenants in the county are protected by the rent law.\n\nLandlords said the ruling was wrong.\n',
      ),
    ).toContain('Are tenants in the county protected by the rent law?');
    expect(
      candidatesOf(
        'Minister on rail link\n\nOn Monday, the minister discussed the Northline project, which is aimed at linking the northern towns with the capital by fast trains.\n\nFarmers said the line would cut their fields in two.\n',
      ),
    ).toContain('Should the northern towns be linked with the capital by fast trains?');
    expect(
      candidatesOf(
        'Mayor on the parking charge\n\nThe mayor spoke to us on Monday about the town.\n',
      ),
    ).toContain('Should the parking charge go ahead?');
  });

  it('offers a shorter form without a closing phrase of time or circumstance, ranked last', () => {
    const texts = candidatesOf(
      'Council closes swimming pools following budget cuts\n\nThe town council will shut its two pools from the first of March.\n',
    );
    expect(texts.slice(-2)).toEqual([
      'Should the town council shut its two pools?',
      'Should the council close swimming pools?',
    ]);
  });

  it('asks about the state a leader acts for, when the article names it, and not otherwise', () => {
    const story = (extra: string) =>
      `Leader vows tougher fines\n\nOn Monday, Norwegian leader Ingrid Dahl-Ødegård of the Coastal Party promised to impose higher fines for dumping waste at sea.\n\n${extra}\n`;
    const named = candidatesOf(story('Fishermen in Norway said the fines were overdue.'));
    expect(named[0]).toBe('Should Norway impose higher fines for dumping waste at sea?');
    // No state named, or a name the adjective cannot stand for: the leader stays the subject.
    const unnamed = candidatesOf(story('Fishermen said the fines were overdue.'));
    expect(unnamed[0]).toBe(
      'Should the Norwegian leader Ingrid Dahl-Ødegård impose higher fines for dumping waste at sea?',
    );
  });

  it('reads a nationality whose state is spelt otherwise (French / France, Dutch / the Netherlands)', () => {
    expect(
      candidatesOf(
        'Minister vows phone ban\n\nFrench President Jean Morel vowed on Monday to ban smartphones in primary schools across France.\n\nTeachers welcomed the plan.\n',
      )[0],
    ).toBe('Should France ban smartphones in primary schools across France?');
    expect(
      candidatesOf(
        'Fireworks to go\n\nDutch Prime Minister Anna de Vries vowed to ban consumer fireworks in the Netherlands.\n',
      )[0],
    ).toBe('Should the Netherlands ban consumer fireworks in the Netherlands?');
    // "Polish" does not stand for Portugal, the only state the article names.
    expect(
      candidatesOf(
        'Fines rise\n\nPolish President Jan Nowak vowed to raise fines for speeding, as Portugal did.\n',
      )[0],
    ).toBe('Should the Polish President Jan Nowak raise fines for speeding?');
  });

  it('asks about the measure of a procedure in headline form, of a survey, and of a figure aimed at', () => {
    const curfew = candidatesOf(
      "Court strikes down dog curfew in Oakham\n\nThe county court ruled on Monday that Oakham's ban on walking dogs after dark is unlawful.\n",
    );
    expect(curfew).toContain('Should there be a dog curfew in Oakham?');
    const survey = candidatesOf(
      'Most drivers back a tunnel toll, poll finds\n\nMost drivers in Westport support a toll on the new harbour tunnel, according to a poll published on Friday.\n',
    );
    expect(survey[0]).toBe('Should there be a toll on the new harbour tunnel?');
    const fares = candidatesOf(
      'Senate debates fare rise\n\nThe senate opened its debate on a bill to raise bus fares from $2 to $3 by 2027.\n',
    );
    expect(fares).toContain('Should bus fares be raised to $3?');
    const kicker = candidatesOf(
      'Fares to rise to $3: what riders said\n\nBus fares in Westport will rise to $3 in May, the transit board announced on Friday.\n',
    );
    expect(kicker.join(' ')).not.toMatch(/what riders/u);
  });

  it('asks whether there should be the law a court strikes down in a headline, with whom it is for', () => {
    const law = candidatesOf(
      "Slovakia's Constitutional Court strikes down foreign funding law for NGOs\n\nThe court on Tuesday struck down a law that required charities to publish their donors.\n",
    );
    expect(law).toContain('Should there be a foreign funding law for NGOs?');
  });

  it('gives a headline subject its article back, asks about what a study backs, and keeps the figure aimed at without its time', () => {
    const fares = candidatesOf(
      'Bus fare cap to rise to $3\n\nThe cap on bus fares in Westport will rise from $2 to $3 next year.\n',
    );
    expect(fares).toContain('Should the bus fare cap rise to $3?');
    expect(fares).toContain('Should the cap on bus fares in Westport rise to $3?');
    expect(fares).not.toContain('Should the cap on bus fares in Westport rise to $3 next year?');
    const study = candidatesOf(
      'Study backs free school meals for all pupils\n\nPupils who eat a free lunch do better in afternoon tests, researchers found.\n',
    );
    expect(study).toContain('Should there be free school meals for all pupils?');
    const plural = candidatesOf(
      'Face coverings to become compulsory in shops\n\nShoppers in Westport must wear a face covering from Monday.\n',
    );
    expect(plural.join(' ')).not.toMatch(/the face coverings/u);
  });

  it("drops a wire report's dateline from the lede and asks nothing of a vote's count", () => {
    const wire = candidatesOf(
      "Senate votes to end daylight saving\n\nORTON, May 2 (Wirenet) - Orton's senate voted on Friday to stop changing the clocks in autumn.\n\nThe bill passed by 40 votes to 21.\n",
    );
    expect(wire.join(' ')).not.toMatch(/May|Wirenet|ORTON|passed by/u);
    expect(wire).toContain("Should Orton's senate stop changing the clocks in autumn?");
  });

  it('asks a found effect in the past tense when its verb has one form for both ("cut", "set")', () => {
    expect(
      candidatesOf(
        'Study finds parking levy cut car trips into the centre by a fifth\n\nThe levy of two euros an hour has been in force in Dorran since 2024, a study published on Monday shows.\n',
      ),
    ).toContain('Did the parking levy cut car trips into the centre by a fifth?');
    expect(
      candidatesOf(
        'Study finds parking levies cut car trips into the centre\n\nLevies of two euros an hour have been in force in six towns since 2024, a study published on Monday shows.\n',
      ),
    ).toContain('Do parking levies cut car trips into the centre?');
  });

  it('asks what a body voted to do, without the count or the day of the vote', () => {
    for (const lede of [
      'The town council of Wexley voted 9 to 4 on Thursday to limit lorry traffic in the old town to the night hours.',
      'The town council of Wexley voted 9-4 to limit lorry traffic in the old town to the night hours.',
      'The town council of Wexley narrowly voted by 7 votes to 6 on Thursday to limit lorry traffic in the old town to the night hours.',
      'The town council of Wexley voted unanimously last night to limit lorry traffic in the old town to the night hours.',
    ]) {
      const motions = candidatesOf(
        `Wexley curbs lorries\n\n${lede}\n\nHauliers said the rule would cost them.\n`,
      );
      expect([lede, motions.join(' ')]).not.toEqual([lede, expect.stringMatching(/\bvote|\d/u)]);
      expect([lede, motions]).toEqual([
        lede,
        expect.arrayContaining([
          'Should the town council of Wexley limit lorry traffic in the old town to the night hours?',
        ]),
      ]);
    }
  });

  it("offers a ruling's verdict on a named measure without whom it applies to", () => {
    const ruling = candidatesOf(
      "Court strikes down school-gate smoking ban in Oakham\n\nThe county court ruled on Monday that Oakham's smoking ban for parents at school gates is unlawful.\n",
    );
    expect(ruling).toContain("Is Oakham's smoking ban unlawful?");
  });

  it('asks whether the actor that announced restrictions or a ban on something should impose it', () => {
    expect(
      candidatesOf(
        'Ministry tightens rules on ferries\n\nOn Tuesday, the Harbour Ministry of Eastland announced new restrictions on night ferries to the islands.\n\nIsland shops said the rules would cost them trade.\n',
      ),
    ).toContain('Should the Harbour Ministry of Eastland restrict night ferries to the islands?');
  });

  it('asks whether who is let act should be, not whether who let them should act', () => {
    expect(
      candidatesOf(
        'City lets restaurants heat pavements\n\nThe city of Varne has allowed restaurants to put gas heaters on pavements this winter.\n',
      ),
    ).toContain('Should restaurants be allowed to put gas heaters on pavements this winter?');
  });

  it("asks about the place whose office a lede's speaker holds", () => {
    expect(
      candidatesOf(
        "Minister wants deposit on bottles\n\nEastland's environment minister, Petra Holm, wants to put a deposit on plastic bottles from next year.\n",
      ),
    ).toContain('Should Eastland put a deposit on plastic bottles from next year?');
  });

  it('reads a participle between a possessive and a noun as part of the noun phrase', () => {
    const candidates = candidatesOf(
      "Explained: the fight over Wexby's proposed bypass\n\nWexby council will decide in May whether to build a bypass round the old town.\n",
    );
    expect(candidates.some((c) => /Should there be bypass/u.test(c))).toBe(false);
    // (Since round 29 the fight's object is read whole: "Should Wexby's proposed bypass go ahead?".)
    expect(candidates).toContain("Should Wexby's proposed bypass go ahead?");
  });

  it('reads "votes" before "on whether to" as the verb a tagger took for a noun', () => {
    expect(
      candidatesOf(
        'Checked: what both sides say about the cycle lane\n\nMarrowby votes next week on whether to build a cycle lane along the river road.\n\nShops in Marrowby say they would lose parking.\n',
      ),
    ).toContain('Should Marrowby build a cycle lane along the river road?');
  });

  it('keeps a comma between two modifiers of one noun inside the phrase asked about', () => {
    const candidates = candidatesOf(
      "Hospital staff rota under review\n\nThe Ardley health trust's board on Tuesday discussed the chief executive's plan to move 3,000 nurses onto a twelve-hour, four-shift rota across its three hospitals from next spring.\n",
    );
    expect(candidates.some((c) => /a twelve-hour\?/u.test(c))).toBe(false);
    expect(candidates.some((c) => /a twelve-hour, four-shift rota/u.test(c))).toBe(true);
  });

  it('asks about what the lede\'s subject did, not about the reason it gave after ", saying"', () => {
    const [first] = candidatesOf(
      "Regulator halts pipeline works\n\nThe river authority on Monday halted work on the Calder gas pipeline, saying the company would put the town's drinking water at risk.\n",
    );
    expect(first).toBe('Should the river authority halt work on the Calder gas pipeline?');
  });

  it('asks a headline\'s passive without its "is" as a passive ("Mayor fined for …")', () => {
    const candidates = candidatesOf(
      'Harbour master fined for dredging without a licence\n\nA court in Portlow on Friday ordered the harbour master to pay £20,000.\n',
    );
    expect(candidates).toContain(
      'Should the harbour master be fined for dredging without a licence?',
    );
  });

  it('asks about the headline when no rule makes a candidate of it', () => {
    const article = parseArticle({
      text: 'Weather: rain, rain and more rain\n\nIt rained all week in the valley and the rivers rose.\n',
      format: 'TEXT',
    });
    const [first] = extractSeeds(article).motionCandidates;
    expect(first.text).toMatch(/^(?:Should|Is|Are|Does|Do|Did|Will|Was)\b.*\?$/u);
    expect(motionProblems(first.text)).toEqual([]);
  });
});

describe('claims on made-up articles of different shapes', () => {
  const results = [
    ...UNSEEN_ARTICLES,
    ...OTHER_SHAPE_ARTICLES,
    ...NEW_SHAPE_ARTICLES,
    ...MORE_SHAPE_ARTICLES,
    ...TRIAL_SHAPE_ARTICLES,
    ...OUTSIDE_TRIAL_ARTICLES,
    ...ROUND6_TRIAL_ARTICLES,
    ...ROUND7A_TRIAL_ARTICLES,
    ...ROUND7B_TRIAL_ARTICLES,
    ...ROUND8_TRIAL_ARTICLES,
    ...ROUND9_TRIAL_ARTICLES,
    ...ROUND10_TRIAL_ARTICLES,
    ...ROUND11_TRIAL_ARTICLES,
    ...ROUND12_TRIAL_ARTICLES,
    ...ROUND13A_TRIAL_ARTICLES,
    ...ROUND13B_TRIAL_ARTICLES,
    ...ROUND14A_TRIAL_ARTICLES,
    ...ROUND14B_TRIAL_ARTICLES,
    ...ROUND15A_TRIAL_ARTICLES,
    ...ROUND15B_TRIAL_ARTICLES,
    ...ROUND16A_TRIAL_ARTICLES,
    ...ROUND16B_TRIAL_ARTICLES,
  ].map((a) => {
    const article = parseArticle({ text: a.text, format: a.format });
    return { a, positions: extractSeeds(article, a.motion).positions };
  });
  const expected = results.flatMap(({ a, positions }) =>
    a.claims.map((c) => ({
      ...c,
      article: a.name,
      found: positions.find((p) => p.quote.includes(c.fragment)),
    })),
  );

  it('has ten made-up articles of different shapes', () => {
    expect(new Set(UNSEEN_ARTICLES.map((a) => a.shape)).size).toBeGreaterThanOrEqual(10);
    for (const { a } of results) {
      for (const c of a.claims) expect(a.text).toContain(c.fragment);
    }
  });

  const score = (set: typeof UNSEEN_ARTICLES) => {
    const names = new Set(set.map((a) => a.name));
    const mine = expected.filter((e) => names.has(e.article));
    const found = mine.filter((e) => e.found);
    const right = found.filter((e) => e.found!.side === e.side);
    return { found: found.length / mine.length, side: right.length / found.length };
  };

  /** The set's absent fragments (plain reporting) that some position's quote contains. */
  const plainReportingTaken = (set: typeof UNSEEN_ARTICLES) =>
    results
      .filter(({ a }) => set.includes(a))
      .flatMap(({ a, positions }) =>
        a.absent.filter((f) => positions.some((p) => p.quote.includes(f))),
      );

  it('finds most of the expected positions, most with the right side', () => {
    // Measured: 25 of 25 found, all with the right side (24 and 23 before; docs/SEEDING.md).
    const first = score(UNSEEN_ARTICLES);
    expect(first.found).toBeGreaterThanOrEqual(25 / 25);
    expect(first.side).toBeGreaterThanOrEqual(25 / 25);
  });

  it('keeps its measured floor on the articles of other shapes (written before the rules for them)', () => {
    // Measured: 18 of 18 found, all with the right side (15 before the actor, take-up and effect
    // rules); 12 and 9 before the unnamed group, continued quotation, spokesperson and challenge
    // rules; 11 and 6 before any change.
    const other = score(OTHER_SHAPE_ARTICLES);
    expect(other.found).toBeGreaterThanOrEqual(18 / 18);
    expect(other.side).toBeGreaterThanOrEqual(18 / 18);
  });

  it('keeps its measured floor on the articles of new shapes (written before the rules for them)', () => {
    // Measured: 22 of 22 found, all with the right side (21 before the challengers rule); 10 of
    // 22 and 9 of 10 as written.
    const fresh = score(NEW_SHAPE_ARTICLES);
    expect(fresh.found).toBeGreaterThanOrEqual(22 / 22);
    expect(fresh.side).toBeGreaterThanOrEqual(22 / 22);
  });

  it('keeps its measured floor on the articles of more shapes (written before the rules for them)', () => {
    // Measured: 11 of 12 found, 10 of those with the right side; 5 of 12 and 3 of 5 as written.
    const more = score(MORE_SHAPE_ARTICLES);
    expect(more.found).toBeGreaterThanOrEqual(11 / 12);
    expect(more.side).toBeGreaterThanOrEqual(10 / 11);
  });

  it('keeps its measured floor on the articles of trial shapes (imported before the rules for them)', () => {
    // Measured: 18 of 19 found, 17 of those with the right side; 11 of 19 and 8 of 11 as
    // imported (docs/SEEDING.md).
    const trial = score(TRIAL_SHAPE_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(18 / 19);
    expect(trial.side).toBeGreaterThanOrEqual(17 / 18);
  });

  it('keeps its measured floor on the round 5 trial articles (scored before the rules for them)', () => {
    // Measured: 24 of 26 found, all with the right side; 12 of 26 and 12 of 12 before the round
    // 5 rules (docs/SEEDING.md).
    const trial = score(OUTSIDE_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(24 / 26);
    expect(trial.side).toBeGreaterThanOrEqual(24 / 24);
  });

  it('keeps its measured floor on the round 6 trial articles (scored before the rules for them)', () => {
    // Measured: 26 of 30 found, 22 of those with the right side; 26 of 30 and 14 of 26 before
    // the round 6 rules (docs/SEEDING.md).
    const trial = score(ROUND6_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(26 / 30);
    expect(trial.side).toBeGreaterThanOrEqual(22 / 26);
  });

  it('keeps its measured floor on the round 7 (part A) trial articles (scored before the rules for them)', () => {
    // Measured: 34 of 38 found, all with the right side (one of them a guess); 17 of 38 and 14
    // of 17 before the round 7 (part A) rules (docs/SEEDING.md).
    const trial = score(ROUND7A_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(34 / 38);
    expect(trial.side).toBeGreaterThanOrEqual(34 / 34);
  });

  it('keeps its measured floor on the round 7 trial articles, part B (scored before the rules for them)', () => {
    // Measured: 34 of 39 found, 33 of those with the right side; 28 of 39 and 22 of 28 before
    // the round 7 (part B) rules (docs/SEEDING.md).
    const trial = score(ROUND7B_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(34 / 39);
    expect(trial.side).toBeGreaterThanOrEqual(33 / 34);
  });

  it('keeps its measured floor on the round 8 trial articles (scored before the rules for them)', () => {
    // Measured: 64 of 69 found, 50 of those with the right side; 50 of 69 and 18 of 50 before
    // the round 8 rules (docs/SEEDING.md).
    const trial = score(ROUND8_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(64 / 69);
    expect(trial.side).toBeGreaterThanOrEqual(50 / 64);
  });

  it('keeps its measured floor on the round 9 trial articles (scored before the rules for them)', () => {
    // Measured: 52 of 58 found, 44 of those with the right side; 39 of 58 and 27 of 39 before
    // the round 9 rules (docs/SEEDING.md).
    const trial = score(ROUND9_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(52 / 58);
    expect(trial.side).toBeGreaterThanOrEqual(44 / 52);
  });

  it('keeps its measured floor on the round 10 trial articles (scored before the rules for them)', () => {
    // Measured: 51 of 65 found, 47 of those with the right side; 38 of 65 and 28 of 38 before
    // the round 10 rules (docs/SEEDING.md).
    const trial = score(ROUND10_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(51 / 65);
    expect(trial.side).toBeGreaterThanOrEqual(47 / 51);
  });

  it('takes no more plain reporting from the round 10 trial articles than measured', () => {
    // Measured: 4 of the set's absent fragments taken, 3 before the round 10 rules: two inside a
    // transcript turn kept whole, "Concession fares stay at …" answered alone and a committee
    // witness's concession (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND10_TRIAL_ARTICLES).length).toBeLessThanOrEqual(4);
  });

  it('keeps its measured floor on the round 11 trial articles (scored before the rules for them)', () => {
    // Measured: 47 of 53 found, 35 of those with the right side (46 and 34 after the round 11
    // rules; 43 of 53 and 30 of 43 before them; docs/SEEDING.md).
    const trial = score(ROUND11_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(47 / 53);
    expect(trial.side).toBeGreaterThanOrEqual(35 / 47);
  });

  it('keeps its measured floor on the round 12 trial articles (scored before the rules for them)', () => {
    // Measured: 45 of 56 found, 36 of those with the right side; 43 of 56 and 31 of 43 before
    // the round 12 rules (docs/SEEDING.md).
    const trial = score(ROUND12_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(45 / 56);
    expect(trial.side).toBeGreaterThanOrEqual(36 / 45);
  });

  it('takes no more plain reporting from the round 12 trial articles than measured', () => {
    // Measured: 1 of the set's absent fragments taken, a council's promise of parking bays; 2
    // before the round 12 rules, with a correction note (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND12_TRIAL_ARTICLES).length).toBeLessThanOrEqual(1);
  });

  it('keeps its measured floor on the round 13A trial articles (scored before the rules for them)', () => {
    // Measured: 31 of 31 found, 25 of those with the right side; 23 of 31 and 17 of 23 before
    // the round 13A rules (docs/SEEDING.md).
    const trial = score(ROUND13A_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(31 / 31);
    expect(trial.side).toBeGreaterThanOrEqual(25 / 31);
  });

  it('takes no more plain reporting from the round 13A trial articles than measured', () => {
    // Measured: 2 of the set's absent fragments taken before the round 13A rules: an intelligence
    // service's account of its own surveillance and a charge in the article's other dispute, the
    // visa scheme (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND13A_TRIAL_ARTICLES).length).toBeLessThanOrEqual(2);
  });

  it('keeps its measured floor on the round 13B trial articles (scored before the rules for them)', () => {
    // Measured: 45 of 48 found, 35 of those with the right side; 39 of 48 and 25 of 39 before
    // the round 13B rules (docs/SEEDING.md).
    const trial = score(ROUND13B_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(45 / 48);
    expect(trial.side).toBeGreaterThanOrEqual(35 / 45);
  });

  it('takes no more plain reporting from the round 13B trial articles than measured', () => {
    // Measured: 1 of the set's absent fragments taken, a second dispute's quotation at the same
    // meeting; 3 before the round 13B rules, with two precedents (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND13B_TRIAL_ARTICLES).length).toBeLessThanOrEqual(1);
  });

  it('keeps its measured floor on the round 14A trial articles (scored before the rules for them)', () => {
    // Measured: 41 of 41 found, 38 of those with the right side; 35 of 41 and 23 of 35 before
    // the round 14A rules (docs/SEEDING.md).
    const trial = score(ROUND14A_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(41 / 41);
    expect(trial.side).toBeGreaterThanOrEqual(38 / 41);
  });

  it('takes no plain reporting from the round 14A trial articles', () => {
    // Measured: none of the set's absent fragments (tallies, timetables, head counts) taken,
    // before or after the round 14A rules (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND14A_TRIAL_ARTICLES)).toEqual([]);
  });

  it('keeps its measured floor on the round 14B trial articles (scored before the rules for them)', () => {
    // Measured: 44 of 54 found, 37 of those with the right side; 39 of 54 and 23 of 39 before
    // the round 14B rules (docs/SEEDING.md).
    const trial = score(ROUND14B_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(44 / 54);
    expect(trial.side).toBeGreaterThanOrEqual(37 / 44);
  });

  it('takes no more plain reporting from the round 14B trial articles than measured', () => {
    // Measured: 4 of the set's absent fragments taken (3 before the round 14B rules); one of them
    // sits in the same sentence as an expected claim of the bus company (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND14B_TRIAL_ARTICLES).length).toBeLessThanOrEqual(4);
  });

  it('keeps its measured floor on the round 15A trial articles (scored before the rules for them)', () => {
    // Measured: 45 of 53 found, 40 of those with the right side (38 after its own rules, 40 with
    // round 16B's prices rule); 36 of 53 and 21 of 36 before the round 15A rules (docs/SEEDING.md).
    const trial = score(ROUND15A_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(45 / 53);
    expect(trial.side).toBeGreaterThanOrEqual(40 / 45);
  });

  it('takes no plain reporting from the round 15A trial articles', () => {
    // Measured: none of the set's absent fragments (approvals elsewhere, share prices, timetables,
    // bylines) taken, before or after the round 15A rules (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND15A_TRIAL_ARTICLES)).toEqual([]);
  });

  it('keeps its measured floor on the round 15B trial articles (scored before the rules for them)', () => {
    // Measured: 61 of 68 found, 58 of those with the right side; 47 of 68 and 36 of 47 before
    // the round 15B rules (docs/SEEDING.md).
    const trial = score(ROUND15B_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(61 / 68);
    expect(trial.side).toBeGreaterThanOrEqual(58 / 61);
  });

  it('takes no plain reporting from the round 15B trial articles', () => {
    // Measured: none of the set's absent fragments (captions, bylines, timetables, tallies)
    // taken, before or after the round 15B rules (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND15B_TRIAL_ARTICLES)).toEqual([]);
  });

  it('keeps its measured floor on the round 16A trial articles (scored before the rules for them)', () => {
    // Measured: 33 of 36 found, 30 of those with the right side; 33 of 36 and 18 of 33 before
    // the round 16A rules (docs/SEEDING.md).
    const trial = score(ROUND16A_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(33 / 36);
    expect(trial.side).toBeGreaterThanOrEqual(30 / 33);
  });

  it('takes no more plain reporting from the round 16A trial articles than measured', () => {
    // Measured: 1 of the set's absent fragments taken (city staff on permits not renewed), before
    // and after the round 16A rules (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND16A_TRIAL_ARTICLES).length).toBeLessThanOrEqual(1);
  });

  it('keeps its measured floor on the round 16B trial articles (scored before the rules for them)', () => {
    // Measured: 32 of 42 found, 31 of those with the right side; 31 of 42 and 22 of 31 before
    // the round 16B rules (docs/SEEDING.md).
    const trial = score(ROUND16B_TRIAL_ARTICLES);
    expect(trial.found).toBeGreaterThanOrEqual(32 / 42);
    expect(trial.side).toBeGreaterThanOrEqual(31 / 32);
  });

  it('takes no plain reporting from the round 16B trial articles', () => {
    // Measured: none of the set's absent fragments taken after the round 16B rules; 2 before
    // ("sources said … no decision had been taken", a spokesperson's "We do not comment on
    // speculation") (docs/SEEDING.md).
    expect(plainReportingTaken(ROUND16B_TRIAL_ARTICLES)).toEqual([]);
  });

  const position = (name: string, fragment: string) =>
    results.find((r) => r.a.name === name)!.positions.find((p) => p.quote.includes(fragment));

  it('keeps a quotation of several sentences together as one claim', () => {
    const quote = position('pension-statement', 'Making them work two more years');
    expect(quote?.quote).toContain('Our members have paid in all their lives.');
    expect(quote?.quote).toContain('We will strike if we must');
  });

  it('names the holder behind a pronoun or a role when the article says who', () => {
    expect(position('pension-statement', 'Making them work')?.holder).toBe(
      'its chair, Grace Adeyemi',
    );
    expect(position('phone-ban-interview', 'the ban was unfair')?.holder).toBe('Omar Haddad');
    expect(position('rental-cap-appeal', 'young families had been priced out')).toMatchObject({
      holder: 'Aisha Bello',
      side: 'PRO', // she speaks for the group that welcomed the ruling upholding the limit
    });
    expect(position('minimum-wage-live-blog', 'nobody working full time')?.holder).toBe(
      'Senator Dana Whitfield',
    );
    expect(position('four-day-week-study', 'Rested staff do better work')?.holder).toBe(
      'Dr Helen Okafor',
    );
    // A plain-text opinion piece's "By Daniel Frost" line names its writer.
    expect(position('congestion-charge-opinion', 'would hurt the people')?.holder).toBe(
      'Daniel Frost',
    );
  });

  it('leaves plain reporting (figures, dates, procedure) alone', () => {
    // The round 10, 12, 13A, 13B, 14A, 14B, 15A and 16B sets have their own measured ceilings above.
    const ceilinged = new Set(
      [
        ...ROUND10_TRIAL_ARTICLES,
        ...ROUND12_TRIAL_ARTICLES,
        ...ROUND13A_TRIAL_ARTICLES,
        ...ROUND13B_TRIAL_ARTICLES,
        ...ROUND14A_TRIAL_ARTICLES,
        ...ROUND14B_TRIAL_ARTICLES,
        ...ROUND15A_TRIAL_ARTICLES,
        ...ROUND15B_TRIAL_ARTICLES,
        ...ROUND16A_TRIAL_ARTICLES,
        ...ROUND16B_TRIAL_ARTICLES,
      ].map((a) => a.name),
    );
    const rest = results.filter(({ a }) => !ceilinged.has(a.name));
    for (const { a, positions } of rest) {
      for (const fragment of a.absent) {
        expect([a.name, positions.some((p) => p.quote.includes(fragment))]).toEqual([
          a.name,
          false,
        ]);
      }
    }
  });

  it('gives every position a holder, a non-empty evidence text and a confidence in 0.5..1', () => {
    for (const { positions } of results) {
      for (const p of positions) {
        expect(p.evidence.trim()).not.toBe('');
        expect(p.evidence).not.toMatch(/\(\)/u);
        expect(p.confidence).toBeGreaterThanOrEqual(0.5);
        expect(p.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says so with the lowest confidence when the side is only a guess', () => {
    const guesses = results.flatMap(({ positions }) =>
      positions.filter((p) => /weak evidence/u.test(p.evidence)),
    );
    expect(guesses.length).toBeGreaterThan(0);
    for (const p of guesses) expect(p.confidence).toBe(0.5);
  });

  it('asks about what a bill being debated would let happen, not about the debating', () => {
    const candidates = extractSeeds(
      parseArticle({
        text: 'Tax on second homes: live\n\nLowmark councillors are debating a bill that would let the council double the tax on second homes.\n\nMore updates will follow through the afternoon.\n',
        format: 'TEXT',
      }),
    ).motionCandidates.map((c) => c.text);
    expect(candidates).toContain(
      'Should the council be allowed to double the tax on second homes?',
    );
    expect(candidates.some((c) => /debating/u.test(c))).toBe(false);
  });

  it("asks about a measure that an expert the report quotes calls for, not only the study's finding", () => {
    const candidates = extractSeeds(
      parseArticle({
        text: 'Night shifts may raise nurses\' risk of diabetes, review finds\n\nNurses who work nights for more than five years may be a third more likely to develop diabetes, a review of 40 studies has found.\n\nThe review\'s author, Dr Ines Lau, said the shifts should be limited to three nights a week. "Bodies do not get used to it," she said.\n\nHospital managers said the rotas were already hard to fill.\n',
        format: 'TEXT',
      }),
    ).motionCandidates.map((c) => c.text);
    expect(candidates.slice(0, 3)).toContain(
      'Should the shifts be limited to three nights a week?',
    );
  });
});

describe('motion candidates of editorials, press releases and explainers', () => {
  const candidates = (text: string, format: 'TEXT' | 'MARKDOWN' = 'TEXT') =>
    extractSeeds(parseArticle({ text, format })).motionCandidates.map((c) => c.text);

  it('asks whether the one a group calls on should act, not whether there should be the call', () => {
    const texts = candidates(
      'Cyclists urge action on Quayside lorries\n\nThe Dunport Cycling Campaign today called on the harbour authority to ban heavy lorries from the Quayside at rush hour.\n\nThe campaign says three riders were hurt there this year.\n',
    );
    expect(texts).toContain(
      'Should the harbour authority ban heavy lorries from the Quayside at rush hour?',
    );
    expect(texts.some((t) => /^Should there be on\b/u.test(t))).toBe(false);
  });

  it("reads past a named group's appositive and a word of time to the verb of its call", () => {
    const texts = candidates(
      "Parents fight quarry plan\n\nQuiet Lanes Orby, a parents' group representing four village schools, yesterday called on the county to refuse a quarry beside Orby Wood.\n\nThe group says lorries would pass the schools every four minutes.\n",
    );
    expect(texts).toContain('Should the county refuse a quarry beside Orby Wood?');
    expect(texts.some((t) => /represent/u.test(t))).toBe(false);
  });

  it('asks "Is it time to …?" of a column\'s call, and what a body votes "on whether to" do', () => {
    expect(
      candidates(
        'It is time to open the school playgrounds at weekends\n\nBy Ann Holt\n\nEvery Saturday the gates stay locked while children play in the street. I think that is wrong.\n',
      )[0],
    ).toBe('Is it time to open the school playgrounds at weekends?');
    expect(
      candidates(
        'Night buses: what you need to know\n\nOrby council will vote on Monday on whether to run night buses to the villages.\n\nThe buses would cost Orby 2 million crowns a year.\n',
      ),
    ).toContain('Should the Orby council run night buses to the villages?');
  });

  it('cuts a day named from now ("Next Thursday", "Last week") from the subject', () => {
    const texts = candidates(
      'Comment: Wellby should keep its lido\n\nLast week the parks committee voted to close the Wellby lido for good. The full council should overturn it.\n',
    );
    expect(texts[0]).toBe('Should the parks committee close the Wellby lido for good?');
  });

  it('asks about the matter an explainer weighs "for and against", in the passive', () => {
    const texts = candidates(
      '# The case for and against raising the school leaving age to 18\n\nOstmark will decide in May whether pupils must stay in education until 18.\n\n## For\n\n- More pupils would finish a trade course.\n- Fewer teenagers would be out of work.\n',
      'MARKDOWN',
    );
    expect(texts[0]).toBe('Should the school leaving age be raised to 18?');
  });

  it('cuts a report joined on to the lede (", and critics said …") from its question', () => {
    const texts = (lede: string) =>
      extractSeeds(
        parseArticle({
          text: `Tram plan for Aldby\n\n${lede}\n\nShopkeepers said the trams would bring trade.\n`,
          format: 'TEXT',
        }),
      ).motionCandidates.map((c) => c.text);
    expect(
      texts('Trams should run again in Aldby, and critics said the cost was too high.')[0],
    ).toBe('Should trams run again in Aldby?');
    expect(
      texts(
        'The council plans to reopen the harbour line to trams, but the opposition leader warned that the cost would be too high.',
      ),
    ).toContain('Should the council reopen the harbour line to trams?');
    // A headline joins its report with "as": "… in vote as union warns of walkout".
    const headline = extractSeeds(
      parseArticle({
        text: "Dockers reject pay deal in vote as union warns of walkout\n\nDockers at Port Elm voted by a large majority to reject the port company's pay deal of 3 per cent, the union said on Friday.\n\nThe company said the deal was fair.\n",
        format: 'TEXT',
      }),
    ).motionCandidates.map((c) => c.text);
    expect(headline[0]).toMatch(/^Should dockers reject pay deal in vote\?$/iu);
  });

  it('asks whether there should be the thing a lede says "would" do something, name and place kept', () => {
    expect(
      candidates(
        'Bridge plan divides Elmbay\n\nA new road bridge over the estuary at Kirkby Point would cut the drive to the coast by forty minutes. The county will decide next year.\n\nDrivers said the bridge was long overdue.\n',
      )[0],
    ).toBe('Should there be a new road bridge over the estuary at Kirkby Point?');
    // A share of people is no proposal.
    expect(
      candidates(
        'Survey on the bridge\n\nA majority of residents in Elmbay would back a new bridge, a survey found.\n\nDrivers said the bridge was long overdue.\n',
      ).join(' '),
    ).not.toMatch(/there be a majority/u);
  });

  it("reads a wire headline past its slug and a lede past the editor's note in brackets", () => {
    const texts = candidates(
      'RPT-UPDATE 1-Senate votes to cap rents in Elmford\n\n(Adds comment from landlords group in paragraph 5)\n\nELMFORD, May 2 (Wire) - The state senate voted on Tuesday to cap rent rises in Elmford at 3 per cent a year.\n\nLandlords said the cap would stop new building.\n',
    );
    expect(texts[0]).toBe(
      'Should the state senate cap rent rises in Elmford at 3 per cent a year?',
    );
    expect(texts.join(' ')).not.toMatch(/UPDATE|RPT|Adds comment/iu);
  });

  it('reads a headline passive without its "is", and a dateline that ends in a colon or a dash', () => {
    const passed = candidates(
      'Parliament: Online safety law passed after three-day debate\n\nBRENMOUTH - The online safety law was passed on Thursday (June 4) after a three-day debate in parliament, with 80 members in favour.\n\nCritics said the law gave ministers too much power.\n',
    );
    expect(passed).toContain('Should the online safety law be passed?');
    expect(passed.join(' ')).not.toMatch(/Thursday|June|BRENMOUTH|after/u);
    const rejected = candidates(
      "Plan to close Orby library rejected\n\nOrby council on Monday rejected a plan to close the town library, after a petition signed by 4,000 people.\n\nThe library's friends group said it was delighted with the plan's defeat.\n",
    );
    expect(rejected).toContain('Should the plan to close Orby library be approved?');
    // Present tense is the headline's active voice, not a passive.
    const approves = candidates(
      'Council approves smoking ban in parks\n\nOrby council approved a ban on smoking in its parks on Tuesday.\n\nCritics said the ban could not be enforced.\n',
    );
    expect(approves.join(' ')).not.toMatch(/be approved/u);
  });

  it('asks whether what a court declares unconstitutional is, not what a clause after it reports', () => {
    const texts = candidates(
      "Judge strikes down part of Orby's parking law\n\nORBY (Wire) -- A state judge declared a key part of Orby's residents-only parking law unconstitutional Monday, siding with a drivers' group in a dispute that both sides agree will end in the supreme court.\n\nThe city said it would appeal.\n",
    );
    expect(texts[0]).toBe("Is a key part of Orby's residents-only parking law unconstitutional?");
    expect(texts.join(' ')).not.toMatch(/both sides/u);
  });

  it('keeps the undoing verb of a headline that drops guidance "to" do something', () => {
    const texts = candidates(
      'Health panel ditches guidance to give flu jab to every pupil\n\nThe national health panel voted on Friday to withdraw its advice that every pupil should have a flu jab each autumn.\n\nDoctors said the change was dangerous.\n',
    );
    expect(texts).toContain(
      'Should the health panel ditch guidance to give flu jab to every pupil?',
    );
    expect(texts).not.toContain('Should the health panel give flu jab to every pupil?');
  });

  it('cuts a condition off a long lede and its dateline before a colon', () => {
    const texts = candidates(
      'Safety law must go, says Hale\n\nBRENMOUTH: Opposition leader Tom Hale has vowed to repeal the online safety law if the bill is passed should his party win the next general election in the spring.\n\nCritics said the law gave ministers too much power.\n',
    );
    expect(texts.some((t) => /repeal the online safety law\?$/u.test(t))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/BRENMOUTH|\bif\b|\s\?/u);
  });

  it('asks whether those a measure binds should be required to act, not its backers', () => {
    const texts = candidates(
      'Assembly backs law forcing supermarkets to give unsold food to charities\n\nThe regional assembly gave its first approval on Wednesday to a bill requiring large supermarkets to give unsold food to food banks.\n\nThe retailers said the rules would add costs.\n',
    );
    expect(texts).toContain(
      'Should large supermarkets be required to give unsold food to food banks?',
    );
    expect(texts).toContain('Should supermarkets be forced to give unsold food to charities?');
    expect(texts.join(' ')).not.toMatch(/Should the regional assembly|supermarkets to give .* be/u);
  });

  it('asks whether the owner of "X\'s plan to …" should act, past a bracketed reference', () => {
    const texts = candidates(
      "Letters: Library hours\n\nSir, — Orby council's plan to shut the library on Mondays (News, 4 May) is short-sighted. Pupils use it after school.\nAnn Holt\nOrby\n",
    );
    expect(texts).toContain('Should the Orby council shut the library on Mondays?');
    expect(texts.some((t) => t.includes('('))).toBe(false);
  });

  it("asks about the proposal a meeting's numbered item names", () => {
    const texts = candidates(
      'Minutes of the meeting of Orby Parish Council\n\n1. Apologies\nNone.\n\n2. Proposal to plant forty trees on Mill Lane\nCllr Holt said the lane needed shade.\n',
    );
    expect(texts).toContain('Should forty trees be planted on Mill Lane?');
  });

  it('asks whether who proposed a gerund should do it, not whether "the banning …" should go ahead', () => {
    const texts = candidates(
      'Orby weighs coach ban\n\nOrby council has proposed banning tour coaches from the old town.\n\nA consultation runs until May.\n',
    );
    expect(texts.some((t) => /the banning/u.test(t))).toBe(false);
    expect(
      texts.some((t) =>
        /^Should (?:the )?Orby council ban tour coaches from the old town\?$/u.test(t),
      ),
    ).toBe(true);
  });

  it('asks the news past a quoted reaction or a two-part saying and a colon, or past "Anger as"', () => {
    for (const title of [
      "'We were never asked': Fury as Kelby library to close on Sundays",
      'Anger as Kelby library to close on Sundays',
      'Out of hours, out of luck: Kelby library to close on Sundays',
    ]) {
      const article = parseArticle({
        text: `${title}\n\nKelby town council confirmed the change on Monday after a review of opening hours.\n`,
        format: 'TEXT',
      });
      const texts = extractSeeds(article).motionCandidates.map((c) => c.text);
      expect([title, texts[0]]).toEqual([title, 'Should the Kelby library close on Sundays?']);
    }
  });

  it('reads "can" after a determiner or before "and" as the noun, not a second modal', () => {
    expect(motionProblems('Should Orby add a deposit to every drinks can and bottle?')).toEqual([]);
    expect(motionProblems('Should Orby can ban the bottles?')).not.toEqual([]);
  });

  it('rejects a mark where the subject should be, and a second finite verb run in', () => {
    expect(motionProblems('Should — shut the library on Mondays?')).toContain(
      'no subject after the opener',
    );
    expect(
      motionProblems('Should the council shut the library on Mondays (News, 4 May) is unwise?'),
    ).toContain('a second finite verb ("Should X do Y is Z")');
    expect(motionProblems('Should the library close on days when few readers are in?')).toEqual([]);
  });

  it('asks whether those a bill lets act should be allowed to, past a hyphenated age group', () => {
    const texts = candidates(
      "Ostmark weighs letting teenagers drive at 16\n\nOstmark's parliament will debate a bill to let 16- and 17-year-olds drive on rural roads.\n",
    );
    expect(texts).toContain('Should 16- and 17-year-olds be allowed to drive on rural roads?');
  });

  it('reads the paragraph after a standfirst as the lede when nothing else is well-formed, and asks a referendum of the place', () => {
    const texts = candidates(
      // (A headline naming the ban, "vote on ban of Sunday trading …", is well-formed itself.)
      'Market town to vote on Sunday trading for big stores\n\nPeople in Aldby will decide in a referendum whether large shops can open on Sundays.\n\nResidents of the market town of Aldby will vote on 3 May on whether to stop shops larger than 280 square metres opening on Sundays, the first such poll in the county.\n\nShop owners are split.\n',
    );
    expect(texts[0]).toBe(
      'Should the market town of Aldby stop shops larger than 280 square metres opening on Sundays?',
    );
  });

  it('keeps a hyphenated number word with its head, and reads a word after a modal as its verb', () => {
    const texts = candidates(
      'Three-week bin collection pilot to start in two villages\n\nTwelve villages in the district will trial a three-weekly bin round from June, the council has said.\n\nThe pilot will last a year.\n',
    );
    expect(texts).toContain('Should the three-week bin collection pilot start in two villages?');
    expect(texts).toContain(
      'Should twelve villages in the district trial a three-weekly bin round from June?',
    );
  });
  it("cuts a broadcaster's dateline, and asks a plan that is the lede's subject as its action", () => {
    const texts = candidates(
      'Zoning change moves forward\n\nColumbia, SC (WKTV) -- A plan to close the Elm Street library is one step closer to becoming a reality.\n\nThe council voted 5-2 on Tuesday.\n',
    );
    expect(texts).toContain('Should the Elm Street library be closed?');
    expect(texts.some((t) => /\bSC\b|becoming/u.test(t))).toBe(false);
    // wink reads "rezone" as a noun; the article after it gives it away as the verb.
    expect(
      candidates(
        'Land deal advances\n\nA plan to rezone a piece of land off Mill Road for commercial use is one step closer to approval.\n',
      ),
    ).toContain('Should a piece of land be rezoned off Mill Road for commercial use?');
  });

  it('drops the day a report puts between a bill and its relative clause', () => {
    const texts = candidates(
      "Senate passes road protest bill\n\nThe state's Senate passed a bill on Wednesday that would give legal protection to drivers.\n\nIt now goes to the governor.\n",
    );
    expect(texts.some((t) => /on Wednesday/u.test(t))).toBe(false);
    // What the bill would do is what its makers do (measureWillDo).
    expect(texts).toContain("Should the state's Senate give legal protection to drivers?");
  });

  it('refuses a participle where the verb should be after any subject, but not "bring"', () => {
    expect(motionProblems('Should SC becoming a reality?')).toContain(
      'a participle where the verb should be ("Should X doing")',
    );
    expect(motionProblems('Should the plan to rezone land becoming a reality?')).toContain(
      'a participle where the verb should be ("Should X doing")',
    );
    expect(motionProblems('Should Porthallow bring in a daily charge for driving?')).toEqual([]);
  });
  it('asks the act of a plan a headline reports on, not how the plan fares', () => {
    const headline = (title: string) =>
      candidates(`${title}\n\nThe council met on Tuesday.\n\nMore was said later.\n`);
    expect(headline('Plan to close Elm Street library moves forward')).toContain(
      'Should Elm Street library be closed?',
    );
    expect(headline('Bid to ban phones in schools fails')).toContain(
      'Should phones be banned in schools?',
    );
    expect(headline('Plan to close libraries moves forward')).toContain(
      'Should libraries be closed?',
    );
  });

  it("passes over what a relative clause's subject fears, and how the news was received", () => {
    const texts = candidates(
      'Trading bill goes to governor\n\nLegislators passed a Sunday-trading bill on Tuesday similar to one passed by a neighbouring state, despite opposition from churches who fear that such laws will empty their pews.\n\nThe governor has ten days to act.\n',
    );
    expect(texts.some((t) => /pews/u.test(t))).toBe(false);
    expect(texts).toContain(
      'Should a Sunday-trading bill similar to one passed by a neighbouring state become law?',
    );
    expect(
      candidates(
        'Wind farm refused\n\nPlans for a wind farm on Hale Moor have been refused by councillors, to the delight of campaigners who said the turbines would tower over the village.\n',
      ),
    ).toContain('Should plans for a wind farm on Hale Moor be approved?');
  });
  it('cuts a dateline whose capitals wink reads as a verb and an opening meeting, and asks what named proposers put forward without them', () => {
    const texts = candidates(
      "Council votes down capacity ordinance\n\nSIOUX FALLS, S.D. (Valley News Now) - At Tuesday's Sioux Falls City Council meeting Janet Brekke and Pat Starr proposed an ordinance to place capacity restrictions on businesses.\n\nThe vote was tied.\n",
    );
    expect(texts).toContain('Should capacity restrictions be placed on businesses?');
    expect(texts.some((t) => /SIOUX|Janet Brekke/u.test(t))).toBe(false);
  });
  it('asks whether a measure should go ahead when the headline says what it will do to people or sums', () => {
    const headline = (title: string) =>
      candidates(`${title}\n\nThe council met on Tuesday.\n\nMore was said later.\n`);
    expect(headline('VAT rise will account for largest slice of £33bn tax take')).toContain(
      'Should the VAT rise go ahead?',
    );
    expect(headline('Council tax increase could cost families £200')).toContain(
      'Should the council tax increase go ahead?',
    );
  });
  it('refuses a past form after "did" that takes an object, not a participle on a noun', () => {
    expect(
      motionProblems(
        'Did the male-only draft violated the Due Process Clause of the Constitution?',
      ),
    ).toContain('a past form after "do" ("Did X violated")');
    expect(motionProblems('Did the reforms needed by schools arrive?')).toEqual([]);
    expect(motionProblems('Does the newly elected mayor support the ban?')).toEqual([]);
  });
  it('asks whether what a camp vows to fight should go ahead, not whether the camp should fight', () => {
    const texts = candidates(
      'Activists vow to fight Marsh Valley pipeline after approval\n\nAnti-pipeline activists on Saturday vowed to continue to fight the Marsh Valley Pipeline, a $900 million project to carry gas to the coast.\n\nThe regulator approved it on Friday.\n',
    );
    expect(texts).toContain('Should the Marsh Valley Pipeline go ahead?');
    expect(texts.some((t) => /activists/iu.test(t))).toBe(false);
    expect(
      candidates('Residents vow to fight plan to close library\n\nThe council met on Tuesday.\n'),
    ).toContain('Should library be closed?');
    expect(
      candidates('Parents, staff oppose four-day school week\n\nThe board met on Monday night.\n'),
    ).toContain('Should the four-day school week go ahead?');
  });
});

describe('motion candidates on real news shapes (round 17)', () => {
  const candidates = (text: string) =>
    extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

  it('asks whether what a group hits out at should go ahead', () => {
    const texts = candidates(
      "Hoteliers hit out at Lorvan's new bed tax\n\nLorvan will charge visitors a bed tax of 3 euros a night from next year, the finance ministry said.\n",
    );
    expect(texts).toContain("Should Lorvan's new bed tax go ahead?");
    expect(texts.some((t) => /hit out/u.test(t))).toBe(false);
  });

  it('asks whether the measure a lede says councillors backed should go ahead', () => {
    const texts = candidates(
      "Harlow councillors back speed plans despite objections\n\nSenior Harlow councillors have backed national speed reductions on many of the county's roads, despite many letters of objection.\n",
    );
    expect(texts).toContain('Should national speed reductions go ahead?');
    expect(texts.some((t) => /back national speed reductions/u.test(t))).toBe(false);
  });

  it("asks about a listicle's act, and refuses a bare number or a clause opener for a subject", () => {
    expect(
      candidates(
        '3 reasons not to lower the voting age\n\nAfter a debate on votes at 16 was talked out, here are three reasons to keep it at 18.\n',
      ),
    ).toContain('Should we lower the voting age?');
    expect(motionProblems('Should 3 lower the voting age?')).toContain(
      'a bare number for its subject ("Should 3 lower …")',
    );
    expect(motionProblems('Should 18 be the voting age?')).toEqual([]);
    expect(
      motionProblems('Should the As Conservative ex-chancellor Ron Hale lower the voting age?'),
    ).toContain('article before a function word ("the that")');
  });

  it('asks whether a measure should go ahead when said to hurt someone, or when the news is the support or opposition to it', () => {
    expect(
      candidates(
        'Business groups say road pricing plan will hurt Dunmore\n\nA plan to charge drivers to enter the centre of Dunmore was unveiled by the mayor on Monday.\n',
      ),
    ).toContain('Should the road pricing plan go ahead?');
    expect(
      candidates(
        "Road pricing opposition builds\n\nSmall businesses and parking garage owners are emerging to oppose the mayor's plan.\n",
      ),
    ).toContain('Should road pricing go ahead?');
    expect(
      candidates(
        'City leaders back mayor\n\nBusiness leaders and environmentalists from more than 70 groups gathered yesterday on the steps of City Hall to voice their support for road pricing, which the mayor announced last week.\n',
      ),
    ).toContain('Should road pricing go ahead?');
  });

  it('asks about the news in the "as" clause of a headline that opens with a protest', () => {
    expect(
      candidates(
        "Lorvan unions call strikes as Hale's government unveils plan to raise pension age\n\nLorvan's trade unions have called for strikes after the government announced its plans.\n",
      ),
    ).toContain("Should Hale's government raise pension age?");
  });

  it('asks about what is welcomed or fought, not about the welcome or the fight', () => {
    expect(
      candidates(
        "Students give cautious welcome to plan to scrap tuition fees\n\nStudents have given a cautious welcome to the opposition's proposal, and warned the government of a defeat.\n",
      ),
    ).toContain('Should tuition fees be scrapped?');
    const fought = candidates(
      "Video app fights ban\n\nVideo app Flick said it would wage a legal fight against the Lorvan government's efforts to ban the popular, foreign-owned service over security concerns.\n",
    );
    expect(
      fought.some((t) =>
        /^Should the Lorvan government ban the popular, foreign-owned service/u.test(t),
      ),
    ).toBe(true);
    expect(fought.some((t) => /wage a legal fight/u.test(t))).toBe(false);
  });
  it('refuses a dash that runs a second clause in, and a possessive pronoun for a subject', () => {
    expect(motionProblems('Should tuition fees - and they be scrapped?')).toContain(
      'a dash joins a second clause ("X - and they …")',
    );
    expect(motionProblems('Should its app be banned?')).toContain('a pronoun for its subject');
  });

  it('asks whether a bill named by its number should become law, not about the vote that passed it', () => {
    const texts = candidates(
      "Bill C-88 passed: campaigners fight back\n\nBill C-88 passed the Senate on June 9 in a 44-28 vote despite Liberal members' opposition, but those opposed have vowed to fight until it is repealed.\n",
    );
    expect(texts).toContain('Should Bill C-88 become law?');
    expect(texts.some((t) => /Should the Senate on June/u.test(t))).toBe(false);
  });

  it('asks about the change a stance noun is on, what a camp criticises, and a plan one is called on to announce', () => {
    expect(
      candidates(
        "Opposition blasts gov't as it keeps its stand against extension\n\nThe Opposition Group today reiterated its strong opposition to the extension of Parliament, calling the move deceptive.\n",
      ),
    ).toEqual(['Should Parliament be extended?']);
    expect(
      candidates(
        'Opposition harshly criticizes new Cabinet agenda\n\nThe new Cabinet presented its plan to Parliament on Monday.\n',
      ),
    ).toContain('Should the new Cabinet agenda go ahead?');
    expect(
      candidates(
        'Opposition leader presses government\n\nThe Leader of the Opposition, Matthew Hale, has called on the Government to announce its national flood plan before the rains come.\n',
      ),
    ).toContain('Should the Government announce its national flood plan before the rains come?');
  });

  it('asks whether a bill on its way should become law, and reads a title-case passive headline', () => {
    expect(
      candidates(
        'Minimum wage bill heads to governor\n\nThe final House vote of 71-60 delivers the measure to Gov. Ana Reyes, who says she will sign it.\n',
      ),
    ).toContain('Should the minimum wage bill become law?');
    expect(
      candidates(
        'Part Of Harbour Act Struck Down\n\nA federal judge on Wednesday struck down a provision of the Harbour Act that let the port authority search boats without a warrant.\n',
      ),
    ).toContain('Should Part of Harbour Act be struck down?');
  });
  it('leaves out an aside added to an opening adverbial, and a day before a participle', () => {
    expect(
      candidates(
        'Finance minister announces sugar levy\n\nIn a surprise move, and one welcomed by health campaigners, Finance Minister Karl Odell announced a sugar levy on soft drinks companies.\n',
      ),
    ).toContain('Should Finance Minister Karl Odell levy soft drinks companies?');
    expect(
      candidates(
        'Lorvan approves wage rise\n\nThe Lorvan city council approved a measure on Friday requiring large companies to pay workers at least $15 an hour.\n',
      ).join(' '),
    ).toMatch(/a measure requiring large companies/u);
  });
  it('refuses a possessive, "yes" or "and" for a subject, a headline verb in "-s", and a passive without "be"', () => {
    expect(motionProblems("Should 's minimum wage to $9.50 an hour be law?")).toContain(
      '"\'s" where the subject should be',
    );
    expect(motionProblems('Did yes to raising the wage supporters cheer?')).toContain(
      '"yes" where the subject should be',
    );
    expect(motionProblems('Should and one welcome by health campaigners?')).toContain(
      '"and" where the subject should be',
    );
    expect(
      motionProblems('Should the judge halts California law that ban carrying firearms in parks?'),
    ).toContain('a headline\'s verb in "-s" left in the subject ("Should the judge blocks …")');
    expect(motionProblems('Should the provision of the act struck down?')).toContain(
      'a past participle with no "be" ("Should X struck down")',
    );
    expect(
      motionProblems(
        'Should police order protesters to remove face coverings under a bill published by the government?',
      ),
    ).toEqual([]);
  });

  it('asks whether the change a body opposes should be made, not whether the body should oppose it', () => {
    const texts = candidates(
      'Union opposes increased retirement age\n\nThe Civil Service Workers Union (CSWU) has warned the Government that it will vigorously oppose an increase in the compulsory retirement age.\n\nThe union said talks would go on.\n',
    );
    expect(texts).toContain('Should the compulsory retirement age be increased?');
    expect(texts).toContain('Should the retirement age be increased?');
    expect(texts.some((t) => /oppose/iu.test(t))).toBe(false);
  });
  it("leaves out a report's label for the measure, its hour, a second past predicate and the tally", () => {
    expect(
      candidates(
        "Assembly law passed\n\nTarvik's parliament on Tuesday passed the controversial Public Order Bill after a walkout by the opposition.\n",
      ).some((t) => /controversial/u.test(t)),
    ).toBe(false);
    expect(
      candidates(
        'County approves bag ban\n\nHolm County commissioners banned plastic bags and foam containers Tuesday night but postponed a vote on a proposed sick leave ordinance.\n',
      ),
    ).toContain('Should Holm County commissioners ban plastic bags and foam containers?');
    expect(
      candidates(
        'Dunmore council votes to ban plastic bags, impose paper bag fee\n\nThe vote in Dunmore was 10-3 after a long debate.\n',
      ),
    ).toContain('Should the Dunmore council ban plastic bags and impose paper bag fee?');
    expect(
      candidates(
        'Commissioners back data centre\n\nWexby County commissioners voted 3-2 Monday night to rezone 600 acres of farmland for a data centre, after a long hearing.\n',
      ),
    ).toContain(
      'Should Wexby County commissioners rezone 600 acres of farmland for a data centre?',
    );
  });
  it('asks about the measure when the subject is only a time ("The new year ushered in …")', () => {
    const texts = candidates(
      'Schools clash with parents over phones\n\nThe new year ushered in a Department of Education rule banning cell phones in schools.\n\nMany students say they will keep their phones.\n',
    );
    expect(texts).toContain('Should cell phones be banned in schools?');
    expect(texts.some((t) => /the new usher/iu.test(t))).toBe(false);
  });
  it('refuses a participle after a plural subject, but not after a misread verb', () => {
    expect(
      motionProblems('Should the Marlow County commissioners rezoning for a data center?'),
    ).toContain('a participle where the verb should be ("Should X doing")');
    expect(
      motionProblems(
        'Should the Eldham city council ban cruise ships carrying more than 1,000 passengers from its harbour?',
      ),
    ).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 18)', () => {
  const candidates = (text: string) =>
    extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

  it("leaves out a vote's tally, its hour and what the body went through before it", () => {
    const texts = candidates(
      "Kelby rejects curfew for teenagers\n\nKelby's town council rejected a proposal to impose a night curfew on teenagers in a 5-2 vote late Monday after hearing hours of complaints from parents and fearing that the rule could not be enforced.\n",
    );
    expect(texts[0]).toBe('Should a night curfew be imposed on teenagers?');
    expect(texts.some((t) => /vote|after hearing/u.test(t))).toBe(false);
  });

  it('keeps a lede whose subject opens with "A" and whose object ends in a plural after a preposition', () => {
    const texts = candidates(
      "Agency halts Norland's ban on street magic shows near schools\n\nA federal agency blocked Norland's ban on street magic shows near schools on Monday.\n",
    );
    expect(texts).toContain(
      "Should a federal agency block Norland's ban on street magic shows near schools?",
    );
  });

  it("refuses a lede whose relative clause runs on into the sentence's own verb", () => {
    const texts = candidates(
      'Driver jailed for injuring pedestrian\n\nA driver who hit and injured a pedestrian on the B1090 while nearly three times the drink-drive limit was jailed for four years at Marlow Crown Court on Tuesday and banned from driving for six years.\n',
    );
    expect(texts.some((t) => /limit was jailed/u.test(t))).toBe(false);
  });

  it('asks about what a body faces opposition over, and what a group decries', () => {
    const texts = candidates(
      'Lorvan fishermen decry ban on bottom trawling\n\nThe Lorvan government faces stiff opposition from fishermen over the ban on bottom trawling.\n',
    );
    expect(texts[0]).toBe('Should bottom trawling be banned?');
    expect(texts.some((t) => /face|decry/u.test(t))).toBe(false);
  });

  it('asks about what people sound off on, and what pressure is put on someone to do', () => {
    expect(
      candidates(
        "Parents sound off on school uniform proposal ahead of board's vote\n\nThe Kelby school board will vote on Thursday on a proposal that could change what pupils wear.\n",
      ),
    ).toContain('Should the school uniform proposal go ahead?');
    expect(
      candidates(
        'Pressure for Mayor Hale to close coal plant\n\nMayor Rita Hale is holding firm to her promise to keep the plant open, despite a report suggesting it is losing money.\n',
      ),
    ).toContain('Should Mayor Hale close coal plant?');
  });

  it('drops a quoted label with an apostrophe before a headline whose verb reads as a noun', () => {
    const texts = candidates(
      "'It's heartbreaking': Dunmore town officials ban food trucks\n\nDUNMORE — Owners of the town's food trucks must stop trading at once, officials said.\n",
    );
    expect(texts).toContain('Should the Dunmore town officials ban food trucks?');
    expect(texts.some((t) => /heartbreaking/u.test(t))).toBe(false);
  });

  it("asks about a measure that is the headline's subject, and not who a feature's person is", () => {
    const texts = candidates(
      'Curfew on street stalls angers Dunmore vendors\n\nMrs Amina Otieno is a worried woman. For ten years she has sold fruit from a stall on Dunmore high street.\n',
    );
    expect(texts[0]).toBe('Should there be a curfew on street stalls?');
    expect(texts.some((t) => /^Is Mrs/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 19)', () => {
  const candidates = (text: string) =>
    extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

  it('asks in the passive when a relative clause comes before the sentence\'s own "has been"', () => {
    const texts = candidates(
      'Harbour scheme wins on appeal\n\nA marina at Kelby Point which drew 200 objections from fishermen has been given the go-ahead after an appeal.\n',
    );
    expect(texts[0]).toBe(
      'Should a marina at Kelby Point which drew 200 objections from fishermen be given the go-ahead after an appeal?',
    );
    expect(texts.some((t) => /which draw|has been/u.test(t))).toBe(false);
  });

  it('writes the capitals a regional paper opens its story with in sentence case', () => {
    expect(
      candidates(
        'Pools saved\n\nDUNMORE Council made a major U-turn on Tuesday over its plan to shut two swimming pools.\n',
      )[0],
    ).toMatch(/^Should the Dunmore Council make a major U-turn\b/u);
    expect(
      candidates(
        'Rates rise\n\nSHOPKEEPERS in Kelby will pay higher business rates from April under the new budget.\n',
      ),
    ).toContain(
      'Should shopkeepers in Kelby pay higher business rates from April under the new budget?',
    );
  });

  it('asks whether plans the lede says were approved should be, without the tally or the objections', () => {
    const texts = candidates(
      "Solar park approved\n\nPlans to build Kelby's first solar park have been approved overwhelmingly, despite objections from farmers living nearby.\n",
    );
    expect(texts).toContain("Should plans to build Kelby's first solar park be approved?");
    expect(texts.some((t) => /overwhelmingly|despite|go ahead/u.test(t))).toBe(false);
  });

  it("asks a headline's passive with the relative clause's verb left as written", () => {
    const texts = candidates(
      'Van driver who hit pedestrian while over the limit jailed for four years\n\nA court heard the case on Tuesday.\n',
    );
    expect(texts).toContain(
      'Should the van driver who hit pedestrian while over the limit be jailed for four years?',
    );
  });

  it("asks about the news a quarrel broke out over, with a name's capital only where it is a name", () => {
    const texts = candidates(
      'Row Erupts After Kelby Council Votes To Ban Wood Burners From All New Homes\n\nThe fight over clean air is coming to a kitchen near you.\n\nOn Tuesday the Kelby Council voted to ban wood burners from all new homes. New Kelby residents will need heat pumps.\n',
    );
    expect(texts[0]).toBe('Should the Kelby Council ban wood burners from all new homes?');
  });

  it('asks about what a group protests or fights, not whether it should, and a bare tax rise as one', () => {
    expect(
      candidates(
        "Cat owners protest Kelby council's plan to ban the Sphynx\n\nHundreds of owners marched through the town on Saturday.\n",
      ),
    ).toContain('Should the Kelby council ban the Sphynx?');
    const texts = candidates(
      'Kelby Hotels to Fight $2-a-Night Bed Tax Hike\n\nThe council will vote on the budget on Tuesday.\n',
    );
    expect(texts).toContain('Should there be a $2-a-night bed tax hike?');
    expect(texts.some((t) => /fight/iu.test(t))).toBe(false);
  });

  it('asks a headline\'s "voted down" in the passive, its particle kept', () => {
    expect(
      candidates(
        'Four-day school week voted down\n\nThe school board voted 4-1 on Wednesday to reject a four-day school week.\n',
      ),
    ).toContain('Should the four-day school week be voted down?');
  });

  it('asks about the news a crowd celebrates, or a body turns to, not about the celebration or the U-turn', () => {
    expect(
      candidates(
        'Pool reprieve\n\nSwimmers are celebrating after council bosses abandoned plans to shut the Kelby pool.\n',
      )[0],
    ).toBe('Should council bosses shut the Kelby pool?');
    expect(
      candidates(
        'Pools latest\n\nDunmore Council signalled a huge U-turn yesterday after it scrapped plans to cut funding for half of its pools.\n',
      )[0],
    ).toBe('Should the Dunmore Council cut funding for half of its pools?');
  });

  it('leaves the fears a decision was taken amid out of its motion', () => {
    const texts = candidates(
      'Stadium loan\n\nThe Kelby council agreed on Monday to lend the football club £5 million to build a stadium amid fears that taxpayers could be left with the bill.\n',
    );
    expect(texts[0]).toMatch(/lend the football club £5 million to build a stadium\?$/u);
    expect(texts.some((t) => /taxpayers/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 20)', () => {
  const candidates = (text: string) =>
    extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

  it('asks whether plans that "could be shelved" should be, in the passive', () => {
    const texts = candidates(
      'Parking levy plans could be shelved\n\nCouncil plans for a workplace parking levy could be shelved, after reports that senior councillors are split.\n',
    );
    expect(texts).toContain('Should council plans for a workplace parking levy be shelved?');
    expect(texts.some((t) => /^Do\b|\bshelve\?/u.test(t))).toBe(false);
  });

  it('asks about the act a headline\'s "Call to …" names, and leaves a passive\'s purpose out', () => {
    const texts = candidates(
      'Call to ban vaping outside school gates\n\nVaping outside school gates should be banned to protect children from copying adults, doctors have said.\n',
    );
    expect(texts).toContain('Should vaping be banned outside school gates?');
    expect(texts).toContain('Should vaping outside school gates be banned?');
    expect(texts.some((t) => /Should Call|protect children/u.test(t))).toBe(false);
  });

  it('asks about a measure a headline says was proposed or considered', () => {
    expect(
      candidates(
        'Fireworks ban proposed after complaints from pet owners\n\nThe Kelby Conservative group said it had received dozens of letters about fireworks.\n',
      ),
    ).toContain('Should there be a fireworks ban?');
    expect(
      candidates(
        'Alcohol Ban Considered For Kelby Beaches\n\nKelby council is to meet on Tuesday. Drinkers at the Kelby Beach Bar said they were worried.\n',
      ),
    ).toContain('Should there be an alcohol ban for Kelby beaches?');
  });

  it("asks about what a headline's protest, row or division is over", () => {
    expect(
      candidates('Coffin protest over parking charge rise\n\nTraders marched to the town hall.\n'),
    ).toContain('Should there be a parking charge rise?');
    expect(
      candidates(
        'Protest against new bin collection fees\n\nResidents marched to the town hall.\n',
      ),
    ).toContain('Should there be new bin collection fees?');
    expect(
      candidates(
        'Kelby school board splits in approving uniform rules\n\nThe board voted 5-4 on Tuesday.\n',
      ),
    ).toContain('Should uniform rules go ahead?');
  });

  it('keeps a result clause after its adverb out of the motion', () => {
    const texts = candidates(
      'Clock bill blocked\n\nThe Senate on Tuesday blocked a bill to make summer time permanent, likely ending hopes of a vote this year.\n',
    );
    expect(texts.some((t) => /likely|ending hopes/u.test(t))).toBe(false);
  });

  it('keeps a headline\'s possessive, and an institution\'s "of", in the subject', () => {
    expect(
      candidates(
        "Cafe's hours to increase despite noise fears\n\nNeighbours of the cafe objected on Tuesday.\n",
      ),
    ).toContain("Should the cafe's hours increase?");
    expect(
      candidates(
        'Kelby House of Keys Passes Legislation to Ban Fireworks Sales\n\nThe vote in the Kelby House of Keys was close on Tuesday night.\n',
      ).some((t) => /Kelby House of Keys/u.test(t)),
    ).toBe(true);
  });

  it('reads a reported clause without its aside between dashes', () => {
    const texts = candidates(
      "Bins row\n\nCritics argue that the new bins — which residents say can't hold a week's rubbish — are a waste of money.\n",
    );
    expect(texts).toContain('Are the new bins a waste of money?');
    expect(texts.some((t) => /—/u.test(t))).toBe(false);
  });

  it('asks about a measure a headline says is decried or faces criticism, or is "the trouble with"', () => {
    expect(
      candidates(
        'Cyclists Are Decrying The Bridge Toll Rise\n\nThe toll goes up by a pound in May.\n',
      ),
    ).toContain('Should the bridge toll rise go ahead?');
    expect(
      candidates(
        'Fireworks bans face criticism from shopkeepers\n\nSales fell by a third last year.\n',
      ),
    ).toContain('Should fireworks bans go ahead?');
    expect(
      candidates(
        "'Children need rest': the trouble with the campaign to ban homework\n\nSchools differ on how much homework to set.\n",
      ),
    ).toContain('Should homework be banned?');
  });

  it("asks a headline's passive of refusing or granting with what was refused", () => {
    expect(
      candidates('Bar refused late licence\n\nNeighbours had objected to noise from the bar.\n'),
    ).toContain('Should the bar be refused late licence?');
  });

  it('reads "appears likely to" as the act itself, and a participle after an adjective as a modifier', () => {
    const texts = candidates(
      'Levy latest\n\nA controversial targeted levy for Kelby hotels appears likely to go ahead, after councillors voted 6-5 in favour of it.\n',
    );
    expect(texts).toContain('Should a targeted levy for Kelby hotels go ahead?');
    expect(texts.some((t) => /appears|target levy/u.test(t))).toBe(false);
  });

  it('asks about "one of" a group in the singular and in lower case', () => {
    const texts = candidates(
      "Park smoking ban\n\nOne of Kelby's busiest and best-loved parks could see its playground subject to a new smoking ban, under plans being considered by councillors.\n",
    );
    expect(
      texts.some((t) => t.startsWith("Does one of Kelby's busiest and best-loved parks see")),
    ).toBe(true);
    expect(texts.some((t) => /^Do One\b/u.test(t))).toBe(false);
  });

  it("asks who a judge orders to act, without the judge's next act", () => {
    const texts = candidates(
      "Judge rules on drone ordinance\n\nJudge Ann Lee ordered the city to pay the campaigners' legal costs and issued an injunction against the ordinance.\n",
    );
    expect(texts).toContain("Should the city pay the campaigners' legal costs?");
    expect(texts.some((t) => /issued|Should Judge Ann Lee/u.test(t))).toBe(false);
  });

  it("reads a headline's verbs of halting and of slamming, and spaces an opening quotation mark", () => {
    expect(
      candidates(
        'Federal judge slams Kelby ban on drones\n\nThe ruling came on Tuesday after a long hearing.\n',
      ),
    ).toContain('Should Kelby ban drones?');
    expect(
      candidates(
        "Judge halts Kelby 'quiet zone' rules\n\nThe Kelby council had passed the rules in May.\n",
      ).some((t) => t.includes(" 'quiet zone' rules")),
    ).toBe(true);
  });

  it("asks whether a measure a poll finds backed stands when it is already someone's", () => {
    const texts = candidates(
      "Majority of residents back Kelby's parking levy, poll finds\n\nThe survey of 1,000 residents was published on Monday.\n",
    );
    expect(texts).toContain("Should Kelby's parking levy stand?");
    expect(texts.some((t) => /there be Kelby/u.test(t))).toBe(false);
  });

  it('leaves out the history of a measure told in a relative clause', () => {
    const texts = candidates(
      'Bars lose smoking case\n\nA judge has rejected a request by bars for an injunction that would have stopped the city from enforcing a ban on smoking in parks that went into effect in April.\n',
    );
    expect(texts).toContain('Should smoking be banned in parks?');
    expect(texts.some((t) => /went into effect/u.test(t))).toBe(false);
  });

  it("asks a letter's or a finding's headline about a thing's effect as a claim, not an act", () => {
    expect(
      candidates(
        "Letter: Parking meters don't make sense\n\nThe council wants parking meters on every street in Kelby.\n",
      ),
    ).toContain('Do parking meters make sense?');
    expect(
      candidates(
        'Letter: Cycle lanes help cut traffic and save lives\n\nI cycle to work on the new cycle lanes every day.\n',
      ),
    ).toContain('Do cycle lanes help cut traffic and save lives?');
    expect(
      candidates(
        'Tourist tax works\n\nThe tourist tax raised £2m in its first year, a study found.\n',
      ),
    ).toContain('Does the tourist tax work?');
    expect(
      candidates(
        'Letter: Cameras are only way to stop speeding\n\nSpeed cameras on our road have slowed the traffic down.\n',
      ),
    ).toContain('Are cameras only way to stop speeding?');
    // A body's act keeps its "Should".
    expect(
      candidates(
        'Kelby league lowers tackle height after injury review\n\nThe league said players would be safer.\n',
      ).some((t) => /^Does\b/u.test(t)),
    ).toBe(false);
  });

  it('reads a headline\'s bare "Time to …" as "Is it time to …?"', () => {
    expect(
      candidates(
        "Time to get rid of Kelby's parking meters\n\nI have lived on Mill Street for 30 years and never needed a meter.\n",
      ),
    ).toContain("Is it time to get rid of Kelby's parking meters?");
  });

  it('reads a capitalised "May" as the month, not a second modal', () => {
    expect(
      motionProblems(
        'Should dog owners face a £75 fine if they walk pets on the beach from May 1st?',
      ),
    ).toEqual([]);
  });

  it('asks about an act a headline stands for, and about what a protest held is over', () => {
    expect(
      candidates(
        'All for banning jet skis from the bay\n\nI fully agree with the idea of banning jet skis from the bay in summer.\n',
      ),
    ).toContain('Should jet skis be banned from the bay?');
    const texts = candidates(
      'Anglers protest\n\nHundreds of anglers have staged a rod-waving protest on Kelby pier over a new bylaw banning night fishing.\n',
    );
    expect(texts.some((t) => /protest|stag\b/u.test(t))).toBe(false);
    expect(texts.some((t) => /night fishing/u.test(t))).toBe(true);
  });

  it('keeps a subject of two schools whole before "will have to"', () => {
    const texts = candidates(
      'Phones locked away\n\nKelby High and Kelby Middle school pupils will have to leave their phones in lockers from September.\n',
    );
    expect(texts[0]).toMatch(
      /^Should (?:the )?Kelby High and Kelby Middle school pupils leave their phones in lockers\b/u,
    );
  });
});

describe('motion candidates on real news shapes (round 21)', () => {
  const candidates = (text: string) =>
    extractSeeds(parseArticle({ text, format: 'TEXT' })).motionCandidates.map((c) => c.text);

  it('asks an opinion headline\'s "Why X should …" as "Should X …?"', () => {
    const texts = candidates(
      'Why the Curfew Should be Lifted for Teenagers\n\nBy Jo Hart\n\nIn a free town, young people must be trusted with their own evenings.\n',
    );
    expect(texts).toContain('Should the curfew be lifted for teenagers?');
    expect(texts.some((t) => /\bwhy\b/iu.test(t))).toBe(false);
    expect(
      candidates(
        "Here's why Kelby should scrap parking fees\n\nThe town earns little from them and loses shoppers.\n",
      ),
    ).toContain('Should Kelby scrap parking fees?');
  });

  it('leaves a sitting named by its day out of the motion, not half of it', () => {
    const texts = candidates(
      "Kelby closer to leaf blower ban\n\nThe Kelby council approved the first reading of a leaf blower ban at Tuesday night's meeting.\n",
    );
    expect(texts.some((t) => /at['’]s|night['’]s meeting/u.test(t))).toBe(false);
    expect(texts).toContain('Should the first reading of a leaf blower ban go ahead?');
  });

  it('keeps a figure written onto its unit in a measure the headline names', () => {
    const texts = candidates(
      'Time for a default 20mph speed limit\n\nDear Sir, the council has waited long enough.\n',
    );
    expect(texts).toContain('Should the default 20mph speed limit go ahead?');
    expect(texts.some((t) => /the mph\b/u.test(t))).toBe(false);
  });

  it('leaves what a report calls the act ("a divisive issue …") out of a "whether to" motion', () => {
    const texts = candidates(
      'Council to vote on leaf blower ban\n\nThe City Council will vote tonight on whether to ban leaf blowers, a divisive issue the council has considered several times.\n',
    );
    expect(texts[0]).toBe('Should the City Council ban leaf blowers?');
  });

  it('reads "one step closer to" a measure as approaching it, not as a verb', () => {
    for (const [headline, motion] of [
      ['Kelby council one step closer to leaf blower ban', 'Should the leaf blower ban go ahead?'],
      ['Town a step closer to smoking ban', 'Should the smoking ban go ahead?'],
    ]) {
      const texts = candidates(
        `${headline}\n\nThe council approved the second reading on Monday.\n`,
      );
      expect(texts).toContain(motion);
      expect(texts.some((t) => /council leaf|a step smoke/iu.test(t))).toBe(false);
    }
  });

  it("asks about a headline's news, not its question kicker", () => {
    const texts = candidates(
      'Teenagers at the ballot box? Kelby mayor pushes plan to lower the voting age\n\nMayor Ann Lee wants 16-year-olds to vote in Kelby council elections.\n',
    );
    expect(texts.some((t) => /ballot box\?./u.test(t))).toBe(false);
    expect(texts.some((t) => /voting age\?$/u.test(t))).toBe(true);
  });

  it('asks whether those someone wants to act should act', () => {
    expect(
      candidates(
        'Mayor backs votes at 16\n\nMayor Ann Lee wants 16-year-olds to vote in Kelby council elections.\n',
      ),
    ).toContain('Should 16-year-olds vote in Kelby council elections?');
  });

  it('asks a reported "the time has come for X to …" as "Should X …?"', () => {
    expect(
      candidates(
        'High cost of signs\n\nCampaigners and town halls say the time has come for 20mph to replace 30mph as the default speed limit in towns.\n',
      ),
    ).toContain('Should 20mph replace 30mph as the default speed limit in towns?');
  });

  it('asks about what a crowd protests or rallies against, not about the protest', () => {
    const texts = candidates(
      'Kelby residents rally against new €5 parking fee\n\nResidents in Kelby protested against the introduction of a new €5 fee for day visitors, with some expressing concerns about the cost of living.\n',
    );
    expect(texts).toContain('Should a new €5 fee be introduced?');
    expect(texts).toContain('Should there be a new €5 parking fee?');
    expect(texts.some((t) => /\b(?:protest|rally)\b/iu.test(t))).toBe(false);
  });

  it('asks about the act a body begins, without the epithet a headline gives a name', () => {
    const texts = candidates(
      'Overcrowded Kelby begins charging day visitors for parking\n\nThe town became the first in the county to charge visitors to park on Thursday.\n',
    );
    expect(texts).toContain('Should Kelby charge day visitors for parking?');
    expect(texts.some((t) => /Overcrowded|begin/u.test(t))).toBe(false);
  });

  it('leaves the day of the saying out of the clause said', () => {
    const texts = candidates(
      'Green bin charges\n\nKelby Council said on Monday it would charge residents for collecting garden waste.\n',
    );
    expect(texts[0]).toBe('Should Kelby Council charge residents for collecting garden waste?');
  });

  it('asks whether there should be what a headline is "debating", not about the crowd that came', () => {
    const texts = candidates(
      'Debating protected bike lanes\n\nThose in favor of, and opposed to a protected bike lane along Kelby Parkway crowded into City Hall on Monday.\n',
    );
    expect(texts).toEqual(['Should there be protected bike lanes?']);
  });

  it('asks about the decision a protest follows, not about the protest', () => {
    const texts = candidates(
      "KELBY, Ont. — Cyclists in Kelby took over a stretch of Main Street in protest Wednesday after the city council's decision to remove the Main Street bike lanes.\n\nThe council scrapped the lanes at its meeting on Tuesday night.\n",
    );
    expect(texts[0]).toBe('Should the city council remove the Main Street bike lanes?');
  });

  it('asks whether those a trend counts should act, without the count or a second clause', () => {
    expect(
      candidates(
        'Four-day school weeks spread\n\nMore and more school districts nationwide have adopted four-day school weeks, and communities are split, PBS reported.\n',
      ),
    ).toContain('Should school districts nationwide adopt four-day school weeks?');
    expect(
      candidates(
        'Four-day school weeks spread\n\nAn increasing number of Kelby school districts are transitioning to four-day school weeks, aiming to cut costs.\n',
      ),
    ).toContain('Should Kelby school districts transition to four-day school weeks?');
  });

  it('gives a place named "… City" no article', () => {
    const texts = candidates(
      'Cash rules\n\nNew Kelby City is on track to ban cashless shops after the council voted to require shops to accept cash.\n',
    );
    expect(texts.some((t) => /\bthe New Kelby City\b/u.test(t))).toBe(false);
    expect(texts.some((t) => /\bNew Kelby City\b/u.test(t))).toBe(true);
  });

  it('cuts "ahead of …" whole, and gives a headline\'s lone "Council" its article', () => {
    const ahead = candidates(
      'Fireworks could be banned again in Kelby ahead of Fourth of July\n\nThe council will vote next week on whether to ban fireworks.\n',
    );
    expect(ahead).toContain('Should fireworks be banned again in Kelby?');
    expect(ahead.some((t) => /\bahead\?$/u.test(t))).toBe(false);
    expect(
      candidates(
        'Council votes to ban fireworks\n\nThe Council voted unanimously on Tuesday night to ban the sale and use of fireworks, casting aside opposition.\n',
      ),
    ).toContain('Should the Council ban fireworks?');
  });

  it("asks an opinion headline's verdict without a verb as a question", () => {
    expect(
      candidates(
        'Shopping mall curfew unfair to teenagers\n\nBy Jo Hart\n\nMalls say they want a family-friendly place, but they shut out the young.\n',
      ),
    ).toContain('Is the shopping mall curfew unfair to teenagers?');
    expect(
      candidates(
        'Bike lanes good for business\n\nShops on Main Street took more money last year.\n',
      ),
    ).toContain('Are the bike lanes good for business?');
  });

  it("asks a study's finding as a claim: what a measure changes, with Do or Does", () => {
    expect(
      candidates(
        'Sales of sugary drinks in Kelby dropped 30% after soda tax, new study says\n\nThe study looked at 200 shops.\n',
      ),
    ).toContain('Does the soda tax cut sales of sugary drinks in Kelby?');
    expect(
      candidates(
        'Soda taxes work\n\nA study published on Monday found that soda taxes in five cities led to a fall in sales of sugary drinks.\n',
      ),
    ).toContain('Do soda taxes in five cities lead to a fall in sales of sugary drinks?');
    expect(
      candidates(
        'Kelby soda tax study sees sales dip, health impact unclear\n\nA new study bolsters evidence that soda taxes can reduce sales, but whether they influence health remains an open question.\n',
      ),
    ).toEqual(['Do soda taxes reduce sales?']);
  });

  it('asks whether the measure a court ruled on should stand, not whether the judge should rule', () => {
    expect(
      candidates(
        "Court ruling on rentals\n\nA federal judge on Thursday blocked the city's ban on short-term rentals.\n",
      ),
    ).toEqual(["Should the city's ban on short-term rentals stand?"]);
    expect(
      candidates(
        "Kelby judge blocks city's ban on short-term rentals in family neighborhoods\n\nThe injunction puts a pause on the ordinance.\n",
      ),
    ).toContain("Should the city's ban on short-term rentals in family neighborhoods stand?");
    expect(
      candidates(
        'Court upholds home-sharing ordinance\n\nThe ruling came on Thursday after a two-year fight.\n',
      ),
    ).toEqual(['Should there be a home-sharing ordinance?']);
  });

  it('keeps a comma between two modifiers of one noun inside the measure', () => {
    expect(
      candidates(
        'Rentals ruling\n\nA court on Thursday upheld a Kelby ordinance banning most short-term, vacation rentals.\n',
      ),
    ).toContain('Should most short-term, vacation rentals be banned?');
  });

  it('asks whether what a "No more …" headline ends should be scrapped', () => {
    expect(
      candidates(
        'No more overdue book fees at Kelby library\n\nThe largest fine for an overdue book was $345.14, the Guinness Book of World Records says.\n',
      ),
    ).toEqual(['Should overdue book fees at Kelby library be scrapped?']);
  });

  it('asks whether what one member wants done should be done, not whether the member should do it', () => {
    const texts = candidates(
      'Downtown Kelby bike lanes\n\nOne Kelby city council member wants to remove some bike lanes downtown that were only installed four years ago.\n',
    );
    expect(texts[0]).toBe('Should some bike lanes downtown be removed?');
    expect(texts.some((t) => /council member remove/u.test(t))).toBe(false);
  });

  it("leaves an actor's feeling after a comma out, and a teaser after a question out of the news", () => {
    expect(
      candidates(
        'Schools ban Chatto AI tool, afraid pupils will cheat and copy\n\nSome of the largest school districts are blocking the Chatto tool on school networks.\n',
      ),
    ).toContain('Should schools ban Chatto AI tool?');
    const teased = candidates(
      "Does Your School Ban Chatbots? Here's What Teachers Told Us\n\nMost teachers say their schools have not banned chatbots, a survey found.\n",
    );
    expect(teased.some((t) => /Here|Told/iu.test(t))).toBe(false);
  });

  it("keeps a name's initial and generation, and gives a judge's ruling on no measure no motion", () => {
    expect(
      candidates(
        'Parking levy\n\nThe outgoing Kelby mayor and council candidate Otis D. Wright II will scrap the parking levy next year.\n',
      ),
    ).toContain('Should Otis D. Wright II scrap the parking levy next year?');
    const ruled = candidates(
      'Rental sites lose\n\nU.S. District Judge Ann B. Lee II rejected the requests of the rental sites, ruling in favor of the city.\n',
    );
    expect(ruled.some((t) => /\breject\b|Lee II/u.test(t))).toBe(false);
  });
});

describe('motion candidates and positions on real news shapes (round 22)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it("reads neither a picture's caption nor its credit as the lede or a position", () => {
    const text =
      'Kelby council passes ban on tents in parks\n\n' +
      'A woman sits in a folding chair beside her tent near the river path.\n' +
      '"I have nowhere else to go," she said of the ban on tents in parks.\n' +
      '(Jane Roe / The Kelby Courier)\n\n' +
      'The Kelby council voted 5-4 on Tuesday to ban tents in public parks after hours of testimony.\n\n' +
      'Critics said the ban on tents in parks would punish people who have nowhere else to go.\n';
    const seeds = extractSeeds(article(text));
    const texts = seeds.motionCandidates.map((c) => c.text);
    expect(texts.some((t) => /folding chair|woman/u.test(t))).toBe(false);
    expect(texts).toContain('Should the Kelby council ban tents in public parks?');
    expect(seeds.positions.some((p) => /nowhere else to go," she said/u.test(p.quote))).toBe(false);
    expect(seeds.positions.some((p) => /^Critics said/u.test(p.quote))).toBe(true);
    // A caption that says where its picture sits holds no position either.
    const placed = extractSeeds(
      article(
        'Town rejects slots parlor\n\n' +
          'Residents of Orby voted on Tuesday night to reject a rezoning for a slots parlor.\n\n' +
          'Left: Slots opponent Sam Reed makes his case against the slots parlor plan.\n\n' +
          '"We do not want a slots parlor in our town," said resident Sam Reed.\n',
      ),
    );
    expect(placed.positions.some((p) => /^Left:/u.test(p.quote))).toBe(false);
    expect(placed.positions.some((p) => /We do not want a slots parlor/u.test(p.quote))).toBe(true);
  });

  it("takes the headline under a page's label, not the label", () => {
    for (const label of ['Advertisement', '06Mar', 'Animal News', 'Is it over?']) {
      const parsed = article(
        `${label}\n\nKelby overturns ban on street food stalls\n\nThe council voted 7-2 to lift the ban it passed two years ago.\n`,
      );
      expect(parsed.title).toBe('Kelby overturns ban on street food stalls');
    }
    // A short headline over a paragraph is still the headline.
    expect(article('Trams return\n\nThe first tram in forty years ran on Monday.\n').title).toBe(
      'Trams return',
    );
  });

  it('asks what a body is set to weigh, or puts a vote off on, be adopted', () => {
    expect(
      candidates(
        'Orby City Council set to consider new ban on street camping\n\nThe Orby City Council moves fast on this one.\n',
      ),
    ).toContain('Should the Orby City Council adopt a new ban on street camping?');
    const putOff = candidates(
      'Kelby council postpones vote on ban of horse-drawn carriages\n\nThe Kelby council sent the item back to a committee for more study.\n',
    );
    expect(putOff).toContain('Should the Kelby council adopt a ban of horse-drawn carriages?');
    expect(putOff.some((t) => /postpone/u.test(t))).toBe(false);
    // How many weigh it is news; a phrase in quotation marks is one name.
    expect(
      candidates(
        '12 states consider ‘right to repair’ for farm machines\n\nFarmers say the dealers charge too much.\n',
      ),
    ).toContain('Should states adopt a ‘right to repair’ for farm machines?');
  });

  it('asks whether there should be what sparks a debate', () => {
    expect(
      candidates(
        'Plastic bag levy idea sparks debate\n\nShops and councils disagree about who would pay.\n',
      ),
    ).toContain('Should there be a plastic bag levy?');
  });

  it('writes a group of people in lower case after a dateline, though a name ends with it', () => {
    const texts = candidates(
      'KELBY — Voters Tuesday night rejected a proposal that would have changed how they elect the mayor.\n\n' +
        'The League of Women Voters had endorsed the proposal.\n',
    );
    expect(texts).toContain(
      'Should voters reject a proposal that would have changed how they elect the mayor?',
    );
  });

  it('asks the act a place would rank by, after a long opening phrase of time', () => {
    const texts = candidates(
      'Kelby drops parking rules\n\nAfter more than two years of research and planning, the city became one of a handful in the country to eliminate parking minimums.\n',
    );
    expect(texts).toContain('Should the city eliminate parking minimums?');
    expect(texts.some((t) => /one of a handful|research and planning/u.test(t))).toBe(false);
    expect(
      candidates(
        'Vote set for November\n\nThe North Texas city would be the first in the state to ban fracking outright.\n',
      ),
    ).toContain('Should the North Texas city ban fracking outright?');
  });

  it("asks a place's people without an article, as a headline names them", () => {
    expect(
      candidates(
        'Denton residents to weigh fracking ban\n\nDenton residents will decide the matter at the ballot box.\n',
      ),
    ).toContain('Should Denton residents adopt a fracking ban?');
  });

  it("asks what a measure passed will do as its makers' act, and leaves an opening clause out", () => {
    expect(
      candidates(
        'Kelby acts on drive-thrus\n\nThe Kelby City Council passed an ordinance Thursday that will ban the construction of new drive-thru windows.\n',
      ),
    ).toContain('Should the Kelby City Council ban the construction of new drive-thru windows?');
    expect(
      candidates(
        'Orby votes on shops\n\nAfter some residents fought against a dispensary on Rte. 9 last year, Town Meeting this past week approved bylaw changes to ban marijuana shops.\n',
      ),
    ).toContain('Should Town Meeting ban marijuana shops?');
  });

  it('asks a refused proposal as its approval, which its opponents argue against', () => {
    const texts = candidates(
      "Plans for 'Kelby's largest solar farm' rejected by Kelby Council\n\nPlans for a 210-acre solar park near Orby have been rejected by Kelby Council.\n",
    );
    expect(texts).toContain('Should plans for a 210-acre solar park near Orby be approved?');
    expect(texts.some((t) => /be rejected/u.test(t))).toBe(false);
  });

  it('joins a second act to the question\'s verb without its "to"', () => {
    expect(
      candidates(
        'Cameras switched off\n\nThe Kelby City Council voted to turn off the red light cameras at 70 junctions and to repeal the ordinance that set them up.\n',
      ).some((t) => / and to repeal/u.test(t)),
    ).toBe(false);
  });

  it('asks an act as an act, though the reason given after it cites data', () => {
    expect(
      candidates(
        'Cameras to go\n\nKelby Mayor Ann Lee has decided to take down the city’s red-light cameras, saying data did not show that the program cut accidents.\n',
      ),
    ).toContain('Should Kelby Mayor Ann Lee take down the city’s red-light cameras?');
  });

  it('asks whether a bill signed into law should become law', () => {
    const texts = candidates(
      'Repair law signed\n\nKelby Gov. Ann Lee signed the Right To Repair Farm Equipment bill into law on April 25, making it the first such law.\n',
    );
    expect(texts).toContain('Should the Right To Repair Farm Equipment bill become law?');
    expect(texts.some((t) => /into law go ahead/u.test(t))).toBe(false);
  });

  it('leaves when the news happened out of the act asked', () => {
    const texts = candidates(
      'Pay rise row\n\nThe Kelby City Council members granted themselves a huge pay raise recently.\n',
    );
    expect(texts.some((t) => /recently\?$/u.test(t))).toBe(false);
    expect(texts).toContain(
      'Should the Kelby City Council members grant themselves a huge pay raise?',
    );
  });

  it("reads a short paragraph ending with its picture's credit, and its twin above it, as a caption", () => {
    const texts = candidates(
      'Residents have their say on proposed Kelby rifle ban\n\n' +
        'A hunting rifle with a detachable magazine is displayed in a file photo. Kelby wants to ban such rifles.\n\n' +
        'A hunting rifle with a detachable magazine is displayed in a file photo. Kelby wants to ban such rifles. (Jane Roe / AP)\n\n' +
        'The Kelby council heard from residents on Monday about its proposed ban on assault weapons.\n',
    );
    expect(texts.some((t) => /displayed/u.test(t))).toBe(false);
  });

  it('asks whether what people have their say on should go ahead', () => {
    expect(
      candidates(
        'Residents have their say on proposed Kelby rifle ban\n\nDozens of people spoke at the meeting on Monday night.\n',
      ),
    ).toContain('Should the proposed Kelby rifle ban go ahead?');
  });
});

describe('motion candidates on real news shapes (round 23)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('asks a headline that urges an act of its readers, though the tagger reads its verb as a name', () => {
    expect(
      candidates(
        'Ban Leaf Blowers\n\nEvery Saturday my street shakes with the noise of leaf blowers.\n\nThey waste fuel and foul the air. Rakes work fine.\n',
      ),
    ).toContain('Should we ban leaf blowers?');
  });

  it('asks after a thing a page opens by asking after', () => {
    expect(
      candidates(
        'Parking meters? Bad idea.\n\nDid you see that the council wants parking meters on Main Street?\n\nShops will lose customers to the mall, where parking is free.\n',
      ),
    ).toContain('Should there be parking meters?');
  });

  it("keeps a headline's first clause when a dash, a semicolon or a contrasting clause follows it", () => {
    expect(
      candidates(
        'Curfew should be earlier - and start now!\n\nThe teen curfew in Dalby begins at 11pm, and that is too late for our streets.\n\nParents in Dalby say the curfew should begin at 9pm.\n',
      ),
    ).toContain('Should the curfew be earlier?');
    expect(
      candidates(
        'Turn off the fountains; parks will cope\n\nThe drought in Kelby is the worst in forty years, and the fountains in our parks still run all day.\n',
      ),
    ).toContain('Should we turn off the fountains?');
    const contrasted = candidates(
      'Councillors back the night curfew but traders vote against\n\nThe Orby council voted on Monday for the night curfew for teenagers in the town centre.\n\nThe traders association said the curfew would ruin shops.\n',
    );
    expect(contrasted).toContain('Should the night curfew go ahead?');
    expect(contrasted.some((t) => /traders/u.test(t))).toBe(false);
  });

  it("leaves out a phrase after a headline's comma that says how it was decided", () => {
    const texts = candidates(
      'Delmont school board to drop homework, unanimous vote by trustees\n\nNo homework will be set in Delmont primary schools from September.\n',
    );
    expect(texts).toContain('Should the Delmont school board drop homework?');
    expect(texts.some((t) => /unanimous vote/u.test(t))).toBe(false);
  });

  it('reads neither a caption ending in a credit after a bar nor a picture description as the story', () => {
    const seeds = extractSeeds(
      article(
        'Unions sue over Kelby chokehold law\n\n' +
          'Protesters stand at a barricade as officers stand near City Hall in Kelby on July 30 | AP Photo\n\n' +
          'Police unions brought a lawsuit seeking to stop a new city law that makes it a crime for officers to use chokeholds.\n\n' +
          '"This law threatens officers with jail for doing their jobs," the unions said.\n',
      ),
    );
    expect(seeds.motionCandidates.some((c) => /barricade|Protesters/u.test(c.text))).toBe(false);
    const described = candidates(
      "Why Dalby's app ban is unconstitutional\n\nperson holding phone with the app open on screen\n\nDalby's council voted to ban the Quillchat app on every device in the city.\n",
    );
    expect(described.some((t) => /person hold/u.test(t))).toBe(false);
  });

  it('leaves out an opening participle phrase before the subject', () => {
    const texts = candidates(
      'Letter from a senior\n\nStarting the first day of school, students count the days until the summer break begins.\n',
    );
    expect(texts.some((t) => /[Ss]tarting the first day/u.test(t))).toBe(false);
  });

  it("asks about what a column makes one side's case for", () => {
    expect(
      candidates(
        'LETTER: A case for year-round school\n\nThe long summer break is a relic of farming life, and students lose months of learning.\n',
      ),
    ).toContain('Should there be year-round school?');
    expect(
      candidates(
        'The case against lowering the voting age\n\nDalby wants to let 16-year-olds vote, and that is a mistake.\n',
      ),
    ).toContain('Should the voting age be lowered?');
  });

  it("writes a bill's code and a law named after a person without an article", () => {
    expect(
      candidates(
        "Why Dalby's app ban is unconstitutional\n\nUpdate: Governor Kay Lund signed SB 419 into law on May 17, making Dalby the first state to ban the Quillchat app.\n",
      ),
    ).toContain('Should SB 419 become law?');
    expect(
      candidates(
        'Kelby Council Unanimously Approves Martyn’s Law, Banning Night Raids\n\nThe Kelby council voted unanimously on Martyn’s Law, named after Martyn Hale, which bars police raids at night.\n',
      ),
    ).toContain('Should Martyn’s Law go ahead?');
  });

  it('reads a gerund opening the lede as a word, though a sign in quotation marks capitalises it', () => {
    const texts = candidates(
      'Skates get the boot downtown\n\nSkateboarding and roller-skating will come to a halt downtown under an ordinance the Kelby council approved on Tuesday.\n\nOwners can now post "No Skateboarding" signs.\n',
    );
    expect(texts.some((t) => /Skateboarding/u.test(t))).toBe(false);
  });

  it('keeps a long rubric and a question\'s "Why" out of the words a headline is asked with', () => {
    const texts = candidates(
      'Letters to the Editor: Why are we even voting on sports betting?\n\nTo the editor: The two betting measures should be settled by lawmakers, not by voters.\n',
    );
    expect(texts.some((t) => /Letters to the Editor/u.test(t))).toBe(false);
    expect(texts.some((t) => /^(?:Do you agree with “)?Are we even voting/u.test(t))).toBe(false);
  });

  it("asks what a petition's ballot question would do, not whether to hand in its signatures", () => {
    const texts = candidates(
      "Signatures submitted for wood smoke ballot question in Kelby\n\nKELBY — A lawmaker has turned in more than 2,500 signatures in an attempt to put a question on the city ballot in the fall that would restrict the council's powers over wood burning.\n\nShe needs 1,700 signatures to reach the ballot.\n",
    );
    expect(texts[0]).toMatch(/^Should the council's powers be restricted/u);
    expect(texts.some((t) => /signatures/u.test(t))).toBe(false);
  });

  it("reads neither a page's update line, an editor's note nor a credited caption as the lede", () => {
    const texts = candidates(
      'Council: No ban on Styrofoam\n\nPage last updated at 09:59 GMT, Monday, 8 December 2008\n\nA small foam cup is discarded along Beach Road in Kelby on Tuesday.\n\n(JANE ROE, Kelby Courier)\n\n<i>This post has been corrected, as noted below.</i>\n\nThe Kelby City Council will not ban polystyrene food packaging from the city.\n',
    );
    expect(texts.some((t) => /updated|cup|post|<i>/u.test(t))).toBe(false);
    expect(texts).toContain('Should there be a ban on Styrofoam?');
    expect(texts).toContain(
      'Should the Kelby City Council ban polystyrene food packaging from the city?',
    );
  });

  it('asks about the measure a headline names before what someone says of it, or what a place answers', () => {
    const quoted = candidates(
      "Ban on new takeaways near schools 'backed by 93%'\n\nPlans to stop fast-food outlets opening near schools in Kelby have been backed by 93% of residents.\n",
    );
    expect(quoted.some((t) => /backed by 93%'|'\?/u.test(t))).toBe(false);
    expect(
      candidates(
        'Dalby says no to road toll\n\nVoters in Dalby rejected a plan for a citywide road toll by three to one.\n',
      ),
    ).toContain('Should there be a road toll?');
    expect(
      candidates(
        'SF plastic bottle ban targets ‘Big Soda’\n\nSF supervisors voted on Tuesday to stop the sale of small plastic water bottles on city property.\n',
      ),
    ).toContain('Should there be an SF plastic bottle ban?');
    expect(
      candidates(
        'Kelby drops Warriors nickname, mascot after schools boycott games\n\nThe Kelby school board voted 3-2 on Monday to retire the Warriors name after nearby schools refused to play its teams.\n',
      ),
    ).toContain('Should Kelby drop Warriors nickname?');
  });

  it('leaves the day and the court out of a decision asked as a passive', () => {
    expect(
      candidates(
        "Dalby's smoking ban upheld\n\nDalby's ban on smoking in bars was upheld Thursday by the Dalby Supreme Court (search), which said the city had acted within its powers.\n",
      ).some((t) => /Thursday|Supreme Court|\(search\)/u.test(t)),
    ).toBe(false);
  });

  it('leaves out the measure an act was done with, named at the end', () => {
    expect(
      candidates(
        "Norland bans keeping dolphins in captivity with 'Free the Pod' bill\n\nNorland's parliament passed the bill on Monday, ending shows at the country's last dolphin park.\n",
      ),
    ).toContain('Should Norland ban keeping dolphins in captivity?');
  });
});

describe('motion candidates on real news shapes (round 24)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it("reads a caption that places its picture's people as a caption, and a crowd turning out as no motion", () => {
    const texts = candidates(
      'Campaigners protest Orby camping ban\n\n' +
        'Mara Lind, left, Tom Beck, middle, listen as Ada Cole, right, speaks during a vigil outside Orby Town Hall on Tuesday. Campaigners gathered to pray ahead of the vote.\n\n' +
        'A handful of people gathered on Tuesday evening outside Orby Town Hall ahead of a vote on a ban on camping in public parks.\n\n' +
        '"Where are people supposed to sleep?" Ada Cole said.\n',
    );
    expect(texts.some((t) => /left|middle|right,/u.test(t))).toBe(false);
    expect(texts.some((t) => /handful/u.test(t))).toBe(false);
    expect(texts[0]).toBe('Should the Orby camping ban go ahead?');
  });

  it("asks a plan's act of its owner, without how the plan fared", () => {
    const texts = candidates(
      "Mayor Ida Lund's plan to raise the Kelby parking fee to $3 an hour and rename it a kerb charge came under fire at Monday's council meeting.\n\n" +
        '"This is a tax on shoppers," Alderman Tom Reyes, 8th Ward, said.\n\n' +
        'Lund said the fee would pay for new bus shelters.\n',
    );
    expect(texts[0]).toBe(
      'Should Mayor Ida Lund raise the Kelby parking fee to $3 an hour and rename it a kerb charge?',
    );
    expect(texts.some((t) => /came|under fire|Alderman/u.test(t))).toBe(false);
    expect(
      candidates(
        "City Manager Rosa Diaz's plan to close the Elm Street pool and sell the land fell flat at Monday's meeting.\n\n" +
          'Swimmers said the pool was the only one in the county.\n',
      )[0],
    ).toBe('Should City Manager Rosa Diaz close the Elm Street pool and sell the land?');
  });

  it('asks after the thing a quarrel that goes on is about', () => {
    expect(
      candidates(
        'Skate park dispute continues\n\nNeighbours of Orby Green told the council on Monday that a skate park would bring noise late into the night.\n',
      ),
    ).toContain('Should there be a skate park?');
    expect(
      candidates(
        'Bike lanes row rages on in Kelby\n\nShopkeepers on Kelby High Street say the new bike lanes have taken their parking.\n',
      ),
    ).toContain('Should there be bike lanes?');
  });

  it('asks the act of a measure voted down, from what it would have done', () => {
    expect(
      candidates(
        'The Kelby council on Wednesday voted 5-4 against a resolution that would have banned new short-term rentals in the old town.\n\n' +
          'In favor were Ann Lee and Tom Hale.\n',
      ),
    ).toContain('Should new short-term rentals be banned in the old town?');
  });

  it('asks what a report asks to be done, without its reason', () => {
    const texts = candidates(
      'Golfers protest outside Kelby offices\n\n' +
        "About 80 golfers gathered outside Kelby Council's offices on Monday ahead of a cabinet meeting.\n\n" +
        'A council report suggests the Ridge course be closed on the basis of its losses.\n',
    );
    expect(texts).toContain('Should the Ridge course be closed?');
    expect(texts.some((t) => /basis|golfers gather/u.test(t))).toBe(false);
  });

  it("takes a link to a site's other stories above a copied story as no headline", () => {
    const parsed = article(
      'More on Kelby Gazette\n' +
        'Kelby council will close the Ridge golf course in March to save money, its cabinet decided on Monday.\n' +
        'Golfers said the course was the only one in the town.\n',
    );
    expect(parsed.title).not.toBe('More on Kelby Gazette');
    expect(extractSeeds(parsed).motionCandidates.some((c) => /More on/u.test(c.text))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 25)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('passes over how the subject felt before its comma', () => {
    const texts = candidates(
      'Panel backs quarry plan\n\n' +
        'Concerned about still more lorries on the lanes south of Orby, the county planning board on Monday decided to let the Hill Quarry dig a further 30 acres.\n\n' +
        'Neighbours said the lanes were already dangerous.\n',
    );
    expect(texts.some((t) => /Concerned|^Should concerned/u.test(t))).toBe(false);
    expect(texts).toContain(
      'Should the county planning board let the Hill Quarry dig a further 30 acres?',
    );
  });

  it('asks a question the sentence names as it is written', () => {
    const texts = candidates(
      'Kelby council weighs in on water\n\n' +
        'Kelby councillors on Monday weighed in on the long-running question of whether the town should add fluoride to its tap water.\n\n' +
        'Dentists said it would protect children.\n',
    );
    expect(texts[0]).toBe('Should the town add fluoride to its tap water?');
    expect(texts.some((t) => /question of/u.test(t))).toBe(false);
  });

  it("asks a plan's act of its owner, or of what it would be done to, never of the plan", () => {
    const unowned = candidates(
      'Shelter row\n\n' +
        'A drive to open a year-round night shelter near the station, and to find homes for those sleeping rough, may be gathering pace.\n\n' +
        'Traders said the site was wrong.\n',
    );
    expect(unowned.some((t) => /Should a drive/u.test(t))).toBe(false);
    const plan = candidates(
      'Shelter row\n\n' +
        'A push to open a year-round night shelter near the station, and to find homes for those sleeping rough, may be gathering pace.\n\n' +
        'Traders said the site was wrong.\n',
    );
    expect(plan[0]).toBe('Should a year-round night shelter be opened near the station?');
    const owned = candidates(
      'Orby approves tram lane\n\n' +
        "The Orby Town Council's narrow decision Tuesday to paint a tram lane on Mill Road left the owner of the corner shop furious.\n\n" +
        'Cyclists said the lane was overdue.\n',
    );
    expect(owned[0]).toBe('Should the Orby Town Council paint a tram lane on Mill Road?');
    expect(owned.some((t) => /furious|left the owner/u.test(t))).toBe(false);
  });

  it('asks a measure turned down by what it would have done, whatever verb turned it down', () => {
    expect(
      candidates(
        'Ferry limit sinks\n\n' +
          'Kelby voters rejected a ballot proposition that would have capped the number of ferries calling at the harbour each day.\n\n' +
          '"It was too blunt," one voter said.\n',
      ),
    ).toContain('Should the number of ferries calling be capped at the harbour each day?');
  });

  it('asks those a headline urges to act, with its comma between names read as "and"', () => {
    expect(
      candidates(
        'Board urges Orby, Kelby to ban pesticides in parks\n\nThe county board voted on Monday.\n',
      ),
    ).toContain('Should Orby and Kelby ban pesticides in parks?');
  });

  it('asks whether there should be the thing a proposal is for, and what a body leans toward', () => {
    expect(
      candidates(
        'Battery plant plan advances\n\n' +
          'The proposal for a battery recycling plant on the old Kelby airfield moved a step closer on Tuesday, despite objections from neighbours.\n\n' +
          'The council will vote in May.\n',
      ),
    ).toContain('Should there be a battery recycling plant on the old Kelby airfield?');
    expect(
      candidates(
        'Kelby council leans toward banning drones over parks\n\nThe vote is next week.\n',
      ),
    ).toContain('Should drones be banned over parks?');
  });

  it("puts back a headline's article before a measure it acts on", () => {
    expect(
      candidates(
        'Orby supervisors deny Hill Road quarry proposal\n\nThe Orby board voted 4-1 on Monday. Neighbours cheered.\n',
      ),
    ).toContain('Should Orby supervisors deny the Hill Road quarry proposal?');
  });
});

describe('motion candidates on real news shapes (round 26)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('asks what a lawsuit is over, with the time the decision was made left out', () => {
    expect(
      candidates(
        'Grocers sue Kelby over straw ban\n\n' +
          'The Kelby Grocers Guild filed a lawsuit against the town in state court on Friday over its decision in March to ban plastic straws in all cafes.\n\n' +
          'The town said the ban was lawful.\n',
      )[0],
    ).toBe('Should plastic straws be banned in all cafes?');
  });

  it('asks whether there should be the thing an idea is of, whatever is done to the idea', () => {
    expect(
      candidates(
        'Pool funds voted down\n\n' +
          'Orby supervisors may have killed off the idea of a new indoor swimming pool Monday by voting 4-1 against paying for it.\n\n' +
          'Swimmers said they would keep campaigning.\n',
      )[0],
    ).toBe('Should there be a new indoor swimming pool?');
  });

  it('asks what a battle goes on over, and what worries are voiced about', () => {
    expect(
      candidates(
        'Fight grows over ferry fare rise\n\nIslanders say the fares will empty the island.\n',
      ),
    ).toContain('Should there be a ferry fare rise?');
    const voiced = candidates(
      'Pool plan meets opposition\n\n' +
        'Neighbours also voiced their worries about the closure of the Elm Street pool at the end of the summer.\n\n' +
        'The council said the pool cost too much to run.\n',
    );
    expect(voiced.some((t) => /voice/u.test(t))).toBe(false);
    expect(voiced).toContain('Should the Elm Street pool be closed?');
  });

  it('asks the act a body takes a step toward, with a list of names kept in its object', () => {
    expect(
      candidates(
        'Kelby moves on scooter checks\n\n' +
          'The Kelby council took a first step toward requiring riders for Zipp, Dott and other scooter firms to wear helmets on Tuesday.\n\n' +
          'The firms said helmets would put riders off.\n',
      ),
    ).toContain(
      'Should riders for Zipp, Dott and other scooter firms be required to wear helmets?',
    );
  });
});

describe('motion candidates on real news shapes (round 27)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('asks what a decision would do when the time it was made stands between it and its "to"', () => {
    expect(
      candidates(
        "Board's decision to close pool draws anger\n\n" +
          "The Elmford school board's decision last week to close the Riverside pool drew an angry crowd on Monday.\n\n" +
          'Board chair Miles Grant said the pool costs too much to keep open.\n',
      ),
    ).toContain('Should the Elmford school board close the Riverside pool?');
  });

  it("ends a measure's object at the sentence's own verb, and asks the first of two acts", () => {
    expect(
      candidates(
        'Council to weigh weedkiller curbs\n\n' +
          'A motion to restrict the use of the weedkiller fentrazine is set to go before Orby council.\n\n' +
          'Gardeners said the chemical was safe.\n',
      ),
    ).toContain('Should the use of the weedkiller fentrazine be restricted?');
    expect(
      candidates(
        'Kelby vote nears\n\n' +
          'The initiative to legalize the sale of raw milk and cut fees for dairy farms in Kelby is gaining support.\n\n' +
          'Dairy farmers said the fees were too high.\n',
      )[0],
    ).toBe('Should the sale of raw milk be legalized?');
  });

  it('reads a plan, a move or a plea that opens a headline as the carrier of its act', () => {
    expect(
      candidates(
        'Moves to ban lorries from Mill Lane splits residents\n\nShops say deliveries will stop.\n',
      ),
    ).toContain('Should lorries be banned from Mill Lane?');
    expect(
      candidates(
        'Moves to ban vans from Kelby Lane divide residents\n\n' +
          'Plans to ban vans from Kelby Lane in Orby were discussed by the town council this week.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should vans be banned from Kelby Lane?',
        'Should vans be banned from Kelby Lane in Orby?',
      ]),
    );
    expect(
      candidates('Plea to end use of salt on Orby roads\n\nDrivers say the roads will ice over.\n'),
    ).toContain('Should the use of salt be ended on Orby roads?');
  });

  it('asks about what a camp named in the subject opposes', () => {
    expect(
      candidates(
        'Shops fight drinks levy\n\n' +
          'Shopkeepers opposed to any tax on sugary drinks in Orby have written to the mayor.\n\n' +
          '"It will hit the poorest," said grocer Tom Hale.\n',
      ),
    ).toContain('Should there be a tax on sugary drinks in Orby?');
    expect(
      candidates(
        'Pool row deepens\n\n' +
          'Residents opposed to closing the Elm Street pool packed the town hall on Monday.\n\n' +
          '"Our children need it," said Ann Cole.\n',
      ),
    ).toContain('Should the Elm Street pool be closed?');
  });

  it('asks the act, not the ranking, of "the first state to …"', () => {
    expect(
      candidates(
        'Orby makes history\n\n' +
          'Orby is now the first county to pass a ban on glue traps for rodents, but the vote was close.\n\n' +
          'Pest controllers said the traps were needed.\n',
      ),
    ).toContain('Should Orby pass a ban on glue traps for rodents?');
  });

  it('asks what a measure would do, not what a camp warns will follow', () => {
    const found = candidates(
      'Market measure opponents warn stalls will close\n\n' +
        'Supporters of the measure say it will pay for new stalls.\n\n' +
        'The measure, which still needs a second vote in March, would raise the fee for market traders from £20 to £35 a day.\n',
    );
    expect(found).not.toContain('Should stalls close?');
    expect(found).toContain('Should the market measure go ahead?');
    expect(found).toContain('Should the fee be raised for market traders from £20 to £35 a day?');
  });

  it('asks the act a battle is fought over, and an act that makes a thing an offence', () => {
    expect(
      candidates(
        'Ministers take fur fight to Brussels\n\n' +
          'The minister flew to Brussels on Monday to lead the fight over banning imports of fur into the European Union.\n\n' +
          'Furriers said a ban would cost jobs.\n',
      )[0],
    ).toBe('Should imports of fur into the European Union be banned?');
    expect(
      candidates(
        'Kelby backs kite curbs\n\n' +
          'Most of the 900 replies to the consultation backed legislation to make flying a drone over a beach an offence.\n\n' +
          'Drone clubs said the rule was unfair.\n',
      ),
    ).toContain('Should flying a drone over a beach be made an offence?');
  });

  it('asks whether a measure that sparks debate should go ahead, and keeps how long it runs', () => {
    expect(
      candidates(
        'Orby rent measure sparks heated debate over exemptions\n\nLandlords in Orby say it will cut supply.\n',
      ),
    ).toContain('Should the Orby rent measure go ahead?');
    expect(
      candidates(
        'Ferry service extended through 2030 by county\n\nIslanders say the ferry is a lifeline.\n',
      ),
    ).toContain('Should the ferry service be extended through 2030?');
  });

  it('asks what a body recommends doing, without the meeting it was done at', () => {
    const found = candidates(
      'Orby Council Recommends Scrapping Parking Fees for Shoppers\n\n' +
        'An Orby council committee recommended an order scrapping parking fees in the town centre for shoppers during a special meeting Tuesday evening.\n\n' +
        'Traders said the fees kept people away.\n',
    );
    expect(found).toContain('Should parking fees be scrapped for shoppers?');
    expect(
      candidates('Orby weighs lifting busking ban\n\nBuskers in Orby say the ban is unfair.\n'),
    ).toContain('Should the busking ban be lifted?');
    // "fracking ban" names a kind of ban; no act is read into it.
    expect(
      candidates('Orby to weigh fracking ban\n\nOrby residents will decide at the ballot box.\n'),
    ).toContain('Should Orby adopt a fracking ban?');
    expect(found.some((t) => /meeting/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 28)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('reads past where and when a body voted, to the act it voted for', () => {
    expect(
      candidates(
        'Board backs masks\n\n' +
          'KELBY — Despite loud objections, the Kelby school board voted unanimously at a special meeting Thursday evening to approve a temporary mask requirement for pupils.\n\n' +
          'Parents said the rule was unfair.\n',
      ),
    ).toContain('Should the Kelby school board approve a temporary mask requirement for pupils?');
  });

  it('asks a gerund subject with its own "while" adjunct, without the vote it came after', () => {
    expect(
      candidates(
        'Helmet rule dropped\n\n' +
          'Wearing a helmet while riding a scooter will not be required after a revote on the new bylaw.\n\n' +
          'Councillor Ann Hale said the rule could not be enforced.\n',
      ),
    ).toContain('Should wearing a helmet while riding a scooter be required?');
  });

  it("keeps a phrasal verb's particle and reads the act of legislation that could do it", () => {
    const found = candidates(
      'A bill to bring empty shops back into use is making progress\n\n' +
        'New legislation that could double business rates for shops left empty is progressing through parliament.\n',
    );
    expect(found).toContain('Should empty shops be brought back into use?');
    expect(found).toContain('Should business rates be doubled for shops left empty?');
  });

  it('asks what protesters protest, a measure a concession names, and what a meeting is on', () => {
    expect(
      candidates(
        'Four arrested at forest protest\n\n' +
          'Four activists were arrested on Monday at the county offices while protesting a plan they said would sharply increase logging in Orby Forest.\n',
      )[0],
    ).toBe('Should logging be increased in Orby Forest?');
    expect(
      candidates(
        'Ferry fare rise: Islanders warn of hardship\n\n' +
          "While the council's decision to raise ferry fares has been welcomed by the operator, islanders warn families will be left worse off by the move.\n",
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should the council raise ferry fares?',
        'Should there be a ferry fare rise?',
      ]),
    );
    expect(
      candidates(
        'Tempers Flare At Meeting On Harbour Expansion\n\nFishermen say boats will be lost.\n',
      ),
    ).toContain('Should the harbour expansion go ahead?');
  });

  it("names a place whose name ends in Park or Beach without an article, and keeps a listed adjective's noun", () => {
    expect(
      candidates(
        'Kelby Park bans drones from playgrounds\n\nParents in Kelby Park welcomed the ban.\n',
      ),
    ).toContain('Should Kelby Park ban drones from playgrounds?');
    expect(
      candidates(
        'Orby to end petrol car sales\n\n' +
          'Orby will phase out sales of new, petrol-powered cars by 2035, the mayor announced.\n',
      ),
    ).toContain('Should Orby phase out sales of new, petrol-powered cars by 2035?');
  });
});

describe('motion candidates on real news shapes (round 29)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('asks whether a body that may take a measure should, not whether it does', () => {
    expect(
      candidates('Orby May Ban New Car Washes Temporarily\n\nResidents say water is short.\n'),
    ).toContain('Should Orby ban new car washes temporarily?');
    // A thing that may do something is still a finding.
    expect(
      candidates(
        'Popular sweetener may raise stroke risk\n\nDoctors urged caution about the findings of the study.\n',
      ),
    ).not.toContain('Should the popular sweetener raise stroke risk?');
  });

  it('asks what a meeting, a dispute or a fight is on, up to its own verb', () => {
    expect(
      candidates(
        'Kelby Council meeting on proposed marina goes late into the night\n\nBoat owners packed the hall.\n',
      ),
    ).toContain('Should the proposed marina go ahead?');
    expect(
      candidates(
        "Kelby residents won't give up the fight against quarry\n\nResidents feel ignored by the council.\n",
      ),
    ).toContain('Should the quarry go ahead?');
    expect(
      candidates(
        'Bus budget vote blocked by disputes over free rides for pensioners\n\nThe board met for five hours.\n',
      ),
    ).toContain('Should free rides go ahead?');
  });

  it('asks the measure a place moves closer to, and a verdict a headline gives without "is"', () => {
    expect(
      candidates(
        'Orby moves one step closer to a ban on disposable vapes\n\nShops in Orby say they will lose trade.\n',
      ),
    ).toContain('Should Orby ban disposable vapes?');
    expect(
      candidates('Deer culling wrong, campaigners say\n\nThe park says the herd is too big.\n'),
    ).toContain('Is deer culling wrong?');
  });

  it("ends a measure's object at a past verb that leads to what followed", () => {
    expect(
      candidates(
        'Budget stalls\n\nSquabbles over a proposal to provide free ferry trips for pensioners led to five hours of argument.\n',
      ),
    ).toContain('Should free ferry trips be provided for pensioners?');
  });
});

describe('motion candidates on real news shapes (round 30)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('reads past what an act went ahead over, and past how close the vote was', () => {
    const found = candidates(
      'Supervisors approve busking ban on close vote\n\n' +
        'Over the objections of two supervisors and under threats of a lawsuit from street performers and civil liberties groups, the Orby Board of Supervisors voted 6-5 to outlaw busking in the city.\n',
    );
    expect(found).toContain('Should the Orby Board of Supervisors outlaw busking in the city?');
    expect(found.some((t) => /close vote/u.test(t))).toBe(false);
  });

  it('asks the thing an idea is of, and reads a headline\'s "OKs" after a place\'s rubric', () => {
    expect(
      candidates(
        "Fuel tax idea described as 'madness'\n\nHauliers hit back at a suggestion by Orby's mayor.\n",
      ),
    ).toContain('Should there be a fuel tax?');
    expect(
      candidates(
        'KELBY : Despite Protests, Town OKs Houseboat Rules\n\nThe council voted to limit where houseboats may moor overnight in Kelby.\n',
      ),
    ).toContain('Should the houseboat rules go ahead?');
  });
});

describe('motion candidates on real news shapes (round 31)', () => {
  const article = (text: string) => parseArticle({ text, format: 'TEXT' });
  const candidates = (text: string) =>
    extractSeeds(article(text)).motionCandidates.map((c) => c.text);

  it('keeps what fines are for, and reads rules that would prevent an act', () => {
    expect(
      candidates(
        'Kelby Considers Fines For Feeding Gulls, Pigeons\n\n' +
          'Town leaders are considering new rules that would prevent people from feeding gulls, including on the pier.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should Kelby adopt fines for feeding gulls?',
        'Should people be prevented from feeding gulls?',
      ]),
    );
  });

  it('asks what a bill calls for', () => {
    expect(
      candidates(
        'Trap bill fails\n\n' +
          'The Kelby Assembly committee today rejected SB 12, the bill that calls for a moratorium on the use of snares to catch foxes in the state.\n',
      ),
    ).toContain('Should there be a moratorium on the use of snares to catch foxes in the state?');
  });

  it('asks what protesters protest over, and closures that spark protest', () => {
    expect(
      candidates(
        'Orby clinic closures spark protest\n\n' +
          'About 200 people have protested in Orby over plans to close clinics in the town.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should clinics be closed in the town?',
        'Should the Orby clinic closures go ahead?',
      ]),
    );
  });

  it('asks a measure a retailer warns about, a verdict without "is", and a measure fleets hail', () => {
    expect(
      candidates(
        'Vape flavours ban would kill industry, retailer says\n\nShop owners in Orby fear for their jobs.\n',
      ),
    ).toContain('Should the vape flavours ban go ahead?');
    expect(
      candidates('Junk food tax the right move\n\nSir, I write to back the council on this.\n'),
    ).toContain('Is the junk food tax the right move?');
    expect(
      candidates(
        'Fishing crews hail new catch limits\n\n' +
          'Kelby fishing crews have praised new catch limits agreed after long talks in Orby.\n',
      ),
    ).toContain('Should new catch limits go ahead?');
  });
});

describe('motion candidates on real news shapes (round 32)', () => {
  const candidates = candidatesOfText;

  it('asks whether a plan made known should go ahead, not whether it should be made known', () => {
    const runway = candidates(
      'Plans for new runway unveiled\n\n' +
        "Plans for a second runway at Elmford Airport have been unveiled by the airport's owners. Residents said they would fight them.\n",
    );
    expect(runway).toEqual(
      expect.arrayContaining([
        'Should plans for a second runway at Elmford Airport go ahead?',
        'Should plans for new runway go ahead?',
      ]),
    );
    expect(runway.join(' ')).not.toMatch(/be unveiled| {2}/u);
    expect(
      candidates(
        'Start of badger cull confirmed\n\n' +
          'The start of a six-week badger cull in the county has been confirmed by the government. Wildlife groups called it cruel.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should a six-week badger cull in the county go ahead?',
        'Should the badger cull go ahead?',
      ]),
    );
    const curfew = candidates(
      'Cat curfew starts soon\n\n' +
        'October will mark the beginning of the controversial cat curfew in the Kelby Ranges, which will see cats kept indoors. Owners said it was unfair.\n',
    );
    expect(curfew).toContain('Should the cat curfew go ahead?');
    expect(curfew.join(' ')).not.toMatch(/October/u);
  });

  it('reads a compound in "-ing" before a modal as the subject, and a headline\'s "to be" as the verb\'s', () => {
    const racing = candidates(
      'Greyhound racing to be banned in Norland\n\n' +
        'Greyhound racing will be banned "as soon as practically possible", the Norland government has said in what would be a first for the region. Trainers said greyhound racing was safe.\n',
    );
    expect(racing).toEqual(
      expect.arrayContaining([
        'Should greyhound racing be banned "as soon as practically possible"?',
        'Should greyhound racing be banned?',
      ]),
    );
    expect(
      candidates(
        'Launch of tourist tax delayed\n\nThe launch of a tourist tax in Kelby has been delayed, the council said.\n',
      ),
    ).not.toContain('Should we launch of tourist tax delayed?');
  });

  it('asks a measure that meets opposition, and a ban named by a label before the colon', () => {
    expect(
      candidates(
        'Right turn on red: Kelby City Council debates ban\n\n' +
          'A proposed ban on right turns on red in some Kelby neighbourhoods is receiving harsh opposition.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should a proposed ban on right turns on red in some Kelby neighbourhoods go ahead?',
        'Should the Kelby City Council adopt a ban on right turn on red?',
      ]),
    );
  });

  it('asks what a referendum or a put-off decision is on', () => {
    expect(
      candidates(
        'Coalition planning campaign on upper house\n\n' +
          'The Government is planning a short, sharp referendum campaign on the abolition of the Norland Senate, with voters going to the polls in October.\n',
      ),
    ).toContain('Should the Norland Senate be abolished?');
    expect(
      candidates(
        'Decision on Olympic plebiscite delayed\n\n' +
          'City council has put off a decision on whether there will be a plebiscite on a potential Kelby bid for the Winter Olympics.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should there be a plebiscite on a potential Kelby bid for the Winter Olympics?',
        'Should there be an Olympic plebiscite?',
      ]),
    );
  });

  it("leaves out an opening participle's phrase, a move's news and a title's full stop", () => {
    expect(
      candidates(
        'Kelby paddling ends quietly\n\n' +
          'Describing the practice of paddling students as archaic, the Kelby County School Board formally ended corporal punishment Tuesday night.\n',
      ),
    ).toContain('Should the Kelby County School Board end corporal punishment?');
    expect(
      candidates(
        'Orby council drops ceremonies\n\n' +
          'An Orby council has voted to stop holding citizenship ceremonies on January 26 in a move that has come under fire from the state government.\n',
      ),
    ).toContain('Should an Orby council stop holding citizenship ceremonies?');
    expect(
      candidates(
        'Decision on pool delayed\n\n' +
          'Coun. Sean Chu says the city should decide whether to close the pool\n\n' +
          'City council has put off a decision on whether there will be a plebiscite on closing the Kelby pool.\n',
      ),
    ).toContain('Should there be a plebiscite on closing the Kelby pool?');
  });

  it('asks whether a bill or a failed ordinance should go ahead, with its name\'s "the"', () => {
    expect(
      candidates(
        'Foreign buyer bill passes first reading\n\n' +
          'The bill that will stop foreigners buying houses has passed its first reading in Parliament amid claims it is not needed.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should the bill that will stop foreigners buying houses become law?',
        'Should the foreign buyer bill become law?',
      ]),
    );
    expect(
      candidates(
        "UPDATED: Saggy-Pants Ordinance Fails 4-2\n\nThe Kelby City Council voted down Councilman Ken Stone's proposed Saggy Pants Ordinance on Tuesday.\n",
      ),
    ).toContain('Should the Saggy-Pants Ordinance go ahead?');
    expect(
      candidates(
        'Minimum unit pricing for alcohol kicks in today\n\n' +
          'Minimum unit pricing for alcohol comes into force across Norland today. Retailers said it would punish moderate drinkers.\n',
      ),
    ).toContain('Should minimum unit pricing for alcohol come into force across Norland?');
  });
  it('asks what a plan is for, and what a camp opposes in the passive, as the act', () => {
    expect(
      candidates(
        'Sheep farmers oppose plans for lynx to be reintroduced in forest\n\n' +
          'AN application to reintroduce lynx to the Kelby countryside on a trial basis has been vociferously opposed to by sheep farmers.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should lynx be reintroduced to the Kelby countryside on a trial basis?',
        'Should lynx be reintroduced in forest?',
      ]),
    );
  });

  it("keeps a named set's count, and leaves out the day a law was signed", () => {
    expect(
      candidates(
        'Groups to sue over Norland law requiring Ten Commandments in classrooms\n\n' +
          "Hours after Norland's governor signed legislation Wednesday requiring the Ten Commandments to be displayed in public schools, civil rights groups made preparations to challenge the new law.\n",
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should the legislation requiring the Ten Commandments to be displayed in public schools go ahead?',
        'Should Ten Commandments be required in classrooms?',
      ]),
    );
  });

  it('asks whether a measure a court halted should stand, and reads "won\'t" as a modal', () => {
    expect(
      candidates(
        'Panhandlers can ask for cash near stores as judge halts Kelby crackdown\n\n' +
          "A federal judge ordered an immediate halt Thursday to Kelby's ordinance against aggressive panhandling, saying it broke free speech rules.\n",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Should Kelby's ordinance against aggressive panhandling stand?",
        'Should the Kelby crackdown stand?',
      ]),
    );
    expect(
      candidates(
        'Shops will not sell wine\n\n' +
          "The Norland government won't be allowing convenience stores to sell beer and wine, despite a renewed push from industry.\n",
      ),
    ).toContain('Should convenience stores be allowed to sell beer and wine?');
  });
});

describe('motion candidates on real news shapes (round 33)', () => {
  const candidates = candidatesOfText;

  it('asks the act that went ahead despite anger, not what the anger is over', () => {
    const texts = candidatesOfText(
      'Council presses on with car ban\n\n' +
        'Kelby council said its plan to ban cars from Mill Street would go ahead despite anger over a proposed levy on drivers who park near schools. Traders in Kelby were not consulted.\n',
    );
    expect(texts).toContain("Should Kelby council's plan to ban cars from Mill Street go ahead?");
    expect(texts.join(' ')).not.toMatch(/levied/u);
  });

  it('asks what opposition or anger is over, not what else the sentence tells', () => {
    expect(
      candidates(
        'Opposition grows over NHF Bill as President defends fairness\n\n' +
          'Opposition against the signing into law of the National Health Fund (NHF) Bill in its current form, is increasing.\n',
      ),
    ).toContain('Should the National Health Fund Bill become law?');
    const tax = candidates(
      'Minister defends inheritance tax changes as farmers slam ‘disastrous’ budget\n\n' +
        'Dana Hale has defended her budget following anger from farmers over changes to inheritance tax on agricultural land.\n',
    );
    expect(tax).toEqual(
      expect.arrayContaining([
        'Should the inheritance tax on agricultural land be changed?',
        'Should inheritance tax changes go ahead?',
      ]),
    );
    expect(tax.join(' ')).not.toMatch(/defend/u);
  });

  it('asks the act passed amid a debate, not the debate, and reads "right to" as a noun\'s', () => {
    expect(
      candidates(
        'Norland Parliament Passes Right to Disconnect Law Amidst Debate Over Gig Workers’ Rights\n\n' +
          'Workers will be able to ignore calls from bosses after hours. Employers said the law was unworkable.\n',
      ),
    ).toContain('Should the right to disconnect law go ahead?');
  });

  it("asks whether a plan put off should go ahead, after a headline's hope", () => {
    expect(
      candidates(
        'Hope for disabled train users as ticket office closure plans delayed\n\n' +
          'Campaigners said the offices were a lifeline.\n',
      ),
    ).toContain('Should ticket office closure plans go ahead?');
  });

  it('leaves out a quotation a headline ends on, with its preposition', () => {
    expect(
      candidates(
        'Norland’s first deep coal mine in decades given approval in ‘kick in teeth in fight to tackle climate change’\n\n' +
          'Local MP says ‘common sense has prevailed’, while campaigners say ‘coal should be consigned to the history books’\n',
      ),
    ).toEqual(['Should Norland’s first deep coal mine in decades be given approval?']);
  });

  it('asks a bill named by its goal, and what a named person signs or vetoes', () => {
    expect(
      candidates(
        'Governor Dana Hale signs contentious bill to spur housing construction\n\n' +
          'The governor approved the proposal despite fierce pushback from the Kelby mayor.\n',
      ),
    ).toContain('Should the bill to spur housing construction become law?');
    expect(
      candidates(
        'Gov. Hale vetoes controversial AI safety bill\n\nTech firms had lobbied against it.\n',
      ),
    ).toContain('Should Gov. Hale veto controversial AI safety bill?');
  });

  it('asks a proposed policy an admission bears on, and a bill voted down as whether it becomes law', () => {
    expect(
      candidates(
        'Hale admits there are not enough teachers for his proposed ‘maths to 18’ policy\n\n' +
          'Teachers said the plan was unworkable.\n',
      ),
    ).toContain('Should the proposed ‘maths to 18’ policy go ahead?');
    expect(
      candidates(
        'Treaty Principles Bill voted down amid fiery debate\n\nThe bill fell at its second reading.\n',
      ),
    ).toContain('Should the Treaty Principles Bill become law?');
  });

  it('asks whether a coded law a court blocks should stand, without its appositive', () => {
    expect(
      candidates(
        'Federal judge temporarily blocks SB 4, Norland law that would allow police to arrest migrants\n\n' +
          'The state said it would appeal.\n',
      ),
    ).toContain('Should SB 4 stand?');
  });
});

describe('motion candidates on real news shapes (round 34)', () => {
  const candidates = candidatesOfText;

  it('asks what people are baffled over, or what a mixed reaction is to', () => {
    expect(
      candidates(
        '“You are shooting yourself in the foot”: Tourists baffled over Kelby Rock climb ban\n\n' +
          'Tourists are rushing to climb the rock before the ban starts.\n',
      ),
    ).toContain('Should the Kelby Rock climb ban go ahead?');
    expect(
      candidates(
        'Mixed reaction to signing of Expropriation Bill into law\n\n' +
          'The president signed the bill on Thursday saying it aligns with the constitution.\n',
      ),
    ).toEqual(['Should the Expropriation Bill become law?']);
    expect(
      candidates(
        'Mixed reaction from universities on international student caps\n\n' +
          'Larger universities are unhappy with the change.\n',
      ),
    ).toContain('Should there be international student caps?');
  });

  it("reads a bill's progress after a participle's clause, and a headline in capitals", () => {
    expect(
      candidates(
        'Liberal bill requiring Google and Meta to pay for news content passes in Senate\n\n' +
          'The tech firms said they would fight the Liberal government over the rules.\n',
      ),
    ).toContain(
      'Should the Liberal bill requiring Google and Meta to pay for news content become law?',
    );
    const schools = candidates(
      'CATHOLIC SCHOOLS BANNED FROM USING ‘BAPTISM BARRIER’\n\n' +
        'Catholic primary schools are to be banned from discriminating against non-Catholic children. The Catholic bishops said they would comply.\n',
    );
    expect(schools).toEqual(
      expect.arrayContaining([
        'Should the Catholic primary schools be banned from discriminating against non-Catholic children?',
        'Should Catholic schools be banned from using ‘baptism barrier’?',
      ]),
    );
  });

  it("asks the act of a plan killed off or braked, without a dash's aside", () => {
    expect(
      candidates(
        'Plans to repeal three strikes law killed off by lack of coalition support\n\n' +
          "Norland First has put the brakes on Labour's plan to repeal the three strikes law - effectively hauling it off Cabinet's agenda.\n",
      ),
    ).toEqual([
      'Should Labour repeal the three strikes law?',
      'Should three strikes law be repealed?',
    ]);
  });

  it('asks whether a practice made law should be required by it', () => {
    expect(
      candidates(
        'Calorie counting when eating out is now law\n\nMany diners are unhappy that calorie counts must be shown.\n',
      ),
    ).toContain('Should the calorie counting when eating out be required by law?');
  });
});

describe('motion candidates on real news shapes (round 35)', () => {
  const candidates = candidatesOfText;

  it('asks what a ruling holds, and whether a condemned ruling should stand', () => {
    expect(
      candidates(
        'Rabbis condemn Orby circumcision ruling\n\n' +
          'AN ORBY court ruling that the circumcision of young boys constitutes grievous bodily harm “calls into question the future of Jewish life”, according to leading rabbis.\n',
      ),
    ).toEqual([
      'Does the circumcision of young boys constitute grievous bodily harm?',
      'Should the Orby circumcision ruling stand?',
    ]);
  });

  it('reads an opening gerund as the subject, and a measure in force by what it does', () => {
    expect(
      candidates(
        'Anchoring putters to be banned under rule proposed by golf bodies\n\nSome players are angry about the change.\n',
      ),
    ).toContain('Should anchoring putters be banned?');
    expect(
      candidates(
        'Kelby gamers suffer joystick curfew shock\n\n' +
          'A ban restricting all Kelby gamers under 16 from playing online games between midnight and 6am is now in full effect.\n',
      ),
    ).toEqual([
      'Should all Kelby gamers under 16 be restricted from playing online games between midnight and 6am?',
    ]);
  });

  it("reads a plural noun after an object's noun, what a state orders, and a camp's fight on a bill", () => {
    expect(
      candidates(
        'Norland lets airlines allow calls\n\n' +
          'Norland aviation authorities have agreed to allow cellphone calls during flights, but opposition remains.\n',
      ),
    ).toContain('Should the Norland aviation authorities allow cellphone calls during flights?');
    expect(
      candidates(
        'Norland orders every driver to carry breathalyzer kits in their cars\n\n' +
          'Before hitting the road, drivers in Norland must now equip their cars with a breathalyzer kit.\n',
      ),
    ).toContain('Should every driver carry breathalyzer kits in their cars?');
    expect(
      candidates(
        'Kelby bishops fighting trends, and own flock, on reproductive health bill\n\n' +
          'The bishops say the bill would harm families.\n',
      ),
    ).toContain('Should the reproductive health bill become law?');
  });
});

describe('motion candidates on real news shapes (round 36)', () => {
  const candidates = candidatesOfText;

  it('asks a measure that passes with no object, and the proposed reforms a minister defends', () => {
    expect(
      candidates(
        'Toy Ban Officially Passes in Kelby\n\nThe board voted 8-3 for the toy ban on Tuesday.\n',
      ),
    ).toContain('Should the toy ban go ahead?');
    expect(
      candidates(
        'Three Rivers: minister responds to opposition\n\n' +
          'Local Government Minister Dana Hale continues to defend the proposed Three Rivers reforms, saying rural areas should not be left behind.\n',
      ),
    ).toContain('Should the proposed Three Rivers reforms go ahead?');
  });

  it('asks what a court battle was won to prevent, and plans that are emerging', () => {
    expect(
      candidates(
        'Campaigners win court battle\n\n' +
          'Campaigners have won a court battle to prevent the “scandalous” construction of a road tunnel near Kelby Rings.\n',
      ),
    ).toContain('Should a road tunnel be built?');
    expect(
      candidates(
        'Growth of workplace parking tax slammed\n\n' +
          'Plans for workplace parking taxes are emerging across Norland, with two city councils revealing proposals.\n',
      ),
    ).toContain('Should plans for workplace parking taxes go ahead?');
  });

  it('asks what a camp wants done, and what protests are against', () => {
    expect(
      candidates(
        'We told minister we want reclamation project axed, say Kelby fishermen\n\n' +
          'The fishermen said they had objected to the project unanimously.\n',
      ),
    ).toContain('Should the reclamation project be axed?');
    expect(
      candidates(
        'Group vows protests\n\n' +
          'The Green Gathering warned the miner and the government today of “wave after wave” of protests against the impending issuance of a temporary operating licence for the refinery.\n',
      ),
    ).toContain('Should a temporary operating licence be issued?');
  });
});

describe('motion candidates on real news shapes (round 37)', () => {
  const candidates = candidatesOfText;

  it('asks the easing a body considers, and what players must do this season', () => {
    expect(
      candidates(
        'Kelby university considers easing requirements\n\nThe regents will vote next month on the admission rules.\n',
      ),
    ).toContain('Should requirements be eased?');
    const anthem = candidates(
      'KFL owners say players must stand for the anthem\n\n' +
        'KFL players this season must stand during the anthem, team owners decided Wednesday in Orby, a reaction to fierce backlash against some who knelt. Each team will set its own rules regarding players who want to kneel.\n',
    );
    expect(anthem).toContain('Should KFL players stand during the anthem?');
    expect(anthem.join(' ')).not.toMatch(/regarded|own rules/u);
  });
});

describe('motion candidates on real news shapes (round 38)', () => {
  const candidates = candidatesOfText;

  it('asks whether rules a court struck down should stand, in the lede and in the headline', () => {
    expect(
      candidates(
        'Ruling ends long fight\n\n' +
          'A federal appeals court on Thursday struck down data privacy rules adopted by the Kelby Commission, saying the agency lacked the authority to write them.\n',
      ),
    ).toContain('Should data privacy rules adopted by the Kelby Commission stand?');
    expect(
      candidates(
        'Appeals Court Strikes Down Data Privacy Rules\n\nThe agency said it would study the ruling before deciding on an appeal.\n',
      ),
    ).toContain('Should there be data privacy rules?');
  });

  it('asks whether what a panel voted against should be approved', () => {
    const texts = candidates(
      'Kelby health panel votes against first psilocybin-based anxiety treatment\n\n' +
        'Advisers to the Kelby health agency on Tuesday voted against a therapy based on the drug psilocybin for patients with anxiety, marking a setback for the field.\n',
    );
    expect(texts).toContain('Should the first psilocybin-based anxiety treatment be approved?');
    expect(texts).toContain(
      'Should a therapy based on the drug psilocybin for patients with anxiety be approved?',
    );
  });

  it('reads a name and two words in "-s" as a name, its verb and a plural', () => {
    expect(
      candidates(
        'Norland issues permits allowing seal hunting until 2030\n\nThe permits were published on Tuesday after a long delay.\n',
      ),
    ).toContain('Should Norland issue permits allowing seal hunting until 2030?');
  });

  it('reads plans announced after a reaction, and who a plan would make act', () => {
    expect(
      candidates(
        'The agency wants to ban another plant. Researchers say the plan is ‘insane.’\n\n' +
          'The Kelby Drug Agency has received a torrent of backlash from pain patients after announcing plans to ban kratom, a plant gaining popularity for its effects.\n',
      ),
    ).toContain('Should kratom be banned?');
    expect(
      candidates(
        'Phone maker furious at Kelby plan for standard chargers\n\nThe maker is not happy.\n\n' +
          'Kelby has unveiled plans to make all tech firms adopt the same charging ports for phones and tablets.\n',
      ),
    ).toContain(
      'Should Kelby make all tech firms adopt the same charging ports for phones and tablets?',
    );
  });

  it('asks after the thing of a headline kicker that ends on a full stop', () => {
    expect(
      candidates(
        'Cloud seeding? Not in our skies, say Kelby farmers.\n\n' +
          'Scientists are studying whether spraying particles into clouds can bring more rain. Farmers are urging them to scrap what they see as a risky project.\n',
      ),
    ).toContain('Should there be cloud seeding?');
  });

  it('asks about what a camp named by its noun is against, after a rubric with a number', () => {
    expect(
      candidates(
        'Editorial: Opponents to projecting adverts onto the Kelby Bridge are being absurd\n\nThe bridge has carried adverts before.\n',
      ),
    ).toContain('Should adverts be projected onto the Kelby Bridge?');
    expect(
      candidates(
        'Bill 12: Opponents of new signage law express ‘sadness, frustration’ at protest\n\nHundreds gathered outside the assembly.\n',
      ),
    ).toContain('Should there be a new signage law?');
  });

  it('asks about what a walk-out is over, and about a permission a measure grants', () => {
    expect(
      candidates(
        "'They don't care': family walks out of meeting with Premier over quarry search\n\nThe family left after ten minutes.\n",
      ),
    ).toContain('Should the quarry search go ahead?');
    expect(
      candidates(
        'Unlicensed volunteers may coach pupils in Kelby schools after lawmakers OK proposal\n\nThe vote in the house was 84-60.\n',
      ),
    ).toContain('Should unlicensed volunteers be allowed to coach pupils in Kelby schools?');
  });

  it('asks whether people should be allowed what a measure would stop them doing', () => {
    expect(
      candidates(
        'Potential ban ruffles feathers\n\n' +
          'Kelby hunters will not be allowed to undertake recreational duck shooting from next year if the state government approves calls for a complete ban. Hunters in Kelby are angry.\n',
      ),
    ).toContain('Should Kelby hunters be allowed to undertake recreational duck shooting?');
  });

  it('asks whether a contract under review should be kept, not whether a city should wrestle', () => {
    const texts = candidates(
      'Kelby wrestles with privacy versus security as camera contract is under review\n\n' +
        'Dozens of people addressed the council about the cameras on Tuesday night.\n',
    );
    expect(texts).toContain('Should the camera contract be kept?');
    expect(texts.join(' ')).not.toMatch(/wrestle/u);
  });

  it('asks what a thing deserves as a claim, and reads past an opening concession', () => {
    expect(
      candidates(
        'Editorial: Dollar stores deserve scrutiny, not targeting\n\nThe ordinance was written to stop new dollar stores opening.\n',
      ),
    ).toContain('Do dollar stores deserve scrutiny, not targeting?');
    expect(
      candidates(
        'Despite massive opposition and after failed compromise talks, Kelby assembly okays reasonableness law\n\nThe vote was 64-0 after a boycott.\n',
      ),
    ).toContain('Should the reasonableness law go ahead?');
  });

  it("asks about a bill whose stage was won, a campaign's hashtag and a thing already meant", () => {
    expect(
      candidates(
        'Blow to opposition as Ruto wins first round in Housing levy bill\n\nThe opposition walked out before the vote.\n',
      ),
    ).toContain('Should the Housing levy bill become law?');
    expect(
      candidates(
        '#NoToBusPhaseout: Transport strikes may be inconvenient, but they’re necessary\n\nDrivers went on strike for a week against the plan.\n',
      ),
    ).toContain('Should the bus phaseout go ahead?');
    expect(
      candidates(
        'Kelby Canal a crazy project, mayor says\n\n' +
          'The president has called the prospective Kelby Canal, a 50-kilometre waterway linking two seas, the “project of the century”.\n',
      ),
    ).toContain('Should the prospective Kelby Canal go ahead?');
  });

  it('asks who a plan would make act, with the act', () => {
    expect(
      candidates(
        'Phone maker furious\n\nKelby has unveiled plans to make all tech firms adopt the same charging ports for phones, tablets and consoles.\n',
      ),
    ).toContain('Should all tech firms be made to adopt the same charging ports for phones?');
  });
});

describe('motion candidates on real news shapes (round 40)', () => {
  const candidates = candidatesOfText;

  it('asks whether a settlement or an approval a court ruled on should stand', () => {
    expect(
      candidates(
        'Supreme Court rejects multibillion-dollar Orby Pharma opioid settlement that shielded its owners\n\nThe vote was 5-4 on Thursday.\n',
      ),
    ).toContain(
      'Should the multibillion-dollar Orby Pharma opioid settlement that shielded its owners stand?',
    );
    expect(
      candidates(
        'Ruling on the mine\n\n' +
          "A federal judge in Kelby on Monday upheld the federal government's approval of the largest proposed lithium mine in the nation, dismissing arguments that the project would degrade nearby aquifers.\n",
      ),
    ).toContain(
      "Should the federal government's approval of the largest proposed lithium mine in the nation stand?",
    );
  });

  it('asks what an attempt tried at, and about a thing however it was received', () => {
    expect(
      candidates(
        'Conservative attempt to delay Right to Buy ban rejected\n\nThe amendments were voted down on Tuesday.\n',
      ),
    ).toContain('Should Right to Buy ban be delayed?');
    expect(
      candidates(
        "Specialist police trial criticised as treating areas 'like a warzone'\n\nThe trial starts in three districts next month.\n",
      ),
    ).toContain('Should the specialist police trial go ahead?');
  });

  it('asks what a body may be preparing, deciding on or first to do', () => {
    expect(
      candidates(
        'Kelby may be preparing to abolish its police: What to know about City Question 2\n\nVoters will weigh in next month.\n',
      ),
    ).toContain('Should Kelby abolish its police?');
    const decided = candidates(
      'What is the Orby Project? President to decide on controversial oil plan\n\n' +
        'The President is due to decide whether to give the go-ahead for a controversial oil and gas drilling project in Norland.\n',
    );
    expect(decided).toContain('Should the oil plan go ahead?');
    expect(decided).toContain('Should an oil and gas drilling project go ahead?');
    expect(
      candidates(
        'Sunscreens may soon be banned\n\nKelby could become the first state to ban sunscreens with chemicals that may harm the environment.\n',
      ),
    ).toContain('Should Kelby ban sunscreens with chemicals that may harm the environment?');
  });

  it('asks about what stirs alarm, and what a camp acts to oppose', () => {
    expect(
      candidates(
        'Kelby’s Cancer Warnings on Beer, Wine Spark Alarm Among Top Exporters\n\nThe labels will be required from 2026 on every bottle sold in Kelby.\n',
      ),
    ).toContain('Should Kelby’s cancer warnings go ahead?');
    expect(
      candidates(
        'Coalition of the unwilling\n\n' +
          'A coalition of councillors, residents and mayors has put its foot on the accelerator to oppose the Norland government’s mega council reform agenda.\n',
      ),
    ).toContain('Should the Norland government’s mega council reform agenda go ahead?');
  });

  it('keeps all of a headline, quotation and all, when it asks about it as it stands', () => {
    expect(
      candidates(
        'UK government: Minister wrong on merger block being "bad for Britain"\n\nOfficials will respond to the minister next week.\n',
      ),
    ).toContain('Do you agree with “Minister wrong on merger block being "bad for Britain"”?');
  });
});

describe('motion candidates on real news shapes (round 41)', () => {
  const candidates = candidatesOfText;

  it("reads a plan named after a preposition or an object's name as a noun", () => {
    expect(
      candidates(
        'Barristers voice opposition to Norland plan to reduce number of jury trials\n\nThe four bars wrote to the minister on Monday.\n',
      ),
    ).toContain('Should the number of jury trials be reduced?');
  });

  it('asks an urged act without the reasons after its colon', () => {
    expect(
      candidates(
        'Scrap the Licence Fee: Pay More, Get Less\n\nThe fee pays for most of what the broadcaster makes.\n',
      ),
    ).toContain('Should we scrap the licence fee?');
  });

  it('reads a headline of two sentences with a teaser after a full stop', () => {
    expect(
      candidates(
        "Orby Oil Field Was Just Approved. Here's Why It's A Big Deal\n\n" +
          'Developers just got the green light to work on the divisive oil field known as Orby, prompting concerns.\n\n' +
          'The field at Orby holds an estimated 300 million barrels of oil.\n',
      ),
    ).toContain('Should the Orby oil field be approved?');
  });

  it('asks what a petition opposes, and what a protest is against', () => {
    expect(
      candidates(
        'Petition on the cathedral windows\n\n' +
          'Over 330,000 people have signed a petition opposing new stained-glass window designs for Kelby Cathedral.\n',
      ),
    ).toContain('Should new stained-glass window designs go ahead?');
    expect(
      candidates(
        'Farmers on the motorways\n\n' +
          'Farmers across Norland drove their tractors on motorways and into towns to protest government plans to tax the gases that farm animals release.\n',
      ),
    ).toContain('Should government plans to tax the gases that farm animals release go ahead?');
  });
});

describe('motion candidates on real news shapes (round 42)', () => {
  const candidates = candidatesOfText;

  it("asks about an explainer's thing, a decision in the passive, and a deal a judge slaps down", () => {
    expect(
      candidates(
        'The bedroom tax explained\n\nThe policy cuts housing benefit for tenants with a spare room.\n',
      ),
    ).toContain('Should the bedroom tax go ahead?');
    expect(
      candidates(
        'Ban on Trans Fat in Restaurants Is Approved by Kelby City\n\nThe board of health voted on Tuesday after a long hearing on the ban on trans fat.\n',
      ),
    ).toContain('Should the ban on trans fat in restaurants be approved?');
    expect(
      candidates(
        'NY Judge Slaps Down Orby Book Deal\n\nThe ruling on the deal with Orby came after two years of talks.\n',
      ),
    ).toContain('Should the Orby book deal stand?');
  });

  it('asks what a country is on its way to being first to do', () => {
    expect(
      candidates(
        "Norland moves closer to becoming the first country to allow 'three-parent babies' after historic vote\n\nMPs voted 382 to 128 in favour.\n",
      ),
    ).toContain("Should Norland allow 'three-parent babies'?");
  });

  it('leaves a verdict on a plan out, and asks a plan someone else brings without its subject', () => {
    expect(
      candidates(
        "Norland says plan to seize refugees' valuables misunderstood\n\nThe spokesman said the bill had been misread abroad.\n",
      ),
    ).toContain("Should Norland seize refugees' valuables?");
    expect(
      candidates(
        'Kelby holidaymakers get REPRIEVE with plan to delay all-inclusive booze ban\n\nThe hotels had warned of cancellations.\n',
      ),
    ).toContain('Should all-inclusive booze ban be delayed?');
  });
});

describe('motion candidates on real news shapes (round 43)', () => {
  const candidates = candidatesOfText;

  it('reads a measure through a bracketed aside, and asks a measure whatever it is said to do', () => {
    expect(
      candidates(
        'Norfolk villagers gather to protest against rail plans\n\nHundreds of people have gathered to protest against plans to build a 40 mile-long (64km) rail line across Norfolk.\n',
      ),
    ).toContain('Should a 40 mile-long rail line be built across Norfolk?');
    expect(
      candidates(
        'Scooters: Experts warn e-scooter ban will not stop crashes\n\nTraders met on Monday to discuss the plan at length.\n',
      ),
    ).toEqual(['Should the e-scooter ban go ahead?']);
    expect(
      candidates(
        "Mayor's parking plan would kill the high street\n\nTraders met on Monday to discuss the plan at length.\n",
      ),
    ).toContain("Should the mayor's parking plan go ahead?");
  });

  it("asks whether a measure defended for its purpose should stand, and weighs a denial's charge", () => {
    const defended = candidates(
      'Curfew row\n\nMayor Anna Berg has insisted the new curfew rules were not introduced to punish teenagers who will never cause trouble.\n',
    );
    expect(defended).toContain('Should the new curfew rules stand?');
    expect(defended.join(' ')).not.toMatch(/Should the new curfew rules were/u);
    expect(
      candidates(
        'Anna Berg: new bin rules are not punishing families who recycle\n\nThe mayor spoke to residents at a packed meeting in the town hall.\n',
      ),
    ).toContain('Are new bin rules punishing families who recycle?');
  });

  it("reads a name's verb in a verbless headline, with the article the body gives the name", () => {
    expect(
      candidates(
        'Rijksmuseum hikes prices\n\nQueues at the Rijksmuseum are long. Staff at the Rijksmuseum said visitors still came.\n',
      ),
    ).toContain('Should the Rijksmuseum hike prices?');
    // ("the Harbourton city council" names the council, not Harbourton.)
    expect(
      candidates(
        'Harbourton votes to ban rental e-scooters\n\nThe Harbourton city council voted on Tuesday to ban rental e-scooters.\n',
      ),
    ).toContain('Should Harbourton ban rental e-scooters?');
  });

  it('asks about a project whose delay is news, a practice defended, and a deal put at risk', () => {
    expect(
      candidates(
        'Lynx reintroduction project delay shows lack of nerve, says charity\n\nA rewilding charity has criticised the agency for the delay on Friday.\n',
      ),
    ).toContain('Should the lynx reintroduction project go ahead?');
    expect(
      candidates(
        'Ascot defends electronic photo-finishing after jockey criticism\n\nTwo jockeys questioned the technology during the meeting this week.\n',
      ),
    ).toContain('Should there be electronic photo-finishing?');
    expect(
      candidates(
        "Regional parliament's veto imperils EU-Chile trade deal\n\nThe regional parliament voted against the deal by a wide margin on Friday.\n",
      ),
    ).toEqual(['Should the EU-Chile trade deal go ahead?']);
  });

  it("leaves out what goes on around the act: an 'as' clause, a referendum, the tally", () => {
    expect(
      candidates(
        'Lyon votes to double parking fees for vans as city presses on with plans to become car-free\n\nThe vote was close and the turnout was low this year.\n',
      ),
    ).toContain('Should Lyon double parking fees for vans?');
    expect(
      candidates(
        'Ashford mayor vote\n\nVoters in Ashford have decided to abolish its directly elected mayor following a referendum.\n',
      ),
    ).toContain('Should Ashford abolish its directly elected mayor?');
    expect(
      candidates(
        "Hallam plan vote\n\nThe Hallam City Council has voted to approve the city's housing plan, by a 9-2 vote.\n",
      ),
    ).toContain("Should the Hallam City Council approve the city's housing plan?");
    expect(
      candidates(
        'Parking charges rise\n\nNow the council is raising parking charges for most visitors by a third, as it tries to balance its books.\n',
      ),
    ).toContain('Should the council raise parking charges for most visitors by a third?');
  });
});

describe('motion candidates on real news shapes (round 44)', () => {
  const candidates = candidatesOfText;

  it('asks what a ruling found, and what an attempt turned down tried, with no one to do it', () => {
    expect(
      candidates(
        'City to appeal\n\nMayor Jo Hale said the city will appeal a ruling by a federal judge today that the Orby police\'s controversial so-called "stop-and-search" policy is unconstitutional.\n',
      ),
    ).toContain('Is the Orby police\'s "stop-and-search" policy unconstitutional?');
    expect(
      candidates(
        'Judge Turns Away New Bid to Cap Payday Loan Fees at $10\n\nThe lenders had sued to stop the rule from taking effect.\n',
      ),
    ).toEqual(['Should payday loan fees be capped?']);
  });

  it("asks about a plan called 'bonkers', and a pledge's act, but not what a proposal would see", () => {
    const texts = candidates(
      "Ex-army chief says Jo Hale's youth service plan is 'bonkers'\n\nJo Hale's pledge to enforce youth service for 18-year-olds has been described as \"bonkers\" by a former army chief.\n\nThe policy proposal would see young people given a choice between the army and volunteering.\n",
    );
    expect(texts).toContain("Should Jo Hale's youth service plan go ahead?");
    expect(texts).toContain('Should Jo Hale enforce youth service for 18-year-olds?');
    expect(texts.join(' ')).not.toMatch(/be seed?n?\?/u);
  });

  it("leaves a vote's count out, and asks a call against a fine reported as agreed", () => {
    expect(
      candidates(
        'Pensioners to lose fuel cash after vote\n\nMillions of pensioners are set to lose fuel payments this year.\n\nThe government won a vote on the plan to restrict the payments to all but the poorest pensioners by 348 votes to 228 - a majority of 120.\n',
      ),
    ).toContain('Should the payments be restricted to all but the poorest pensioners?');
    expect(
      candidates(
        'Has the court condemned parents to higher holiday costs?\n\nBy finding against the dad, the judges have set a precedent.\n\nMany families will now face a choice.\n\nBefore this ruling, magistrates and the High Court had both agreed that parents of pupils with good attendance should not be fined.\n',
      ),
    ).toContain('Should parents of pupils with good attendance be fined?');
  });

  it('reads the news a complaint came after', () => {
    const texts = candidates(
      'Sewage vote row\n\nMPs have complained of online abuse after Conservatives voted against a bill which would crack down on water companies pumping raw sewage into rivers.\n',
    );
    expect(texts).toContain(
      'Should a bill which would crack down on water companies pumping raw sewage into rivers be approved?',
    );
    expect(texts).not.toContain('Should MPs complain of online abuse?');
  });
});

describe('motion candidates on real news shapes (round 45)', () => {
  const candidates = candidatesOfText;

  it("reads past a writer's remark before a colon, in a lede and after a headline", () => {
    expect(
      candidates(
        "Club row\n\nWell, this has to be the worst news we've woken up to in a while: following an enquiry by the council into two deaths at the club, Orbit's licence has been permanently revoked.\n",
      ),
    ).toContain("Should Orbit's licence be revoked?");
    expect(
      candidates(
        "Council ends free parking for residents: By coincidence, the election's just weeks away\n\nThe council voted on the change at a long meeting this week.\n",
      ),
    ).toContain('Should the council end free parking for residents?');
  });

  it('asks what a subject was blamed for doing, or is pressed to do', () => {
    expect(
      candidates(
        'Release scheme row\n\nLabour was last night accused of a cynical election ploy after scrapping its controversial early release scheme for prisoners only weeks before polling day.\n',
      ),
    ).toEqual(['Should Labour scrap its early release scheme for prisoners?']);
    const texts = candidates(
      'What is the two-child benefit cap?\n\nThe prime minister is facing growing pressure from his backbenchers to scrap the two-child benefit cap.\n',
    );
    expect(texts).toContain('Should the prime minister scrap the two-child benefit cap?');
    expect(texts).toContain('Should the two-child benefit cap go ahead?');
  });

  it("asks a quoted verdict with what it is on, and a column's call to let someone act", () => {
    expect(
      candidates(
        "'Orbcard violative of right to privacy', says Justice Hale in his dissenting judgement\n\nThe court upheld the scheme by four votes to one on Wednesday.\n",
      ),
    ).toContain('Is Orbcard violative of right to privacy?');
    expect(
      candidates(
        'Okafor is born to box — so let her\n\nThe federation has changed its rules twice in two years.\n',
      ),
    ).toContain('Should Okafor be allowed to box?');
  });

  it('reads the news a cheer came with, and what a protest is over, however far', () => {
    expect(
      candidates(
        "Nurses cheer repeal\n\nNurses at the legislature erupted into cheers on Monday as Premier Jo Hale's government repealed the law that banned strikes by nurses.\n",
      ),
    ).toEqual([
      "Should Premier Jo Hale's government repeal the law that banned strikes by nurses?",
    ]);
    expect(
      candidates(
        "Doctors protest\n\nThousands of doctors took to the streets on Monday as they protested against the government's proposed Right to Health Bill.\n",
      ),
    ).toEqual(["Should the government's proposed Right to Health Bill go ahead?"]);
    expect(
      candidates(
        'Farmers protest\n\nFarmers were among those who joined a protest outside the party think-in in County Orby on Monday over proposed changes to a nitrates derogation.\n',
      ),
    ).toEqual(['Should proposed changes to a nitrates derogation go ahead?']);
  });

  it('asks how a bill fares, and what a court struck down, a part of it or through an appeal', () => {
    expect(
      candidates(
        'Kelby Bill stalls at Council of Provinces\n\nThe debate was put off until next month by the council.\n',
      ),
    ).toContain('Should the Kelby Bill become law?');
    expect(
      candidates(
        'Judge strikes down provision of digital ad tax as First Amendment violation\n\nThe state will not appeal the order.\n',
      ),
    ).toContain('Should the digital ad tax stand?');
    expect(
      candidates(
        "Court dismisses government's appeal of ruling that struck down student fee opt-out\n\nThe province had argued the directive was lawful.\n",
      ),
    ).toContain('Should the student fee opt-out stand?');
  });
});

describe('motion candidates on real news shapes (round 46)', () => {
  const candidates = candidatesOfText;

  it('asks about a bill that lapses into law, and a ruling however it was received', () => {
    expect(
      candidates(
        'Vape bill lapses into law, Palace says\n\nThe president did not sign the bill within thirty days.\n',
      ),
    ).toContain('Should the vape bill become law?');
    expect(
      candidates(
        'High Court ruling on Orby tunnel praised, criticised\n\nThe judges ruled by five to two on Friday.\n',
      ),
    ).toContain('Should the High Court ruling on Orby tunnel stand?');
  });

  it("reads a headline's opening phrase: what is set to happen, and a measure a stance is on", () => {
    expect(
      candidates(
        'The Big Read: With ban in council flats set to be lifted, can pet cats live in harmony with residents?\n\nOwners have kept cats in the flats for years.\n',
      ),
    ).toContain('Should the ban in council flats be lifted?');
    expect(
      candidates(
        'Rejecting new data law, VPN provider removes servers in Norland\n\nThe company said it would keep serving users from abroad.\n',
      ),
    ).toContain('Should the new data law stand?');
  });

  it('asks about a thing in prospect that someone weeps over, and a call that an act not take place', () => {
    expect(
      candidates(
        'Pharmacy lobby president weeps over prospect of 60-day scripts\n\nThe president spoke to members on Monday.\n',
      ),
    ).toEqual(['Should there be 60-day scripts?']);
    expect(
      candidates(
        'Survey row\n\nThe applicants had argued that the survey should not take place.\n',
      ),
    ).toContain('Should the survey take place?');
  });
});

describe('motion candidates on real news shapes (round 47)', () => {
  const candidates = candidatesOfText;

  it('asks what a fight is to save, and what a thumbs-up is to', () => {
    expect(
      candidates('Fight to save A&E at Orby\n\nCampaigners met health chiefs on Monday.\n'),
    ).toEqual(['Should A&E be saved at Orby?']);
    expect(
      candidates(
        'Thumbs up to expanding island airport\n\nThe airline wants to fly jets from the island.\n',
      ),
    ).toContain('Should the island airport be expanded?');
  });

  it("keeps a gerund after its preposition in a headline's passive, and a measure's capitalised name", () => {
    expect(
      candidates(
        'Ban on wearing hijabs in Kelby schools upheld in court\n\nThe judges ruled on Tuesday.\n',
      ),
    ).toContain('Should the ban on wearing hijabs in Kelby schools be upheld?');
    expect(
      candidates(
        'Minister defends Online Harms Bill after criticism from authors\n\nThe authors wrote an open letter.\n',
      ),
    ).toEqual(['Should the Online Harms Bill go ahead?']);
  });

  it('leaves out note markers and a quoted word of reaction before a name', () => {
    expect(
      candidates('Tax row\n\nThe government announced a suite of tax reforms[1] on Monday.\n'),
    ).toEqual(['Should a suite of tax reforms go ahead?']);
    expect(
      candidates(
        "'Relief' Lake Orby plans to be shelved\n\nThe scheme would have flooded a valley.\n",
      ),
    ).toContain('Should Lake Orby plans be shelved?');
  });
});

describe('motion candidates on real news shapes (round 48)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks what a plan or an attempt a court halts or rules against would do, with no one to do it', () => {
    expect(candidates(`Court halts plan to house refugees on Orby barge${body}`)).toContain(
      'Should refugees be housed on Orby barge?',
    );
    expect(
      candidates(
        "Port row\n\nA Kelby court has ruled against the council's attempt to move the fish market to a new site in Orby.\n",
      ),
    ).toEqual(['Should the fish market be moved to a new site in Orby?']);
  });

  it('reads a headline\'s verb in "-s" before an "as" clause, and a crowd\'s strike over a thing', () => {
    expect(
      candidates(`Orby mayor fumes as Norland plans to introduce a tourist levy${body}`),
    ).toContain('Should Norland introduce a tourist levy?');
    expect(
      candidates(`Hospital bill advances to Senate as critics vow to fight on${body}`),
    ).toContain('Should the hospital bill become law?');
    expect(candidates(`Kelby dockers strike over automated cranes${body}`)).toContain(
      'Should automated cranes go ahead?',
    );
  });

  it('finds the verb of a headline past a relative clause with its own modal', () => {
    expect(
      candidates(`Bill that would ban fur farms in Norland passed by Senate${body}`),
    ).toContain('Should the Bill that would ban fur farms in Norland go ahead?');
  });

  it('asks what an announcement made known, however it was received', () => {
    expect(
      candidates(
        'Fur row\n\nThe Governor’s announcement that fur farms (mink) will be banned across Norland “within a year” has been widely welcomed by campaigners.\n',
      ),
    ).toEqual(['Should fur farms be banned across Norland?']);
  });

  it('asks about what a headline says someone is (not) worried about, and what a challenge is to', () => {
    expect(
      candidates(
        `Anglers ‘not concerned’ about new bait tax, Lund remains ‘dead against’ it${body}`,
      ),
    ).toContain('Should the new bait tax go ahead?');
    expect(candidates(`Challenge to trawling ban a blow to dolphins - Sea Trust${body}`)).toContain(
      'Should the trawling ban stand?',
    );
  });

  it('asks what a petition calls for, and what is said to be vital', () => {
    expect(
      candidates(
        'Farm responds\n\nThe firm’s reply comes after 20,000 names were added to a petition calling for a ban of mink farming.\n',
      ),
    ).toEqual(['Should mink farming be banned?']);
    expect(
      candidates(
        'Seal row\n\nThe Kelby Wildlife Trust has said it is "vital" a ban on seal culling in Orby Bay remains in place.\n',
      ),
    ).toEqual(['Should a ban on seal culling in Orby Bay remain in place?']);
    expect(
      candidates(
        'Market town to vote on ban of Sunday trading for big stores\n\nPeople in Aldby will decide in a referendum whether large shops can open on Sundays.\n',
      ),
    ).toContain('Should Sunday trading be banned for big stores?');
  });

  it("asks a name's act as the headline says it, without its second clause", () => {
    expect(
      candidates(
        `Norland introduces Latin as second language in schools, move sparks anger${body}`,
      ),
    ).toContain('Should Norland introduce Latin as second language in schools?');
  });

  it('reads past an opening phrase of accordance, in the paragraph after a lede of feelings', () => {
    expect(
      candidates(
        'Neighbours on axed tram budget blowout\n\nLocals of an Orby suburb, which has missed out on being connected to the city by tram, have mixed feelings about the cancellation.\n\nIn line with its 100-day plan, the council scrapped the Orby tram line, which had been six years in development.\n',
      ),
    ).toEqual(['Should the council scrap the Orby tram line?']);
  });

  it('asks about the measure among what an attack is made on, not what campaigners do', () => {
    expect(
      candidates(
        'Skate row\n\nAnti-trawling groups have rushed to defend a rare fish pushed to the brink of extinction in Orby Bay.\n\nThe groups have launched a scathing attack on Orby Fisheries and the state government’s Trawling Plan.\n',
      ),
    ).toEqual(['Should the state government’s Trawling Plan go ahead?']);
  });

  it('makes no motion of a participle after a preposition, or of a past form joined to a bare verb', () => {
    const texts = (headline: string) => candidates(`${headline}${body}`).join('\n');
    expect(texts('Neighbours on axed tram budget blowout')).not.toMatch(/axe/u);
    expect(
      texts("Minister gone 'rogue', declared 'war on trees' with logging remarks, group says"),
    ).not.toMatch(/rogue/u);
  });
});

describe('motion candidates on real news shapes (round 49)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks what an effort tried, without how it fared', () => {
    expect(
      candidates(
        "Data bill stalls\n\nNorland's ongoing effort to put limits on how landlords use tenant data ran into a snag in the final days of the session.\n",
      ),
    ).toContain('Should Norland put limits on how landlords use tenant data?');
  });

  it('asks about a body\'s own act it is blamed over, and what a protest in an "as" clause is against', () => {
    expect(
      candidates(
        "Orby Zoo accused of 'misleading public' over closure as campaign launched\n\nOrby Zoo has been accused of 'misleading the public' on the case for its closure.\n",
      ),
    ).toEqual(['Should Orby Zoo close?']);
    expect(
      candidates(
        'Port row\n\nHundreds of passengers have been stranded at Orby port as dockers protest against a proposed takeover by the Kelby Shipping Group.\n',
      ),
    ).toEqual(['Should a proposed takeover by the Kelby Shipping Group go ahead?']);
  });

  it('asks what plans could see done to a thing, of the thing', () => {
    expect(candidates(`Plans could see every public library in county shut${body}`)).toContain(
      'Should every public library in county be shut?',
    );
    expect(candidates(`Plans could see libraries in Orby close${body}`)).toContain(
      'Should libraries in Orby close?',
    );
  });

  it('reads a headline\'s progressive of intent without its "is", and what someone seeks understanding over', () => {
    expect(
      candidates(`Orby planning to move its flower market into a new covered hall${body}`),
    ).toContain('Should Orby move its flower market into a new covered hall?');
    expect(
      candidates(`Landowner vows to seek understanding over Orby Park redevelopment${body}`),
    ).toContain('Should the Orby Park redevelopment go ahead?');
  });

  it('asks about a proposed thing that paves a divide, and keeps a perfect past its adverb', () => {
    expect(
      candidates(
        `Norland’s proposed Highway 9 outside of Orby paves a divide between farmers, developers${body}`,
      ),
    ).toContain('Should Norland’s proposed Highway 9 go ahead?');
    expect(
      candidates(
        "Tram row\n\nThe Kelby Trust has said taking away the council's role in approving tram routes has already helped cut costs.\n",
      ),
    ).toEqual(["Has taking away the council's role in approving tram routes helped cut costs?"]);
  });

  it('makes no motion of a cry of foul', () => {
    expect(
      candidates(`Church cries foul as Orby plans more betting shops${body}`).join('\n'),
    ).not.toMatch(/foul/u);
  });
});

describe('motion candidates on real news shapes (round 50)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks of what an act named by its gerund is done to, and what a plan is for', () => {
    expect(candidates(`Norland decries planned culling of Orby’s wild ponies${body}`)).toContain(
      'Should Orby’s wild ponies be culled?',
    );
    expect(candidates(`Students protest government plan for private colleges${body}`)).toContain(
      'Should there be private colleges?',
    );
  });

  it('reads what a rally in a relative clause is against, whatever befell the crowd', () => {
    expect(
      candidates(
        'Clash in Orby\n\nPolice clashed with students who rallied in Orby on Thursday against planned education reforms that would allow fees.\n',
      ),
    ).toEqual(['Should planned education reforms that would allow fees go ahead?']);
  });

  it('asks what a law a body clears the way for would do, and what a call is for', () => {
    expect(
      candidates(`Kelby assembly clears way for ‘cruelty law’ to round up stray cats${body}`),
    ).toContain('Should stray cats be rounded up?');
    expect(candidates('Cat row\n\nCampaigners call for cats to be neutered.\n')).toEqual([
      'Should cats be neutered?',
    ]);
    expect(
      candidates(
        'Cat row\n\nThe new law calls for cats to be neutered but campaigners say many will be euthanised.\n',
      ),
    ).toEqual(['Should cats be neutered?']);
  });

  it('asks whether terms another party set should stand, and about a ban others scramble before', () => {
    expect(
      candidates(`Orby mayor rejects Norland government's new conditions for tram line${body}`),
    ).toContain("Should Norland government's new conditions for tram line stand?");
    expect(
      candidates(`Shops scramble to remove stock as Kelby-first ban comes into effect${body}`),
    ).toContain('Should the Kelby-first ban come into effect?');
  });

  it('reads past a dateline with its country in square brackets, and a policy by what it does', () => {
    expect(
      candidates(
        'Fuel row\n\nNew Orby [Norland], July 4 : Drivers have supported the policy restricting fuel supply to old vehicles, calling it a positive step.\n',
      ),
    ).toEqual(['Should fuel supply to old vehicles be restricted?']);
  });
});

describe('motion candidates on real news shapes (round 51)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks about what a reaction will not stop, and what a quoted battle is against', () => {
    expect(candidates(`Local anger will not stop Orby detention centre${body}`)).toContain(
      'Should the Orby detention centre go ahead?',
    );
    expect(
      candidates(`Orby mayor vows “new battle” against port expansion plan in Kelby${body}`),
    ).toContain('Should the port expansion plan go ahead?');
  });

  it('reads a hyphened compound as a noun, and "have" after the subject as a verb of its own', () => {
    expect(
      candidates(
        'Forest sell-off resistance grows\n\nCampaigners say the forest sale must stop, and thousands have signed.\n',
      ),
    ).toEqual(['Should the forest sell-off go ahead?']);
    expect(
      candidates(
        'Kelby lockout laws to have 18-month trial\n\nA committee in Kelby made the recommendation on Monday.\n',
      ),
    ).toContain('Should the Kelby lockout laws have 18-month trial?');
  });
});

describe('motion candidates on real news shapes (round 52)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it("reads a headline's clause after a semicolon when the first asks nothing", () => {
    expect(candidates(`Court refuses case; pier ban stays${body}`)).toContain(
      'Should the pier ban stay?',
    );
  });

  it("reads a body's vote against a measure without when the vote came", () => {
    expect(
      candidates(
        `Orby city council votes against anti-begging bylaw after growing criticism${body}`,
      ),
    ).toContain('Should the anti-begging bylaw be approved?');
  });
});

describe('motion candidates on real news shapes (round 53)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('reads a headline verb after a plural subject before an "as" clause with its passive', () => {
    expect(candidates(`Orby residents fume as phone mast plan approved${body}`)).toContain(
      'Should the phone mast plan be approved?',
    );
  });

  it('reads a measure-acting "stops" after a headline subject as its verb', () => {
    expect(candidates(`Municipality stops water deductions after protests${body}`)).toContain(
      'Should the municipality stop water deductions?',
    );
  });

  it('asks about a thing proposed that a headline crowd will protest over', () => {
    expect(candidates(`Orby farmers to protest over proposed cycleway${body}`)).toContain(
      'Should the proposed cycleway go ahead?',
    );
  });

  it('leaves out the "against" of protesting against a thing', () => {
    const text = `Power cuts anger town\n\nResidents in Orby took to the streets last week to protest against water meters on every house. Roads were closed by the crowds.\n`;
    expect(candidates(text)).toContain('Should water meters go ahead?');
    expect(candidates(text).join(' ')).not.toMatch(/Should against/);
  });

  it("reads a quarrel between parties as over what follows them, and a quarrel's thing after the parties' possessive", () => {
    const text = `Orby and Kelby's road-toll wrangle heats up\n\nThe battle between the roads agency Kelroads and the drivers' group Orby Motorists over the county's controversial road tolls is becoming heated as both resort to the courts.\n`;
    const found = candidates(text);
    expect(found).toContain("Should the county's road tolls go ahead?");
    expect(found).toContain('Should there be a road-toll?');
  });

  it('asks about what a feeling is "at", and what someone comes under fire over', () => {
    expect(
      candidates(
        `Councillors slam rates decision\n\nA number of councillors have expressed their anger at the decision to retain the 5% increase in the water rates for the coming year.\n`,
      ),
    ).toContain('Should the 5% increase be retained in the water rates?');
    expect(
      candidates(
        `City rejects protests\n\nThe City of Orby has come under fire over the sale of a suburban park to a developer for $2 million.\n`,
      ),
    ).toContain('Should a suburban park be sold?');
  });

  it('asks a change that is backed as the change itself', () => {
    expect(candidates(`Removal of Orby Road cycle lane backed by two parties${body}`)).toContain(
      'Should the Orby Road cycle lane be removed?',
    );
  });

  it('passes over a place "at" which protests were held for what they are over', () => {
    const found = candidates(`Mass protests at Orby over aerial poison drops${body}`);
    expect(found).toContain('Should aerial poison drops go ahead?');
    expect(found.join(' ')).not.toMatch(/Should Orby go ahead/);
  });

  it('reads "has been" as a perfect passive, not a "Does" question', () => {
    const found = candidates(
      `Water deductions\n\nResidents in Orby say 40% has been deducted on prepaid water for years with nothing to show for it.\n`,
    );
    expect(found.join(' ')).not.toMatch(/Does 40%/);
  });

  it('does not read a remedy wanted "to" a trouble as someone called on to act', () => {
    const found = candidates(
      `Rural residents want solutions to frequent bus station closures${body}`,
    );
    expect(found.join(' ')).not.toMatch(/Should (?:the )?solutions|residents frequent/);
  });
});

describe('motion candidates on real news shapes (round 54)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks a decision a court suspends by what it decided, with no one to do it', () => {
    const found = candidates(`Court suspends government decision to lift pesticide ban${body}`);
    expect(found).toContain('Should the pesticide ban be lifted?');
    expect(found.join(' ')).not.toMatch(/Should the court lift/i);
  });

  it('asks a change called for as the change, without what it is meant to help', () => {
    expect(
      candidates(
        `Calls for suspension of parking charges in Orby to help local shops survive${body}`,
      ),
    ).toContain('Should parking charges be suspended?');
  });

  it('asks whether a place that could bring a measure in should', () => {
    const found = candidates(
      `This view may cost you\n\nA seaside town could impose a tax on tourists. Orby Council say the move would pay for cleaning the beaches.\n`,
    );
    expect(found).toContain('Should a seaside town impose a tax on tourists?');
    expect(found.join(' ')).not.toMatch(/^Does a seaside town/);
  });
});

describe('motion candidates on real news shapes (round 55)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks an act voted on, named by its gerund', () => {
    expect(
      candidates(`Orby council set to vote on erasing golf club right of way${body}`),
    ).toContain('Should the golf club right of way be erased?');
    expect(candidates(`Council votes on scrapping bus lane${body}`)).toContain(
      'Should the bus lane be scrapped?',
    );
  });

  it("keeps a subject's noun after a bracket between it and its modifier", () => {
    expect(
      candidates(
        `Quarry news\n\nPlans for a 30-acre (21ha) quarry near Orby have been approved by councillors after a narrow vote.\n`,
      ),
    ).toContain('Should plans for a 30-acre quarry near Orby be approved by councillors?');
  });

  it('asks about a practice protested against, past when and what is said of it', () => {
    const found = candidates(
      `Orby residents protest against sand harvesting, demand strict ban\n\nOrby residents protested on Sunday against sand harvesting which they noted threatens the river.\n`,
    );
    expect(found).toContain('Should sand harvesting go ahead?');
    expect(found.join(' ')).not.toMatch(/Should the demand|Should on Sunday/);
  });

  it('asks nothing of a trouble protested over', () => {
    const found = candidates(`Thousands protest in Orby over hospital overcrowding${body}`);
    expect(found.join(' ')).not.toMatch(/overcrowding go ahead/);
  });
});

describe('motion candidates on real news shapes (round 56)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks a plan with its agent\'s "by" before its "to" as the agent\'s act', () => {
    expect(
      candidates(
        `Dog cull row\n\nAn animal charity has opposed plans by Orby City County to kill more than 5,000 stray dogs in the city.\n`,
      ),
    ).toContain('Should Orby City County kill more than 5,000 stray dogs in the city?');
  });

  it('keeps a count before its noun as the subject', () => {
    expect(candidates(`Row over plans to build 32 new graves at Orby Church${body}`)).toContain(
      'Should 32 new graves be built at Orby Church?',
    );
  });

  it('takes no place a protest is held at for what it is against, and falls back on the whole headline', () => {
    const found = candidates(
      `Taxi drivers to stage protest outside council offices\n\nAngry taxi drivers are set to protest outside Orby Council offices tomorrow.\n`,
    );
    expect(found.join(' ')).not.toMatch(/Should the outside/);
    expect(found).toContain(
      'Do you agree with “Taxi drivers to stage protest outside council offices”?',
    );
  });

  it('asks what worries voiced somewhere are about', () => {
    expect(
      candidates(
        `Bin news\n\nOrby residents have voiced their concerns on social media about proposed changes to the bin collection.\n`,
      ),
    ).toContain('Should proposed changes to the bin collection go ahead?');
  });

  it('leaves out the "even" of an "even if" clause cut off after it', () => {
    const found = candidates(
      `Vending row\n\nOrby City Mayor Tom Hale said he will stand by his decision to no longer allow vendors to sell on the sidewalks even if they hold protests against his administration.\n\nVendors in Orby City say they have nowhere else to go.\n`,
    );
    expect(found).toContain(
      'Should Orby City Mayor Tom Hale stand by his decision to no longer allow vendors to sell on the sidewalks?',
    );
  });
});

describe('motion candidates on real news shapes (round 57)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('keeps two names joined by "and" as one subject', () => {
    expect(
      candidates(
        'Orby and Kelby to close\n\nThe racecourses will shut at the end of the year, the owners said on Monday.\n',
      ),
    ).toContain('Should Orby and Kelby close?');
  });

  it('asks the plans an attack is against, past when it came', () => {
    expect(
      candidates(
        'Rent row\n\nLandlords went on the attack on Sunday against council plans to ban rent rises.\n',
      ),
    ).toContain('Should rent rises be banned?');
  });

  it('asks what a camp up in arms, or unhappy, blames someone for doing', () => {
    expect(
      candidates(
        'Dress code row\n\nThe students of Orby College are up in arms against the college administration for banning jeans on the campus.\n',
      ),
    ).toContain('Should jeans be banned on the campus?');
    expect(
      candidates(
        'Bar row\n\nThe Orby bar owners are unhappy with Governor Tom Hale for rejecting a bill allowing longer drinking hours.\n',
      ),
    ).toContain('Should a bill allowing longer drinking hours be rejected?');
  });

  it('asks whether a measure someone calls something should stand', () => {
    expect(
      candidates(
        'Bar row\n\nOrby bar owners have termed the recently enacted Orby Alcohol Act 2020 as draconian and outdated.\n',
      ),
    ).toContain('Should the recently enacted Orby Alcohol Act 2020 stand?');
  });

  it('leaves out how a motion fared at the end of its sentence', () => {
    expect(
      candidates(
        'Circus vote\n\nA motion to ban animal circuses from land owned by Orby City Council failed.\n',
      ),
    ).toContain('Should animal circuses be banned from land owned by Orby City Council?');
  });

  it('reads measures a headline camp rejects, plural too', () => {
    expect(candidates(`Orby: Bar owners reject new taxes${body}`)).toContain(
      'Should new taxes go ahead?',
    );
  });
});

describe('motion candidates on real news shapes (round 58)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks what a quarrel that broke out somewhere is over, with "the" for an owner\'s pronoun', () => {
    expect(
      candidates(
        'Twinning news\n\nAn argument has broken out in an Orby town over a decision to cancel its twinning arrangement with towns in France.\n',
      ),
    ).toContain('Should the twinning arrangement be canceled with towns in France?');
  });

  it("asks whether another party's act, opposed by its noun, should go ahead", () => {
    expect(
      candidates(`Orby: Party opposes council's ward delimitation, warns legal action${body}`),
    ).toContain("Should the council's ward delimitation go ahead?");
  });

  it('asks about what dismays a headline camp', () => {
    expect(candidates(`Orby residents dismayed by Kelby heritage overlay${body}`)).toContain(
      'Should the Kelby heritage overlay go ahead?',
    );
  });
});

describe('motion candidates on real news shapes (round 59)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe report was published on Monday by the local paper.\n';

  it('asks whether one asked not to act should act', () => {
    expect(candidates(`Governor asks water firm not to raise charges${body}`)).toContain(
      'Should the water firm raise charges?',
    );
  });

  it('asks what an approval carries, without how the approval was received', () => {
    const found = candidates(`Approval to build 5,000 homes on heath condemned${body}`);
    expect(found).toContain('Should 5,000 homes be built on heath?');
    expect(found.join(' ')).not.toMatch(/condemned\?/);
  });

  it('asks whether a measure that comes under fire should go ahead', () => {
    expect(candidates(`Parking levy plan comes under fire${body}`)).toContain(
      'Should the parking levy plan go ahead?',
    );
  });
});

describe('motion candidates on real news shapes (round 60)', () => {
  const candidates = candidatesOfText;

  it('reads a headline\'s "to shut" as what is to come, not a passive', () => {
    const found = candidates(
      'Orby youth clubs to shut as cuts confirmed\n\nThe council confirmed on Monday that all 30 youth clubs in the county will shut next year.\n',
    );
    expect(found.join(' ')).not.toMatch(/to be shut/);
    expect(found).toContain('Should all 30 youth clubs in the county shut next year?');
  });

  it('asks the decision a camp is unhappy with', () => {
    expect(
      candidates(
        "Miners question mining ban extension\n\nSmall-scale miners are unhappy with the government's decision to extend the ban on small-scale mining in the country.\n",
      ),
    ).toContain('Should the government extend the ban on small-scale mining in the country?');
  });
});

describe('motion candidates on real news shapes (round 61)', () => {
  const candidates = candidatesOfText;

  it('keeps a name the article writes twice over, and "early" with its time', () => {
    const found = candidates(
      'Riders cry foul\n\nBoda boda riders in Kisumu have protested the total ban on registration of boda boda motorcycles by the county government early this year.\n\nThe riders said they had already bought 300 motorcycles.\n',
    );
    expect(found).toContain(
      'Should registration of boda boda motorcycles be banned by the county government?',
    );
    expect(found.join(' ')).not.toMatch(/\bearly\?/);
  });

  it('leaves out the newsroom\'s "has learnt" and gives a headline\'s bare measure its article', () => {
    expect(
      candidates(
        'No night markets this year\n\nStallholders would have to spend another year without the stalls as Coast City Council (CCC) sources on Monday revealed that ban on the night market would be upheld, the Gazette has learnt.\n\nThe ban was imposed after two fires.\n',
      ),
    ).toContain('Should the ban on the night market be upheld?');
  });

  it('leaves out who said a headline, named after its dash, and what merely turns up', () => {
    const found = candidates(
      'No toll on Harbour Bridge – Lee\n\nThe expected climbdown has popped up. Transport minister Anna Lee said there will be no toll on the Harbour Bridge.\n\nShe said drivers had been clear.\n',
    );
    expect(found[0]).toBe('Should there be a toll on Harbour Bridge?');
    expect(found.join(' ')).not.toMatch(/pop up|Lee\?/);
  });

  it('asks about what parties on a collision course regarding a thing are at odds over', () => {
    const found = candidates(
      "Harbour clubs on collision course regarding boatshed purchase\n\nA dispute relating to the purchase of a boatshed by Eastport Rowing Club remains unsettled after Monday's board meeting.\n\nThe club said it had contracts ready.\n",
    );
    expect(found).toContain('Should the boatshed purchase go ahead?');
    expect(found.join(' ')).not.toMatch(/regard boatshed/);
  });

  it('reads "up to" a count as how many, not as a particle', () => {
    const found = candidates(
      'Village expansion approved despite fears for school\n\nPlans to build up to 400 homes near Ashby have been approved, despite dozens of objections.\n\nThe school is already full.\n',
    );
    expect(found).toContain('Should up to 400 homes be built near Ashby?');
    expect(found.join(' ')).not.toMatch(/there be Plans/);
  });

  it('asks about "the" market their owners are moved from, not whether things should go to the bad', () => {
    const found = candidates(
      "Stallholders protest move\n\nStallholders at Eastgate have protested the alleged plan to relocate their market to an unfinished car park on the edge of town.\n\nThey alleged that the council's use of wardens to move them on might degenerate into chaos if not checked.\n",
    );
    expect(found).toContain(
      'Should the market be relocated to an unfinished car park on the edge of town?',
    );
    expect(found.join(' ')).not.toMatch(/degenerate/);
  });
});

describe('motion candidates on real news shapes (round 62)', () => {
  const candidates = candidatesOfText;

  it('asks whether a thing strongly opposed should go ahead, not whether to oppose it', () => {
    const found = candidates(
      'Fluoride plan strongly opposed\n\nA plan to add fluoride to the water of three villages drew strong opposition from residents at a hearing on Tuesday.\n\nThe council will decide in May.\n',
    );
    expect(found).toContain('Should the fluoride plan go ahead?');
    expect(found.join(' ')).not.toMatch(/be opposed/);
  });

  it('asks about rules a named body questions', () => {
    expect(
      candidates(
        "Recfish questions new bait rules\n\nThe state government's new bait rules have drawn an angry response from recreational anglers.\n\nThe rules start in July.\n",
      ),
    ).toContain('Should new bait rules go ahead?');
  });

  it('asks about what splits communities, not whether it should', () => {
    expect(
      candidates(
        'Night ferry splits island communities\n\nPlans for a night ferry between Orby and Kelby have divided communities on both islands.\n\nThe operator wants to start in spring.\n',
      ),
    ).toEqual(['Should the night ferry go ahead?']);
  });

  it("reads a plural after a call's object as part of it, not as how the call fares", () => {
    const found = candidates(
      'Call to stop name changes for villages in Orby\n\nThe opposition has written to the minister asking him to halt the renaming of three villages.\n\nA committee has held hearings.\n',
    );
    expect(found).toContain('Should name changes be stopped for villages in Orby?');
    expect(found).not.toContain('Should name be stopped?');
  });

  it('asks whether there should be the rules a crowd talks over, not whether it adopts them', () => {
    const found = candidates(
      'Heated crowd discusses UTV regulations, possible bylaw\n\nThe meeting at the fire hall opened with a clarification about its purpose.\n\nThe board will vote in June.\n',
    );
    expect(found[0]).toBe('Should there be UTV regulations?');
    expect(found.join(' ')).not.toMatch(/crowd adopt/);
  });
});

describe('motion candidates on real news shapes (round 63)', () => {
  const candidates = candidatesOfText;

  it("leaves out a vote's tally opening the lede", () => {
    expect(
      candidates(
        'Orby Twp. : Trustees turn down zoning request\n\nBy a 3-2 vote Monday, the Orby trustees rejected a request by a builder to rezone a 20-acre field along Mill Road.\n\nNeighbours had objected.\n',
      ),
    ).toContain(
      'Should the Orby trustees reject a request by a builder to rezone a 20-acre field along Mill Road?',
    );
  });

  it('asks the act a quarrel is over, named by its gerund', () => {
    const found = candidates(
      'Row over closing the Elm Street library\n\nResidents say the library is the only warm place in town.\n\nThe council will decide in May.\n',
    );
    expect(found).toContain('Should the Elm Street library be closed?');
    expect(found.join(' ')).not.toMatch(/Should closing/);
  });

  it('asks about what a camp backs, not whether its backing should go ahead', () => {
    const found = candidates(
      "Church says leaders have decided on formal backing for unity bill\n\nThe church's leaders met on Monday.\n\nThe bill goes to parliament in May.\n",
    );
    expect(found).toContain('Should the unity bill go ahead?');
    expect(found.join(' ')).not.toMatch(/backing go ahead/);
  });

  it('asks about what traders lament', () => {
    expect(
      candidates(
        'Kisumu traders lament closure of Kondele roadside market by governor\n\nTraders said they had nowhere else to go.\n\nThe governor said the road was unsafe.\n',
      ),
    ).toContain('Should the Kondele roadside market be closed?');
  });
});

describe('motion candidates on real news shapes (round 64)', () => {
  const candidates = candidatesOfText;

  it('asks about the measure residents are in favour of, in a headline with no verb', () => {
    expect(
      candidates(
        'Most village residents in favor of poultry ban\n\nA survey by the village council found most residents want no farm animals.\n\nThe council will vote in May.\n',
      ),
    ).toContain('Should there be a poultry ban?');
  });

  it('asks about the ban, not whether the losses after it or the row over it should go ahead', () => {
    expect(
      candidates(
        'Hookah importers count losses in wake of Orby ban\n\nTraders shipping hookahs into the country are decrying massive losses following a government ban yesterday even as doctors lauded the move.\n\nThe ban starts at once.\n',
      ),
    ).toEqual(['Should the Orby ban go ahead?']);
    const bells = candidates(
      'Old town hall bells silenced after complaints from hotel next door\n\nA row has broken out around an Orby church where bells that have rung for 200 years have been silenced after hotel guests complained of sleepless nights.\n\nResidents say the bells are part of village life.\n',
    );
    expect(bells).toContain('Should old town hall bells be silenced?');
    expect(bells.join(' ')).not.toMatch(/row break out/);
  });
});

describe('motion candidates on real news shapes (round 65)', () => {
  const candidates = candidatesOfText;
  const body =
    '\n\nMore than 200 people in Kelby and Orby have signed a petition to the council.\n';

  it('reads a verb quoted after "to" as the verb, and a name with Latin Extended letters whole', () => {
    expect(candidates(`Kelby council set to "scrap" Orby Harbour Authority${body}`)).toContain(
      'Should the Kelby council scrap Orby Harbour Authority?',
    );
    expect(candidates(`Council set to close Tāwhiti Health Centre${body}`)).toContain(
      'Should the council close Tāwhiti Health Centre?',
    );
  });

  it('asks about what students or objections stand in the way of', () => {
    expect(
      candidates(
        'Students may scupper merger\n\nNew moves to merge Kelby and Orby colleges could founder on student opposition at Orby.\n\nA vote is due in May.\n',
      ),
    ).toEqual(['Should the merger go ahead?']);
    expect(
      candidates(
        "Work on skate park held up\n\nResidents' objections are delaying plans for a new Orby skate park.\n\nA decision is due in May.\n",
      ),
    ).toContain('Should plans for a new Orby skate park go ahead?');
  });

  it('asks whether a thing should get the permission a body withheld, keeping "An" in its name', () => {
    expect(
      candidates(`An Bord Pleanála rejects planning permission for Orby gas terminal${body}`),
    ).toContain('Should planning permission be granted for Orby gas terminal?');
  });

  it('reads "plans" after a name as the verb and gives the measure its article', () => {
    expect(
      candidates(
        `Kelby Islands plans ban on TikTok amid criticism of government on platform, reports say${body}`,
      ),
    ).toContain('Should there be a ban on TikTok?');
  });

  it('leaves out what is said of a measure: a last adjective, or the reason after "because"', () => {
    expect(candidates(`Ban on street hawkers in Orby unrealistic${body}`)).toContain(
      'Should there be a ban on street hawkers in Orby?',
    );
    expect(
      candidates(
        'Hawkers speak out\n\nA former vendor says a ban on the nut in Orby is unrealistic because so many people rely on selling it.\n\nThe council meets in May.\n',
      ),
    ).toEqual(['Is a ban on the nut in Orby unrealistic?']);
  });

  it('asks about a course held to, even before a speaker and a colon', () => {
    expect(candidates(`No going back on Orby tram line: mayor${body}`)).toContain(
      'Should the Orby tram line go ahead?',
    );
  });

  it("reads past a camp's next step to the news, and asks what a body declares itself", () => {
    const found = candidates(
      `'No' group may seek legal advice as Orby council declares itself willing host of landfill${body}`,
    );
    expect(found).toContain('Should the Orby council be a willing host of landfill?');
    expect(found.join(' ')).not.toMatch(/legal advice/);
  });

  it("writes a sentence's first adjective in lower case before its noun", () => {
    expect(
      candidates(
        'Parking rules to change\n\nLegal stay limits will be cut to two hours across Orby from next year.\n\nDrivers are unhappy.\n',
      ),
    ).toContain('Should legal stay limits be cut to two hours across Orby from next year?');
  });
});

describe('motion candidates on real news shapes (round 66)', () => {
  const candidates = candidatesOfText;
  const body =
    '\n\nMore than 200 people in Kelby and Orby have signed a petition to the council.\n';

  it('asks about the switch people fight, with where it goes from and to', () => {
    expect(candidates(`Drivers fight the switch to paid parking${body}`)).toContain(
      'Should the switch to paid parking go ahead?',
    );
    const found = candidates(`Villagers fight the switch from right to left${body}`);
    expect(found).toContain('Should the switch from right to left go ahead?');
    expect(found.join(' ')).not.toMatch(/leave/);
  });

  it('asks about a planned thing that gets mixed reactions', () => {
    expect(
      candidates(`Proposed steel flyover in Orby gets mixed reactions from residents${body}`),
    ).toContain('Should the proposed steel flyover in Orby go ahead?');
  });

  it('asks about what arguments heard again are for', () => {
    expect(
      candidates(`Kelby Planning Commission to rehear arguments for Sikh temple${body}`),
    ).toContain('Should the Sikh temple go ahead?');
  });

  it('asks about what the people told to leave disagree with', () => {
    expect(
      candidates(
        "Pool row\n\nThe mayor has said those who disagree with the council's decision to close the Orby pool can swim in other towns.\n\nThe pool shuts in May.\n",
      ),
    ).toEqual(['Should the council close the Orby pool?']);
  });

  it('asks about the act a council will reconsider, with whom it is done to', () => {
    expect(
      candidates(
        'Families win fines case\n\nA borough council says it will reconsider issuing fines to parents who take their children out of school during term-time after it lost a court case.\n\nThe families were cleared.\n',
      ),
    ).toContain(
      'Should a borough council issue fines to parents who take their children out of school during term-time?',
    );
  });

  it('asks no finding of what could have been done, and keeps an amount whole', () => {
    const found = candidates(
      'Beach spending criticised\n\nThe council could have spent the P12.5-million budget on roads, according to critics.\n\nThe beach opens in May.\n',
    );
    expect(found).toContain('Should the council spend the P12.5-million budget on roads?');
    expect(found.join(' ')).not.toMatch(/^Does|P12\?/);
  });
});

describe('motion candidates on real news shapes (round 67)', () => {
  const candidates = candidatesOfText;
  const body =
    '\n\nMore than 200 people in Kelby and Orby have signed a petition to the council.\n';

  it('asks what a body is pressed to do, not who presses it', () => {
    expect(candidates(`Pressure mounts on Kelby to reduce parking charge rise${body}`)).toEqual([
      'Should Kelby reduce parking charge rise?',
    ]);
    expect(
      candidates(
        'Tax rise\n\nKelby’s council is under increasing pressure from traders to reduce the parking charge rises introduced in January.\n\nA vote is due.\n',
      ),
    ).toContain('Should Kelby’s council reduce the parking charge rises introduced in January?');
  });

  it('asks about what was refused, or what a petition handed in asks for', () => {
    expect(
      candidates(
        'Farm plan\n\nThe refusal to grant a licence for a mussel farm off the Orby coast is being hailed by the local MP as a landmark win.\n\nThe applicants may appeal.\n',
      ),
    ).toEqual(['Should a licence be granted for a mussel farm off the Orby coast?']);
    expect(
      candidates(
        'Petition handed in\n\nToday, three animal charities submitted a petition to Parliament to ban all greyhound racing in Kelby.\n\nIt has 60,000 signatures.\n',
      ),
    ).toEqual(['Should all greyhound racing be banned in Kelby?']);
  });

  it('reads an explainer\'s clause after "How", but not a finding it weighs', () => {
    expect(candidates(`How colleges are changing their rules on protesting${body}`)).toContain(
      'Should colleges change their rules on protesting?',
    );
    expect(
      candidates(`How a ban on open grazing may reduce farmer clashes${body}`).join(' | '),
    ).not.toMatch(/Should [^?]*may reduce/i);
  });

  it('reads "shelves" as the verb, and a passive after "after" as the news', () => {
    expect(candidates(`Kelby resort shelves ski expansion${body}`)).toContain(
      'Should the Kelby resort shelve ski expansion?',
    );
    expect(candidates(`Locals relieved after Orby fish farm plan rejected${body}`)).toContain(
      'Should the Orby fish farm plan be rejected?',
    );
  });

  it('asks about what reactions are to, and a plan discussed further', () => {
    expect(
      candidates(
        'Beach bar\n\nOrby council on Friday said reactions to the construction of a bar on Kelby beach were unjustified, arguing that it has all the licences.\n\nThe bar opens in June.\n',
      ),
    ).toEqual(['Should a bar be built?']);
    expect(candidates(`Possible courthouse move in Orby discussed further${body}`)).toContain(
      'Should the courthouse move go ahead?',
    );
  });

  it("keeps a hyphen's particle and stops at a page title's dashes", () => {
    expect(
      candidates(`Kelby fights smart meter roll-out – Council – News – Orby Leader${body}`),
    ).toContain('Should the smart meter roll-out go ahead?');
  });

  it('gives an act named by its gerund no article, and asks no petition or vote date', () => {
    expect(candidates(`Orby says no to gambling${body}`)).toContain('Should there be gambling?');
    expect(
      candidates('Title here now\n\nA vote is due in May on the new plan for the Kelby harbour.\n'),
    ).toEqual(['Do you agree with “Title here now”?']);
    expect(
      candidates(
        'Title here now\n\nMore than 200 people in Kelby have signed a petition to the council.\n',
      ),
    ).toEqual(['Do you agree with “Title here now”?']);
  });
});

describe('motion candidates on real news shapes (round 68)', () => {
  const candidates = candidatesOfText;
  const body =
    '\n\nMore than 200 people in Kelby and Orby have signed a petition to the council.\n';

  it("leaves out a place's dateline before a colon, and asks what a body decided to do", () => {
    expect(
      candidates(
        'School merger row\n\nOrby: The decision of the Kelby state government to merge schools with fewer than 50 pupils with nearby schools has triggered a storm of protests.\n\nUnions want it reversed.\n',
      ),
    ).toEqual([
      'Should the Kelby state government merge schools with fewer than 50 pupils with nearby schools?',
    ]);
  });

  it("asks about what a vote was on, without the vote's own step", () => {
    expect(
      candidates(
        "Needle exchange loses vote\n\nORBY - The City Council's Health Committee voted 2-1 against recommending a needle exchange program for heroin addicts Wednesday.\n\nSupporters were dismayed.\n",
      ),
    ).toEqual(['Should a needle exchange program for heroin addicts be approved?']);
  });

  it('asks about the plan fury goes on over', () => {
    expect(
      candidates(`Resident fury continues at lack of consultation on tram line plan${body}`),
    ).toContain('Should the tram line plan go ahead?');
  });

  it('asks about what a protest taken part in is against', () => {
    expect(
      candidates(
        'Thousands sign up for Orby hospital protest\n\nMore than 4,000 people have already signed up to take part in a mass protest against the downgrading of maternity services at Orby hospital.\n\nThe health board says the change is temporary.\n',
      ),
    ).toEqual(['Should maternity services be downgraded at Orby hospital?']);
  });

  it('asks about a measure taken to arbitration, as one taken to court', () => {
    expect(candidates(`Police taking tattoo ban to arbitration${body}`)).toContain(
      'Should there be a tattoo ban?',
    );
  });

  it('asks nothing with a verb whose complement was cut off', () => {
    expect(
      candidates(
        `Minister rejects claims that flood defence schemes are 'environmentally destructive'${body}`,
      ).join(' | '),
    ).not.toMatch(/schemes are\?/);
  });
});

describe('motion candidates on real news shapes (round 69)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('reads "object to" after a crowd or a body as opposing what follows', () => {
    expect(candidates(`Hundreds object to Orby Leisure plans for Kelby Lake${body}`)).toContain(
      'Should the Orby Leisure plans for Kelby Lake go ahead?',
    );
    expect(candidates(`Parents object to school uniform rule${body}`)).toContain(
      'Should the school uniform rule go ahead?',
    );
    // ("Museum objects to be returned": things, with an infinitive after them.)
    expect(candidates(`Museum objects to be returned${body}`)).toContain(
      'Should museum objects be returned?',
    );
  });

  it("finds the sentence's own verb after a relative clause in a plan's object", () => {
    const asked = candidates(
      "Assembly reform passed\n\nPlans to change the size of the Kelby Assembly and the way that it's elected have been backed by members in a crucial vote.\n\nThe opposition wanted a referendum.\n",
    );
    expect(asked).toContain(
      "Should the size of the Kelby Assembly and the way that it's elected be changed?",
    );
    expect(asked.join(' | ')).not.toMatch(/backed be/);
  });

  it('leaves out a clause in the past after "after", not one that bounds the act', () => {
    expect(
      candidates(
        'Patrols row\n\nParents have vowed to fight plans to axe crossing patrols in Kelby after the council claimed that every young child was now accompanied to school.\n\nThe council says schools can pay.\n',
      ),
    ).toContain('Should crossing patrols be axed in Kelby?');
    expect(
      candidates(
        'Square plan\n\nThe council plans to ban cars from the square after the market closes.\n\nTraders are split.\n',
      ),
    ).toContain('Should the council ban cars from the square after the market closes?');
  });

  it('reads "axes" after a body as the verb "axe"', () => {
    expect(candidates(`Council axes school crossing patrols${body}`)).toContain(
      'Should the council axe school crossing patrols?',
    );
  });

  it('asks about what a means of protest is set up to stop, and not what a review is for', () => {
    expect(candidates(`Tent camp erected to prevent Orby development${body}`)).toContain(
      'Should the Orby development go ahead?',
    );
    expect(candidates(`Residents launch campaign to stop quarry expansion${body}`)).toContain(
      'Should the quarry expansion go ahead?',
    );
    expect(
      candidates(`Council launched review to stop fly-tipping${body}`).join(' | '),
    ).not.toMatch(/fly-tipping go ahead/);
  });

  it('asks about the measure a reaction is to', () => {
    // (Whose ban it is stays since round 108: "Should Kelby's tea leaf ban go ahead?".)
    expect(candidates(`Farmers react to Kelby's tea leaf ban${body}`)).toContain(
      "Should Kelby's tea leaf ban go ahead?",
    );
    expect(candidates(`Region tries to come to terms with Kelby's tea leaf ban${body}`)).toContain(
      "Should Kelby's tea leaf ban go ahead?",
    );
  });

  it('leaves out what else a thing is known as', () => {
    expect(
      candidates(
        'Leaf ban\n\nThe Kelby government will ban khat, popularly known as miraa, the minister said.\n\nGrowers are angry.\n',
      ),
    ).toContain('Should the Kelby government ban khat?');
  });

  it('asks whether works a court would not halt should go ahead, and reads protests after it', () => {
    expect(candidates(`Court fails to halt works on Orby bypass route${body}`)).toContain(
      'Should works on Orby bypass route go ahead?',
    );
    expect(
      candidates(`Protests planned after court refuses to halt works on Orby bypass route${body}`),
    ).toContain('Should works on Orby bypass route go ahead?');
  });

  it('asks about what an explainer explains', () => {
    expect(
      candidates(`What you need to know about the controversial Kelby parking levy${body}`),
    ).toContain('Should the Kelby parking levy go ahead?');
  });

  it('reads no people named by what they do as a verb', () => {
    expect(
      candidates(
        'F2 Grand Prix protesters ready for action\n\nThe 15th Kelby F2 Grand Prix is on again this weekend and the protesters will be out.\n\nThe council will decide next month.\n',
      ).join(' | '),
    ).not.toMatch(/protester ready/);
  });
});

describe('motion candidates on real news shapes (round 70)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it("asks about the change a headline's reactions are to, after a quotation and its colon", () => {
    expect(
      candidates(
        "'We won't do this': Reactions to Policy 12 changes spread beyond N.B.\n\nWith the fallout of the changes still unknown, reactions have spread far beyond the province.\n\nTeachers are angry.\n",
      ),
    ).toContain('Should Policy 12 be changed?');
    expect(candidates(`Mixed reaction to pension cuts${body}`)).toContain(
      'Should there be pension cuts?',
    );
  });

  it('doubles the last consonant of a verb stressed on its last syllable', () => {
    expect(
      candidates(
        'Traders win reprieve\n\nThe governor has no plans to expel street traders from the city centre, an official said.\n\nTraders were relieved.\n',
      ),
    ).toContain('Should street traders be expelled from the city centre?');
  });

  it('reads a ban\'s "on" and a name after what it bans as where it applies', () => {
    const asked = candidates(
      `Lawmakers oppose Kelby's total provincial bus ban on Orby Avenue${body}`,
    );
    expect(asked).toContain("Should Kelby's total provincial bus ban go ahead?");
    expect(asked.join(' | ')).not.toMatch(/Orby Avenue be banned/);
  });

  it('asks about the measure an opposition "on" is to, after a body\'s own step', () => {
    expect(
      candidates(
        "Headline here\n\nTwo Orby MPs have filed a resolution in the House expressing their opposition on Kelby's total provincial bus ban along the avenue.\n\nThe agency defended it.\n",
      ),
    ).toContain("Should Kelby's total provincial bus ban go ahead?");
  });

  it('reads "back" after "to" as the verb, and gives a gerund no article', () => {
    expect(candidates(`Parliament to back nationwide ban on using smoky coal${body}`)).toContain(
      'Should using smoky coal be banned?',
    );
  });

  it('asks about what a vote, verb or noun, was against, named by its gerund', () => {
    expect(candidates(`Islanders vote against building cruise piers${body}`)).toContain(
      'Should cruise piers be built?',
    );
    expect(
      candidates(
        "Port lobby not giving up\n\n(KNS): Despite an overwhelming vote against building cruise infrastructure in yesterday's referendum, the result is non-binding and port supporters have vowed to fight on.\n\nThe premier has not commented.\n",
      ),
    ).toContain('Should cruise infrastructure be built?');
  });

  it('reads a county by its ending as a name, and asks no decision named only by its kind', () => {
    const asked = candidates(
      "School language row sparks 'cross the border' call\n\nParents unhappy their children's school has been changed to a Welsh medium primary should move over the border, a campaigner has said.\n\nCarmarthenshire council voted to drop the English stream at Ysgol Orby.\n\nA campaigner said the decision should be accepted.\n",
    );
    expect(asked).toContain(
      'Should the Carmarthenshire council drop the English stream at Ysgol Orby?',
    );
    expect(asked).not.toContain('Should the decision be accepted?');
  });

  it("asks about what a camp's act is a way of opposing", () => {
    expect(
      candidates(
        "Forest woes: Activists call for boycott of Orby Sugar\n\nEnvironmental activists have urged the public to boycott Orby Sugar products as a way of sabotaging the company's decision to plant sugarcane in Kelby Forest.\n\nThe company says it has a licence.\n",
      ),
    ).toContain('Should the company plant sugarcane in Kelby Forest?');
  });
});

describe('motion candidates on real news shapes (round 71)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks what voters are to decide, with "if" and "will"', () => {
    expect(
      candidates(`Voters to decide if Kelby Square will reopen to pedestrians${body}`),
    ).toContain('Should Kelby Square reopen to pedestrians?');
  });

  it("reads a town's name taken for an order, after a rubric in title case", () => {
    expect(
      candidates(
        'Believe It Or Not: Trim looks to ban gum!\n\nA sticky situation may await Trim Town Council if it asks shopkeepers to stop selling gum.\n\nTraders are not keen.\n',
      ),
    ).toContain('Should Trim ban gum?');
  });

  it('leaves out a teaser after two points, and reads the verb after a name in the question', () => {
    expect(
      candidates(
        "Kelby bans solo walks in the hills.. Why?\n\nWalkers in Kelby's hills must now hire a licensed guide.\n\nGuides welcomed it.\n",
      ),
    ).toContain('Should Kelby ban solo walks in the hills?');
  });

  it('asks about the bill a group condemns the railroading of', () => {
    expect(
      candidates(`Youth Group Condemns Railroading of Mandatory Cadet Training Bill${body}`),
    ).toContain('Should the mandatory cadet training bill go ahead?');
  });

  it('reads the news a debate goes on around, without what a thing includes', () => {
    expect(
      candidates(
        'Future of trial sites hanging in balance\n\nDEBATE has raged in parliament as members debate whether to make the trial sites of the welfare card, including Kelby, permanent.\n\nThe bill is before the House.\n',
      ),
    ).toContain('Should members make the trial sites of the welfare card permanent?');
  });

  it("asks a ruling's act as done, without what its object includes", () => {
    expect(
      candidates(
        'Night-market ruling in Kelby an erosion of rights\n\nThe ruling to compel night market traders, including visitors, in Kelby to cease business during evening prayers is inconvenient to traders, a party said.\n\nThe state defended it.\n',
      ),
    ).toContain(
      'Should night market traders be compelled in Kelby to cease business during evening prayers?',
    );
  });

  it('asks whether a decision challenged should stand', () => {
    expect(
      candidates(
        'Kelby service station decision challenged\n\nTwo operators want a legal review of the planning permission Kelby council granted in December.\n\nThe council will contest it.\n',
      ),
    ).toContain('Should the Kelby service station decision stand?');
  });
});

describe('motion candidates on real news shapes (round 72)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it("keeps the capital of a name in a label's measure, and reads no order with a possessive", () => {
    expect(
      candidates(
        'Orby winter mooring ban: Review after legal challenge\n\nMooring in Orby was banned by the council from November to February.\n\nBoaters went to court.\n',
      ),
    ).toContain('Should there be an Orby winter mooring ban?');
    expect(
      candidates(
        "Boxing: Bury's body blow for boxing\n\nBoxing figures reacted with dismay to the decision by councillors in Bury to ban the sport on council premises.\n\nThe vote was narrow.\n",
      ).join(' | '),
    ).not.toMatch(/Should we bury/i);
  });

  it('asks about a proposed thing a verbless reaction headline names', () => {
    expect(
      candidates(
        `Strong opposition from residents near site of proposed Kelby crash memorial${body}`,
      ),
    ).toContain('Should the proposed Kelby crash memorial go ahead?');
  });

  it('asks about the thing a hearing is on, whatever befalls the hearing', () => {
    expect(candidates(`Orby Green plaza hearing could face legal challenge${body}`)).toContain(
      'Should the Orby Green plaza go ahead?',
    );
  });
});

describe('motion candidates on real news shapes (round 73)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('reads a bare word between two nouns after a preposition as part of the compound', () => {
    expect(candidates(`Orby Traders Stage Protest Over Bus Stand Relocation${body}`)).toContain(
      'Should the bus stand relocation go ahead?',
    );
  });

  it('reads "new" as an adjective before the noun it describes', () => {
    expect(candidates(`New betting shop to open despite concerns${body}`)).toContain(
      'Should the new betting shop open?',
    );
  });

  it('asks about what objections were raised to', () => {
    expect(candidates(`Objections raised to Kelby surf club upgrade${body}`).join(' | ')).toMatch(
      /Should (?:the )?Kelby surf club upgrade go ahead\?/,
    );
  });
});

describe('motion candidates on real news shapes (round 74)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks what a petition would have done to a thing, without its grounds', () => {
    expect(
      candidates(
        'Petition filed against expressway\n\nTwo Kelby residents have filed a petition seeking court orders to have the construction of the Orby expressway stopped on grounds that there was no consultation.\n\nThe agency will respond.\n',
      ),
    ).toContain('Should the construction of the Orby expressway be stopped?');
  });

  it('keeps the capital of a name whose next word is capitalised too', () => {
    expect(
      candidates(
        'Liquor ban extended\n\nKelby City Council has voted to extend its liquor ban, but stopped short of applying it to the whole city.\n\nBar owners are unhappy.\n',
      ),
    ).toContain('Should the Kelby City Council extend its liquor ban?');
  });

  it('asks a plan named by its act as the act', () => {
    expect(candidates(`Banning dogs from parks plan 'wrong and unfair'${body}`)).toContain(
      'Should dogs be banned from parks?',
    );
  });
});

describe('motion candidates on real news shapes (round 75)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks the body called on to act, named at length or asked in a headline', () => {
    expect(
      candidates(
        'Drivers want ban reviewed\n\nA national group of cab drivers is calling on the Department of Roads and Public Transport (DRPT) to review its order banning rickshaws, pedicabs and motorized pedicabs from national highways.\n\nThe department has not replied.\n',
      ),
    ).toContain(
      'Should the Department of Roads and Public Transport (DRPT) review its order banning rickshaws, pedicabs and motorized pedicabs from national highways?',
    );
    expect(candidates(`Group asks DRPT to lift rickshaw ban on highways${body}`)).toContain(
      'Should DRPT lift the rickshaw ban on highways?',
    );
  });

  it('asks what voters are left to decide, as the act', () => {
    expect(
      candidates(
        'Scooter issue moves to the ballot\n\nORBY - The Orby City Council voted Monday night to let voters decide whether to ban electric scooters in the city.\n\nCouncil members were split.\n',
      ),
    ).toContain('Should electric scooters be banned in the city?');
  });

  it('asks the act an idea or a use for a purpose names', () => {
    expect(
      candidates(
        'Walkers oppose moorland use for wind farms, quit talks\n\nNine walking clubs on Thursday jointly expressed their objection to the idea of building wind turbines on the edges of the moor, saying the plan ignores the law.\n\nThe consultation closes in May.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should wind turbines be built on the edges of the moor?',
        'Should moorland be used for wind farms?',
      ]),
    );
  });

  it('asks the measure reacted to angrily, and the news after a reaction that opens a headline', () => {
    expect(
      candidates(
        'Fishers oppose proposed rules\n\nFishers across the coast have reacted angrily to draft licensing regulations, which they say favour big fleets.\n\nThe ministry will hear them next week.\n',
      ),
    ).toContain('Should draft licensing regulations go ahead?');
    expect(candidates(`Cheers ring out as Ryde loses its Kelby licence${body}`)).toContain(
      'Should Ryde lose its Kelby licence?',
    );
  });

  it('asks the plan a fight is over, also when the fighters keep on', () => {
    expect(
      candidates(
        'Quarry plan fight goes on\n\nAngry villagers will keep fighting plans for a limestone quarry beside their school.\n\nThe applicant has appealed.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should plans for a limestone quarry go ahead?',
        'Should the quarry plan go ahead?',
      ]),
    );
  });

  it("asks a speaker's quoted pledge of the thing, and refuses a sign given of it", () => {
    expect(candidates(`My govt will not respect Kelby port deal – Arden${body}`)).toContain(
      'Should the Kelby port deal be respected?',
    );
    expect(motionProblems('Should the Orby Party give yet another clear indication?')).not.toEqual(
      [],
    );
  });

  it('keeps what a charge is for, and asks a proposal sparking concerns to go ahead', () => {
    expect(
      candidates(
        'Squash court charging proposal sparks concerns\n\nResidents could be charged to use squash courts owned by Kelby Council that have previously been free to use.\n\nClubs are worried.\n',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Should residents be charged to use squash courts owned by Kelby Council?',
        'Should the squash court charging proposal go ahead?',
      ]),
    );
  });

  it('asks about the thing an appeal is over, and the change people are up in arms about', () => {
    expect(candidates(`Appeal over Kelby pharmacy${body}`)).toContain(
      'Should the Kelby pharmacy go ahead?',
    );
    expect(
      candidates(
        'Parents want a say\n\nSome parents are up in arms about what they see as a school transport change that would stop them choosing a bus route.\n\nThe board meets in May.\n',
      ),
    ).toContain('Should the school transport change go ahead?');
  });
});

describe('motion candidates on real news shapes (round 76)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('reads no ranked act in the last day of a clause of its own', () => {
    expect(
      candidates(
        'Traders protest against possible street market ban\n\nTraders have gathered in Orby Square to mark what could be the last day of being allowed to sell on the street.\n\nThe council will decide next month.\n',
      ).join(' | '),
    ).not.toMatch(/mark what sell/);
  });

  it('asks the act whose effect on people is the news', () => {
    expect(
      candidates(
        'Operators join fight over late trains\n\nCommuters and night workers will be inconvenienced by cutting the hours that trains can run, rail operators say.\n\nThe ministry will decide next month.\n',
      ),
    ).toContain('Should the hours that trains can run be cut?');
  });

  it('asks about a charge protested by a participle after the clause', () => {
    expect(
      candidates(
        'Orby gridlocked as bus drivers strike\n\nBus drivers in Orby on Monday kept their buses off the streets protesting high monthly permit fees, stranding commuters across the city.\n\nThe city will meet the drivers.\n',
      ),
    ).toContain('Should high monthly permit fees go ahead?');
  });

  it('refuses a place or a plan suffering what befell it', () => {
    expect(motionProblems('Should Orby be crippled as bus drivers strike?')).not.toEqual([]);
    expect(
      motionProblems("Should the council's harbour project be overpowered by angry locals?"),
    ).not.toEqual([]);
    expect(motionProblems('Should drivers be hit with higher fines?')).toEqual([]);
  });

  it('asks the plan a win is celebrated over, not the celebrating', () => {
    const found = candidates(
      "Harbour project dropped\n\nLocals are celebrating their 'huge win' over the plan to build 12 rock walls on Kelby's beaches.\n\nThe council will look again.\n",
    );
    expect(found).toContain("Should 12 rock walls be built on Kelby's beaches?");
    expect(found.join(' | ')).not.toMatch(/celebrate/);
  });

  it('asks whether people protested for what they do should do it', () => {
    expect(
      candidates(
        'Pupils in uniform protest\n\nA group of students on Friday protested against teachers who continue to enforce strict uniform rules, despite new guidelines.\n\nThe ministry will reply.\n',
      ),
    ).toContain('Should teachers enforce strict uniform rules?');
  });

  it('reads a reaction after a possessive, and concerns raised around a thing', () => {
    expect(
      candidates(`Residents’ noise fears about proposed new heliport at Kelby${body}`),
    ).toContain('Should the proposed new heliport go ahead?');
    expect(
      candidates(
        'Heliport plan\n\nResidents near Kelby hospital have raised noise concerns around the proposed heliport for the hospital.\n\nThe board will decide.\n',
      ),
    ).toContain('Should the proposed heliport go ahead?');
  });

  it('leaves out what came before the act, and keeps the article of a hyphened age', () => {
    expect(candidates(`Old footbridge could be removed after collapsing${body}`)).toContain(
      'Should the old footbridge be removed?',
    );
    expect(candidates(`Campaigners fight to save 400-year-old elm${body}`)).toContain(
      'Should the 400-year-old elm be saved?',
    );
  });
});

describe('motion candidates on real news shapes (round 77)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it("asks a plan's act of its maker named between, keeping a list of names and initials", () => {
    expect(
      candidates(
        'School day plan\n\nA bold plan by the Orby government to extend school hours in the ICT, arts and science streams from six to eight has triggered a fierce backlash.\n\nUnions will meet on Monday.\n',
      ),
    ).toContain(
      'Should the Orby government extend school hours in the ICT, arts and science streams from six to eight?',
    );
  });

  it("asks what someone's fight or a petition would do, not whether they should do it", () => {
    expect(candidates(`Councillor’s fight to stop library closure${body}`)).toContain(
      'Should the library closure be stopped?',
    );
    expect(candidates(`Villagers sign petition to stop closure of local bank${body}`)).toContain(
      'Should the closure of local bank be stopped?',
    );
  });

  it('asks about the thing a battle taken to court is over', () => {
    expect(candidates(`Kelby ID card battle goes to Court of Appeal${body}`)).toContain(
      'Should the Kelby ID card go ahead?',
    );
  });

  it('asks the act people see no need for', () => {
    expect(
      candidates(
        'Residents see no need to move airport\n\nMost Orby residents see no need to move the city airport, a survey found.\n\nThe ministry will decide next year.\n',
      ),
    ).toContain('Should the city airport be moved?');
  });

  it("keeps a quoted title's comma inside the thing", () => {
    expect(
      candidates(
        'Minister tables bill\n\nThe minister introduced the Constitution Amendment Bill for ‘One Court, One Judge’ in parliament on Tuesday.\n\nThe opposition walked out.\n',
      ).join(' | '),
    ).toContain('‘One Court, One Judge’');
  });

  it('refuses a decision that lost its object, and whose words a question is', () => {
    expect(motionProblems('Should a decision to close go ahead?')).not.toEqual([]);
    expect(motionProblems('Should the plan to close the library go ahead?')).toEqual([]);
    expect(
      motionProblems(
        "Should Gridco's compensation offer amount to a 'declaration of war' according to campaigners?",
      ),
    ).not.toEqual([]);
    expect(motionProblems('Should the levy be set according to income?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 78)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks what a camp named by its cause fights for', () => {
    expect(
      candidates(
        "Library buyout mooted\n\nCampaigners fighting to save Kelby's closure-threatened library believe a community buyout is a possibility.\n\nThe owners will decide next month.\n",
      ),
    ).toContain("Should Kelby's closure-threatened library be saved?");
  });

  it('asks about the thing an opposition opening the subject is to', () => {
    expect(candidates(`Orby: Opposition to Kelby Arena not giving up${body}`)).toContain(
      'Should Kelby Arena go ahead?',
    );
  });

  it('asks the news after a loss lamented, past manner adverbs joined by "and"', () => {
    const found = candidates(
      'Families decry sudden loss of Kelby Museum\n\nFamilies decried the loss of a beloved institution Sunday after the Kelby Museum abruptly and permanently shut its doors last week.\n\nThe province blamed its roof.\n',
    );
    expect(found).toContain('Should the Kelby Museum shut its doors?');
    expect(found.join(' | ')).not.toMatch(/loss of/);
  });

  it('refuses a case argued and a loss asked to go ahead', () => {
    expect(motionProblems("Should the Orby Trust argue that Kelby's upcoming?")).not.toEqual([]);
    expect(motionProblems('Should the sudden loss of Kelby Museum go ahead?')).not.toEqual([]);
    expect(motionProblems('Should the Kelby Museum extension go ahead?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 79)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks about what people say no to, past a quotation after the colon', () => {
    expect(
      candidates(
        `WATCH: Protestors Say No To Proposed Kelby Marina: ‘They’ve Taken Everything And Now They Want The Sea’${body}`,
      ),
    ).toContain('Should the proposed kelby marina go ahead?');
  });

  it("keeps a quotation after the colon when it is the headline's news", () => {
    expect(candidates(`Minister: 'We will ban smoking in parks'${body}`)).toContain(
      'Should smoking be banned in parks?',
    );
  });
});

describe('motion candidates on real news shapes (round 79, headlines without a verb left)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks about a thing protested against or erupted over, after the crowd is left out', () => {
    expect(
      candidates(`Residents, environmental activists protest against marina project${body}`),
    ).toContain('Should the marina project go ahead?');
    expect(candidates(`Protests erupt over mosque demolition${body}`)).toContain(
      'Should the mosque demolition go ahead?',
    );
  });

  it('asks a headline question about a policy act named by its gerund, before its teaser', () => {
    expect(
      candidates(`Banning vapes in parks? Two towns among those leading the way${body}`),
    ).toContain('Should vapes be banned in parks?');
  });
});

describe('motion candidates on real news shapes (round 80)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) =>
    candidates(`${headline}\n\n${first}\n\nThe council will decide next month.\n`);

  it('asks about what a camp is opposed to, not about the camp', () => {
    expect(candidates(`Most at Kelby meeting opposed to proposed noise bylaw${body}`)).toContain(
      'Should the proposed noise bylaw go ahead?',
    );
    expect(candidates(`Parents opposed to school merger${body}`)).toContain(
      'Should the school merger go ahead?',
    );
    expect(candidates(`Residents opposed to plan to close library${body}`).join(' | ')).not.toMatch(
      /Should residents/,
    );
  });

  it('asks a proposed measure to go ahead rather than to be', () => {
    expect(candidates(`Most residents oppose proposed noise bylaw${body}`)).toContain(
      'Should the proposed noise bylaw go ahead?',
    );
    expect(
      candidates(`Six in ten residents support a nightly charge on visitors${body}`),
    ).toContain('Should there be a nightly charge on visitors?');
  });

  it('leaves out how a decision was received from the thing decided', () => {
    expect(candidates(`Special protection for farmland angrily rejected${body}`)).toContain(
      'Should the special protection for farmland be rejected?',
    );
    expect(candidates(`Harbour plan quietly and narrowly approved${body}`)).toContain(
      'Should the harbour plan be approved?',
    );
  });

  it('asks whether an act a court stops, or will not stop, should go ahead', () => {
    expect(candidates(`Court won't halt upgrade of Orby, Kelby towns${body}`)).toContain(
      'Should the upgrade of Orby and Kelby towns go ahead?',
    );
    expect(candidates(`Court halts upgrade of Orby towns${body}`)).toContain(
      'Should the upgrade of Orby towns go ahead?',
    );
    expect(candidates(`Judge blocks sale of the harbour${body}`)).toContain(
      'Should the sale of the harbour go ahead?',
    );
  });

  it('asks about what protests are against, without their growing', () => {
    expect(candidates(`Protests Against Mega Dam Grow${body}`)).toContain(
      'Should the mega dam go ahead?',
    );
    expect(candidates(`Anger against toll plan mounts${body}`)).toContain(
      'Should the toll plan go ahead?',
    );
  });

  it("reads a bare 'plan' after 'a' and a maker as the plan, not the maker's verb", () => {
    expect(
      lede(
        'Regional bill passes first hurdle',
        'A controversial Junta de Castilla plan to regularise irrigated land in the Kelby area is one step closer to being approved.',
      ),
    ).toContain('Should irrigated land be regularised in the Kelby area?');
  });

  it("follows the article's spelling where a question is rebuilt from a lemma", () => {
    expect(
      lede(
        'Council to decide on land',
        'Plans to legalise informal plots in the Kelby area have angered residents.',
      ),
    ).toContain('Should informal plots be legalised in the Kelby area?');
  });

  it('asks about a thing whose understanding is sought, past whose understanding it is', () => {
    expect(
      candidates(`Ministry seeks residents’ understanding on workers’ hostel${body}`),
    ).toContain('Should the workers’ hostel go ahead?');
    expect(candidates(`Charity seeks public's support for victims${body}`).join(' | ')).not.toMatch(
      /victims go ahead/,
    );
  });

  it('asks about what a quarrel is over when the act is taken amid it', () => {
    expect(
      candidates(
        `Government revises stance on charities amid controversy over NGO Amendment Bill${body}`,
      ),
    ).toContain('Should the NGO Amendment Bill become law?');
    expect(candidates(`Minister resigns amid row over school closures${body}`)).toContain(
      'Should school closures go ahead?',
    );
  });

  it('asks about the thing a respite was won from', () => {
    expect(candidates(`Fruit vendors get moratorium on market fee${body}`)).toContain(
      'Should there be a market fee?',
    );
    expect(candidates(`Residents granted reprieve on library closure${body}`)).toContain(
      'Should the library closure go ahead?',
    );
  });

  it('asks for the state someone is to ensure, whoever ensures it', () => {
    expect(
      lede(
        'Butchers open, no official order to shut, say traders',
        'The mayor had asked the municipal commissioner to ensure butchers are shut during the festival.',
      ),
    ).toContain('Should butchers be shut during the festival?');
  });

  it('leaves out why the reporter says someone acted', () => {
    expect(
      lede(
        'Link road axed',
        'Kelby Council has scrapped controversial plans to create a relief road through Orby in a bid to save money.',
      ).join(' | '),
    ).not.toMatch(/in a bid to/);
  });

  it('refuses court remedies, crowds at meetings, quarrels where they stand and verbs taken out of quotations', () => {
    expect(motionProblems('Should there be temporary injunction?')).not.toEqual([]);
    expect(motionProblems('Should the interim injunction be granted?')).not.toEqual([]);
    expect(motionProblems('Should local residents pack council chambers?')).not.toEqual([]);
    expect(
      motionProblems(
        'Are the Kelby Government and the Orby Party seemingly at an impasse on reform?',
      ),
    ).not.toEqual([]);
    expect(motionProblems("Is 'It disappointing to hear that the minister is keen'?")).not.toEqual(
      [],
    );
    expect(
      motionProblems(
        'Should the government back down on its stance against charities and pledged to amend the bill?',
      ),
    ).not.toEqual([]);
    expect(motionProblems('Should there be an injunction against the quarry?')).toEqual([]);
    expect(motionProblems('Should the council back down and amend the bill?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 81)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) =>
    candidates(`${headline}\n\n${first}\n\nThe council will decide next month.\n`);

  it('asks about what officials are heckled or confronted over', () => {
    expect(candidates(`Harbour chiefs heckled over ferry closure plans${body}`)).toContain(
      'Should ferry closure plans go ahead?',
    );
    expect(
      lede(
        'Ferry row',
        'Locals confronted harbour bosses last night over the proposed closure of the island’s only ferry terminal.',
      ),
    ).toContain('Should the proposed closure of the island’s only ferry terminal go ahead?');
  });

  it('reads a body trying a measure out as its verb, and what the trial is for as its aim', () => {
    expect(
      lede(
        'Kelby council tests dog poo DNA to trace owners',
        'Kelby council said the trial would run for three months.',
      ),
    ).toContain('Should the Kelby council test dog poo DNA to trace owners?');
    expect(candidates(`Council tests show high lead levels${body}`).join(' | ')).not.toMatch(
      /council test show/,
    );
  });

  it("asks the act of a plan someone is behind, of them, up to the sentence's own verb", () => {
    expect(
      lede(
        'Council to appoint consultants',
        'A COUNCIL behind controversial plans to clamp down on bonfires is to appoint consultants to deal with pyre builders.',
      ),
    ).toContain('Should the council clamp down on bonfires?');
    expect(candidates(`Minister behind plan to close rural schools resigns${body}`)).toContain(
      'Should the minister close rural schools?',
    );
  });

  it('asks whether a ruling protested should stand, not go ahead', () => {
    expect(candidates(`Protest over court ruling${body}`)).toContain(
      'Should the court ruling stand?',
    );
    expect(
      lede(
        'Ruling row',
        'Protesters stormed the headquarters of the Central Bank over the Supreme Court ruling on the deadline for old notes.',
      ),
    ).toContain('Should the Supreme Court ruling stand?');
  });

  it('refuses turns of events, appeals lodged, plans asked to be, threats and left past verbs', () => {
    expect(motionProblems('Should the Prez-unions talks fail?')).not.toEqual([]);
    expect(
      motionProblems(
        'Should a conflict loom between the forest service and residents over the ban?',
      ),
    ).not.toEqual([]);
    expect(
      motionProblems(
        'Should the Government be dealt a massive blow to its main crime-fighting tool?',
      ),
    ).not.toEqual([]);
    expect(motionProblems('Should irresponsible dog owners of Kelby beware?')).not.toEqual([]);
    expect(
      motionProblems('Should an appeal be lodged by residents against the quarry licence?'),
    ).not.toEqual([]);
    expect(
      motionProblems('Should there be controversial plans to clamp down on bonfires?'),
    ).not.toEqual([]);
    expect(motionProblems('Should the homes threat go ahead?')).not.toEqual([]);
    expect(
      motionProblems(
        'Should a court panel temporarily restrained the government from phasing out notes?',
      ),
    ).not.toEqual([]);
    expect(motionProblems('Should the supply be closely monitored?')).toEqual([]);
    expect(motionProblems('Should there be a licensing scheme for bonfires?')).toEqual([]);
  });

  it('asks about the thing a conflict looms over', () => {
    expect(candidates(`Conflict looms over charcoal ban${body}`)).toContain(
      'Should there be a charcoal ban?',
    );
  });
});

describe('motion candidates on real news shapes (round 82)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) =>
    candidates(`${headline}\n\n${first}\n\nThe council will decide next month.\n`);

  it('reads anyone but a court dismissing a bill as rejecting it, and asks whether it should become law', () => {
    expect(candidates(`Governors dismiss controversial water resources bill${body}`)).toContain(
      'Should the water resources bill become law?',
    );
    expect(candidates(`Unions reject pay bill${body}`)).toContain(
      'Should the pay bill become law?',
    );
  });

  it('asks whether measures voted on should be, or be approved', () => {
    expect(candidates(`Council votes on licences for massage parlours${body}`)).toContain(
      'Should there be licences for massage parlours?',
    );
    expect(candidates(`Council to vote on the parking charges${body}`)).toContain(
      'Should the parking charges be approved?',
    );
  });

  it('asks what a court is asked to do of the thing, not of the court', () => {
    expect(
      candidates(`Rhino breeders want a court to lift Kelby's ban on horn trade${body}`),
    ).toContain("Should Kelby's ban on horn trade be lifted?");
    expect(candidates(`Caravan parks group asks courts to end free camping${body}`)).toContain(
      'Should free camping be ended?',
    );
  });

  it('leaves out what an act is taken amid or despite', () => {
    const texts = candidates(
      `Orby considers indoor shooting range amid neighbors' opposition and support${body}`,
    );
    expect(texts).toContain('Should Orby adopt an indoor shooting range?');
    expect(texts.join(' | ')).not.toMatch(/amid/);
  });

  it('asks the official act a body is to be stopped or restrained from, of its object', () => {
    expect(
      lede(
        'Residents lose kiosk case',
        'A request by a group of residents to stop the planning authority from issuing a permit for a wooden kiosk next to the belvedere has been turned down by the courts.',
      ),
    ).toContain('Should a permit for a wooden kiosk next to the belvedere be issued?');
    expect(
      lede('Park row', 'The council wants to stop children from using the park at night.').join(
        ' | ',
      ),
    ).not.toMatch(/park be used/);
  });

  it('asks about what a camp is divided over', () => {
    expect(
      lede('Chiefs divided', 'The chiefs are divided over the draft agreement on land.'),
    ).toContain('Should the draft agreement go ahead?');
  });

  it('asks about what legal action is taken to stop', () => {
    expect(
      lede(
        'Residents go to court',
        'Residents are taking legal action to stop the quarry expansion.',
      ),
    ).toContain('Should the quarry expansion go ahead?');
  });

  it('refuses inflected verbs after a bare subject, objections attracted and vote tallies', () => {
    expect(motionProblems('Should donkey abattoir causes stir?')).not.toEqual([]);
    expect(
      motionProblems(
        'Should plans for a new poultry farm attract more than two hundred objections?',
      ),
    ).not.toEqual([]);
    expect(motionProblems('Should the 4-2 in favor of the range go ahead?')).not.toEqual([]);
    expect(motionProblems('Should the motion narrowly made its way to city council?')).not.toEqual(
      [],
    );
    expect(motionProblems('Should the new charges attract more visitors?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 83)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks about what a stance sparking shock is for, with its quoted reaction cut off', () => {
    expect(
      candidates(`Council support for removal of mangroves triggers ‘shock’${body}`),
    ).toContain('Should mangroves be removed?');
  });

  it('asks about the thing a plan is for when people say what the plan will do', () => {
    expect(
      candidates(`Residents say plan for new sewage plant 'will devalue our homes'${body}`),
    ).toContain('Should the new sewage plant go ahead?');
  });

  it('asks about what a consultation or an inquiry is held on, not about a day', () => {
    expect(
      candidates(
        `Board to extend public consultation period on Kelby forest development till Mar. 1, 2021${body}`,
      ),
    ).toContain('Should the Kelby forest development go ahead?');
    expect(candidates(`Council to hold meeting on Tuesday${body}`).join(' | ')).not.toMatch(
      /Tuesday go ahead/,
    );
  });

  it('asks about what someone is asked to reconsider', () => {
    expect(
      candidates(`Doctors ask government to reconsider capital gains tax change${body}`),
    ).toContain('Should the capital gains tax change go ahead?');
  });

  it('asks about a takeover people react to', () => {
    expect(
      candidates(`Parents, lawmakers react to state takeover of Kelby schools${body}`),
    ).toContain('Should the state takeover of Kelby schools go ahead?');
  });

  it('refuses failed challenges, swipes, cases taken to court, reserved judgments and neither-nor', () => {
    for (const text of [
      'Should the low emission zone court challenge fail?',
      'Should the Prime Minister take a swipe at the Opposition?',
      'Should the council to court be taken?',
      'Should the High Court reserve judgment in the challenge to the Act?',
      'Should neither protests nor objections dictate the pace?',
    ]) {
      expect(motionProblems(text)).not.toEqual([]);
    }
    expect(motionProblems('Should the bid to buy the club go ahead?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 84)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks a proposed thing to go ahead whatever it prompts, and reads a controversy that develops as a quarrel', () => {
    expect(
      candidates(`Proposed $8M town hall project in Kelby prompts comparison to Taj Mahal${body}`),
    ).toContain('Should the proposed $8M town hall project go ahead?');
    expect(
      candidates(`Controversy develops over plans for a new municipal building${body}`),
    ).toContain('Should a new municipal building go ahead?');
  });

  it('asks about a thing fought for, and an event opposed', () => {
    expect(candidates(`Councillors to fight for Kelby Santa Parade${body}`)).toContain(
      'Should Kelby Santa Parade go ahead?',
    );
    expect(candidates(`City shops attack car-free day${body}`)).toContain(
      'Should the car-free day go ahead?',
    );
  });

  it('reads a headline that drops the "the" before a first to act', () => {
    expect(
      candidates(`Kelby could become first state in nearly 60 years to ditch toll law${body}`),
    ).toContain('Should Kelby ditch toll law?');
  });

  it('asks about the plan a body backs in the "as" clause', () => {
    expect(
      candidates(`Mayor rejects opposition claims as House backs free movement plan${body}`),
    ).toContain('Should the free movement plan go ahead?');
  });

  it('asks about the law whose revision is called for, its "Act" read as a noun', () => {
    expect(candidates(`Cabbies call for revision of road traffic act${body}`)).toContain(
      'Should the road traffic act be revised?',
    );
  });

  it('asks whether someone may when a headline says no one will be allowed', () => {
    expect(
      candidates(
        `No pregnant student will be allowed to return to school, minister insists${body}`,
      ),
    ).toContain('Should a pregnant student be allowed to return to school?');
    expect(candidates(`No dogs will be allowed on the beach, says mayor${body}`)).toContain(
      'Should dogs be allowed on the beach?',
    );
  });

  it('writes "a" or "an" by the sound', () => {
    expect(
      candidates(
        'Uganda miniskirt ban: police stop protest march\n\nPolice in Uganda stopped a march against the Uganda miniskirt ban.\n',
      ),
    ).toContain('Should there be a Uganda miniskirt ban?');
  });

  it('refuses "the not", attributions, "such" subjects, hanging hyphens and "-s" verbs after two words', () => {
    for (const text of [
      'Has the not enough publicity gone out about the event?',
      'Is the “THE idea ridiculous,” said Alan Dove, chairman of Townwatch?',
      'Should such students not be allowed to return?',
      'Should the equality complaint sinks women- swim class?',
    ]) {
      expect(motionProblems(text)).not.toEqual([]);
    }
    expect(motionProblems('Should a one-off fee be charged?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 85)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';

  it('asks whether a bill winning backing should become law', () => {
    expect(
      candidates(
        `Integrated Schools Bill wins Stormont backing without support from unionist bloc${body}`,
      ),
    ).toContain('Should the Integrated Schools Bill become law?');
    expect(candidates(`Parking plan gets council approval${body}`)).toContain(
      'Should the parking plan go ahead?',
    );
  });

  it('asks whether a law challenged in court, or a ruling celebrated, should stand', () => {
    expect(candidates(`Republican lawsuit against noncitizen voting law begins${body}`)).toContain(
      'Should the noncitizen voting law stand?',
    );
    expect(candidates(`Farmers celebrate court ruling${body}`)).toContain(
      'Should the court ruling stand?',
    );
  });

  it('asks where a body is barred from deploying people, after the verb', () => {
    expect(
      candidates(
        'Court extends orders\n\nThe judge extended orders temporarily barring the Kelby government from deploying police officers to Orby on a peace mission.\n',
      ),
    ).toContain('Should police officers be deployed to Orby on a peace mission?');
  });

  it('asks whether a thing forecast not to see the light of day should go ahead', () => {
    expect(
      candidates(
        `Basic income grant may not see the light of day until funding is resolved${body}`,
      ),
    ).toContain('Should the basic income grant go ahead?');
  });
});

describe('motion candidates on real news shapes (round 86)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks a change foretold to be harmful as the change, never as the forecast', () => {
    const texts = candidates(
      lede(
        'Traders fear longer ban',
        'Street traders have warned that a further extension of the ban on street trading in the town centre will be harmful to business.',
      ),
    );
    expect(texts).toContain('Should the ban on street trading be extended?');
    expect(texts.join(' ')).not.toMatch(/be harmful/u);
    expect(motionProblems('Should a new levy be harmful to tourism?')).not.toEqual([]);
  });

  it('asks of a measure what a court orders done to it, with what the measure is on', () => {
    expect(
      candidates(lede('High court orders removal of ban on kite flying', 'The ruling was given.')),
    ).toContain('Should the ban on kite flying be removed?');
    expect(
      candidates(lede("Judges block city's ban on short-term rentals", 'The ruling was given.')),
    ).toContain("Should the city's ban on short-term rentals stand?");
  });

  it('asks whether a bill whose passage is attacked, or that was approved, should become law', () => {
    expect(
      candidates(
        lede('Bishops slam passage of gambling bill at the Senate', 'The vote was close.'),
      ),
    ).toContain('Should the gambling bill become law?');
    expect(
      candidates(
        lede(
          'Water bill clears lower house',
          'The lower house approved Bill 212/19, known as the water bill, on Tuesday.',
        ),
      ),
    ).toContain('Should Bill 212/19 become law?');
    expect(
      candidates(
        lede('Senate approves land bill under protests from farmers', 'The vote was close.'),
      ),
    ).toContain('Should the land bill become law?');
  });

  it('asks what a body is hit for doing, without the reading it was done at', () => {
    expect(
      candidates(
        lede(
          'Church leaders angry',
          'Church leaders hit the Senate for passing the controversial gambling bill on third and final reading.',
        ),
      ),
    ).toContain('Should the Senate pass the gambling bill?');
  });

  it('asks what is ordered to be, and what a measure under consideration would ban', () => {
    expect(
      candidates(
        lede(
          'Flag row',
          'The mayor has sparked uproar after the council ordered that flags be flown on all schools.',
        ),
      ),
    ).toContain('Should flags be flown on all schools?');
    expect(
      candidates(
        lede(
          'Fireworks row',
          'The debate has reached Kelby, where councillors are considering a bylaw that would ban fireworks and restrict bonfires.',
        ),
      ),
    ).toContain('Should fireworks be banned?');
  });

  it('asks whether a measure moving a step closer should go ahead', () => {
    expect(
      candidates(lede('Dog licensing moves step closer', 'Ministers opened a consultation.')),
    ).toContain('Should dog licensing go ahead?');
  });

  it('leaves out a newsroom\'s "it has emerged", a weekend before "that", and why or while an act was done', () => {
    const delayed = candidates(
      lede(
        'Council tried to delay parking charge',
        'The council tried to delay a parking charge for the harbour, it has emerged.',
      ),
    );
    expect(delayed).toContain('Should the council delay a parking charge for the harbour?');
    expect(delayed.join(' ')).not.toMatch(/emerged/u);
    const weekend = candidates(
      lede(
        'Straws to go',
        'Jo Hale, the Transport Secretary, said at the weekend that legislation to bring in a nationwide ban would be published in July, with new laws in the regions following in the autumn.',
      ),
    );
    expect(weekend.join(' ')).not.toMatch(/weekend/u);
    expect(
      candidates(
        lede(
          'Kelby closes old town',
          'Kelby is closing its old town to coaches because of complaints about noise.',
        ),
      ),
    ).toContain('Should Kelby close its old town to coaches?');
    expect(
      candidates(
        lede(
          'Court orders regulator to unblock app',
          'The court ordered the regulator to unblock the app while approving a petition filed by users.',
        ),
      ),
    ).toContain('Should the regulator unblock the app?');
  });

  it('refuses relative pronouns, a reaction "as" its cause, stray particles and a ban on nothing', () => {
    for (const q of [
      'Should whose party face a challenge?',
      'Should the applause as Mensah suspend the project?',
      'Should the off over-tourism go ahead?',
      'Should lawmakers adopt a ban?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      'Should the charity be met with a ban?',
      'Should there be a wage cap?',
      'Should the club vote on a cap?',
    ]) {
      expect(motionProblems(q)).toEqual([]);
    }
  });
});

describe('motion candidates on real news shapes (round 87)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a measure said to be unlawful or to harm, in a quotation, should go ahead', () => {
    expect(
      candidates(
        lede(
          "Pigeon cull proposal 'would be illegal', Kelby Council told",
          'A report was published.',
        ),
      ),
    ).toContain('Should the pigeon cull proposal go ahead?');
    expect(
      candidates(
        lede("Zoo says elephant breeding ban 'will harm animals'", 'A report was published.'),
      ),
    ).toContain('Should the elephant breeding ban go ahead?');
    expect(
      candidates(
        lede(
          'Row over park',
          'Kelby Zoo, the town\'s largest attraction, says new legislation will cause "stress" to its animals.',
        ),
      ).join(' '),
    ).not.toMatch(/cause/u);
  });

  it('asks whether a thing a headline lambasts should go ahead, without what it was done despite', () => {
    expect(
      candidates(
        lede(
          'Kelby MP lambasts harbour name change despite positive report',
          'A report was published.',
        ),
      ),
    ).toContain('Should the harbour name change go ahead?');
  });

  it('asks whether a permit appealed by bodies that teamed up should stand, naming whom it was granted to', () => {
    expect(
      candidates(
        lede(
          'Row over villa',
          'The Kelby Council and two charities have teamed up to appeal the permit granted to Joe Bloggs for a villa on the coast.',
        ),
      ),
    ).toContain('Should the permit granted to Joe Bloggs stand?');
  });

  it('names a titled person of many names without "the"', () => {
    expect(
      candidates(
        lede(
          'Call to halt sale',
          'A campaign group has called on President Ama Kofi Mensah-Bonsu to stop the sale of the Kelby Forest to a developer.',
        ),
      ),
    ).toContain(
      'Should President Ama Kofi Mensah-Bonsu stop the sale of the Kelby Forest to a developer?',
    );
  });

  it('leaves out what an act is a step towards, a day after a noun, and the fears it prompts', () => {
    expect(
      candidates(
        lede(
          'Visa scheme ended',
          "In a step to tackle its housing crisis, Norland's government has ended its golden visa programme.",
        ),
      ),
    ).toContain("Should Norland's government end its golden visa programme?");
    expect(
      candidates(
        lede(
          'Moratorium on wind farms',
          'The Kelby Utilities Board issued a moratorium Thursday on the approval of wind farms until the end of February.',
        ),
      ),
    ).toContain(
      'Should the Kelby Utilities Board issue a moratorium on the approval of wind farms?',
    );
    const code = candidates(
      lede(
        'Code passed',
        'Lawmakers passed a new criminal code that criminalizes begging, prompting fears that tourists would stay away.',
      ),
    );
    expect(code.join(' ')).not.toMatch(/tourists/u);
    expect(code.join(' ')).toMatch(/criminal code/u);
  });

  it('refuses threats, what a place is known for, a verb after "so that", a body asked to be illegal, a bare permit and a quotation closed that never opened', () => {
    for (const q of [
      'Should relocation threaten the tribe?',
      'Is Kelby known for its statues?',
      'Should the town centre so that people be redesigned?',
      'Should a local authority which has spent years tackling gulls be illegal?',
      'Should Kelby ODZ permit?',
      "Should the plan for new sewage plant devalue our homes'?",
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      'Should smoking be illegal?',
      'Should there be a classroom cellphone ban?',
      "Should the council's fee be illegal?",
      "Should the council scrap the 'tourist tax'?",
    ]) {
      expect(motionProblems(q)).toEqual([]);
    }
  });
});

describe('motion candidates on real news shapes (round 88)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks about a measure that has outraged people, not whether it should anger them', () => {
    const texts = candidates(
      lede(
        'Kite ban at beaches and parks angers councillors',
        'A ban on kite flying at beaches and parks has outraged members of Kelby Town Council.',
      ),
    );
    expect(texts).toContain('Should kite flying be banned at beaches and parks?');
    expect(texts.join(' ')).not.toMatch(/anger|outrage/u);
  });

  it('keeps a headline quotation closed at its end', () => {
    expect(
      candidates(lede('Kelby’s Beaches To Be Hit With “Kite Tax”', 'A levy was agreed.')),
    ).toContain('Should Kelby’s beaches be hit with “kite tax”?');
  });

  it('refuses a noun and its "that" clause for a subject, and people raising the alarm', () => {
    for (const q of [
      'Should the Confirmation that the authorities kill three baboons?',
      'Should residents and conservationists raise the alarm?',
      'Should the kite ban anger councillors?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    expect(motionProblems('Should the council that owns the beach sell it?')).toEqual([]);
    expect(motionProblems('Should the decision that closed the library be reversed?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 89)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a law warned to threaten a freedom should go ahead, not about the rights groups', () => {
    const texts = candidates(
      lede(
        'Kelby rights groups warn new protest law threatens free speech',
        'Parliament debates the law this week.',
      ),
    );
    expect(texts).toContain('Should the new protest law go ahead?');
    expect(texts.join(' ')).not.toMatch(/rights go ahead/u);
  });

  it('asks what a referendum proposal opposes, not the opposing', () => {
    expect(
      candidates(
        lede(
          'Party starts referendum drive',
          "The party has begun to collect signatures for a referendum proposal opposing the government's decision to lift a ban on imports of beef containing a growth hormone.",
        ),
      ),
    ).toContain('Should the government lift a ban on imports of beef containing a growth hormone?');
  });

  it('refuses subjects pointing back, a month for a subject, a slogan after "the", and protests erupting', () => {
    for (const q of [
      'Should these endeavors be sanctioned?',
      'Should Sep include elderly women and children?',
      'Should the Stop this mammoth project chant outside their homes?',
      'Should we erupt in Kelby against the mine?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    expect(motionProblems('Should the council stop the mine?')).toEqual([]);
  });
});

describe('motion candidates on forecasts reported or not', () => {
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a measure reported to be illegal should go ahead, not about who reported it', () => {
    const texts = candidatesOfText(
      lede('Town in row over plans', 'Lawyers said the proposed curfew would be illegal.'),
    );
    expect(texts).toContain('Should the proposed curfew go ahead?');
    expect(texts.join(' ')).not.toMatch(/Lawyers said/u);
  });

  it('asks whether a change foretold to be disastrous should be made, said before or after', () => {
    for (const first of [
      'The extension of the ban on night flights would be disastrous for jobs, the airline warned on Monday.',
      'The airline warned that the extension of the ban on night flights would be disastrous for jobs.',
    ]) {
      expect(candidatesOfText(lede('Airport row deepens', first))).toContain(
        'Should the ban on night flights be extended?',
      );
    }
  });
});

describe('motion candidates on real news shapes (round 90)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks the act of a bill MPs back, and leaves a clause after a verb and its object to its own rule', () => {
    const texts = candidates(
      lede(
        'Kelby MPs back bill to outlaw fox hunting',
        'Kelby lawmakers on Saturday adopted a provision in a bill that fines hunters amid fierce argument that the new measure will be counterproductive.',
      ),
    );
    expect(texts[0]).toBe('Should fox hunting be outlawed?');
    expect(texts.join(' ')).not.toMatch(/lawmakers go ahead|back outlaw/u);
  });

  it('reads plans after a preposition as the plans, not their verb', () => {
    const texts = candidates(
      lede('Kelby coalition in crisis over plans to ban wood stoves', 'The row deepened.'),
    );
    expect(texts).toContain('Should wood stoves be banned?');
    expect(texts.join(' ')).not.toMatch(/crisis over ban/u);
  });

  it('asks whether a measure a headline calls too hard is so', () => {
    expect(
      candidates(
        lede(
          "Notes from the Chamber: Greens' land tax too difficult to collect",
          'A survey was held.',
        ),
      ),
    ).toContain("Is the Greens' land tax too difficult to collect?");
  });

  it('asks the act a referendum decides, with "the" for a writer\'s "our"', () => {
    expect(
      candidates(
        lede(
          'Referendum day - It is important that we all vote',
          'Voters will receive a ballot paper asking them to vote on a referendum to repeal our hunting laws.',
        ),
      ),
    ).toContain('Should the hunting laws be repealed?');
    expect(
      candidates(
        lede(
          'Vote on Friday',
          'Voters will decide in a referendum on whether to allow Sunday trading.',
        ),
      ),
    ).toContain('Should Sunday trading be allowed?');
  });

  it('asks what the one time runs out on must do', () => {
    expect(
      candidates(
        lede(
          "Province's refusal forces towns to turn to the capital",
          'Time is running out on the provincial government to put forward a plan to protect the wetlands.',
        ),
      ),
    ).toContain('Should the provincial government put forward a plan to protect the wetlands?');
  });

  it('gives a verdict declared its article, and leaves out when it was said', () => {
    const texts = candidates(
      lede(
        "Kelby's top court declares 30-year lease for quarry unconstitutional",
        'The court ruled on Tuesday that the lease was unconstitutional and the president said later a process to close the quarry would begin.',
      ),
    );
    expect(texts).toContain('Is the 30-year lease for quarry unconstitutional?');
    expect(texts).toContain('Should a process to close the quarry begin?');
  });

  it('refuses a trade hit by a plan, relations at a new low and a thing one of many', () => {
    for (const q of [
      'Should rural pubs be hit by plans to cut the drink-drive limit?',
      'Should relations within the coalition plunge to a new low?',
      'Should a sign be just one of the many strong words aimed at ministers?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    expect(motionProblems('Should the drink-drive limit be cut?')).toEqual([]);
    expect(motionProblems('Should one of the libraries be closed?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 91)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('reads a headline verb before an amount as the verb', () => {
    expect(
      candidates(
        lede(
          'Kelby mayor halts $2bn tram scheme over noise concerns',
          'The Kelby mayor refused to sign.',
        ),
      ).join(' '),
    ).toMatch(/Should the Kelby mayor halt \$2bn tram scheme/u);
  });

  it('asks whether a count of animals should be culled, with the count', () => {
    expect(
      candidates(
        lede(
          'Over 5,000 feral goats to be shot from helicopters because they strip the hills bare',
          'The cull starts today.',
        ),
      ),
    ).toContain('Should over 5,000 feral goats be shot from helicopters?');
    expect(motionProblems('Should more than 900 districts now run four-day weeks?')).not.toEqual(
      [],
    );
  });

  it('asks of the thing people say no way to', () => {
    expect(
      candidates(lede('Kelby drivers say no way to motorway speed limit', 'Drivers are angry.')),
    ).toContain('Should the motorway speed limit go ahead?');
  });

  it('reads the paragraph after a hook when the headline ends on a quotation, without its "But"', () => {
    expect(
      candidates(
        "The Kelby village that 'banned' street parties: Inside the town where officials say they're 'keeping the peace' but residents say it is 'petty'\n\nResidents may have felt more welcome in recent years when they have lived largely happily alongside their neighbours.\n\nBut a decision by Kelby town council to effectively ban street parties from public squares has threatened to ignite tensions.\n\nThe council will meet next month.\n",
      ),
    ).toContain('Should Kelby town council ban street parties from public squares?');
  });

  it('asks the act a reported clause names by its gerund, and refuses a quoted claim made a course', () => {
    expect(
      candidates(
        lede(
          'Thousands march against mining law',
          'The group said that stopping the new mining law was the biggest issue for farmers since independence.',
        ),
      )[0],
    ).toBe('Should the new mining law be stopped?');
    expect(motionProblems("Should 'Mining Act target small farms specifically'?")).not.toEqual([]);
  });

  it('keeps the whole a part is of, without whose it is', () => {
    expect(
      candidates(
        lede(
          'Market traders lament lost stalls',
          'The owners have decried the demolition of a part of their Kelby Market to give way to a new road.',
        ),
      ),
    ).toContain('Should a part of Kelby Market be demolished?');
  });

  it('asks what reforms a strike is over would make people do', () => {
    expect(
      candidates(
        lede(
          'Kelby court staff go on strike over reforms that make judges stand for election',
          'Courts were shut on Monday.',
        ),
      ),
    ).toContain('Should judges stand for election?');
  });
});

describe('motion candidates on real news shapes (round 92)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks what the one appealed to is asked to do, without when', () => {
    expect(
      candidates(
        lede(
          'Kelby tram row',
          "A residents' group appealed to the mayor on Monday to scrap a deal with a builder for a tram line through the park.",
        ),
      ),
    ).toContain('Should the mayor scrap a deal with a builder for a tram line through the park?');
  });

  it('asks of the measure an explainer asks what is behind', () => {
    expect(
      candidates(
        lede("What's behind the ban on slang in Kelby schools?", 'The city acted in June.'),
      ),
    ).toContain('Should slang be banned in Kelby schools?');
  });

  it('asks whether a measure parents say helps only the rich should go ahead, not a gerund of its compound', () => {
    expect(
      candidates(
        lede('Kelby Parents Say For-Profit Tutoring Ban Helps Only the Rich', 'Parents are angry.'),
      ),
    ).toContain('Should the for-profit tutoring ban go ahead?');
    const texts = candidates(
      lede('Parents say tutoring ban helps only the rich', 'Parents are angry.'),
    );
    expect(texts).toContain('Should the tutoring ban go ahead?');
    expect(texts.join(' ')).not.toMatch(/be tutored/u);
  });

  it('refuses a verb\'s "it" naming nothing and a blow to someone, and takes an article inside a name', () => {
    for (const q of [
      'Should the city ban it in June?',
      'Should the city ban it?',
      'Should the blow to the mayor as court suspend his order on logging?',
      'Should A proposal to test pills at the festival be rejected?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      'Should the town make it illegal to feed pigeons?',
      'Should the council reject pill-testing at Groovin The Moo Canberra?',
      'Should the for-profit tutoring ban go ahead?',
    ]) {
      expect(motionProblems(q)).toEqual([]);
    }
  });
});

describe('motion candidates on real news shapes (round 93)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks the act a court rules against, with a day after the verb and "over" as a particle', () => {
    const texts = candidates(
      lede(
        'Kelby court rules against handing parks to developers',
        "The court ruled on Monday against the council's decision to hand over two parks to a developer.",
      ),
    );
    expect(texts).toContain('Should two parks be handed over to a developer?');
    expect(texts).toContain('Should parks be handed to developers?');
  });

  it('asks whether a bill a government is accused of rushing should become law', () => {
    expect(
      candidates(lede('Council accused of rushing beach zones Bill', 'MPs walked out.')),
    ).toContain('Should the beach zones Bill become law?');
  });

  it('reads an opposition after a name as benches, refuses a walkout, and asks what someone wanted to make', () => {
    const texts = candidates(
      lede(
        "Kelby opposition walks out, declares 'farce'",
        "Kelby's opposition walked out of the council on Thursday.\n\nThe councillors were protesting against changes the mayor wanted to make to the council's rules.",
      ),
    );
    expect(texts[0]).toBe("Should the mayor make changes to the council's rules?");
    expect(texts.join(' ')).not.toMatch(/walk out|Kelby go ahead/u);
  });

  it('asks a bill a headline urges withdrawn in the passive, and ends a list after two commas', () => {
    expect(
      candidates(
        lede(
          'Withdraw Harbour Bill: Tom Reed',
          'Campaigner Tom Reed said the agitation will continue till the withdrawal of Harbour bill.',
        ),
      ),
    ).toEqual(['Should the Harbour bill be withdrawn?']);
    const texts = candidates(
      lede(
        'Court orders council to exempt schools, clinics, care homes from water cuts',
        'The council has been ordered to ensure that all schools, clinics and care homes are exempt from water cuts.',
      ),
    );
    expect(texts[0]).toBe('Should all schools, clinics and care homes be exempt from water cuts?');
    expect(texts).toContain('Should council exempt schools, clinics, care homes from water cuts?');
  });

  it('asks of the measure people seek something instead of, and not of how a body handles a crisis', () => {
    expect(
      candidates(lede('Kelby riders seek regulation instead of scooter ban', 'Riders marched.'))[0],
    ).toBe('Should the scooter ban go ahead?');
    expect(
      candidates(
        lede(
          'Kelby scraps parking fee amid protests',
          "Residents protested against the council's handling of the budget crisis.",
        ),
      ).join(' '),
    ).not.toMatch(/handling/u);
    expect(motionProblems('Should Kelby ban 13 songs on grounds?')).not.toEqual([]);
    expect(
      motionProblems('Should the agitation continue till the withdrawal of the bill?'),
    ).not.toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 94)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether rules a judge blocks should go ahead, not whether the judge should do what they were for', () => {
    const texts = candidates(
      lede(
        'Kelby seal rules halted by judge',
        'A judge has temporarily blocked impending rules intended to protect rare seals.',
      ),
    );
    expect(texts[0]).toBe('Should impending rules intended to protect rare seals go ahead?');
    expect(texts.join(' ')).not.toMatch(/judge protect/u);
  });

  it('keeps a feast named after a weekday', () => {
    expect(
      candidates(
        lede(
          'Publicans want Good Friday drink ban lifted',
          'Publicans are calling on the Government to permit pubs to trade normally on Good Friday.',
        ),
      ),
    ).toContain('Should the Government permit pubs to trade normally on Good Friday?');
  });

  it('keeps who would buy with what a ban is on', () => {
    expect(
      candidates(
        lede(
          'Kelby MPs back limits on land sales',
          'The bill would ban the purchase and rental of farmland by foreigners in Kelby.',
        ),
      ),
    ).toContain('Should the purchase and rental of farmland by foreigners be banned in Kelby?');
  });

  it('asks nothing of a shortage, and refuses feelings, a second verb in the past and a thing due', () => {
    expect(
      candidates(
        lede(
          "Taxi owners frustrated over industry's seat belt shortage",
          'Taxi owners are a frustrated lot after a seat belt shortage hit the industry.',
        ),
      ).join(' '),
    ).not.toMatch(/shortage go ahead|frustrated lot/u);
    for (const q of [
      'Are taxi owners a frustrated lot?',
      'Should authorities detain union officials and closed down its offices last weekend?',
      'Should a Kelby fishing ban be set to begin?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    expect(motionProblems('Should the council ban cars and close the road?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 95)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks what people march in protest of, and reads "changes to" as a preposition', () => {
    expect(
      candidates(
        lede(
          'Thousands rally in Kelby',
          "Some 10,000 people in Kelby marched in protest of Mayor Tom Reed's new parking law.",
        ),
      ),
    ).toContain("Should Mayor Tom Reed's new parking law go ahead?");
    const texts = candidates(
      lede('Farmers rally against changes to land ownership', 'Farmers marched.'),
    );
    expect(texts).toContain('Should the changes to land ownership go ahead?');
    expect(texts.join(' ')).not.toMatch(/changes land ownership/u);
  });

  it('refuses a protest staged, a march, a count of signatures and a second verb in the past, but not a month', () => {
    for (const q of [
      'Should the Kelby Festival Orchestra stage musical protest?',
      'Should the Water Coalition march to the Civic Centre and Parliament?',
      'Should there be 3,500 signatures?',
      'Should the council go against its ban on gaming machines and granted an exception?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      "Should the Northgate council close the town's library in March to save money?",
      'Should a driver who hit and killed a cyclist be jailed?',
    ]) {
      expect(motionProblems(q)).toEqual([]);
    }
  });
});

describe('motion candidates on real news shapes (round 96)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks after the act a protest over a hardship came after, not whether the hardship should go ahead', () => {
    const texts = candidates(
      lede(
        'Kelby unions call strike over cost of living',
        'Kelby unions plan a strike to protest against a cost-of-living crisis after the government scrapped a popular bus fare subsidy, union leaders said.',
      ),
    );
    expect(texts).toContain('Should the government scrap a popular bus fare subsidy?');
    expect(texts.join(' ')).not.toMatch(/crisis go ahead|cost of living go ahead/u);
  });

  it('asks whoever is pressured, pushed or forced to act', () => {
    expect(
      candidates(
        lede(
          'Fishers win their fight',
          'After a week of protests, fishers in Kelby pressured the council to repeal the Harbour Levy Law, which charged every boat.',
        ),
      ),
    ).toContain('Should the council repeal the Harbour Levy Law?');
    expect(
      candidates(lede('Strike forces Kelby Assembly to scrap fishing tax', 'Fishers rejoiced.')),
    ).toContain('Should the Kelby Assembly scrap the fishing tax?');
  });

  it('asks whether a measure a court lifts should stand', () => {
    expect(
      candidates(lede('Court lifts ban on street trading in Kelby', 'Traders rejoiced.')),
    ).toContain('Should the ban on street trading in Kelby stand?');
  });

  it('keeps rules a participle describes as the subject of what they are held to be', () => {
    const texts = candidates(
      lede("Court: league rules blocking 'breakaway cup' are unlawful", 'Clubs rejoiced.'),
    );
    expect(texts).toContain("Are league rules blocking 'breakaway cup' unlawful?");
    expect(texts.join(' ')).not.toMatch(/Should blocking/u);
  });

  it('asks whether a bill named as the label should become law, and refuses a hearing step', () => {
    expect(
      candidates(
        lede(
          'Harbour Rights Bill: Reed and opponents make oral submissions',
          'The bill had its first hearing on Monday.',
        ),
      ),
    ).toContain('Should the Harbour Rights Bill become law?');
    expect(motionProblems('Should the Reed and opponents make oral submissions?')).not.toEqual([]);
    expect(motionProblems('Should the minister give evidence to the inquiry?')).not.toEqual([]);
  });

  it('joins two gerunds a headline lists with a comma', () => {
    expect(
      candidates(
        lede('Kelbnet blocks users from reading, sharing news', 'Kelbnet users complained.'),
      ),
    ).toContain('Should Kelbnet block users from reading and sharing news?');
  });

  it('asks what a debate is on, with a prefixed gerund read as its verb', () => {
    const texts = candidates(
      lede('Kelby councillors divided over budget debate on defunding police', 'Councillors met.'),
    );
    expect(texts).toContain('Should police be defunded?');
    expect(texts.join(' ')).not.toMatch(/debate go ahead|defundinged/u);
  });

  it('asks what a column says we need or should do', () => {
    expect(
      candidates(lede('Why we urgently need night buses again', 'Buses stopped in 2019.')),
    ).toContain('Do we urgently need night buses again?');
    expect(candidates(lede('Why we should ban fireworks', 'Dogs are scared.'))).toContain(
      'Should we ban fireworks?',
    );
  });

  it("reads a plural 'their' as no titled person's", () => {
    const texts = candidates(
      lede(
        'Kelbnet tests news block',
        'Culture Minister Jan Reed called the move disappointing and says their tactics will not stop Kelby journalism.',
      ),
    );
    expect(texts.join(' ')).not.toMatch(/Reed's tactics/u);
  });

  it('refuses what a thing means, where a body stands in a debate, and whom a thing frightens', () => {
    for (const q of [
      'Should the decision mean that it is now possible for anyone to buy ivory in Kelby?',
      'Should the city of Kelby be in the middle of a budget debate?',
      "Should the minister's tactics not intimidate Kelbians?",
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      'Should the council mean business on litter?',
      'Should the town ban fireworks in the middle of the night?',
    ]) {
      expect(motionProblems(q)).toEqual([]);
    }
  });
});

describe('motion candidates on real news shapes (round 97)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('leaves out an appositive between a thing and what it is turned into', () => {
    expect(
      candidates(
        lede(
          'Kelby mill plan criticised',
          "Mayor Tom Reed's plan to convert the old mill, a listed building, into flats has drawn criticism from residents.",
        ),
      ),
    ).toContain('Should Mayor Tom Reed convert the old mill into flats?');
  });

  it('asks after what a crowd in a headline with no verb is against', () => {
    expect(
      candidates(
        lede(
          'Ten thousand protesters in Kelby square against the harbour reform of Mayor Reed',
          'Crowds filled the square.',
        ),
      ),
    ).toContain('Should the harbour reform of Mayor Reed go ahead?');
  });

  it('reads the claim before a choice of verdicts on it', () => {
    expect(
      candidates(
        lede(
          'Kelby workers now work six days a week: progress or decline of the labour system?',
          'Firms in Kelby changed the rules.',
        ),
      ),
    ).toContain('Should the Kelby workers now work six days a week?');
  });

  it("asks what an explainer's bill would do, in the headline or opening a page without one", () => {
    expect(
      candidates(lede('What is the proposed bill to pay college athletes?', 'Athletes play.')),
    ).toContain('Should college athletes be paid?');
    expect(
      candidates(
        'What is the Proposed Kelby Bill to Pay Student Nurses? The Nurse Pay Act Explained.\n\nNurses train for three years.\n',
      ),
    ).toContain('Should student nurses be paid?');
  });

  it('asks whether what a court rules unconstitutional is, however the ruling is written', () => {
    expect(
      candidates(lede('Court rules fishing ban unconstitutional', 'Anglers cheered.')),
    ).toContain('Is the fishing ban unconstitutional?');
    const texts = candidates(
      lede(
        'Kelby fishing law ruled on',
        'The High Court has ruled that 16 provisions of the Kelby fishing law as unconstitutional.',
      ),
    );
    expect(texts).toContain('Are 16 provisions of the Kelby fishing law unconstitutional?');
    expect(texts.join(' ')).not.toMatch(/rule that/u);
  });

  it('asks whether a measure said to risk or threaten harm should go ahead', () => {
    const texts = candidates(
      lede("Kelby's tourist tax threatens to ruin the hotel trade", 'Hoteliers are worried.'),
    );
    expect(texts).toContain("Should Kelby's tourist tax go ahead?");
    expect(texts.join(' ')).not.toMatch(/tax ruin/u);
    expect(
      candidates(lede("Kelby's windfall tax risks unravelling the energy market", 'Firms fear.')),
    ).toContain("Should Kelby's windfall tax go ahead?");
  });

  it('reads a negation stressed in capitals, and a progressive after "not"', () => {
    expect(
      candidates(lede('Kelby will NOT boycott the Harbour Cup despite protests', 'Fans marched.')),
    ).toContain('Should Kelby boycott the Harbour Cup?');
    expect(
      candidates(
        lede(
          'Kelby team news',
          'The Kelby football association have confirmed the national side will not be boycotting the Cup.',
        ),
      ),
    ).toContain('Should the national side not boycott the Cup?');
  });

  it('refuses a passive of a verb with no object, a demonstrative left alone and a verdict run onto an act', () => {
    for (const q of [
      'Should law be become?',
      'Should the square bring together thousands of people this?',
      'Should the top court share surname constitutional?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      'Should the court rule the fishing ban unconstitutional?',
      'Should the state keep cannabis legal?',
      'Should the council do more than this?',
    ]) {
      expect(motionProblems(q).filter((p) => !/demonstrative|verdict/u.test(p))).toEqual(
        motionProblems(q),
      );
    }
  });
});

describe('motion candidates on real news shapes (round 98)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks after the course someone backtracks on, without a span of time after it', () => {
    const texts = candidates(
      lede(
        'Kelby minister backtracks',
        'Education minister Jan Reed has backtracked on a blanket ban on earrings a mere twenty-four hours after a backlash from parents.',
      ),
    );
    expect(texts).toContain('Should earrings be banned?');
    expect(texts.join(' ')).not.toMatch(/twenty|backtrack/u);
  });

  it('asks after an act named by its gerund and judged, with the speaker after a colon left out', () => {
    expect(
      candidates(
        lede('Serving alcohol at the festival is not a crime: Mayor Jan Reed', 'Bars cheered.'),
      ),
    ).toContain('Should alcohol be served at the festival?');
  });

  it('asks whether building work a court halts should go ahead', () => {
    expect(candidates(lede('Court halts work at Kelby port', 'Residents cheered.'))).toContain(
      'Should the work at Kelby port go ahead?',
    );
  });

  it('asks after what people want balance in, and reads "the tightening of" as an act', () => {
    expect(
      candidates(
        lede(
          'Boat hirers speak out',
          'Operators of boat hire businesses in Kelby are calling for balance in the possible tightening of restrictions, following several accidents.',
        ),
      ),
    ).toContain('Should restrictions be tightened?');
  });

  it('reads the clause after an event held, and refuses a protest held and a "new low"', () => {
    expect(
      candidates(
        lede(
          'Protest held in Kelby, protesters demand a referendum on the harbour plan',
          'Crowds gathered.',
        ),
      ),
    ).toContain('Should there be a referendum on the harbour plan?');
    for (const q of [
      'Should the protest hold in Kelby, protesters demand a referendum on the harbour plan?',
      'Is the move to restrict lawyers from speaking to the media a "new low"?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    expect(motionProblems('Should the council hold a referendum on the harbour plan?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 99)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('leaves out how a vote went from what was voted on', () => {
    const texts = candidates(
      lede(
        'Kelby votes on buses',
        'The Kelby population on Sunday approved a plan to spend $2 million on new buses by a margin of 870 votes.',
      ),
    );
    expect(texts).toContain('Should the Kelby population spend $2 million on new buses?');
    expect(texts[0]).not.toMatch(/margin/u);
  });

  it('reads an appositive its writer never closed up to the verb', () => {
    expect(
      candidates(
        lede(
          'Kelby wants city status',
          'Kelby, a small town in the north of Norland wants to become a city.',
        ),
      ),
    ).toContain('Should Kelby become a city?');
  });

  it("reads a headline's exclaimed claim without the question after it", () => {
    expect(
      candidates(
        lede(
          'Kelby: The town plans to become a city with no vote! Is it wise?',
          'The town has a long history.',
        ),
      ),
    ).toContain('Should the town become a city with no vote?');
  });

  it('asks after the act people are upset after, with a quoted label left out and a stressed word lowered', () => {
    expect(
      candidatesOfText(
        "'It won't be fun now': Fans are 'devastated' after Kelby BANS beer sales at the stadium\n\nThe ban on beer starts on Friday, the club said.\n",
      ),
    ).toContain('Should Kelby ban beer sales at the stadium?');
    expect(motionProblems('Should fans react with anger to the beer ban?')).not.toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 100)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('ends a thing opposed at a second act joined by "and"', () => {
    const texts = candidates(
      lede(
        'Kelby protest',
        'Protesters gathered in Kelby on Saturday to oppose the harbour levy and call for new elections.',
      ),
    );
    expect(texts).toContain('Should the harbour levy go ahead?');
    expect(texts.join(' ')).not.toMatch(/and call/u);
  });

  it('asks whom a demand is made of to do what is demanded', () => {
    expect(
      candidates(
        lede(
          'Rickshaw pullers block roads',
          'Rickshaw pullers have blocked Kelby roads, demanding the city authorities reverse a ban on rickshaws on three main roads.',
        ),
      ),
    ).toContain('Should the city authorities reverse a ban on rickshaws on three main roads?');
    expect(candidates(lede('Residents call for council to resign', ''))).toContain(
      'Should the council resign?',
    );
  });

  it('reads a participle with its "by" after a noun as no main verb', () => {
    const texts = candidates(
      lede(
        'Kelby water bills to rise',
        'Households supplied by Kelby Water will see their bills rise by 18% over the next five years. Most households pay monthly.',
      ),
    );
    expect(texts).toContain(
      'Should households supplied by Kelby Water see their bills rise by 18% over the next five years?',
    );
  });

  it('leaves out words of scorn quoted before a measure’s name', () => {
    expect(
      candidatesOfText(
        'Party files court papers to challenge ‘irrational’, ‘unconstitutional’ Harbour Levy Act\n\nThe party filed its papers on Monday.\n',
      ),
    ).toContain('Should the Harbour Levy Act go ahead?');
  });

  it('refuses people protesting, blocking roads or gathering, but not a law on road blocks', () => {
    for (const q of [
      'Should the rickshaw pullers protest ban?',
      'Should a large number of rickshaw pullers block Kelby roads?',
      'Should protestors organized by opposition parties gather in Kelby?',
    ]) {
      expect(motionProblems(q)).not.toEqual([]);
    }
    for (const q of [
      'Should a Kelby law that would make it a felony to block a public road stand?',
      'Should the new protest law go ahead?',
    ]) {
      expect(motionProblems(q)).toEqual([]);
    }
  });
});

describe('motion candidates on real news shapes (round 101)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('ends what is done before "while" and a clause of its own', () => {
    expect(
      candidates(
        lede(
          'Kelby law amended to limit access to council papers while mayor slammed by critics',
          '',
        ),
      ),
    ).toContain('Should the kelby law limit access to council papers?');
  });

  it("leaves a headline's verdict at its end out of the plan", () => {
    expect(
      candidates(
        lede(
          'EDITORIAL: Plan to integrate health insurance into ‘Kelby Pass’ cards just sloppy',
          'The council wants one card.',
        ),
      ),
    ).toContain('Should the health insurance be integrated into ‘Kelby Pass’ cards?');
  });

  it('refuses a subject pronoun left at the end', () => {
    expect(motionProblems('Should there be a draft bill owing to the fact that they?')).not.toEqual(
      [],
    );
    expect(motionProblems('Should parents choose the school their children attend?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 102)', () => {
  it('asks after what a crowd rallies against, with where it rallies between', () => {
    expect(
      candidatesOfText(
        'Kelbians Rally in Multiple Cities Against Harbour Levy, Demand Referendum\n\nThe council will decide next month.\n',
      ),
    ).toContain('Should the harbour levy go ahead?');
  });

  it('refuses a weekday for a subject', () => {
    expect(
      motionProblems("Should Thursday that the province's secularism law is constitutional stand?"),
    ).not.toEqual([]);
    expect(motionProblems('Should Sunday trading be allowed in Kelby?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 103)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('reads a court\'s "rules" as its ruling, and asks what it ruled must be done', () => {
    expect(
      candidates(
        lede('High Court rules that councils must stop charging for bulky waste collection', ''),
      ),
    ).toContain('Should councils stop charging for bulky waste collection?');
    expect(candidates(lede('Judge ruled council must reopen library', ''))).toContain(
      'Should council reopen library?',
    );
  });

  it('asks whether a measure a court rules against should stand', () => {
    expect(candidates(lede('Court rules against ban on street music', ''))).toContain(
      'Should the ban on street music stand?',
    );
    expect(candidates(lede('Tribunal ruled against ban on street music', ''))).toContain(
      'Should the ban on street music stand?',
    );
  });

  it('asks what a demand turned down was for, not whether to turn it down', () => {
    const sought = candidates(
      lede(
        'Groundwater rules stay, says assembly',
        "The regional assembly on Tuesday turned down the demand of farmers' unions, which sought the use of groundwater for irrigation in the dry season.",
      ),
    );
    expect(sought).toContain('Should groundwater be used for irrigation in the dry season?');
    const act = candidates(
      lede('Nurses angry', "The ministry has rejected union demands to raise nurses' pay by 8%."),
    );
    expect(act).toContain("Should the ministry raise nurses' pay by 8%?");
  });

  it('asks the use of a thing as its being used', () => {
    expect(candidates(lede('Residents oppose the use of weedkillers in parks', ''))).toContain(
      'Should weedkillers be used in parks?',
    );
  });

  it('keeps what a thing is aimed at, and refuses a participle of purpose left bare', () => {
    expect(
      candidates(
        lede(
          'Tenants slam deal',
          "The union has criticised a compromise aimed at protecting tenants' deposits from the proposed housing laws.",
        ),
      ),
    ).toContain("Should a compromise aimed at protecting tenants' deposits go ahead?");
    expect(motionProblems('Should a compromise aimed go ahead?')).not.toEqual([]);
    expect(motionProblems('Should a bill designed to cap rents become law?')).toEqual([]);
  });

  it('reads "in order to" as a purpose, no order made', () => {
    const texts = candidates(
      lede(
        'Harbour bill delayed',
        'The minister said he was prepared to drop the levy in order to get the harbour bill through the assembly.',
      ),
    );
    expect(texts.some((t) => /\border to\b/u.test(t))).toBe(false);
  });

  it('asks whether what a court keeps on hold should go ahead, or a law held up stand', () => {
    expect(candidates(lede('Court extends orders blocking sale of Kelby harbour', ''))).toContain(
      'Should the sale of Kelby harbour go ahead?',
    );
    expect(candidates(lede('Court extends suspension of Finance Act', ''))).toContain(
      'Should the Finance Act stand?',
    );
  });

  it('writes a title before one name without an article', () => {
    expect(
      candidates(lede('Border plan', 'President Okafor will deploy police to the border.')),
    ).toContain('Should President Okafor deploy police to the border?');
  });

  it('asks no wrong people fear whether it should go ahead', () => {
    const texts = candidates(
      lede('Kelby Has Banned All Street Collections Amid Concerns Over Fraud', ''),
    );
    expect(texts).not.toContain('Should the fraud go ahead?');
  });

  it('asks after what fears talked over are about, not whether to adopt the fears', () => {
    const texts = candidates(lede('Fishermen discuss fears over harbour dredging plan', ''));
    expect(texts).toContain('Should the harbour dredging plan go ahead?');
    expect(texts.some((t) => /adopt fears/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 104)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('reads a law\'s capital "Act" before an auxiliary as its name', () => {
    expect(
      candidates(
        lede(
          'Ruling on protest powers',
          "A judge ruled that the government's decision to invoke the Public Order Act was unreasonable.",
        ),
      ),
    ).toContain("Was the government's decision to invoke the Public Order Act unreasonable?");
  });

  it('refuses a "Do" question with a finite verb left in', () => {
    expect(
      motionProblems(
        "Do the government's decision to invoke the Public Order act was unreasonable?",
      ),
    ).not.toEqual([]);
    expect(motionProblems('Does the law say fees are too high?')).toEqual([]);
  });

  it("asks the verdict of a headline's passive ruling", () => {
    expect(candidates(lede('Parking fines ruled illegal by tribunal', ''))).toContain(
      'Are parking fines illegal?',
    );
  });

  it('asks after a measure passed, set or struck against in an "as" clause', () => {
    expect(
      candidates(lede('Beach access fears raised as land swap resolution passes', '')),
    ).toContain('Should the land swap resolution go ahead?');
    expect(
      candidates(
        lede('Commuters stranded as rail strike against pension reform enters third week', ''),
      ),
    ).toContain('Should the pension reform go ahead?');
    expect(
      candidates(lede("Patients suffer as nurses' strike against Health Act enters 11th day", '')),
    ).toContain('Should the Health Act stand?');
    expect(
      candidates(lede('Park branded a shooting range as quota set for culling of 300 deer', '')),
    ).toContain('Should the quota for culling of 300 deer go ahead?');
  });

  it('asks whether an act said to endanger something should go ahead', () => {
    expect(candidates(lede('Relocation threatens survival of herding villages', ''))).toContain(
      'Should the relocation go ahead?',
    );
    expect(candidates(lede('Harbour bill threatens fishing jobs, unions warn', ''))).toContain(
      'Should the Harbour bill become law?',
    );
    const threat = candidates(lede('Union threatens strike over pay', ''));
    expect(threat.some((t) => /go ahead/u.test(t))).toBe(false);
  });

  it('keeps a count\'s "than" in the thing', () => {
    expect(
      candidates(
        lede(
          'Park cull row',
          'Months after the much-criticised slaughter of more than 1,400 deer in the park, a cull quota of 500 has been set by the council.',
        ),
      ),
    ).toContain('Should the slaughter of more than 1,400 deer go ahead?');
  });

  it("keeps a place's capital in a title-case headline when the body names its people", () => {
    expect(
      candidates(
        'Bloggers Now Have to Pay the Government Over $900 to Operate in Kenya\n\nThe Kenyan government will charge a fee.\n\nBloggers said the fee was too high.\n',
      ).some((t) => / to operate in Kenya\?$/u.test(t)),
    ).toBe(true);
  });

  it('asks one charged a sum as its first object, and refuses no such question', () => {
    expect(
      candidates(
        lede(
          'Bloggers face fee',
          'The government is moving forward with its plan to charge bloggers a $930 licensing fee to operate online.',
        ),
      ),
    ).toContain('Should bloggers be charged a $930 licensing fee to operate online?');
    expect(
      candidates(
        lede(
          'Bloggers face fee',
          'The government plans to charge bloggers a $930 licensing fee to operate online.',
        ),
      ),
    ).toContain('Should the government charge bloggers a $930 licensing fee to operate online?');
    expect(motionProblems('Should the judge blocks the ban?')).not.toEqual([]);
  });

  it('refuses protesters rallying, however they are described', () => {
    expect(
      motionProblems('Should anti-government protesters rally in front of the Supreme Court?'),
    ).not.toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 105)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('puts "more" after the participle of one charged', () => {
    expect(
      candidates(lede('Outcry over plan to charge tourists more for Kelby Museum entry', '')),
    ).toContain('Should tourists be charged more for Kelby Museum entry?');
  });

  it('reads anger after the news as a reaction to it', () => {
    expect(candidates(lede('Anger after media gag law is passed in Kelby', ''))).toContain(
      'Should the media gag law be passed?',
    );
  });

  it('asks after what faces a backlash, or what the backlash is over', () => {
    expect(
      candidates(lede('Facing Backlash Over Parking Policy, Kelby Council Now Wants Advice', '')),
    ).toContain('Should the parking policy go ahead?');
    expect(
      candidates(lede('Kelby harbour cycle bridge facing criticism from both sides', '')),
    ).toContain('Should the Kelby harbour cycle bridge go ahead?');
  });

  it('leaves out a quoted label whose colon is inside the quotation', () => {
    expect(
      candidates(lede('‘We got this one wrong:’ Kelby reinstates coal-mines policy', '')),
    ).toContain('Should Kelby reinstate coal-mines policy?');
  });

  it('leaves out a decision the act came after', () => {
    expect(
      candidates(
        lede('Historic villas in Kelby to be saved after council agrees not to sell them', ''),
      ),
    ).toContain('Should historic villas in Kelby be saved?');
  });

  it('asks whether a project a court undoes should go ahead', () => {
    expect(candidates(lede('Kelby Court reverses disputed marina project', ''))).toContain(
      'Should the disputed marina project go ahead?',
    );
  });

  it('leaves a court hold asked for to the reading of what it would hold up', () => {
    const texts = candidates(
      lede(
        'Traders lose case',
        'A judge has rejected a request by traders for an injunction that would have stopped the market from opening.',
      ),
    );
    expect(texts.some((t) => /injunction/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 106)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks what someone is blamed for doing of them', () => {
    expect(
      candidates(lede('Kelby condemned for lowering working age for children to 10', '')),
    ).toContain('Should Kelby lower working age for children to 10?');
    expect(
      candidates(lede('Ecologists hit out at Kelby for legalising shark fin sales', '')),
    ).toContain('Should Kelby legalise shark fin sales?');
  });

  it('reads a rally "in protest against" a quoted name, past a medium\'s rubric', () => {
    expect(
      candidates(
        lede('WATCH: Kelbians Rally in Protest against ‘Water for Energy’ Deal with Norvik', ''),
      ),
    ).toContain('Should ‘Water for Energy’ Deal with Norvik go ahead?');
  });

  it("keeps a participle's preposition with its noun, and leaves out its relative clause", () => {
    expect(
      candidates(
        lede(
          'Harbour deal protest',
          'Thousands of Kelbians rallied on Friday in protest against a deal signed with Norvik that will reportedly see the two towns swap water for power.',
        ),
      ),
    ).toContain('Should a deal signed with Norvik go ahead?');
  });

  it('asks whether a law said to undermine something should stand', () => {
    const texts = candidates(lede('New Kelby law undermines environmental protections', ''));
    expect(texts.some((t) => /^Should the new Kelby law stand\?$/iu.test(t))).toBe(true);
    expect(motionProblems('Should the new law undermine environmental protections?')).not.toEqual(
      [],
    );
  });

  it("asks whom a headline's demand names to act, and refuses a participle of asking for a subject", () => {
    expect(
      candidates(lede('Kelby students march, demanding Okafor deliver on reforms', '')),
    ).toContain('Should Okafor deliver on reforms?');
    expect(motionProblems('Should demanding Okafor deliver on reforms?')).not.toEqual([]);
  });

  it('asks after works a court suspends, with where they are done', () => {
    expect(
      candidates(
        lede('Judge orders definitive suspension of work on Section 5 of the Kelby Railway', ''),
      ),
    ).toContain('Should the work on Section 5 of the Kelby Railway be suspended?');
  });
});

describe('motion candidates on real news shapes (round 107)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks what a plan put on pause would do, and reads no name in capitals as a verb', () => {
    expect(
      candidates(
        lede(
          'Parking row',
          'The city has put a pause on a plan to limit parking on Burrows Avenue after an outcry from residents.',
        ),
      ),
    ).toContain('Should parking be limited on Burrows Avenue?');
    expect(motionProblems('Should parking be limited on Burrows Avenue?')).toEqual([]);
  });

  it('asks what a thing is set for as done to it', () => {
    expect(candidates(lede('Art deco houses set for demolition', ''))).toContain(
      'Should art deco houses be demolished?',
    );
  });

  it('asks after what protesters are against, whatever they did', () => {
    expect(
      candidates(
        lede(
          'Dam protest continues',
          'Protesters against the construction of the Kelby Hydro Power Plant gathered in the capital on May 23.',
        ),
      ),
    ).toContain('Should the construction of the Kelby Hydro Power Plant go ahead?');
  });

  it('leaves out what a measure is branded, even without a comma', () => {
    const texts = candidates(
      lede(
        "Kelby's new law targeting foreign traders draws criticism",
        'Legislation barring foreign business from trading outside four major cities branded xenophobic by civil rights organisations',
      ),
    );
    expect(texts).toContain(
      'Should foreign business be barred from trading outside four major cities?',
    );
    expect(texts.some((t) => /branded/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 108)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a measure a court suspends should stand', () => {
    expect(candidates(lede('Kelby court suspends police ban on protests in Orby', ''))).toContain(
      'Should the police ban on protests in Orby stand?',
    );
  });

  it('reads "what we gain and lose from" as an explainer, and a measure with its owner', () => {
    expect(candidates(lede("What we gain and lose from Kelby's new parking fees", ''))).toContain(
      "Should Kelby's new parking fees go ahead?",
    );
  });

  it('leaves out the ruling an act is told in', () => {
    expect(
      candidates(
        lede(
          'Kelby court rules paper can print cartoons',
          'A Kelby court ruled on Thursday that a local newspaper can print the cartoons in a surprise judgment that could allay worries about free speech.',
        ),
      ),
    ).toContain('Should a local newspaper print the cartoons?');
  });

  it('asks after what a sitting walked out of was on', () => {
    expect(
      candidates(lede('Councillors walk out of controversial Local Development Plan vote', '')),
    ).toContain('Should the Local Development Plan go ahead?');
  });
});

describe('motion candidates on real news shapes (round 109)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('reads a gerund after a ban as the act banned, without how it struck people', () => {
    const texts = candidates(
      lede(
        'Orby bans sitting on harbour steps, puzzling hot, tired tourists',
        'You can walk up and down the harbour steps in Orby all you want, but do not sit down.',
      ),
    );
    expect(texts).toContain('Should Orby ban sitting on harbour steps?');
    expect(texts.some((t) => /^Should you\b|go ahead|puzzling/u.test(t))).toBe(false);
  });

  it('leaves out a closing "as" clause that ends on its verb', () => {
    const texts = candidates(
      lede('Kelby scraps phone call tax as protests rage', 'Kelby dropped the plan hours later.'),
    );
    expect(texts).toContain('Should Kelby scrap the phone call tax?');
    expect(texts.some((t) => /rage/u.test(t))).toBe(false);
  });

  it('reads a plural noun before "be" as no verb, and making a remark as saying it', () => {
    expect(motionProblems('Should internet calls be taxed?')).toEqual([]);
    expect(motionProblems('Should the minister make the revelation?')).not.toEqual([]);
    expect(motionProblems('Should Ban cost jobs?')).not.toEqual([]);
  });

  it('asks whether a project nearing completion should go ahead', () => {
    expect(candidates(lede('Fury as Kelby tram line nears completion', ''))).toContain(
      'Should the Kelby tram line go ahead?',
    );
  });

  it('asks whether what an appealed ruling voided should stand, whoever appeals', () => {
    expect(
      candidates(lede('We’ll appeal ruling invalidating Kelby Card – Minister Orban', '')),
    ).toContain('Should Kelby Card stand?');
  });

  it('reads "back" after a manner adverb as the verb, and "other" things with their kind', () => {
    expect(
      candidates(
        lede(
          'Orby voters narrowly back proposition to ban masks in public, other face coverings',
          '',
        ),
      ),
    ).toContain('Should masks and other face coverings be banned in public?');
  });

  it('leaves out how sure a report is, and the quotation marks of a predicate', () => {
    expect(
      candidates(
        lede(
          'Kelby veil plan',
          'Kelby is reportedly preparing to introduce a ban on veil imports.',
        ),
      ),
    ).toContain('Should Kelby introduce a ban on veil imports?');
    expect(candidates(lede('Kelby ‘preparing to introduce veil ban’', ''))).toContain(
      'Should the veil ban go ahead?',
    );
  });

  it('asks what a referendum is on, and reads a gerund after a preposition as no verb', () => {
    expect(
      candidates(lede('Orby voters to vote in referendum on restricting right to protest', '')),
    ).toContain('Should the right to protest be restricted?');
    expect(
      candidates(lede('Referendum on restricting right to protest', '')).some((t) =>
        /restrict right/u.test(t),
      ),
    ).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 110)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a project said to be harming something should go ahead', () => {
    expect(
      candidates(
        'Wind turbines are harming bird colonies in Kelby, according to a court ruling.\n\nThe court said the wind turbines must stop.\n',
      ),
    ).toContain('Should wind turbines go ahead?');
    expect(motionProblems('Should the wind turbines harm bird colonies?')).not.toEqual([]);
  });

  it('asks the paying of a sum, with what it is paid for', () => {
    expect(
      candidates(
        lede(
          'Visitors must pay 500 dollars to enter Kelby Island',
          'Kelby will charge visitors a fee from January.',
        ),
      ),
    ).toContain('Should visitors pay 500 dollars to enter Kelby Island?');
  });

  it("reads a headline behind a bracketed rubric, and a report's speakers set after it", () => {
    expect(
      candidates(
        lede('[WATCH] Kelby: Ridge climb to be banned from October', 'The ridge climb will close.'),
      ),
    ).toContain('Should the ridge climb be banned?');
    expect(
      candidates(
        lede(
          'Ridge news',
          'Climbing the ridge is coming to an end, announced the traditional owners and the park managers.',
        ),
      ),
    ).toContain('Should climbing the ridge come to an end?');
  });

  it('asks after what the crowd that did an act is against', () => {
    expect(
      candidates(lede('Ridge Access Blocked by Local Protesters Over New Ticket System', '')),
    ).toContain('Should the new ticket system go ahead?');
  });

  it('refuses nobody in particular as the one to act, but not whoever does a thing', () => {
    expect(motionProblems('Should someone bring in a comparison?')).not.toEqual([]);
    expect(motionProblems('Should anyone wearing a mask be fined?')).toEqual([]);
  });

  it('puts what a thing is made after "be made"', () => {
    expect(
      candidates(
        lede(
          'Vaccine row',
          'The decision to make flu vaccinations mandatory by law was criticised.',
        ),
      ),
    ).toContain('Should flu vaccinations be made mandatory by law?');
  });

  it('asks whether a named bill with its participle should become law, not where it goes', () => {
    expect(
      candidates(lede('Trade Bill banning imports of settlement goods goes to Cabinet', '')),
    ).toContain('Should the Trade Bill banning imports of settlement goods become law?');
    expect(motionProblems('Should the Trade Bill come before the Cabinet today?')).not.toEqual([]);
  });

  it('asks the change a body is taken to task over, with the role it is ended in', () => {
    expect(candidates(lede('Residents slam council over closure of library', ''))).toContain(
      'Should the library be closed?',
    );
    expect(
      candidates(
        lede(
          'Experts task FG on abolition of Kelbish as medium of instruction in primary school',
          '',
        ),
      ),
    ).toContain('Should the Kelbish as medium of instruction be abolished?');
  });
});

describe('motion candidates on real news shapes (round 111)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('reads past a course passed over before the subject', () => {
    const texts = candidates(
      lede(
        'Scooter plan',
        'Rather than imposing a city-wide ban on scooters, Kelby only wants to curb scooter use at night, officials say.',
      ),
    );
    expect(texts).toContain('Should Kelby curb scooter use at night?');
    expect(texts.some((t) => /Rather than/iu.test(t))).toBe(false);
  });

  it('asks after what a stance is softened on', () => {
    expect(
      candidates(lede('Kelby Softens Stance On Scooter Ban', 'Kelby will limit scooters instead.')),
    ).toContain('Should the scooter ban go ahead?');
  });

  it("keeps a participle's own preposition with the thing it describes", () => {
    expect(
      candidates(
        lede('Thousands march against plan to build new bridge linking Kelby to the mainland', ''),
      ),
    ).toContain('Should the new bridge linking Kelby to the mainland be built?');
  });
});

describe('motion candidates on real news shapes (round 112)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks about the measure a body would take, not whether there should be the body', () => {
    const texts = candidates(
      lede(
        'Late shops',
        "A Kelby district would ban alcohol sales after 10 pm in the town's party district.",
      ),
    );
    expect(texts).toContain('Should a Kelby district ban alcohol sales?');
    expect(texts.some((t) => /^Should there be a Kelby district/u.test(t))).toBe(false);
  });

  it('asks the one advised to act', () => {
    expect(
      candidates(
        lede(
          'Park row',
          'Rights activist Ann Obi has advised the government to abandon the planned mining activities in the park.',
        ),
      ),
    ).toContain('Should the government abandon the planned mining activities in the park?');
  });

  it('reads the news after "when", not the scene that met it', () => {
    expect(
      candidates(
        lede(
          'Objectors win',
          'There was a stunned silence from a packed public gallery yesterday when councillors rejected an application to expand the Kelby detox centre.',
        ),
      ),
    ).toContain('Should the Kelby detox centre be expanded?');
  });
});

describe('motion candidates on real news shapes (round 113)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks what rules voted for would do, and reads a participle before a noun as no verb', () => {
    const texts = candidates(
      lede(
        'Rowing row',
        "The Kelby rowing club's governing board on Sunday voted for new rules that limit the number of boats on the river.",
      ),
    );
    expect(texts).toContain('Should new rules limit the number of boats on the river?');
    expect(texts.some((t) => /\bgovern board\b/u.test(t))).toBe(false);
  });

  it('asks whether a project a battle was won to prevent should go ahead', () => {
    const texts = candidates(
      lede(
        'Castle road',
        'Residents including teachers have won a court battle to prevent a road project near Kelby Castle.',
      ),
    );
    expect(texts).toContain('Should the road project near Kelby Castle go ahead?');
    expect(texts.some((t) => /\binclude teachers\b/u.test(t))).toBe(false);
  });

  it('reads a decision made to act, and a push to be first to act, as the act', () => {
    expect(candidates(lede('Kelby makes landmark decision to ban disposable vapes', ''))).toContain(
      'Should Kelby ban disposable vapes?',
    );
    expect(candidates(lede('Kelby pushes to become first to ban leaf blowers', ''))).toContain(
      'Should Kelby ban leaf blowers?',
    );
  });

  it('reads a court\'s "rules" before a subject and its modal as the ruling\'s verb', () => {
    const texts = candidates(lede('Top court rules councils can ban fireworks in parks', ''));
    expect(texts.some((t) => /^Should (?:the )?councils ban fireworks in parks\?$/u.test(t))).toBe(
      true,
    );
    expect(texts.some((t) => /court rules/iu.test(t))).toBe(false);
  });

  it('leaves out the case an act is told in', () => {
    const texts = candidates(
      lede(
        'Dog ruling',
        'The court ruled Thursday that councils can order that dogs be leashed in parks in a case that owners warned could curb their freedom.',
      ),
    );
    expect(texts.some((t) => /dogs be leashed in parks\?$/u.test(t))).toBe(true);
    expect(texts.some((t) => /in a case/u.test(t))).toBe(false);
  });

  it("reads a measure's verb before a participle that describes its noun", () => {
    expect(
      candidates(
        lede(
          'Kelby bans engineered turf following complaints from parents',
          'Kelby has banned it.',
        ),
      ),
    ).toContain('Should Kelby ban engineered turf?');
  });

  it('asks whether a ban in force should be', () => {
    expect(
      candidates(
        lede('School fight', 'Home schooling is forbidden in Kelbia, and parents can be fined.'),
      ),
    ).toContain('Should home schooling be forbidden in Kelbia?');
  });

  it("ends a decision's act at the sentence's past verb told with its day", () => {
    expect(
      candidates(
        lede(
          'Car ban U-turn',
          "The Kelby council's decision to ban cars from the old town reversed on Thursday, days after it began.",
        ),
      ),
    ).toContain('Should the Kelby council ban cars from the old town?');
  });

  it("reads gerunds after their object in a ban as the ban's, and asks whether it is upheld", () => {
    expect(
      candidates(
        lede(
          'Kelbia ban on fox hunting, trapping upheld in top court case',
          'The Kelbia court ruled.',
        ),
      ),
    ).toContain('Should the Kelbia ban on fox hunting and trapping be upheld?');
  });

  it('closes an appositive that lists things on the comma its verb follows', () => {
    expect(
      candidates(
        lede(
          'Meat adverts',
          'Kelby, a pretty town known for its tulip fields, museums and canals, will become the first in the world to ban meat adverts from buses.',
        ),
      ),
    ).toContain('Should Kelby ban meat adverts from buses?');
  });

  it("takes the name that owns a plan, not the sentence's words before it", () => {
    expect(
      candidates(
        lede(
          'Falls fee',
          "This plan parallels Kelby Council's plan to charge a £4 entry fee at the falls.",
        ),
      ),
    ).toContain('Should Kelby Council charge a £4 entry fee at the falls?');
  });

  it('ends a headline on an "as" clause of names joined by commas', () => {
    const texts = candidates(
      lede(
        'Kelbia refuses to change school textbook as Ruritania, Arcadia protest',
        'Kelbia said no.',
      ),
    );
    expect(texts).toContain('Should Kelbia change school textbook?');
    expect(texts.some((t) => /Arcadia/u.test(t))).toBe(false);
  });

  it("refuses a question about the writer's own stake", () => {
    expect(
      motionProblems('Should a boycott mean so much more to me than the song contest?'),
    ).toContain("the writer's own stake");
    expect(motionProblems("Should the 'My Number' card scheme go ahead?")).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 114)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it("reads a measure's verb before a participle that describes a name", () => {
    expect(
      candidates(lede('Kelby scraps celebrated Marrow riverfront project', 'Kelby said.')),
    ).toContain('Should Kelby scrap celebrated Marrow riverfront project?');
  });

  it('asks whether reforms a court suspends should stand', () => {
    expect(
      candidates(lede("Court suspends Mayor Kell's labour reforms", 'The court ruled.')),
    ).toContain("Should Mayor Kell's labour reforms stand?");
  });

  it('reads a participle after a measure as what the measure does', () => {
    expect(
      candidates(lede("Kelbia's new law banning street parties sparks protests", 'Kelbia said.')),
    ).toContain("Should Kelbia's new law banning street parties go ahead?");
  });

  it('reads a place and a bullet as a dateline', () => {
    expect(
      candidates(
        lede(
          'Diesel ban',
          'KELBY • The city will ban diesel cars from its centre for two days this week, angering drivers.',
        ),
      ),
    ).toContain('Should the city ban diesel cars from its centre for two days this week?');
  });

  it('asks about what people see red or fume over, with its compound whole', () => {
    expect(
      candidates(lede("Drivers see red over Kelby's diesel-car ban", 'Kelby said.')),
    ).toContain("Should Kelby's diesel-car ban go ahead?");
    const fumed = candidates(lede('Residents fume over diesel-car ban', 'Kelby said.'));
    expect(fumed).toContain('Should the diesel-car ban go ahead?');
    expect(fumed).not.toContain('Should the car ban go ahead?');
  });

  it('asks whether a project a court scraps should go ahead, without whose it is or how', () => {
    expect(
      candidates(
        lede(
          'Riverfront ruling',
          'The Kelby High Court on Tuesday scrapped the Marrow Riverfront Development Project of the government by declaring several provisions of the act unconstitutional.',
        ),
      ),
    ).toContain('Should the Marrow Riverfront Development Project go ahead?');
  });

  it('reads past a passive participle with its agent before the subject', () => {
    const texts = candidates(
      lede(
        'Rolls row',
        "Backed by local politicians, French President Anne Morel wants to open up the electoral rolls for Kelbia's assemblies.",
      ),
    );
    expect(
      texts.some((t) =>
        /Anne Morel open up the electoral rolls for Kelbia's assemblies\?$/u.test(t),
      ),
    ).toBe(true);
    expect(texts.some((t) => /Backed by/u.test(t))).toBe(false);
  });

  it("reads past a participle's aside after the subject", () => {
    expect(
      candidates(
        lede(
          'Homes row',
          'The plan, carried out under cover of a larger scheme to widen roads, will evict residents from 40 houses on Kelby Road.',
        ),
      ),
    ).toContain('Should the plan evict residents from 40 houses on Kelby Road?');
  });

  it('asks a forecast act as the act', () => {
    expect(
      candidates(
        lede(
          'Lanes',
          'Kelby, a historic district, is set to bar tourists from entering its private lanes from April.',
        ),
      ),
    ).toContain('Should Kelby bar tourists from entering its private lanes from April?');
  });

  it('asks about the change that talks are over', () => {
    expect(
      candidates(
        lede(
          'Statues',
          'Talks over a possible return of the Marrow statues from the Kelby Museum are not advancing quickly enough, the prime minister has said.',
        ),
      ),
    ).toContain('Should the Marrow statues be returned?');
  });

  it("takes a plan's owner without the people blasting it", () => {
    expect(
      candidates(
        lede('Thirsty Kelbians blast Kelbco’s plan to exploit water supply', 'Kelbco said.'),
      ),
    ).toContain('Should Kelbco exploit water supply?');
  });

  it('reads a vote to act as the act, and leaves out what an approved measure is for', () => {
    expect(
      candidates(lede('Kelby village set to vote to keep church bells ringing', 'Kelby said.')),
    ).toContain('Should the Kelby village keep church bells ringing?');
    expect(
      candidates(lede('Kelbia approves video surveillance to safeguard festival', 'Kelbia said.')),
    ).toContain('Should the video surveillance go ahead?');
  });

  it('refuses a conjunction left at the end and "take effect" in the passive', () => {
    expect(motionProblems('Should effect be taken on Tuesday on municipal roads but?')).toEqual(
      expect.arrayContaining([
        'a conjunction with nothing after it',
        '"take effect" in the passive',
      ]),
    );
  });
});

describe('motion candidates on real news shapes (round 115)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('keeps the capital of a nationality that opens a headline', () => {
    expect(
      candidates(
        lede('Finnish lawmakers vote to pass restrictions to strike rights', 'The bill passed.'),
      ),
    ).toContain('Should Finnish lawmakers pass restrictions to strike rights?');
  });

  it('reads a participle with its place after a plural noun as describing it', () => {
    expect(
      candidates(lede('Alcoholic drinks sold in Kelbian shops will get stronger', 'Shops said.')),
    ).toContain('Should alcoholic drinks sold in Kelbian shops get stronger?');
  });

  it('leaves out a bare day between a verb and what it made known', () => {
    const texts = candidates(
      lede(
        'Fireworks',
        'Councilman Eric Hale announced Monday plans to ban fireworks in Kelby parks.',
      ),
    );
    expect(texts.some((t) => /ban fireworks in Kelby parks\?$/u.test(t))).toBe(true);
    expect(texts.some((t) => /Monday/u.test(t))).toBe(false);
  });

  it("keeps a ban's day and asks a question headline with one mark", () => {
    expect(candidates(lede('Ban on Sunday trading in Kelbia in 2020?', 'Kelbia said.'))).toContain(
      'Should there be a ban on Sunday trading in Kelbia in 2020?',
    );
  });

  it('asks about what a protest under way is against', () => {
    const texts = candidates(
      lede('Protest Begins Against Kelby Copper Mine Project', 'The Kelby council said.'),
    );
    expect(texts).toContain('Should the Kelby copper mine project go ahead?');
    expect(texts.some((t) => /^Should protest begin/iu.test(t))).toBe(false);
  });

  it('asks about the thing that names the people against it', () => {
    const texts = candidates(
      lede('Kelby housing development protesters remain resolute', 'Kelby said.'),
    );
    expect(texts).toContain('Should the Kelby housing development go ahead?');
    expect(texts.some((t) => /protesters remain/u.test(t))).toBe(false);
  });
});

describe('motion candidates on real news shapes (round 116)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks what a demand is for of the one it is made of, with a bracket inside a name', () => {
    expect(
      candidates(
        lede(
          'Petition grows',
          'The demand for the government to revoke the Kelby Protection (Mining in Forest Reserves) Regulations, 2023 continues to grow as activists rally more citizens.',
        ),
      ),
    ).toContain(
      'Should the government revoke the Kelby Protection (Mining in Forest Reserves) Regulations?',
    );
  });

  it('leaves out the crackdown an act is part of', () => {
    expect(
      candidates(lede('Kelby orders all dogs to be DNA tested in poo crackdown', 'Kelby said.')),
    ).toContain('Should Kelby order all dogs to be DNA tested?');
  });

  it('asks about what a body put off talking over', () => {
    expect(
      candidates(
        lede(
          'Meters',
          'The Kelby Mayor and City Council has further delayed discussions of the Parking Meter Project.',
        ),
      ),
    ).toContain('Should the Parking Meter Project go ahead?');
  });

  it('reads a headline after a rubric in lenticular brackets, and what violence broke out over', () => {
    const text = lede(
      '【KNA Analysis】Violence Erupts in Kelbian Congress Over $2 Billion Lithium Deals',
      'The Kelbian Congress met.',
    );
    expect(parseArticle({ text, format: 'TEXT' }).titleDerived).toBe(false);
    expect(candidates(text)).toContain('Should the $2 billion lithium deals go ahead?');
  });

  it("reads past a name's participle aside, and a participle between nouns as their compound's", () => {
    expect(
      candidates(
        lede(
          'Lanterns',
          'Kelby, located in the Marrow valley, has banned lanterns in council owned parks.',
        ),
      ),
    ).toContain('Should Kelby ban lanterns in council owned parks?');
  });

  it('refuses what the news shows, and a participle for the subject', () => {
    expect(
      motionProblems(
        "Should the turmoil highlight Kelbia's long-standing struggle to balance growth with stability?",
      ),
    ).toContain('asks what the news shows');
    expect(
      motionProblems('Should the located in the Marrow region combat the issue of dog waste?'),
    ).toContain("a participle where the subject's noun should be");
  });
});

describe('motion candidates on real news shapes (round 117)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a withdrawal a body backs should go ahead', () => {
    expect(
      candidates(lede("Kelbia's parliament backs pullout from the Marrow Treaty", 'Kelbia voted.')),
    ).toContain('Should the pullout from the Marrow Treaty go ahead?');
  });

  it('asks whether a lease a court blocks should stand', () => {
    expect(
      candidates(
        lede(
          'High Court blocks Kelby Airport Lease to Marrow Group',
          'The court ruled on the Kelby Airport deal with the Marrow Group.',
        ),
      ),
    ).toContain('Should the Kelby Airport lease to Marrow Group stand?');
  });

  it('refuses asking whether someone has said a thing', () => {
    expect(
      motionProblems(
        'Have the wildlife authorities clarified that they are not aware of the request to export monkeys?',
      ),
    ).toContain('asks whether someone has said a thing');
  });
});

describe('motion candidates on real news shapes (round 118)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a measure named with what it is on, that sparks a debate, should go ahead', () => {
    expect(
      candidates(
        lede("Kelby's Ban on Street Drinking Sparks Fierce Debate", 'The Kelby council said.'),
      ),
    ).toContain("Should Kelby's ban on street drinking go ahead?");
  });

  it('asks about what people feel hurt by', () => {
    expect(
      candidates(
        lede(
          "Shopkeepers feel betrayed by Kelby's sudden freeze on market stalls",
          'The Kelby council said.',
        ),
      ),
    ).toContain('Should Kelby freeze market stalls?');
  });

  it('reads a pause on a thing as pausing it, by its owner', () => {
    expect(
      candidates(
        lede("Hauliers slam Kelby's abrupt pause on depot approvals", 'The Kelby council said.'),
      ),
    ).toContain('Should Kelby pause depot approvals?');
  });

  it("reads a referendum's day before what it decides", () => {
    expect(
      candidates(
        lede(
          'Harbour row deepens',
          'Kelby is holding a referendum on March 3 on whether to close its ferry terminal.',
        ),
      ),
    ).toContain('Should the ferry terminal be closed?');
  });

  it('asks a demand that someone act of them', () => {
    expect(
      candidates(
        lede(
          'Mayor begins sit-in',
          'The mayor of Kelby began a sit-in on Monday with the demand that the council reopen the ferry terminal.',
        ),
      ),
    ).toContain('Should the council reopen the ferry terminal?');
  });

  it("keeps an infinitive's particle and preposition inside what is granted", () => {
    expect(
      candidates(
        lede(
          'Kelby passes bylaw granting power to crack down on street drinking',
          'The Kelby council said.',
        ),
      ),
    ).toContain('Should the power to crack down on street drinking be granted?');
  });

  it("refuses asking for a vote's outcome", () => {
    expect(
      motionProblems("Should officials ensure a 'yes' vote in the harbour referendum?"),
    ).toContain("asks for a vote's outcome, not what is voted on");
  });
});

describe('motion candidates on real news shapes (round 119)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks after a project whose approval a headline says was given a name', () => {
    expect(
      candidates(
        lede("Kelby's harbour marina approval labelled 'madness'", 'The Kelby council said.'),
      ),
    ).toContain("Should Kelby's harbour marina go ahead?");
  });

  it('asks what a last stand is made to do as done', () => {
    expect(
      candidates(
        lede('The last stand to save a meadow from the Kelby bypass', 'The Kelby council said.'),
      ),
    ).toContain('Should a meadow be saved from the Kelby bypass?');
  });

  it('asks a change a headline only names, up to its dash', () => {
    expect(
      candidates(
        lede(
          'Kelby: Closure of the Kelby Ferry Terminal - Fears and Hopes',
          'The Kelby council said.',
        ),
      ),
    ).toContain('Should the Kelby ferry terminal be closed?');
  });

  it("keeps a capitalised name's preposition inside the thing done", () => {
    expect(
      candidates(
        lede(
          'Fishermen protest',
          'The Kelby president refused to sign the law amending the Law on Ports and Harbours, which parliament approved.',
        ),
      ),
    ).toContain('Should the Law on Ports and Harbours be amended?');
  });

  it('reads a veto after a title as the verb', () => {
    const found = candidates(
      lede('Kelby mayor vetoes bill amending the harbour law', 'The Kelby council said.'),
    );
    expect(found.filter((c) => c.includes('vetoes'))).toEqual([]);
    expect(found.some((c) => c.startsWith('Should the Kelby mayor veto '))).toBe(true);
  });

  it.each([
    ['Should finally they close it?', 'a pronoun for its subject'],
    ['Should the new marina named?', 'a word of naming without its name'],
    ['Is Kelby a small fishing town on the north coast?', 'describes a place'],
    [
      'Should the ferry terminal establishment be established?',
      'a thing named by the change asked of it',
    ],
    [
      'Should the town council to review its budget be sought?',
      'a body asked to act, as a thing done',
    ],
  ])('refuses %s', (text, problem) => {
    expect(motionProblems(text)).toContain(problem);
  });
});

describe('motion candidates on real news shapes (round 120)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether a thing still under consideration should go ahead, without its "is"', () => {
    expect(
      candidates(
        lede('Kelby harbour project still under consideration', 'The Kelby council said.'),
      ),
    ).toContain('Should the Kelby harbour project go ahead?');
  });

  it('asks whether laws a body overturns should stand', () => {
    expect(
      candidates(lede('Kelby council overturns parking laws', 'The Kelby council said.')),
    ).toContain('Should the parking laws stand?');
  });

  it("leaves out how a plan fared, the headline's last word", () => {
    const found = candidates(
      lede('Kelby proposal to ban street parking fails', 'The Kelby council said.'),
    );
    expect(found).toContain('Should street parking be banned?');
    expect(found.filter((c) => c.includes('fails'))).toEqual([]);
  });

  it('reads past a label of who says it, and asks whether a measure said to be used to do harm should stand', () => {
    expect(
      candidates(
        lede(
          'Kelby rights groups: parking decree being used to punish the poor',
          'The Kelby council said.',
        ),
      ),
    ).toContain('Should the parking decree stand?');
  });

  it('asks whether an act that begins, in an "as" clause, should go ahead', () => {
    expect(
      candidates(
        lede(
          'Kelby trawlermen remain opposed as harbour water discharge begins',
          'The Kelby council said.',
        ),
      ),
    ).toContain('Should the harbour water discharge go ahead?');
  });

  it('keeps a number written as a capitalised word at the start of a name', () => {
    expect(
      candidates(
        lede(
          "Widespread dismay from mayors to Govt's Three Rivers reform",
          'The Kelby council said the Three Rivers plan is final.',
        ),
      ),
    ).toContain("Should Govt's Three Rivers reform go ahead?");
  });

  it.each([
    [
      'Should Move follow deadly clashes between police and farmers?',
      'asks what came after an event',
    ],
    [
      'Should the Kelby trawlermen remain opposed as dredging begins?',
      'asks whether a camp should stay as it is',
    ],
    [
      'Should a national fishing union in Kelby maintained its opposition to the dredging?',
      'a past verb after the modal',
    ],
  ])('refuses %s', (text, problem) => {
    expect(motionProblems(text)).toContain(problem);
  });

  it.each([
    'Should nurses be granted their pay rise?',
    'Should the city keep its libraries open?',
    'Should the Orby opioid settlement that shielded its owners stand?',
  ])('does not take %s for a past verb after the modal', (text) => {
    expect(motionProblems(text)).not.toContain('a past verb after the modal');
  });
});

describe('motion candidates on real news shapes (round 121)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks a policy act a headline only names by its gerund, before its quoted verdict', () => {
    expect(
      candidates(
        lede(
          "Moving Kelby Museum collection to Orby 'absolute madness': Museum Alliance",
          'The Kelby Museum said.',
        ),
      ),
    ).toContain('Should Kelby Museum collection be moved to Orby?');
  });

  it('asks an act a speaker\'s label rules out with a modal and "not"', () => {
    expect(
      candidates(lede("Ministry: Can't Lift Ban On Shark Fishing", 'The Kelby council said.')),
    ).toContain('Should the ban on shark fishing be lifted?');
  });

  it.each([
    ['Should Can’t lift ban on shark fishing?', 'a second question opener'],
    ['Should the pressure from angry fishermen not do?', 'a bare "do" with nothing done'],
  ])('refuses %s', (text, problem) => {
    expect(motionProblems(text)).toContain(problem);
  });

  it('does not refuse a "do" that stands for a verb said before it', () => {
    expect(
      motionProblems('Should people who drink coffee late sleep less than those who never do?'),
    ).not.toContain('a bare "do" with nothing done');
  });
});

describe('motion candidates on real news shapes (round 122)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first: string) => `${headline}\n\n${first}${body}`;

  it('asks whether what a petition a headline names is against should go ahead', () => {
    expect(
      candidates(
        lede(
          '1300 locals sign petition against Kelby salmon farm expansion plans',
          'The Kelby council said.',
        ),
      ),
    ).toContain('Should the Kelby salmon farm expansion plans go ahead?');
  });

  it.each([
    [
      'Should the Kelby council votes in favour of the tunnel be expected?',
      'asks whether the news was expected',
    ],
    [
      'Should the Kelby ministers sorry for break promise on the harbour tunnel?',
      'a feeling where the verb should be',
    ],
  ])('refuses %s', (text, problem) => {
    expect(motionProblems(text)).toContain(problem);
  });

  it('does not refuse a feeling after its verb', () => {
    expect(
      motionProblems('Should shop owners be happy about the new parking rules?'),
    ).not.toContain('a feeling where the verb should be');
  });
});

describe('motion candidates on real news shapes (round 123)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string) => `${headline}\n\nThe Kelby council said.${body}`;

  it.each([
    [
      '50,000 Jam the Streets in Kelby To Protest Possible Elimination of 300-Year-Old Christian Holiday',
      'Should the 300-year-old Christian holiday be eliminated?',
    ],
    [
      'Thousands Jam the Streets in Kelby To Protest Possible Elimination of 300-Year-Old Christian Holiday',
      'Should the 300-year-old Christian holiday be eliminated?',
    ],
    [
      'Kelby Protesters Again Demand Nationalization Of Major Gold Mine',
      'Should the major gold mine be nationalized?',
    ],
    [
      'Kelby campaigners protest against closure of the harbour library',
      'Should the harbour library be closed?',
    ],
  ])('asks a change fought or demanded as done to its thing: %s', (headline, motion) => {
    expect(candidates(lede(headline))[0]).toBe(motion);
  });

  it('lowers a word the body capitalises only as the end of a longer name', () => {
    expect(
      candidatesOfText(
        `Kelby Protesters Again Demand Nationalization Of Major Gold Mine\n\nKelby Gold runs the gold mine.${body}`,
      ),
    ).toContain('Should the major gold mine be nationalized?');
  });

  it('asks what a group warns against, and a delay urged', () => {
    expect(
      candidates(lede('Kelby group warns against construction of Harbour Link canal')),
    ).toContain('Should the Harbour Link canal be built?');
    expect(candidates(lede('Kelby councillors urge last minute delay for parking fees'))).toContain(
      'Should parking fees be delayed?',
    );
  });

  it('leaves out a second subject whose words were quoted', () => {
    expect(
      candidates(
        lede("Group says Kelby's Lands Act is being abused and loopholes 'must be closed'"),
      ),
    ).toContain("Is Kelby's Lands Act being abused?");
  });

  it('asks what criticism is towards', () => {
    expect(candidates(lede('Strong Criticism Towards New Parking Rules in Kelby'))).toContain(
      'Should new parking rules go ahead?',
    );
  });

  it('does not ask whether what protests are against should do what the protests did', () => {
    expect(
      candidates(lede('More protests against investors interrupt matches in Kelby football')).join(
        ' | ',
      ),
    ).not.toMatch(/Should (?:the )?investors/u);
  });
});

describe('motion candidates on real news shapes (round 124)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string, first = 'The Kelby council said.') =>
    `${headline}\n\n${first}${body}`;

  it('reads words cut short by an ellipsis before a colon as a quoted label', () => {
    expect(
      candidates(
        lede(
          'Kelby council using town for tokenism…: Opposition slams mayor over harbour levy bill',
          'Leader of Opposition Ann Lee spoke.',
        ),
      ),
    ).toContain('Should the harbour levy bill go ahead?');
  });

  it('leaves out who is attacked over a thing', () => {
    expect(
      candidates(
        lede(
          'Opposition slams council over harbour tunnel plan',
          'Leader of Opposition Ann Lee spoke.',
        ),
      ),
    ).toContain('Should the harbour tunnel plan go ahead?');
  });

  it('asks what one quarrels with another over', () => {
    expect(
      candidates(
        lede(
          'Parking levy: Lee’s objection academic – Senator Orby',
          'Senator Orby has disagreed with councillor Ann Lee over the parking levy.',
        ),
      ),
    ).toContain('Should the parking levy go ahead?');
  });

  it('reads a name’s verb in "-s" before its particle as the verb', () => {
    expect(candidates(lede('Harbour Line: Kelby scales back megacity plans'))).toContain(
      'Should Kelby scale back megacity plans?',
    );
  });

  it('keeps who should run a thing', () => {
    expect(candidates(lede('Kelby ferry should be run by the Council - Lee'))).toContain(
      'Should the Kelby ferry be run by the Council?',
    );
  });

  it('cuts a "when" clause whose words were quoted', () => {
    expect(
      candidates(lede("Kelby harbour contract to be canceled when time 'is right'")),
    ).toContain('Should the Kelby harbour contract be canceled?');
  });

  it('does not read a modal after "because" as the reported clause’s', () => {
    expect(
      candidates(
        lede(
          'Road closure row',
          "Ann Lee says he announced the decision to close part of the road that winds through Kelby Park to cars earlier this month because he didn't believe it would create fuss.",
        ),
      ).join(' | '),
    ).not.toMatch(/Should winds/u);
  });

  it.each([
    [
      'Should Kelby scales back harbour plans?',
      'an inflected verb after the opener ("Should X backs")',
    ],
    [
      'Should a three-man bench cancel a National Court order of October 2009 be quashed?',
      'a second verb "be" after the bare verb\'s object ("cancel X be quashed")',
    ],
    [
      'Should this government attempts deprive the town of its harbour?',
      'a plural after "this" with a bare verb ("this X attempts do")',
    ],
  ])('refuses %s', (text, problem) => {
    expect(motionProblems(text)).toContain(problem);
  });

  it.each([
    'Should the council let the plan be scrapped?',
    'Should the plan to close Orby library be approved?',
    'Should Kelby scale back harbour plans?',
    "Should this year's budget cuts go ahead?",
  ])('accepts %s', (text) => {
    expect(motionProblems(text)).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 125)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string) => `${headline}\n\nThe Kelby council said.${body}`;

  it('leaves out an event called over the claim, after its colon', () => {
    expect(
      candidates(lede("Kelby Harbour Shouldn't Become Cruise Terminal: Protest Announced")),
    ).toContain('Should the Kelby harbour become cruise terminal?');
  });

  it('asks the act a camp urges a move toward', () => {
    expect(candidates(lede('Kelby residents urge move toward scrapping parking fees'))).toContain(
      'Should parking fees be scrapped?',
    );
  });

  it.each([
    [
      'Should the “The recent approval of the planning by-law illustrate that city capture has taken place.”?',
      'a quoted sentence for its subject',
    ],
    ['Should the more clarity go ahead?', '"the more" before a noun ("the more clarity")'],
  ])('refuses %s', (text, problem) => {
    expect(motionProblems(text)).toContain(problem);
  });

  it('does not ask whether the sitting where a reaction was faced should go ahead', () => {
    const found = candidates(lede('Kelby harbour plan faces opposition at council meeting'));
    expect(found).toContain('Should the Kelby harbour plan go ahead?');
    expect(found.join(' | ')).not.toMatch(/meeting go ahead|hearing go ahead/u);
    expect(
      candidates(lede('Kelby crane hunting season faces opposition at hearing')).join(' | '),
    ).not.toMatch(/Should hearing/u);
  });

  it('accepts "the more" before an adjective', () => {
    expect(motionProblems('Should the more expensive option go ahead?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 126)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string) => `${headline}\n\nThe Kelby council said.${body}`;

  it('asks whether a measure is what someone calls it', () => {
    expect(candidates(lede("Kelby mayor calls Orby's parking ban premature and unfair"))[0]).toBe(
      "Is Orby's parking ban premature and unfair?",
    );
    expect(candidates(lede('Kelby mayor calls parking ban unfair'))).toContain(
      'Is the parking ban unfair?',
    );
  });

  it('asks whether an act under review should go ahead, with its owner’s name', () => {
    expect(
      candidates(lede("Kelby's harbour redevelopment under review amid conservation protest")),
    ).toContain("Should Kelby's harbour redevelopment go ahead?");
  });

  it.each([
    'Should the family of Ann Lee be forced -?',
    'Should the city council ban the SUV-sized?',
  ])('refuses %s', (text) => {
    expect(motionProblems(text)).toContain('cut off at a dash or before its noun');
  });

  it('keeps the capital of a feast whose name ends in "s"', () => {
    expect(candidates(lede('Kelby Council Scraps Popular Christmas Market'))).toContain(
      'Should the Kelby council scrap popular Christmas market?',
    );
  });

  it('accepts a describing compound after "be"', () => {
    expect(motionProblems('Should the buses be Kelby-owned?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 127)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string) => `${headline}\n\nThe Kelby council said.${body}`;

  it.each([
    [
      'Fears aired over Kelby school merger changes',
      'Should the Kelby school merger changes go ahead?',
    ],
    ['Concerns raised over Kelby harbour plan', 'Should the Kelby harbour plan go ahead?'],
  ])('asks what worries voiced in a headline are over: %s', (headline, motion) => {
    expect(candidates(lede(headline))).toContain(motion);
  });

  it('keeps the measure a protest names on a thing', () => {
    expect(
      candidates(lede('Thousands of Kelby students protest against tax on university fees')),
    ).toContain('Should the tax on university fees go ahead?');
  });

  it.each([
    [
      'KEY POINTS: Why has the go ahead for the Kelby mine caused a stir?',
      'Should the Kelby mine go ahead?',
    ],
    ['Why is the Kelby harbour plan so controversial?', 'Should the Kelby harbour plan go ahead?'],
  ])('asks about the thing an explainer of a fuss is about: %s', (headline, motion) => {
    expect(candidates(lede(headline))).toContain(motion);
  });
});

describe('motion candidates on real news shapes (round 128)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string) => `${headline}\n\nThe Kelby council said.${body}`;

  it('asks what people were held for resisting', () => {
    expect(
      candidates(
        lede(
          'Kelby police detain villagers for resisting coal mine project in Orby Forest, 8 detained',
        ),
      ),
    ).toContain('Should the coal mine project go ahead?');
  });

  it('asks about the project whose work begins, named before the colon', () => {
    expect(
      candidates(lede('Kelby harbour tunnel: Construction begins despite concerns')),
    ).toContain('Should the Kelby harbour tunnel go ahead?');
  });

  it('refuses a tally of the news after a comma', () => {
    expect(
      motionProblems('Should Kelby drivers give a hoot to no-honking drive, 3,000 fined?'),
    ).toContain('ends with a tally (", 3,000 fined")');
    expect(motionProblems('Should the fine rise to 3,000, or 2,000?')).toEqual([]);
  });
});

describe('motion candidates on real news shapes (round 129)', () => {
  const candidates = candidatesOfText;
  const body = '\n\nThe council will decide next month.\n';
  const lede = (headline: string) => `${headline}\n\nThe Kelby council said.${body}`;

  it('gives a bare measure the article its sound takes', () => {
    expect(candidates(lede('Kelbians Protest Upcoming Electricity Tariff Hike'))).toContain(
      'Should there be an upcoming electricity tariff hike?',
    );
  });

  it('leaves out words a closing quotation mark ends with no mark to open them', () => {
    expect(
      candidates(
        lede(
          'We Will Not Pay Any Huge Price And Sleep In Total Darkness” Kelbians Protest Upcoming Electricity Tariff Hike',
        ),
      ),
    ).toContain('Should there be an upcoming electricity tariff hike?');
  });

  it.each([
    [
      "Mixed reactions trail Kelby's new parking rules",
      "Should Kelby's new parking rules go ahead?",
    ],
    ['Outrage greets Kelby parking plan', 'Should the Kelby parking plan go ahead?'],
  ])('asks about the thing a reaction meets: %s', (headline, motion) => {
    expect(candidates(lede(headline))).toContain(motion);
  });

  it('refuses an owner’s "’s" right before "be"', () => {
    expect(motionProblems("Should mixed reactions trail Kelby's be cut?")).toContain(
      'an owner\'s "\'s" right before "be"',
    );
    expect(motionProblems("Should Kelby's harbour be sold?")).toEqual([]);
  });
});
