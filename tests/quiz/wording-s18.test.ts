import { describe, expect, it } from 'vitest';
import { descriptionAfterAge } from '../../src/lib/quiz/descriptions';
import { extractFacts } from '../../src/lib/quiz/facts';
import { nameHeads } from '../../src/lib/quiz/named-heads';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { simplify } from '../../src/lib/quiz/simplify';
import type { Article } from '../../src/lib/quiz/types';
import { datedEvents } from '../../src/lib/quiz/which-first';
import { filler, itemsOf, kept, reportOf } from './report';

describe('a description an age opens, as a name writes it', () => {
	const century = [
		'Daniel Okafor scored an unbeaten 132 as England reached 314 for six against Sri Lanka at Headingley on Thursday.',
		'The 24-year-old Lancashire batter, playing only his fourth Test, reached three figures with a cut through point shortly before 5.30pm.',
		'Okafor and Harry Brook put on 147 for the fourth wicket in 38 overs before Brook fell for 78.',
		...filler
	];

	it('ends the phrase on a role noun the lexicon files as a verb ("batter")', () => {
		expect(descriptionAfterAge(' Lancashire batter, playing only his fourth Test')).toBe(' Lancashire batter');
		// a past form spelled as its infinitive still ends the phrase
		expect(descriptionAfterAge(' read the statement')).toBe('');
		expect(kept('Okafor century lifts England', century).some((s) => /Okafor batter\b/.test(s))).toBe(false);
	});

	it('asks no count of the idiom "three figures"', () => {
		expect(extractFacts(century[1]).filter((f) => f.type === 'count').map((f) => f.text)).not.toContain('three');
		expect(itemsOf('Okafor century lifts England', century.slice(0, 3)).some((i) => /_____ figures\b/.test(i.stem))).toBe(false);
	});
});

describe('text moved off the sentence start takes lower case where it is a common word', () => {
	const festival = [
		'BUSAN — Vietnamese director Nguyen Thi Lan won the top prize at the 31st Busan International Film Festival on Friday, the first Vietnamese winner of the award.',
		'The festival screened 241 films from 64 countries and drew about 178,000 admissions, festival chairman Park Kwang-su said.',
		'Sixty-two films held world premieres.',
		'Festival director Jung Han-seok said the event had recovered from the funding cuts of 2023 and 2024.',
		'The city of Busan and the national film council contributed 11.2 billion won to the festival this year.'
	];

	it('writes a number word the blank moved off the start in lower case, key and options', () => {
		const items = reportOf('Vietnamese film wins top prize in Busan', festival).quiz.items.filter((i) => i.stem.includes('In Busan, _____ films held world premieres'));
		expect(items.length).toBe(1);
		expect(items[0].options).toContain('sixty-two');
		expect(items[0].options.every((o) => /^\p{Ll}/u.test(o))).toBe(true);
	});

	it('writes a role that only opens its sentence in lower case where the capital is part of a longer name', () => {
		const stems = reportOf('Vietnamese film wins top prize in Busan', festival).quiz.items.map((i) => i.stem);
		expect(stems).toContain('In the article, Jung Han-seok is described as a festival director.');
	});
});

describe('a head noun that modifies the next noun is no name’s head', () => {
	it('leaves "the hospital group" alone beside "Riverside Mercy Hospital"', () => {
		const a: Article = {
			title: 'Ransomware attack hits Ohio hospitals',
			paragraphs: [
				'Staff at the flagship Riverside Mercy Hospital in Columbus found they could not log in on Monday.',
				'The posting gave the hospital group seven days to pay an unspecified ransom.'
			]
		};
		const sentences = splitSentences(a);
		const stem = 'The posting gave the hospital group _____ days to pay an unspecified ransom.';
		expect(nameHeads(a, sentences, sentences[1], stem)).toBe(stem);
		// the noun alone still names the hospital
		expect(nameHeads(a, sentences, sentences[1], 'Ambulances were sent away from the hospital on _____.')).toBe('Ambulances were sent away from Riverside Mercy Hospital on _____.');
	});
});

describe('a who-said statement that opens on a hedge takes "that"', () => {
	it('asks "Who said that about half of the spectators ...", never "Who said about ..."', () => {
		const stems = itemsOf('Thousands flock to Gatineau balloon festival', [
			'Hundreds of hot-air balloons rose over Gatineau at dawn on Saturday in an attempt on the record for a mass launch.',
			'Pilot Sylvain Thériault said the winds had been almost perfect for the launch over the river.',
			'Festival president Nathalie Gagnon-Roy said about half of the spectators had arrived in Gatineau before dawn to find parking.',
			'Organiser Luc Beauchemin said the judges would confirm the count of balloons within two weeks.',
			'Thériault said he had flown in the festival for 22 years and had never seen so many balloons in the air.',
			'Beauchemin said the festival would apply to have the record certified by the end of the month.'
		]).map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('Who said that about half of the spectators'))).toBe(true);
		expect(stems.some((s) => s.startsWith('Who said about'))).toBe(false);
	});
});

describe('a dated event that ends on its verb', () => {
	it('is no option when an aside after its date leaves the verb’s object behind', () => {
		const sentences = splitSentences({
			title: 'T',
			paragraphs: [
				'Vindkraft Nordisk estimated last year, in evidence to the court, that the restrictions could cut output by a tenth.',
				'The 18-turbine site began operating in September 2021.'
			]
		});
		const events = datedEvents({ sentences, facts: sentences.map((s) => extractFacts(s.text)), published: '2026-03-13', eligible: () => true, resolve: (_, t) => t });
		expect(events.map((e) => e.text)).toEqual(['The 18-turbine site began operating']);
	});
});

describe('a comma inside describing words closes no appositive', () => {
	it('keeps "Sophiatown, the vibrant, multiracial suburb" whole', () => {
		const s = 'Mahlangu was born on 14 August 1942 in Sophiatown, the vibrant, multiracial suburb that the apartheid government bulldozed from 1955 onwards.';
		expect(simplify(s, extractFacts(s)).some((c) => c.text.includes('Sophiatown multiracial'))).toBe(false);
	});

	it('keeps "whose smoky, singing tone" whole', () => {
		const s = 'Sipho Mahlangu, the tenor saxophonist whose smoky, singing tone carried the sound of 1950s Johannesburg into exile, died at his home in Soweto on Tuesday.';
		expect(simplify(s, extractFacts(s)).some((c) => c.text.includes('Mahlangu singing tone'))).toBe(false);
	});

	it('still cuts an appositive that ends on its noun', () => {
		const s = 'Venstra, the main opposition party, won 31 seats in the election on Sunday.';
		expect(simplify(s, extractFacts(s)).map((c) => c.text)).toContain('Venstra won 31 seats in the election on Sunday');
	});
});

describe('a dash aside that closes an appositive', () => {
	it('stays, so the appositive keeps its close', () => {
		const s = "Her family bought the canvas from O'Keeffe's New York dealer, Alfred Stieglitz — who was also the artist's husband — in 1931, and it was rarely shown.";
		const clauses = simplify(s, extractFacts(s)).map((c) => c.text);
		expect(clauses.some((c) => c.includes('Stieglitz in 1931'))).toBe(false);
		expect(clauses).toContain("Alfred Stieglitz was also the artist's husband");
	});

	it('goes where a verb follows it, the name its subject', () => {
		const s = 'Last week, Smith — who was also the club captain — said the team would appeal the decision.';
		expect(simplify(s, extractFacts(s)).map((c) => c.text)).toContain('Smith said the team would appeal the decision');
	});
});

describe('a stem with no content besides its blank', () => {
	it('is not asked ("For _____, the task is stark.")', () => {
		const report = reportOf('England close in on series win', [
			'England ended the first day of the third Test against Sri Lanka at Headingley on 314 for six.',
			'For Sri Lanka, the task is stark.',
			...filler
		]);
		expect(report.quiz.items.some((i) => /^For (?:_____|Sri Lanka), the task is stark/.test(i.stem))).toBe(false);
	});
});
