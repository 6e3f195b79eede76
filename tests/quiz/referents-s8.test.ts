import { describe, expect, it } from 'vitest';
import { headlessQuantity } from '../../src/lib/quiz/headless';
import { personNounBefore } from '../../src/lib/quiz/pronouns';
import { filler, itemsOf, kept, reportOf, written } from './report';

describe('"It" after a sentence that opens on a named thing, with a day or a place it went to (QUALITY.md R4)', () => {
	const FERRY = [
		'A cargo ferry ran aground off the coast of Norway early on Monday, the coastguard said.',
		'The Silver Tern had left Port Arkell on Friday for the start of the winter timber run.',
		'It was carrying 240 containers, each weighing about 20 tonnes, according to its owner.'
	];

	it('writes "It was carrying ..." as the vessel the sentence before opens on', () => {
		expect(kept('Cargo ferry runs aground off Norway', [...FERRY, ...filler]).some((s) => s.startsWith('The Silver Tern was carrying'))).toBe(true);
	});

	it('leaves "It" when the sentence before names another thing besides the day and the port', () => {
		const other = [FERRY[0], 'The Silver Tern had left Port Arkell on Friday with a tug from Halvard Marine for the start of the winter timber run.', FERRY[2]];
		expect(kept('Cargo ferry runs aground off Norway', [...other, ...filler]).some((s) => /^(?:The Silver Tern|Halvard Marine) was carrying/.test(s))).toBe(false);
	});
});

describe('"It" after a sentence that opens on a party (QUALITY.md R4)', () => {
	it('writes "It nearly doubled ..." as the one party the sentence before opens on', () => {
		const stems = kept('Centre-right wins vote but falls short of majority', [
			'The centre-right bloc won the most seats in Sunday’s general election but fell short of a majority, results showed on Monday.',
			'The nationalist Forward Nation party was the night’s other big story. It nearly doubled its share to 18.4% and will have 41 lawmakers.',
			...filler
		]);
		expect(stems.some((s) => s.startsWith('Forward Nation nearly doubled its share to'))).toBe(true);
	});
});

describe('"Their" after a sentence that opens on a team with a plural verb (QUALITY.md R4)', () => {
	const MATCH = [
		'Ten-man Ashby beat Corrow Town 2-1 on Saturday to climb into the play-off places.',
		'Striker Leon Marsh scored both goals after defender Sam Okoro was sent off in the first half.',
		'"The lads were brilliant," said Ashby manager Tom Weller, whose side have won five of their last six away games.',
		'Corrow Town, who had been unbeaten at home since August, slip to ninth. Their manager, Pete Harland, said the side had now lost 14 of their last 20 league games.'
	];

	it('writes "Their manager" as the team’s manager', () => {
		const stems = written(reportOf('Ashby stun Corrow Town', [...MATCH, ...filler])).map((w) => w.stem);
		expect(stems.some((s) => /^Corrow Town[’']s manager, Pete Harland, said the side had now lost/.test(s))).toBe(true);
	});

	it('leaves "Their" when the sentence before names another team', () => {
		const other = [MATCH[0], MATCH[1], MATCH[2], 'Corrow Town, who had been unbeaten at home since August, slip below Delmont Rovers. Their manager, Pete Harland, said the side had now lost 14 of their last 20 league games.'];
		const stems = written(reportOf('Ashby stun Corrow Town', [...other, ...filler])).map((w) => w.stem);
		expect(stems.some((s) => /^(?:Corrow Town|Delmont Rovers)[’']s manager/.test(s))).toBe(false);
	});
});

describe('A person noun that a pronoun can mean (QUALITY.md R4)', () => {
	it('reads an appositive after the subject: "The victim, a 52-year-old man from X, ... he"', () => {
		expect(personNounBefore('The victim, a 52-year-old man from Kelby, was crossing the road when ', 'male')).toBe(true);
		expect(personNounBefore('The victim, a 52-year-old man from Kelby, was crossing the road when ', 'female')).toBe(false);
	});

	it('reads a noun phrase with a blank in it: "A _____ student had his ..."', () => {
		expect(personNounBefore('A _____ student had ', 'male')).toBe(true);
	});
});

describe('"The figures" of the one source an article names (QUALITY.md R4)', () => {
	const RESULTS = [
		'Pass rates for the top grades in Welsh A-levels fell for a second year, according to figures from the Exams Board for Wales (EBW).',
		'The figures remain above pre-pandemic levels in 2019, when 24.1% of entries achieved an A or A*.'
	];

	it('writes "The figures" as the source’s figures', () => {
		expect(kept('Top A-level grades fall again in Wales', [...RESULTS, ...filler]).some((s) => s.startsWith('The EBW figures remain above pre-pandemic levels in 2019, when'))).toBe(true);
	});

	it('leaves "The figures" when a sentence before mentions figures from no named source', () => {
		const other = [RESULTS[0], 'Separate figures showed that applications to Welsh universities rose by 3%.', RESULTS[1]];
		expect(kept('Top A-level grades fall again in Wales', [...other, ...filler]).some((s) => /^The (?:EBW|Exams Board for Wales) figures/.test(s))).toBe(false);
	});
});

describe('"The deal" of an article’s one agreed takeover (QUALITY.md R4)', () => {
	const TAKEOVER = [
		'Corvane Bakeries, the Leeds-based maker of bread and cakes, has agreed to be acquired by German food group Mühlberg AG in a deal valuing the company at about £900 million.',
		'Mühlberg said it would fund the deal with cash on hand and about £350 million in new borrowing.',
		'The agreement includes a £27 million break fee payable by Corvane if it accepts a rival offer.'
	];

	it('writes "the deal" and "The agreement" as the company’s deal and agreement', () => {
		const stems = kept('Corvane Bakeries agrees £900m takeover by Mühlberg', [...TAKEOVER, ...filler]);
		expect(stems.some((s) => s.startsWith('Mühlberg said it would fund the Corvane Bakeries deal with cash on hand'))).toBe(true);
		expect(stems.some((s) => s.startsWith('The Corvane Bakeries agreement includes a £'))).toBe(true);
	});

	it('leaves "The agreement" when the article tells of another agreement', () => {
		const other = [TAKEOVER[0], 'Mühlberg also signed a supply agreement with a Polish mill last month.', TAKEOVER[2]];
		expect(kept('Corvane Bakeries agrees £900m takeover by Mühlberg', [...other, ...filler]).some((s) => s.includes('Corvane Bakeries agreement'))).toBe(false);
	});
});

describe('"They" after a sentence that opens on a plural subject (QUALITY.md R4)', () => {
	const SURVEY = [
		'The number of wild otters on the River Tolley has doubled in ten years, a survey has found.',
		'Motion-triggered cameras were placed along the banks between March and October. They recorded more than 12,000 clips, of which around 900 showed otters on the Tolley.'
	];

	it('writes "They recorded ..." as the things the sentence before opens on', () => {
		const longer = [
			...SURVEY,
			'Otters vanished from most English rivers in the 1970s after pesticides entered the food chain.',
			'The river trust said it had spent £85,000 on fencing and new reed beds along a 12-mile stretch.',
			'Volunteers have also removed more than 40 tonnes of rubbish from the water since 2019.'
		];
		const report = reportOf('Otter numbers double on the Tolley', [...longer, ...filler]);
		expect(written(report).some((w) => w.stem.startsWith('They recorded'))).toBe(false);
		expect(itemsOf('Otter numbers double on the Tolley', longer, 20).some((i) => i.stem.startsWith('The motion-triggered cameras recorded more than'))).toBe(true);
	});

	it('writes "They have ..." as the specialists the sentence before opens on, with whose they are', () => {
		const stems = kept('Roman coin hoard found in Kent field', [
			'A hoard of Roman coins has been found by a metal detectorist in a field near Ashford, Kent.',
			'Specialists from the University of Kent and Kent Museums Service spent five weeks excavating the field. They have so far recorded 412 individual coins, dating from the third century.',
			...filler
		]);
		expect(stems.some((s) => s.startsWith('The specialists from the University of Kent and Kent Museums Service have so far recorded'))).toBe(true);
	});

	it('leaves "They" when the sentence before has a second plural subject', () => {
		const other = [SURVEY[0], 'Motion-triggered cameras were placed along the banks, and local volunteers were trained to check them. They recorded more than 12,000 clips, of which around 900 showed otters.'];
		expect(kept('Otter numbers double on the Tolley', [...other, ...filler]).some((s) => /^The (?:motion-triggered cameras|local volunteers) recorded/.test(s))).toBe(false);
	});
});

describe('"The number of <modifier> <plural>" describes its quantity (QUALITY.md R4)', () => {
	it('keeps a lead that opens on "The number of wild otters on ..."', () => {
		const stems = kept('Otter numbers double on the Tolley', [
			'The number of wild otters on the River Tolley has risen by nearly 60 per cent in ten years, according to a survey by the river trust.',
			'Otters vanished from most English rivers in the 1970s after pesticides entered the food chain.',
			...filler
		]);
		expect(stems.some((s) => s.startsWith('The number of wild otters on the River Tolley has risen by nearly'))).toBe(true);
	});
});

describe('"The union" of a union the article introduces as "the X union" (QUALITY.md R4)', () => {
	const STRIKE = [
		'Cleaners at Harwick Airport are to walk out for four days in July in a dispute over pay, the Voxa union has announced.',
		'Voxa said 88% of members who voted backed strike action, on a turnout of 61%.',
		'The union rejected a two-year offer worth 4.5% in the first year and 2% in the second.'
	];

	it('writes "The union" as the union’s name, and reads "in the second" as the second year', () => {
		expect(kept('Airport cleaners to strike over pay', [...STRIKE, ...filler]).some((s) => s.startsWith('Voxa rejected a two-year offer worth'))).toBe(true);
	});

	it('never takes "the European union" for a trade union', () => {
		const other = ['Ministers met in Brussels on Monday, and the European union agreed new rules on fishing quotas.', 'The union rejected a plan worth 4.5% of the budget in the first year and 2% in the second.'];
		expect(kept('EU ministers agree fishing quotas', [...other, ...filler]).some((s) => s.startsWith('European rejected'))).toBe(false);
	});
});

describe('An ordinal whose noun the stem said just before (QUALITY.md R4)', () => {
	it('reads "in the first year and 2% in the second" as whole, and "the search for the second" as headless', () => {
		expect(headlessQuantity('Voxa rejected an offer worth 4.5% in the first year and 2% in the second.', () => false)).toBe(false);
		expect(headlessQuantity('The search for the second, covering 40 square miles, continued.', () => false)).toBe(true);
	});
});
