import { describe, expect, it } from 'vitest';
import { bodyKind, bodyStatement, mayBeAlias } from '../../src/lib/quiz/body-said';
import { quotedAbout, saidStem, sameSaying } from '../../src/lib/quiz/said';
import { extractFacts } from '../../src/lib/quiz/facts';
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

describe('an organisation’s statement, as true or false with another body of its kind', () => {
	// "many of its members": a share written as a fraction ("a third of its members") is a fact asked of its own
	const nurses = [
		'Hospitals across the north of England treated 4,100 patients in corridors last month, figures showed.',
		'The Northfield Nurses Association said many of its members had worked unpaid overtime every week this winter.',
		'The Royal College of Surgeons called for 900 more beds to be opened across the region before January.',
		'Ministers have promised to publish a plan for emergency care in the spring.'
	];

	it('makes the statement false by another association the article names', () => {
		expect(saidStems('Corridor care rises', nurses, 'unpaid overtime')).toEqual(
			new Set([
				'T: The Northfield Nurses Association said many of its members had worked unpaid overtime every week this winter.',
				'F: The Royal College of Surgeons said many of its members had worked unpaid overtime every week this winter.'
			])
		);
	});

	it('never makes it false by an alias of the speaker nor a body of another kind', () => {
		const others = [
			nurses[0],
			nurses[1],
			'The Northfield Association of Nurses runs a hardship fund for 900 members across the region.',
			'The Ridgeway Borough Council approved 40 new beds at its care homes before January.'
		];
		expect([...saidStems('Corridor care rises', others, 'unpaid overtime')]).toEqual([]);
	});
});

describe('body-said.ts', () => {
	it('reads a statement an organisation makes, leading or trailing', () => {
		expect(bodyStatement('The Harbour Board said it would reopen the quay within a month.')).toMatchObject({ name: 'Harbour Board', the: true, verb: 'said', statement: 'it would reopen the quay within a month' });
		expect(bodyStatement('Three ferries were cancelled on Monday, Skerry Lines said.')).toMatchObject({ name: 'Skerry Lines', the: false, statement: 'three ferries were cancelled on Monday' });
	});

	it('types a body by its head noun or the noun the article writes before it', () => {
		expect(bodyKind('Royal College of Nursing', undefined)).toBe('association');
		expect(bodyKind('Avon and Somerset Police', undefined)).toBe('police');
		expect(bodyKind('Skerry', 'operator')).toBe('company');
		expect(bodyKind('Skerry', undefined)).toBeUndefined();
	});

	it('takes a short name, initials or a distinctive word in common for a possible alias, a country for none', () => {
		const isPlace = (w: string) => w === 'Kenya';
		expect(mayBeAlias('Verlo', 'Verlo NV', isPlace)).toBe(true);
		expect(mayBeAlias('PG&E', 'Pacific Gas & Electric', isPlace)).toBe(true);
		expect(mayBeAlias('Halvern', 'Halvern Foods Inc', isPlace)).toBe(true);
		expect(mayBeAlias('Kenya Dairy Board', 'Kenya Meteorological Department', isPlace)).toBe(false);
	});
});

describe('a quote that runs on past its sentence', () => {
	it('reads "X said: “...” with no closing mark as X’s quote, up to the sentence end', () => {
		const text = 'Ada Quill, the trust’s head of nursing, said: “Our staff have been working flat out since the first week of December.';
		const said = extractFacts(text).find((f) => f.type === 'attribution');
		expect(said?.quote).toBe(true);
		expect(said?.statement && text.slice(said.statement.start, said.statement.end)).toBe('Our staff have been working flat out since the first week of December');
		const lead = 'Matron Ada Quill said: “Our staff have been working flat out since the first week of December.';
		expect(extractFacts(lead).find((f) => f.type === 'attribution')?.quote).toBe(true);
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
