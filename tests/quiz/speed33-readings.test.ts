import { describe, expect, it } from 'vitest';
import { oneDrug } from '../../src/lib/quiz/named-heads';
import { simplify } from '../../src/lib/quiz/simplify';

// speed33: readings that a cheap test now guards must still find what the full search finds
describe('speed33: a cheap test before a slow search keeps every reading', () => {
	const article = (...paragraphs: string[]) => ({ title: 'Clinic changes its prescribing', paragraphs });

	it('oneDrug finds a medicine by each of its four readings, and none in an article without one', () => {
		expect(oneDrug(article('Patients at the clinic were switched to marvelotine 20mg once a day last spring.'))).toBe('marvelotine');
		expect(oneDrug(article('Doctors said that kestovane is widely prescribed by family doctors to treat gout in older men.'))).toBe('kestovane');
		expect(oneDrug(article('Nurses give the injection each month. The medicine, dralunimab, is stored cold.'))).toBe('dralunimab');
		expect(oneDrug(article('Staff now hand out a tablet called orvestrel to patients with migraines.'))).toBe('orvestrel');
		expect(oneDrug(article('The council used the grant to repair roads near the clinic.', 'About 40 staff work there.'))).toBeUndefined();
	});

	it('simplify offers the clause up to the colon of a counted list, and only where a colon is written', () => {
		const withColon = simplify('Sales fell in three regions: the north, the west and the coast', []).map((c) => c.text);
		expect(withColon).toContain('Sales fell in three regions');
		const without = simplify('Sales fell in three regions, the north, the west and the coast', []).map((c) => c.text);
		expect(without).not.toContain('Sales fell in three regions');
	});
});
