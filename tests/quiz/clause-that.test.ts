import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

// written for this test: "in a deal that is under review" is a relative clause, no "that" pointing back
const TIME_WARNER_TITLE = 'Ad sales lift NorvikMedia profit';
const TIME_WARNER = [
	'Quarterly profits at US media group NorvikMedia rose 41% to $820m for the three months to March, from $581m a year earlier.',
	'NorvikMedia is to restate its accounts as part of efforts to resolve an inquiry into its radio arm by US market regulators. It has already offered to pay $90m to settle charges, in a deal that is under review by the SEC.'
];
// the dev article holdout95/02-bern-cantonal-election: "the idea that climate policy had become a liability" says its idea
const GREENS = [
	'The Greens, who had surged in 2018 and held most of those gains in 2022, were the clear losers in the Bern cantonal election. Party co-president Nadia Ramseyer conceded that the Greens had lost 9 of their 23 seats but rejected the idea that climate policy had become a liability.'
];

describe('a "that" that opens a clause is no demonstrative (R4)', () => {
	it('keeps "in a deal that is under review by the SEC"', () => {
		expect(checksOf(TIME_WARNER_TITLE, TIME_WARNER, /deal that is under review/).filter((c) => c === '')).not.toEqual([]);
	});

	it('keeps "rejected the idea that climate policy had become a liability", and still refuses "that idea" with nothing to say which', () => {
		expect(checksOf('SVP extends lead in Bern cantonal vote as Greens suffer heavy losses', GREENS, /idea that climate policy/).filter((c) => c === '')).not.toEqual([]);
		expect(checksOf('Mayor calls for $2 billion on flood defences', ['Mayor Delgado has called for spending $2 billion on flood defences, but the council has not taken up that idea.'], /that idea/)).not.toContain('');
	});
});
