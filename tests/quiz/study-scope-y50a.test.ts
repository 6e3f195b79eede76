import { describe, expect, it } from 'vitest';
import { kept } from './report';

// an invented study story: the headline's study is the scope of a result whose only opening is a sum's "In total"
const TITLE = 'Gardening linked to 14% lower risk of stroke in large Danish study';
const LEAD = 'Older adults who garden at least twice a week are less likely to have a stroke than those who do not, according to a 12-year study of more than 31,000 people in Denmark published on Tuesday in the journal Neurology.';
const JOINED = 'Participants answered questions about their hobbies when they joined the study and were followed through national health records.';
const AFTER = 'The researchers said a randomised trial would be needed to prove that gardening itself lowers the risk.';

describe('a result that opens on "In total", which is no scope of its own (QUALITY.md R4)', () => {
	it('writes the headline’s study in, in place of the sum’s opening', () => {
		const stems = kept(TITLE, [LEAD, JOINED, 'In total, 1,482 participants had a stroke over the 12 years.', AFTER]);
		expect(stems.some((s) => /^In the large Danish study, (?:_____|1,482) participants had a stroke over the (?:_____|12) years\.$/.test(s))).toBe(true);
	});

	it('keeps a study group’s own "In" and writes the study into it, never in its place (R6)', () => {
		const stems = kept(TITLE, [LEAD, JOINED, 'In the gardening group, 1,482 participants had a stroke over the 12 years.', AFTER]);
		const results = stems.filter((s) => /1,482|participants/.test(s));
		expect(results).toEqual(['In the gardening group of the large Danish study, 1,482 participants had a stroke over the _____ years.']);
	});

	it('leaves a group’s figure unscoped where no study can be written in, for R4 to refuse, never as every participant’s', () => {
		const stems = kept('Gardeners less likely to have strokes', [LEAD, JOINED, 'In the gardening group, 1,482 participants had a stroke over the 12 years.', AFTER]);
		expect(stems.filter((s) => /participants had a stroke/.test(s))).toEqual([]);
	});
});
