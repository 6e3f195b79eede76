import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { whichFirstFailure } from '../../src/lib/quiz/which-first';
import { eventTextsOf, whichFirstOf } from './report';

// the dev155 reader's R5: "free on the weekend of 26 and 27 September" became "18 and 27 September"
describe('days written before their month are dates, not counts', () => {
	it.each([
		'Entry to the gardens will be free on the weekend of 14 and 15 June.',
		'The market runs on 3, 4 and 5 May in the square.',
		'The bridge will be shut from 9 to 11 August for repairs.',
		'Hearings are listed for 21 or 22 October.'
	])('%s', (text) => {
		expect(extractFacts(text).filter((f) => f.type === 'count')).toEqual([]);
	});

	it('still counts a number that a lower-case "may" or a plural noun follows', () => {
		expect(extractFacts('The squad could grow from 18 to 22 may be needed.').filter((f) => f.type === 'count').map((f) => f.text)).toContain('18');
		expect(extractFacts('Between 40 and 45 volunteers came on 2 June.').filter((f) => f.type === 'count').map((f) => f.text)).toContain('40');
	});
});

// the dev155 reader's R1: "Days after Warsaw Pact troops entered Czechoslovakia" offered as an event
describe('a leading date timed by another event gives no event', () => {
	it('leaves out the phrase that times the date', () => {
		expect(
			eventTextsOf([
				'In March 1991, weeks after the border reopened, the Lind family moved to Tartu.',
				'In 2004, shortly before the election, the mill closed its doors.',
				'In 2009, the Lind family opened a bakery in Tartu.'
			])
		).toEqual(['The Lind family opened a bakery in Tartu']);
	});
});

// the dev155 reader's R7: "The fraud came to light" against "X was sentenced at ... Crown Court"
describe('a which-first key ordered by logic alone', () => {
	it('refuses the one event beside the court’s ending of the case', () => {
		expect(whichFirstFailure(whichFirstOf(['The missing funds were spotted by an auditor', 'Dariusz Wolski was sentenced at Lowbridge Crown Court'], 0))).toBe('R7');
		expect(whichFirstFailure(whichFirstOf(['The thefts began at the depot', 'Mara Quist was found guilty of theft', 'Mara Quist was jailed for two years'], 0))).toBe('R7');
	});

	it('keeps a list whose other options a player cannot order by logic', () => {
		expect(whichFirstFailure(whichFirstOf(['The missing funds were spotted by an auditor', 'The charity hired a new finance director', 'Dariusz Wolski was sentenced at Lowbridge Crown Court'], 0))).toBeUndefined();
		expect(whichFirstFailure(whichFirstOf(['Ilse Varga joined the theatre company', 'Tamas Varga died in a Szeged hospital'], 0))).toBeUndefined();
	});
});

// the dev155 reader's R1: "In August 1968, days after troops entered the country, Ana Weiss and her husband." was
// asked as a true/false statement; the verb of the clause that timed it passed for the stem's own
describe('a stem whose only verb is in a clause that times it', () => {
	const paragraphs = [
		'Ilse Varga, the luthier who founded the Tisza Strings workshop and taught two generations of British violin makers, has died aged 91.',
		'She died on Friday at her home in Norwich, her family said.',
		'Over six decades, Varga’s workshop built more than 1,200 instruments for players in 24 countries.',
		'In June 1968, days after the border guards were withdrawn, Ilse Varga and her husband, the cellist Pál Varga, left the country with two cases and, famously, a crate holding nine violins.',
		'They settled in Norwich, where she opened the workshop in 1971.'
	];
	it('is refused as no statement (R1)', () => {
		const report = generateWithReport({ title: 'Ilse Varga, luthier who brought Hungarian violins to Norwich, dies aged 91', paragraphs, published: '2026-05-01' }, { seed: 1 });
		expect(report.quiz.items.map((i) => i.stem)).not.toContainEqual(expect.stringMatching(/and her husband\.$/));
		expect(report.rejections).toContainEqual(expect.objectContaining({ check: 'R1', type: 'true-false', stem: 'In June 1968, days after the border guards were withdrawn, Ilse Varga and her husband.' }));
	});
});
