import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import type { Article } from '../../src/lib/quiz/types';
import { storyMeasure } from '../../src/lib/quiz/scope';
import { leansOnEarlierEvent, nameBodies, placeOwned } from '../../src/lib/quiz/back-references';
import { kept, written, reportOf } from './report';

// plain sentences of no measure, to carry an invented article past the 50 words a quiz needs
const padding = ['Reporters gathered outside the building for most of the afternoon while staff waited for news.', 'Several local groups have asked to meet ministers in the coming weeks to discuss their concerns.', 'Officials expect the first questions from the public to arrive by the end of the month.'];
// an article with no typed places or organisations, for `storyMeasure`
const bare = (a: Article) => ({ article: a, places: new Map(), organisations: new Map() });
const article = (title: string, paragraphs: string[]) => parseArticleText(`${title}\n\n${[...paragraphs, ...padding].join('\n\n')}`);

describe('the one measure a public-affairs story is about', () => {
	it('is the one bill the article names, under a headline that tells of a law', () => {
		const a = article('Senate passes contested drone law by 40 votes to 31', [
			'Drone owners will have to register every aircraft after the Senate passed the Drone Safety (Registration) Bill 2026 on Tuesday.',
			'Critics said the rules would sit awkwardly beside the Aviation Act.'
		]);
		expect(storyMeasure(bare(a))).toEqual({ phrase: 'the Drone Safety (Registration) Bill 2026', head: 'Bill', kind: 'rules' });
	});

	it('is no bill where the article names two', () => {
		const a = article('Senate passes drone law', ['The Senate passed the Drone Safety Bill and the Airspace Bill on Tuesday.']);
		expect(storyMeasure(bare(a))).toBeUndefined();
	});

	it('is the headline’s budget with its place as owner', () => {
		expect(storyMeasure(bare(article('Kerala revised Budget hikes land tax', ['The Finance Minister presented the revised Budget on Friday.'])))?.phrase).toBe('Kerala’s revised Budget');
	});

	it('is the trial by the name the body gives it', () => {
		const a = article('Leeds trial gives new hope to bowel cancer patients', ['Forty patients took part in a trial led by St James’s Hospital.', 'The trial, known as CLARION, ran across four hospitals.']);
		expect(storyMeasure(bare(a))).toEqual({ phrase: 'the CLARION trial', head: 'trial', kind: 'trial' });
	});
});

describe('a headline place owns no phrase through the headline’s verb', () => {
	it('reads "Dublin approves new budget" as no "Dublin’s approves new budget"', () => {
		expect(placeOwned('Dublin approves new budget', 'budget', '’')).toBeUndefined();
		expect(placeOwned('Kerala revised Budget hikes land tax', 'Budget', '’')?.phrase).toBe('Kerala’s revised Budget');
	});
});

describe('a stem that names nothing takes the story’s measure as its scope', () => {
	const budget = [
		'Finance Minister Arun Menon on Friday presented the revised Budget for 2026-27 in the Legislative Assembly, raising land tax across all categories.',
		'Among the key tax measures announced:',
		'Land tax will go up by 25% in panchayat and municipal areas.',
		'Social security pensions will be raised by ₹200 to ₹2,200 a month from October 1.',
		'Opposition leader Rafiq Ahmed said the Budget would hit small farmers hardest.'
	];

	it('writes a budget’s rule under the headline’s budget', () => {
		expect(kept('Kerala revised Budget hikes land tax', [...budget, ...padding])).toContain('Under Kerala’s revised Budget, land tax will go up by _____% in panchayat and municipal areas.');
	});

	it('writes no budget scope beside a rival budget', () => {
		const rival = [...budget.slice(0, 2), 'The interim Budget presented in February had kept land tax flat.', ...budget.slice(2)];
		expect(written(reportOf('Kerala revised Budget hikes land tax', [...rival, ...padding])).map((w) => w.stem).filter((s) => s.startsWith('Under Kerala’s revised Budget, land tax'))).toEqual([]);
	});

	const trial = [
		'Margaret Hale, 61, was told in 2023 that her bowel cancer had spread.',
		'She is one of 80 patients who took part in a trial led by St James’s Hospital in Leeds, the results of which were presented on Saturday.',
		'The results were striking. Among the 40 patients given the combination, 45% saw their tumours shrink.',
		'Median survival was 19.2 months in the combination group, against 12.5 months with standard care.',
		'The trial, known as CLARION, ran across four hospitals in Yorkshire between 2022 and 2025.'
	];

	it('writes a trial’s result in the trial, its arm named by the trial', () => {
		const stems = kept('Leeds trial gives new hope to bowel cancer patients', [...trial, ...padding]);
		expect(stems.some((s) => s.startsWith('In the CLARION trial, median survival was'))).toBe(true);
	});

	it('writes no trial scope after a rival trial is told', () => {
		const rival = [...trial.slice(0, 2), 'A larger, phase three trial involving 600 patients is now being planned.', ...trial.slice(2)];
		expect(written(reportOf('Leeds trial gives new hope to bowel cancer patients', [...rival, ...padding])).map((w) => w.stem).filter((s) => s.startsWith('In the CLARION trial'))).toEqual([]);
	});
});

describe('an opening "It" after a sentence that opens on the story’s measure', () => {
	const bill = [
		'Drone owners will have to register every aircraft after the Senate passed the Drone Safety (Registration) Bill 2026 by 40 votes to 31 on Tuesday.',
		'The legislation, which now goes to the lower house, is expected to become law in June. It would give the Civil Aviation Authority the power to fine owners up to $20,000 for repeat breaches.',
		'Transport Minister Helen Voss said the Bill was overdue.'
	];

	it('is the bill by its name', () => {
		const stems = kept('Senate passes contested drone law by 40 votes to 31', [...bill, ...padding]);
		expect(stems.some((s) => s.startsWith('The Drone Safety (Registration) Bill 2026 would give the Civil Aviation Authority the power to fine owners up to'))).toBe(true);
	});

	it('is no law the lead never names, nor one beside another law by its name', () => {
		const rival = [bill[0], 'The legislation, which now goes to the lower house, replaces parts of the Air Navigation Act. It would give the Civil Aviation Authority the power to fine owners up to $20,000 for repeat breaches.', bill[2]];
		const stems = written(reportOf('Senate passes contested drone law by 40 votes to 31', [...rival, ...padding])).map((w) => w.stem);
		expect(stems.filter((s) => s.startsWith('The Drone Safety (Registration) Bill 2026 would give'))).toEqual([]);
	});
});

describe('a charge the headline gives beside the story’s place', () => {
	const charge = [
		// the lead gives no sum: a €4 of its own is asked now that no headline is on screen with an item, and then no stem writes the "€4 ... charge" in (h40)
		'Motorists driving into Galway city centre on weekdays will have to pay a daily charge from next May under plans approved by councillors on Monday night.',
		'Cameras at 22 entry points will read number plates, and drivers will pay online.',
		'There are exemptions. Blue badge holders, buses and licensed taxis will be exempt. Electric cars will pay half price until the end of 2028.',
		'Galway City Council estimates the charge will raise €9 million a year for public transport in Galway.'
	];

	it('scopes a rule of it by the place’s charge, not by the place alone', () => {
		const stems = kept('Galway to introduce €4 city-centre traffic charge', [...charge, ...padding]);
		expect(stems).toContain('Under Galway’s city-centre traffic charge, electric cars will pay half price until the end of _____.');
		expect(stems.filter((s) => s.startsWith('In Galway, electric cars'))).toEqual([]);
	});
});

describe('a body the stem calls by a word of its name', () => {
	const weather = [
		'Residents of Bendigo will face limits on garden watering from Monday after storages fell to 36 per cent.',
		'The Bureau of Meteorology’s figures paint a stark picture. The bureau’s long-range outlook gives only a 30 per cent chance of above-median autumn rainfall.',
		'Coliban Water said it would review the rules in June.'
	];

	it('is written as the one body the article names so', () => {
		expect(nameBodies(article('Bendigo faces watering limits', weather), 'The bureau’s long-range outlook gives only a _____ chance of above-median autumn rainfall.')).toBe(
			'The Bureau of Meteorology’s long-range outlook gives only a _____ chance of above-median autumn rainfall.'
		);
	});

	it('is refused where the article names two such bodies', () => {
		const two = [weather[0], 'The Bureau of Meteorology and the Bureau of Statistics both published figures. The bureau’s long-range outlook gives only a 30 per cent chance of above-median autumn rainfall.', weather[2]];
		const stems = written(reportOf('Bendigo faces watering limits', [...two, ...padding]));
		expect(stems.filter((w) => /bureau’s long-range/i.test(w.stem)).every((w) => w.check === 'R4')).toBe(true);
		expect(stems.some((w) => /bureau’s long-range/i.test(w.stem))).toBe(true);
	});
});

describe('a study the lead names by whose it is', () => {
	const study = [
		'Ohio teenagers who put their phones away at 9 p.m. slept longer, according to an Ohio State University study published Monday.',
		'The research followed 2,100 students at 12 high schools over two school years.',
		'Among the key results:',
		'The share of students getting at least eight hours rose from 24% to 39%.',
		'Screen time rises by an average of 40% late at night, when blue light delays sleep.'
	];

	it('scopes a result of the study by the study, and no background fact', () => {
		const stems = kept('Phone curfew gave teens 30 more minutes of sleep, study finds', [...study, ...padding]);
		expect(stems.some((s) => s.startsWith('In the Ohio State University study, the share of students getting at least eight hours rose from'))).toBe(true);
		expect(written(reportOf('Phone curfew gave teens 30 more minutes of sleep, study finds', [...study, ...padding])).filter((w) => /^In the Ohio State University study, screen time/.test(w.stem))).toEqual([]);
	});
});

describe('a trial the body names in an appositive', () => {
	it('reads "The trial, known as CLARION, ran ..." as "The CLARION trial ran ..."', () => {
		const trial = [
			'Forty patients took part in a trial led by St James’s Hospital in Leeds, the results of which were presented on Saturday.',
			'The trial, known as CLARION, ran across four hospitals in Yorkshire between 2022 and 2025.'
		];
		const stems = kept('Leeds trial gives new hope to bowel cancer patients', [...trial, ...padding]);
		expect(stems.some((s) => s.startsWith('The CLARION trial ran across'))).toBe(true);
		expect(stems.some((s) => s.startsWith('The trial CLARION'))).toBe(false);
	});
});

describe('a town’s council the stem calls the council', () => {
	const town = [
		'Dunmore’s district council agreed on Thursday to reopen the shuttered lido on Marsh Lane after a petition signed by 3,100 residents.',
		'Councillor Priya Anand, who has chaired the council since 2021, said the pool would reopen for the summer.',
		'Repairs to the filters will cost about £640,000, the council said.'
	];

	it('is written as the one council a place’s possessive names', () => {
		const a = article('Dunmore lido to reopen after petition', town);
		expect(nameBodies(a, 'Priya Anand has chaired the council since _____.')).toBe('Priya Anand has chaired Dunmore’s district council since _____.');
		expect(nameBodies(a, 'The council’s leader welcomed the petition.')).toBe('Dunmore’s district council’s leader welcomed the petition.');
	});

	it('is left alone where the article names a council of another tier', () => {
		// a lead about the county council leaves "the council" of a later sentence either of two
		const a = article('Dunmore lido to reopen after petition', ['The county council agreed on Thursday to fund half of the repairs to the shuttered lido on Marsh Lane.', 'Dunmore’s district council will pay the rest.', town[1]]);
		expect(nameBodies(a, 'Priya Anand has chaired the council since _____.')).toBe('Priya Anand has chaired the council since _____.');
	});

	it('is left alone where two places’ councils are named', () => {
		const a = article('Dunmore lido to reopen after petition', [town[0], 'Ashby’s district council refused a similar plan in 2019.', town[1]]);
		expect(nameBodies(a, 'Priya Anand has chaired the council since _____.')).toBe('Priya Anand has chaired the council since _____.');
	});

	it('leaves works that name nothing built leaning on the sentences before', () => {
		expect(leansOnEarlierEvent('Construction will begin in _____, Dunmore’s district council said.')).toBe(true);
		expect(leansOnEarlierEvent('Work on the lido roof started in _____.')).toBe(false);
		expect(leansOnEarlierEvent('Construction of the new lido will begin in _____.')).toBe(false);
	});
});
