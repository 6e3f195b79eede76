import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { peripheralFact } from '../../src/lib/quiz/peripheral';
import { checksOf, filler, stemsMatching } from './report';

const results = 'Lindqvarn Paper shares slide 9% as packaging maker cuts outlook';
const resultsLead = 'Lindqvarn Paper, the Tampere-based maker of cartons and labels, cut its full-year profit forecast on Tuesday as demand for food packaging weakened.';
const resultsBody = ['Operating profit fell 14 per cent to €182m in the third quarter, and Lindqvarn said it now expected sales to fall.', 'Lindqvarn shares closed 9% lower in Helsinki.'];

const vote = 'Harbour Party holds Westmere seat as turnout falls';
const voteLead = 'The Harbour Party held the Westmere seat in Thursday’s by-election, with its candidate Lena Osei winning 41% of the vote.';

/** There are candidates asking the fact, and every one is refused as trivia. */
function expectRefused(checks: string[]): void {
	expect(checks.length).toBeGreaterThan(0);
	expect(checks.every((c) => c === 'R7')).toBe(true);
}

/** The kind `peripheralFact` gives the fact written `key` in `sentence`, read among `others` under `opening`. */
function kindOf(sentence: string, key: string, opening: string, others: string[] = []): string | undefined {
	const facts = extractFacts(sentence);
	const fact = facts.find((f) => f.text === key) ?? { type: 'organisation' as const, text: key, span: { start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length } };
	return peripheralFact(sentence, fact, { opening, sentences: [sentence, ...others], facts });
}

describe('facts of a story’s peripheral people and organisations are refused as trivia (QUALITY.md R7)', () => {
	it('refuses the firm a quoted analyst works for, whichever side of the name it is written', () => {
		expect(kindOf('Tomas Brandt, an analyst at Kestrel Securities in Frankfurt, said the fall was overdone.', 'Kestrel Securities', `${results}\n${resultsLead}`, resultsBody)).toBe('source-employer');
		expect(kindOf('Kestrel Securities analyst Tomas Brandt said the fall was overdone.', 'Kestrel Securities', `${results}\n${resultsLead}`)).toBe('source-employer');
		expect(kindOf('Aino Virta, head of credit research at Nordhavn Bank, called the cut prudent.', 'Nordhavn Bank', `${results}\n${resultsLead}`)).toBe('source-employer');
	});

	it('keeps the employer the opening names, and a firm the story returns to', () => {
		expect(kindOf('Aino Virta, chief financial officer at Lindqvarn Paper, said costs would fall.', 'Lindqvarn Paper', `${results}\n${resultsLead}`)).toBeUndefined();
		expect(kindOf('Dr Mira Halvorsen, a geologist at the University of Tromsø who led the study, said the ice was thinning.', 'University of Tromsø', `${results}\n${resultsLead}`)).toBeUndefined();
		const returns = ['Kestrel Securities cut its rating on the shares.', 'Kestrel Securities also lowered its price target.'];
		expect(kindOf('Tomas Brandt, an analyst at Kestrel Securities, said the fall was overdone.', 'Kestrel Securities', `${results}\n${resultsLead}`, returns)).toBeUndefined();
	});

	it('refuses the figures of a side company, a minor party and a parent quoted once', () => {
		expectRefused(checksOf(results, [resultsLead, ...resultsBody, 'Norrland Board, the Swedish mill group that buys a fifth of its pulp from Lindqvarn, fell 3.1% to 188p in Stockholm.'], /fell (?:_____%|3\.1% to _____p)/));
		expectRefused(checksOf(vote, [voteLead, 'The Harbour Party’s majority was cut to 1,204.', 'The Greens, who had hoped to build on their council gains, saw their share fall by 2.4 points.'], /share fall by _____ points/));
		expect(kindOf('Dana Whitlock, 41, whose three sons attend the school, said the closure would be hard.', 'three', `${vote}\n${voteLead}`)).toBe('side-figure');
	});

	it('keeps the figures of the story’s own subject, of one it returns to, of a sentence opening on no name, and of a speaker’s words', () => {
		expect(kindOf('Lindqvarn Paper, which employs 4,200 people, fell 9% in Helsinki.', '9%', `${results}\n${resultsLead}`)).toBeUndefined();
		const returns = ['Norrland Board said demand was weak.', 'Norrland Board will report next week.'];
		expect(kindOf('Norrland Board fell 3.1% in Stockholm.', '3.1%', `${results}\n${resultsLead}`, returns)).toBeUndefined();
		expect(kindOf('The Seoul-based company posted an operating loss of 18.2 billion won.', '18.2 billion won', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('The British company posted an operating loss of £18m.', '£18m', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('Sean Tierney sealed the win with six minutes left, tapping in a loose ball.', 'six', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('Storm Odile dumped more than 140 mm of rain on the hills in a day.', '140', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('The Welsh Government has promised 40,000 new trees by 2030.', '40,000', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('The HSE spends about £310m a year on dental care.', '£310m', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('Ardent Risk Partners put the insured losses at $80 million.', '$80 million', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('Officials counted 340 damaged homes along the coast.', '340', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('Rescuers and drone crews found that the reed beds now cover 12.4 hectares.', '12.4', `${vote}\n${voteLead}`)).toBeUndefined();
		expect(kindOf('Marta Kowalczyk, who led the study, said 42% of the patients improved.', '42%', `${vote}\n${voteLead}`)).toBeUndefined();
	});
});

describe('a match report’s next fixture is refused before its line-ups (QUALITY.md R7)', () => {
	it('refuses the date of the next game when only the record of the match follows', () => {
		const paragraphs = [
			'Ferrybank beat Dromore Athletic 2-1 at Riverside Park on Saturday to go top of the Southern League.',
			'Ciaran Walsh scored both goals for Ferrybank, the second in the 88th minute.',
			...filler,
			'Ferrybank travel to Kilbrook on Saturday, May 9, before ending the season at home to Ardmore.',
			'Ferrybank (4-4-2): Nolan; Byrne, Quinn, Hayes, Dunne; Walsh, Ryan, Kelly, Burke; Doyle, Flynn.',
			'Dromore Athletic (4-3-3): Moran; Kane, Lynch, Daly, Power; Carey, Boyle, Cullen; Farrell, Keogh, Tobin.',
			'Referee: Paul Devlin. Attendance: 3,412.'
		];
		expectRefused(stemsMatching('Ferrybank 2 Dromore Athletic 1', paragraphs, /travel to (?:Kilbrook on _____|_____ on)/).map((w) => w.check));
	});
});
