import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

const title = 'Dunmore Town 2 Kilbride Rovers 1';
const lead = 'Dunmore Town beat Kilbride Rovers 2-1 at Ashgrove Park on Saturday to reach the county cup semi-finals for the first time in 31 years.';

describe('the stretch of a match and a shot\'s range are details, not the story (QUALITY.md R7)', () => {
	it('refuses "the final _____ minutes" and "from _____ yards" for a 25-yard shot', () => {
		const paragraphs = [lead, 'Kilbride led 1-0 going into the final ten minutes and had a second goal ruled out for offside.', 'Orla Keane hit the post from 25 yards on the hour, and 2,350 fans watched the comeback.'];
		expect(checksOf(title, paragraphs, /the final _____ minutes/)).toContain('R7');
		expect(checksOf(title, paragraphs, /from _____ yards on the hour\.$/)).toContain('R7');
		for (const check of checksOf(title, paragraphs, /the final _____ minutes|from _____ yards/)) expect(check).not.toBe('');
	});

	it('still asks a long kick\'s range, the feat itself: "a drop goal from 40 metres"', () => {
		const checks = checksOf('Carrow win the Pennine Shield', ['Carrow won the Pennine Shield 18-15 at Moorside on Sunday with a drop goal from 40 metres by their fly-half, Tomás Ruane, in the last minute.'], /from _____ metres/);
		expect(checks).toContain('');
	});
});
