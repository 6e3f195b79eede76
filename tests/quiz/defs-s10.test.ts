import { describe, expect, it } from 'vitest';
import { anchorFrames } from '../../src/lib/quiz/anchors';
import { dropDanglingAlso, unownedDefinite } from '../../src/lib/quiz/definites';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler, kept, written, reportOf } from './report';

describe('a definite phrase whose head needs an owner the stem never names', () => {
	it('finds a bare budget, rate, total, editions, period or notice', () => {
		expect(unownedDefinite('The budget closes what officials had called a $_____ million gap.')).toBe('The budget');
		expect(unownedDefinite('For Syrian applicants the rate was just _____%.')).toBe('the rate');
		expect(unownedDefinite('Organisers said this year’s total stood at just over $_____ million.')).toBe('this year’s total');
		expect(unownedDefinite('Recent editions, staged in _____, were criticised for poor organisation.')).toBe('Recent editions');
		expect(unownedDefinite('One primary school will lose about $_____ over the transition period.')).toBe('the transition period');
		expect(unownedDefinite('The judge said she was satisfied that the notice was invalid.')).toBe('the notice');
	});

	it('finds a bare part, a further count, “What followed” and a closing “again”', () => {
		expect(unownedDefinite('What followed was one of the era’s largest lootings, with _____ elephants used.')).toBe('What followed');
		expect(unownedDefinite('A spokesman said it hoped to put a selection on public display next year.')).toBe('a selection');
		expect(unownedDefinite('A further 92,700 are waiting for day-case procedures.')).toBe('A further 92,700 are');
		expect(unownedDefinite('Business groups urged Ottawa on Monday to act quickly again.')).toBe('again.');
	});

	it('lets a phrase stand that its own words or the stem say whose or of what', () => {
		expect(unownedDefinite('The Leeds budget closes a $_____ million gap.')).toBeUndefined();
		expect(unownedDefinite('The rate of inflation fell to _____% in March.')).toBeUndefined();
		expect(unownedDefinite('The bank cut rates by _____ points, when the rate stood at 12.75%.')).toBeUndefined();
		expect(unownedDefinite('Given that the total public debt stands at nearly $_____, rates matter.')).toBeUndefined();
		expect(unownedDefinite('Among the items taken were two cars and a watch valued at £_____.')).toBeUndefined();
		expect(unownedDefinite('The HSE’s 2026 plan aims to cut the total by _____ per cent.')).toBeUndefined();
		expect(unownedDefinite('Profits rose _____% compared with the same period a year earlier.')).toBeUndefined();
		expect(unownedDefinite('A selection of the coins will go on display in _____.')).toBeUndefined();
		expect(unownedDefinite('The Central Bank of Kenya cut the benchmark rate by 25 basis points to _____%.')).toBeUndefined();
		expect(unownedDefinite('Organisers said this year’s total stood at $_____ million.')).toBe('this year’s total');
		expect(unownedDefinite('The Royal Albert Memorial Museum estimated the insurance value of the collection at £_____m.')).toBe('the collection');
	});

	it('leaves a quote’s words to its speaker', () => {
		expect(unownedDefinite('Who said “the budget is a disgrace” on _____?')).toBeUndefined();
	});
});

describe('a dangling “also” or “again” that adds to a statement the stem does not give', () => {
	it('is dropped from the stem’s first clause', () => {
		expect(dropDanglingAlso('Carrick also defended the decision to leave out a spinner.')).toBe('Carrick defended the decision to leave out a spinner.');
		expect(dropDanglingAlso('Moscow has also signalled it is ready to talk.')).toBe('Moscow has signalled it is ready to talk.');
		expect(dropDanglingAlso('Syrians again made up the largest group, with _____ applications.')).toBe('Syrians made up the largest group, with _____ applications.');
	});

	it('stays after a comma, where it adds to what the stem itself says, after “but” and before “known as”', () => {
		expect(dropDanglingAlso('A third case was reported in a _____ man, also from Inner Mongolia.')).toBe('A third case was reported in a _____ man, also from Inner Mongolia.');
		expect(dropDanglingAlso('The deal covers not only wages but also pensions for _____ staff.')).toBe('The deal covers not only wages but also pensions for _____ staff.');
		expect(dropDanglingAlso('The strait is also known as the _____ Passage.')).toBe('The strait is also known as the _____ Passage.');
	});
});

describe('the owner the article introduces a budget with, written into the stem', () => {
	const budget = [
		'Harwick City Council on Tuesday night approved a $512 million budget that raises property taxes by 3.8 per cent.',
		'The budget, which takes effect on July 1, closes what officials had described in March as a $27.4 million gap.',
		'For the owner of a typical Harwick home, the increase works out to about $88 more a year, the finance office said.',
		'Council members voted 6-3 in favour after a debate that lasted nearly five hours.'
	];
	const title = 'Harwick City Council passes $512M budget with tax rise';

	it('writes “Harwick City Council’s budget” for “The budget”', () => {
		const stems = written(reportOf(title, budget)).map((w) => w.stem);
		expect(stems.filter((s) => s.includes('gap')).every((s) => s.startsWith('Harwick City Council’s budget closes'))).toBe(true);
		expect(kept(title, budget).some((s) => s.startsWith('Harwick City Council’s budget closes'))).toBe(true);
	});

	it('refuses “the increase”, which the article introduces with no owner', () => {
		const increase = written(reportOf(title, budget)).filter((w) => w.stem.includes('the increase works out'));
		expect(increase.length).toBeGreaterThan(0);
		expect(increase.every((w) => w.check === 'R4')).toBe(true);
	});
});

describe('“across the country” in an article set in one country', () => {
	const source = (paragraphs: string[]) => ({
		article: parseArticleText(`Kenya floods displace thousands\n\n${[...paragraphs, ...filler].join('\n\n')}`),
		persons: new Map(),
		places: new Map([['kenya', { text: 'Kenya', level: 'country' }]]),
		organisations: new Map()
	});

	it('names the country', () => {
		const kenya = source(['Heavy rain has displaced 40,000 people in Kenya, officials said on Monday.']);
		expect(anchorFrames(kenya, 'The 2024 long rains killed nearly _____ people across the country.')).toBe('The 2024 long rains killed nearly _____ people across Kenya.');
	});

	it('names none where the article names two countries', () => {
		const two = source(['Heavy rain has displaced 40,000 people in Kenya, officials said on Monday.', 'Uganda also reported flooding.']);
		expect(anchorFrames(two, 'The 2024 long rains killed nearly _____ people across the country.')).toBe('The 2024 long rains killed nearly _____ people across the country.');
	});
});
