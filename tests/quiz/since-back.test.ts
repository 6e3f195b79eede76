import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

const title = 'Korlan Motors recalls 40,000 scooters over brake fault';
const lead = 'Korlan Motors said on Monday it would recall 40,000 electric scooters sold in Poland and Slovakia after 17 riders reported brake failures.';

describe('"has since" says since what only where the stem does (QUALITY.md R4)', () => {
	it('refuses "Korlan Motors has since spent ..." after a sentence that gives the event', () => {
		const checks = checksOf(title, [lead, 'The company recalled 9,000 bikes in 2022 over a battery fault.', 'Korlan Motors has since spent 120 million zloty on a new test track near Wrocław.'], /has since spent/);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) expect(check).toBe('R4');
	});

	it('still asks a stem that says since what: "Korlan Motors recalled _____ bikes in 2022, and has since spent ..."', () => {
		const checks = checksOf(title, [lead, 'Korlan Motors recalled 9,000 bikes in 2022, and has since spent 120 million zloty on a new test track near Wrocław.'], /has since spent/);
		expect(checks).toContain('');
	});
});
