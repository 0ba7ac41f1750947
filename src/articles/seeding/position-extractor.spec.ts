import { parseArticle } from '../import/parse-article';
import { extractSeeds, type ReportedPosition } from './seed-extractor';
import { holderShape } from './holder-shape';
import { tokenize } from './seeding-nlp';

/**
 * Short news paragraphs written for these tests (not from the corpus): the extractor must find
 * the argued positions with their sides and leave plain reporting alone.
 */
function positions(text: string, motion: string): ReportedPosition[] {
  return extractSeeds(parseArticle({ text, format: 'TEXT' }), motion).positions;
}

function find(found: ReportedPosition[], fragment: string): ReportedPosition | undefined {
  return found.find((p) => p.quote.includes(fragment));
}

describe('extractPositions on unseen news prose', () => {
  it('reads "the deal would have cut prices" as what people would pay under the measure', () => {
    const found = positions(
      `Court blocks airline tie-up between Skylane and Northjet

A court on Monday blocked the merger of airlines Skylane and Northjet.

Skylane boss Ian Moss said the merger would have cut prices for travellers on the busiest routes.

The travellers' group FlyFair said the merger would have pushed up prices on island routes.
`,
      'Should Skylane and Northjet be allowed to merge?',
    );
    expect(find(found, 'would have cut prices')?.side).toBe('PRO');
    expect(find(found, 'would have pushed up prices')?.side).toBe('CON');
  });

  it('reads "would raise 90 million pounds, which would be spent on schools" as the measure\'s money at work', () => {
    const found = positions(
      `Varn to tax sugary drinks

Varn will tax sugary drinks from next year, the health ministry said on Tuesday.

Health Minister Ruth Amos told reporters the tax would raise about 90 million pounds a year, which would be spent on school sport.
`,
      'Should Varn tax sugary drinks?',
    );
    expect(find(found, 'which would be spent on school sport')?.side).toBe('PRO');
  });

  it('leaves "no decision has been taken" and "We do not comment on speculation" alone', () => {
    const found = positions(
      `Ministers weigh 20mph limit on all residential streets

Ministers are weighing a 20mph limit on all residential streets, under plans to be put out to consultation in the spring.

Government sources said the limit was one of several options and that no decision had been taken.

The cycling charity Pedal First welcomed the plan, saying slower traffic would save lives.

A Department for Roads spokesperson said: "We do not comment on speculation. Any changes would be subject to full consultation."
`,
      'Should there be a 20mph limit on all residential streets?',
    );
    expect(find(found, 'slower traffic would save lives')?.side).toBe('PRO');
    expect(find(found, 'no decision had been taken')).toBeUndefined();
    expect(find(found, 'We do not comment on speculation')).toBeUndefined();
    expect(find(found, 'subject to full consultation')).toBeUndefined();
  });

  it('reads a promise to scrap the motion\'s measure ("would scrap the levy") as against it', () => {
    const found = positions(
      `Dunmore to charge drivers a congestion levy

Dunmore will charge drivers entering the city centre a congestion levy of 8 pounds a day from May, the city said on Friday.

The leader of the opposition group, Tom Reddy, said his party would scrap the levy if it won control of the council next year.
`,
      'Should Dunmore charge drivers a congestion levy?',
    );
    expect(find(found, 'would scrap the levy')?.side).toBe('CON');
  });

  it('reads an authority blocking the motion\'s deal as a reversal: reactions to "the ruling" turn round', () => {
    const found = positions(
      `Watchdog blocks takeover of ferry operator Sealine by Harbourlink

The Transport Competition Board on Tuesday blocked the takeover of ferry operator Sealine by rival Harbourlink, saying fares on island routes would rise.

Harbourlink said it was "bitterly disappointed" by the ruling and would study its options.

The island council welcomed the ruling, saying islanders depended on having two operators.
`,
      'Should Harbourlink be allowed to take over Sealine?',
    );
    expect(find(found, 'bitterly disappointed')?.side).toBe('PRO');
    expect(find(found, 'The island council welcomed the ruling')?.side).toBe('CON');
  });

  it('reads "the rise", "the plan" as the measure whose effect on people sets the side', () => {
    const found = positions(
      `Harlow to raise parking charges

Harlow council will raise parking charges in the town centre from April, it said on Friday.

Shopkeepers warned the rise would drive shoppers to cheaper malls out of town.

Parents said the plan would let children walk to school safely.
`,
      'Should Harlow raise parking charges in the town centre?',
    );
    expect(find(found, 'drive shoppers')?.side).toBe('CON');
    expect(find(found, 'let children walk')?.side).toBe('PRO');
  });

  it('reads "X\'s position is that …" as X\'s claim, and "it" after it as the same body', () => {
    const found = positions(
      `Senate passes online safety bill

The senate of Norvia passed the online safety law on Tuesday by 40 votes to 21.

The Liberal Party's position is that judges, not ministers, should decide what is false. It also accused the government of writing a law that could be used to silence critics.

Justice Minister Ana Pell said the law would protect voters from lies.
`,
      'Should Norvia pass the online safety law?',
    );
    expect(find(found, 'judges, not ministers')).toMatchObject({
      holder: 'The Liberal Party',
      side: 'CON',
    });
    expect(find(found, 'accused the government')).toMatchObject({
      holder: 'The Liberal Party',
      side: 'CON',
    });
  });

  it('leaves a manner adverb after the holder out of its name', () => {
    const found = positions(
      `Panel drops flu jab advice

The national health panel voted on Friday to drop its advice that every pupil should have a flu jab.

Doctors and school nurses quickly condemned the change as dangerous.
`,
      'Should the health panel drop its flu jab advice for pupils?',
    );
    expect(find(found, 'condemned the change')).toMatchObject({
      holder: 'Doctors and school nurses',
      side: 'CON',
    });
  });

  it('takes a quotation that calls the decision a victory or a sad day as a reaction to it', () => {
    const found = positions(
      `Court strikes down Orby curfew for teenagers

A state court on Friday struck down Orby's night-time curfew for teenagers.

"It's a huge victory for young people and their families," said Jo Marsh, the lawyer who brought the case.

"This is a sad day for the shopkeepers of Orby," said Len Pike, who chairs the traders' association.
`,
      "Should Orby's curfew for teenagers be struck down?",
    );
    expect(find(found, 'huge victory')).toMatchObject({ holder: 'Jo Marsh', side: 'PRO' });
    expect(find(found, 'sad day')).toMatchObject({ holder: 'Len Pike', side: 'CON' });
  });

  it('reads a report of the motion\'s own act refused ("refuses to license") as a reversal', () => {
    const found = positions(
      `Safety board refuses to license Skyway air taxi

Ostrava's aviation safety board on Monday refused to license the Skyway two-seat air taxi for passenger flights over the city.

Skyway said in a statement it was bitterly disappointed and would ask the board to reconsider the decision.

The Ostrava Business Forum called the decision a crushing blow for the city's ambitions.

"The board has made a sensible choice," said Nina Hart, a pilot who flies over the city every day. "Nobody has yet shown that these machines can land safely in a crowded square."
`,
      "Should Ostrava's aviation safety board license the Skyway air taxi?",
    );
    expect(find(found, 'bitterly disappointed')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'called the decision a crushing blow')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'The board has made a sensible choice')).toMatchObject({ side: 'CON' });
  });

  it('reads reactions to a dropped or refused plan as reactions to the dropping', () => {
    const dropped = positions(
      `Brenton council drops plan for riverside toll

Brenton council has dropped its plan to charge drivers a toll on the riverside road after a wave of complaints.

Cafe owner Lena Marsh said she was thrilled that the council had changed its mind about the toll.

The Brenton Cycling Club condemned the U-turn, saying the toll would have made the road safer.
`,
      'Should Brenton council charge drivers a toll on the riverside road?',
    );
    expect(find(dropped, 'she was thrilled')).toMatchObject({ side: 'CON' });
    expect(find(dropped, 'condemned the U-turn')).toMatchObject({ side: 'PRO' });
    const refused = positions(
      `Planners reject solar farm at Oakley Fen

Plans for a 90-acre solar farm at Oakley Fen have been refused by Wexham councillors.

The Oakley Energy Group criticised the decision, saying the farm would have powered 9,000 homes.
`,
      'Should the solar farm at Oakley Fen be given planning permission?',
    );
    expect(find(refused, 'criticised the decision')).toMatchObject({ side: 'PRO' });
  });

  it('reads "the increase" as the motion\'s raising, and "gives rise to" as no such thing', () => {
    const found = positions(
      `Harbour authority to raise mooring fees by a third

The Kelham harbour authority will raise mooring fees by a third from May.

Boat owner Pat Quinn said the increase would price young sailors out of the club for good.

Harbourmaster Ellen Shaw said the money would pay for new pontoons.

Separately, the authority said a storm last winter gave rise to repairs on the north wall.
`,
      'Should the Kelham harbour authority raise mooring fees?',
    );
    expect(find(found, 'price young sailors out')).toMatchObject({ side: 'CON' });
    expect(find(found, 'gave rise to repairs')).toBeUndefined();
  });

  it('reads harm done to people by the measure as against it ("would hit pensioners hardest")', () => {
    const found = positions(
      `Corby council to double garden waste charge

Corby council will double its garden waste charge to £80 a year from April.

Retired gardener Alan Pike, 74, said the charge would hit pensioners on fixed incomes hardest.
`,
      'Should Corby council double its garden waste charge?',
    );
    expect(find(found, 'would hit pensioners')).toMatchObject({ side: 'CON' });
  });

  it('reads a loss foretold "without" the measure as an argument for it', () => {
    const found = positions(
      `Island ferry levy approved

Councillors on Tarra approved a £3 levy on ferry tickets for visitors on Monday.

Some visitors said the levy was unfair.

"Without this levy, the Sunday sailings would be cut within a year and islanders would lose their only weekend link to the mainland," said Mairi Bell, who chairs the ferry users group.
`,
      'Should Tarra charge visitors a £3 levy on ferry tickets?',
    );
    expect(find(found, 'Sunday sailings would be cut')).toMatchObject({ side: 'PRO' });
  });

  it('reads relief ("will breathe a sigh of relief") as a reaction to what the article reports', () => {
    const taken = positions(
      `Lorries banned from Mill Lane

Dunmere council has banned heavy lorries from Mill Lane in the village of Ashcot from next month.

Families on the narrow lane, where the walls of two cottages have been cracked by passing trucks, will breathe a sigh of relief.
`,
      'Should Dunmere council ban heavy lorries from Mill Lane?',
    );
    expect(find(taken, 'will breathe a sigh of relief')).toMatchObject({ side: 'PRO' });
    const dropped = positions(
      `Council drops plan for lorry route through Ashcot

Dunmere council has dropped its plan to send quarry lorries along Mill Lane in Ashcot.

Families on the narrow lane, where the walls of two cottages were cracked by trucks last year, can breathe a sigh of relief.
`,
      'Should Dunmere council send quarry lorries along Mill Lane?',
    );
    expect(find(dropped, 'breathe a sigh of relief')).toMatchObject({ side: 'CON' });
  });

  it('reads a verdict on undoing the measure ("scrapping the ban was overdue") as on the undoing', () => {
    const article = `Fenton council votes to lift bonfire ban on allotments

Fenton council has voted to lift its ban on bonfires at the town's allotments from March.

Allotment society secretary Joan Ivey said lifting the ban was long overdue.

Neighbour Carl Dean said scrapping the ban would be a mistake.
`;
    const undo = positions(article, 'Should Fenton council lift the bonfire ban on allotments?');
    expect(find(undo, 'lifting the ban was long overdue')).toMatchObject({ side: 'PRO' });
    expect(find(undo, 'scrapping the ban would be a mistake')).toMatchObject({ side: 'CON' });
    const keep = positions(article, 'Should Fenton ban bonfires on its allotments?');
    expect(find(keep, 'lifting the ban was long overdue')).toMatchObject({ side: 'CON' });
  });

  it('reads a "U-turn on" the measure as its dropping, and "Objector Jo Bell" as one of a camp', () => {
    const found = positions(
      `Council makes U-turn on Sunday market fees

Stallholders are celebrating after Brayford council made a U-turn on its plan to charge fees at the Sunday market.

Trader Amy Cole said she was delighted that the council had listened to the stallholders.

Objector Jo Bell, who helped run a survey of traders, said a clear majority of those polled - 41 - were against the fees, with only 9 in favour.
`,
      'Should Brayford council charge fees at the Sunday market?',
    );
    expect(find(found, 'she was delighted')).toMatchObject({ side: 'CON' });
    expect(find(found, 'were against the fees, with only 9')).toMatchObject({ side: 'CON' });
  });

  it('reads handing back what people lost ("would give residents back their sleep") as for', () => {
    const found = positions(
      `Quiet hours for Denby's pubs

Denby council will ban amplified music in the pubs of Castle Street after 10pm from June.

Tenants' leader Mo Ahmed said the ban would give residents back their sleep after years of noise.
`,
      'Should Denby council stop pubs playing amplified music after 10pm?',
    );
    expect(find(found, 'give residents back their sleep')).toMatchObject({ side: 'PRO' });
  });

  it('reads blame of the body that refused the plan as for the plan', () => {
    const found = positions(
      `Councillors reject plans for Hadley skate park

Plans for a skate park on the Hadley recreation ground have been refused by Ormsby councillors.

Youth worker Dan Price said the committee had ignored the hundreds of teenagers who asked for a skate park.
`,
      'Should the skate park on the Hadley recreation ground be given planning permission?',
    );
    expect(find(found, 'had ignored the hundreds of teenagers')).toMatchObject({ side: 'PRO' });
  });

  it("takes a vow to do the motion's own act as for it", () => {
    const found = positions(
      `Tarby mayor vows to scrap parking levy

Tarby's new mayor, Ruth Osei, has vowed to scrap the town's workplace parking levy within a year.

Businesses in the town centre have paid the levy since 2019.
`,
      "Should Tarby's workplace parking levy be scrapped?",
    );
    expect(find(found, 'vowed to scrap')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'vowed to scrap')?.evidence).toMatch(/vowed to scrap/u);
  });

  it('takes no position from who has not yet taken one', () => {
    const found = positions(
      `Harbour town weighs cruise ship limit

The council of Portwell will vote next month on limiting cruise ship visits to two a week.

The opposition Green group has not yet said how it will vote.

The port authority declined to comment on the plan.

Shop owners oppose the limit on cruise ship visits.
`,
      'Should Portwell limit cruise ship visits to two a week?',
    );
    expect(find(found, 'has not yet said')).toBeUndefined();
    expect(find(found, 'declined to comment')).toBeUndefined();
    expect(find(found, 'Shop owners oppose')?.side).toBe('CON');
  });

  it('takes no statement from one still to come ("is expected to rule", "is due to decide")', () => {
    const found = positions(
      `Lakeside town caps holiday lets

The council of Lakeside voted on Monday to cap holiday lets at one in ten homes.

The cap still needs approval from the regional court, which is expected to rule in May.

The housing board is due to decide on the details in June.

Landlords said the cap would cost them their living.
`,
      'Should Lakeside cap holiday lets at one in ten homes?',
    );
    expect(find(found, 'expected to rule')).toBeUndefined();
    expect(find(found, 'due to decide')).toBeUndefined();
    expect(find(found, 'cost them their living')?.side).toBe('CON');
  });

  it('reads how the measure did as a verdict on it, and a decision still to be made as none', () => {
    const found = positions(
      `Study weighs the Norbury congestion charge

A congestion charge introduced in Norbury two years ago has cut traffic in the centre by a fifth, a study found on Monday.

"The charge did exactly what it was designed to do," said Dr. Omar Hale, who led the study.

Shopkeepers said the charge had backfired, driving customers to out-of-town malls.

A taxi drivers' spokesman said the charge had not worked at all.

Transport Minister Ruth Lowe said she would read the study carefully before making a decision.
`,
      'Should the country introduce a congestion charge in its cities?',
    );
    expect(find(found, 'designed to do')?.side).toBe('PRO');
    expect(find(found, 'had backfired')?.side).toBe('CON');
    expect(find(found, 'had not worked')?.side).toBe('CON');
    expect(find(found, 'before making a decision')).toBeUndefined();
  });

  it('reads what the action works against, named as gone, as for the action', () => {
    const found = positions(
      `Town weighs ban on cars

The town council will vote next month on a ban on private cars in the old centre.

"Every street we free from cars will be safer for children," Mayor Ana Ruiz told reporters on Monday.

"Cars bring the customers who keep us open," said Tom Baker, who runs a bakery there.
`,
      'Should the town ban cars from the old centre?',
    );
    expect(find(found, 'free from cars')?.side).toBe('PRO');
    // Cars named as present still turn the wording round: good words about them are against.
    expect(find(found, 'Cars bring the customers')?.side).toBe('CON');
  });

  it('reads "he" as the person named before it, not the place after "of"', () => {
    const found = positions(
      `Valley schools move to a four-day week

Three schools in Alder Valley will teach on four days a week from September.

Principal Nora Quist of Alder Valley said the change helped her keep staff. "Our teachers stay because of the long weekend," she said.
`,
      'Should schools move to a four-day week?',
    );
    expect(find(found, 'Our teachers stay')?.holder).toBe('Principal Nora Quist');
  });

  it('keeps the argued positions of a car-ban story and drops its logistics and statistics', () => {
    const found = positions(
      `Riverton council votes to ban cars from city centre

Monday, March 3, 2025

On Monday, the Riverton city council voted to ban private cars from the historic city centre from next June.

Mayor Ana Ruiz said the ban would make the streets safer and cleaner for families. "It is time to give the centre back to the people who walk and cycle there," Ruiz said.

The council said in a statement that the vote took place on Monday evening and that the meeting lasted four hours.

Shop owners criticised the plan. "This ban is a mistake that will drive customers to the malls outside town," said Tom Baker, who runs a bakery on Main Street.

The city has about 80,000 residents, according to the census office. The ban will start on June 1.
`,
      'Should Riverton ban private cars from its city centre?',
    );
    expect(find(found, 'safer and cleaner')?.side).toBe('PRO');
    expect(find(found, 'It is time to give the centre back')?.side).toBe('PRO');
    expect(find(found, 'This ban is a mistake')?.side).toBe('CON');
    expect(find(found, 'the vote took place')).toBeUndefined();
    expect(find(found, '80,000 residents')).toBeUndefined();
    expect(find(found, 'will start on June 1')).toBeUndefined();
  });

  it('finds "critics say" and a quoted objection, and ignores what was said about dates', () => {
    const found = positions(
      `Eastfield University raises tuition fees

Tuesday, April 8, 2025

Eastfield University announced on Tuesday that tuition fees will rise by 9 percent next autumn.

The university's president, Mark Olsen, said the increase is necessary to pay for new laboratories and to keep class sizes small. The university said it has 23,000 students and employs 4,100 staff.

Critics say the rise will price out students from poorer families. "Students are already drowning in debt, and this increase is unfair," said Priya Nair, president of the student union.

Olsen told reporters the board met on Monday and the decision was announced a day later. He added that the new fees will be published on the university website in May.
`,
      'Should Eastfield University raise its tuition fees by 9 percent?',
    );
    expect(find(found, 'the increase is necessary')?.side).toBe('PRO');
    expect(find(found, 'Critics say the rise')?.side).toBe('CON');
    expect(find(found, 'this increase is unfair')?.side).toBe('CON');
    expect(find(found, '23,000 students')).toBeUndefined();
    expect(find(found, 'the board met on Monday')).toBeUndefined();
    expect(find(found, 'published on the university website')).toBeUndefined();
  });

  it('reads "should not" as urging against, and drops reported facts about the trial', () => {
    const found = positions(
      `Norland to trial four-day week for public employees

Wednesday, May 14, 2025

The government of Norland will trial a four-day working week for 5,000 public employees starting in September, Labour Minister Eva Lind said on Wednesday.

Lind said the trial would reduce stress and make the public sector more attractive to young workers. "A shorter week is good for workers and good for productivity," she said.

The employers' federation opposed the plan, warning that it would be costly and would slow down public services. "Taxpayers should not have to pay for fewer hours of service," said the federation's director, Jonas Berg.

The trial will run for twelve months, the ministry said. According to the ministry, the employees work in 40 different offices.
`,
      'Should Norland adopt a four-day working week for public employees?',
    );
    expect(find(found, 'reduce stress')?.side).toBe('PRO');
    expect(find(found, 'good for productivity')?.side).toBe('PRO');
    expect(find(found, 'opposed the plan')?.side).toBe('CON');
    expect(find(found, 'should not have to pay')?.side).toBe('CON');
    expect(find(found, 'twelve months')).toBeUndefined();
    expect(find(found, '40 different offices')).toBeUndefined();
  });

  it('weighs camps against each other and leaves incidents, schedules and costs out', () => {
    const found = positions(
      `Parliament passes new surveillance law

Thursday, June 5, 2025

On Thursday, the parliament of Westland passed a law allowing police to use facial recognition cameras in train stations. The vote was 201 to 150.

Interior Minister Karl Vos said the law would help police find missing children and catch violent criminals. Police said two officers were injured in an attack at a station last year.

Opposition leader Mia Holm called the law "a dangerous step towards mass surveillance". "Nobody voted for cameras that watch every citizen," she told reporters.

The minister said talks with the rail operator will continue next week.

Privacy groups argue the cameras are unreliable and misidentify people with darker skin. Supporters counter that the system has strict safeguards.

The law will take effect in October. The cameras cost 12 million euros, the ministry said in a statement.
`,
      'Should Westland police use facial recognition cameras in train stations?',
    );
    expect(find(found, 'help police find missing children')?.side).toBe('PRO');
    expect(find(found, 'a dangerous step')?.side).toBe('CON');
    expect(find(found, 'the cameras are unreliable')?.side).toBe('CON');
    expect(find(found, 'strict safeguards')?.side).toBe('PRO');
    expect(find(found, 'two officers were injured')).toBeUndefined();
    expect(find(found, 'talks with the rail operator')).toBeUndefined();
    expect(find(found, 'take effect in October')).toBeUndefined();
    expect(find(found, '12 million euros')).toBeUndefined();
  });

  it('takes opinions introduced by "in the view of" and "hailed", not what a newspaper or the media report', () => {
    const found = positions(
      `Dunmore approves tidal power project

The Dunmore regional assembly approved a tidal power project in the bay on Tuesday.

The Coastal Daily said the turbines would be built by a Danish company.

The assembly's lawyer cited a planning ruling on the tidal power project.

The Green Alliance hailed the project as a milestone for clean energy in the region.

In the view of the fishermen's association, the project is a costly mistake that will harm the fishing grounds.

Traditionally, the assembly has voted once the national media has called the result of the consultation.

Local engineers warned that the delayed project would be a disaster for the region's power supply.
`,
      'Should Dunmore build the tidal power project?',
    );
    expect(find(found, 'built by a Danish company')).toBeUndefined();
    expect(find(found, 'the national media has called')).toBeUndefined();
    expect(find(found, 'cited a planning ruling')).toBeUndefined();
    expect(find(found, 'a milestone for clean energy')?.side).toBe('PRO');
    expect(find(found, 'a costly mistake')?.side).toBe('CON');
    expect(find(found, 'the delayed project')?.side).toBe('PRO');
  });

  it('leaves out what the actors of the motion say about another dispute', () => {
    const found = positions(
      `Ardland and Belmora sign deal to build a rail tunnel

Ardland and Belmora signed an agreement on Friday to build a rail tunnel under the strait by 2030.

Transport minister Lena Vos hailed the tunnel as a lifeline for trade between the two countries.

In a separate dispute, the fishermen's union accused Ardland of breaking the fishing quota treaty, calling the new quotas "unfair and illegal". Ardland's navy denounced the union's blockade of the harbour.

Economists warned that the tunnel is a costly mistake that will never pay back its debt.
`,
      'Should Ardland and Belmora build the rail tunnel?',
    );
    expect(find(found, 'a lifeline for trade')?.side).toBe('PRO');
    expect(find(found, 'a costly mistake')?.side).toBe('CON');
    expect(find(found, 'fishing quota treaty')).toBeUndefined();
    expect(find(found, 'denounced the union')).toBeUndefined();
  });

  it("reads an interview's labelled answers as the speaker's words, and a pronoun in a new paragraph as the person it names", () => {
    const found = positions(
      `Transport minister on the lorry toll

The transport minister, Elena Kovacs, spoke to us about the plan to charge lorries for using the motorway.

Q: Is the toll not just a new tax?

Kovacs: No. The toll will pay for safer roads, and it will take lorries off the village streets.

The head of the hauliers' federation, Piet Smit, disagreed. He said the toll would push up the price of food in every shop.
`,
      'Should lorries pay a toll for using the motorway?',
    );
    expect(find(found, 'The toll will pay for safer roads')).toMatchObject({
      holder: 'Elena Kovacs',
      side: 'PRO',
    });
    expect(find(found, 'new tax')).toBeUndefined();
    expect(find(found, 'push up the price of food')).toMatchObject({
      holder: 'Piet Smit',
      side: 'CON',
    });
    expect(find(found, 'push up the price of food')?.evidence).not.toMatch(/same holder/u);
  });

  it("takes a letter writer's own arguments as positions held by the signature's name", () => {
    const found = positions(
      `Letters: Save our ferries

Sir, I was saddened to learn that the harbour board plans to stop the winter ferries to the islands.

Stopping the ferries would cut the islands off from the hospital and the schools for four months. Most islanders have no boat of their own.

Ivor Pryce, Tollan
`,
      'Should the harbour board stop the winter ferries?',
    );
    expect(find(found, 'would cut the islands off')).toMatchObject({
      holder: 'Ivor Pryce',
      side: 'CON',
    });
    expect(find(found, 'Ivor Pryce, Tollan')).toBeUndefined();
    expect(find(found, 'I was saddened')).toBeUndefined();
  });

  it("leaves a report's unattributed sentences alone: only a first-person writer argues in their own name", () => {
    const found = positions(
      `Harbour board stops winter ferries

The harbour board will stop the winter ferries to the islands from November.

Stopping the ferries would save the board two million pounds a year.
`,
      'Should the harbour board stop the winter ferries?',
    );
    expect(find(found, 'would save the board')).toBeUndefined();
  });

  it('gives a hedged claim less confidence than the same claim stated flatly, and says why', () => {
    const story = (claim: string) =>
      positions(
        `Regulator approves new sleep drug

The national medicines regulator approved the sleep drug Dormex on Tuesday.

Dr Lena Hart, a sleep specialist, said ${claim}.
`,
        'Should the sleep drug Dormex be approved?',
      );
    const flat = find(story('the drug helps patients who cannot sleep'), 'the drug');
    const hedged = find(story('the drug might help patients who cannot sleep'), 'the drug');
    expect(flat?.side).toBe('PRO');
    expect(hedged?.side).toBe('PRO');
    expect(hedged?.evidence).toMatch(/hedged claim \("might"\)/u);
    expect(hedged!.confidence).toBeLessThan(flat!.confidence);
  });

  it('reads an opinion writer\'s "But …" after a camp\'s claim as an answer to it', () => {
    const found = positions(
      `The parking levy is a mistake

The council wants to charge firms a levy for every parking space at work. I think this is wrong.

Supporters say the levy would cut traffic at rush hour. But traffic is falling already, and cheaper trains would do far more good than a new levy.
`,
      'Should the council charge firms a levy for parking spaces?',
    );
    expect(find(found, 'Supporters say the levy')?.side).toBe('PRO');
    expect(find(found, 'traffic is falling already')).toMatchObject({
      holder: 'the writer',
      side: 'CON',
    });
    expect(find(found, 'traffic is falling already')?.evidence).toMatch(/answers a claim/u);
  });

  it('takes the subject of a passive motion against it as what the action works against', () => {
    const found = positions(
      `Smoking in cars to be banned

The government will ban smoking in cars that carry children from next spring.

Dr Omar Said, a lung specialist, said smoking in cars harms the lungs of children.
`,
      'Should smoking in cars be banned?',
    );
    expect(find(found, 'harms the lungs')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'harms the lungs')?.evidence).toMatch(/which the action works against/u);
  });

  it('takes a verdict on the measure itself as the side, whatever its reason says', () => {
    const story = `Scooter ban divides the city

The council banned rental e-scooters from the city streets last month after a series of accidents.

Tom Baker, who runs a delivery firm, said the ban was wrong because scooters help night workers get home safely and cheaply.

Mary Lee, a nurse, said the ban on scooters was not necessary.

Dr Omar Said, a surgeon, said the ban was long overdue because pavements had become dangerous.

Lucy Park, a lawyer, called the ban a big mistake.
`;
    const banned = positions(story, 'Should rental e-scooters be banned?');
    expect(find(banned, 'the ban was wrong')).toMatchObject({ side: 'CON' });
    expect(find(banned, 'the ban was wrong')?.evidence).toMatch(
      /a verdict on the measure \("ban was wrong"\)/u,
    );
    expect(find(banned, 'not necessary')).toMatchObject({ side: 'CON' });
    expect(find(banned, 'long overdue')).toMatchObject({ side: 'PRO' });
    expect(find(banned, 'big mistake')).toMatchObject({ side: 'CON' });
    // The same verdicts argue for a motion that undoes the measure.
    const lifted = positions(story, 'Should the council lift the ban on rental e-scooters?');
    expect(find(lifted, 'the ban was wrong')).toMatchObject({ side: 'PRO' });
    expect(find(lifted, 'long overdue')).toMatchObject({ side: 'CON' });
  });

  it('reads verdict phrases ("a step in the right direction", "gone too far") as verdicts', () => {
    const story = `Town doubles parking fees

The town council doubled parking fees in the market square on Monday.

The cycling club called the decision a step in the right direction.

The chamber of commerce said the council had gone too far.

A local landlord said the council had not gone too far.
`;
    const found = positions(story, 'Should the town double parking fees?');
    expect(find(found, 'step in the right direction')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'step in the right direction')?.evidence).toMatch(
      /a verdict on the measure/u,
    );
    expect(find(found, 'the council had gone too far')).toMatchObject({ side: 'CON' });
    expect(find(found, 'had not gone too far')).toMatchObject({ side: 'PRO' });
  });

  it('takes positions of unnamed groups and of past-perfect reporting, named as the group', () => {
    const found = positions(
      `Harford approves new cycle lanes

Harford city council approved a network of protected cycle lanes on Tuesday.

Cyclists said the lanes would make their commute safer.

Taxi drivers had warned during the consultation that the lanes would slow traffic in the centre.

Residents said the council meeting ran until midnight.

The lanes will cost £2 million. Work starts in May.
`,
      'Should Harford build protected cycle lanes?',
    );
    expect(find(found, 'make their commute safer')).toMatchObject({
      holder: 'Cyclists',
      side: 'PRO',
    });
    expect(find(found, 'would slow traffic')).toMatchObject({
      holder: 'Taxi drivers',
      side: 'CON',
    });
    // A group that tells what happened does not argue.
    expect(find(found, 'ran until midnight')).toBeUndefined();
    expect(find(found, 'will cost £2 million')).toBeUndefined();
    expect(find(found, 'Work starts in May')).toBeUndefined();
  });

  it('keeps a quotation that goes on after its attribution as one claim', () => {
    const found = positions(
      `Library hours cut

The county council will cut opening hours at its libraries by a third from January.

"Libraries are where children without books at home learn to read," said the librarians' union secretary, Ann Hope. "Cutting the hours cuts them off."
`,
      'Should the council cut library opening hours?',
    );
    const quote = find(found, 'Libraries are where children');
    expect(quote?.quote).toContain('Cutting the hours cuts them off.');
    expect(quote?.side).toBe('CON');
  });

  it("takes a column writer's verdicts and first-person stance without a modal", () => {
    const found = positions(
      `Comment: The stadium is the wrong project

By Ruth Kane

The city wants to spend £90 million on a new football stadium by the river.

I have followed this club for forty years. I oppose the stadium because the money is needed for schools.

The club promises five hundred new jobs. Most of those jobs already exist at the old ground.

This plan is wrong for the city.
`,
      'Should the city build a new football stadium?',
    );
    expect(find(found, 'I oppose the stadium')).toMatchObject({ holder: 'Ruth Kane', side: 'CON' });
    expect(find(found, 'This plan is wrong')).toMatchObject({ holder: 'Ruth Kane', side: 'CON' });
    expect(find(found, 'Most of those jobs already exist')).toMatchObject({ holder: 'Ruth Kane' });
    expect(find(found, 'I have followed this club')).toBeUndefined();
  });

  it("takes a body's spokesperson after its stance, and a reported consequence, as positions", () => {
    const found = positions(
      `Glenford to close its swimming pool

Glenford council approved on Monday a plan to close the town's swimming pool in April.

The swimming club opposed the plan. Its chair, Mark Bell, said that children from the estates would have nowhere to learn to swim.

The teachers' union said that the closure would force schools to bus pupils to the next town.

The pool opened in 1974.
`,
      'Should Glenford close its swimming pool?',
    );
    expect(find(found, 'nowhere to learn to swim')).toMatchObject({ side: 'CON' });
    expect(find(found, 'force schools to bus pupils')).toMatchObject({ side: 'CON' });
    expect(find(found, 'opened in 1974')).toBeUndefined();
  });

  it('sides those who brought a challenge against the measure, and a ruling that dismisses it', () => {
    const found = positions(
      `Traders lose challenge to Brindle market fee

The high court on Monday dismissed a challenge by a group of traders against Brindle's daily fee for market stalls.

The traders' barrister, Sam Okoye, had argued that the fee was set without any consultation with the stallholders.

Dismissing the challenge, Mr Justice Hale wrote that the council had followed every step the law requires.
`,
      'Should Brindle charge a daily fee for market stalls?',
    );
    expect(find(found, 'set without any consultation')).toMatchObject({ side: 'CON' });
    expect(find(found, 'followed every step the law requires')).toMatchObject({ side: 'PRO' });
  });

  it('takes what the action works against from the motion when it names it, not from the lede', () => {
    const found = positions(
      `Court upholds ban on cars in Castle Square

The court upheld on Friday the council's ban on cars on the main square of the town.

The council's lawyer said the square had become safe and quiet for families since the ban.
`,
      'Should cars be banned from Castle Square?',
    );
    const quote = find(found, 'safe and quiet for families');
    expect(quote?.evidence ?? '').not.toMatch(/square, which the action works against/iu);
  });

  it("takes the motion's subject as its actor, and a writer's sentence that takes up the actor's claim as an answer", () => {
    const found = positions(
      `Letters: Save our swimming pool

Sir, I was sorry to learn that the borough plans to close the Eastfield swimming pool in May.

The borough says the closure will save £90,000 a year. That saving will come out of the health of children who have nowhere else to learn to swim.

Ann Price, Eastfield
`,
      'Should the borough close the Eastfield swimming pool?',
    );
    expect(find(found, 'The borough says the closure')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'The borough says the closure')?.evidence).toMatch(/held by the actor/u);
    expect(find(found, 'That saving will come out of')).toMatchObject({ side: 'CON' });
    expect(find(found, 'That saving will come out of')?.evidence).toMatch(/takes it up/u);
    // A sentence that takes the claim up in words that clearly agree does not answer it.
    const agreeing = positions(
      `Letters: Close the old pool

Sir, I was glad to learn that the borough plans to close the Eastfield swimming pool in May.

The borough says the closure will save £90,000 a year. Those savings are welcome and will pay for better buses.

Ann Price, Eastfield
`,
      'Should the borough close the Eastfield swimming pool?',
    );
    expect(find(agreeing, 'Those savings are welcome')).toMatchObject({ side: 'PRO' });
  });

  it('does not take a headline subject that rejects or fights the action as its actor', () => {
    const found = positions(
      `Teachers reject longer school day

The government plans to add an hour to the school day from next year.

The teachers' union said it would fight the plan.
`,
      'Should the school day be an hour longer?',
    );
    expect(find(found, 'it would fight the plan')).toMatchObject({ side: 'CON' });
    expect(find(found, 'it would fight the plan')?.evidence).not.toMatch(/held by the actor/u);
  });

  it('sides what the action itself enables or hinders (lets them …, makes it harder for …)', () => {
    const found = positions(
      `Study backs longer opening hours for libraries

Libraries that open until ten at night are used by more students, a study found on Monday.

"Longer opening hours let them study after their shifts," said the study's author, Dr Mina Roy.

The librarians' union said that longer opening hours would make it harder for staff to get home safely.
`,
      'Should libraries have longer opening hours?',
    );
    expect(find(found, 'let them study')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'let them study')?.evidence).toMatch(
      /what the action does to people leans PRO/u,
    );
    expect(find(found, 'harder for staff')).toMatchObject({ side: 'CON' });
    expect(find(found, 'harder for staff')?.evidence).toMatch(
      /what the action does to people leans CON/u,
    );
    // Taking away what the motion keeps hinders against it; taking away what it undoes is its action.
    const letter = `Letters: Keep the late trains

Sir, I was dismayed to read that the rail company plans to withdraw the late trains to Orford.

Cutting these trains would leave bar staff and cleaners with no way home after midnight.

Jo Reed, Orford
`;
    const keep = positions(letter, 'Should the rail company keep the late trains to Orford?');
    const withdraw = positions(
      letter,
      'Should the rail company withdraw the late trains to Orford?',
    );
    expect(find(keep, 'with no way home')).toMatchObject({ side: 'PRO' });
    expect(find(withdraw, 'with no way home')).toMatchObject({ side: 'CON' });
  });

  it('sides the spokesperson of those who brought the case against the measure', () => {
    const found = positions(
      `Court upholds night ban on buskers in Corran

The high court on Monday upheld Corran's ban on street music after nine in the evening.

The buskers who brought the case said they would consider an appeal. "Music has filled these streets on summer nights for as long as anyone can remember," said their spokeswoman, Lena Fry. "Residents and musicians can live side by side."
`,
      'Should street music be banned in Corran after nine in the evening?',
    );
    expect(find(found, 'Music has filled these streets')).toMatchObject({ side: 'CON' });
    expect(find(found, 'Music has filled these streets')?.evidence).toMatch(
      /speaks for those who challenged the measure \(buskers\)/u,
    );
    expect(find(found, 'would consider an appeal')).toBeUndefined();
  });

  it("takes the same speaker's next sentence that gives the matter a quality through a pronoun", () => {
    const found = positions(
      `Council plans to sell Kirkby park

Kirkby council plans to sell the town's only park to a developer next year.

Gardener Ruth Lowe said selling the park would harm families and wildlife. She said it was the only green and quiet space in the old town. She said it was built in 1911.
`,
      'Should Kirkby council sell the park?',
    );
    expect(find(found, 'the only green and quiet space')).toMatchObject({ side: 'CON' });
    expect(find(found, 'the only green and quiet space')?.evidence).toMatch(/goes on about/u);
    expect(find(found, 'it was built in 1911')).toBeUndefined();
  });

  it('names a holder written with letters outside ASCII in full behind a pronoun', () => {
    const found = positions(
      `Ōtaki board votes to close night market

The Ōtaki community board voted on Monday to close the night market for good.

Board chair Aroha Pōtae said the market had become unsafe. "The closure will keep families safe on the main street," she said.
`,
      'Should Ōtaki close the night market?',
    );
    expect(find(found, 'will keep families safe')?.holder).toBe('Aroha Pōtae');
  });

  it('takes a holder who voted against as arguing against, in each of their claims', () => {
    const found = positions(
      `Harlow board votes to sell the old fire station

The Harlow board of works voted 5-2 on Monday to sell the old fire station to a hotel group.

Board member Tess Quayle, who voted against, said the town would lose its last public hall. "Once a building like that is gone, nobody ever gets it back," she said.

The sale is expected to close in June.
`,
      'Should Harlow sell the old fire station?',
    );
    expect(find(found, 'lose its last public hall')).toMatchObject({ side: 'CON' });
    expect(find(found, 'nobody ever gets it back')).toMatchObject({ side: 'CON' });
    expect(find(found, 'nobody ever gets it back')?.evidence).toMatch(
      /voted or campaigned against/u,
    );
    expect(find(found, 'expected to close in June')).toBeUndefined();
  });

  it('takes a holder who voted no as arguing against, in each of their claims', () => {
    const found = positions(
      `Cedar Falls school board approves later start times

CEDAR FALLS, Iowa (KCRG) — The Cedar Falls school board voted 4-3 Monday night to start high school classes an hour later next fall.

Board member Glen Harker, who voted no, said families would have a harder time fitting in jobs and sports. "We are making a choice that looks good on paper and costs working families the most," Harker said.

The new bell schedule begins Aug. 24.
`,
      'Should Cedar Falls high schools start classes an hour later?',
    );
    expect(find(found, 'a harder time fitting in jobs')).toMatchObject({ side: 'CON' });
    expect(find(found, 'looks good on paper')).toMatchObject({ side: 'CON' });
    expect(find(found, 'new bell schedule begins')).toBeUndefined();
  });

  it("takes a holder named as the bill's sponsor, or as the one who wrote the ordinance, as for it", () => {
    const bill = positions(
      `House passes ban on gas-powered leaf blowers

HARTFORD — A bill that would ban the sale of gas-powered leaf blowers in Connecticut passed the House 88-60 on Tuesday.

Rep. Dana Li (D-Westport), the bill's sponsor, said the machines are among the loudest and dirtiest tools in any neighborhood. "Landscape workers breathe those fumes eight hours a day," Li said.

The bill now goes to the Senate.
`,
      'Should Connecticut ban the sale of gas-powered leaf blowers?',
    );
    expect(find(bill, 'loudest and dirtiest tools')).toMatchObject({ side: 'PRO' });
    const ordinance = positions(
      `Council limits food trucks downtown

BRANDON, Miss. (WLBT) — The Brandon City Council voted 5-2 Monday to limit food trucks to three downtown spots.

Ald. Rita Moss, who wrote the ordinance, said trucks had been blocking sidewalks and fire lanes for months. "Our restaurants pay rent and taxes here, and they were losing customers to trucks parked at their doors," Moss said.

The limit takes effect May 1.
`,
      'Should Brandon limit food trucks to three downtown spots?',
    );
    expect(find(ordinance, 'blocking sidewalks and fire lanes')).toMatchObject({ side: 'PRO' });
  });

  it('takes the body named as the developer, under its own name later, as for what it applied to build', () => {
    const found = positions(
      `Planning board hears plans for a solar farm on Miller Road

Tolland County's planning board on Thursday heard plans for a 90-acre solar farm on Miller Road.

Sunfield Energy, the Denver-based developer, wants to install about 40,000 panels on land now leased for hay.

Residents said the panels would spoil the view from their homes. "Nobody moved out here to look at a sea of glass," said neighbor Ruth Kemp.

Sunfield said the panels would sit behind a row of trees and would not be seen from the road.

The board will vote in April.
`,
      'Should Tolland County approve the solar farm on Miller Road?',
    );
    expect(find(found, 'would not be seen from the road')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'sea of glass')).toMatchObject({ side: 'CON' });
  });

  it('takes an officer named by the kind of body the sentence before names as speaking for that body', () => {
    const found = positions(
      `Assembly passes bill to raise the minimum age for tanning beds

MADISON — The Assembly voted 71-26 on Thursday to bar anyone under 18 from using tanning beds.

The Wisconsin Dermatology Association, the state's largest group of skin doctors, supported the bill. "We have been asking lawmakers for this for a decade," association president Carla Nunez said in a statement.

The Senate takes up the bill next month.
`,
      'Should Wisconsin bar anyone under 18 from using tanning beds?',
    );
    expect(find(found, 'asking lawmakers for this for a decade')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'takes up the bill next month')).toBeUndefined();
  });

  it('reads a measure that would leave people scrambling as a harm of it', () => {
    const found = positions(
      `Transit board approves cutting late-night bus service

DAYTON, Ohio (WDTN) — The Greater Dayton transit board voted 6-3 Wednesday to end bus service after 10 p.m. on six routes.

Marcus Webb, a cook who works until midnight, said the change would leave night-shift workers scrambling for rides home.

The cuts begin Sept. 1.
`,
      'Should the Greater Dayton transit board end bus service after 10 p.m. on six routes?',
    );
    expect(find(found, 'leave night-shift workers scrambling')).toMatchObject({ side: 'CON' });
    expect(find(found, 'The cuts begin Sept. 1')).toBeUndefined();
  });

  it("reads a wire report's next paragraph quotation with its speaker, and a lessened harm as for the action", () => {
    const found = positions(
      `Parliament votes to close city streets to lorries

ARDEN, May 4 (Wirenet) - Parliament voted on Thursday to close the streets of Arden to heavy lorries in the daytime.

Mobility minister Karin Holt said the rule would reduce deadly accidents in the old town.

"Our children will finally walk to school without fear," Holt told reporters.

The rule takes effect in September.
`,
      'Should Arden close its streets to heavy lorries in the daytime?',
    );
    expect(find(found, 'would reduce deadly accidents')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'walk to school without fear')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'takes effect in September')).toBeUndefined();
  });

  it("reads a vox pop's labelled speakers, and leaves an indifferent answer alone", () => {
    const found = positions(
      `Car-free Sundays: what Brackley residents say

From next month, cars will be banned from the centre of Brackley every Sunday. We asked people in the square for their views.

Nadia Osei, 29, teacher: "The square is lovely without traffic. My kids can finally ride their bikes here."

Peter Hume, 66, taxi driver: "It's a disaster for my trade. Sunday is my busiest day."

Lily Grant, 22, student: "I don't drive, so it won't change much for me."
`,
      'Should cars be banned from the centre of Brackley on Sundays?',
    );
    expect(find(found, 'The square is lovely without traffic')).toMatchObject({
      holder: 'Nadia Osei',
    });
    expect(find(found, "It's a disaster for my trade")).toMatchObject({
      holder: 'Peter Hume',
      side: 'CON',
    });
    expect(find(found, "won't change much for me")).toBeUndefined();
  });
  it("takes what the measure's money pays for, and a study's finding, as arguments", () => {
    const found = positions(
      `Lakeport approves tourist levy

Lakeport's council voted on Thursday to add a levy of two euros a night to every hotel bill from April.

Hotel owners said the levy would make the town more expensive than its neighbours.

"Every euro we raise goes to housing for the people who live here," the mayor, Ines Vidal, told the council.

Marta Quiroga studies tourism at the University of Lakeport.

"Our research found that visitor numbers kept growing in the nine towns that brought in a charge," Quiroga said.

The first payments are due in May.
`,
      'Should Lakeport add a levy to hotel bills?',
    );
    expect(find(found, 'Every euro we raise goes to housing')).toMatchObject({
      holder: 'Ines Vidal',
      side: 'PRO',
    });
    expect(find(found, 'visitor numbers kept growing')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'The first payments are due')).toBeUndefined();
    // The money goes elsewhere: against.
    // One more paragraph after the same lede: the side of the claim that contains `fragment`.
    const sideAfterLede = (paragraph: string, fragment: string) =>
      find(
        positions(
          `Lakeport approves tourist levy\n\nLakeport's council voted on Thursday to add a levy of two euros a night to every hotel bill from April.\n\n${paragraph}\n`,
          'Should Lakeport add a levy to hotel bills?',
        ),
        fragment,
      )?.side;
    expect(
      sideAfterLede(
        '"Not a cent of the money they collect goes to the villages," said Pere Soler, who runs a guesthouse in Vallbona.',
        'Not a cent',
      ),
    ).toBe('CON');
    expect(
      sideAfterLede(
        '"Every euro they collect goes to the consultants who run the booking system," said Pere Soler, who runs a guesthouse.',
        'goes to the consultants',
      ),
    ).toBe('CON');
    // The levy itself paying for something is its benefit; paying the levy is not.
    expect(
      sideAfterLede(
        'Councillor Jo Marr said the levy would pay for two more lifeguards on the town beach.',
        'pay for two more lifeguards',
      ),
    ).toBe('PRO');
    // Money a new levy raises to replace a measure the motion undoes is still a benefit.
    const replaced = positions(
      `Government to scrap bridge tolls

The government will scrap the tolls on the Kell bridge from January.

"The money will come from a levy on lorries. Every euro we raise that way goes to bridge repairs," said transport minister Ola Berg.
`,
      'Should the tolls on the Kell bridge be scrapped?',
    );
    expect(find(replaced, 'Every euro we raise that way')?.side).toBe('PRO');
  });

  it('reads a burden the measure puts on the speaker as against it, and one it lifts as for it', () => {
    const found = positions(
      `Northby to close its swimming pool on weekdays

Northby council will close the town's swimming pool from Monday to Friday from June, keeping it open at weekends.

"My son trains every evening, so I will have to drive him forty minutes to Eastholm," said Ruth Amari, a parent.

Lifeguard Sam Cole said the staff would welcome the change. "We won't have to split ourselves between two pools any more," he said.
`,
      'Should Northby close its swimming pool on weekdays?',
    );
    expect(find(found, 'I will have to drive him forty minutes')).toMatchObject({
      holder: 'Ruth Amari',
      side: 'CON',
    });
    expect(find(found, "We won't have to split ourselves")?.side).toBe('PRO');
    // Not knowing yet is no burden.
    const waiting = positions(
      `Northby to close its swimming pool on weekdays

Northby council will close the town's swimming pool from Monday to Friday from June.

"We will have to wait and see how many families come at weekends," said Tim Ode, who manages the pool.
`,
      'Should Northby close its swimming pool on weekdays?',
    );
    expect(find(waiting, 'We will have to wait and see')?.evidence ?? '').not.toMatch(/burden/u);
  });
  it("reads a court report's plaintiff, her lawyer and a witness, and a cost the measure put on her", () => {
    const found = positions(
      `Landlord sues city over cap on short lets

A landlord in Ferrow has taken the city council to court over its cap of sixty nights a year on renting flats to tourists.

The hearing began on Tuesday. The plaintiff, Ada Novak, who owns the Novak Apartments on Quay Street, told the court the cap had cost her half of her income. "I will have to sell one of the flats," she said.

Her lawyer, Tom Reyes, argued that the council had ignored its own housing survey before deciding.

A tenant, Lea Moss, gave evidence that she had been refused three flats because they were let to tourists.

A ruling is expected next month.
`,
      'Should Ferrow cap the renting of flats to tourists?',
    );
    expect(find(found, 'the cap had cost her half of her income')?.side).toBe('CON');
    // "she" is the plaintiff, not the apartments named with an article.
    expect(find(found, 'I will have to sell one of the flats')).toMatchObject({
      holder: 'Ada Novak',
      side: 'CON',
    });
    expect(find(found, 'the council had ignored its own housing survey')?.side).toBe('CON');
    expect(find(found, 'she had been refused three flats')).toBeDefined();
    expect(find(found, 'A ruling is expected')).toBeUndefined();
  });

  it('gives each signed letter of a page its own writer, opening sentence included', () => {
    const found = positions(
      `Letters: Night parking charges in Wexham

Sir, The council's plan to charge for parking after 6pm would price out the shift workers who keep our town running. I ask councillors to reconsider.

Joan Pike, Wexham

Sir, I have lived in Wexham all my life. I fully support the new charge. Free evening parking fills the square with cars that never move.

Owen Baird, Lower Wexham
`,
      'Should Wexham charge for parking after 6pm?',
    );
    const held = (fragment: string) => {
      const p = find(found, fragment);
      return p && `${p.holder} ${p.side}`;
    };
    expect(held('would price out the shift workers')).toBe('Joan Pike CON');
    expect(held('I ask councillors to reconsider')).toBe('Joan Pike CON');
    expect(held('I fully support the new charge')).toBe('Owen Baird PRO');
    // A signed letter's sentence that only tells is the writer's when it speaks of the matter.
    expect(find(found, 'Free evening parking fills the square')).toMatchObject({
      holder: 'Owen Baird',
    });
    expect(find(found, 'I have lived in Wexham all my life')).toBeUndefined();
  });

  it('reads "this is the last thing they need" as a verdict against the measure', () => {
    const found = positions(
      `Dunmore to charge for bin collection

Dunmore council will charge households ten euros a month for bin collection from March.

The residents' association opposed the fee. Its chair, Rosa Hill, said: "Families are already stretched. This is the last thing they need."
`,
      'Should Dunmore charge households for bin collection?',
    );
    expect(find(found, 'This is the last thing they need')?.side).toBe('CON');
  });
});

describe('round 5: lists, unlabelled answers and paraphrased reactions', () => {
  const markdown = (text: string, motion: string) =>
    extractSeeds(parseArticle({ text, format: 'MARKDOWN' }), motion).positions;

  it("takes each point of a list as its introducer's claim, sided by the heading", () => {
    const found = markdown(
      `# Dorwick's tram line: the arguments

Dorwick will vote in May on a tram line from the station to the hospital.

## Arguments for

Backers of the line say:

- Buses on the route are full by eight in the morning.
- Trams run on power from the grid, not diesel.

## Arguments against

Shop owners on the route argue that:

- Two years of road works would empty the high street.
- The money would pay for a dozen new bus routes.

## When will it be decided?

The vote is on 12 May.
`,
      'Should Dorwick build a tram line to the hospital?',
    );
    expect(find(found, 'Buses on the route are full')?.side).toBe('PRO');
    expect(find(found, 'Trams run on power from the grid')?.side).toBe('PRO');
    expect(find(found, 'Two years of road works')).toMatchObject({
      holder: 'Shop owners on the route',
      side: 'CON',
    });
    expect(find(found, 'pay for a dozen new bus routes')?.side).toBe('CON');
    // The sentence that announces the list says nothing itself.
    expect(find(found, 'argue that:')).toBeUndefined();
    expect(find(found, 'The vote is on 12 May')).toBeUndefined();
  });

  it('takes a bare reaction to the decision as a position, sided by its verb', () => {
    const found = positions(
      `Fenwick votes to keep its cinema

Residents of Fenwick have voted to keep the town cinema open with council money.

The mayor of Fenwick, Jane Lowe, welcomed the result.

The Fenwick Taxpayers Group condemned the outcome.
`,
      'Should Fenwick keep its cinema open with council money?',
    );
    expect(find(found, 'welcomed the result')?.side).toBe('PRO');
    // Sharing the actor's name does not make a group that condemns the outcome act for it.
    expect(find(found, 'condemned the outcome')?.side).toBe('CON');
  });

  it("takes no position from a vote's or a poll's share of people", () => {
    const found = positions(
      `Fenwick votes to keep its cinema

Residents of Fenwick have voted to keep the town cinema open with council money.

Of the 3,100 people who voted, 61 per cent backed the plan. A majority of voters in the old town rejected it.

The cinema's manager, Rob Finch, said the result would keep films in the town for children.
`,
      'Should Fenwick keep its cinema open with council money?',
    );
    expect(find(found, '61 per cent backed the plan')).toBeUndefined();
    expect(find(found, 'A majority of voters')).toBeUndefined();
    expect(find(found, 'would keep films in the town')).toBeDefined();
  });

  it('reads a plain-text list under a line the layout left a paragraph', () => {
    const found = positions(
      `Dorwick's tram line: the arguments

Dorwick will vote in May on a tram line from the station to the hospital.

Arguments for

Backers of the line say:
- Buses on the route are full by eight in the morning.
- Trams run on power from the grid, not diesel.

Arguments against

Shop owners on the route say:
- Two years of road works would empty the high street.
- The money would pay for a dozen new bus routes.
`,
      'Should Dorwick build a tram line to the hospital?',
    );
    expect(find(found, 'Buses on the route are full')?.side).toBe('PRO');
    expect(find(found, 'pay for a dozen new bus routes')?.side).toBe('CON');
  });

  it('reads a list whose introducer names nobody as any paragraphs', () => {
    const found = positions(
      `New rules for Dorwick market

Dorwick council has approved new rules for its Saturday market from May.

The changes include:

Stalls must close by 4pm.

Critics say the fee rise for traders is unfair.
`,
      'Should Dorwick raise the fee for market traders?',
    );
    expect(find(found, 'the fee rise for traders is unfair')).toMatchObject({
      holder: 'Critics',
      side: 'CON',
    });
  });

  it("reads an unlabelled answer under an interviewer's question as the interviewee's", () => {
    const found = markdown(
      `# The mayor on the stove ban

*Brenmouth's mayor, Olga Stein, wants to ban wood-burning stoves in the town centre. She spoke to Sam Price.*

**Why ban stoves?**

A ban will give our children clean air to breathe on winter evenings. Stoves are the biggest cause of smoke in our streets.

**When did you decide?**

We met in March.

**Stove sellers say the ban will ruin them. Are they right?**

The ban leaves them the whole county outside the town centre to sell in.

Ben Hale, who sells stoves on the high street, disagreed. "Half my customers live in the centre," he said.
`,
      'Should Brenmouth ban wood-burning stoves in the town centre?',
    );
    // Kept and held by the interviewee (its side comes from the usual cues).
    expect(find(found, 'A ban will give our children clean air')?.holder).toBe('Olga Stein');
    expect(find(found, 'We met in March')).toBeUndefined();
    // The writer's own paragraph with a quotation is not an answer.
    expect(find(found, 'Half my customers')?.holder).not.toBe('Olga Stein');
  });

  it('reads the same interview in plain text, bold questions kept as written', () => {
    const text = `The mayor on the stove ban

*Brenmouth's mayor, Olga Stein, wants to ban wood-burning stoves in the town centre. She spoke to Sam Price.*

**Why ban stoves?**

A ban will give our children clean air to breathe on winter evenings.

**When did you decide?**

We met in March.

**Will sellers lose out?**

Stove sellers keep the whole county outside the town centre to sell in.
`;
    const article = parseArticle({ text, format: 'TEXT' });
    const found = extractSeeds(article, 'Should Brenmouth ban wood-burning stoves?').positions;
    expect(find(found, 'A ban will give our children clean air')?.holder).toBe('Olga Stein');
    // Answers are asked for one by one: the next one is not kept for following an argued one.
    expect(find(found, 'We met in March')).toBeUndefined();
    expect(extractSeeds(article).motionCandidates[0]?.text).toBe(
      'Should Brenmouth ban wood-burning stoves in the town centre?',
    );
  });

  it('gives "he" the full name of a surname that opens the paragraph', () => {
    const found = positions(
      `Ferry fares to rise

The island council will raise ferry fares by a fifth from June.

The ferry users' group chair, Per Lund, had asked for a smaller rise.

Lund, speaking after the meeting, was unmoved. "Higher fares will cost islanders more to get to work than anyone on the mainland," he said.
`,
      'Should the island council raise ferry fares?',
    );
    expect(find(found, 'Higher fares will cost islanders more')?.holder).toBe('Per Lund');
  });

  it('keeps the quotation of who welcomed or condemned the decision, whatever its words', () => {
    const found = positions(
      `Harbour to close to jet skis

Kelso harbour board has banned jet skis from the inner harbour.

The harbour master, Ian Roe, welcomed the decision. "We pulled two swimmers out of the water last August," he said.
`,
      'Should jet skis be banned from Kelso inner harbour?',
    );
    expect(find(found, 'We pulled two swimmers out')?.side).toBe('PRO');
  });

  it('reads a complaint that the action came late as a verdict for it', () => {
    const found = positions(
      `Province orders cull of feral goats

The province has ordered a cull of feral goats on Hallen island.

The island's senator, Rita Kemp, said the province had waited too long.

A farmer, Joe Marr, said officials had acted too slowly to save the young trees.
`,
      'Should feral goats on Hallen island be culled?',
    );
    expect(find(found, 'had waited too long')?.side).toBe('PRO');
    expect(find(found, 'had acted too slowly')?.side).toBe('PRO');
  });

  it('takes a reported feeling about the outcome as a position, a told fact not', () => {
    const found = positions(
      `Swimming pool to stay open

Lowden council has voted to keep the town's swimming pool open for another ten years.

The Save Lowden Pool campaign said they were delighted.

The council's finance chief, Mark Orr, said members were disappointed.

A spokesman said the meeting was long.
`,
      "Should Lowden keep the town's swimming pool open?",
    );
    expect(find(found, 'said they were delighted')?.side).toBe('PRO');
    expect(find(found, 'members were disappointed')?.side).toBe('CON');
    expect(find(found, 'the meeting was long')).toBeUndefined();
  });

  it("takes a feeling in the speaker's own quoted word, or joined on to what was said", () => {
    const found = positions(
      `Ferry route to close

The regional council voted on Monday to close the ferry route between Ostby and Marn.

The ferry operator said it had carried 90,000 passengers last year and was "dismayed" by the decision.

Islanders' association Marn Together said they were "bitterly disappointed" and were looking at a legal challenge.
`,
      'Should the regional council close the ferry route between Ostby and Marn?',
    );
    expect(find(found, 'was "dismayed" by the decision')?.side).toBe('CON');
    expect(find(found, 'they were "bitterly disappointed"')?.side).toBe('CON');
  });

  it('reads a call to reconsider "it" or "the decision" as against an undoing already done', () => {
    const found = positions(
      `Broadcaster scraps youth orchestra

The national broadcaster said on Friday it had scrapped its youth orchestra to save money.

The musicians' union called on the broadcaster's board to reconsider the decision.

The orchestra's conductor, Ana Ruiz, urged the board to reverse it before the summer season.
`,
      'Should the national broadcaster scrap its youth orchestra?',
    );
    expect(find(found, 'to reconsider the decision')?.side).toBe('CON');
    expect(find(found, 'to reverse it')?.side).toBe('CON');
  });

  it('gives a guessed half of "Several said X, while others said Y" the side opposite the other', () => {
    const found = positions(
      `Town to charge drivers entering centre

Dunmore council will charge drivers £5 a day to enter the town centre from May.

Shopkeepers were split. Several said the council had to be strict about the centre, while others said the charge would drive shoppers to the retail park.
`,
      'Should Dunmore charge drivers to enter the town centre?',
    );
    expect(find(found, 'the charge would drive shoppers')?.side).toBe('CON');
    expect(find(found, 'had to be strict about the centre')?.side).toBe('PRO');
  });

  it('gives the noun before "many of whom …" as the holder, not the relative clause', () => {
    const found = positions(
      `Port bans cruise ships from old harbour

The port authority of Selby Bay will ban cruise ships from the old harbour from next summer.

Tour guides, many of whom depend on cruise passengers for most of their work, said the ban would cost them their living.
`,
      'Should Selby Bay ban cruise ships from the old harbour?',
    );
    expect(find(found, 'would cost them their living')).toMatchObject({
      holder: 'Tour guides',
      side: 'CON',
    });
  });

  it('reads how the decision-taker "acted" ("correctly", "hastily") as a verdict on the action', () => {
    const found = positions(
      `Museum board sells painting

The board of the Hallow Museum voted on Tuesday to sell its only Turner painting to pay for a new roof.

The region's culture minister, Eva Lind, said the board had acted correctly.

The Friends of Hallow Museum said the board had acted hastily.
`,
      'Should the Hallow Museum sell its Turner painting?',
    );
    expect(find(found, 'the board had acted correctly')?.side).toBe('PRO');
    expect(find(found, 'the board had acted hastily')?.side).toBe('CON');
  });

  it('reads "disagreed with" the decision as a stance against it, whatever the words after', () => {
    const found = positions(
      `Town council closes night shelter

The town council of Brenford voted on Monday to close its night shelter in March.

The charity that runs the shelter said it disagreed with the closure of a good and well-run service.
`,
      'Should Brenford close its night shelter?',
    );
    expect(find(found, 'disagreed with the closure')?.side).toBe('CON');
  });

  it('reads "block" like "ban": what is blocked is what the action works against', () => {
    const motions = [
      'Should the regulator block the betting app Spinly?',
      'Should the betting app Spinly be blocked?',
    ];
    for (const motion of motions) {
      const found = positions(
        `Regulator blocks betting app Spinly

The gambling regulator on Monday ordered phone networks to block the betting app Spinly.

Punters said Spinly offered the best odds in the country and was easy to use.
`,
        motion,
      );
      expect([motion, find(found, 'offered the best odds')?.side]).toEqual([motion, 'CON']);
    }
  });

  it('leaves a precedent the reporter sets the event against ("the first time since …") alone', () => {
    const found = positions(
      `Watchdog blocks takeover of ferry firm

The competition watchdog on Tuesday blocked the takeover of the ferry firm Sealink by its rival Bluewave.

It is the first time since 2011 that the watchdog has blocked a takeover.

The watchdog has never blocked a shipping deal before.

Passenger groups said the decision was right and would keep fares down.
`,
      'Should the competition watchdog block the takeover of Sealink by Bluewave?',
    );
    expect(find(found, 'the first time since 2011')).toBeUndefined();
    expect(find(found, 'never blocked a shipping deal before')).toBeUndefined();
    expect(find(found, 'the decision was right')?.side).toBe('PRO');
  });

  it('sides a question of fact by whether its subject works, a sceptic against', () => {
    const found = positions(
      `Do speed cameras cut crashes?

A study by Hollin University found that crashes on roads with speed cameras fell by a fifth in three years.

The transport researcher who led it, Dr Ana Vidal, said the cameras saved lives.

The drivers' group Free Roads said crashes fell just as fast on roads without cameras.

Critics doubt that the cameras work at all.
`,
      'Do speed cameras cut crashes?',
    );
    expect(find(found, 'the cameras saved lives')?.side).toBe('PRO');
    expect(find(found, 'crashes fell just as fast on roads without cameras')?.side).toBe('CON');
    expect(find(found, 'Critics doubt that the cameras work')?.side).toBe('CON');
  });

  it("leans a doubter's words against the measure, whatever they say", () => {
    const found = positions(
      `Town to light its beach at night

Marwick council will put floodlights on the main beach from July.

The leisure chief, Ann Cole, said the floodlights would make the beach safer for families.

Jo Reed, who runs the beach cafe, remained unconvinced. "Visitors love the dark sand and the stars over the bay, and floodlights will not help my trade," she said.
`,
      'Should Marwick put floodlights on the main beach?',
    );
    expect(find(found, 'Visitors love the dark sand')?.side).toBe('CON');
  });

  it('leans what follows a rejection of the evidence against the measure', () => {
    const found = positions(
      `Report says weedkiller may harm bees

A report by the Orvin Institute says the weedkiller florazine may weaken bumblebee colonies, and calls for it to be sold only to licensed farmers.

Agrimont, which sells florazine, disputed the findings. A spokesman said florazine had been tested on farms for fifteen years and that farmers would lose a fifth of their wheat without it.
`,
      'Should florazine be sold only to licensed farmers?',
    );
    expect(find(found, 'had been tested on farms for fifteen years')?.side).toBe('CON');
  });

  it('reads what a bill creates or takes away from people as its effect', () => {
    const found = positions(
      `Senate weighs longer opening hours for pubs

The senate of Tavia is debating a bill that would let pubs stay open until 3am.

The tourism minister, Lea Horn, said the bill would create 4,000 jobs in the cities.

Senator Tom Beck said the bill would take away the only quiet hours that people living above pubs have.
`,
      'Should pubs in Tavia be allowed to stay open until 3am?',
    );
    expect(find(found, 'would create 4,000 jobs')?.side).toBe('PRO');
    expect(find(found, 'would take away the only quiet hours')?.side).toBe('CON');
  });

  it("drops a live blog's time stamp and dash from the holder", () => {
    const found = positions(
      `Budget debate: live

10:02 — The city council is debating a rise in the local tax.

10:15 — Senator Mia Lund says the tax rise would push young families out of the city.

10:40 — The debate is paused for lunch.
`,
      'Should the city raise the tax?',
    );
    expect(find(found, 'push young families out of the city')?.holder).toBe('Senator Mia Lund');
  });

  it('takes a preferred alternative to the action as against it', () => {
    const found = positions(
      `Council to close the Elm Road library

Tarby council will close the Elm Road library in April to save £90,000 a year.

The council leader, Joan Pike, said the building was too costly to heat.

Councillor Ravi Shah said the council could save the same money and keep readers happy by renting out the upper floor, instead of closing the library.
`,
      'Should Tarby close the Elm Road library?',
    );
    expect(find(found, 'instead of closing the library')?.side).toBe('CON');
  });

  it('reads "we have to act" as a call to act, not a burden the measure puts on the speaker', () => {
    const found = positions(
      `Council to plant trees on every school street

Orwick council will plant trees on every street with a school by next winter.

The council's health lead, Mina Patel, said the streets were among the hottest in the town. "Children walk to school in the heat. We have to change that," she said.
`,
      'Should Orwick plant trees on every school street?',
    );
    expect(find(found, 'We have to change that')?.evidence).not.toMatch(/burden/u);
  });

  it("takes a lede that is someone's own words as their position, not the report's", () => {
    const found = positions(
      `Ferry cut would strand islanders, says skipper

"Cutting the winter ferry would leave the island cut off for weeks at a time," said skipper Ewan Rudd.

The transport board decides on Thursday whether to drop the winter sailings.
`,
      'Should the transport board drop the winter ferry sailings?',
    );
    expect(find(found, 'leave the island cut off')).toMatchObject({
      holder: 'skipper Ewan Rudd',
      side: 'CON',
    });
  });

  it('reads bullets under a bare "For" or "Against" heading as that side\'s points', () => {
    const found = extractSeeds(
      parseArticle({
        text: `# Should Tollby pedestrianise its market square?

Tollby's council will decide in June whether to close the market square to traffic.

## For

- Shoppers linger longer where they do not have to dodge vans.
- The square would be safer for the children who cross it to reach the library.

## Against

- Elderly residents who cannot walk far would lose the bus stop outside the post office.
- Traders say deliveries before dawn would wake the flats above the shops.
`,
        format: 'MARKDOWN',
      }),
      'Should Tollby pedestrianise its market square?',
    ).positions;
    expect(find(found, 'Shoppers linger longer')?.side).toBe('PRO');
    expect(find(found, 'safer for the children')?.side).toBe('PRO');
    expect(find(found, 'would lose the bus stop')?.side).toBe('CON');
    expect(find(found, 'would wake the flats')?.side).toBe('CON');
    expect(find(found, 'Shoppers linger longer')?.holder).toBe('supporters');
  });

  it('takes no table row and no call to subscribe as a point, under a heading that names a side', () => {
    const found = extractSeeds(
      parseArticle({
        text: `# Should Tollby pedestrianise its market square?

Tollby's council will decide in June whether to close the market square to traffic.

## For

- Shoppers linger longer where they do not have to dodge vans.
- The square would be safer for the children who cross it to reach the library.

| Year | Accidents | Vans a day |
|------|-----------|------------|
| 2024 | 12 | 340 |

## Against

- Elderly residents who cannot walk far would lose the bus stop outside the post office.
- Traders say deliveries before dawn would wake the flats above the shops.

Subscribe to get the next issue in your inbox.
`,
        format: 'MARKDOWN',
      }),
      'Should Tollby pedestrianise its market square?',
    ).positions;
    expect(found.map((p) => p.quote)).toEqual([
      'Shoppers linger longer where they do not have to dodge vans.',
      'The square would be safer for the children who cross it to reach the library.',
      'Elderly residents who cannot walk far would lose the bus stop outside the post office.',
      'Traders say deliveries before dawn would wake the flats above the shops.',
    ]);
  });

  it('takes a speaker under "## The case for" on the matter, though the words name none of it', () => {
    const found = extractSeeds(
      parseArticle({
        text: `# Should Fenwick close its coastguard station?

The coastguard agency will decide in May whether to close the coastguard station at Fenwick and run rescues from Dunmore, 40 miles away.

## The case for

The region's rescue chief, Leila Sharif, said that merging the two crews would end the reliance on temporary staff and let crews train on harder rescues.

## The case against

The harbour master, Owen Pike, said a lifeboat called from Dunmore would reach the Fenwick reefs twenty minutes later than today.
`,
        format: 'MARKDOWN',
      }),
      'Should the coastguard agency close the coastguard station at Fenwick?',
    ).positions;
    expect(find(found, 'merging the two crews would end')?.side).toBe('PRO');
  });

  it('does not read bullets under a heading that only starts with "For" as a side\'s points', () => {
    const found = extractSeeds(
      parseArticle({
        text: `# Tollby to pedestrianise its market square

Tollby's council will close the market square to traffic from June.

## For parents

- Buggies can be left at the library desk.
- The play area stays open until six.
`,
        format: 'MARKDOWN',
      }),
      'Should Tollby pedestrianise its market square?',
    ).positions;
    expect(find(found, 'Buggies can be left')).toBeUndefined();
  });

  it('takes the noun an "-ing" word describes, not the activity, as what lowering works against', () => {
    const found = positions(
      `Dunholt weighs lower speed limit near schools

Dunholt council will vote on cutting the driving limit near its schools to 20mph.

Head teacher Rosa Quint said children who walk to school would finally be safe from speeding cars. Parents who are driving to work would barely lose a minute, she said.
`,
      'Should Dunholt cut the driving limit near schools?',
    );
    expect(find(found, 'barely lose a minute')?.evidence ?? '').not.toMatch(/works against/u);
  });

  it("takes no position from an interviewer's question and drops a transcript's answer mark", () => {
    const found = positions(
      `Harbour master Ilse Brand on the plan to dredge Morrow Bay

Morrow's harbour master, Ilse Brand, wants the bay dredged before the autumn storms. She spoke to Tom Reyes.

Q: Fishermen say dredging will kill the mussel beds. What do you tell them?

A: That the beds moved twice in my lifetime without any help from us. A silted channel sinks more boats than it saves mussels.

Q: Will you go ahead if the county refuses to pay?

A: The channel is the town's lifeline. Dredging it would let the ferries run at low tide again.
`,
      'Should Morrow Bay be dredged?',
    );
    expect(find(found, 'will kill the mussel beds')).toBeUndefined();
    expect(find(found, 'Dredging it would let the ferries run')).toMatchObject({
      holder: 'Ilse Brand',
      side: 'PRO',
    });
    expect(find(found, 'Dredging it would let the ferries run')?.quote).not.toMatch(/^A:/u);
  });

  it("reads an editorial known by its rubric: the writer's own sentences, leaned by the headline", () => {
    const found = positions(
      `Leader: Restoring the midnight ferry is the right thing to do

On Monday the harbour board will decide whether to restore the midnight ferry to Fordham.

Nurses finishing a late shift would no longer sleep in their cars by the quay. Every pub and theatre on the island would keep its last hour of trade.

The board will hear that the service lost money. It lost less than the car park it paid for.
`,
      'Should the harbour board restore the midnight ferry to Fordham?',
    );
    expect(find(found, 'On Monday the harbour board will decide')).toBeUndefined();
    expect(find(found, 'would no longer sleep in their cars')).toMatchObject({
      holder: 'the editorial',
      side: 'PRO',
    });
    expect(find(found, 'would keep its last hour of trade')?.evidence).toMatch(/headline/u);
  });

  it('reads the measure called needless ("does not need a …") as a verdict against it', () => {
    const found = positions(
      `Millbeck weighs second bridge

Millbeck council will vote next week on a second road bridge over the Wend.

Councillor Ada Voss said the town does not need a bridge that would carry lorries past two schools.
`,
      'Should Millbeck build a second road bridge over the Wend?',
    );
    expect(find(found, 'does not need a bridge')).toMatchObject({ side: 'CON' });
    expect(find(found, 'does not need a bridge')?.evidence).toMatch(/verdict/u);
  });

  it('reads "one of the four" after a 9 to 4 vote as a vote against, and keeps the quotation beside it', () => {
    const found = positions(
      `Brisby board votes to merge its two village schools

The Brisby school board voted 9 to 4 on Tuesday to merge the Upper Wold and Lower Wold primary schools on one site.

Board member Hana Cole, one of the four, said small classes were what parents had moved to the valley for. "Children should not spend an hour a day on a minibus," she said.

The merged school opens in September.
`,
      'Should Brisby merge its two village schools?',
    );
    expect(find(found, 'small classes were what parents had moved')).toMatchObject({
      side: 'CON',
    });
    expect(find(found, 'small classes were what parents had moved')?.evidence).toMatch(/minority/u);
    expect(find(found, 'small classes were what parents had moved')?.holder).toMatch(
      /^Board member Hana Cole/u,
    );
    expect(find(found, 'an hour a day on a minibus')?.side).toBe('CON');
    expect(find(found, 'The merged school opens')).toBeUndefined();
  });

  it('does not take a camp named in a phrase of place ("far from its supporters") as the speaker', () => {
    const found = positions(
      `Opinion: Kelso Rovers should stay at Brook Park

By Nell Archer

I think the club's plan to move to a new ground at Saltmarsh is a mistake. The new ground would sit nine miles from its supporters, on a road with no bus.
`,
      'Should Kelso Rovers move to a new ground at Saltmarsh?',
    );
    const far = find(found, 'nine miles from its supporters');
    expect(far?.holder).toBe('Nell Archer');
    expect(far?.evidence).not.toMatch(/stance subject/u);
    expect(far?.side).toBe('CON');
  });

  it("takes an editorial's telling sentence when it speaks of the matter, not when it does not", () => {
    const found = positions(
      `Comment: The Gullhaven wind farm is the wrong plan

On Friday the county board approved forty turbines off Gullhaven Point.

Turbines of this size killed hundreds of seabirds at Renmoor in their first winter. The gannets have nested on the point for a thousand years.

Nobody asked the fishermen.
`,
      'Should the county build a wind farm off Gullhaven Point?',
    );
    expect(find(found, 'killed hundreds of seabirds')).toMatchObject({
      holder: 'the writer',
      side: 'CON',
    });
    expect(find(found, 'Nobody asked the fishermen')).toBeUndefined();
    expect(find(found, 'On Friday the county board approved')).toBeUndefined();
  });

  it('reads a threat to leave or close without what the action gives as for the action', () => {
    const found = positions(
      `Orchestra asks Peltby for a new concert hall

Peltby council will decide in March whether to fund a new concert hall for the Peltby Symphony.

The orchestra's manager, Ivo Brandt, said the players would move to Carrick unless they got a proper hall of their own.
`,
      'Should Peltby council fund a new concert hall?',
    );
    expect(find(found, 'would move to Carrick')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'would move to Carrick')?.evidence).toMatch(/threatens/u);
  });

  it("leaves out an interviewee's answer that only tells of themself, not one that argues", () => {
    const found = positions(
      `Councillor Ruth Amsel on closing Dace Street to cars

Dace Street could be closed to cars from May. Councillor Ruth Amsel, who proposed it, spoke to Kit Farrow.

Q: Have you had much abuse over this?

A: I stopped reading my emails in March. I sleep badly before every council meeting.

Q: What do you say to the shopkeepers?

A: I believe their takings will rise. Closing Dace Street to cars would bring families back to the shops.
`,
      'Should Dace Street be closed to cars?',
    );
    expect(find(found, 'I sleep badly before every council meeting')).toBeUndefined();
    expect(find(found, 'would bring families back to the shops')).toMatchObject({
      holder: 'Councillor Ruth Amsel',
      side: 'PRO',
    });
  });

  it('keeps what members of a group said after it is called divided, though it names nothing of the matter', () => {
    const found = positions(
      `Ravenby votes to pedestrianise Mill Lane

Ravenby council voted on Monday to pedestrianise Mill Lane from July.

Residents of the lane were split. Agnes Hoyle, who has lived there for forty years, said she would finally hear birdsong from her kitchen. Her neighbour Tom Pike said his disabled son would be stranded.

The works start in June.
`,
      'Should Ravenby pedestrianise Mill Lane?',
    );
    expect(find(found, 'finally hear birdsong')).toBeDefined();
    expect(find(found, 'would be stranded')).toBeDefined();
    expect(find(found, 'The works start in June')).toBeUndefined();
  });

  it("keeps a column writer's four-word urging, not a four-word aside", () => {
    const found = positions(
      `Comment: Nobody in Ferrow needs a ring road

By Anya Lind

The county wants to build a ring road around Ferrow. Councillors must refuse it. I drove there today.

A ring road would cut the town off from its own river meadows.
`,
      'Should the county build a ring road around Ferrow?',
    );
    expect(find(found, 'Councillors must refuse it')?.holder).toBe('Anya Lind');
    expect(find(found, 'I drove there today')).toBeUndefined();
  });

  it('leans what follows "was less convinced" or "are less sure" against the measure', () => {
    const found = positions(
      `Harbour town to charge for parking on the seafront

Selby council will charge drivers to park on the seafront from June.

The council's parking lead, Ida Moss, said the charge would free spaces for visitors.

The fishmonger Alan Pike was less sure. He said the charge would send his regulars to shop in the next village, where parking was free.
`,
      'Should Selby charge for parking on the seafront?',
    );
    const doubted = find(found, 'his regulars to shop in the next village');
    expect(doubted?.side).toBe('CON');
    expect(doubted?.evidence).toMatch(/unconvinced/u);
  });

  it('reads a call to keep things as they are as against the change', () => {
    const found = positions(
      `Council keeps the Hollin pool open

Hollin council has decided to keep its swimming pool open for another five years.

The swimming club's chair, Dee Marr, said the pool should stay as it is, because every child in the town learns to swim there.
`,
      'Should the Hollin pool stay open?',
    );
    // The motion itself asks to keep something, so the rule stands aside there.
    const unchanged = find(found, 'the pool should stay as it is');
    expect(unchanged?.side).toBe('PRO');
    expect(unchanged?.evidence).not.toMatch(/keep things/u);
    const kept = positions(
      `Council weighs new rules on garden sheds

Dunmore council is considering letting homeowners build garden sheds up to four metres tall without planning permission.

Councillor Maya Fenn said the planning rules should be left as they are, because neighbours would lose light.
`,
      'Should Dunmore let homeowners build sheds up to four metres tall without permission?',
    );
    expect(find(kept, 'should be left as they are')?.side).toBe('CON');
  });

  it('takes a stance verb with "not" before it as the other side', () => {
    const found = positions(
      `Senators weigh a tax on sugary drinks

Senators in Lorca are debating a tax on sugary drinks.

The finance minister, Pau Rey, said the government would not support the tax this year, because shop prices had already risen.
`,
      'Should Lorca tax sugary drinks?',
    );
    const refused = find(found, 'would not support the tax');
    expect(refused?.side).toBe('CON');
    expect(refused?.evidence).toMatch(/stance verb "not support"/u);
  });

  it('reads "the statement" as its issuer\'s, not as the measure\'s own words', () => {
    const found = positions(
      `Regulator orders Ferrow Air to stop charging for hand luggage

The aviation authority has ordered the airline Ferrow Air to stop charging passengers for hand luggage.

In a statement, the airline said the charge kept its fares low. "Passengers who travel light should not pay for those who do not," the statement said.
`,
      'Should Ferrow Air stop charging for hand luggage?',
    );
    expect(find(found, 'Passengers who travel light')?.evidence).not.toMatch(/held by the actor/u);
  });

  it("counts what the levy's money, pointed back to, pays for", () => {
    const found = positions(
      `Island votes on a ferry levy

Residents of Skarra will vote next month on a levy on ferry tickets for day visitors.

The residents' association said the money would pay for a new lifeboat station and longer opening hours at the clinic.
`,
      'Should Skarra put a levy on ferry tickets?',
    );
    const spent = find(found, 'would pay for a new lifeboat station');
    expect(spent?.side).toBe('PRO');
    expect(spent?.evidence).toMatch(/money pays for/u);
  });

  it('leans what follows a vow to appeal against the measure', () => {
    const found = positions(
      `Court backs ban on night flights at Ostra airport

A court has upheld the ban on night flights at Ostra airport.

The airline group Skyway said it would appeal. Its chief executive, Lena Prak, said the ruling would leave the airport's night flights to a rival across the border.
`,
      'Should Ostra airport ban night flights?',
    );
    const appealed = find(found, "the airport's night flights to a rival");
    expect(appealed?.side).toBe('CON');
    expect(appealed?.evidence).toMatch(/unconvinced/u);
  });

  it('takes who speaks for the actor ("its director") as the actor', () => {
    const found = positions(
      `Agency orders the closure of Pellin beach

The environment agency has ordered Pellin beach to close to swimmers for the summer.

The agency said the water at the beach had failed four tests. Its director, Ruth Omari, said the beach would stay closed to swimmers until the old outflow was mended.
`,
      'Should Pellin beach close to swimmers for the summer?',
    );
    expect(find(found, 'until the old outflow was mended')?.evidence).toMatch(/held by the actor/u);
  });

  it('takes the noun for who does what the motion names ("smokers" of "smoking") as its matter', () => {
    const found = positions(
      `Town weighs end to smoking on café terraces

Brenna council is to decide whether to ban smoking on café terraces.

Dr Olu Ade said smokers on terraces left children at the next table breathing in their fumes.
`,
      'Should Brenna ban smoking on café terraces?',
    );
    expect(find(found, 'smokers on terraces left children')).toBeDefined();
  });

  it("does not take a club that only carries the acting town's name for the actor", () => {
    const found = positions(
      `Arnby to ban fireworks in its parks

Arnby will ban fireworks in its parks from next autumn.

The Arnby Dog Owners' Association said the ban was overdue and that dogs hid for days after every display.

The Arnby Pyrotechnics Society said the ban would end a tradition older than the town hall.
`,
      'Should Arnby ban fireworks in its parks?',
    );
    const society = find(found, 'would end a tradition older than the town hall');
    expect(society?.evidence).not.toMatch(/held by the actor/u);
    expect(society?.side).toBe('CON');
  });

  it("guesses a bare quotation's side from the speaker's other claim, however slight its lean", () => {
    const found = positions(
      `Councillors debate free buses for pensioners

Councillors in Brevik debated free bus travel for pensioners on Tuesday.

Councillor Ada Lind said pensioners in the villages were keen users of the buses around the town. "Routines picked up at sixty stay for life," she told the meeting.

The council will vote next month.
`,
      'Should Brevik give pensioners free bus travel?',
    );
    // The guess follows the speaker's other claim, whichever way that one leans.
    const said = find(found, 'keen users of the buses');
    const bare = find(found, 'Routines picked up at sixty stay for life');
    expect(bare?.evidence).toMatch(/side guessed \(the same holder's other claims lean/u);
    expect(bare?.side).toBe(said?.side);
  });

  it("reads a broadcast transcript's capitalised speaker labels, and not the presenter's turns", () => {
    const found = positions(
      `Drive Time: should the city ban pavement parking?

A transcript of Tuesday's programme. The roads councillor, Maja Holt, wants to ban parking on pavements across Orby.

HOST (Pia Rask): Councillor, why a ban?

MAJA HOLT: Wheelchair users are forced into the road every day. A ban would give the pavements back to people on foot.

RASK: Shopkeepers say their deliveries will suffer.

HOLT: Loading bays will stay, so a ban on pavement parking costs shops nothing.
`,
      'Should Orby ban parking on pavements?',
    );
    expect(find(found, 'Wheelchair users are forced into the road')?.holder).toBe('Maja Holt');
    expect(find(found, 'Loading bays will stay')?.holder).toBe('Maja Holt');
    expect(find(found, 'deliveries will suffer')).toBeUndefined();
    expect(find(found, 'why a ban')).toBeUndefined();
  });

  it('reads "In her view, …" and "In the mayor\'s opinion, …" as the owner\'s claim', () => {
    const found = positions(
      `Tarrow weighs a tourist tax

Tarrow's council will vote in May on charging visitors a tourist tax of two euros a night.

The hoteliers' spokeswoman, Elsa Brandvik, spoke at length at the hearing. In her view, a tax of two euros a night is the cheapest way to pay for cleaner beaches.

In the mayor's opinion, a nightly charge would drive weekend visitors to the resorts along the coast.
`,
      'Should Tarrow charge visitors a tourist tax?',
    );
    expect(find(found, 'the cheapest way to pay for cleaner beaches')?.side).toBe('PRO');
    expect(find(found, 'drive weekend visitors')?.holder).toBe('the mayor');
  });

  it('gives a quotation followed by its source in brackets to that source', () => {
    const found = positions(
      `Checking the claims about the Marsh Lane incinerator

Greyford votes next month on whether to let a waste company build an incinerator on Marsh Lane.

Claim: "The incinerator will poison the air our children breathe." (Greyford Clean Air Group)

Verdict: Unsupported. Modern plants must meet strict limits on emissions.

"Burning the waste here ends four hundred lorry trips a week to the landfill." (Mayor Colin Rudd)
`,
      'Should Greyford let a waste company build an incinerator on Marsh Lane?',
    );
    expect(find(found, 'poison the air')).toMatchObject({
      holder: 'Greyford Clean Air Group',
      side: 'CON',
    });
    expect(find(found, 'poison the air')?.quote).not.toContain('(');
    expect(find(found, 'ends four hundred lorry trips')?.holder).toBe('Mayor Colin Rudd');
  });

  it('takes "would cost" an amount as a sum, but a cost to named people as a claim', () => {
    const found = positions(
      `Ostvik weighs free school meals

Ostvik's assembly will vote in June on giving every primary pupil a free school lunch.

The finance department says the scheme would cost 48 million euros a year.

The taxpayers' association said the scheme would cost families without children 300 euros a year each.
`,
      'Should Ostvik give every primary pupil a free school lunch?',
    );
    expect(find(found, 'would cost 48 million euros')).toBeUndefined();
    expect(find(found, 'would cost families without children')).toBeDefined();
  });

  it('reads "fewer" or "less" before a harm as a good outcome', () => {
    const found = positions(
      `Dunholm to keep its lorry curfew

Dunholm council will vote next month on making its night-time lorry curfew permanent.

The council's transport officer, Ingrid Moe, said the curfew had brought fewer crashes on the ring road.
`,
      'Should Dunholm make its night-time lorry curfew permanent?',
    );
    expect(find(found, 'fewer crashes')?.side).toBe('PRO');
  });

  it('reads "impossible to enforce" as a verdict against the measure', () => {
    const found = positions(
      `Brookvale weighs a ban on leaf blowers

Brookvale council will vote in June on banning petrol leaf blowers in the town.

Councillor Ruth Amesbury said a ban would be impossible to enforce, and that the council should help gardeners buy electric blowers.
`,
      'Should Brookvale ban petrol leaf blowers?',
    );
    expect(find(found, 'impossible to enforce')?.side).toBe('CON');
  });

  it('takes a lede that opens on a quotation with a long attribution, and reads "as he announced" the act as for it', () => {
    const found = positions(
      `Dunmore to require school bus drivers to pass yearly eye tests

"No parent should have to wonder whether the driver can even see the road," Transport Secretary Paul Navarro said Monday as he announced that every school bus driver in Dunmore must pass an eye test each year.

Drivers who fail the test will be taken off school routes until they pass.
`,
      'Should Dunmore require school bus drivers to pass a yearly eye test?',
    );
    expect(find(found, 'No parent should have to wonder')).toMatchObject({
      holder: 'Transport Secretary Paul Navarro',
      side: 'PRO',
    });
  });

  it("takes a quotation after a camp's reaction even when the speaker's title after the name is long", () => {
    const found = positions(
      `Vellmar to fluoridate its drinking water

Vellmar will add fluoride to the town's drinking water from next year, the water board said on Monday.

Dentists welcomed the fluoride plan. "We pull rotten teeth from five-year-olds every single week," said Dr Hana Ost, chair of the Vellmar and District Dental Practitioners Association.
`,
      'Should Vellmar add fluoride to its drinking water?',
    );
    expect(find(found, 'We pull rotten teeth')).toBeDefined();
  });

  it('reads "the powers" as the measure, like "the plan" or "the rules"', () => {
    const found = positions(
      `Inspectors to get right to enter farms without notice

Food safety inspectors in Lorrach will be able to enter farms without notice under a bill published on Tuesday.

Greta Vohl, a former chief inspector, said the powers would have stopped several outbreaks she had investigated.
`,
      'Should food safety inspectors in Lorrach be able to enter farms without notice?',
    );
    expect(find(found, 'the powers would have stopped several outbreaks')).toBeDefined();
  });

  it('reads "the agency" as the regulator of the motion, and "too cautious" as a fault', () => {
    const found = positions(
      `Aviation regulator refuses to certify Skyway air taxi

Ostrava's aviation regulator on Monday refused to certify the Skyway two-seat air taxi for passenger flights over the city.

Some pilots said the agency had been too cautious with a machine that had flown 4,000 test hours without a fault.
`,
      "Should Ostrava's aviation regulator certify the Skyway air taxi?",
    );
    expect(find(found, 'the agency had been too cautious')).toMatchObject({ side: 'PRO' });
  });

  it('reads a harm kept in bounds ("the risks could be managed") as no argument against', () => {
    const found = positions(
      `Aviation regulator refuses to certify Skyway air taxi

Ostrava's aviation regulator on Monday refused to certify the Skyway two-seat air taxi for passenger flights over the city.

Some pilots said the agency had been too cautious. Test pilot Jan Ruzicka told reporters the risks could be managed with regular inspections of the rotors.
`,
      "Should Ostrava's aviation regulator certify the Skyway air taxi?",
    );
    expect(find(found, 'the risks could be managed')).toMatchObject({ side: 'PRO' });
  });

  it('reads a measure got round ("would find ways round the ban") as against it', () => {
    const found = positions(
      `Tarnby to ban sales of energy drinks to under-16s

Shops in Tarnby will be banned from selling energy drinks to anyone under 16 from March, the town council decided on Tuesday.

Shopkeeper Omar Baig said clever teenagers would easily find ways round the ban with help from their older friends.
`,
      'Should Tarnby ban sales of energy drinks to under-16s?',
    );
    expect(find(found, 'find ways round the ban')).toMatchObject({ side: 'CON' });
  });

  it('reads "it should be my choice" as against a motion that makes something compulsory', () => {
    const found = positions(
      `Kelby to make cycle helmets compulsory for children

Children in Kelby will have to wear a helmet whenever they ride a bicycle from June, the town council said on Friday.

"Helmets are a good idea, and I want my kids to ride safely. But it should be my choice, not the council's," said Dana Pryor, a mother of three.
`,
      'Should Kelby make cycle helmets compulsory for children?',
    );
    expect(find(found, 'it should be my choice')).toMatchObject({ side: 'CON' });
  });

  it('takes a complaint of no say ("residents had never been asked") as against the measure', () => {
    const found = positions(
      `Ravenbrook to close two libraries

Ravenbrook council will close the libraries in Eastgate and Millford in April, it said on Wednesday.

Parish councillor Tom Yates said readers in both villages had never been consulted. "There was no consultation at all. We read about it on a poster," he said.
`,
      'Should Ravenbrook close the libraries in Eastgate and Millford?',
    );
    expect(find(found, 'had never been consulted')).toMatchObject({ side: 'CON' });
    expect(find(found, 'There was no consultation at all')).toMatchObject({ side: 'CON' });
  });

  it('reads people "denied it" in a report of the measure refused as for the measure', () => {
    const found = positions(
      `Health board refuses to fund Varnex hearing implant

The Ostrava health board on Monday refused to fund the Varnex hearing implant for adults on the public health service.

"Deaf adults in Ostrava will now be denied it while people in every neighbouring region can have one," said Petra Lind of the Hearing Loss Association.
`,
      'Should the Ostrava health board fund the Varnex hearing implant?',
    );
    expect(find(found, 'will now be denied it')).toMatchObject({ side: 'PRO' });
  });

  it('reads a good that a relative clause denies ("a benefit most would never feel") as none', () => {
    const found = positions(
      `Kelby to add a water charge to council tax

Kelby council will add a flat water charge of £60 a year to every council tax bill from April.

Pensioner Edna Mull said the water charge promised a benefit most households would never feel.
`,
      'Should Kelby add a flat water charge to council tax bills?',
    );
    expect(find(found, 'a benefit most households would never feel')).toMatchObject({
      side: 'CON',
    });
  });

  it('reads a chief constable as speaking for the police when the police act', () => {
    const found = positions(
      `Police to fly drones over Tarnford estates

Tarnford police will fly camera drones over three housing estates at night from next month.

Chief Constable Alan Reyes said the technology would help officers find violent burglars on the estates before they could harm anyone else.
`,
      'Should Tarnford police fly camera drones over housing estates?',
    );
    expect(find(found, 'the technology would help officers')).toMatchObject({ side: 'PRO' });
  });

  it('reads "supported X but opposed Y" as against the measure, the stance after "but"', () => {
    const found = positions(
      `Brask to make helmets compulsory for cyclists

Cyclists in Brask will have to wear a helmet on every road from next spring under a law passed on Thursday.

The Brask Cycling Union said it supported wearing helmets but opposed making them compulsory for adults.
`,
      'Should Brask make helmets compulsory for cyclists?',
    );
    expect(find(found, 'opposed making them compulsory')).toMatchObject({ side: 'CON' });
  });

  it('reads support "in principle, but" as a reservation against the measure', () => {
    const found = positions(
      `Kelby to require solar panels on new homes

Kelby's assembly will vote next week on requiring solar panels on every new home from 2027.

The builders' association said it supported solar panels in principle, but that requiring them on every home by 2027 left builders no time to find installers.
`,
      'Should Kelby require solar panels on every new home?',
    );
    expect(find(found, 'left builders no time')?.side).toBe('CON');
  });

  it("reads a transcript's turns after a time code, a reporter's questions as no position", () => {
    const found = positions(
      `Harbour Talk, episode 40: a toll on the Aldern bridge

[00:00] HOST (Lena Voigt): Today, the toll the port authority wants on the Aldern bridge. With me are the authority's director, Karl Imhof, and the hauliers' spokeswoman, Dora Falk.

[00:35] IMHOF: The bridge is sixty years old and needs new cables. A toll pays for them without closing a lane for years.

[01:10] Reporter: Hauliers say the toll will cost them thousands a month.

[01:20] FALK: It will. Hauliers already pay fuel duty for these roads, so a toll makes them pay twice.
`,
      'Should the port authority charge a toll on the Aldern bridge?',
    );
    expect(find(found, 'A toll pays for them')?.holder).toBe('Karl Imhof');
    expect(find(found, 'makes them pay twice')).toMatchObject({ holder: 'Dora Falk', side: 'CON' });
    expect(find(found, 'cost them thousands')).toBeUndefined();
    expect(find(found, 'Today, the toll')).toBeUndefined();
  });

  it("reads a turn after a time code whose bracket was left open as the speaker's", () => {
    const found = positions(
      `Harbour Talk, episode 41: a ferry fare cap

[00:00 HOST (Lena Voigt): Today, the cap on ferry fares the island council wants. With me are the council's leader, Per Lund, and the ferry company's director, Maja Stern.

00:35] LUND: Islanders pay more to reach the hospital than anyone on the mainland. A cap ends that.

[01:20 STERN: A cap leaves us nothing to replace two ageing ferries, so sailings will be cut.
`,
      'Should the island council cap ferry fares?',
    );
    expect(find(found, 'A cap ends that')?.holder).toBe('Per Lund');
    expect(find(found, 'sailings will be cut')).toMatchObject({
      holder: 'Maja Stern',
      side: 'CON',
    });
  });

  it("does not make a transcript's plain intro its writer's argument on a speaker's \"I\"", () => {
    const found = positions(
      `Night buses: the transport chief answers listeners

Transcript. This week's episode is about the plan to cut four night bus routes from March. Riders on the routes would get a taxi voucher instead.

[00:20] HOST: Why cut them?

[00:31] NILSSON: I know people rely on them, but the four routes carry fewer than ten riders a night, and the money runs buses for thousands of commuters in the day.
`,
      'Should Ostby cut four night bus routes?',
    );
    expect(find(found, 'would get a taxi voucher')).toBeUndefined();
  });

  it("finds a transcript speaker's full name in the title when the body gives only the label", () => {
    const found = positions(
      `Transcript: Governor Ana Reyes on the ferry subsidy

Below is an edited transcript of the governor's answers on Monday.

Reyes: Without the subsidy the island loses its only winter ferry. The subsidy keeps the island's school and surgery open.
`,
      'Should the region keep the winter ferry subsidy?',
    );
    expect(find(found, 'keeps the island')?.holder).toBe('Governor Ana Reyes');
  });

  it('sides the speakers an explainer sorts under "Who supports it?" and "Who is against it?"', () => {
    const found = positions(
      `Night trains: what you need to know

Ministers will decide in June whether to fund a night train from Orby to the coast.

Who supports it?

The campaign group Rail North says a night train is the cheapest way to cut car traffic to the beaches.

Who is against it?

The Taxpayers' Forum says the night train would cost far more per seat than any bus.
`,
      'Should Orby fund a night train to the coast?',
    );
    expect(find(found, 'the cheapest way to cut car traffic')?.side).toBe('PRO');
    expect(find(found, 'cost far more per seat')?.side).toBe('CON');
    expect(find(found, 'cost far more per seat')?.evidence).toMatch(/heading against/u);
  });

  it("reads a column its note signs as its writer's case, and its rebuttal as the other side", () => {
    const found = positions(
      `Orby should light its cycle paths at night

By Nils Berg

Nils Berg is a cycling coach and writes a weekly column on sport.

Lighting the cycle paths would make the ride home safer for thousands of commuters. The council should light them before next winter.

Lamps on the river paths would help women and older riders keep cycling all year.

The other view

Eva Strand, a councillor for the Green Party, disagrees. "Lamps on the river paths would drive away the bats and the otters," she says.

The council will decide on the lamps in March and should publish its costs first.
`,
      'Should Orby light its cycle paths at night?',
    );
    expect(find(found, 'help women and older riders')).toMatchObject({
      holder: 'Nils Berg',
      side: 'PRO',
    });
    expect(find(found, 'drive away the bats')).toMatchObject({ holder: 'Eva Strand', side: 'CON' });
    expect(find(found, 'drive away the bats')?.evidence).toMatch(/disagrees with the writer/u);
    expect(find(found, 'disagrees.')).toBeUndefined();
    // The box for the other view ends the column: the note after it is not the writer's.
    expect(find(found, 'will decide on the lamps in March')).toBeUndefined();
  });

  it("does not take a chamber or a residents' body carrying the actor's name for the actor", () => {
    const found = positions(
      `Orby to ban coaches from the old town

Orby council plans to ban tour coaches from the old town from next spring.

The Orby Chamber of Commerce said the ban would ruin the old town's shops.
`,
      'Should Orby ban tour coaches from the old town?',
    );
    const chamber = find(found, "would ruin the old town's shops");
    expect(chamber).toBeDefined();
    expect(chamber?.evidence).not.toMatch(/held by the actor/u);
  });

  it('reads "instead of a ban" as preferring another way to the action', () => {
    const found = positions(
      `Orby to ban coaches from the old town

Orby council plans to ban tour coaches from the old town from next spring.

The coach operators urged the council to build a drop-off point by the bridge instead of a ban.
`,
      'Should Orby ban tour coaches from the old town?',
    );
    expect(find(found, 'instead of a ban')?.evidence).toMatch(/another way/u);
    expect(find(found, 'instead of a ban')?.side).toBe('CON');
  });

  it('does not read the figures and the day that describe a holder before "said" as the claim\'s', () => {
    const found = positions(
      `Pellham tower plan

A developer wants to build a 14-storey tower on the Pellham gasworks site.

Northbank Homes, which has built more than 2,000 homes in the region, on Monday said the tower would bring a neglected site back into use.
`,
      'Should a 14-storey tower be built on the Pellham gasworks site?',
    );
    expect(find(found, 'bring a neglected site back into use')?.holder).toBe('Northbank Homes');
  });

  it('sides with the measure who speaks as its proposer ("the councillor leading the plan")', () => {
    const found = positions(
      `Orby plans to ban coaches from the old town

Orby council has proposed banning tour coaches from the old town from next spring.

The councillor behind the proposal, Jonas Berg, said coaches idled in the square for hours. "You can taste the diesel on a summer afternoon," he said.
`,
      'Should Orby ban tour coaches from the old town?',
    );
    expect(find(found, 'coaches idled in the square')?.evidence).toMatch(/proposer/u);
    expect(find(found, 'coaches idled in the square')?.side).toBe('PRO');
  });

  it("sides a study's named author with what the study's researchers say of the measure", () => {
    const found = positions(
      `Study backs school milk scheme

A study of 4,000 pupils in Orby found that free school milk improved attention in morning lessons.

The researchers said the findings strengthened the case for free milk in every primary school.

The study's lead author, Dr Mia Lund, said pupils who had milk at break made fewer errors in the tests.
`,
      'Should Orby give free milk in every primary school?',
    );
    expect(find(found, 'made fewer errors')?.evidence).toMatch(/an author of the study/u);
    expect(find(found, 'made fewer errors')?.side).toBe('PRO');
  });
});

describe('round 9: letters, lists, "according to", signed quotations and alternatives', () => {
  it('reads a page of letters by its salutations and the name line under each letter', () => {
    const found = positions(
      `Letters: Pool hours

Sir, — The council's plan to shut the pool at 6pm is a false economy. Swimmers who work all day cannot come any earlier.
Joan Pike
Upper Orby

Sir, — I was sceptical at first, but the pool has been empty every evening I went. Closing at 6pm will free money for the schools' swimming lessons.
Ted Marr
Orby

The council will decide on the plan on 3 May. Letters may be edited for length.
`,
      'Should Orby council shut the pool at 6pm?',
    );
    expect(find(found, 'false economy')).toMatchObject({ holder: 'Joan Pike', side: 'CON' });
    const marr = find(found, 'empty every evening');
    expect(marr?.holder).toBe('Ted Marr');
    expect(marr?.evidence).not.toMatch(/unconvinced/u);
    expect(find(found, 'decide on the plan on 3 May')).toBeUndefined();
  });

  it('gives a list under a bare label ("Their arguments:") to whom the sentence before names', () => {
    const found = extractSeeds(
      parseArticle({
        text: `# Car-free high street: what both sides say

## What do critics say?

The Orby Shopkeepers' Association opposes the scheme. Their arguments:

- Deliveries would have to arrive before seven in the morning.
- Customers from the villages would shop elsewhere.
`,
        format: 'MARKDOWN',
      }),
      'Should Orby close its high street to cars?',
    ).positions;
    expect(find(found, 'shop elsewhere')).toMatchObject({
      holder: "The Orby Shopkeepers' Association",
      side: 'CON',
    });
  });

  it('takes what a party says "according to" it, but not a figure from a document', () => {
    const found = positions(
      `Orby to cap rents in the capital

Orby's government plans to cap rents in the capital, according to a draft bill.

The cap is the only way to keep nurses and teachers in the city, according to Housing Minister Ana Vik.

The cap would drive small landlords out of the market, according to the Orby Landlords' Association.

Rents have risen by 30 per cent since 2020, according to figures from the statistics office.
`,
      'Should Orby cap rents in the capital?',
    );
    expect(find(found, 'risen by 30 per cent')).toBeUndefined();
    expect(find(found, 'the only way to keep nurses')?.evidence).toMatch(/only way/u);
    expect(find(found, 'the only way to keep nurses')?.side).toBe('PRO');
    expect(find(found, 'drive small landlords out')?.side).toBe('CON');
  });

  it('leaves out a sum added or needed, a timetable and a view not yet formed', () => {
    const found = positions(
      `Orby raises bus fares

Orby council voted on Tuesday to raise bus fares by 10 per cent from June.

The rise will add about 20 crowns a month to a commuter's costs.

The council's finance director told members the transport budget would still need savings of 2 million crowns.

Councillor Eva Lund added that the rise would be phased in over two years.

Dr Per Holm, a transport economist, said it was too early to say how many riders would switch to cars.

Passengers' groups said the rise was unfair on low-paid workers.
`,
      'Should Orby raise bus fares by 10 per cent?',
    );
    expect(find(found, 'add about 20 crowns')).toBeUndefined();
    expect(find(found, 'need savings of 2 million')).toBeUndefined();
    expect(find(found, 'phased in over two years')).toBeUndefined();
    expect(find(found, 'too early to say')).toBeUndefined();
    expect(find(found, 'unfair on low-paid workers')?.side).toBe('CON');
  });

  it('gives a quotation set apart and signed with a dash to its signer', () => {
    const found = extractSeeds(
      parseArticle({
        text: `<html><body><article><h1>Orby to ban new wood stoves</h1>
<p>Orby's government will ban new wood stoves from 2027, it said on Monday.</p>
<blockquote><p>"Smoke from wood stoves fills our streets, and our children breathe it."</p><p>— Ana Vik, Environment Minister</p></blockquote>
<p>The stove makers' federation said the ban would cost 300 jobs.</p>
</article></body></html>`,
        format: 'HTML',
      }),
      'Should Orby ban new wood stoves?',
    ).positions;
    expect(find(found, 'Smoke from wood stoves')?.holder).toBe('Ana Vik');
  });

  it('reads another thing doing more than the measure, or money better spent, as against it', () => {
    const found = positions(
      `Cameras for Mill Lane

Orby council will install cameras on Mill Lane after a run of burglaries.

Resident Ann Berg said better street lighting would do more to stop burglaries than cameras.

Councillor Tom Hale said the money for the cameras would be better spent on a youth club.

Shopkeeper Lars Moe said the cameras were long overdue.
`,
      'Should Orby council install cameras on Mill Lane?',
    );
    expect(find(found, 'do more to stop burglaries')?.evidence).toMatch(/another way/u);
    expect(find(found, 'do more to stop burglaries')?.side).toBe('CON');
    expect(find(found, 'better spent on a youth club')?.evidence).toMatch(/better spent/u);
    expect(find(found, 'better spent on a youth club')?.side).toBe('CON');
    expect(find(found, 'long overdue')?.evidence).toMatch(/a verdict on the measure/u);
    expect(find(found, 'long overdue')?.side).toBe('PRO');
  });

  it('reads a camp word right before a name as a title, and finds a motion verb wink calls a noun', () => {
    const found = positions(
      `Orby League clubs split over wage cap

The Orby League will ask its clubs to vote on a cap on wage bills.

Jens Dahl, the owner of the champions FC Orby, said the cap would punish clubs that fill their stadiums.

The league's chief executive said the cap was needed to stop owners gambling with their clubs' futures.
`,
      "Should the Orby League cap clubs' wage bills?",
    );
    expect(find(found, 'punish clubs')?.evidence).not.toMatch(/champions/u);
    expect(find(found, 'punish clubs')?.side).toBe('CON');
    expect(find(found, 'the cap was needed')?.side).toBe('PRO');
  });
});

describe('round 11: tables, phone-ins and press reviews', () => {
  const markdown = (text: string, motion: string) =>
    extractSeeds(parseArticle({ text, format: 'MARKDOWN' }), motion).positions;

  it("reads a table row's last cell as its first cell's, sided by its For / Against cell", () => {
    const found = markdown(
      `# Where the candidates stand on the Elm Street tower

The tower would put 300 flats on the old bus depot. Here is what the four mayoral candidates say.

| Candidate | Stance | In their words |
| --- | --- | --- |
| Ruth Ames | For | "Young people who grew up here cannot afford to stay. The tower gives them a home." |
| Joe Brand | Against | He says a tower of 30 storeys on Elm Street would cast the school playground into shadow. |
| Sam Cole | Undecided | He says he wants to see the final drawings. |
`,
      'Should the Elm Street tower be built?',
    );
    expect(find(found, 'The tower gives them a home')).toMatchObject({
      holder: 'Ruth Ames',
      side: 'PRO',
    });
    expect(find(found, 'cast the school playground into shadow')).toMatchObject({
      holder: 'Joe Brand',
      side: 'CON',
    });
    expect(find(found, 'wants to see the final drawings')).toBeUndefined();
  });
});

describe('round 12: ordinary news reports', () => {
  it("leaves out the paper's note that it amended or corrected the article", () => {
    const found = positions(
      `Harlby to close its last public toilets

Harlby council will close the three public toilets in the town centre in June to save £90,000 a year.

Councillor Nia Lund said closing the toilets would save money the town needs for its library.

Ben Rowe, who runs a café on the square, said the closure would leave visitors with nowhere to go.

This article was amended on 3 May 2026 to correct the number of cleaning jobs supported by the toilets.
`,
      'Should Harlby close its public toilets?',
    );
    expect(find(found, 'would save money')).toBeDefined();
    expect(find(found, 'nowhere to go')).toBeDefined();
    expect(find(found, 'This article was amended')).toBeUndefined();
  });

  it("gives a quotation's pronoun to the name the sentence before opens with, not to the firm after it", () => {
    const found = positions(
      `Ferrow council to cap new shops on the seafront

Ferrow council will vote next week on whether to cap the number of new takeaway shops on the seafront at five.

But local landlords warn that the cap would leave units empty. Ola Berg, owner of Berg & Moss Property Lettings, said empty shops would do more harm to the seafront than takeaways ever had. "If you cap takeaways, the units simply stay boarded up, and nobody wins from that," he said.
`,
      'Should Ferrow council cap new takeaway shops on the seafront?',
    );
    expect(find(found, 'the units simply stay boarded up')?.holder).toBe('Ola Berg');
  });

  it("takes a quotation paragraph right after a camp's warning as a member's, on the camp's side", () => {
    const found = positions(
      `Night flights to end at Brenholt airport

Brenholt airport will stop all flights between 11pm and 6am from next spring, its owners have announced.

Airport director Lena Voss said the ban would let thousands of families near the runway sleep through the night.

But holiday firms warned that a night ban was a mistake that would hurt working families.

"For a lot of families, the 6am flight is the only one they can pay for," said Ivo Lang of the travel agents' group Farewell.
`,
      'Should Brenholt airport ban night flights?',
    );
    expect(find(found, 'the 6am flight is the only one')?.side).toBe('CON');
  });

  it('reads praise of what a ban on "the use of X as Y" stops (the Y) as against the ban', () => {
    const found = positions(
      `Orlow to decide on match-day parking on school fields

Orlow council will vote next month on whether to ban the use of school playing fields as car parks on match days.

The Orlow Traders Association said match-day car parks bring £2m a year into the town and support about 80 jobs.
`,
      'Should Orlow ban the use of school playing fields as car parks?',
    );
    expect(find(found, 'bring £2m a year')?.side).toBe('CON');
  });

  it("labels a holder by the name, its age or role, not by a relative clause's start", () => {
    const found = positions(
      `Ferrow to cap takeaways on the seafront

Ferrow council will vote next week on whether to cap the number of takeaway shops on the seafront.

Mia Ross, a nurse who grew up in Ferrow and now lives inland, supports the cap on takeaways.

Jo Hale, 71, who has lived on the front for forty years, said the cap on takeaways was long overdue.

Tom Vale, chair of the Ferrow Traders Association, said a cap on takeaways would leave shops empty all winter.
`,
      'Should Ferrow council cap takeaway shops on the seafront?',
    );
    expect(find(found, 'supports the cap')?.holder).toBe('Mia Ross, a nurse');
    expect(find(found, 'long overdue')?.holder).toBe('Jo Hale');
    expect(find(found, 'leave shops empty')?.holder).toBe(
      'Tom Vale, chair of the Ferrow Traders Association',
    );
  });
});

describe('round 13A: international politics and law', () => {
  it('takes a described group with "of …" after its head ("Some mayors of towns …") as a camp', () => {
    const found = positions(
      `Kestrel to close its ferry link

Kestrel council voted on Tuesday to close the ferry link to the mainland from October.

Some owners of guesthouses near the harbour warned that they would lose half their winter trade.
`,
      'Should Kestrel close its ferry link to the mainland?',
    );
    expect(find(found, 'lose half their winter trade')).toMatchObject({ side: 'CON' });
  });

  it('reads a rated word lifted into quotation marks ("were \\"inhuman\\"") as the speaker\'s verdict', () => {
    const found = positions(
      `Court approves extradition of banker

A court in Lyon approved on Monday the extradition of the banker Paul Rey to Chile.

His lawyer, Ana Gil, said the decision was a mistake. Gil said conditions in Chilean prisons were "inhuman".
`,
      'Should France extradite banker Paul Rey to Chile?',
    );
    expect(find(found, 'were "inhuman"')).toMatchObject({ side: 'CON' });
  });

  it('takes "some said …" as said by "some", not by the words after the verb', () => {
    const found = positions(
      `Harlow to close its night shelter

Harlow council voted on Monday to close its night shelter in March.

Within the ruling party, some said the closure was a mistake.
`,
      'Should Harlow close its night shelter?',
    );
    expect(find(found, 'the closure was a mistake')).toMatchObject({ holder: 'some', side: 'CON' });
  });

  it('reads "did not go far enough", "too little, too late" as wanting more of the measure', () => {
    const found = positions(
      `Harlow to cap rents in the town centre

Harlow council voted on Monday to cap rents in the town centre at £900 a month.

Tenants' groups said the cap did not go far enough.

Critics said the plan was too little, too late.
`,
      'Should Harlow cap rents in the town centre?',
    );
    expect(find(found, 'did not go far enough')?.side).toBe('PRO');
    expect(find(found, 'too little, too late')?.side).toBe('PRO');
  });

  it('does not make two speakers one because their roles after the comma share a word ("MP")', () => {
    const found = positions(
      `Harlow to close its night shelter

Harlow council voted on Monday to close its night shelter in March.

Ann Lee, a Labour MP, said the closure was a mistake that would leave forty people on the streets.

Tom Ray, a Labour MP, said the shelter had cost the town a great deal and that its closure had been "discussed for years".
`,
      'Should Harlow close its night shelter?',
    );
    expect(find(found, 'cost the town')?.evidence).not.toContain('same holder');
  });

  it('does not read what "people who need to …" do as urging or praise', () => {
    const found = positions(
      `Dunmore to install water meters in every home

Dunmore council will install water meters in every home from next year, it said on Monday.

Residents' groups said that families who need to wash often for medical reasons would face much higher bills.
`,
      'Should Dunmore install water meters in every home?',
    );
    expect(find(found, 'much higher bills')?.evidence).not.toContain('(need)');
  });

  it('takes a quotation opening "This is …" as said of the matter the article reports', () => {
    const found = positions(
      `Harlow to cap rents in the town centre

Harlow council voted on Monday to cap rents in the town centre at £900 a month.

"This is a good day for every family we represent," said Jo Hale, who leads a tenants union.
`,
      'Should Harlow cap rents in the town centre?',
    );
    expect(find(found, 'This is a good day')).toMatchObject({ holder: 'Jo Hale', side: 'PRO' });
  });

  it('takes "the three had …" as said of the people the article is about', () => {
    const found = positions(
      `Norway expels three diplomats

Norway on Monday ordered three diplomats at the Iranian embassy to leave the country.

Foreign Minister Ola Berg told reporters that the three had "spied on exiles living in Oslo for years".
`,
      'Should Norway expel three Iranian diplomats?',
    );
    expect(find(found, 'spied on exiles')?.holder).toBe('Foreign Minister Ola Berg');
  });

  it('takes what a speaker calls the result ("said the result was …") as a view of the decision', () => {
    const found = positions(
      `Oakham votes to ban cars from its old town

Voters in Oakham on Sunday approved a ban on cars in the old town.

Mayor Jo Hale said the result was "a clear message from people who want quieter streets".
`,
      'Should Oakham ban cars from its old town?',
    );
    expect(find(found, 'a clear message')).toMatchObject({ holder: 'Mayor Jo Hale', side: 'PRO' });
  });

  it('reads the initials of a name in the motion ("EU" of "the European Union") as naming it', () => {
    const found = positions(
      `Norway to vote on joining the European Union

Norway will hold a referendum in May on whether to join the European Union, the government said on Monday.

The head of the farmers federation, Kari Dahl, said no agreement that let the EU set milk prices could ever be acceptable to farmers.
`,
      'Should Norway join the European Union?',
    );
    expect(find(found, 'let the EU set milk prices')).toMatchObject({ side: 'CON' });
  });
});

describe('round 14A: domestic politics, courts and labour', () => {
  it('reads critics of the measure a motion drops ("drop the parking zone", "critics of the zone") as for the motion', () => {
    const found = positions(
      `Felton board votes to end resident parking zone

Members of the Felton town board voted on Monday to end the resident parking zone around the station.

Critics of the zone said visitors had stopped coming to the market since the permits began.
`,
      'Should Felton town board drop the resident parking zone?',
    );
    expect(find(found, 'visitors had stopped coming')).toMatchObject({ side: 'PRO' });
  });
  it('reads urging the actor "to call off" the action as against it', () => {
    const found = positions(
      `Bus drivers in Renby to walk out over rotas

Bus drivers in Renby will walk out for three days next month, their union said on Monday.

The transport operator's director, Owen Pike, said the new rotas were reasonable and urged drivers to call off the walkout.
`,
      'Should bus drivers in Renby walk out over rotas?',
    );
    expect(find(found, 'the new rotas were reasonable')).toMatchObject({ side: 'CON' });
  });

  it('reads what the action "will hurt" as a harm, not the verb of a clause about the people hurt', () => {
    const found = positions(
      `Dock workers at Pellam to strike over pay

Dock workers at Pellam port will strike next week over pay, their union said.

"A strike will hurt the very shippers these workers say they want to protect," said Ana Ruiz of the Pellam Chamber of Trade.
`,
      'Should dock workers at Pellam strike over pay?',
    );
    expect(find(found, 'A strike will hurt the very shippers')).toMatchObject({ side: 'CON' });
  });
  it('finds the measure a passive motion undoes ("Should the curfew be lifted?") and reads its critics as for lifting it', () => {
    const found = positions(
      `Tarnby lifts night curfew for teenagers

Tarnby's council on Thursday lifted the night curfew for people under sixteen, four years after it began.

Critics of the rule said young people had been stopped by police on their way home from work.
`,
      "Should Tarnby's night curfew for teenagers be lifted?",
    );
    expect(find(found, 'stopped by police on their way home')).toMatchObject({ side: 'PRO' });
  });
  it('reads a speaker "who drafted the law" a court strikes down as against striking it down', () => {
    const found = positions(
      `Court strikes down Corland law on street begging

Corland's supreme court on Monday struck down a law that made begging in the street a crime.

State Sen. Ana Cole, a Democrat who drafted the law, said it had been written after shopkeepers complained for years.
`,
      "Should Corland's law making street begging a crime be struck down?",
    );
    expect(find(found, 'shopkeepers complained for years')).toMatchObject({ side: 'CON' });
  });

  it('reads a councillor "who proposed it" (the motion voted on) as for it', () => {
    const found = positions(
      `Felby council votes to move weekly market

Felby council voted on Monday to move the weekly market from the square to the old bus station.

Councillor Joe Bell, who proposed it, said the market had outgrown the square years ago.
`,
      'Should Felby council move the weekly market to the old bus station?',
    );
    expect(find(found, 'outgrown the square')).toMatchObject({ side: 'PRO' });
  });

  it('reads "nobody" as negating the words after it', () => {
    const found = positions(
      `Harby to ban e-scooters from its seafront

Harby council will ban rental e-scooters from the seafront from June, it said on Friday.

Jill Marsh of the Harby Residents Association said nobody would be better off under the new rule.
`,
      'Should Harby ban rental e-scooters from its seafront?',
    );
    expect(find(found, 'nobody would be better off under the new rule')).toMatchObject({
      side: 'CON',
    });
  });
  it('reads "Opposition … spokeswoman" as a party title, not the camp against the motion', () => {
    const found = positions(
      `Train drivers in Norland to strike over pay

Train drivers in Norland will strike for two days next week over pay, their union said on Monday.

Opposition transport spokeswoman Lena Brandt said the drivers deserved a fair deal after a year of broken promises.
`,
      'Should train drivers in Norland strike over pay?',
    );
    expect(find(found, 'deserved a fair deal')).toMatchObject({ side: 'PRO' });
  });
  it('reads a verdict in quotation marks after the link ("the plan was \\"long overdue\\"")', () => {
    const found = positions(
      `Kelmore to cap rents in its old town

Kelmore will cap rents in its old town from next year, the city council said on Monday.

Tenant organiser Ruth Ames told the Kelmore Courier the plan was "long overdue".
`,
      'Should Kelmore cap rents in its old town?',
    );
    expect(find(found, 'long overdue')).toMatchObject({ side: 'PRO' });
  });

  it('reads a measure that "criminalises" people as harming them, whatever they were doing', () => {
    const found = positions(
      `Dunmore to fine rough sleepers in its centre

Dunmore council will fine people who sleep in shop doorways in the town centre, it said on Tuesday.

The housing charity Roofline said the measure criminalises people for protecting themselves from the cold.
`,
      'Should Dunmore fine people who sleep in shop doorways?',
    );
    expect(find(found, 'criminalises people for protecting')).toMatchObject({ side: 'CON' });
  });
  it('takes a sentence about "walkouts" or a "stoppage" as about a motion to strike', () => {
    const found = positions(
      `Port staff at Ostby vote to strike

Port staff at Ostby have voted to strike over new shift patterns, their union said on Friday.

The operator, Harlow Maritime, said in a statement that stoppages would leave ferry passengers stranded for days.
`,
      'Should port staff at Ostby strike over new shift patterns?',
    );
    expect(find(found, 'stoppages would leave ferry passengers stranded')).toMatchObject({
      side: 'CON',
    });
  });
  it('takes relief at the news ("breathe a sigh of relief", "said they were relieved") as a welcome', () => {
    const found = positions(
      `Colby scraps plan for incinerator at Fenmoor

Colby council on Wednesday scrapped its plan to build a waste incinerator at Fenmoor.

"Families here can finally breathe a sigh of relief," said Tom Greer, who lives beside the site.

Members of the Fenmoor allotment society said they were relieved.
`,
      'Should Colby council scrap its plan for an incinerator at Fenmoor?',
    );
    expect(find(found, 'finally breathe a sigh of relief')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'said they were relieved')).toMatchObject({ side: 'PRO' });
  });
  it('takes ", saying …" after a clause as the words of that clause\'s subject, the one making the case', () => {
    const found = positions(
      `Ministers plan curfew on drone flights over prisons

Drones will be barred from flying within a mile of Kestria's prisons at night under a bill published on Tuesday.

Justice Minister Paul Orrin laid out the case for the new rules in parliament, saying gangs were "dropping phones and drugs into exercise yards every week".
`,
      "Should drones be barred from flying near Kestria's prisons at night?",
    );
    expect(find(found, 'dropping phones and drugs')).toMatchObject({
      holder: 'Justice Minister Paul Orrin',
      side: 'PRO',
    });
  });
  it('reads a speaker who "made the case for" the measure as for it', () => {
    const found = positions(
      `Harnby to charge for parking at its beaches

Harnby council will charge drivers to park at its three beaches from May, it said on Monday.

Councillor Ada Wynn made the case for the charge at a packed meeting, and said the beaches could not go on without money for lifeguards and bins.
`,
      'Should Harnby charge drivers to park at its beaches?',
    );
    expect(find(found, 'could not go on without money for lifeguards')).toMatchObject({
      side: 'PRO',
    });
  });
  it('keeps the reason cited for the act ("…, citing …") even in a lede, as for the act', () => {
    const found = positions(
      `Velm to close two coal plants early

VELM, May 2 - Velm will close its two remaining coal plants three years early, Energy Minister Oskar Lind said on Thursday, citing mounting losses at both plants and a rise in asthma in the towns nearby.

The plants employ about 900 people.
`,
      'Should Velm close its two coal plants early?',
    );
    expect(find(found, 'citing mounting losses')).toMatchObject({ side: 'PRO' });
  });
  it('reads "said the bill should be dumped" as against the bill, and for a motion that drops it', () => {
    const text = `Ministers publish bill to let councils fine litter louts on the spot

A bill published on Tuesday would let councils in Norland fine people on the spot for dropping litter.

Two civil liberties groups said the bill should be dumped.
`;
    expect(
      find(
        positions(
          text,
          'Should councils in Norland be able to fine people on the spot for litter?',
        ),
        'should be dumped',
      ),
    ).toMatchObject({ side: 'CON' });
    expect(
      find(positions(text, 'Should Norland drop the bill on litter fines?'), 'should be dumped'),
    ).toMatchObject({ side: 'PRO' });
  });
  it("takes a paragraph wholly in quotation marks after a speaker's quoted paragraph as the speaker's", () => {
    const found = positions(
      `Refuse collectors in Marlow vote to strike

Refuse collectors in Marlow have voted to strike over pay, the GMU union said on Monday.

"Our members have had one rise in six years," said the union's regional organiser, Sam Price.

"Every collector who quits leaves the rest of the crew to cover two rounds a day."
`,
      'Should refuse collectors in Marlow strike over pay?',
    );
    expect(find(found, 'Every collector who quits')).toMatchObject({ side: 'PRO' });
  });
  it("reads a union's officer as speaking for the members whose strike the motion asks about", () => {
    const found = positions(
      `Library staff in Orwick vote for strike

Library staff in Orwick have voted to strike, the union said on Thursday.

The union's branch secretary, Nia Rhys, said staff were tired of running branches with half the people they need.
`,
      'Should library staff in Orwick strike?',
    );
    expect(find(found, 'tired of running branches')).toMatchObject({ side: 'PRO' });
  });
  it('does not give "he" to the name of a bill the sentence before ends on', () => {
    const found = positions(
      `Opposition attacks bill on police detention

The government's bill to let police hold suspects for four days without charge was attacked in parliament on Tuesday.

The shadow justice minister, Alan Frew, said changes had been made to the Public Order and Detention Bill. But holding people without charge was still "far too wide," he said, and most of those held "will be innocent".
`,
      'Should police be able to hold suspects for four days without charge?',
    );
    expect(find(found, 'far too wide')?.holder).toBe('Alan Frew');
  });
  it('keeps a US title and its full stop with the name, and drops the party in brackets', () => {
    const found = positions(
      `City council passes ban on plastic bags

The city council voted 7-2 on Tuesday to ban single-use plastic bags at grocery stores.

"This ban will keep plastic out of our rivers," said Ald. Maria Lopez, who sponsored the measure.

Sen. John Park (R) said the ban would hurt small grocers. "They are already struggling," he said.
`,
      'Should the city ban single-use plastic bags?',
    );
    const sponsor = find(found, 'keep plastic out of our rivers');
    expect(sponsor?.holder).toBe('Ald. Maria Lopez');
    expect(sponsor?.side).toBe('PRO');
    expect(find(found, 'hurt small grocers')?.holder).toBe('Sen. John Park');
    expect(find(found, 'already struggling')?.holder).toBe('Sen. John Park');
  });

  it('reads residents who speak out against a plan as reacting to it, and their doubt as against it', () => {
    const found = positions(
      `Residents speak out against proposed apartment block near the hospital

Members of the Alderton planning committee heard from dozens of residents on Monday about a proposal to build a 146-unit apartment block near the hospital.

The developer and local employers say the area needs new housing to recruit staff. But many residents oppose the idea.

The residents who remain unconvinced believe there are better places to build new housing.

"We have listened, and the block will bring life to the area," developer Tom Reyes said.
`,
      'Should a new apartment block be built near the hospital?',
    );
    expect(find(found, 'many residents oppose the idea')?.side).toBe('CON');
    expect(find(found, 'remain unconvinced')?.side).toBe('CON');
    expect(find(found, 'bring life to the area')?.side).toBe('PRO');
  });

  it('reads the developer as for the scheme it applied to build, whatever the tone of its words', () => {
    const found = positions(
      `Lakeside housing complex gets go-ahead

The planning committee has approved a 700-unit housing complex at Lakeside despite an appeal from residents against it.

But developer Steve Varga said residents did not come forward with their concerns during the months the project was planned.
`,
      'Should the planning committee approve the 700-unit housing complex at Lakeside?',
    );
    const developer = find(found, 'did not come forward');
    expect(developer?.side).toBe('PRO');
    expect(developer?.evidence).toMatch(/applied for it/u);
  });
  it("reads a governor's promise to sign a bill as for it, named before the label", () => {
    const found = positions(
      `Sunday trading bill goes to governor

Legislators passed the Sunday trading bill on Tuesday by 61 votes to 30.

The bill now goes to Gov. Ann Reyes, a Republican, who has said she would sign it.

State Sen. Carl Diaz said he would urge the governor to veto the bill, which he called a gift to big stores.
`,
      'Should the state pass the Sunday trading bill?',
    );
    const governor = find(found, 'would sign it');
    expect(governor?.holder).toBe('Gov. Ann Reyes');
    expect(governor?.side).toBe('PRO');
    expect(find(found, 'veto the bill')?.side).toBe('CON');
  });
  it('reads "the ordinance" as the measure whose effect on people sets the side', () => {
    const found = positions(
      `Council weighs capacity ordinance

Two councillors proposed an ordinance to place capacity restrictions on bars and restaurants.

Several business owners spoke at the meeting, sharing concerns that the ordinance could have a negative impact on their trade.
`,
      'Should capacity restrictions be placed on bars and restaurants?',
    );
    expect(find(found, 'negative impact on their trade')?.side).toBe('CON');
  });
  it('reads "make this unavoidable" as a verdict for the measure, after a colon or before "said"', () => {
    const found = positions(
      `VAT to rise to 20 per cent

The Chancellor announced that VAT would rise from 17.5 per cent to 20 per cent next January.

Struggling to be heard over the jeers, the Chancellor told MPs: "The years of debt and spending make this unavoidable."

"Nobody voted for this, and it will make it harder for families to pay their bills," said the shadow chancellor.
`,
      'Should VAT rise from 17.5 per cent to 20 per cent?',
    );
    const verdict = find(found, 'make this unavoidable');
    expect(verdict?.side).toBe('PRO');
    expect(verdict?.evidence).toMatch(/a verdict on the measure/u);
  });
  it('reads a motion that calls its subject a threat to something as against that subject, and a holder before "- and say"', () => {
    const found = positions(
      `Are speed cameras a threat to our privacy?

The county will install 40 speed cameras that read number plates on its main roads from June.

Road safety groups said the speed cameras would save lives on the county's most dangerous bends.

Privacy campaigners question the system's accuracy - and say number plates should not be stored at all.
`,
      'Are speed cameras a threat to our privacy?',
    );
    expect(find(found, 'would save lives')?.side).toBe('CON');
    expect(find(found, 'should not be stored')?.holder).toBe('Privacy campaigners');
  });
  it('reads a mandate as the measure: "not the answer", "a step too far" and opposing it are against', () => {
    const found = positions(
      `Hospitals order staff to get flu jabs

The Harbour Health group announced on Thursday it would require all its employees to be vaccinated against flu.

"Vaccination is an important tool, but an employer mandate is not the answer for a workforce still recovering," said Tim Hale of the nurses' union.

But compulsory vaccination is a step too far, union leaders say.

Several staff groups that represent porters and cleaners oppose the mandates.
`,
      'Should Harbour Health require its employees to be vaccinated against flu?',
    );
    expect(find(found, 'not the answer')?.side).toBe('CON');
    expect(find(found, 'a step too far')?.side).toBe('CON');
    expect(find(found, 'oppose the mandates')?.side).toBe('CON');
  });

  it('takes a named speaker under a heading that announces reactions, but not a timetable there', () => {
    const found = extractSeeds(
      parseArticle({
        format: 'MARKDOWN',
        text: `# Netball league to shorten quarters to twelve minutes

The Coastal Netball League will shorten each quarter from fifteen to twelve minutes from next season, its board decided on Monday.

## How the clubs responded

- **Seaham Sirens** coach Jo Platt said her players had been asking for a faster game for years.
- **The Umpires' Guild** said umpires had been left to find out from social media.

The league's chair, Amy Lund, said the board would review the change after one season.
`,
      }),
      'Should the Coastal Netball League shorten quarters to twelve minutes?',
    ).positions;
    expect(find(found, 'asking for a faster game')).toBeDefined();
    expect(find(found, 'left to find out from social media')).toBeDefined();
    expect(find(found, 'review the change after one season')).toBeUndefined();
  });
  it('reads a complaint of not being consulted as against the measure', () => {
    const found = positions(
      `Cricket board to bring in a cap on overseas players

The Northern Cricket Board will limit each county to one overseas player from next season, it announced on Tuesday.

The board said the cap would give young home players more chances to play in the first team.

The Professional Cricketers' Guild said its members had not been properly consulted and warned that counties would lose some of their best-loved players.
`,
      'Should the Northern Cricket Board limit each county to one overseas player?',
    );
    const guild = find(found, 'not been properly consulted');
    expect(guild).toMatchObject({ side: 'CON' });
    expect(guild!.confidence).toBeGreaterThan(0.5);
  });
  it('reads a harm done by fewer people as a harm lessened', () => {
    const found = positions(
      `Tolbrook to lower speed limit to 20mph

Tolbrook council will lower the speed limit on its residential streets to 20mph from June.

A road safety charity said the lower limit would mean fewer drivers hitting children on their way to school.
`,
      'Should Tolbrook lower the speed limit on residential streets to 20mph?',
    );
    expect(find(found, 'fewer drivers hitting children')).toMatchObject({ side: 'PRO' });
  });
  it('reads "little benefit", "scant success" as hardly any of the good named', () => {
    const found = positions(
      `Oxley to pay for new market hall

Oxley council will spend £8 million on a new market hall in the town centre, it said on Monday.

Dr Ruth Kemp, an economist at Carrick University, said new market halls had brought little benefit and scant success to the towns that built them.
`,
      'Should Oxley council spend £8 million on a new market hall?',
    );
    expect(find(found, 'little benefit')).toMatchObject({ side: 'CON' });
  });
  it('reads "rejecting the agreement would leave X facing …" as for the agreement, not a rejection', () => {
    const found = positions(
      `Ostrel parliament to vote on trade pact with Kavia

Ostrel's parliament will vote on Thursday on whether to ratify a trade agreement with Kavia.

Trade Minister Lina Oberg said rejecting the agreement would leave Ostrel's farmers facing duties of 15 percent on everything they sell to Kavia.
`,
      "Should Ostrel's parliament ratify the trade agreement with Kavia?",
    );
    expect(find(found, 'rejecting the agreement would leave')).toMatchObject({ side: 'PRO' });
  });
  it('reads "the pact", "the accord", "the deal" as the treaty a motion names', () => {
    const found = positions(
      `Senate to vote on Tarvia water treaty

Tarvia's senate will vote next week on whether to ratify a water-sharing treaty with neighbouring Ostrel.

The Dunne Valley Farmers' Association said the pact would leave its members' fields dry in a hot summer.

The Irrigators' Union said the accord gave Ostrel first call on the river.
`,
      "Should Tarvia's senate ratify the water-sharing treaty with Ostrel?",
    );
    expect(find(found, 'the pact would leave')).toBeDefined();
  });
  it('reads a minister of the government whose plan it is as the actor, and prices that would rise as against', () => {
    const found = positions(
      `Kestland to put duty on imported solar panels

The Kestland government's plan to put a 30 per cent duty on imported solar panels goes before parliament on Monday.

Energy Minister Clara Voss said the duty would be lifted once the country's own factories could meet demand.

Installers said their prices would rise by a fifth if the duty went ahead.
`,
      'Should Kestland put a 30 per cent duty on imported solar panels?',
    );
    const minister = find(found, 'the duty would be lifted once');
    expect(minister).toMatchObject({ side: 'PRO' });
    expect(minister!.confidence).toBeGreaterThan(0.5);
    expect(find(found, 'their prices would rise by a fifth')).toMatchObject({ side: 'CON' });
  });
  it('takes a lede that reports a reaction ("have reacted with anger to …") as a position', () => {
    const found = positions(
      `Anglers angry at ban on night fishing

Anglers have reacted with anger to the Lowmere Water Board's decision to ban night fishing on the Lowmere reservoir from April.

The board said the ban would protect nesting birds on the shore.
`,
      'Should the Lowmere Water Board ban night fishing on the reservoir?',
    );
    expect(find(found, 'Anglers have reacted with anger')).toMatchObject({ side: 'CON' });
  });
  it('takes a gain foretold ("would secure water for …") as arguing, though a figure follows', () => {
    const found = positions(
      `Tarvia senate to vote on river treaty

Tarvia's senate will vote next week on whether to ratify a water-sharing treaty with neighbouring Ostrel.

Water Minister Ines Holt told the senate on Monday that the treaty would secure water for the valley's farms, which grow 40 percent of the country's wheat.
`,
      "Should Tarvia's senate ratify the water-sharing treaty with Ostrel?",
    );
    expect(find(found, 'the treaty would secure water')).toMatchObject({ side: 'PRO' });
  });
  it('takes the warnings a lede says the act went ahead despite as against it', () => {
    const found = positions(
      `Council approves £12m loan for new ice rink

Dunmore council has agreed to lend the Dunmore Ice Club £12 million to build a new rink, despite warnings that the town could be left paying for an empty building.

Councillors voted 24 to 19 in favour of the loan on Tuesday.
`,
      'Should Dunmore council lend the Dunmore Ice Club £12 million to build a new rink?',
    );
    expect(find(found, 'left paying for an empty building')).toMatchObject({ side: 'CON' });
  });
  it('reads a paragraph that opens by defending the measure or rejecting its critics as for it', () => {
    const found = positions(
      `Regulator lets quarry firm deepen pit near Wenby

The Minerals Authority has given Stonecroft Aggregates permission to deepen its quarry near the village of Wenby by a further 40 metres.

Residents said the blasting had already cracked walls in the village.

The authority rejected the criticism, saying its engineers had found no link between the blasting and the damage. A spokesperson said the permission required the company to stop blasting whenever the wind blew towards the village.

Transport Minister Ana Lind defended the timetable. "Lorries will be off the village roads by next spring, and we will pay for the new junction," she said.
`,
      'Should Stonecroft Aggregates be allowed to deepen its quarry near Wenby?',
    );
    expect(find(found, 'required the company to stop blasting')).toMatchObject({ side: 'PRO' });
    expect(find(found, 'we will pay for the new junction')).toMatchObject({ side: 'PRO' });
  });
  it('reads "the change followed a review which found …" as the reason for the measure', () => {
    const found = positions(
      `Racing body to cut field sizes at jump meetings

The Western Racing Board will cut the number of runners in each jump race from 20 to 14 from next season.

Officials said the change followed a review which found that falls at the first fence had risen by a third in five years.
`,
      'Should the Western Racing Board cut the number of runners in jump races to 14?',
    );
    expect(find(found, 'the change followed a review')).toMatchObject({ side: 'PRO' });
  });
  it("reads tariffs as the duty a motion names, and another country's minister as no actor", () => {
    const found = positions(
      `Kestland to put duty on imported solar panels

The Kestland government's plan to put a 30 per cent duty on imported solar panels goes before parliament on Monday.

Energy Minister Clara Voss said the duty would be lifted once the country's own factories could meet demand.

Ostrel's trade minister said her government would answer with tariffs on Kestland's cheese and wine.
`,
      'Should Kestland put a 30 per cent duty on imported solar panels?',
    );
    expect(find(found, 'would answer with tariffs')).toMatchObject({ side: 'CON' });
  });
  it('keeps a short relative clause with the holder it sorts into a camp, and a day after "said"', () => {
    const found = positions(
      `House approves bag ban

Lawmakers in the state House have approved a bill to ban single-use plastic bags.

Lawmakers who supported it say the bags clog rivers and drains.

Lawmakers who opposed it say they fear it will hurt corner shops.

Gov. Ann Reyes said Tuesday that she would sign such a bill into law if it reached her desk.
`,
      'Should the state ban single-use plastic bags?',
    );
    expect(find(found, 'clog rivers')).toMatchObject({
      holder: 'Lawmakers who supported it',
      side: 'PRO',
    });
    expect(find(found, 'hurt corner shops')).toMatchObject({
      holder: 'Lawmakers who opposed it',
      side: 'CON',
    });
    expect(find(found, 'would sign such a bill')?.side).toBe('PRO');
  });
  it('reads the owners of the thing the motion would build as for it', () => {
    const found = positions(
      `Marsh Valley pipeline approved

The regulator approved the Marsh Valley Pipeline on Friday.

The pipeline's owners said the recent cold snap underscored the need for the pipeline, when gas prices soared.

Shop owners in the valley said they had not been told about the route.
`,
      'Should the Marsh Valley Pipeline go ahead?',
    );
    expect(find(found, 'underscored the need')?.side).toBe('PRO');
  });
});

describe('positions on real news shapes (round 17)', () => {
  it('takes no position from writing to another body, or from asking it to consider the move', () => {
    const found = positions(
      `Lowering city speed limit to 20mph a 'no brainer'

Harlow City Council voted on Thursday for a proposal to reduce the speed limit on many roads to 20mph.

The council will now write to the county council, which makes decisions about roads, to ask it to consider the move.

Local taxi driver Omar Reyes said he was "totally opposed" to the move because of increased pollution.
`,
      'Should the speed limit be reduced to 20mph on many roads in Harlow?',
    );
    expect(find(found, 'write to the county council')).toBeUndefined();
    expect(find(found, 'totally opposed')?.side).toBe('CON');
  });
  it("keeps a named speaker's call on the matter in the lede", () => {
    const found = positions(
      `Should the voting age be lowered?

Youth Governor of Norland Amanda Reyes says the voting age should be dropped from 18 to 16 years old.

While some may not be interested in politics, she says young people are interested in issues that affect them.
`,
      'Should the voting age be lowered to 16?',
    );
    expect(find(found, 'should be dropped from 18 to 16')?.side).toBe('PRO');
  });
  it("reads a headline's subject that the motion acts on as no actor, and another word of undoing as the act", () => {
    const flick = positions(
      `Flick to fight Lorvan over its order to ban the app

Video app Flick said it would wage a legal fight against the Lorvan government's efforts to ban the service over security concerns.

Flick, which is owned by a foreign company, insisted that it is not a national-security threat and that the government is acting without evidence.
`,
      'Should the Lorvan government ban Flick?',
    );
    expect(find(flick, 'not a national-security threat')?.side).toBe('CON');
    const fees = positions(
      `Students give cautious welcome to plan to scrap tuition fees

Students have given a cautious welcome to the opposition's proposal to scrap tuition fees.

"Abolishing tuition fees removes a financial barrier that deters many from going to university and that can only be a good thing," said Jo Marr, of the students' union.
`,
      'Should tuition fees be scrapped?',
    );
    expect(find(fees, 'removes a financial barrier')?.side).toBe('PRO');
  });
  it('reads a stand against the bill and misgivings voiced about it as against it', () => {
    const found = positions(
      `Senate approves surveillance bill

The Senate passed a wide-sweeping surveillance bill on Thursday that gives police new powers to tap phones and track Internet use.

"Proud to stand today with 25 senators against Bill C-88. But the majority passed the bill which will affect your rights," said Sen. Jim Lowry on social media.

In a conference call held before the bill's approval, the Digital Rights Centre (DRC) expressed its concerns that the bill could be used to invade personal privacy.
`,
      'Should the surveillance bill become law?',
    );
    expect(find(found, 'Proud to stand today')?.side).toBe('CON');
    expect(find(found, 'expressed its concerns')?.side).toBe('CON');
  });
  it("does not take what a headline's camp stands against for what the motion's change works against", () => {
    const found = positions(
      `Opposition slams gov't as it keeps up stand against extension

The Opposition Group today restated its firm opposition to the extension of Parliament expressing their anger at the move saying "this is a deceptive Government".

Opposition Leader Matthew Hale said there were no grounds to amend the constitution merely to host the Island Games.
`,
      'Should Parliament be extended?',
    );
    expect(find(found, 'firm opposition to the extension')?.side).toBe('CON');
  });
  it('sides the reasons of who announces the act with it ("Announcing the levy, X said …")', () => {
    const found = positions(
      `Finance minister announces sugar levy

In a surprise move, Finance Minister Karl Odell announced a levy on soft drinks makers in Wednesday's budget.

The levy is expected to raise 500 million crowns a year, to be spent on school sport.

Announcing the levy, Odell said that young children are eating their own weight in sugar each year and that within a generation half of all boys could be overweight or obese.

The head of the drinks makers' federation, Per Dahl, slammed the move as "political theatre".
`,
      'Should the government introduce a sugar tax on soft drinks?',
    );
    const reason = find(found, 'their own weight in sugar');
    expect(reason?.side).toBe('PRO');
    expect(reason?.evidence).toContain('announces the act ("Announcing the levy")');
    expect(find(found, 'political theatre')?.side).toBe('CON');
  });
  it("reads a camp that does not say what it backs from its claim's words about the measure's target", () => {
    const found = positions(
      `County approves plastic ban

Holm County commissioners approved a ban on plastic bags and foam containers on Tuesday.

Supporters say it will cut down on plastic and foam pollution.

Those who support the ban say the bags litter streets and parks and are bad for the environment.

Alderman Joe Varga said plastic bags are "a relic of yesterday's economy."
`,
      'Should Holm County ban plastic bags and foam containers?',
    );
    expect(find(found, 'cut down on plastic')?.side).toBe('PRO');
    expect(find(found, 'litter streets')?.side).toBe('PRO');
    expect(find(found, 'a relic of')?.side).toBe('PRO');
  });
  it('reads a fault found in refusing the act, or in doing nothing, as for the act', () => {
    const found = positions(
      `Government unveils plan to raise pension age

The Lorvan government will raise the pension age to 66, Prime Minister Elena Borne said on Tuesday.

Presenting the plan, Prime Minister Elena Borne said that doing nothing about the deficits of the pension system would be "irresponsible".

Finance Minister Pavel Hron warned state workers that it would be a "colossal mistake" to spurn the government's pension deal.
`,
      'Should the Lorvan government raise the pension age to 66?',
    );
    expect(find(found, 'would be "irresponsible"')).toMatchObject({
      holder: 'Prime Minister Elena Borne',
      side: 'PRO',
    });
    expect(find(found, 'colossal mistake')?.side).toBe('PRO');
  });
  it('reads unions calling strikes as against the act, and the government, not the unions, as its actor', () => {
    const found = positions(
      `Unions call strikes as Lorvan government unveils plan to raise pension age

Lorvan's trade unions have called for strikes and protests after the government announced plans to raise the pension age.

The country's biggest unions called a day of protests on March 3, according to their joint statement.

"The reform is one of the most brutal in decades," far-right leader Marta Holm said afterwards.
`,
      'Should the Lorvan government raise the pension age?',
    );
    expect(find(found, 'called for strikes')?.side).toBe('CON');
    expect(find(found, 'called a day of protests')?.side).toBe('CON');
    expect(find(found, 'most brutal')).toMatchObject({ holder: 'far-right leader Marta Holm' });
  });
  it("keeps a lede's declared opposition, and an acronym in brackets names the same holder", () => {
    const found = positions(
      `Union opposes increased retirement age

The Civil Service Workers Union (CSWU) has warned the Government that it will vigorously oppose an increase in the compulsory retirement age.

The CSWU also believes the proposals will cause great uncertainty and anxiety among civil servants.
`,
      'Should the compulsory retirement age be increased?',
    );
    expect(find(found, 'vigorously oppose')?.side).toBe('CON');
    expect(find(found, 'great uncertainty')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18)', () => {
  it("reads disagreeing with the body's decision, frustration with the measure and its rationale given", () => {
    const found = positions(
      `Harwick town council bans food trucks from the harbour

HARWICK — The Harwick Town Council voted 4 to 3 on Tuesday to ban food trucks from the harbour front, citing litter and noise.

"The harbour is not a car park for kitchens," said Lena Ostrova, Harwick's head of planning.

"This is about the kind of town we want the harbour to be," Ostrova added, emphasizing the council's rationale for the ban.

A food truck owner, Marco Feld, disagrees with the council's decision.

"People come down here because of us. Take us away and the harbour goes quiet," Feld said.

"They treat us like a nuisance when we bring people in," said vendor Aisha Kone, expressing frustration with the ban.
`,
      'Should Harwick ban food trucks from the harbour?',
    );
    expect(find(found, 'kind of town we want')?.side).toBe('PRO');
    expect(find(found, 'disagrees with the council')?.side).toBe('CON');
    expect(find(found, 'treat us like a nuisance')?.side).toBe('CON');
  });
  it('reads a proponents camp from its claim when the motion names its body in capitals', () => {
    const found = positions(
      `Belmont City Council Votes To Ban All Scooter Rentals

The Belmont City Council voted on Monday to ban all scooter rentals in the old town.

Opponents said scooter rentals have cluttered pavements and caused injuries.

But proponents said scooter rentals bring millions of dollars to the city, create jobs and give people a cheap way to travel.
`,
      'Should the Belmont City Council ban all scooter rentals?',
    );
    expect(find(found, 'cluttered pavements')?.side).toBe('PRO');
    expect(find(found, 'bring millions')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18, sides spoken for)', () => {
  it('reads speaking in favour of the measure as for it, and in favour of what it bans as against', () => {
    const found = positions(
      `Glenmoor bans jet skis on the lake

Glenmoor's council voted on Monday to ban jet skis on Lake Orra from next summer.

Members of the anglers' club spoke in favour of the ban at the meeting, calling the machines a menace to wildlife.

A group of hire operators spoke in favour of jet skis at the same meeting, saying the lake needs visitors.
`,
      'Should Glenmoor ban jet skis on the lake?',
    );
    expect(find(found, "anglers' club spoke")?.side).toBe('PRO');
    expect(find(found, 'hire operators spoke')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18, verdicts)', () => {
  it('takes a quotation that opens by calling it disappointing or welcome', () => {
    const found = positions(
      `Quarry extension at Dunmore approved

Residents have reacted with dismay after the extension of the Dunmore quarry was approved by the county.

Parish chair Ellen Voss said: "It's deeply disappointing. Hundreds of us wrote in and nobody listened."

Quarry manager Ravi Shah said: "It's welcome. Forty jobs are safe for another ten years."
`,
      'Should the extension of the Dunmore quarry be approved?',
    );
    expect(find(found, 'deeply disappointing')?.side).toBe('CON');
    expect(find(found, "It's welcome")?.side).toBe('PRO');
  });
});

describe("positions on real news shapes (round 18, calls in the speaker's words)", () => {
  it('reads a passive call for the motion\'s act as for it, denied as against, and "protested" as saying', () => {
    const found = positions(
      `Pellworth council votes to ban leaf blowers

Pellworth's council voted on Thursday to ban petrol leaf blowers in the town from April.

"They are deafening. They need to be banned everywhere," one neighbour protested.

"Leaf blowers must not be banned before the gardeners have something to replace them with," a landscaper said.

Several residents said it was absurd that leaf blowers should be banned while lorries still roar through the high street.
`,
      'Should Pellworth ban petrol leaf blowers?',
    );
    expect(find(found, 'need to be banned everywhere')?.side).toBe('PRO');
    expect(find(found, 'must not be banned')?.side).toBe('CON');
    expect(find(found, 'absurd that leaf blowers')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18, named groups)', () => {
  it('reads a speaker for a group named against the act as against it', () => {
    const found = positions(
      `Tollard council rejects chlorination of town wells

Tollard council voted on Monday against a plan to chlorinate the town wells.

"People here deserve pure, natural water, and this is a great day for them," said Dora Finch, who leads Tollard Families Against Chlorination.
`,
      'Should Tollard chlorinate the town wells?',
    );
    expect(find(found, 'pure, natural water')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18, verdicts of a camp)', () => {
  it('reads a camp that says what it views the measure as by that verdict, not by its name', () => {
    const found = positions(
      `Assembly weighs ban on fishing boats in Corran Bay

Lawmakers are considering a ban on fishing boats in Corran Bay from next spring.

Supporters of the ban argue that the boats have stripped the bay of its seagrass.

On the other hand, many local advocates and fishing families view the proposed legislation as draconian and out of touch with the village.
`,
      'Should fishing boats be banned in Corran Bay?',
    );
    expect(find(found, 'stripped the bay')?.side).toBe('PRO');
    expect(find(found, 'view the proposed legislation as draconian')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18, holders)', () => {
  it('names the person before a role of several words, before a role and a label, and the subject of a joined "but said"', () => {
    const found = positions(
      `Ministers urged to legalise e-bikes on forest trails

More than 30 groups have signed a letter calling on ministers to legalise e-bikes on forest trails.

Ana Ruiz, chief executive of Trails for All, said: "E-bikes let older riders back into the forest."

Tom Peel, head of access and campaigns at the Hillwalkers Trust, a national charity, said: "Legal e-bikes would be safer than the ones already on the trails."

The letter said illegal e-bikes were a danger to walkers, particularly older ones, and could damage paths – but said rules on speed could make a difference.
`,
      'Should ministers legalise e-bikes on forest trails?',
    );
    expect(find(found, 'older riders')?.holder).toMatch(/^Ana Ruiz/u);
    expect(find(found, 'already on the trails')?.holder).toMatch(/^Tom Peel/u);
    expect(find(found, 'could make a difference')?.holder).toBe('The letter');
  });
});

describe('positions on real news shapes (round 18, a trade against a ban)', () => {
  it('reads a trade not consulted, a ban that "will not succeed", a harm the ban creates or does, and no actor in a feature opening', () => {
    const found = positions(
      `Ban on bottom trawling worries fishermen

Mr Tomas Veld is a worried man. For twenty years he has fished the bay from Harlow quay.

The government said on Tuesday it has banned bottom trawling in the bay from next spring.

The fishermen said they had not been "extensively consulted" on the decision.

Further, the fishermen said the decision would create an uneven playing field as foreign boats do not face the ban.

"A ban that intends to change how a whole fleet works overnight will not succeed in the long run," the fishermen's association said.

"Banning the nets will impoverish the young men of this town," said Mr Veld.
`,
      'Should bottom trawling be banned in the bay?',
    );
    expect(find(found, 'extensively consulted')?.side).toBe('CON');
    expect(find(found, 'uneven playing field')?.side).toBe('CON');
    expect(find(found, 'will not succeed')?.side).toBe('CON');
    expect(find(found, 'impoverish')?.side).toBe('CON');
  });
});

describe('positions on real news shapes (round 18, where is not what)', () => {
  it('does not take a place after the object ("flats downtown") for what the act works against', () => {
    const found = positions(
      `Tarnby votes to restrict holiday flats

A northern coastal city has voted to restrict holiday flats downtown.

The paper reported the city council voted 5-2 Monday to restrict holiday flats. Supporters say the restriction will stop homes being turned into holiday flats.

Councilwoman Ruth Obi says the city needs to protect downtown housing.
`,
      'Should Tarnby restrict holiday flats downtown?',
    );
    expect(find(found, 'protect downtown housing')?.side).toBe('PRO');
  });
});

describe('positions on real news shapes (round 19)', () => {
  it("takes a named speaker's quotation on the story's matter in the headline's and the lede's words", () => {
    const found = positions(
      `Cat owners march against Kelby's plan to ban the Sphynx

Hundreds of cat owners marched in Kelby on Saturday against the council's plan to ban the Sphynx cat.

"People need to keep their cat indoors at night," owner Jo West told the Kelby Herald. "That is all it takes."

"A cat that stays in at night harms no bird," said owner Dev Rana.
`,
      'Should Kelby ban the Sphynx?',
    );
    expect(find(found, 'keep their cat indoors')).toBeDefined();
    expect(find(found, 'harms no bird')).toBeDefined();
  });

  it('takes no side from a sentence that names both camps together, but keeps one camp speaking of the other', () => {
    const found = positions(
      `Kelby bans wood burners in new homes

Kelby's council voted on Tuesday to ban wood burners in all new homes.

Supporters and opponents of the ban clashed outside the town hall.

The vote was greeted with delight by supporters, and deep disappointment by objectors.

Opponents said supporters of the ban had ignored the cost to families.
`,
      'Should Kelby ban wood burners in new homes?',
    );
    expect(find(found, 'clashed outside')).toBeUndefined();
    expect(find(found, 'greeted with delight')).toBeUndefined();
    expect(find(found, 'ignored the cost')?.side).toBe('CON');
  });

  it("reads the bill's sponsor named after the quotation as for it, and a fight against another change as no stance", () => {
    const found = positions(
      `Kelby votes to ban wood burners in new homes

Kelby's council voted on Tuesday to ban wood burners in all new homes.

"This bill was about putting children's lungs first," said councillor Ana Ruiz, the bill's sponsor.

Ruiz said families must take steps to fight climate change that scientists blame for the floods.
`,
      'Should wood burners be banned in new homes?',
    );
    expect(find(found, "children's lungs first")?.side).toBe('PRO');
    expect(find(found, 'fight climate change')?.side).toBe('PRO');
  });

  it('reads a proposal that leaves questions unanswered as against it', () => {
    const found = positions(
      `Kelby council weighs bed tax rise

Kelby's council will vote on Tuesday on a plan to raise the town's bed tax by 2 percent.

Councillor Jo Walker said the town needs money, she said, but this proposal leaves too many questions unanswered.
`,
      'Should Kelby raise its bed tax?',
    );
    expect(find(found, 'questions unanswered')?.side).toBe('CON');
  });

  it('holds a sentence by the speaker a closing ", said X" names, a named one or one of a group', () => {
    const found = positions(
      `Kelby school board weighs four-day week

The Kelby school board will vote next month on a plan to move to a four-day school week.

Parents fear the longer days will exhaust young children, said Ann Lee, a mother of three.

Pupils would not get home till 5 p.m., said one parent.

"Children learn best in short days," Mia Holt, the founder of the Kelby Parents Forum, said in a statement.
`,
      'Should Kelby move to a four-day school week?',
    );
    expect(find(found, 'exhaust young children')?.holder).toBe('Ann Lee');
    expect(find(found, 'exhaust young children')?.side).toBe('CON');
    expect(find(found, 'not get home')?.holder).toBe('one parent');
    expect(find(found, 'learn best in short days')?.holder).toMatch(/^Mia Holt/u);
  });

  it('reads opponents of the act against it after a vote in favour, and keeps the act in their name', () => {
    const found = positions(
      `We will fight the curfew to the end, say opponents

Opponents of extended curfews have vowed to fight on after Friday's disappointing council vote in favour of the teenage curfew.
`,
      'Should Kelby impose a teenage curfew?',
    );
    const opponents = find(found, 'vowed to fight on');
    expect(opponents?.side).toBe('CON');
    expect(opponents?.holder).toBe('Opponents of extended curfews');
  });

  it('keeps a body\'s name whose first word wink reads as an adverb ("Right to Ride UK said")', () => {
    const found = positions(
      `Kelby votes to ban scooters from the seafront

Kelby's council voted on Friday to ban e-scooters from the seafront.

Despite the vote, Right to Ride UK said the ban was unfair on young workers who cannot afford a car.

Right to Ride UK, which campaigns for cheap transport, said the council had ignored the riders it will hurt.
`,
      'Should Kelby ban e-scooters from the seafront?',
    );
    expect(find(found, 'ban was unfair')?.holder).toBe('Right to Ride UK');
    expect(find(found, 'ignored the riders')?.holder).toBe('Right to Ride UK');
  });
});

describe('positions on real news shapes (round 20)', () => {
  it('gives a ", said X, who …" sentence to its speaker, the relative clause describing them', () => {
    const found = positions(
      `Kelby board keeps phones in lockers

The Kelby school board voted 5-4 on Tuesday to make pupils keep their phones in lockers all day.

The old rule already banned phones in class but was never enforced, said board member Ann Lee, who voted against the new rule.
`,
      'Should pupils have to keep their phones in lockers all day?',
    );
    const lee = find(found, 'was never enforced');
    expect(lee?.holder).toBe('board member Ann Lee');
    expect(lee?.side).toBe('CON');
  });

  it('takes a measure called overreaching or intrusive as a verdict against it', () => {
    const found = positions(
      `Kelby board keeps phones in lockers

The Kelby school board voted 5-4 on Tuesday to make pupils keep their phones in lockers all day.

"I think the new rule is overreaching," board member Tom Hall said.
`,
      'Should pupils have to keep their phones in lockers all day?',
    );
    const hall = find(found, 'overreaching');
    expect(hall?.side).toBe('CON');
    expect(hall?.evidence).toMatch(/a verdict on the measure/u);
  });

  it('reads supporters of a regulation of the banned thing as for the ban, and advocates of another cause as no camp', () => {
    const found = positions(
      `Kelby to ban plastic straws

Kelby council voted on Tuesday to ban plastic straws in cafes and restaurants from June.

Disability advocates say many disabled people depend on plastic straws to drink.

Supporters of plastic straw regulation say cafes should switch to paper straws.
`,
      'Should Kelby ban plastic straws?',
    );
    expect(find(found, 'Supporters of plastic straw regulation')?.side).toBe('PRO');
    const advocates = find(found, 'depend on plastic straws');
    expect(advocates?.side).toBe('CON');
    expect(advocates?.evidence).not.toMatch(/stance subject/u);
  });

  it("gives a letter writer's plea about others' calls to the writer, not to words before the noun", () => {
    const found = positions(
      `Letter: Keep the bumps

I want to thank the city for installing speed bumps on our street.

Please, Mr. Mayor, do not let the naysayers have their way in their calls for removal of the speed bumps.

Ann Lee
`,
      'Should the city keep the speed bumps?',
    );
    const plea = find(found, 'do not let the naysayers');
    expect(plea?.holder).toBe('Ann Lee');
    expect(plea?.side).toBe('PRO');
  });

  it('reads a piece under a "Letter:" rubric as its writer\'s, signed or not', () => {
    const found = positions(
      `Letter: Parking meters make no sense

Now the council is talking about putting parking meters on every street in Kelby.

Doesn't the council know that parking meters will drive shoppers away and close more shops?
`,
      'Should Kelby put parking meters on every street?',
    );
    const shops = find(found, 'drive shoppers away');
    expect(shops?.holder).toBe('the writer');
    expect(shops?.side).toBe('CON');
  });

  it('names the speaker before a relative clause that holds commas of its own', () => {
    const found = positions(
      `Kelby bans dogs from its beach in summer

Kelby council has banned dogs from its main beach from May to September.

Ann Lee, who walks her spaniel at North Beach in Kelby, Dorset, believes the ban is wrong.
`,
      'Should Kelby ban dogs from its main beach from May to September?',
    );
    const lee = find(found, 'believes the ban is wrong');
    expect(lee?.holder).toBe('Ann Lee');
    expect(lee?.side).toBe('CON');
  });

  it('takes a measure called "too much" as a verdict against it', () => {
    const found = positions(
      `Kelby bans dogs from its beach in summer

Kelby council has banned dogs from its main beach from May to September.

Ruth Hale, who walks her collie on the beach every morning, believes the ban is too much.
`,
      'Should Kelby ban dogs from its main beach from May to September?',
    );
    const hale = find(found, 'the ban is too much');
    expect(hale?.side).toBe('CON');
    expect(hale?.evidence).toMatch(/a verdict on the measure \("ban is too much"\)/u);
  });

  it('reads what "nobody wants" as spoken against, so a wish against the banned thing is for the ban', () => {
    const found = positions(
      `Kelby to ban smoking in parks

Kelby council is set to ban smoking in its parks from June.

Ann Lee, a parent, said: "No one wants their children breathing smoke at the swings."
`,
      'Should Kelby ban smoking in its parks?',
    );
    const lee = find(found, 'No one wants');
    expect(lee?.side).toBe('PRO');
    expect(lee?.evidence).toMatch(/negative wording \(No one wants\)/u);
  });
});

describe('positions on real news shapes (round 21)', () => {
  it('takes a quoted member of the body that decides as speaking on its decision, in words of feeling', () => {
    const found = positions(
      `Kelby council one step closer to leaf blower ban

The Kelby City Council approved the second reading of a leaf blower ban on Monday.

"We should not have that racket in our streets at dawn," said Council Member Ann Lee.

"I can't think of anything more selfish than waking the whole street," Council Member Tom Hall said.
`,
      'Should Kelby ban leaf blowers?',
    );
    expect(find(found, 'racket')?.side).toBe('PRO');
    expect(find(found, 'more selfish')?.side).toBe('PRO');
    expect(find(found, 'more selfish')?.holder).toBe('Council Member Tom Hall');
  });

  it('keeps "a number of calls for service" in the claim, not as a claim of its own', () => {
    const found = positions(
      `Kelby bans fireworks

The Kelby City Council voted yesterday to ban the use of fireworks within the city.

Public safety officials also stated that the use of fireworks caused injuries, fires, and a large number of calls for service.
`,
      'Should Kelby ban fireworks?',
    );
    expect(found.map((p) => p.holder)).toEqual(['Public safety officials']);
    expect(found[0].quote).toMatch(/calls for service\.$/u);
  });

  it('reads a measure that takes a harm away as for it, and one that takes what people have as against', () => {
    const found = positions(
      `Fireworks could be banned in Kelby

The Kelby council will vote next week on a ban on fireworks within the town.

Resident Ann Lee said a ban could take away the "very traumatic" nights of many families.

Shopkeeper Tom Hall said a ban would take away the one night families celebrate together.
`,
      'Should Kelby ban fireworks?',
    );
    expect(find(found, 'traumatic')?.side).toBe('PRO');
    expect(find(found, 'celebrate together')?.side).toBe('CON');
  });

  it('takes no side from both camps at once, and no speaker from "would add cost to"', () => {
    const found = positions(
      `Debating protected bike lanes

Those in favor of, and opposed to a protected bike lane along Kelby Parkway crowded into City Hall on Monday.

Opponents say the bike lane would take away parking along Kelby Parkway.

One plan discussed at City Hall was a wider road. But that would add cost to the project, and remove trees from alongside the road.
`,
      'Should there be a protected bike lane along Kelby Parkway?',
    );
    expect(found.map((p) => p.holder)).toEqual(['Opponents']);
  });

  it('gives what "several owners who said" hold to the one said to be among them', () => {
    const found = positions(
      `Kelby council backs bike lanes

Kelby City Council voted on Wednesday to approve a plan for bike lanes along Main Street.

Tom Hall, who owns a café on Main Street, was one of several business owners who said the plan would burden their customers.
`,
      'Should there be bike lanes along Main Street?',
    );
    const hall = find(found, 'burden their customers');
    expect(hall?.holder).toBe('Tom Hall');
    expect(hall?.side).toBe('CON');
  });

  it('reads praise of what is to be removed as against removing it, and praise of getting rid of it as for', () => {
    const found = positions(
      `Kelby council votes to remove bike lanes

Kelby council voted on Tuesday to remove the bike lanes on Main Street.

"Since the lanes went in, the street has been a lot safer," cyclist Ann Lee said.

Shopkeeper Tom Hall says getting rid of the bike lanes would free up space for parking and help shops.
`,
      'Should the council remove the bike lanes on Main Street?',
    );
    expect(find(found, 'a lot safer')?.side).toBe('CON');
    expect(find(found, 'getting rid of')?.side).toBe('PRO');
  });

  it('does not take the subject of a passive headline ("Teens barred from …") for the actor', () => {
    const found = positions(
      `Teens barred from Kelby mall after 6 p.m.

The Kelby Centre decided to ban unaccompanied minors from its halls after 6 p.m. from Friday.

Teens took to social media to say the rule is so unfair.
`,
      'Should teens be barred from Kelby mall after 6 p.m.?',
    );
    const teens = find(found, 'so unfair');
    expect(teens?.side).toBe('CON');
    expect(teens?.evidence).not.toMatch(/held by the actor/u);
  });

  it('keeps what is said of "this new law", and takes no saying from "can continue with"', () => {
    const found = positions(
      `Kelby votes to ban cashless shops

The Kelby council voted on Tuesday to require shops to accept cash.

Those leading the charge said this new law would protect the vulnerable, like older people.

Under the law, shops can continue with card-only sales if they provide a machine that turns cash into a gift card.
`,
      'Should Kelby ban cashless shops?',
    );
    expect(found.map((p) => p.holder)).toEqual(['Those leading the charge']);
    expect(found[0].side).toBe('PRO');
  });

  it('reads "nixed", "axed", "ditched", "eliminated" and "waived" as undoing the measure', () => {
    const found = positions(
      `Fines nixed at Kelby library

The Kelby library board voted on Thursday to do away with overdue fines.

Library director Ann Lee said the fines were a burden on poor families and kept children away.
`,
      'Should overdue fines be nixed at the Kelby library?',
    );
    expect(find(found, 'a burden on poor families')?.side).toBe('PRO');
  });
});

describe('positions on real news shapes (round 22)', () => {
  it('reads a measure called meaningless or ineffective as a verdict against it', () => {
    const found = positions(
      `Kelby overturns ban on foie gras

The Kelby council voted 30-6 on Wednesday to reverse its ban on serving foie gras in restaurants.

Mayor Ann Lee said the foie gras ban was meaningless because restaurant owners were finding ways around it.
`,
      'Should foie gras be banned?',
    );
    expect(find(found, 'was meaningless')?.side).toBe('CON');
  });

  it('sorts a member of a camp named "anti-" or "pro-" the matter into it', () => {
    const casino = positions(
      `Orby rejects resort casino

Residents of Orby on Tuesday rejected a proposal to build a resort casino on the edge of town.

Supporters touted jobs and new revenue for the town.

"Our town was not for sale," said Sam Reed, co-chair of the anti-casino group Orby First, after the vote.
`,
      'Should a resort casino be built in Orby?',
    );
    expect(find(casino, 'not for sale')?.side).toBe('CON');
    // The named camp says more than its camp word: "anti-casino advocates" are against it.
    const advocates = positions(
      `Orby rejects resort casino

Residents of Orby on Tuesday rejected a proposal to build a resort casino on the edge of town.

Local anti-casino advocates said they would keep campaigning on the resort casino until the last vote.
`,
      'Should a resort casino be built in Orby?',
    );
    expect(find(advocates, 'keep campaigning')?.side).toBe('CON');
    const carriages = positions(
      `Kelby weighs carriage ban

The Kelby council will vote next week on a ban on horse-drawn carriages in the old town.

"The streets are no place for a horse," said Jo Park of the anti-carriage group Free Horses Kelby.
`,
      'Should Kelby ban horse-drawn carriages?',
    );
    expect(find(carriages, 'no place for a horse')?.side).toBe('PRO');
  });

  it('takes a count of votes against and for as the result, not a position', () => {
    const found = positions(
      `Orby rejects resort casino

Residents of Orby on Tuesday rejected a proposal to build a resort casino on the edge of town.

The town clerk's office said the unofficial totals were 6,361 votes against it and 3,480 votes for it.

Opponents warned of traffic jams and more crime.
`,
      'Should a resort casino be built in Orby?',
    );
    expect(find(found, 'unofficial totals')).toBeUndefined();
    expect(find(found, 'traffic jams')?.side).toBe('CON');
  });

  it('takes "cast the lone opposing vote" as a vote against, whatever the speaker would have backed', () => {
    const found = positions(
      `Kelby drops parking minimums

The Kelby council voted 6-1 on Wednesday to eliminate parking minimums for new buildings.

Council Member Jane Prince, who cast the lone opposing vote, said she would have supported a smaller cut to the parking minimums.
`,
      'Should Kelby eliminate parking minimums?',
    );
    expect(find(found, 'lone opposing vote')?.side).toBe('CON');
  });

  it('names the person a sentence opens with, not a clause, as the holder', () => {
    const found = positions(
      `Kelby keeps its voting system

Voters in Kelby on Tuesday rejected a proposal to adopt ranked-choice voting for city elections.

Dr. Ann Lee, chair of the Better Ballot Campaign, which pushed for ranked-choice voting, was obviously disappointed with the results but said she would keep campaigning for ranked-choice voting.
`,
      'Should Kelby adopt ranked-choice voting?',
    );
    const claim = find(found, 'keep campaigning');
    expect(claim?.holder).toBe('Dr. Ann Lee');
  });
});

describe('positions on real news shapes (round 23)', () => {
  it('takes neither a question of what should be done nor a note of where the piece ran first', () => {
    const found = positions(
      `Editorial: Let Kelby try a voting age of 17

Kelby has asked the state to let 17-year-olds vote in city elections.

Should 17-year-olds be given the right to vote?

Voting sooner in life would instill the habit before young people leave home.

This editorial first appeared in the Kelby Courier.
`,
      'Should 17-year-olds vote in Kelby elections?',
    );
    expect(find(found, 'be given the right to vote?')).toBeUndefined();
    expect(find(found, 'first appeared')).toBeUndefined();
    expect(find(found, 'instill the habit')).toBeDefined();
  });
});

describe('sides on real news shapes (round 23)', () => {
  it('reads a verdict adjective before the measure ("this punitive ban") as a verdict on it', () => {
    const found = positions(
      `Kelby bans gas leaf blowers

The Kelby council voted on Tuesday to ban gas-powered leaf blowers from next spring.

"This punitive ban will help nobody but the makers of electric tools," said gardener Tom Hale.

"The sensible new ban will bring some peace to our streets," said resident Ann Lee.
`,
      'Should Kelby ban gas-powered leaf blowers?',
    );
    expect(find(found, 'punitive ban')?.side).toBe('CON');
    expect(find(found, 'sensible new ban')?.side).toBe('PRO');
    expect(find(found, 'punitive ban')?.evidence).toMatch(/verdict on the measure/u);
  });

  it('reads "those against it" as a camp against the measure', () => {
    const found = positions(
      `Kelby council rejects ban on foam food boxes

The Kelby council voted 4-3 on Tuesday against a ban on foam food boxes in restaurants.

Supporters of the ban said foam harms animals.

Those against it, mainly business owners, argued that switching to other boxes would cut into their profits.
`,
      'Should Kelby ban foam food boxes in restaurants?',
    );
    expect(find(found, 'cut into their profits')?.side).toBe('CON');
  });

  it('reads supporters of a name the motion drops as against it, though the name is quoted and the tagger reads "drop" as a noun', () => {
    const found = positions(
      `Kelby board drops Warriors nickname

The Kelby school board voted 3-2 on Monday to drop the high school's "Warriors" nickname and mascot.

The board voted at a special session amid loud protests from supporters of the district's team nickname, the Kelby Courier reported.
`,
      'Should Kelby School District drop its "Warriors" nickname and mascot?',
    );
    expect(find(found, 'loud protests from supporters')?.side).toBe('CON');
  });
});

describe('holders on real news shapes (round 23)', () => {
  const holderOf = (found: ReturnType<typeof positions>, quote: string) =>
    find(found, quote)?.holder;

  it('leaves a time and a manner out of a body that holds a position', () => {
    const found = positions(
      `Kelby council votes to scrap bus fares

On Thursday, the Kelby council unanimously endorsed the idea of scrapping bus fares.

The Kelby Council on Thursday enthusiastically said free buses would help workers get to their jobs.
`,
      'Should Kelby scrap bus fares?',
    );
    expect(holderOf(found, 'endorsed the idea')).toBe('the Kelby council');
    expect(holderOf(found, 'free buses would help')).toBe('The Kelby Council');
  });

  it('names the person a title, an example or an aside belongs to', () => {
    const found = positions(
      `Dalby bans the Quillchat app on state phones

Dalby has banned the Quillchat app on phones owned by the state because of security concerns.

Ann Berg, deputy director and counsel of the Open Web Group, said that states are within their rights to ban apps on their own phones.

Some leaders, such as Dalby Gov. Kay Lund, have pointed to spying risks to justify the bans.

Tom Hale, one of the council members to change his vote, told reporters the ban was a mistake.
`,
      'Should Dalby ban the Quillchat app?',
    );
    expect(holderOf(found, 'within their rights')).toBe('Ann Berg');
    expect(holderOf(found, 'spying risks')).toBe('Dalby Gov. Kay Lund');
    expect(holderOf(found, 'the ban was a mistake')).toBe('Tom Hale');
  });

  it('holds no one to a phrase that is a clause or a preposition, and the writer to "I"', () => {
    const found = positions(
      `Helmet law hearing draws a crowd

Nearly 150 people signed up to publicly disagree with Todd, and the hearing became one of the largest gatherings of Kelby's cyclists.

Before speaking against the law, virtually all of the speakers agreed that helmets were a good idea, if properly used.
`,
      'Should Kelby require cyclists to wear helmets?',
    );
    for (const p of found) expect(p.holder ?? '').not.toMatch(/^(?:with|that)\b/u);
    const column = positions(
      `Opinion: The helmet law must go

In my view, there is no doubt the helmet law is a serious hindrance to bike sharing.

My vote will be no, but not because I disagree with everything the law's backers want.
`,
      'Should the helmet law be repealed?',
    );
    for (const p of column) expect(p.holder).not.toMatch(/^(?:my|I|not because I)$/u);
  });
});

describe('sides on real news shapes (round 24)', () => {
  it('reads what a trial tries out as undone with it, though the headline drops its articles', () => {
    const text = `Orby council told to end trial of four-day week

A minister has told Orby council to end its trial of a four-day week for staff.

Critics say the four-day week is unlikely to provide value for money to taxpayers.

Supporters of the trial say the council has filled more posts since it began.
`;
    for (const motion of [
      'Should the Orby council end trial of four-day week?',
      'Should the Orby council end the trial of the four-day week?',
    ]) {
      const found = positions(text, motion);
      expect(find(found, 'unlikely to provide value')?.side).toBe('PRO');
      expect(find(found, 'filled more posts')?.side).toBe('CON');
    }
  });
});

describe('holders on real news shapes (round 24)', () => {
  it('names the councillor whose ward follows the name, not the ward', () => {
    const found = positions(
      `Kelby fee rise under fire

A plan to raise the Kelby recycling fee to $5 a month came under fire at the council's budget meeting.

"This is nonsense," Alderman Tom Reyes, 8th Ward, said. "People will stop recycling."

"The fee is unfair to renters," Councillor Mae Ross, District 4, said.
`,
      'Should Kelby raise the recycling fee to $5 a month?',
    );
    expect(find(found, 'This is nonsense')?.holder).toBe('Alderman Tom Reyes');
    expect(find(found, 'unfair to renters')?.holder).toBe('Councillor Mae Ross');
  });
});

describe('positions on real news shapes (round 24)', () => {
  it("takes no position from the reporter's asking what people think", () => {
    const found = positions(
      `Kelby speed limit petition breaks records

A petition opposing Kelby's new 20mph limit has smashed records, but what do people think?

"The limit will save lives," said Ann Lee, a parent.
`,
      'Should Kelby keep the 20mph limit?',
    );
    expect(find(found, 'what do people think')).toBeUndefined();
    expect(find(found, 'save lives')?.side).toBe('PRO');
  });
});

describe('sides on real news shapes (round 25)', () => {
  it('reads turning down a measure as against what it would have done', () => {
    const text = `Blower ban fails at the ballot

Kelby voters rejected a ballot proposition that would have banned gas leaf blowers in the town.

"It went too far," said voter Ann Hale.

Supporters said the fight over noise was not over.
`;
    const found = positions(text, 'Should gas leaf blowers be banned in the town?');
    const voters = find(found, 'Kelby voters rejected');
    expect(voters?.side).toBe('CON');
    expect(voters?.evidence).toMatch(/stance verb "rejected"/u);
  });
});

describe('sides on real news shapes (round 26)', () => {
  it('takes who goes to law against a measure as its challenger, not its actor', () => {
    const text = `Grocers' guild sues Kelby over straw ban

The Kelby Grocers Guild filed a lawsuit against the town on Friday over its decision in March to ban plastic straws in all cafes.

The guild, which says it speaks for 300 shops, called the ban "a burden" and said it would do little for the sea.

Mayor Ann Hale said the ban would cut litter on the beach.
`;
    const found = positions(text, 'Should plastic straws be banned in all cafes?');
    const guild = find(found, 'The guild, which says');
    expect(guild?.side).toBe('CON');
    expect(guild?.evidence).not.toMatch(/held by the actor/u);
  });

  it("reads a verdict on doing the motion's act, said of the act as a gerund", () => {
    const text = `Pool closure weighed

Kelby council will vote on Monday on closing the Elm Street pool.

"Closing the pool is not the solution," swimmer Ann Hale said.

"Closing the pool would be the only answer to the deficit," council leader Tom Reyes said.
`;
    const found = positions(text, 'Should the Elm Street pool be closed?');
    const hale = find(found, 'is not the solution');
    expect(hale?.side).toBe('CON');
    expect(hale?.evidence).toMatch(/a verdict on the measure/u);
    expect(find(found, 'the only answer')?.side).toBe('PRO');
  });
});

describe('sides on real news shapes (round 27)', () => {
  it('reads keeping a thing going as the act of extending it, and a hazard as a verdict', () => {
    const text = `Ferry service extended to 2032 by county

Orby county supervisors agreed to extend the Kelby ferry service for another six years.

Some islanders say keeping the ferry running is a safety hazard in winter storms.

Others say the ferry is a lifeline for older residents.
`;
    const found = positions(text, 'Should the county extend the Kelby ferry service?');
    const hazard = find(found, 'is a safety hazard');
    expect(hazard?.side).toBe('CON');
    expect(hazard?.evidence).toMatch(/a verdict on the measure/u);
  });

  it('takes a holder the body names as the author of the measure as its proposer', () => {
    const text = `Orby committee backs ending parking minimums

An Orby council committee voted 4-1 to recommend an order authored by Councilors Dana Pruitt and Lee Okafor to remove minimum parking rules for new homes.

"Cities that have moved away from parking rules have seen rents fall and more homes built," Pruitt said.

"We still have too few spaces downtown," said Councilor Mo Grant.
`;
    const found = positions(text, 'Should minimum parking rules for new homes be removed?');
    const pruitt = find(found, 'seen rents fall');
    expect(pruitt?.side).toBe('PRO');
    expect(pruitt?.evidence).toMatch(/put the order forward/u);
  });

  it('reads "For <name>, of <shop>, …" as that person\'s view, and a car-free street as the ban done', () => {
    const text = `Moves to ban cars from Mill Street divide traders

Plans to ban cars from Mill Street in Orby were discussed by the town council this week.

For Nadia Karimi, of Karimi Florists, a car-free Mill Street will take away all passing trade.
`;
    const found = positions(text, 'Should cars be banned from Mill Street?');
    const karimi = find(found, 'take away all passing trade');
    expect(karimi?.holder).toBe('Nadia Karimi');
    expect(karimi?.side).toBe('CON');
    expect(karimi?.confidence).toBeGreaterThan(0.5);
  });

  it('takes the industry a ban restricts, and its proponents, as against the ban', () => {
    const text = `Orby to vote on deep-sea trawling ban

Orby council will vote in March on a ban on deep-sea trawling from its harbour.

While trawling has long drawn complaints from divers, industry proponents argue that trawling can be done cleanly and feeds the town.

Industry groups warned such a ban could be followed by lawsuits and job losses.

Divers said the ban would let the reef recover.
`;
    const found = positions(text, 'Should Orby ban deep-sea trawling?');
    expect(find(found, 'industry proponents argue')?.side).toBe('CON');
    const groups = find(found, 'Industry groups warned');
    expect(groups?.side).toBe('CON');
    expect(groups?.evidence).toMatch(/the industry the measure restricts/u);
    expect(find(found, 'let the reef recover')?.side).toBe('PRO');
  });

  it('turns the author of a ban against a motion that lifts it', () => {
    const text = `Orby weighs lifting busking ban

The ban on busking, sponsored by Councilor Ruth Abara in 2019, could be lifted next month.

"The streets are calmer without busking," Abara said.
`;
    const found = positions(text, 'Should Orby lift the ban on busking?');
    const abara = find(found, 'calmer');
    expect(abara?.side).toBe('CON');
    expect(abara?.evidence).toMatch(/put the ban forward/u);
    expect(abara?.confidence).toBeGreaterThan(0.5);
  });
});

describe('sides on real news shapes (round 28)', () => {
  const text = `Kelby enacts first app curfew for teens

Kelby Gov. Ann Reyes (R) signed a first-in-the-nation state law to require parental permission for teenagers to use video apps.

"Our children are losing sleep to these apps, and this law will give parents a say," Reyes said.

A second measure Reyes signed Thursday makes it easier for parents to sue the app companies for harms.

"We're all but certain to see a legal challenge," said Jo Park, with the Orby Policy Forum, a Washington, D.C.-based think tank that receives industry funding.
`;
  const motion = 'Should parental permission be required for teenagers to use video apps?';

  it('reads the governor named with a party letter in brackets as the actor who signed the law', () => {
    const reyes = find(positions(text, motion), 'losing sleep');
    expect(reyes?.side).toBe('PRO');
    expect(reyes?.evidence).toMatch(/held by the actor/u);
  });

  it('takes no attribution from "for parents to sue" or from a "think tank"', () => {
    const holders = positions(text, motion).map((p) => p.holder);
    expect(holders).not.toContain('A second measure Reyes');
    expect(holders).not.toContain('D.C.');
  });
});

describe('sides on real news shapes (round 28, proposers)', () => {
  it('takes "Assembly Bill 12 was authored by Assemblymember …" and "…, the chief sponsor of the ordinance," as the proposer', () => {
    const text = `Kelby one step closer to banning glue traps

The Kelby Assembly has passed a bill to ban glue traps in the state.

Assembly Bill 12 was authored by Assemblymember Rosa Diaz (D-Orby) and now goes to the senate.

"Glue traps are a slow and needless way to kill any animal," said Diaz.

Councilman Paul Grey (D-Elm), the chief sponsor of the ordinance, argued that glue traps catch birds and pets as often as mice.
`;
    const found = positions(text, 'Should Kelby ban glue traps?');
    const diaz = find(found, 'slow and needless');
    expect(diaz?.side).toBe('PRO');
    expect(diaz?.evidence).toMatch(/who put the bill forward/u);
    const grey = find(found, 'catch birds and pets');
    expect(grey?.side).toBe('PRO');
    expect(grey?.evidence).toMatch(/sponsor of the ordinance/u);
  });
});

describe('sides on real news shapes (round 29)', () => {
  it('takes no position from a camp said to be nearly absent ("received little opposition")', () => {
    const text = `Bill to raise speed limit faces little opposition

A bill to raise the speed limit on Kelby's motorways to 75 mph has received little opposition and has one more committee stop.

Road safety groups say faster traffic will mean more crashes.
`;
    const found = positions(
      text,
      "Should the speed limit on Kelby's motorways be raised to 75 mph?",
    );
    expect(found.map((p) => p.holder)).not.toContain('opposition');
    expect(find(found, 'more crashes')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 32)', () => {
  it("reads a trade's board named after what a ban works against as against the ban", () => {
    const text = `Greyhound racing to be banned in Norland

Greyhound racing will be banned as soon as possible, the Norland government has said.

But the Greyhound Board of Great Britain, which regulates the sport, said the announcement had "nothing to do with greyhound welfare and everything to do with pressure from the extreme animal rights movement".
`;
    const found = positions(text, 'Should greyhound racing be banned in Norland?');
    const board = find(found, 'nothing to do with greyhound welfare');
    expect(board?.holder).toBe('the Greyhound Board of Great Britain');
    expect(board?.side).toBe('CON');
  });

  it('leaves a time out of who holds a claim, and finds who "he" is after one', () => {
    const text = `Minister to ban greyhound racing

Norland will ban greyhound racing, Deputy First Minister Huw Irranca-Davies said.

Last Wednesday Irranca-Davies said he would make an announcement "in the spring", but six days later he said "now is the right time to move to ban greyhound racing in Norland".
`;
    const found = positions(text, 'Should greyhound racing be banned in Norland?');
    const holders = found.map((p) => p.holder);
    expect(holders).not.toContain('Last Irranca-Davies');
    expect(find(found, 'now is the right time')?.holder).toBe('Irranca-Davies');
    expect(find(found, 'now is the right time')?.side).toBe('PRO');
  });
});

describe('sides on real news shapes (round 38)', () => {
  const chargers = `Orbit furious at Kelby plan for standard chargers

Orbit isn't happy.

Kelby has unveiled plans to make all tech firms adopt the same charging ports for phones, tablets, game consoles and many other gadgets.

And that hits the phone maker more than any other brand.

It uses a different cable from the connector that Kelby wants to make standard.

Orbit says the regulation will stifle innovation, and hurt consumers.

Industry commissioner Thierry Breton sees it the other way round.

He says it will mean people can power up all their devices from the same charger.

Breton dismissed worries about innovation, and claims that the measure was aimed at Orbit.
`;
  const chargersMotion =
    'Should Kelby make all tech firms adopt the same charging ports for phones?';

  it('reads a headline subject furious at a plan as reacting to it, not acting', () => {
    const orbit = find(positions(chargers, chargersMotion), 'will stifle innovation');
    expect(orbit?.side).toBe('CON');
    expect(orbit?.evidence).not.toMatch(/held by the actor/u);
  });

  it('reads who dismisses worries about the plan as defending it', () => {
    expect(find(positions(chargers, chargersMotion), 'dismissed worries')?.side).toBe('PRO');
  });

  it('finds who "he" is, opening a paragraph, in the paragraph before', () => {
    const found = positions(chargers, chargersMotion);
    expect(find(found, 'power up all their devices')?.holder).toBe('Thierry Breton');
  });

  it('reads a vote against with its tally as a stand, and not as what the act works against', () => {
    const text = `Kelby health panel votes against first psilocybin-based anxiety treatment

June 4 (Wire) – Advisers to the Kelby health agency on Tuesday voted against a therapy based on the drug psilocybin for patients with anxiety, marking a setback to the nascent field of psychedelic treatments.

The panel voted 10-to-1 against the first psilocybin-based anxiety treatment, saying the benefits did not outweigh its risks, while nine members said the available data did not show its effectiveness.

The agency is not required to follow the panel's advice, but usually does so and is expected to make its final decision by August.

Psilocybin has long been seen by advocates as a potential treatment for mental health disorders and to have therapeutic applications beyond its illicit use.
`;
    const found = positions(
      text,
      'Should a therapy based on the drug psilocybin for patients with anxiety be approved?',
    );
    expect(find(found, 'The panel voted 10-to-1 against')?.side).toBe('CON');
    expect(find(found, 'seen by advocates as a potential treatment')?.side).toBe('PRO');
  });
});

describe('sides on real news shapes (round 41)', () => {
  it('reads what a claim says a policy will endanger as against it', () => {
    const text = `Health fees 'could endanger lives'

Plans to make foreign people pay thousands of pounds before being able to access Kelby health care could endanger lives, a charity has warned.

The Health Secretary is expected to announce plans to charge migrants to visit doctors.

The Kelby Aids Trust said the policy could harm people with HIV.

Chief executive Deborah Jack said: "If introduced, these policies will endanger the lives of people living with HIV and the health of everyone else."
`;
    const found = positions(
      text,
      'Should foreign people be made to pay thousands of pounds before being able to access Kelby health care?',
    );
    expect(find(found, 'will endanger the lives')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 43)', () => {
  it('does not take experts who warn what a ban will not do for the ones who act', () => {
    const text = `Scooters: Experts warn e-scooter ban will not stop crashes

A ban on e-scooters will not stop people riding them and will drive them onto the black market, say experts.

The ministers announced the ban on Monday after a long review.
`;
    const found = positions(text, 'Should the e-scooter ban go ahead?');
    expect(find(found, 'will not stop people riding')?.side).toBe('CON');
  });

  it('reads standards that "needed to be improved" as found wanting', () => {
    const text = `Regional veto imperils trade deal

A region of Norland on Friday rejected a trade deal between Norland and Ostland.

Paul Magne, the leader of the region, said he would not back the deal at a meeting on Tuesday.

Magne said that "the guarantees are insufficient" and said labour and environmental standards needed to be improved before such a deal could be approved.
`;
    const found = positions(text, 'Should the trade deal go ahead?');
    expect(find(found, 'needed to be improved')?.side).toBe('CON');
  });

  it("names the passive's agent as the one a relative clause of saying is about", () => {
    const text = `Whip rules row

Racing's new whip rules came into force on Monday after a long review.

The swirl of attention generated by the change to the whip rules was also labelled "a shame" by Gold Cup-winning rider Sam Hale-Morton, who also expressed an eagerness for racing to showcase its welfare steps.

Trainer Paul Nix said the new whip rules were badly timed.
`;
    const found = positions(text, "Should racing's new whip rules stand?");
    expect(find(found, 'labelled "a shame"')?.holder).toBe('Sam Hale-Morton');
  });
});

describe('sides on real news shapes (round 44)', () => {
  it('reads a plan called "bonkers" as against it', () => {
    const text = `Ex-army chief says Jo Hale's youth service plan is 'bonkers'

Jo Hale's pledge to enforce youth service for 18-year-olds has been described as "bonkers" by a former army chief.

Former chief of the general staff, General Ann West, labelled the plan as "bonkers" and added it would take soldiers from their posts.
`;
    const found = positions(text, 'Should Jo Hale enforce youth service for 18-year-olds?');
    expect(find(found, 'labelled the plan')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 45)', () => {
  const text = `Health bill row

Doctors protested against the government's proposed Health Bill on Monday.

"The government should take back its plan to bring the Health Bill. It will lead to poorer health services in the state," one of the doctors said.

"The government should withdraw its plan to bring the Health Bill," another doctor said.
`;
  const motion = "Should the government's proposed Health Bill go ahead?";

  it('reads a call to take back or withdraw the plan for a measure as against it', () => {
    const found = positions(text, motion);
    expect(find(found, 'should take back its plan')?.side).toBe('CON');
    expect(find(found, 'should withdraw its plan')?.side).toBe('CON');
  });

  it('does not read "proposed" after an owner\'s "\'s" as a stance', () => {
    const found = positions(text, motion);
    expect(find(found, 'Doctors protested against')?.evidence).not.toMatch(
      /stance verb "proposed"/u,
    );
    expect(find(found, 'Doctors protested against')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 48)', () => {
  const text = `Sandeel row

A ban on sandeel fishing in Orby Bay came into force in April.

The Orby Seabird Trust said backtracking on the ban would pose a threat to the puffins of the bay.

Mr Olsen, a skipper, questioned the scientific basis for the sandeel ban at the same meeting.

"This ban is dangerous for our fleet," said Mr Berg, a trawler owner.
`;
  const motion = 'Should the ban on sandeel fishing remain in place?';

  it('reads a harm said of undoing the measure as for keeping it', () => {
    expect(find(positions(text, motion), 'backtracking on the ban')?.side).toBe('PRO');
  });

  it('reads a stance on the grounds for a measure as one on the measure', () => {
    const found = find(positions(text, motion), 'questioned the scientific basis');
    expect(found?.side).toBe('CON');
    expect(found?.evidence).toMatch(/stance verb "questioned"/u);
  });

  it('reads a verdict that is also a word of degree ("dangerous") when nothing follows it', () => {
    const found = find(positions(text, motion), 'This ban is dangerous');
    expect(found?.evidence).toMatch(/a verdict on the measure \("ban is dangerous"\)/u);
    expect(found?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 49)', () => {
  const text = `Mayor powers row

The province has tabled a bill to give the mayor new powers.

"I applaud the province's focus on desperately needed housing for families… That being said, we cannot trade away our local democracy for the sake of convenience," said councillor Ana Ruiz.

"Orby is in a housing crisis and I strongly support using all reasonable tools to end it. However, allowing bylaws to pass with only nine votes is not the way to do it," said councillor Tom Berg.
`;
  const motion = 'Should the mayor be allowed to pass bylaws without a majority?';

  it('reads a claim that turns ("That being said") from a point conceded as against that point', () => {
    const found = find(positions(text, motion), 'That being said');
    expect(found?.side).toBe('CON');
    expect(found?.evidence).toMatch(/turns \("That being said"\) from a point conceded/u);
  });

  it('reads a quotation whose second sentence opens with "However" the same way', () => {
    const found = find(positions(text, motion), 'However, allowing bylaws');
    expect(found?.side).toBe('CON');
    expect(found?.evidence).toMatch(/turns \("However"\)/u);
  });
});

describe('sides on real news shapes (round 50)', () => {
  const text = `Veto row

The legislature passed the tax bill on Monday.

The tax bill is unfair to families on low incomes, said Jo Lund, who leads a charity.

The bill is necessary to fund schools, said Tom Berg, a senator.
`;
  const motion = 'Should the governor veto the tax bill?';

  it('takes no wire dateline with its country in square brackets for a speaker', () => {
    const found = positions(
      'Fuel row\n\nNew Orby [Norland], July 4 : Drivers have supported the policy restricting fuel supply to old vehicles, calling it a positive step.\n\nThe move came after a long debate.\n',
      'Should fuel supply to old vehicles be restricted?',
    );
    expect(find(found, 'Drivers have supported')?.holder).toBe('Drivers');
  });

  it('reads a veto as undoing the measure it is of, so a verdict on the measure counts the other way', () => {
    const found = positions(text, motion);
    expect(find(found, 'is unfair to families')?.side).toBe('PRO');
    expect(find(found, 'is necessary to fund schools')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 55)', () => {
  it('reads the verb after "help" and the one helped as the stance taken', () => {
    const found = positions(
      'Carriage row\n\nThe council debated the carriage ban on Monday.\n\nCouncillor Tom Hale, previously undecided on the ban, said he would help the carriage industry fight the ban.\n',
      'Should the horse-drawn carriage ban go ahead?',
    );
    expect(find(found, 'help the carriage industry fight')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 58)', () => {
  it('reads backing a strike against the measure as against it, and no camp in supporters of protesters', () => {
    const text =
      'Drivers strike over plan to remove old minibuses\n\nNorland transport groups launched a nationwide strike Monday to protest a government program drivers fear would phase out old minibuses.\n\nProtesting drivers and supporters held a noisy rally in the capital, then proceeded in a convoy to a government office.\n\n“We are calling on the public to support the transport strike in any way possible,” said Ann Reyes of the Orby alliance, which was backing the strike. “The inconvenience is temporary, but the loss of livelihood of drivers would be long-term.”\n';
    const found = positions(text, 'Should old minibuses be removed?');
    expect(find(found, 'support the transport strike')?.side).toBe('CON');
    expect(find(found, 'drivers and supporters')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 59)', () => {
  it("takes no camp's word that closes a name for a holder", () => {
    const found = positions(
      "Media laws plan comes under fire\n\nThe minister's plan for new media laws came under fire on Tuesday from the opposition and publishers.\n\nUnder the minister's plan, an office called the Public Interest Media Advocate would be set up to oversee the press councils.\n\nOpposition leader Tom Hale vowed that the opposition would oppose the media laws plan.\n",
      'Should the media laws plan go ahead?',
    );
    expect(found.map((p) => p.holder)).not.toContain('Advocate');
    expect(find(found, 'vowed that the opposition')?.side).toBe('CON');
  });
});

describe('sides on real news shapes (round 61)', () => {
  it('reads a measure said not to come, and a claim for it that is refuted, as against it', () => {
    const found = positions(
      'No scooter ban in Harbourton – Lee\n\nThe expected climbdown came on Friday. Transport minister Anna Lee said there will be no ban on rental e-scooters in the city centre.\n\n"Don\'t worry, we will not implement the ban. I only said it was possible," she said.\n\nEnvironment minister Tom Hale refuted the notion that such a ban would reduce pollution, and said more research was needed.\n',
      'Should there be a ban on rental e-scooters in the city centre?',
    );
    expect(find(found, 'there will be no ban')?.side).toBe('CON');
    expect(find(found, 'we will not implement the ban')?.side).toBe('CON');
    // The "she" after the quotation is the minister the paragraph before names.
    expect(find(found, 'we will not implement the ban')?.holder).toBe('Anna Lee');
    expect(find(found, 'refuted the notion')?.side).toBe('CON');
  });

  it('takes who "was of the view that" for the holder, never "there"', () => {
    const found = positions(
      'Night market ban to stay\n\nCoast City Council said on Monday that the ban on the night market would be upheld.\n\nThe decision was not welcomed by all stallholders. Stallholder Ann Ray was of the view that if proper safety steps were taken, there was no reason why the market could not continue.\n',
      'Should the ban on the night market be upheld?',
    );
    expect(find(found, 'was of the view')?.holder).toBe('Stallholder Ann Ray');
    expect(found.map((p) => p.holder)).not.toContain('there');
  });
});

describe('sides on real news shapes (round 62)', () => {
  it("reads a camp's own opposition, another way named better, and who the opposition is from", () => {
    const found = positions(
      'Chlorination proposal strongly opposed\n\nA proposal to chlorinate the water of five towns drew strong opposition from residents at a hearing.\n\nResident Niki Gladding told councillors the community was absolutely unified in its opposition to the proposal.\n\nResident Ann Ray said the community was united in its support for the proposal.\n\nImproved monitoring and maintenance of the existing network were better options, Ms Gladding said.\n',
      'Should the chlorination proposal go ahead?',
    );
    expect(find(found, 'unified in its opposition')?.side).toBe('CON');
    expect(find(found, 'united in its support')?.side).toBe('PRO');
    expect(find(found, 'were better options')?.side).toBe('CON');
    expect(find(found, 'drew strong opposition')?.holder).toBe('opposition from residents');
  });
});

describe('holders on real news shapes (round 67)', () => {
  it('leaves a joining "However" out of the holder it opens', () => {
    const found = positions(
      'Rodeo row\n\nAnimal groups handed in a petition to ban rodeos in Kelby.\n\nHowever former rodeo association president Gary Jackson says the ban would end a proud tradition.\n',
      'Should rodeos be banned in Kelby?',
    );
    expect(find(found, 'proud tradition')?.holder).toBe(
      'former rodeo association president Gary Jackson',
    );
  });
});

describe('holders on real news shapes (round 87)', () => {
  it('finds who "he" is when the paragraph before names its speaker after the verb', () => {
    const found = positions(
      'Bishops slam gambling bill\n\nChurch leaders hit the Senate for passing the gambling bill.\n\n“It is a betrayal of families,” said church spokesperson Father Tom Osei.\n\nHe added that the proposed law is anti-family.\n\n“In essence, gambling ruins homes,” he added.\n',
      'Should the gambling bill become law?',
    );
    expect(find(found, 'anti-family')?.holder).toBe('church spokesperson Father Tom Osei');
    expect(find(found, 'gambling ruins homes')?.holder).toBe('church spokesperson Father Tom Osei');
  });
});

describe('holders on real news shapes (round 90)', () => {
  it('finds the body "it" is when the claims before name none, and leaves out when they spoke', () => {
    const found = positions(
      'Kelby blocks ride app\n\nKelby’s privacy watchdog said Friday it had blocked the ride app.\n\nThe app, created by a startup and backed by investors, is popular.\n\nThe watchdog said that in March the app leaked user trips.\n\nIt said there was no legal basis to justify the mass collection of personal data.\n\nIt also said the app exposes minors to risks.\n\nThe transport minister earlier in the week warned that the ban would hurt drivers.\n\nThe 41 proposed amendments are wide-reaching, said the app’s lawyer.\n',
      'Should the ride app be blocked?',
    );
    expect(find(found, 'exposes minors')?.holder).toBe('The watchdog');
    expect(find(found, 'would hurt drivers')?.holder).toBe('The transport minister');
  });

  it('takes a number with its article, or a clause, for no one', () => {
    expect(holderShape(tokenize('The 41'))).toBeNull();
    expect(holderShape(tokenize('publishing the names of those whose rulings he'))).toBeNull();
    expect(holderShape(tokenize('The link alleged that the bill'))).toBeNull();
    expect(
      holderShape(tokenize('The U.S. in November'))
        ?.map((t) => t.text)
        .join(' '),
    ).toBe('The U.S.');
  });
});

describe('holders on real news shapes (round 98)', () => {
  it('takes a place named after a role for the role’s, not for who speaks', () => {
    const found = positions(
      'Kelby rally\n\nJan Reed, former mayor of the capital, Kelby, urged supporters to oppose the fuel tax, which he said would hurt the poor.\n\nThe minister said the fuel tax would pay for new roads.\n',
      'Should the fuel tax go ahead?',
    );
    expect(find(found, 'urged supporters')?.holder).toMatch(/^Jan Reed\b/u);
  });

  it('drops the comma of a time before the holder, and looks outside a quotation for "he"', () => {
    const found = positions(
      'Jet ski hire row\n\nKelby votes on a jet ski ban next month.\n\nEarlier on Tuesday, the Kelby Boat Owners Association said the ban would hurt trade.\n\nAnother operator, Shevon Reed, expressed similar concerns.\n\n“On social media most comments are to ban jet skis. People point to places with stricter laws, such as Barbados, the Bahamas and St Vincent. Some islands have banned jet skis,” he said.\n',
      'Should jet skis be banned?',
    );
    expect(find(found, 'would hurt trade')?.holder).toBe('the Kelby Boat Owners Association');
    expect(find(found, 'On social media')?.holder).not.toBe('St Vincent');
  });

  it('takes what a speaker in the lede says a measure would do, on its side', () => {
    const found = positions(
      'Jet ski ban row\n\nThe Kelby Boat Owners Association said the ban on jet skis would hurt trade.\n\nThe council votes next month.\n',
      'Should jet skis be banned?',
    );
    expect(find(found, 'would hurt trade')?.side).toBe('CON');
  });
});

describe('holders on real news shapes (round 103)', () => {
  it('takes "they" for who spoke before, not for a law the paragraph names', () => {
    const found = positions(
      'Nurses strike\n\nThe nurses said that the Hospitals Act would cause severe hardship for staff. They claimed that contract jobs would be enforced in hospitals after imposition of the Hospitals Act. They said the strike would go on.\n\nThe minister said the Hospitals Act would improve care.\n',
      'Should the Hospitals Act stand?',
    );
    const claimed = find(found, 'contract jobs');
    expect(claimed?.holder).not.toMatch(/Act$/u);
    expect(claimed?.holder).toBe('The nurses');
  });
});

describe('holders on real news shapes (round 111)', () => {
  it('takes a "they" opening a paragraph for the group the paragraph before opens on', () => {
    const found = positions(
      'Kelby bans sitting on the steps\n\nCity authorities have imposed a new ban at the site.\n\nThey say too many people sit down for too long, obstructing the steps for others.\n',
      'Should Kelby ban sitting on the steps?',
    );
    expect(find(found, 'too many people')?.holder).toBe('City authorities');
  });
});

describe('holders on real news shapes (round 114)', () => {
  it('takes the people after a label of the news, not the label', () => {
    const found = positions(
      'Kelby passes tax\n\nCouncillors reintroduced the levy on Tuesday, when many opponents were away, a surprise move critics had previously said would be the only way for the tax to pass.\n',
      'Should Kelby tax parking?',
    );
    expect(find(found, 'a surprise move')?.holder).toBe('critics');
  });
});

describe('holders and sides on real news shapes (round 120)', () => {
  const article =
    "Kelby passes law banning flag burnings\n\nThe Kelby parliament on Thursday passed a measure outlawing the burning of flags in public areas.\n\nDomestic critics in Orby and Kelby have argued that any limitations on criticising the state, including by burning flags, undermine hard-fought liberal freedoms in the region.\n\nKelby's centrist coalition government has argued that the new rules will have only a marginal impact on free speech.\n";
  const motion = 'Should the burning of flags be outlawed in public areas?';

  it("reads a camp whose claim names the measure's limitations as speaking of the measure", () => {
    expect(find(positions(article, motion), 'Domestic critics')?.side).toBe('CON');
  });

  it('does not take critics in a place for the government of that place', () => {
    const government = find(positions(article, motion), "Kelby's centrist coalition government");
    expect(government?.evidence).not.toMatch(/same holder/u);
  });
});
