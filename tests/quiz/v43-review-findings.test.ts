import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { affiliationStem } from '../../src/lib/quiz/generate';
import { obituarySubject } from '../../src/lib/quiz/obituary';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { namedAsNonPerson, namedOnlyAsHistory } from '../../src/lib/quiz/person-options';
import { scoped } from '../../src/lib/quiz/scope';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { checksOf, filler, stemsMatching } from './report';

describe('v43: review findings in the generator', () => {
	it('a person written after "the" and an office title is a person, a league after "the" is not (R8)', () => {
		const text = 'The Prime Minister Lena Varga said the budget would pass. The talks were opened by the Foreign Minister Tomas Hrdlicka in Brno. The result lifted Kovar to the top of the Czech Fortuna Liga.';
		expect(namedAsNonPerson('Lena Varga', false, text)).toBe(false);
		expect(namedAsNonPerson('Tomas Hrdlicka', false, text)).toBe(false);
		expect(namedAsNonPerson('Fortuna Liga', false, text)).toBe(true);
	});

	it('a speaker whose aside holds a year still speaks in the story; a record holder of a year does not (R8)', () => {
		const sentences = ['Midfielder Ravi Dunmore, who joined the club in 2019 from Eastfield, said the squad had never been fitter.', 'The club record was set by Alan Pryce in 1994.'];
		expect(namedOnlyAsHistory(sentences, 'Dunmore', 2026)).toBe(false);
		expect(namedOnlyAsHistory(sentences, 'Pryce', 2026)).toBe(true);
		// an aside's year that no speaking follows
		expect(namedOnlyAsHistory(['Alan Pryce, who scored 41 goals in 1994 for the club, never played again.'], 'Pryce', 2026)).toBe(true);
	});

	it('a business’s ties are no person’s post, so never counted with the quote items against their share', () => {
		expect(affiliationStem('Norvik is a subsidiary of _____.')).toBe(false);
		expect(affiliationStem('Haldor Freight is the largest operator of _____ in the region.')).toBe(false);
		expect(affiliationStem('Dr. Ana Ruiz is a kidney specialist at _____.')).toBe(true);
		expect(affiliationStem('Tomas Brekke is the head of research at _____.')).toBe(true);
	});

	it('a stem opening on "This" or "News" and leaning back on "them" or "their" gets no home place put before it (R4)', () => {
		const sentences = ['This had left them without lessons for three days.', 'News had spread quickly, and their parents were told within 20 minutes.', 'Officials had said their pumps removed 900 tonnes of water.'];
		const article = parseArticleText(`Floods shut schools across Wales\n\nFlooding closed schools across Wales on Monday.\n\n${[...sentences, ...filler].join('\n\n')}`);
		const source = { article, persons: new Map(), places: new Map([['wales', { text: 'Wales', level: 'country' }]]), organisations: new Map() };
		const scope = (stem: string, at: number) => scoped(stem, 'Wales', sentences[at], source, new Set());
		expect(scope('This had left them without lessons for _____ days.', 0)).toBe('This had left them without lessons for _____ days.');
		expect(scope('News had spread quickly, and their parents were told within _____ minutes.', 1)).toBe('News had spread quickly, and their parents were told within _____ minutes.');
		// a plural subject is what its own "their" means, so the stem is scoped
		expect(scope('Officials had said their pumps removed _____ tonnes of water.', 2)).toBe('In Wales, officials had said their pumps removed _____ tonnes of water.');
	});


	it('a book’s size or a firm’s story after a comma is no plot: what is inside the aside is asked; a tale’s plot is not (R7)', () => {
		const title = 'Tallinn writer wins Baltic book prize';
		const paragraphs = [
			'Marta Ilves won the Baltic book prize on Thursday for Salt Roads, a book of 400 pages that sold 30,000 copies in its first month.',
			'Her publisher, Vana Press, grew fast last year, the story of a small firm that doubled its staff to 90 people.',
			'Ilves, 52, will receive 25,000 euros.',
			'Her first novel, a tale of a ferryman who loses three boats in a storm, sold well.'
		];
		expect(checksOf(title, paragraphs, /a book of _____ pages/)).toContain('');
		expect(checksOf(title, paragraphs, /staff to _____|staff to 90/)).toContain('');
		const plot = checksOf(title, paragraphs, /loses _____ boats/);
		expect(plot.length).toBeGreaterThan(0);
		expect(plot.every((c) => c === 'R7')).toBe(true);
	});


	it('an obituary’s pronoun written with a capital ("the Her Majesty’s Theatre company ... she") gives the subject’s gender as written', () => {
		const text = `Alvira Mendeku, singer of the coastal ballads, dies at 84

Alvira Mendeku, whose ballads of the fishing coast were sung in every harbour town, has died at her home in Porto Seco aged 84.

Touring with the Her Majesty’s Theatre company in 1962, she first sang in London to an audience of 2,000.

Mendeku recorded 23 albums and gave her last concert in 2019.`;
		const article = parseArticleText(text);
		const sentences = splitSentences(article);
		const facts = sentences.map((s) => extractFacts(s.text));
		expect(obituarySubject(article.title, sentences, facts)?.gender).toBe('female');
	});


	it('a study’s finding gets its lost comma back where the dash aside was, not at an earlier copy of the same words (R1)', () => {
		const paragraphs = [
			'Sudden cold spells are associated with a clear rise in emergency hospital visits for asthma among children, according to a large study of Vellmark hospital records published on Thursday.',
			'Researchers at Vellmark University analysed more than 1.4 million emergency visits between 2008 and 2023. They found that on days when wards had zero hospital beds free and the temperature fell below zero – known locally as ice days – hospital visits for childhood asthma rose by 9 per cent.',
			'The effect was largest among children under five.'
		];
		const stems = stemsMatching('Cold snaps linked to rise in asthma admissions, study finds', paragraphs, /childhood asthma rose by _____/).map((w) => w.stem);
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) {
			expect(stem).toContain('had zero hospital beds free');
			expect(stem).toContain('fell below zero, hospital visits');
		}
	});


	it('an index’s move after a company’s is one footnote however written: the company’s move is asked, the index’s is not (R7)', () => {
		const title = 'Hanmaru Bio cuts sales forecast as drug trial stalls';
		const paragraphs = [
			'Hanmaru Bio cut its sales forecast on Tuesday after a trial of its lead drug was paused.',
			'Its shares fell 6.2% to 48,300 won, underperforming the tech-heavy Kosdaq, which ended 1.3% higher.',
			'Shares in its listed parent Hanmaru Holdings closed down 4.1%, while the benchmark KOSPI index ended 0.8% higher.',
			'The company now expects sales of 210 billion won this year.'
		];
		expect(checksOf(title, paragraphs, /shares fell _____/)).toContain('');
		// the company's move with the index's after it in the stem is refused no more than the clause form is
		const withAside = checksOf(title, paragraphs, /closed down _____%, while the benchmark KOSPI index ended 0\.8% higher/);
		expect(withAside.length).toBeGreaterThan(0);
		expect(withAside).not.toContain('R7');
		for (const index of [/Kosdaq ended _____/, /KOSPI index ended _____/]) {
			const checks = checksOf(title, paragraphs, index);
			expect(checks.length).toBeGreaterThan(0);
			expect(checks).not.toContain('');
		}
	});


	it('a name put for "she" after a fronted phrase that ends on a name gets its comma, whichever preposition opens it (R1)', () => {
		const paragraphs = [
			'Alvira Mendeku, whose ballads of the fishing coast were sung in every harbour town, has died at her home in Porto Seco aged 84.',
			'Through the war years in Porto Seco she sang for 5,000 soldiers a night.',
			'Mendeku recorded 23 albums and gave her last concert in 2019.',
			...filler
		];
		const stems = stemsMatching('Alvira Mendeku, singer of the coastal ballads, dies at 84', paragraphs, /soldiers a night/).map((w) => w.stem);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.startsWith('Through the war years in Porto Seco, Alvira Mendeku sang'))).toBe(true);
	});
});
