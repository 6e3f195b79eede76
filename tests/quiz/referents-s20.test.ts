import { describe, expect, it } from 'vitest';
import { checksOf, filler, kept } from './report';

// the holdout58 reader refused "41 of the council's _____ core applications" and "had rated the council's IT
// resilience" (which council?); the article wrote "Sunderland city council", a name no tagger takes for one
describe('a body the stem calls by its noun alone (QUALITY.md R4)', () => {
	const council = [
		'Sunderland city council has been forced to shut down large parts of its IT network after a ransomware attack on Sunday.',
		'According to an internal briefing seen by the Guardian, 41 of the council’s 63 core applications were taken offline as a precaution.',
		'Cllr Rebecca Thornhill, the leader of the Liberal Democrat group, called for an independent review. She noted that a 2024 internal audit had rated the council’s IT resilience as "limited assurance".'
	];

	it('names the one council the article writes in lower case, before a capital the possessive owns ("the council’s IT resilience")', () => {
		const stems = kept('Sunderland council services crippled by cyberattack', [...council, ...filler]);
		expect(stems.some((s) => s.includes('Sunderland city council’s 63') || s.includes('Sunderland city council’s _____ core'))).toBe(true);
		expect(stems.some((s) => s.includes('Sunderland city council’s IT resilience'))).toBe(true);
		expect(stems.filter((s) => /the council’s (?:IT|\d|_)/.test(s))).toEqual([]);
	});

	const steel = [
		'The Industrial Development Corporation and Vaal Steel Works signed a rescue agreement in Johannesburg on Wednesday.',
		'Trade, Industry and Competition Minister Sizwe Ndlovu welcomed the deal. He said the department would extend the 10% import tariff on certain flat steel products for a further three years.',
		'Eskom has agreed to buy up to 300MW from state power utility Zesco during winter peak months. Eskom spokesperson Thabo Rampedi said on Wednesday the utility was at an advanced stage of negotiations with 14 suppliers.'
	];

	it('refuses "the department" and "the utility" when the article names no one body they can be', () => {
		for (const pattern of [/the department would extend/, /the utility was/]) {
			const checks = checksOf('Steelworks rescue deal signed', steel, pattern);
			expect(checks.length).toBeGreaterThan(0);
			expect(checks).not.toContain('');
			expect(checks).toContain('R4');
		}
	});
});

// "was making the third defense of the belt he won in Guadalajara": the four words after the first "the" hid
// "the belt" from the back-reference check (the holdout57 reader's R4: which belt?)
describe('a pointing-back phrase inside another phrase’s first words (QUALITY.md R4)', () => {
	const fight = [
		'Maria Lopez won the WBC lightweight belt in Guadalajara in March 2024, stopping the champion in nine rounds.',
		'On Saturday night in Cardiff she made the third defence of the belt in front of 9,000 fans at the Motorpoint Arena.'
	];

	it('refuses "the third defence of the belt"', () => {
		const checks = checksOf('Lopez retains title in Cardiff', fight, /defence of the belt/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('');
		expect(checks).toContain('R4');
	});
});

// the holdout56 to holdout58 readers refused each: "said Tuesday's outage was the most serious since ..." (whose
// outage?), "Ten others were taken to University Hospital Waterford" (others than whom?), "the arrest of each of the
// men" (which men?) and "The game's user score on Steam dipped" (which game?)
describe('an event, a set or a thing the stem leans on without naming it (QUALITY.md R4)', () => {
	const outage = [
		'Amaroo Mobile customers across eastern Australia lost calls and data for up to 14 hours on Tuesday after a software update failed at the carrier.',
		'Telecommunications analyst Greg Whitcombe, of Sydney-based Pivot Research, said Tuesday’s outage was the most serious since the November 2023 Optus failure.'
	];

	it('refuses "Tuesday’s outage" with no owner', () => {
		const checks = checksOf('Amaroo network outage leaves millions offline', outage, /Tuesday’s outage was/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('');
	});

	const bridge = [
		'Two people died when a footbridge over the River Nore collapsed in Kilkenny on Saturday afternoon.',
		'Ten others were taken to University Hospital Waterford with injuries, the HSE said.',
		'Police have offered a reward of 20,000 euros for information leading to the arrest of each of the men seen cutting the bridge cables on Friday night.'
	];

	it('refuses an opening "Ten others" and "each of the men"', () => {
		for (const pattern of [/others were taken/, /each of the men/]) {
			const checks = checksOf('Inquiry into Nore bridge collapse', bridge, pattern);
			expect(checks.length).toBeGreaterThan(0);
			expect(checks).not.toContain('');
			expect(checks).toContain('R4');
		}
	});

	const game = [
		'Hollow Crown: Ashfall sold 4.2 million copies in its first three days, publisher Emberline said on Monday.',
		'PC players reported stuttering and crashes after launch, and the game’s user score on Steam dipped to "Mostly Positive" (74%) over the weekend.'
	];

	it('refuses "the game’s user score" with the game named only before', () => {
		const checks = checksOf('Fantasy game breaks sales record', game, /user score on Steam/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('');
	});
});
