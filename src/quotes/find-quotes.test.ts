import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawTextDoc } from '../extract/clean-scraped-text.js';
import { readTextInput } from '../ingest/read-text.js';
import { analyzeDoc } from '../pipeline/analyze.js';

const quotesOf = (text: string) =>
  analyzeDoc(readTextInput(Buffer.from(text), { path: 't.txt' }), { raw: true }).layers.quotes ?? [];
const brief = (text: string) =>
  quotesOf(text).map((q) => ({ text: q.text, kind: q.kind, cue: q.cue?.text, speaker: q.speaker?.text }));

void rawTextDoc;

test('input → quotes, a table of the patterns', () => {
  const table: [string, { text: string; kind: string; cue?: string; speaker?: string }[]][] = [
    [
      'Maria Lopez said that the plan would fail.',
      [{ text: 'that the plan would fail', kind: 'indirect', cue: 'said', speaker: 'Maria Lopez' }],
    ],
    [
      'The bridge will close in May, the mayor said on Monday.',
      [{ text: 'The bridge will close in May', kind: 'indirect', cue: 'said', speaker: 'the mayor' }],
    ],
    [
      'According to the report, most voters are undecided.',
      [{ text: 'most voters are undecided', kind: 'indirect', cue: 'According to', speaker: 'the report' }],
    ],
    [
      'The senator has repeatedly called for a new inquiry into the deal.',
      [
        {
          text: 'a new inquiry into the deal',
          kind: 'indirect',
          cue: 'has repeatedly called for',
          speaker: 'The senator',
        },
      ],
    ],
    [
      '“We will not stop,” said Ana Ruiz, a union leader.',
      [{ text: 'We will not stop,', kind: 'direct', cue: 'said', speaker: 'Ana Ruiz, a union leader' }],
    ],
    [
      'The broadcasts began on August 10 and South Korea says the broadcasts will continue.',
      [{ text: 'the broadcasts will continue', kind: 'indirect', cue: 'says', speaker: 'South Korea' }],
    ],
    [
      'Ana Ruiz said: “We will not stop.”',
      [{ text: 'We will not stop.', kind: 'direct', cue: 'said:', speaker: 'Ana Ruiz' }],
    ],
    [
      // The phrase after "told" or a preposition is who was spoken to, or where: the speaker is before the verb.
      'Mayor Eric Adams told Politico: “We will not stop.”',
      [{ text: 'We will not stop.', kind: 'direct', cue: 'told Politico:', speaker: 'Mayor Eric Adams' }],
    ],
    [
      'The minister said in a statement: “We will not stop.”',
      [{ text: 'We will not stop.', kind: 'direct', cue: 'said in a statement:', speaker: 'The minister' }],
    ],
    // A noun that looks like a cue, a participle modifying a noun, a clause inside a plain object: no
    // statements.
    ['Residents get updates through websites, phone calls, chatbots, text messages and radio.', []],
    ['Online lessons seemed a good idea, but core learning metrics dipped across the country.', []],
    ['It is urgent that governments understand this relationship—and how easily it can be broken.', []],
    [
      // A pronoun after a noun starts a relative clause; the pronoun is the speaker.
      'They got credit cards in the mail they never asked for.',
      [],
    ],
    [
      // A floating "all" after a list: the subject opens the sentence.
      'Officials working on public services in New York, San Francisco, and Boston all told me that there is no silver bullet.',
      [{ text: 'that there is no silver bullet', kind: 'indirect', cue: 'told', speaker: 'Officials' }],
    ],
    // A question reports no statement.
    ['How did you feel when you heard about the new award?', []],
    ['Did the minister say that the plan would fail?', []],
    [
      // A speech verb read as a noun after a name, before a clause; a clause that opens at once.
      'The CIOB reports 94% of construction workers experienced stress in the past year.',
      [
        {
          text: '94% of construction workers experienced stress in the past year',
          kind: 'indirect',
          cue: 'reports',
          speaker: 'The CIOB',
        },
      ],
    ],
    [
      'Trump charges that countries that stand to benefit from the deal donated millions.',
      [
        {
          text: 'that countries that stand to benefit from the deal donated millions',
          kind: 'indirect',
          cue: 'charges',
          speaker: 'Trump',
        },
      ],
    ],
    [
      // The object of a verb in a relative clause does not speak; an adjective alone speaks for no one.
      'Officials who met Trump said the talks went well.',
      [{ text: 'the talks went well', kind: 'indirect', cue: 'said', speaker: 'Officials' }],
    ],
    ["It's worth noting that adherence was higher for participants.", []],
    [
      // A modifier read as a verb before a role and a name ("lead/VERB author").
      '“Meditation is a relatively inexpensive treatment,” said lead author Elizabeth Hoge.',
      [
        {
          text: 'Meditation is a relatively inexpensive treatment,',
          kind: 'direct',
          cue: 'said',
          speaker: 'lead author Elizabeth Hoge',
        },
      ],
    ],
    [
      // A body or topic after "between", "on" or "about" is part of the source; a day after "on" is not.
      'Experts on North Korea said the test could change that.',
      [
        {
          text: 'the test could change that',
          kind: 'indirect',
          cue: 'said',
          speaker: 'Experts on North Korea',
        },
      ],
    ],
    [
      // An apposition with commas of its own ("Rockford, Iowa") still follows the name that speaks.
      'Toni Featherston, a nurse from Rockford, Iowa (pop. 758), said Haley impressed her.',
      [
        {
          text: 'Haley impressed her',
          kind: 'indirect',
          cue: 'said',
          speaker: 'Toni Featherston, a nurse from Rockford, Iowa (pop. 758)',
        },
      ],
    ],
    [
      // A participle between a determiner and a noun modifies it; so does a word after a hyphen.
      '"We will fall off a cliff," said the managing director of Coombe Castle, an award-winning exporter.',
      [
        {
          text: 'We will fall off a cliff,',
          kind: 'direct',
          cue: 'said',
          speaker: 'the managing director of Coombe Castle, an award-winning exporter',
        },
      ],
    ],
    [
      // A time before the clause is when it was said; a year after a preposition says when, not who.
      "Mary Ng's office confirmed last week she has yet to give notice. A side letter in 2020 said that cheese stays.",
      [
        {
          text: 'she has yet to give notice',
          kind: 'indirect',
          cue: 'confirmed',
          speaker: "Mary Ng's office",
        },
        { text: 'that cheese stays', kind: 'indirect', cue: 'said', speaker: 'A side letter' },
      ],
    ],
    [
      // A time between the cue and "about" is no part of the topic.
      'Haley spoke this month about the town where she grew up.',
      [{ text: 'the town where she grew up', kind: 'indirect', cue: 'spoke', speaker: 'Haley' }],
    ],
    [
      'Sanders on Tuesday said he wants to attack four provisions.',
      [{ text: 'he wants to attack four provisions', kind: 'indirect', cue: 'said', speaker: 'Sanders' }],
    ],
    [
      // The relative pronoun after a name is not part of the speaker.
      'ABC 7 received a text from her husband, Joe Hannouch that said, "My wife has nothing to do with my business."',
      [
        {
          text: 'My wife has nothing to do with my business.',
          kind: 'direct',
          cue: 'said',
          speaker: 'Joe Hannouch',
        },
      ],
    ],
    // "to" after "spoke" is a preposition: no infinitive content.
    ['Multiple customers we spoke to say their searches were handled by the same company.', []],
    [
      // A cue in a relative clause: the speaker is the phrase before "who", the content ends with the clause.
      'An architect who said he was never paid for the clubhouse, Tom Reyes, sued the company.',
      [
        {
          text: 'he was never paid for the clubhouse',
          kind: 'indirect',
          cue: 'said',
          speaker: 'An architect',
        },
      ],
    ],
  ];
  for (const [input, expected] of table) assert.deepEqual(brief(input), expected, input);
});

test('scare quotes and titles are not statements', () => {
  assert.deepEqual(
    quotesOf('The so-called “caliphate” fell in 2019. He appeared on “Meet the Press” later.'),
    [],
  );
});

test('a quote run over two paragraphs keeps its speaker; « » count as marks', () => {
  const text = '«We have a plan,» said Ana Ruiz. «It starts now.\n\n«And it will work.»';
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.text]),
    [
      ['We have a plan,', 'Ana Ruiz'],
      ['It starts now.', 'Ana Ruiz'],
      ['And it will work.', 'Ana Ruiz'],
    ],
  );
});

test('quotation marks lost: the attribution in the next sentence', () => {
  const [quote] = quotesOf('The talks failed. We will try again next week. Ana Ruiz added.');
  assert.equal(quote?.text, 'The talks failed. We will try again next week.');
  assert.equal(quote?.cue?.text, 'added');
  assert.equal(quote?.speaker?.text, 'Ana Ruiz');
});

test('not statements: prepositions, passives, questions left unanswered, seeing, names in quotation marks, objects that are not speech', () => {
  for (const text of [
    'Critics attacked the policies regarding migrants traveling to the country.',
    'The team was initially denied visas to enter the country.',
    'Officials have not said why the visas were denied.',
    'Security guards saw the tweet and removed the aide from the hall.',
    'The robot, named “Better Idea of Afghan Girls,” scored two points.',
    'The camp successfully maintained a majority in the seats.',
    'The foundation maintains a program to develop young political leaders.',
    'Two winners were Hui and Chan, both considered to be in the pan-democracy camp.',
    'Voters chose the seats commonly know as “Super District Council” this year.',
    'Residents called the city asking for help after the storm.',
    'We are told his loved ones do not yet know the cause of death.',
    'The U.N. called an emergency meeting to discuss the test.',
    'Some 24.7 million tons of goods were imported, indicating a 12 percent rise in value.',
    '$5 million was spent, showing that the plan worked.',
    'Creating Characters We Love: the Screenwriting Process in Our Flag Means Death',
    'All told, the sale is a happy ending for the village.',
    'The tablet already boasts a pretty nifty chip.',
    'In an unforgettable battle, Federer claimed his first and only Roland Garros title, making him the sixth.',
    'In an unforgettable battle, Federer claimed his first title.',
    'When asked for evidence to support the claims, Twitter had refused.',
  ])
    assert.deepEqual(brief(text), [], text);
});

test('a cue with no content still gives its subject to the next cue: "claimed X and said …"', () => {
  assert.deepEqual(
    brief('He claimed vast wealth and said it ensured he was not beholden to special interests.').map((q) => [
      q.speaker,
      q.text,
    ]),
    [['He', 'it ensured he was not beholden to special interests']],
  );
});

test('"called" with an object and its complement is a statement; a telephone call is not', () => {
  const said = (text: string) => brief(text).map((q) => q.text);
  assert.deepEqual(said('Trump called the report a hoax.'), ['the report a hoax']);
  assert.deepEqual(said('The senator called the decision unacceptable.'), ['the decision unacceptable']);
  assert.deepEqual(said('Clinton called her vote in favor of the Iraq War a mistake.'), [
    'her vote in favor of the Iraq War a mistake',
  ]);
  assert.deepEqual(said('She called her mother on Sunday.'), []);
});

test('“According to” with a named apposition: the content starts after the name', () => {
  assert.deepEqual(
    brief('According to the team’s coach, Ana Ruiz, in their first match the robot scored two points.'),
    [
      {
        text: 'in their first match the robot scored two points',
        kind: 'indirect',
        cue: 'According to',
        speaker: 'the team’s coach, Ana Ruiz',
      },
    ],
  );
});

test('a few words quoted one paragraph after a speaker are a term, not that speaker’s words', () => {
  const text =
    '“We are ready,” said Ana Ruiz.\n\nThe girls entered the country on the grounds that their visit was a “significant public benefit.”';
  assert.deepEqual(
    quotesOf(text).map((q) => q.text),
    ['We are ready,'],
  );
});

test('a cue that names no one: the quotation takes the speaker before it', () => {
  const text =
    '"The troops are ready", said KCNA. "Every provocation deserves harsh punishment", it added; and, later, "The commander issued an order to the front."';
  assert.deepEqual(
    quotesOf(text).map((q) => [q.text, q.speaker?.text]),
    [
      ['The troops are ready', 'KCNA'],
      ['Every provocation deserves harsh punishment', 'KCNA'],
      ['The commander issued an order to the front.', 'KCNA'],
    ],
  );
});

test('a role phrase names the one person who holds that role, not the last person named', () => {
  const [quote] = quotesOf(
    'General Ana Ruiz visited the base on Monday. A day later Tom Baker arrived. The top general said that the war would end soon.',
  );
  assert.equal(quote?.speaker?.text, 'The top general');
  assert.equal(quote?.speaker?.entity, 'person/ana-ruiz');
});

test('a transcript paragraph ("Name: …") is that speaker\'s statement; datelines and notes are not', () => {
  const interview = [
    'Interview with the nominees',
    'How did you feel when you heard about the new category?',
    'Asake: I felt excited and grateful at the same time. I think it is a great moment.',
    'Olamide: The category will greatly impact the industry.',
    'What do you think of the nominees?',
    'Asake: It is a brilliant and very necessary first class.',
  ].join('\n\n');
  assert.deepEqual(
    brief(interview).map((q) => [q.speaker, q.kind, q.text]),
    [
      ['Asake', 'direct', 'I felt excited and grateful at the same time. I think it is a great moment.'],
      ['Olamide', 'direct', 'The category will greatly impact the industry.'],
      ['Asake', 'direct', 'It is a brilliant and very necessary first class.'],
    ],
  );
  assert.deepEqual(
    brief(
      'Floods in the north\n\nISLAMABAD: Floods cut roads across the north on Monday.\n\nNote: This story has been updated with new figures.',
    ),
    [],
  );
  // A label over list items of titles: no one speaks them.
  assert.deepEqual(
    brief(
      'My favourite games\n\nAlternatively: Xanadu Next (2005)\n\nAlternatively: Pinball Fantasies (1994)\n\nRunner-up: Heroes of Might and Magic\n\nRunner-up: The Secret of Monkey Island',
    ),
    [],
  );
});

test('a quotation after "a … called" is a name, not a statement', () => {
  assert.deepEqual(
    brief(
      'In a beta trial of a feature called "We met," Hinge users reported that most first dates were great.',
    ).map((q) => q.text),
    ['that most first dates were great'],
  );
});

test('a name before a possessive belongs to the source, whatever its part-of-speech tag', () => {
  assert.deepEqual(brief("Hinge's real-world statistics suggest that most first dates go well."), [
    {
      text: 'that most first dates go well',
      kind: 'indirect',
      cue: 'suggest',
      speaker: "Hinge's real-world statistics",
    },
  ]);
});

test('a Q&A interview under a heading that names the person: each answer is theirs', () => {
  const interview = [
    'Nominees on the new category',
    'Here, each of the nominees discusses the new category.',
    'Burna Boy',
    'How did you feel when you heard about the new category?',
    'It is a significant milestone, not only for me, but for the whole industry.',
    'What is it like to be nominated?',
    'It is an immense honor. It is like being part of history.',
    'Tyla',
    'What do you think of the other nominees?',
    'You know me. I think everyone in this category is great.',
  ].join('\n\n');
  assert.deepEqual(
    brief(interview).map((q) => [q.speaker, q.text]),
    [
      ['Burna Boy', 'It is a significant milestone, not only for me, but for the whole industry.'],
      ['Burna Boy', 'It is an immense honor. It is like being part of history.'],
      ['Tyla', 'You know me. I think everyone in this category is great.'],
    ],
  );
});

test('"it\'s" is no possessive, and a quantifier opening a relative clause is its subject', () => {
  assert.deepEqual(
    brief("The war is raging in newsrooms, and it's a media war many would say Hamas is winning.").map(
      (q) => q.speaker,
    ),
    ['many'],
  );
  assert.deepEqual(
    brief("The company's spokesman said that prices will rise.").map((q) => q.speaker),
    ["The company's spokesman"],
  );
});

test('a quotation followed by a name with two appositions and the cue', () => {
  assert.deepEqual(
    brief(
      '“They copied our playbook,” Dustin Pusch, a partner at Meier Watkins, the law firm representing Ozy, said in a statement.',
    ),
    [
      {
        text: 'They copied our playbook,',
        kind: 'direct',
        cue: 'said',
        speaker: 'Dustin Pusch, a partner at Meier Watkins, the law firm representing Ozy',
      },
    ],
  );
});

test('a short title-case quotation after a preposition or "told" is a programme, not a statement', () => {
  assert.deepEqual(brief('A USPS representative confirmed to "Good Morning America."'), []);
  assert.deepEqual(
    brief('She told “The View” she was running.').filter((q) => q.kind === 'direct'),
    [],
  );
  assert.deepEqual(
    brief('He told reporters: "We Will Win."').map((q) => q.text),
    ['We Will Win.'],
  );
});

test('speakers with credentials and several appositions; "told X" after the content names the listener', () => {
  const cases: [string, string, string][] = [
    [
      '“The analysis looked at changes,” Kelly Jones MS, RD, CSSD, LDN, sports and fitness dietitian told Health.',
      'The analysis looked at changes,',
      'Kelly Jones MS, RD, CSSD, LDN, sports and fitness dietitian',
    ],
    [
      'Plants tend to lower the intake of animal products, explained Megan Byrd, RD, a registered dietitian.',
      'Plants tend to lower the intake of animal products',
      'Megan Byrd, RD, a registered dietitian',
    ],
    [
      'This evidence highlights the benefits of a plant-based diet, Sabrina Schlesinger, MSc, one of the study authors and a researcher at the German Center for Diabetes Research in Düsseldorf, told Health.',
      'This evidence highlights the benefits of a plant-based diet',
      'Sabrina Schlesinger, MSc, one of the study authors and a researcher at the German Center for Diabetes Research in Düsseldorf',
    ],
  ];
  for (const [text, content, speaker] of cases)
    assert.deepEqual(
      brief(text).map((q) => [q.text, q.speaker]),
      [[content, speaker]],
      text,
    );
});

test('a long apposition with a place after the quotation: one direct quote, no reported copy', () => {
  assert.deepEqual(
    brief(
      '“The drugs are expensive,” Ali Zentner, a weight management physician and medical director of Revolution Medical Clinic in Vancouver, Canada, says.',
    ),
    [
      {
        text: 'The drugs are expensive,',
        kind: 'direct',
        cue: 'says',
        speaker:
          'Ali Zentner, a weight management physician and medical director of Revolution Medical Clinic in Vancouver, Canada',
      },
    ],
  );
});

test('a determiner after a modifier opens the source phrase', () => {
  assert.deepEqual(
    brief("It's also possible the conference knows a few schools might be ready to challenge that deal.").map(
      (q) => q.speaker,
    ),
    ['the conference'],
  );
});

test('a first name the tagger reads as a verb ("Don", "Josh") is part of the speaker; a relative clause is not', () => {
  assert.deepEqual(
    brief('“Now is the time for us,” said Don Fowler, who helmed the DNC from 1995 to 1997.').map(
      (q) => q.speaker,
    ),
    ['Don Fowler'],
  );
});

test('a short title-case quotation with no cue beside it is a title', () => {
  assert.deepEqual(
    brief(
      'When she is not writing, she is watching a horror movie, "RuPaul\'s Drag Race," or "The Office."',
    ).filter((q) => q.kind !== 'indirect'),
    [],
  );
  assert.deepEqual(
    brief('“We Will Fight On,” the minister said.').map((q) => q.text),
    ['We Will Fight On,'],
  );
});

test('the source is the subject, not a time before the verb nor the noun a relative clause hangs on', () => {
  assert.deepEqual(
    brief('Former President Trump on Friday said he is not a student of history.').map((q) => q.speaker),
    ['Former President Trump'],
  );
  assert.deepEqual(
    brief('Then came the famous story John F. Kennedy told: “Dear Jack, don’t buy a single vote more.”').map(
      (q) => q.speaker,
    ),
    ['John F. Kennedy'],
  );
  assert.deepEqual(
    brief('The Democratic candidate Hillary Clinton suggested that the plan would fail.').map(
      (q) => q.speaker,
    ),
    ['The Democratic candidate Hillary Clinton'],
  );
});

test('news-agency sentence shapes: an apposition on the statement, a day after the source, a name as subject', () => {
  assert.deepEqual(
    brief(
      'More than 20,000 Palestinians have died in Gaza during the war, health officials said Friday, the latest indication of the cost of the conflict as Israel expands its offensive.',
    ).map((q) => [q.speaker, q.text]),
    [['health officials', 'More than 20,000 Palestinians have died in Gaza during the war']],
  );
  assert.deepEqual(
    brief('Half a million people are starving, according to a report Thursday from the United Nations.').map(
      (q) => q.speaker,
    ),
    ['a report'],
  );
  assert.deepEqual(
    brief('Martin Griffiths, the U.N. humanitarian affairs chief, lamented the world’s inaction.').map(
      (q) => [q.speaker, q.text],
    ),
    [['Martin Griffiths, the U.N. humanitarian affairs chief', 'the world’s inaction']],
  );
  assert.deepEqual(brief('Israel declared war after Hamas militants stormed across its border.'), []);
  assert.deepEqual(brief('The group has ruled Gaza for 16 years.'), []);
});

test('"According to X:" before a quotation is the cue, not the colon', () => {
  assert.deepEqual(
    brief('According to The Athletic: "The school would likely need board approval first."').map((q) => [
      q.cue,
      q.speaker,
    ]),
    [['According to', 'The Athletic']],
  );
});

test('"can be heard saying": the perceived speaker says it; "captioned" cues a quotation in marks', () => {
  assert.deepEqual(
    brief('In a video, the singer can be heard telling the crowd, “I came because I love you.”'),
    [
      {
        text: 'I came because I love you.',
        kind: 'direct',
        cue: 'can be heard telling',
        speaker: 'the singer',
      },
    ],
  );
  assert.deepEqual(brief('“We will win,” the president was heard saying.'), [
    { text: 'We will win,', kind: 'direct', cue: 'was heard saying', speaker: 'the president' },
  ]);
  assert.deepEqual(brief('"What a time!" Noel-Schure captioned the post.'), [
    { text: 'What a time!', kind: 'direct', cue: 'captioned', speaker: 'Noel-Schure' },
  ]);
});

test('a dateline is no subject; ", adding" takes the subject of the cue before it; an object\'s relative clause is no content', () => {
  assert.deepEqual(
    brief(
      'TALLAHASSEE, Fla. (AP) — Florida State sued the Atlantic Coast Conference on Friday, saying that the contract binds the school.',
    ),
    [
      {
        text: 'that the contract binds the school',
        kind: 'indirect',
        cue: 'saying',
        speaker: 'Florida State',
      },
    ],
  );
  assert.deepEqual(brief('“It was personal,” he said, adding that he would never vote for Clinton.'), [
    { text: 'It was personal,', kind: 'direct', cue: 'said', speaker: 'he' },
    { text: 'that he would never vote for Clinton', kind: 'indirect', cue: 'adding', speaker: 'he' },
  ]);
  assert.deepEqual(brief('All of this will fail unless we recognize the danger that Obama has created.'), []);
  // A cue joined by "and" shares the subject; `,” adding` is a participle after the quotation's comma.
  assert.deepEqual(
    brief(
      'Palmer and Hartmann were members of the board. McDaniel was on the call and told the two board members: “Do not sign it,” adding “We will get you attorneys.”',
    ),
    [
      { text: 'Do not sign it,', kind: 'direct', cue: 'told the two board members:', speaker: 'McDaniel' },
      { text: 'We will get you attorneys.', kind: 'direct', cue: 'adding', speaker: 'McDaniel' },
    ],
  );
});

test('a participle after the main clause takes its subject; a place with commas in an apposition; a relative clause of 20 tokens', () => {
  assert.deepEqual(
    brief(
      'During a speech earlier in the day, Trump attacked Clinton for her support of the war, saying, "She\'s trigger-happy."',
    ),
    [{ text: "She's trigger-happy.", kind: 'direct', cue: 'saying', speaker: 'Trump' }],
  );
  assert.deepEqual(
    brief('Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.')[0]?.speaker,
    'Johnnie Wilson, of Springfield, Va.',
  );
  assert.deepEqual(
    brief(
      'Mikhail Khodorkovsky, who had his own energy empire dismantled and was jailed as a result of his opposition to Putin, told POLITICO there were now no legal protections.',
    ).map((q) => q.text),
    ['there were now no legal protections'],
  );
});

test('a cue before a colon that ends a phrase, and a verb joined by "and", take the sentence\'s subject', () => {
  assert.deepEqual(
    brief(
      'Stephane Dujarric told reporters about the aid going into Gaza: "We have to deal with different parties."',
    ),
    [
      { text: 'the aid going into Gaza', kind: 'indirect', cue: 'told', speaker: 'Stephane Dujarric' },
      {
        text: 'We have to deal with different parties.',
        kind: 'direct',
        cue: 'told',
        speaker: 'Stephane Dujarric',
      },
    ],
  );
  assert.deepEqual(
    brief(
      'Clinton stressed her support of a raid at a forum sponsored by NBC News and said she has the quality for the job: "Steadiness, an absolute rock steadiness."',
    ).map((q) => [q.text, q.speaker]),
    [
      ['her support of a raid at a forum sponsored by NBC News', 'Clinton'],
      ['she has the quality for the job', 'Clinton'],
      ['Steadiness, an absolute rock steadiness.', 'Clinton'],
    ],
  );
});

test('a dateline is not content; ", saying" after a reported clause is an attribution of its own; "citing" is no inversion', () => {
  assert.deepEqual(
    brief(
      'RAFAH, Gaza Strip (AP) — More than 20,000 Palestinians have died in Gaza, health officials said Friday.',
    ),
    [
      {
        text: 'More than 20,000 Palestinians have died in Gaza',
        kind: 'indirect',
        cue: 'said',
        speaker: 'health officials',
      },
    ],
  );
  assert.deepEqual(
    brief(
      'An Israeli liaison officer with Gaza claimed there is no food shortage in Gaza, saying sufficient aid is getting through.',
    ).map((q) => [q.text, q.cue, q.speaker]),
    [
      ['there is no food shortage in Gaza', 'claimed', 'An Israeli liaison officer with Gaza'],
      ['sufficient aid is getting through', 'saying', 'An Israeli liaison officer with Gaza'],
    ],
  );
  assert.deepEqual(
    brief('Israel blames Hamas for the high death toll, citing the group’s use of residential areas.').map(
      (q) => [q.cue, q.speaker],
    ),
    [['citing', 'Israel']],
  );
});

test('a participle after an article or a possessive modifies a noun and cues nothing; a title after the work it names is no quote', () => {
  assert.deepEqual(
    brief(
      '“It is nonsense,” says the historian Ana Ruiz, author of the widely cited 1998 paper, “Why Maps Are a Lie,” after reading it.',
    ).map((q) => [q.text, q.cue, q.speaker]),
    [['It is nonsense,', 'says', 'the historian Ana Ruiz, author of the widely cited 1998 paper']],
  );
  assert.deepEqual(
    brief('The highly anticipated treaty fell apart in 2009.').map((q) => q.cue),
    [],
  );
  // A title before the work it names, and a subordinate clause alone, are no statements.
  assert.deepEqual(
    brief('Fans of the “Seinfeld” episode that put it on the map celebrate.').filter(
      (q) => q.kind === 'direct',
    ),
    [],
  );
  assert.deepEqual(
    brief(
      'Once the head of household has been pinned, the feast concludes. If we lose, we lose, the coach said.',
    ).map((q) => q.text),
    ['If we lose, we lose'],
  );
  // A product recall is no memory told.
  assert.deepEqual(
    brief(
      'Tesla recalls 120K vehicles. Toyota recalled its RAV4 SUVs. Rhodes recalled Obama reading it.',
    ).map((q) => q.speaker),
    ['Rhodes'],
  );
  assert.deepEqual(
    brief('He’s claiming that the vote was rigged.').map((q) => [q.cue, q.speaker]),
    [['’s claiming', 'He']],
  );
});

test('a country in the source speaks only as the source itself or its government; a Reuters dateline is no content', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker?.text, q.speaker?.entity ?? null]);
  assert.deepEqual(speakers('Polish farmers said on Saturday that they would end the protest.'), [
    ['Polish farmers', null],
  ]);
  assert.deepEqual(speakers('The Ukrainian government said on Sunday that the border was open.'), [
    ['The Ukrainian government', 'gpe/ukraine'],
  ]);
  assert.deepEqual(
    brief(
      'KYIV, Dec 24 (Reuters) - Polish farmers have ended their blockade, the Ukrainian border service said on Sunday.',
    ).map((q) => q.text),
    ['Polish farmers have ended their blockade'],
  );
});

test('a person named inside a phrase headed by someone else is not the speaker; a place after a common noun is in the phrase', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker?.text, q.speaker?.entity ?? null]);
  assert.deepEqual(speakers('DeSantis campaign officials say Haley would fail.'), [
    ['DeSantis campaign officials', null],
  ]);
  assert.deepEqual(speakers('A lawyer for Trump said the case was weak.'), [['A lawyer for Trump', null]]);
  assert.deepEqual(speakers('Trump lawyer Marc Kasowitz said the ruling was fair.'), [
    ['Trump lawyer Marc Kasowitz', 'person/marc-kasowitz'],
  ]);
  assert.deepEqual(speakers('Antony Blinken of the State Department said the talks were over.'), [
    ['Antony Blinken of the State Department', 'person/antony-blinken'],
  ]);
  assert.deepEqual(speakers('The Trump campaign said it would sue.'), [
    ['The Trump campaign', 'person/trump'],
  ]);
  assert.deepEqual(speakers('Officials in Kyiv said the attack failed.'), [
    ['Officials in Kyiv', 'gpe/kyiv'],
  ]);
  assert.deepEqual(speakers('Residents in Gaza said the attack failed.'), [['Residents in Gaza', null]]);
});

test('a quotation inside a sentence that goes on to an inverted cue is the words of the one after the cue', () => {
  const quotes = brief(
    'The scholarship is “a game changer” both for students and the state’s EMS system, explained Clark Imus, a professor.',
  );
  assert.deepEqual(
    quotes.filter((q) => q.kind === 'partial').map((q) => q.speaker),
    ['Clark Imus, a professor'],
  );
  assert.deepEqual(
    brief('“He is right,” Flynn, a top Trump surrogate, said Thursday morning.').map((q) => q.speaker),
    ['Flynn, a top Trump surrogate'],
  );
});

test('a quotation inside a subject is not what the verb after it reports; a bare "-ing" form is no cue', () => {
  assert.deepEqual(
    brief(
      'A Brookings analysis of the “geography of AI” called the Bay Area a superstar region last year.',
    ).filter((q) => q.kind === 'partial'),
    [],
  );
  assert.deepEqual(
    brief(
      'In October, Princeton named Sanjeev Arora, a specialist in computer science and machine learning, as its first director.',
    ).map((q) => q.cue),
    [],
  );
});

test('a quotation over several paragraphs, closed only in the last, is the words of the one named after it', () => {
  const text =
    'Cleaners told us what they will not do.\n\n“I will not clean litter boxes.\n\n“Dishes are a big one, too.\n\n“It is more housekeeping than cleaning.” –– Amber Elise, owner of a cleaning firm\n\nThe next tip follows.\n';
  assert.deepEqual(
    brief(text)
      .filter((q) => q.kind === 'direct')
      .map((q) => [q.text.slice(0, 12), q.speaker]),
    [
      ['I will not c', 'Amber Elise, owner of a cleaning firm'],
      ['Dishes are a', 'Amber Elise, owner of a cleaning firm'],
      ['It is more h', 'Amber Elise, owner of a cleaning firm'],
    ],
  );
});

test('a dash after a quotation names its speaker, not a gloss that goes on as a clause', () => {
  assert.deepEqual(brief('“Imagination is more important than knowledge.” — Albert Einstein'), [
    {
      text: 'Imagination is more important than knowledge.',
      kind: 'direct',
      cue: '—',
      speaker: 'Albert Einstein',
    },
  ]);
  const glossed = brief('She would write “alts” — alternative jokes that never made it into the script.');
  assert.ok(!glossed.some((q) => q.speaker?.startsWith('alternative')), JSON.stringify(glossed));
});

test('a role "to" an organisation is part of the speaker', () => {
  assert.deepEqual(
    brief('“We got there,” US Ambassador to the UN Linda Thomas-Greenfield said after the vote.'),
    [
      {
        text: 'We got there,',
        kind: 'direct',
        cue: 'said',
        speaker: 'US Ambassador to the UN Linda Thomas-Greenfield',
      },
    ],
  );
});

test('a time between the cue and "that" is not part of what was said', () => {
  assert.deepEqual(brief('Tusk said last week that the government will end the protest.'), [
    { text: 'that the government will end the protest', kind: 'indirect', cue: 'said', speaker: 'Tusk' },
  ]);
});

test('"who" after a comma speaks for the person named right before the comma or its appositions', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => q.speaker?.entity);
  assert.deepEqual(
    speakers(
      'Obama met Mitch McConnell, now the Senate majority leader, who in 2010 said the goal was to win.',
    ),
    ['person/mitch-mcconnell'],
  );
  assert.deepEqual(
    speakers(
      'The move from Clinton may placate nervous Democrats in Congress, who have argued that it helps.',
    ),
    [undefined],
  );
});
