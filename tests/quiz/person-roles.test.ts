import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { officeTitleBefore, personRoles, personTitles, sameRoleOnly } from '../../src/lib/quiz/person-roles';

const UKRAINE = [
	'Ukraine’s prosecutors charged Sgt. Oleg Marchuk with looting a village shop.',
	'Kremlin spokesman Pavel Dronov said the matter was for the courts of the region.',
	'Anton Velikov, deputy head of the Dravsk district council, said the district would ask for a new vote.',
	'President Ivan Horak said the army is pushing the invading troops back from the Sula river.',
	'Sergei Kuznetsov watched the shelling from his garden.'
];
const rolesOf = (sentences: string[]) => personRoles(sentences, sentences.map((s) => extractFacts(s)));

describe('personRoles: the part each person plays, as the article states it', () => {
	it('reads role words before a name and in an appositive after it', () => {
		expect(Object.fromEntries(rolesOf(UKRAINE))).toEqual({
			Marchuk: 'security',
			Dronov: 'politics',
			Velikov: 'politics',
			Horak: 'politics'
		});
	});

	it('tells a coach from a player, and a voter from a candidate', () => {
		const roles = rolesOf([
			'Harbour coach Lena Falk said the team played well.',
			'The empty-net goal came from winger Tomas Varga.',
			'Republican state Sen. Maren Holt filed a countersuit.',
			'Edith Corran, a retired teacher from Dunmore, voted for Ashby.',
			'The charges were announced by attorney general Eric Holder.'
		]);
		expect(Object.fromEntries(roles)).toEqual({ Falk: 'coaching', Varga: 'sport', Holt: 'politics', Corran: 'public', Holder: 'law' });
	});

	it('does not take a verb phrase after a name for a role', () => {
		expect(rolesOf(['Brandt filed a lawsuit against Charles Holt, saying the officer lied.']).has('Holt')).toBe(false);
	});
});

describe('sameRoleOnly: who may stand as a distractor', () => {
	const roles = rolesOf(UKRAINE);
	const people = ['Marchuk', 'Dronov', 'Velikov', 'Horak', 'Kuznetsov'];

	it('offers only people of the key’s kind, never another kind nor one not stated', () => {
		expect(sameRoleOnly(roles, 'Dronov', people.filter((p) => p !== 'Dronov'), (p) => p)).toEqual(['Velikov', 'Horak']);
		expect(sameRoleOnly(roles, 'Marchuk', people.filter((p) => p !== 'Marchuk'), (p) => p)).toEqual([]);
	});

	it('offers only people of no stated kind for a key whose role is not stated', () => {
		expect(sameRoleOnly(roles, 'Kuznetsov', people.filter((p) => p !== 'Kuznetsov'), (p) => p)).toEqual([]);
		expect(sameRoleOnly(new Map(), 'Kuznetsov', ['Dronov', 'Marchuk'], (p) => p)).toEqual(['Dronov', 'Marchuk']);
	});
});

describe('office titles: a name swapped in after "President" must be a president', () => {
	it('reads the office title right before a name, not an honorific or a role noun', () => {
		const text = 'Republican state Sen. Maren Holt said Mr Brandt met President Joe Biden and coach Lena Falk.';
		expect(officeTitleBefore(text, text.indexOf('Maren'))).toBe('Sen.');
		expect(officeTitleBefore(text, text.indexOf('Joe'))).toBe('President');
		expect(officeTitleBefore(text, text.indexOf('Brandt'))).toBeUndefined();
		expect(officeTitleBefore(text, text.indexOf('Lena'))).toBeUndefined();
	});

	it('collects the titles each person is written with', () => {
		const titles = personTitles(UKRAINE, UKRAINE.map((s) => extractFacts(s)));
		expect(Object.fromEntries([...titles].map(([k, v]) => [k, [...v]]))).toEqual({ Marchuk: ['Sgt.'], Horak: ['President'] });
	});
});

describe('generateQuiz: person distractors keep the key’s role', () => {
	it('never swaps the soldier in for an official, nor an official in for the soldier', () => {
		const article = {
			title: 'Ukraine to try captured soldier for looting',
			paragraphs: [...UKRAINE, 'Kremlin spokesman Pavel Dronov said Moscow would not comment on the trial.',
				// two more politicians, so that a politician key has three distractors of its own kind
				'Foreign Minister Dmytro Kuleba met the chief prosecutor in Kyiv on Monday to discuss the case.',
				'Prime Minister Denys Shmyhal visited the court in Kyiv on Tuesday.',
				'Ukrainian officials said the trial would open in Kyiv next week.'
			]
		};
		let personItems = 0;
		for (let seed = 1; seed <= 12; seed++) {
			for (const item of generateQuiz(article, { seed }).items) {
				if (item.factType !== 'person') continue;
				personItems++;
				const text = [item.stem, ...item.options].join(' | ');
				expect(text).not.toMatch(/President (Anton Velikov|Pavel Dronov)/);
				expect(text).not.toMatch(/(spokesman|President|Velikov,.*) (Oleg )?Marchuk|Sgt\. (Pavel |Anton |Ivan )?(Dronov|Velikov|Horak)/);
				if (/Dronov|Velikov|Horak/.test(item.options[item.key])) expect(item.options).not.toContain('Oleg Marchuk');
			}
		}
		expect(personItems).toBeGreaterThan(0);
	});
});

describe('personRoles: a role written before a comma and the name', () => {
	it('reads "Her coach, X" and "The health secretary, X" as the role of X', () => {
		const roles = rolesOf(['Kerrigan’s coach, Magda Ostrowska, said the win had been years in the making.', 'The health secretary, Ruth Ambler, praised the staff.', 'Ostrowska, Ambler and Pell met on Monday.']);
		expect([roles.get('Ostrowska'), roles.get('Ambler'), roles.get('Pell')]).toEqual(['coaching', 'politics', undefined]);
	});
});
