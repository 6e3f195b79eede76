import { describe, expect, it } from 'vitest';
import { rowClause } from '../../src/lib/quiz/list-rows';
import { itemsOf, kept } from './report';

describe('a row asked through a lead-in that ends on a verb or "to"', () => {
	it('joins a verb row to a lead-in ending on an order, a plan or a modal', () => {
		expect(rowClause('- pay £40,000 towards the council’s legal costs within 14 days;', 'As well as the fine, Marsh was ordered to:', false)?.text).toBe('As well as the fine, Marsh was ordered to pay £40,000 towards the council’s legal costs within 14 days');
		expect(rowClause('- refrain from naming the witnesses.', 'As well as the fine, Marsh was ordered to:', false)?.text).toBe('As well as the fine, Marsh was ordered to refrain from naming the witnesses');
		expect(rowClause('- cut fares on 12 routes by 10%; and', 'Under the new contract, Northway Buses, Lakeside Coaches and three smaller firms will have to:', false)?.text).toBe('Under the new contract, Northway Buses, Lakeside Coaches and three smaller firms will have to cut fares on 12 routes by 10%');
		expect(rowClause('- build 300 homes on the old depot site;', 'The council agreed to:', false)?.text).toBe('The council agreed to build 300 homes on the old depot site');
		expect(rowClause('- publish its accounts every quarter;', 'Under the ruling, every trust in the region must:', false)?.text).toBe('Under the ruling, every trust in the region must publish its accounts every quarter');
		expect(rowClause('- repay £2m in grants by March;', 'Westbrook Rail has been told to:', false)?.text).toBe('Westbrook Rail has been told to repay £2m in grants by March');
		expect(rowClause('- hire 40 nurses for the winter;', 'The new owners of Castle Hospital promised to:', false)?.text).toBe('The new owners of Castle Hospital promised to hire 40 nurses for the winter');
		expect(rowClause('- end the strike on Friday;', 'The deal with Harbour Mill will also:', false)?.text).toBe('The deal with Harbour Mill will also end the strike on Friday');
	});

	it('joins a noun row to a lead-in that asks for it, has done it, or names its kind after a verb', () => {
		expect(rowClause('— blankets and clean water,', 'Aid workers appealed for:', false)?.text).toBe('Aid workers appealed for blankets and clean water');
		expect(rowClause('- 640 outpatient appointments;', 'Harbour View Hospital, which serves the east of the county, said it had cancelled:', false)?.text).toBe('Harbour View Hospital, which serves the east of the county, said it had cancelled 640 outpatient appointments');
		expect(rowClause('- 300 extra buses on the busiest routes;', 'The city announced a set of emergency measures on Monday:', false)?.text).toBe('The city announced a set of emergency measures on Monday, including 300 extra buses on the busiest routes');
	});

	it('refuses a join that is no sentence or no longer says what the article says', () => {
		// a noun row is no verb's base form after "to"
		expect(rowClause('- £40,000 in costs;', 'As well as the fine, Marsh was ordered to:', false)).toBeUndefined();
		// "he" with no name in the lead-in points outside the stem (R4)
		expect(rowClause('- pay £40,000 in costs;', 'As well as the fine, he was ordered to:', false)).toBeUndefined();
		// "only" and "not" make a row the whole list, or turn it round (R6)
		expect(rowClause('- pay £40,000 in costs;', 'The firm will only have to:', false)).toBeUndefined();
		expect(rowClause('- cut fares on 12 routes;', 'The deal will not:', false)).toBeUndefined();
		// a passive lead-in takes no object, and a heading has no verb
		expect(rowClause('- 640 outpatient appointments;', 'The following were cancelled:', false)).toBeUndefined();
		expect(rowClause('- 300 extra buses on the busiest routes;', 'Key measures at a glance:', false)).toBeUndefined();
	});
});

describe('items from rows joined to their lead-in', () => {
	const ruling = [
		'A former council leader must pay £95,000 in libel damages to a Leeds charity boss over a series of posts on social media, the High Court ruled on Friday.',
		'Mr Justice Allen said the posts by Derek Marsh, 61, had falsely accused Ruth Keane of taking money from the charity’s accounts.',
		'As well as the damages, Marsh was ordered to:',
		'- pay £40,000 towards Ms Keane’s legal costs within 14 days;',
		'- publish a summary of the ruling on his website;',
		'- refrain from repeating the claims.',
		'Marsh said in a statement that he was disappointed and would consider an appeal.'
	];

	it('asks the sum a row names with its lead-in, never the bare row', () => {
		const stems = kept('Former council leader loses libel case', ruling);
		expect(stems.some((s) => s.startsWith('As well as the damages, Marsh was ordered to pay ') && s.includes('towards Ms Keane’s legal costs within 14 days'))).toBe(true);
		expect(stems.filter((s) => /^-?\s?pay /.test(s))).toEqual([]);
	});

	const heat = [
		'Temperatures in Lahore reached 44.1C on Tuesday, the highest reading for May since records began, the weather service said.',
		'Hospitals reported a rise in cases of heatstroke among outdoor workers and older people living alone.',
		'The Punjab government announced a set of emergency measures on Wednesday:',
		'- 900 extra water points at markets and bus stations;',
		'- cooling centres in 35 libraries and community halls;',
		'- a ban on outdoor building work between noon and 4pm.',
		'Forecasters said the heat would ease slightly at the weekend, with highs of about 41C.'
	];

	it('asks a row of a kind named after a verb with ", including", and offers no other row’s count', () => {
		const items = itemsOf('Lahore opens cooling centres as heat hits record', heat).filter((i) => i.source.text.startsWith('- '));
		expect(items.some((i) => i.stem.startsWith('The Punjab government announced a set of emergency measures on Wednesday, including '))).toBe(true);
		for (const i of items) expect(i.options.filter((o, k) => k !== i.key && /^(?:900|35)$/.test(o))).toEqual([]);
	});
});
