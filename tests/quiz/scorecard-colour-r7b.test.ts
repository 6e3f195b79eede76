import { describe, expect, it } from 'vitest';
import { sideDetail } from '../../src/lib/quiz/side-details';
import { checksOf } from './report';

/** The side detail `sideDetail` finds in `sentence` for the fact written `key`, of `type`, at its first place. */
function detailOf(sentence: string, key: string, type: 'count' | 'date' | 'place' | 'age', context: { opening?: string; lead?: boolean } = {}): string | undefined {
	const start = sentence.indexOf(key);
	if (start < 0) throw new Error(`no "${key}" in "${sentence}"`);
	return sideDetail(sentence, { type, text: key, span: { start, end: start + key.length } }, context);
}

/** There are candidates asking the fact, none is kept, and trivia (R7) is what refuses those no earlier check did. */
function expectRefused(checks: string[]): void {
	expect(checks.length).toBeGreaterThan(0);
	expect(checks).not.toContain('');
	expect(checks).toContain('R7');
}

// an invented one-day final: the headline's batter is the story's own, the losing side's bowlers and tail are not
const final = "Okonedo's unbeaten 141 takes Harbridge to Shield title over Westcombe";
const finalLead = 'Tunde Okonedo struck an unbeaten 141 as Harbridge chased down 264 with nine balls to spare to beat Westcombe by five wickets in the Shield final at Millbrook Oval on Sunday.';

describe("a match's scorecard lines and a story's colour are refused as trivia (QUALITY.md R7)", () => {
	it("refuses a side's tally of minor events and the state of a chase, and keeps the result's margin", () => {
		expect(detailOf('Westcombe conceded 19 extras, including eleven wides.', '19', 'count')).toBe('match-tally');
		expect(detailOf('The visitors won 11 corners but rarely troubled the goalkeeper.', '11', 'count')).toBe('match-tally');
		expect(detailOf('Dunmore committed 16 turnovers in the second half alone.', '16', 'count')).toBe('match-tally');
		expect(detailOf('Ellery was run out with 38 still needed from 41 balls.', '38', 'count')).toBe('chase-state');
		expect(detailOf('Needing 14 off the last over, Harbridge got home with two balls left.', '14', 'count')).toBe('chase-state');
		expect(detailOf('The captain fell with the score on 171.', '171', 'count')).toBe('chase-state');
		expect(detailOf('Harbridge needed 9 runs from the final over.', '9', 'count')).toBe('chase-state');
		expect(detailOf('The patient needed 20 stitches in hospital.', '20', 'count')).toBeUndefined();
		expect(detailOf('Harbridge chased down 264 with nine balls to spare.', '264', 'count')).toBeUndefined();
		expect(detailOf('Okonedo faced 118 balls and hit 15 fours.', '118', 'count')).toBeUndefined();
		expect(detailOf('The club needed 300 volunteers to run the event.', '300', 'count')).toBeUndefined();
	});

	it("refuses bowling figures and sixes of a player the story passes by, and keeps the headline's batter's", () => {
		const paragraphs = [
			finalLead,
			'Okonedo faced 118 balls and hit 15 fours and four sixes before the winning single, a pull off Sam Pryor.',
			"A late flurry from Westcombe's tail - led by Pryor, who struck five sixes in an unbeaten 39 from 20 balls - had lifted them to 263 for eight.",
			'Pryor finished with three for 57 and Lindqvist took one for 44, but neither could stop Okonedo once he was set.'
		];
		expectRefused(checksOf(final, paragraphs, /Pryor struck (?:_____|five|\w+) sixes in an unbeaten 39/));
		expectRefused(checksOf(final, paragraphs, /three for (?:_____|\d+) and/));
		expect(checksOf(final, paragraphs, /Okonedo faced _____ balls/)).toContain('');
	});

	it("refuses the age of one rescued past the lead, a crowd's cheering count, a call's length and a closed road's place", () => {
		const opening = 'Hundreds evacuated as River Tamsin floods Eastby\nHundreds of residents were ordered from their homes in Eastby after the River Tamsin burst its banks on Sunday.';
		expect(detailOf('Police said a 41-year-old woman had been rescued from the roof of her van near Coldharbour.', '41-year-old', 'age', { opening, lead: false })).toBe('victim-age');
		expect(detailOf('A 29-year-old man was airlifted from a farm track after spending the night in a tree.', '29-year-old', 'age', { opening, lead: false })).toBe('victim-age');
		expect(detailOf('A 17-year-old boy was charged with the burglary on Monday.', '17-year-old', 'age', { opening, lead: false })).toBeUndefined();
		expect(detailOf('At Greenway Academy in Hull, 36 pupils cheered as the envelopes were opened.', '36', 'count')).toBe('crowd-reaction');
		expect(detailOf('About 300 supporters celebrated outside the town hall.', '300', 'count')).toBe('crowd-reaction');
		expect(detailOf('About 300 supporters marched to the town hall.', '300', 'count')).toBeUndefined();
		expect(detailOf('Staff were told of the closure in a 9-minute video call on Monday.', '9', 'count')).toBe('call-length');
		expect(detailOf('The call lasted just 12 minutes, one engineer said.', '12', 'count')).toBe('call-length');
		expect(detailOf('The firm will cut 9 jobs in a restructuring.', '9', 'count')).toBeUndefined();
		expect(detailOf('Several streets in central Lisbon, including the riverside avenue, were closed until mid-afternoon.', 'Lisbon', 'place')).toBe('road-closure');
		expect(detailOf('Road closures will be in place around Kelso from Friday.', 'Kelso', 'place')).toBe('road-closure');
		expect(detailOf('The race finished in front of the parliament in Lisbon.', 'Lisbon', 'place')).toBeUndefined();
	});

	it("refuses the date a company's meeting is scheduled for", () => {
		expect(detailOf("Marlowe Foods' annual general meeting is scheduled for May 12.", 'May 12', 'date')).toBe('meeting');
		expect(detailOf('The AGM, which is due to be held on 3 June, will vote on the offer.', '3 June', 'date')).toBe('meeting');
		expect(detailOf('The board is scheduled to meet on May 12 to weigh the offer.', 'May 12', 'date')).toBeUndefined();
	});

	it("refuses how often a body the story passes by has turned up, and an unnamed also-ran's votes", () => {
		const festival = 'Brookmere festival draws record crowd of 90,000';
		const festivalParagraphs = [
			'The Brookmere festival drew a record 90,000 people over three days, organisers said on Monday.',
			'The harm-reduction charity CheckPoint, which ran a drug-testing stall at the festival for the fourth year, said it had tested 540 samples.'
		];
		expectRefused(checksOf(festival, festivalParagraphs, /for the (?:_____|fourth) year/));
		const vote = 'Greens take Ashcombe West from Conservatives in by-election';
		const voteParagraphs = [
			'The Greens won the Ashcombe West by-election on Friday, overturning a Conservative majority of 6,000.',
			'Helen Marsh took 9,412 votes, beating the Conservative Tom Reeve, who won 7,903.',
			'Labour finished third with 3,120 votes. An independent candidate campaigning against cuts to bus services won 388 votes, and the Yorkshire Party 140.'
		];
		expectRefused(checksOf(vote, voteParagraphs, /services won (?:_____|\d+) votes/));
		expect(checksOf(vote, voteParagraphs, /Marsh took _____ votes/)).toContain('');
	});
});
