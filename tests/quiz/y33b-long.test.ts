import { describe, expect, it } from 'vitest';
import { cutLongClause } from '../../src/lib/quiz/long-tails';

/** The clause `text` with its key `key` (first occurrence) through `cutLongClause`, with the key read back from the new span. */
function cut(text: string, key: string) {
	const start = text.indexOf(key);
	const out = cutLongClause({ text, start, end: start + key.length });
	return { text: out.text, key: out.text.slice(out.start, out.end) };
}

describe('a clause past 40 words loses an aside that does not hold its key (y33b)', () => {
	it('says a statement told a news conference as said', () => {
		const text = 'The Wrexham and Gresford collieries near the border will stop raising coal at the end of 2027 rather than 2030 as agreed in a 2019 deal between the owners and the miners, Energy Secretary Gwen Pryce-Howell told a news conference in Cardiff.';
		expect(cut(text, '2027')).toEqual({ text: 'The Wrexham and Gresford collieries near the border will stop raising coal at the end of 2027 rather than 2030 as agreed in a 2019 deal between the owners and the miners, Energy Secretary Gwen Pryce-Howell said.', key: '2027' });
		// where the place of the conference is the key, it stays
		expect(cut(text, 'Cardiff').text).toBe(text);
	});

	it('drops the second verb of a relative clause after the key', () => {
		const text = 'A court in Ghent on Friday fined the paint maker Verhulst €1.9 million and gave its former plant manager a 12-month suspended sentence over a tank explosion in 2020 that injured four workers and forced hundreds of residents in nearby streets to leave their homes.';
		expect(cut(text, '€1.9 million').text).toBe('A court in Ghent on Friday fined the paint maker Verhulst €1.9 million and gave its former plant manager a 12-month suspended sentence over a tank explosion in 2020 that injured four workers');
	});

	it('drops an appositive between a name and its verb, before the key, and moves the key with it', () => {
		const text = 'The applicant, Harbourside Caravans Ltd, a family firm based in Cumbria that runs five caravan sites along the coast of the Solway Firth and the Lake District, said the extension would create 30 jobs and bring £4.2m a year to the area.';
		expect(cut(text, '£4.2m')).toEqual({ text: 'The applicant, Harbourside Caravans Ltd, said the extension would create 30 jobs and bring £4.2m a year to the area.', key: '£4.2m' });
		// the appositive that holds the key stays, and the clause with it
		expect(cut(text, 'five').text).toBe(text);
	});

	it('keeps the subject after a name that closes a leading phrase, and cuts an appositive after a leading phrase closed before the name', () => {
		const ridden = 'Steered by veteran jockey Aroha Tane, the grey six-year-old gelding bought cheaply at a country sale in Taranaki last spring, was never headed and won the Wanganui Cup by three lengths from the favourite in front of 6,200 people.';
		expect(cut(ridden, '6,200').text).toBe(ridden);
		const after = 'After the vote, Harbourside Caravans Ltd, a family firm based in Cumbria that runs five caravan sites along the coast of the Solway Firth and the Lake District, said the extension would create 30 jobs and bring £4.2m a year to the area.';
		expect(cut(after, '£4.2m').text).toBe('After the vote, Harbourside Caravans Ltd said the extension would create 30 jobs and bring £4.2m a year to the area.');
	});

	it('drops what a figure amounts to, and ", often for ..." after the key', () => {
		const text = 'Deputy Mining Minister Aigerim Tulegenova said the new solar park would produce about 2.1 terawatt-hours of power a year, enough to light roughly 900,000 homes, and would reduce carbon emissions by about 1.7 million tonnes a year compared with gas-fired plants.';
		expect(cut(text, '1.7').text).toBe('Deputy Mining Minister Aigerim Tulegenova said the new solar park would produce about 2.1 terawatt-hours of power a year and would reduce carbon emissions by about 1.7 million tonnes a year compared with gas-fired plants.');
		const singer = 'Born in 1941 in the harbour quarter, the son of a net mender and a cook, Teixeira began playing the guitar at 12 in the cafés along the old fish market square, often for no more than a bowl of soup and a few coins.';
		expect(cut(singer, '12').text).toBe('Born in 1941 in the harbour quarter, the son of a net mender and a cook, Teixeira began playing the guitar at 12 in the cafés along the old fish market square');
	});

	it('keeps a clause that fits, or one no cut brings within the limit', () => {
		const short = 'The regulator, the body that sets water prices, said bills would rise by 6% in April.';
		expect(cut(short, '6%').text).toBe(short);
		const long = 'Residents of the three villages in the valley said the plan to build a 40-turbine wind farm on the moor above them would ruin the view, harm the curlews that nest there every spring and bring heavy lorries through the narrow lanes for at least two years.';
		expect(cut(long, '40').text).toBe(long);
	});
});
