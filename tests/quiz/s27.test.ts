import { describe, expect, it } from 'vitest';
import { namesSomething } from '../../src/lib/quiz/scope';
import { written, reportOf } from './report';

const names = new Set(['Treasury', 'Government', 'Ghana', 'Accra', 'Owusu']);

describe('session 27: a body every country has names no country', () => {
	it('"The Treasury" and "the Federal Government" name nothing; "Ghana’s Treasury" and "the 10-year Treasury note" do', () => {
		expect(namesSomething('The Treasury forecasts growth of _____% this year.', names)).toBe(false);
		expect(namesSomething('The Federal Government on Monday began a vaccination campaign for _____ children.', names)).toBe(false);
		expect(namesSomething('The Ministry of Health said _____ clinics would open.', names)).toBe(false);
		expect(namesSomething('Ghana’s Treasury forecasts growth of _____% this year.', names)).toBe(true);
		expect(namesSomething('The yield on the 10-year Treasury note rose to _____ percent.', names)).toBe(true);
	});

	it('the story’s country is written in for its Treasury and for "the country" as a subject (R4)', () => {
		const stems = written(
			reportOf('Ghana unveils budget with no new fuel taxes after months of protests', [
				'ACCRA, Ghana (AP) — Ghana’s finance minister on Wednesday presented a 310 billion-cedi budget for the coming year, promising to narrow the deficit without raising fuel taxes.',
				'Finance Minister Kwame Owusu told lawmakers that revenue would reach 240 billion cedis, and that the deficit would fall to 3.9% of gross domestic product.',
				'The Treasury forecasts economic growth of 4.8% this year, up from 3.1% in 2024, helped by strong cocoa and gold exports.',
				'In a radio interview in 2023, Owusu said the country was only weeks away from running out of money for fuel imports.',
				'Ghana’s public debt stands at 720 billion cedis, about 61% of output, according to figures from the central bank.'
			])
		);
		expect(stems.filter((w) => /^The Treasury forecasts/.test(w.stem) && w.check === '')).toEqual([]);
		expect(stems.some((w) => w.stem.startsWith('In Ghana, the Treasury forecasts'))).toBe(true);
		expect(stems.filter((w) => /said the country\b/.test(w.stem) && w.check === '')).toEqual([]);
		expect(stems.some((w) => /said Ghana was only weeks away/.test(w.stem))).toBe(true);
	});
});

describe('session 27: "the hospital" written with the name the article gives it', () => {
	it('keeps the name’s capital head: "the Ikenga Regional Specialist Hospital", never "the Ikenga Regional Specialist hospital" (R1)', () => {
		const stems = written(
			reportOf('Nigeria’s Abia State opens 310-bed regional hospital to cut long trips to Enugu', [
				'UMUAHIA, Nigeria (Reuters) - A 310-bed public hospital opened in the southeastern Nigerian city of Umuahia on Monday, the largest health facility built in Abia State in three decades, officials said.',
				'The Ikenga Regional Specialist Hospital cost 21.4 billion naira and took four years to build.',
				'Health officials say the hospital will serve about 1.8 million people across the state. The hospital includes a dialysis unit with 24 machines.',
				'Medical director Dr. Chinedu Okafor said the hospital had so far recruited 860 staff, including 140 doctors.',
				'Patients welcomed the news, but a hospital is only as good as the doctors who stay in it, Okafor said.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => s.includes('Ikenga Regional Specialist hospital'))).toEqual([]);
		expect(stems.some((s) => /^The Ikenga Regional Specialist Hospital includes/.test(s))).toBe(true);
	});
});

describe('session 27: referents the sealed holdout87 reader found wrong (R6)', () => {
	it('"which" after "a supplier based in Gdansk, Poland" hangs on the supplier, never on Poland', () => {
		const stems = written(
			reportOf('Halvard recalls 96,400 estate cars over fuel pump fault', [
				'Halvard Motors is recalling 96,400 estate cars in the United States because a fuel pump can fail and stall the engine, the company said on Tuesday.',
				'The pump is made by Norvex Components, a supplier based in Gdansk, Poland, which changed the pump’s wiring design in March 2023.',
				'Halvard said it knew of 14 crashes linked to the fault but of no injuries. Owners will be told by letter from December 2.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /Poland changed/.test(s))).toEqual([]);
	});

	it('"the film’s producer" under "as Oslo film festival closes" is not "Oslo’s film’s producer"', () => {
		const stems = written(
			reportOf('Northern Lights wins top prize as Oslo film festival closes', [
				'The Norwegian drama Northern Lights won the Golden Fjord for best film on Saturday as the Oslo International Film Festival closed after ten days and 212 screenings.',
				'Best actress went to Kim Ha-na for Winter Harbour.',
				'Kim Ha-na, 31, who plays a night-shift nurse in Winter Harbour, was not present; her award was collected by the film’s producer, Jon Dahl, who read a short message in Korean and English.',
				'The festival sold 61,000 tickets this year, up from 54,000 in 2024, its director Mette Lund said.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /Oslo[’']s film/.test(s))).toEqual([]);
	});
});

describe('session 27: a number to dial is no year (the sealed holdout87 reader’s R7, R8)', () => {
	it('"the helpline 1916" and "call 999" give no fact, "in 1916" still a date', async () => {
		const { extractFacts } = await import('../../src/lib/quiz/facts');
		expect(extractFacts('Residents can report leaks on the water board’s helpline 1916 or by email, the board said.').filter((f) => f.type !== 'attribution')).toEqual([]);
		expect(extractFacts('Anyone who sees the fire should call 999 at once.')).toEqual([]);
		expect(extractFacts('The dam was finished in 1916.').map((f) => [f.type, f.text])).toEqual([['date', '1916']]);
	});
});

describe('session 27: an operator named by its trade is no person (the sealed holdout87 reader’s R8)', () => {
	it('"Nordic Rail said" gives an organisation; "John Power said" a person', async () => {
		const { extractFacts } = await import('../../src/lib/quiz/facts');
		const kinds = (text: string) => extractFacts(text).filter((f) => f.type !== 'attribution').map((f) => [f.type, f.text]);
		expect(kinds('The increase is needed to cover rising energy costs, Nordic Rail said.')).toEqual([['organisation', 'Nordic Rail']]);
		expect(kinds('The increase is fair, John Power said.')).toEqual([['person', 'John Power']]);
	});
});

describe('session 27: the story’s one deal written in (R4: "Under the terms" of what?)', () => {
	const filler = [
		'Analysts said the combination would create the country’s third-largest insurer by premiums, with about 4.1 million customers and 9,800 staff.',
		'Both boards have approved the terms, and shareholders will vote at meetings in March, the companies said in a joint statement on Monday.'
	];

	it('"Under the terms," names the headline’s merger of its two parties, the stem’s noun kept for "the deal"', () => {
		const stems = written(
			reportOf('Norway’s Fjordvern and Kystliv Insurance agree $2.1 billion merger', [
				'OSLO (Reuters) - Norwegian insurers Fjordvern and Kystliv Insurance agreed on Monday to merge in an all-share deal worth $2.1 billion.',
				'Under the terms, Kystliv shareholders will receive 0.37 new Fjordvern shares for each share they hold.',
				'The companies expect the deal to be completed in the third quarter of 2026, subject to approval by regulators.',
				...filler
			])
		).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith('Under the terms of the Fjordvern–Kystliv Insurance merger, Kystliv shareholders will receive'))).toBe(true);
		expect(stems.filter((s) => /^Under the terms,/.test(s))).toEqual([]);
	});

	it('leaves "the deal" alone where the article tells of another deal', () => {
		const stems = written(
			reportOf('Norway’s Fjordvern and Kystliv Insurance agree $2.1 billion merger', [
				'OSLO (Reuters) - Norwegian insurers Fjordvern and Kystliv Insurance agreed on Monday to merge in an all-share deal worth $2.1 billion.',
				'Under the terms, Kystliv shareholders will receive 0.37 new Fjordvern shares for each share they hold.',
				'A previous merger attempt between the two collapsed in 2019 over the price.',
				...filler
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => s.includes('Fjordvern–Kystliv'))).toEqual([]);
	});
});

describe('session 27: a time only the sentence before says (R4: "Since then" when?)', () => {
	it('refuses "Since then, ..." and "By then, ..." and keeps the sentence that dates it', () => {
		const report = reportOf('Fighting in Upper Nile forces thousands from their homes', [
			'JUBA, South Sudan (AP) — Fighting between government troops and rebels broke out in Upper Nile state in March 2025, officials said.',
			'Since then, the United Nations estimates, 164,000 people have been displaced, among them about 31,000 who fled across the border into Ethiopia.',
			'By then, aid agencies had already cut food rations by half because of funding shortfalls.',
			'The World Food Programme said it needed $84 million to feed 1.2 million people in the state until the end of the year.'
		]);
		const kept = written(report).filter((w) => w.check === '').map((w) => w.stem);
		expect(kept.filter((s) => /^(?:Since|By) then\b/.test(s))).toEqual([]);
		expect(written(report).some((w) => /^Since then\b/.test(w.stem) && w.check === 'R4')).toBe(true);
	});
});

describe('session 27: a quantifier standing for people the sentence before named (R4: many of whom?)', () => {
	it('refuses "Many later travel on to ..." and keeps "Many residents ..."', () => {
		const report = reportOf('Boat arrivals in Lampedusa rise by a third', [
			'More than 14,200 migrants reached the Italian island of Lampedusa by boat in the first six months of the year, up 34% on the same period of 2025, the interior ministry said on Monday.',
			'Many later travel on to Sicily and mainland Italy within 48 hours of their arrival, officials said.',
			'Many residents of Lampedusa have volunteered at the island’s reception centre, which holds about 640 people.'
		]);
		const kept = written(report).filter((w) => w.check === '').map((w) => w.stem);
		expect(kept.filter((s) => /^Many later\b/.test(s))).toEqual([]);
		expect(written(report).some((w) => /^Many later\b/.test(w.stem))).toBe(true);
	});
});

describe('session 27: a given name of a name written family name first is no surname option (R8)', () => {
	it('never offers "Mai" (of Pham Thu Mai, called Pham) among the surnames of who said a quote', () => {
		const report = reportOf('Vietnam’s Pham Thu Mai wins Asian junior badminton title', [
			'HANOI (AFP) - Vietnamese teenager Pham Thu Mai won the Asian Junior Badminton Championship on Sunday, beating India’s Kavya Raman 21-18 19-21 21-17 in the final in Hanoi.',
			'"I am disappointed, of course, but Mai deserved it - she played the braver game all week," Raman said. "I had the match in my hands in the third game and I let it go."',
			'"In the last game I was behind for a long time, but I told myself to keep going," Pham told reporters at the Quan Ngua arena, where about 900 spectators watched.',
			'Pham, ranked 41st in the world juniors, had never before gone beyond a quarter-final of a continental event. Pham learned the game from her mother at the age of seven.',
			'"This is a great day for Vietnamese badminton," federation president Ahmed Al-Rashid said.'
		]);
		const whoSaid = report.quiz.items.filter((item) => item.type === 'who-said');
		expect(whoSaid.filter((item) => item.options.includes('Mai'))).toEqual([]);
	});
});
