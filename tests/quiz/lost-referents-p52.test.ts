import { describe, expect, it } from 'vitest';
import { checksOf, filler, kept } from './report';

/** Every check of the stems matching `pattern` refused them (none kept), and at least one was written. */
function refused(title: string, paragraphs: string[], pattern: RegExp): string[] {
	const checks = checksOf(title, paragraphs, pattern);
	expect(checks.length, String(pattern)).toBeGreaterThan(0);
	expect(checks, String(pattern)).not.toContain('');
	return checks;
}

// Referents the cut or the lift of a clause lost, which R4 let through on the dev166 and dev167 sets (QUALITY.md R4).
describe('a stem whose referent only the sentences before (or a cut clause) gave', () => {
	it('refuses an object "her" after a verb and its preposition lifted from a relative clause on another name', () => {
		const paragraphs = [
			'Marguerite Oduya, the weaver whose tapestries hang in the Glasgow Burrell Collection, has died aged 91.',
			'She set up her first loom in a disused chapel near Oban in 1962.',
			'"She made us look at wool as if we had never seen it," said the weaver Kofi Mensah-Bright, who studied with her from 1979 to 1983 before returning to Ghana to open a workshop in Kumasi.'
		];
		refused('Marguerite Oduya, weaver, dies at 91', paragraphs, /^Kofi Mensah-Bright studied with her/);
	});

	it('refuses "Shares rose" with no owner, and never "Shares in Tarrant Mills rose" for it', () => {
		const lead = 'Tarrant Mills, the Leicester baker, reported a 31 per cent rise in half-year profit on Thursday after sales of its frozen pies grew 14 per cent.';
		const bare = refused('Tarrant Mills profit jumps as pie sales grow', [lead, 'Shares rose 7.4 per cent to 288p by mid-afternoon in London, making Tarrant Mills one of the best performers on the FTSE 250.'], /^Shares rose/);
		expect(bare).toContain('R4');
		// (its stems are refused, R3 and R6, for the rise's two figures, never for whose shares they are)
		const owned = checksOf('Tarrant Mills profit jumps as pie sales grow', [lead, 'Shares in Tarrant Mills rose 7.4 per cent to 288p by the close in London.'], /^Shares in Tarrant Mills rose/);
		expect(owned.length).toBeGreaterThan(0);
		expect(owned).not.toContain('R4');
	});

	it('refuses a pledge whose cause the stem never says, and keeps one that says it', () => {
		const paragraphs = [
			'Donors pledged $2.1 billion for flood relief in Bangladesh at a conference in Geneva on Monday, the United Nations said.',
			'The World Bank announced $250 million, Canada $90 million and Norway $45 million.'
		];
		refused('Donors pledge $2.1bn for Bangladesh floods', paragraphs, /^The World Bank announced \$(?:_____|250) million/);
		expect(checksOf('Donors pledge $2.1bn for Bangladesh floods', paragraphs, /^Donors pledged \$_____ billion for flood relief/)).toContain('');
	});

	it('writes "the condition" as the lead\'s disease that the sentence just before names, though an earlier one named a risk factor', () => {
		const stems = kept('Cycling to work linked to lower asthma risk, study finds', [
			'Adults who cycle to work are around 18 per cent less likely to develop asthma than those who drive, according to a study of 41,000 people in Norway.',
			'After adjusting for smoking and diabetes, the cyclists had better lung function than the drivers.',
			'Asthma affects an estimated 260 million people worldwide. In Norway, the condition is thought to cost the economy about NOK 3bn a year in treatment and lost work.',
			...filler
		]);
		expect(stems.filter((s) => /the condition is thought/.test(s))).toEqual([]);
		expect(stems.some((s) => /^In Norway, asthma is thought to cost the economy/.test(s))).toBe(true);
	});

	it('refuses an opening "the condition", "A wider" warning with no "than", "shows followed at" and "raise that service to"', () => {
		refused('Swimming may halve glaucoma risk', [
			'Regular swimming may halve the risk of glaucoma in people over 60, a study of 41,000 adults in Norway has found.',
			'In Norway, the condition is thought to cost the health service about NOK 3bn a year in treatment and lost work.'
		], /the condition is thought/);
		refused('Gales to batter Orkney', ['A red warning for wind covers the Orkney islands until noon on Friday.', 'A wider amber warning covers most of the Highlands and the Western Isles, with gusts of 80mph.'], /^A wider amber warning/);
		refused('Ruth Calloway, glass artist, dies at 84', [
			'Ruth Calloway, the glass artist whose bowls are in the Victoria and Albert Museum, has died aged 84.',
			'Her first exhibition opened in Leeds in 1971.',
			'Larger shows followed at the Hayward Gallery in 1984 and at Tate St Ives in 1999.'
		], /^Larger shows followed/);
		refused('Oban to Mull ferry cuts to stay until spring', [
			'Caledonian Ferries has cut its winter service between Oban and Mull to two sailings a day because of a shortage of crew.',
			'Caledonian Ferries said it would raise that service to four sailings a day from April.'
		], /raise that service/);
	});

	it('keeps a "that" of a clause after a verb of warning', () => {
		const paragraphs = ['Port officials in Chittagong warned that shipping in the Karnaphuli river would be suspended for 12 days because of flooding.'];
		expect(checksOf('Chittagong port to close', paragraphs, /warned that shipping in the Karnaphuli river/)).toContain('');
	});
});
