import { describe, expect, it } from 'vitest';
import { kept } from './report';

// an invented results story: one company, named in the headline and the lead, "the company" in the body
const TITLE = 'Brannock Textiles profit climbs 12% as wool exports grow';
const LEAD = 'Brannock Textiles reported a net profit of £31.4 million for 2025 on Tuesday, up 12 per cent on the previous year, as demand for its woollen cloth rose.';
const SAID = 'The company said exports now made up 44 per cent of its sales.';

describe('A results story’s board and bare margins, the one company’s (QUALITY.md R4)', () => {
	it('writes the company in as the owner of "The board proposed a dividend"', () => {
		const stems = kept(TITLE, [LEAD, SAID, 'The board proposed a dividend of 18p a share, up from 15p, payable in June.']);
		expect(stems.some((s) => /^Brannock Textiles['’] board proposed a dividend of/.test(s))).toBe(true);
		expect(stems.some((s) => /^The board\b/.test(s))).toBe(false);
	});

	it('writes the company in as the owner of "Gross margin" and of "Revenue for 2025"', () => {
		const stems = kept(TITLE, [LEAD, SAID, 'Gross margin improved by 1.6 percentage points to 28.9%.', 'Revenue for 2025 rose 7 per cent to £412 million.']);
		expect(stems.some((s) => /^Brannock Textiles['’] gross margin improved by/.test(s))).toBe(true);
		expect(stems.some((s) => /^Brannock Textiles['’] revenue for 2025 rose/.test(s))).toBe(true);
	});

	it('leaves a board of another body alone', () => {
		const stems = kept(TITLE, [LEAD, SAID, 'The board of the wool marketing scheme proposed a levy of 3p a kilo.']);
		expect(stems.some((s) => /Brannock Textiles['’] board/.test(s))).toBe(false);
	});
});
