import { shippedStanceModel } from './shipped-stance-model';
import { featurise, predictStance, trainStanceModel, type StanceExample } from './stance-model';
import { evaluateStance } from './stance-evaluation';
import { topicFrame } from './topic-frame';

describe('topicFrame', () => {
  it.each([
    ['This house would legalise cannabis', 1],
    ['Should the council ban cars from the old town?', -1],
    ['This house believes that states should not fund private schools', -1],
    ['This house believes that gambling is harmful', -1],
    ['Cycling lanes should be built on every main road', 1],
    ["Is Millbrook's youth curfew unconstitutional?", -1],
    // The verb after "This house would" is the motion's own, though a tagger reads it as a noun.
    ['This house would ban boxing', -1],
    ['This house would outlaw bullfighting', -1],
    ['This house would limit the right to bear arms', -1],
    ['This house would phase out coal power', -1],
    // A verb the lexicon rates negative, opening the motion or as a statement's verdict.
    ['This house would fight child poverty', -1],
    ['This house condemns the use of drones', -1],
    ['This house believes that the euro has failed', -1],
    ['This house would support small farmers', 1],
    // A measure against its object, and the verb that undoes it.
    ['Should the council keep the ban on food trucks?', -1],
    ['Is the ban on food trucks fair?', -1],
    ['Is the ban on food trucks unconstitutional?', 1],
    ['Should the council lift the ban on food trucks?', 1],
    ['Should the food truck ban be lifted?', 1],
    ['This house would repeal the embargo on Cuba', 1],
  ])('reads "%s" as sign %d', (motion, sign) => {
    expect(topicFrame(motion).sign).toBe(sign);
  });

  it('keeps the banned thing as the target and the banning verb apart', () => {
    const frame = topicFrame('Should the council ban cars from the old town?');
    expect(frame.target.has('car')).toBe(true);
    expect(frame.againstAction.has('ban')).toBe(true);
  });

  it('keeps the thing a measure works on as the target when the motion undoes the measure', () => {
    const frame = topicFrame('Should the council lift the ban on food trucks?');
    expect(frame.target.has('truck')).toBe(true);
    expect(frame.target.has('ban')).toBe(false);
    expect(frame.againstAction.has('ban')).toBe(true);
  });
});

describe('the shipped side model', () => {
  const model = shippedStanceModel();

  it.each([
    [
      'This house would legalise cannabis',
      'Legal cannabis would reduce crime and protect users',
      'PRO',
    ],
    ['This house would legalise cannabis', 'Cannabis damages the health of young people', 'CON'],
    [
      'Should the council ban cars from the old town?',
      'Cars are dangerous and pollute the air',
      'PRO',
    ],
    [
      'Should the council ban cars from the old town?',
      'The ban will hurt small shops and is unfair',
      'CON',
    ],
    ['This house would ban boxing', 'Boxing causes lasting brain damage', 'PRO'],
    ['This house would ban boxing', 'Boxing teaches discipline and self-respect', 'CON'],
  ] as const)('on "%s", reads "%s" as %s', (topic, claim, stance) => {
    expect(predictStance(model, { topic, claim }).stance).toBe(stance);
  });

  it('was trained on the whole shipped split, with words that recur across topics only', () => {
    expect(model.trainedOn).toEqual({ topics: 25, claims: 1038 });
    expect(model.minTopics).toBeGreaterThanOrEqual(2);
  });
});

describe('evaluateStance', () => {
  const examples: StanceExample[] = [
    {
      topicId: '1',
      topic: 'This house would build more parks',
      claim: 'Parks improve health and happiness',
      stance: 'PRO',
    },
    {
      topicId: '1',
      topic: 'This house would build more parks',
      claim: 'Parks are a waste of money and attract crime',
      stance: 'CON',
    },
    {
      topicId: '2',
      topic: 'This house would ban fireworks',
      claim: 'Fireworks are dangerous and scare pets',
      stance: 'PRO',
    },
    {
      topicId: '2',
      topic: 'This house would ban fireworks',
      claim: 'Fireworks bring joy and celebrate culture',
      stance: 'CON',
    },
    {
      topicId: '3',
      topic: 'This house would fund public libraries',
      claim: 'Libraries help children learn and succeed',
      stance: 'PRO',
    },
    {
      topicId: '3',
      topic: 'This house would fund public libraries',
      claim: 'Libraries are useless and costly',
      stance: 'CON',
    },
  ];

  it('predicts a training topic with a model fitted without it, and never reads the labels to predict', () => {
    const file = {
      rows: examples.map((e, i) => ({
        topicId: e.topicId,
        topic: e.topic,
        claimId: String(i),
        claim: e.claim,
      })),
      labels: new Map(examples.map((e, i) => [String(i), e.stance])),
    };
    const shipped = trainStanceModel(featurise(examples), 1);
    const result = evaluateStance(file, examples, shipped);
    expect(result.topics.every((t) => t.heldOut)).toBe(true);
    expect(result.claims).toBe(6);
    // Flipping every label turns every right answer wrong: predictions did not depend on them.
    const flipped = {
      ...file,
      labels: new Map([...file.labels].map(([k, v]) => [k, v === 'PRO' ? 'CON' : 'PRO'] as const)),
    };
    expect(evaluateStance(flipped, examples, shipped).correct).toBe(6 - result.correct);
  });
});
