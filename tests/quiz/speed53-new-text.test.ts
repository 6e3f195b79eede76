import { afterEach, describe, expect, it, vi } from 'vitest';
import nlp from 'compromise';
import { headlinesOwnPhrase } from '../../src/lib/quiz/in-view';
import { reportOf } from './report';

// every full parse compromise is asked for is counted, by its text; its other functions (tokenize, the lexicon) are the real ones
vi.mock('compromise', async (original) => {
	const real = ((await original()) as { default: typeof nlp }).default;
	const spy = vi.fn((text: string) => real(text));
	for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(real))) if (!['length', 'name', 'prototype', 'caller', 'arguments'].includes(key)) Object.defineProperty(spy, key, d);
	return { default: spy };
});

const parsed = () => vi.mocked(nlp).mock.calls.map((c) => c[0] as unknown as string);

describe("a headline's noun read against the body", () => {
	const title = 'Councillors back £3.1m marina plan for Port Ellery';
	const others = ['Work would start in the spring and take two years, the council said.', 'The town has 14,000 residents and a fishing fleet of 30 boats.', 'A public meeting on the marina will be held in the library on 4 March.'];

	it('tags only the paragraphs that write the noun, never the whole body, and tells another plan as before', () => {
		const several = ['Port Ellery council approved the marina plan on Tuesday by nine votes to two.', ...others, 'Members also rejected the parking plan for the seafront, which would have cost £400,000.'];
		vi.mocked(nlp).mockClear();
		expect(headlinesOwnPhrase(title, several, 'the marina plan')).toBe(false);
		expect(parsed().filter((t) => t.includes('\n'))).toEqual([]);
		expect(parsed().some((t) => t === others[1])).toBe(false);
	});

	it('still finds the one plan of a body that tells of no other', () => {
		const one = ['Port Ellery council approved the marina plan on Wednesday by eight votes to three.', ...others, 'The marina plan includes 120 new berths and a boatyard.'];
		expect(headlinesOwnPhrase(title, one, 'the marina plan')).toBe(true);
	});

	it('reads the whole body where a quote runs over a paragraph break, as compromise joins those lines into one sentence', () => {
		const quoted = ['“We have waited years for this.', 'Now the marina plan can go ahead,” said councillor Ruth Abara of Port Ellery.', ...others, 'Members also rejected the parking plan for the seafront.'];
		vi.mocked(nlp).mockClear();
		expect(headlinesOwnPhrase(title, quoted, 'the marina plan')).toBe(false);
		expect(parsed()).toContain(quoted.join('\n'));
	});
});

describe('patterns compiled for each stem', () => {
	afterEach(() => vi.unstubAllGlobals());

	it("compiles no pattern of a person's surname for a who-said stem that does not write it", () => {
		const Real = RegExp;
		const sources: string[] = [];
		vi.stubGlobal('RegExp', new Proxy(Real, { construct: (target, args: [string, string?]) => (sources.push(String(args[0])), new target(...args)) }));
		const report = reportOf('Wrenfield school to close its swimming pool', [
			'Marguerite Oyelaran, head teacher of Wrenfield Academy, said the pool would close in July after 40 years. “It costs us £85,000 a year to heat and we simply cannot keep it open,” she said.',
			'Declan Whitcombe, who chairs the parents’ association in Wrenfield, said families had not been asked. “Hundreds of children learned to swim there and nobody told us a thing,” he said.',
			'Priya Ashdown, a county councillor for Wrenfield, said the council would look at a grant for the school.',
			'The academy said 600 pupils would take lessons at the leisure centre in Hadleigh from September.'
		]);
		vi.unstubAllGlobals();
		const whoSaid = [...report.quiz.items.map((i) => ({ type: i.type, stem: i.stem })), ...report.rejections].filter((r) => r.type === 'who-said');
		expect(whoSaid.length).toBeGreaterThan(0);
		for (const surname of ['Oyelaran', 'Whitcombe']) {
			const compiled = sources.filter((s) => s === String.raw`(?<![\p{L}\p{M}])${surname}(?![\p{L}\p{M}])`).length;
			expect(compiled).toBeLessThanOrEqual(whoSaid.filter((w) => w.stem.includes(surname)).length);
		}
	});
});
