import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { listRows, rowClause, rowStandsAlone } from '../../src/lib/quiz/list-rows';
import { nameHeads } from '../../src/lib/quiz/named-heads';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { kept, reportOf, written } from './report';

describe('a list written one row a line', () => {
	it('gives each row a paragraph of its own, so that each is a sentence', () => {
		const article = parseArticleText(
			'Council sets budget\n\nThe council met on Monday to set its budget for the coming year, after weeks of talks with residents and local firms.\n\nThe total fine is made up of:\n\n- £2.1m in fines for the nine offences\n- £90,000 in costs\n  owed to the regulator\n\nThe company said it would pay the fine from its reserves and not from the bills of its customers.'
		);
		expect(article.paragraphs.slice(1, 4)).toEqual(['The total fine is made up of:', '- £2.1m in fines for the nine offences', '- £90,000 in costs owed to the regulator']);
	});

	it('splits a numbered list by its rows, each row’s number kept with its row and out of its stems', () => {
		const article = parseArticleText(
			'Outsider wins the Harbour Cup\n\nThe four-year-old mare, sent out at long odds, held off the favourite by a short head in front of a crowd of 12,000 at the Marina track on Saturday evening.\n\nTop of the finishing order:\n\n1. Silver Fern (A. Rowe) $21\n2. Coastline (B. Park) $2.80\n\n8. The winning syndicate was formed by 14 friends from Napier, who paid $38,000 for the mare.'
		);
		expect(article.paragraphs.slice(2, 4)).toEqual(['1. Silver Fern (A. Rowe) $21', '2. Coastline (B. Park) $2.80']);
		expect(splitSentences(article).map((s) => s.text)).toContain('2. Coastline (B. Park) $2.80');
		const stems = written(reportOf('Outsider wins the Harbour Cup', article.paragraphs)).filter((w) => w.stem.includes('syndicate was formed'));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('The winning syndicate'))).toBe(true);
	});

	it('parts a paragraph of rows after a colon at its semicolons, each row a sentence and a row of the list', () => {
		const article = {
			title: 'Gang jailed',
			paragraphs: ['The other two were sentenced as follows:', 'Dean Hale, 30, of Bury – six years; Mark Lowe, 28 (of Bolton; a driver) – four years.', 'The judge said: "They were cruel; they were greedy."']
		};
		const sentences = splitSentences(article);
		expect(sentences.map((s) => s.text)).toEqual(['The other two were sentenced as follows:', 'Dean Hale, 30, of Bury – six years;', 'Mark Lowe, 28 (of Bolton; a driver) – four years.', 'The judge said: "They were cruel; they were greedy."']);
		expect([...listRows(sentences).keys()]).toEqual([1, 2]);
	});

	it('keeps a wrapped line that opens on a dash in its paragraph', () => {
		const article = parseArticleText('Council sets budget\n\nThe council met on Monday to set its budget for the coming year, after weeks of talks\n- and some anger - with residents and local firms who wanted lower rates, more bins and a new library in the centre of the town, which the council has promised for years but never built.');
		expect(article.paragraphs).toHaveLength(1);
	});
});

describe('the rows of a list after a colon', () => {
	const rowsOf = (paragraphs: string[]) => {
		const article = parseArticleText(`Storm hits the coast\n\n${paragraphs.join('\n\n')}`);
		return { sentences: splitSentences(article), rows: listRows(splitSentences(article)) };
	};

	it('finds marked rows and unmarked rows that run on after a semicolon, and no more', () => {
		const { sentences, rows } = rowsOf([
			'A storm struck the north coast of the island overnight, bringing winds of up to 140km/h and heavy rain to the towns along the shore.',
			'Damage reported so far includes:',
			'cracks in the sea wall at Port Ellen;',
			'a landslide blocking the coast road.',
			'Power was cut to large parts of the island, and engineers expected to restore it by Tuesday.'
		]);
		expect([...rows.keys()].map((i) => sentences[i].text)).toEqual(['cracks in the sea wall at Port Ellen;', 'a landslide blocking the coast road.']);
	});

	it('states a row with a lead-in that takes it as object, a partitive lead-in, or "among ... were"', () => {
		expect(rowClause('a landslide blocking the coast road.', 'Damage reported so far includes:', false)?.text).toBe('Damage reported so far includes a landslide blocking the coast road');
		expect(rowClause('- 4,200 were students;', 'Of those who moved to the region last year:', false)?.text).toBe('Of those who moved to the region last year, 4,200 were students');
		expect(rowClause('- The team from Acme Foods, who raised €4,100', 'Among the biggest donors at the gala were:', false)?.text).toBe('Among the biggest donors at the gala were the team from Acme Foods, who raised €4,100');
		expect(rowClause('- He is confident the deal will pass', 'In the interview, the president also said:', false)?.text).toBe('In the interview, the president also said he is confident the deal will pass');
	});

	it('refuses a row whose lead-in gives the whole list, leans on earlier sentences, or heads a table', () => {
		expect(rowClause('- £2.1m in fines for the nine offences', 'The total fine is made up of:', false)).toBeUndefined();
		// never "The worst-affected specialties are orthopaedics": one row is one of them (rows-s12.test.ts)
		expect(rowClause('- orthopaedics, with 6,400 on the list;', 'The worst-affected specialties are:', false)?.text).toBe('One of the worst-affected specialties is orthopaedics, with 6,400 on the list');
		expect(rowClause('Riverside Arts Hall (Derby), cut by 30 per cent to €150,000;', 'Other venues affected include:', false)).toBeUndefined();
		expect(rowClause('Adult day ticket: £5.50 to £6', 'The changes at a glance:', true)).toBeUndefined();
		// a row that is a sentence of its own is no object of "include"
		expect(rowClause('- The mayor said the plan was sound.', 'The report includes:', false)).toBeUndefined();
	});

	it('lets a full sentence under a heading stand alone, never a count that needs its lead-in', () => {
		expect(rowStandsAlone('• Announced attendance was 8,400, the largest since 2019.', 'Key numbers:')).toBe(true);
		expect(rowStandsAlone('- 4,200 were students.', 'Of those who moved to the region last year:')).toBe(false);
		expect(rowStandsAlone('- 1,200 additional water points at bus depots;', 'The city announced a set of measures on Wednesday:')).toBe(false);
	});
});

describe('items from list rows', () => {
	const walk = [
		'More than 900 walkers took to the hills above Kendal on Sunday to raise a record £64,000 for the Lakeland Hospice, the charity said.',
		'The annual Light Up a Life Walk, now in its ninth year, set off from the town hall shortly after 10am, with walkers choosing a 5km or a 12km route.',
		'Among the biggest contributors on the day were:',
		'- The team from Acme Foods, who raised £4,100',
		'- Kendal Harriers, with £2,750',
		'- Fellside Rotary Club, with £1,900',
		'- St Mary’s School, whose pupils collected £1,250 in the run-up to the walk',
		'Hospice fundraising manager Jane Holt said the response had overwhelmed staff and volunteers at the hospice.'
	];

	it('asks a row with its lead-in, never the bare row', () => {
		const stems = kept('Record £64,000 raised by Lakeland Hospice walkers', walk);
		expect(stems.some((s) => s.startsWith('Among the biggest contributors on the day were '))).toBe(true);
		expect(stems.filter((s) => /^(?:-\s)?(?:Kendal Harriers|Fellside Rotary Club),/.test(s))).toEqual([]);
	});

	it('asks at most two rows of one list in a quiz', () => {
		const article = parseArticleText(`Record £64,000 raised by Lakeland Hospice walkers\n\n${walk.join('\n\n')}`);
		for (let seed = 1; seed <= 5; seed++) {
			const items = generateWithReport(article, { seed, maxItems: 15 }).quiz.items;
			expect(items.filter((i) => i.source.text.startsWith('- ')).length).toBeLessThanOrEqual(2);
		}
	});

	it('never names "the walk" by the tail of a longer title', () => {
		const article = { title: 'Record £64,000 raised as 900 take to the fells for Lakeland Hospice walk', paragraphs: [walk[0], walk[1], 'St Mary’s School pupils collected £1,250 in the run-up to the walk.'] };
		const sentences = splitSentences(article);
		expect(nameHeads(article, sentences, sentences[2], 'St Mary’s School pupils collected £_____ in the run-up to the walk.')).toBe('St Mary’s School pupils collected £_____ in the run-up to the walk.');
	});
});
