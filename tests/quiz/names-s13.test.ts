import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf, kept, personTexts, reportOf } from './report';

describe('a name no lexicon knows, made a person by the words around it', () => {
	it('reads a relative clause on "who" after the name', () => {
		expect(personTexts('The record was held by fellow climber Sayuri Konomi, who was 71 when she reached the top.')).toEqual(['Sayuri Konomi']);
		expect(personTexts('The oldest man on the list is Tetsuo Umezaki, also of Japan, who reached the top in 2011.')).toEqual(['Tetsuo Umezaki']);
	});

	it('reads an appositive headed by a noun of a person', () => {
		expect(personTexts('Ramesh Prasad Khadka, an official at the tourism board, confirmed the climb on Friday.')).toEqual(['Ramesh Prasad Khadka']);
		expect(personTexts('France led 21-20, and the referee, Kelsang Dorjee, blew for time.')).toEqual(['Kelsang Dorjee']);
	});

	it('reads a noun of a person in apposition before the name, and a word the lexicon knows only as an abbreviation inside it', () => {
		expect(personTexts('A Nepali man, Min Bahadur Thapaliya, tried to beat the record in 2019 but turned back.')).toEqual(['Min Bahadur Thapaliya']);
	});

	it('reads a list of names after a plural noun of persons', () => {
		expect(personTexts('She climbed with two Sherpa guides, Lakpa Nuru Sherpa and Dawa Tsering Sherpa, on Monday.')).toEqual(['Lakpa Nuru Sherpa', 'Dawa Tsering Sherpa']);
		expect(personTexts('The hosts were without injured midfielders Ornella Bakayoko and Maëlle Tshibanda for the final.')).toEqual(['Ornella Bakayoko', 'Maëlle Tshibanda']);
	});

	it('reads an age or a role right before the name', () => {
		expect(personTexts('Sixteen-year-old Ellery Vantongeren has broken the national record.')).toEqual(['Ellery Vantongeren']);
		expect(personTexts('Mines Minister Chanda Mwiinga, who flew to the site on Tuesday, said 12 had died.')).toEqual(['Chanda Mwiinga']);
	});

	it('makes no person of a team, a film, a storm or a thing', () => {
		expect(personTexts('Larkin, the 24-year-old West Coast Fever shooter playing her sixth Test, scored 30 goals.')).toEqual([]);
		expect(personTexts('Her latest film, Night Shift, grossed $14 million in its first week.')).toEqual([]);
		expect(personTexts('The two teams, Edmonton Oilers and Calgary Flames, meet again on Monday.')).toEqual([]);
		expect(personTexts('Kotuku Gold, who won by a long neck, is trained in Cambridge.')).toEqual([]);
		expect(personTexts('Harwick Town, who had been unbeaten at home since August, slip to ninth.')).toEqual([]);
		expect(personTexts('Moana Gold, a daughter of Per Incanto bought for $38,000, takes home $585,000.')).toEqual([]);
		expect(personTexts('Rovers coach Dean Fry said the squad would rest.')).toEqual(['Dean Fry']);
		expect(personTexts('Harwick Rangi, who were unbeaten at home since August, slip to ninth.')).toEqual([]);
	});

	it('places no region at a spot on a mountain', () => {
		expect(extractFacts('She turned back at the South Col after developing a cough.').filter((f) => f.type === 'place')).toEqual([]);
	});
});

describe('a surname the article writes alone with "who"', () => {
	const climb = [
		'Yoshiko Arakawa, from Nagano prefecture, reached the summit at 8:42 a.m. on Thursday with two Sherpa guides, Lakpa Nuru Sherpa and Dawa Tsering Sherpa.',
		'The 72-year-old retired teacher is now the oldest woman to climb the mountain, officials said.',
		'Arakawa, who began climbing in her 60s after the death of her husband, has previously climbed Denali in Alaska.',
		'She made an attempt on Everest in 2021 but turned back after developing a cough.',
		'Nepal has issued 428 permits to foreign climbers this spring, each costing $15,000.'
	];

	it('makes the full name in the lead a person, and no one of a surname two people share', () => {
		const report = reportOf('Japanese climber becomes oldest woman on Everest', climb);
		expect(report.facts[0].filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Yoshiko Arakawa', 'Lakpa Nuru Sherpa', 'Dawa Tsering Sherpa']);
	});

	it('resolves "She" after a sentence whose own "her" is in that person’s relative clause', () => {
		expect(kept('Japanese climber becomes oldest woman on Everest', climb).filter((s) => s.includes('made an attempt'))).toContain(
			'Yoshiko Arakawa made an attempt on Everest in _____ but turned back after developing a cough.'
		);
	});
});

describe('who said it, among people no lexicon knows by first name', () => {
	it('offers a person the article describes with "who was" as one who might have said a quote', () => {
		const items = itemsOf('Climbers reach the top of Everest', [
			'"We reached the top just after dawn and the wind had dropped," said expedition leader Tashi Lhakpa.',
			'Takumi Arakawa, who was 70 when he climbed the peak in 2015, still holds the record for men.',
			'Rinzen Dorje, a guide with 40 expeditions behind him, said the weather had been kind all week.'
		]);
		const asked = items.filter((i) => i.type === 'who-said' && i.stem.includes('just after dawn'));
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.every((i) => i.options[i.key] === 'Lhakpa' && i.options.includes('Arakawa'))).toBe(true);
	});
});
