import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { tallyDistractors } from '../../src/lib/quiz/distractors';
import { createPrng } from '../../src/lib/quiz/prng';
import { filler, itemsOf, reportOf, written } from './report';

describe('a dash aside that closes an opening phrase stays (QUALITY.md R1, a holdout66 reader)', () => {
	const clauses = (sentence: string) => simplify(sentence, extractFacts(sentence)).map((c) => c.text);

	it('never leaves "Running in cool, windless conditions Chebet sat" without its comma', () => {
		const sentence = 'Running in cool, windless conditions — the temperature was 6 C at the start — Chebet sat behind three pacemakers through halfway before surging at 30 km.';
		expect(clauses(sentence).some((c) => /conditions Chebet/.test(c))).toBe(false);
		expect(clauses(sentence).length).toBeGreaterThan(0);
	});

	it('still cuts an aside after a subject', () => {
		expect(clauses('The company — which employs 400 people in Leeds — said its profits fell 12 per cent last year.')).toContain('The company said its profits fell 12 per cent last year');
	});
});

describe('a quote that opens on a conjunction is not asked (QUALITY.md R1, R4, holdout67 readers)', () => {
	it('asks nothing of "But our first responsibility is ..." on its own', () => {
		const schools = [
			'YAKIMA, Wash. — Health officials confirmed 14 cases of measles at three elementary schools on Tuesday, and the district told 212 unvaccinated pupils to stay home for three weeks.',
			'"We know this is hard on families," Superintendent Dana Tillman wrote in a letter to parents. "But our first responsibility is the safety of every student in our buildings."',
			'County health officer Dr. Miguel Arce said the outbreak began with an unvaccinated child who had travelled abroad in January.',
			'Parent Rosa Delgado said she had kept her two children home since Monday and was worried about their lessons.'
		];
		const stems = written(reportOf('Measles outbreak closes classrooms to unvaccinated pupils', [...schools, ...filler])).map((w) => w.stem);
		expect(stems.some((s) => /hard on families/.test(s))).toBe(true);
		expect(stems.filter((s) => /[“"]But our first responsibility/.test(s))).toEqual([]);
	});
});

describe('a date beside its own month in the sentence keeps that month in every option (QUALITY.md R8, a holdout67 reader)', () => {
	it('offers only May dates for "The previous May record ... was set on May 29, 1944"', () => {
		const heat = [
			'NEW DELHI: The national capital recorded its hottest May day ever on Tuesday as the temperature at Safdarjung touched 48.4°C, the India Meteorological Department said.',
			'The previous May record at Safdarjung, the city’s base weather station, was set on May 29, 1944, according to the department.',
			'Hospitals reported a rise in heatstroke cases, and the city government opened 120 cooling shelters across its 11 districts.',
			'IMD scientist Dr Naresh Kumar said the heatwave was driven by dry north-westerly winds and would last at least three more days.'
		];
		const report = reportOf('Delhi records hottest May day ever at 48.4°C', [...heat, ...filler]);
		// the date is asked as a cloze (its options) or as a true-false item (the date its stem shows, true or false)
		const item = report.quiz.items.find((i) => /set on/.test(i.stem));
		expect(item).toBeDefined();
		const dates = item?.type === 'true-false' ? [/set on (.+?)\.$/.exec(item.stem)?.[1] ?? ''] : (item?.options ?? []);
		for (const date of dates) expect(date).toMatch(/^May \d{1,2}, 1944$/);
	});
});

describe('a match report’s box at its foot is page furniture (QUALITY.md R7, a holdout67 reader)', () => {
	it('asks nothing of "Scorers – Ireland: Tries: ..." nor of "Referee: ..."', () => {
		const match = [
			'Ireland beat Argentina 27-24 at the Aviva Stadium on Saturday, with out-half Conor Keaveney kicking a penalty two minutes from time in front of 51,700 supporters.',
			'Argentina had led 24-17 with 12 minutes left after tries from Echeverría, Benítez and Villalba, all converted by Sosa.',
			'Ireland coach Declan Hartigan said his side had "found a way" and would make four or five changes for the game against Fiji.',
			'Scorers – Ireland: Tries: Fennelly, Okafor, Brennan. Cons: Keaveney 3. Pens: Keaveney 2. Argentina: Tries: Echeverría, Benítez, Villalba. Cons: Sosa 3. Pen: Sosa.',
			'Referee: Hamish Calder (Scotland).'
		];
		const stems = written(reportOf('Keaveney’s late penalty seals Ireland win over Argentina', [...match, ...filler])).map((w) => w.stem);
		expect(stems.some((s) => /Aviva Stadium|Argentina had led/.test(s))).toBe(true);
		expect(stems.filter((s) => /Scorers|Tries:|Cons:|Referee:/.test(s))).toEqual([]);
	});
});

describe('a role word before a surname is no first name (QUALITY.md R8, a holdout67 reader)', () => {
	it('never offers "Director Yoon" beside "Yoon Ha-eun", the same person', () => {
		const festival = [
			'BUSAN — Kazakh director Aigerim Nurlanova’s debut feature "The Salt Road" won the New Currents Award at the Busan International Film Festival on Friday.',
			'The award was shared with "Small Hours," a Korean drama by first-time filmmaker Yoon Ha-eun, after the jury said it could not separate the two films.',
			'Director Yoon, 29, a graduate of the Korea National University of Arts, made the film on a budget of about $180,000.',
			'Iranian director Parisa Ghaffari did not attend. Her producer, Behnam Rostami, read a short statement on her behalf, thanking the festival for its support.',
			'French actor Claire Montagnier, who chaired the jury, said both films had moved every member of the panel.'
		];
		const items = itemsOf('Kazakh debut wins top New Currents prize in Busan', festival);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(`${item.stem} ${item.options.join(' | ')}`).not.toMatch(/Director Yoon/);
	});
});

describe('a set score of a result line is a finished set (QUALITY.md R8, a holdout66 reader)', () => {
	it('offers "6-4" of "beat Havránek 6-4, 3-6, 7-6, 6-7, 6-3" only among finished sets', () => {
		const final = [
			'LONDON — Matteo Ferrandi won his first Wimbledon title on Sunday after an epic five-set final against the Czech seventh seed.',
			'The 24-year-old Italian had beaten Lukas Havránek 6-4, 3-6, 7-6, 6-7, 6-3 to become champion after four hours and 21 minutes on Centre Court.',
			'Ferrandi served 31 aces and saved nine of the 11 break points he faced, while Havránek made 64 unforced errors.',
			'"I don\'t really know what happened in the last game," said Ferrandi, who collected a cheque for £3 million.'
		];
		const setItems = itemsOf('Ferrandi outlasts Havránek in five-set epic', final).filter((i) => i.type !== 'true-false' && /Havránek _____,/.test(i.stem));
		for (const item of setItems) for (const option of item.options) expect(option).toMatch(/^(?:[67]-[0-4]|[0-4]-6|7-[56]|[56]-7)$/);
		expect(setItems.some((i) => i.options.includes('5-4') || i.options.includes('6-5'))).toBe(false);
	});
});

describe('tallyDistractors in a result line of sets', () => {
	it('moves "6-4" only to other finished sets', () => {
		for (let seed = 1; seed <= 5; seed++) {
			const options = tallyDistractors({ type: 'tally', text: '6-4', span: { start: 0, end: 3 } }, createPrng(seed), 'sets');
			expect(options.length).toBeGreaterThan(0);
			for (const option of options) expect(option).toMatch(/^(?:6-[0-4]|7-[56])$/);
		}
	});
});

describe('a nationality no demonym list knows still fixes the options’ origin (QUALITY.md R5, a holdout67 reader)', () => {
	it('offers no Korean names for "Kazakh director _____"', () => {
		const awards = [
			'BUSAN — Kazakh director Aigerim Nurlanova’s debut feature "The Salt Road" won the New Currents Award, the top competitive prize at the 31st Busan International Film Festival, at a closing ceremony held Friday evening.',
			'Nurlanova, 34, said the film was about her grandmother, who crossed the steppe on foot in 1941.',
			'The best director prize went to director Choi Seung-ho for "Low Tide," a drama shot in 28 days on Jeju Island.',
			'Director Jung Hye-rim won the audience award for "Small Hours," and director Dewi Kartika took the critics’ prize for "Monsoon Letters."',
			'Choi Seung-ho said the film had taken six years to finance. Jung Hye-rim said she would donate her prize money to a film school in Incheon.'
		];
		const slot = itemsOf('Kazakh debut wins top New Currents prize in Busan', awards).filter((i) => i.type !== 'true-false' && /Kazakh director _____/.test(i.stem));
		for (const item of slot) for (const name of ['Choi Seung-ho', 'Jung Hye-rim', 'Dewi Kartika']) expect(item.options).not.toContain(name);
	});
});
