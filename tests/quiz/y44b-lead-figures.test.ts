import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { checksOf, filler, reportOf } from './report';

describe('y44b: the figure a lead turns on is asked', () => {
	it('a results lead whose company is described in apposition to its name is asked (R4 had refused "the Utrecht-based frame maker")', () => {
		const lead = 'Kestrel Velo, the Utrecht-based frame maker behind the Arrow and Swift brands, said on Tuesday it would shut its paint shop in Arnhem and cut 140 jobs after annual net profit fell 22 per cent to €31.4 million.';
		const checks = checksOf('Kestrel Velo to cut 140 jobs as profit slides', [lead, 'The company said demand in France had weakened through the autumn.'], /^Kestrel Velo, the Utrecht-based/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).toContain('');
		// an apposition to no name the stem opens on still points back at a maker said before
		const bare = 'On Tuesday, the Utrecht-based frame maker behind the Arrow and Swift brands said it would shut its paint shop in Arnhem and cut 140 jobs after annual net profit fell 22 per cent to €31.4 million.';
		expect(checksOf('Kestrel Velo to cut 140 jobs as profit slides', [bare, 'The company said demand in France had weakened through the autumn.'], /Utrecht-based frame maker/)).not.toContain('');
	});

	it('a study lead that keeps its own study is asked, whatever its subject (R4 had refused "a 10-minute stretch ... lowered")', () => {
		const title = 'Stretching before bed improves sleep in older adults, study finds';
		const lead = 'A 10-minute stretch before bed lengthened sleep in older adults by 18% compared with reading, according to a study published Monday that tracked more than 900 people over eight weeks.';
		expect(checksOf(title, [lead, 'Researchers said the effect faded after the stretching stopped.'], /^A 10-minute stretch before bed/)).toContain('');
		const trial = 'Older adults who joined a weekly tai chi group for a year were 27% less likely to be admitted to hospital than those who did not, according to a large clinical trial.';
		expect(checksOf('Tai chi cuts hospital stays, trial finds', [trial, 'The classes were run by volunteers in church halls.'], /^Older adults who joined a weekly tai chi/)).toContain('');
		// without its study the finding leans on nothing that says whose it is
		const unsourced = 'A 10-minute stretch before bed lengthened sleep in older adults by 18% compared with reading over eight weeks.';
		expect(checksOf(title, [unsourced, 'Researchers said the effect faded after the stretching stopped.'], /^A 10-minute stretch before bed/)).not.toContain('');
	});

	it('a court lead asks the prison term rather than how long the crime ran', () => {
		const title = 'Former club secretary jailed for five years over £640,000 theft';
		const paragraphs = [
			'A former bowls club secretary who took more than £640,000 from its members over nine years, spending much of it on cars and foreign holidays, was jailed for five years at Harwick Crown Court on Wednesday.',
			'Derek Ansell, 61, of Mill Road, Harwick, had admitted fraud by abuse of position at an earlier hearing.',
			...filler
		];
		const item = reportOf(title, paragraphs).quiz.items.find((i) => i.source.sentence === 0);
		expect(item?.source.text.slice(item.source.keySpan.start, item.source.keySpan.end)).toBe('five');
		expect(item?.stem).toContain('jailed for _____ years');
		// "sentenced to 18 months" is a term too, where the sentence also counts the victims
		const months = generateWithReport(parseArticleText(`${title}\n\n${['A care worker who stole from 14 elderly clients over four years was sentenced to 18 months in prison at Harwick Crown Court on Friday.', ...paragraphs.slice(1)].join('\n\n')}`), { seed: 1, maxItems: 15 }).quiz.items.find((i) => i.source.sentence === 0);
		expect(months?.source.text.slice(months.source.keySpan.start, months.source.keySpan.end)).toBe('18');
	});

	it('a harvest the stem names the crop of is no unowned harvest (R4 had refused "cut this season’s harvest")', () => {
		const lead = 'Malawi will import 250,000 tonnes of wheat over the next four months after a long drought cut this season’s harvest by almost half, the government said on Monday.';
		expect(checksOf('Malawi to import wheat after drought', [lead, 'Officials said the first shipments would arrive by rail from Mozambique.'], /^Malawi will import _____ tonnes of wheat/)).toContain('');
		// a harvest of no crop the stem names is still refused
		const bare = 'The ministry said drought had cut this season’s harvest by about 40% across the southern provinces, the government said on Monday.';
		expect(checksOf('Malawi to import wheat after drought', ['Malawi will import grain after a long drought.', bare], /cut this season’s harvest by about _____/)).not.toContain('');
	});

	it('a study lead asks its effect, not the length of the study', () => {
		const title = 'Stretching before bed improves sleep in older adults, study finds';
		const lead = 'A 10-minute stretch before bed lengthened sleep in older adults by 18% compared with reading, according to a study published Monday that tracked more than 900 people over eight weeks.';
		const items = reportOf(title, [lead, 'Researchers at a sleep clinic in Leeds recruited 640 volunteers aged over 65.', ...filler]).quiz.items;
		const asked = items.find((i) => i.source.sentence === 0);
		expect(asked?.source.text.slice(asked.source.keySpan.start, asked.source.keySpan.end)).toBe('18%');
	});

	it('a match report’s lead asks the score of its win rather than a statement of its crowd', () => {
		const title = 'Okafor double lifts Wexley into the play-off places';
		const paragraphs = [
			'Wexley Athletic 3 Durnford City 1',
			'Wexley Athletic moved within three points of the play-off places with a 3-1 win over Durnford City in front of 6,214 fans at Ashgrove Lane on Saturday.',
			'Durnford had led at half-time through a header from their captain, Owen Price.',
			'Okafor equalised from the penalty spot and then curled in a second from the edge of the box.',
			'Okafor has now scored 14 goals this season, and Okafor said the team believed it could go up.',
			...filler
		];
		const item = reportOf(title, paragraphs).quiz.items.find((i) => i.source.sentence === 1);
		expect(item?.stem).toContain('with a _____ win over Durnford City');
		expect(item?.options[item.key]).toBe('3-1');
	});
});
