import { describe, expect, it } from 'vitest';
import { quotedAbout, saidStem, sameSaying } from '../../src/lib/quiz/said';
import { itemsOf } from './report';

/** The stems of the true/false items on who said a statement whose source sentence includes `words`. */
function saidStems(title: string, paragraphs: string[], words: string): Set<string> {
	return new Set(itemsOf(title, paragraphs).filter((i) => i.type === 'true-false' && i.source.text.includes(words)).map((i) => `${i.key === 0 ? 'T' : 'F'}: ${i.stem}`));
}

describe('who said it, as true or false, where the article names too few people for options', () => {
	const strike = [
		'Staff at the Harbour Mill plant in Leeds will strike for four days in June over pay, the union said.',
		'“Our members have waited three years for a fair offer from this company,” said union officer Nadia Brook.',
		'The plant employs 420 people and makes brake parts for trains across the north of England.',
		'Plant manager Colin Ward said managers had made a generous offer and wanted talks to resume within a week.'
	];

	it('asks a quote of its speaker, made false by the article’s other speaker', () => {
		expect(saidStems('Mill staff to strike', strike, 'fair offer')).toEqual(
			new Set([
				'T: Nadia Brook said: “Our members have waited three years for a fair offer from this company.”',
				'F: Colin Ward said: “Our members have waited three years for a fair offer from this company.”'
			])
		);
	});

	it('asks a reported statement the same way, the claim kept a claim', () => {
		expect(saidStems('Mill staff to strike', strike, 'resume within a week')).toEqual(
			new Set([
				'T: Colin Ward said managers had made a generous offer and wanted talks to resume within a week.',
				'F: Nadia Brook said managers had made a generous offer and wanted talks to resume within a week.'
			])
		);
	});

	it('never names as false sayer someone the article reports saying the same', () => {
		const echoed = [...strike.slice(0, 3), 'Plant manager Colin Ward said his members had waited three years for a fair offer from the company.'];
		expect([...saidStems('Mill staff to strike', echoed, 'fair offer from this company')].filter((s) => s.startsWith('F:'))).toEqual([]);
	});

	it('never names as false sayer a bank the article writes like a person', () => {
		const bank = [
			strike[0],
			strike[1],
			'The plant employs 420 people and makes brake parts for trains across the north of England.',
			'Morgan Stanley advised the owners of the plant on the sale of a rival site in Leeds last year.'
		];
		expect([...saidStems('Mill staff to strike', bank, 'fair offer')]).toEqual([]);
	});
});

describe('said.ts', () => {
	it('writes a quote whole in curly marks and a reported statement after its verb', () => {
		expect(saidStem('Ana Ruiz', 'said', 'We will not give up', true)).toBe('Ana Ruiz said: “We will not give up.”');
		expect(saidStem('Ana Ruiz', 'said', 'Are we ready?', true)).toBe('Ana Ruiz said: “Are we ready?”');
		expect(saidStem('Ana Ruiz', 'warned', 'the plan would "fail badly".', false)).toBe('Ana Ruiz warned the plan would "fail badly".');
	});

	it('finds two statements that say much the same', () => {
		expect(sameSaying('members have waited three years for a fair offer', 'his members had waited three years for a fair offer from the company')).toBe(true);
		expect(sameSaying('members have waited three years for a fair offer', 'the firm had offered a rise of 4%')).toBe(false);
	});

	it('reads the genders a quote speaks of', () => {
		expect([...quotedAbout('He never told us what to play')]).toEqual(['male']);
		expect([...quotedAbout('We never saw it coming')]).toEqual([]);
	});
});
