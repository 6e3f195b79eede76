import { describe, expect, it } from 'vitest';
import { Table } from '../../../src/lib/server/classroom/table';

describe('Table', () => {
	it('leaves the table it was made from unchanged, as an older snapshot must stay', () => {
		const empty = Table.of<number>();
		const one = empty.with('ann', 1);
		const two = one.with('bob', 2);
		const changed = two.with('ann', 10);
		expect([empty.size, one.size, two.size, changed.size]).toEqual([0, 1, 2, 2]);
		expect(empty.has('ann')).toBe(false);
		expect(one.has('bob')).toBe(false);
		expect(two.get('ann')).toBe(1);
		expect(changed.get('ann')).toBe(10);
		expect(new Map(changed.entries())).toEqual(new Map([['ann', 10], ['bob', 2]]));
	});

	it('keeps branches made from the same table apart', () => {
		const base = Table.of([['ann', 0]]);
		const left = base.with('bob', 1);
		const right = base.with('bob', 2).with('cy', 3);
		expect(left.get('bob')).toBe(1);
		expect(right.get('bob')).toBe(2);
		expect(left.has('cy')).toBe(false);
		expect(base.has('bob')).toBe(false);
	});

	it('holds thousands of keys, each once, whatever bucket they share', () => {
		let table = Table.of<number>();
		for (let i = 0; i < 5000; i++) table = table.with(`p${i}`, i);
		table = table.with('p42', -1);
		expect(table.size).toBe(5000);
		expect([...table.values()].length).toBe(5000);
		expect(table.get('p42')).toBe(-1);
		expect(table.get('p4999')).toBe(4999);
		expect(Table.of([...table.entries()]).size).toBe(5000);
	});
});
