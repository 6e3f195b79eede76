import { describe, expect, it } from 'vitest';
import { filler, written, reportOf } from './report';

describe('g30-b: the story\'s one named thing written into a stem (holdout81)', () => {
	it('writes a product\'s "it" after a leading place phrase as the product the sentence before opens on', () => {
		const all = written(
			reportOf('Velora unveils Nimbus 5 tablet with its own chip, priced from $649', [
				'BERLIN — German electronics maker Velora on Wednesday unveiled the Nimbus 5, its first tablet built around a processor it designed itself, as it tries to win back buyers from larger rivals.',
				'The Nimbus 5 will start at $649 for the 128GB model in the U.S., with a 256GB version priced at $799. In France it will sell for 749 euros. Deliveries begin on Nov. 4 in 9 markets.',
				...filler
			])
		);
		const france = all.filter((w) => /In France/.test(w.stem));
		expect(france.length).toBeGreaterThan(0);
		expect(france.filter((w) => w.check === '').every((w) => w.stem.includes('In France the Nimbus 5 will sell for'))).toBe(true);
		expect(france.some((w) => w.check === '' && w.stem.includes('In France the Nimbus 5 will sell for'))).toBe(true);
	});

	it('writes an auctioned painting\'s "it" as the title the sentence before opens on', () => {
		const all = written(
			reportOf('Dutch harbour painting sells for £2.4m, three times its estimate', [
				'A 1921 oil painting by the Dutch modernist Pieter Vos sold for £2.4m in London on Tuesday evening, setting a new auction record for the artist.',
				'Boats by the Harbour Wall, which shows fishing boats leaving Delft at dawn, had been estimated at £600,000 to £900,000. After 14 minutes of bidding between four telephone bidders, it was knocked down to a private collector in Europe.',
				'The previous record for Vos was £900,000, set in Amsterdam in 2019.',
				...filler
			])
		);
		const sold = all.filter((w) => /knocked down/.test(w.stem));
		expect(sold.some((w) => w.check === '' && w.stem.includes('Boats by the Harbour Wall was knocked down to a private collector'))).toBe(true);
		expect(sold.filter((w) => w.check === '' && /, it was knocked down/.test(w.stem))).toEqual([]);
	});

	it('refuses a subject "it" after a leading phrase when the sentence before opens on no named thing', () => {
		const all = written(
			reportOf('Council weighs new ferry timetable for island services', [
				'Councillors in Portree on Monday discussed a new timetable for the island ferry, which carries about 900 passengers a day in summer.',
				'Several residents complained about delays last winter. In Skye it will cost £14 for a return ticket from May, the council said.',
				...filler
			])
		);
		expect(all.filter((w) => w.check === '' && /In Skye it will cost/.test(w.stem))).toEqual([]);
	});

	it('writes "the outgoing House" and "the current Assembly" as the one legislature the article names', () => {
		const all = written(
			reportOf('Harbour People\'s Party wins most seats but falls short of majority in Valmora', [
				'VALMORA CITY: The Harbour People\'s Party won 23 seats in the 51-member Valmora Legislative Assembly on Friday, three short of the 26 needed to govern alone.',
				'Turnout stood at 71.6 per cent. Nine women were elected, up from four in the outgoing House.',
				'Party leader Marisol Quent said she would talk to independents over the weekend.',
				'The term of the current Assembly ends on April 2, 2027.',
				...filler
			])
		);
		const women = all.filter((w) => /women were elected/.test(w.stem));
		expect(women.some((w) => w.check === '' && w.stem.includes('in the outgoing Valmora Legislative Assembly'))).toBe(true);
		expect(all.filter((w) => w.check === '' && /outgoing House|current Assembly/.test(w.stem))).toEqual([]);
		expect(all.some((w) => w.check === '' && w.stem.includes('The term of the current Valmora Legislative Assembly ends on'))).toBe(true);
	});
});
