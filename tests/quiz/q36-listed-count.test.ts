import { describe, expect, it } from 'vitest';
import { listCountsKey } from '../../src/lib/quiz/plausible';

describe('q36: a count whose list follows it is read off the list (R5)', () => {
	it('counts the appositive list that closes before the sentence goes on ("two sisters, Ana and Lucía, and several nephews and nieces")', () => {
		expect(listCountsKey(2, ' sisters, Ana and Lucía, and several nephews and nieces.')).toBe(true);
	});

	it('counts a list of described names ("two partners, Kestrel Solar Holdings and the Turkish firm Bozkurt Enerji")', () => {
		expect(listCountsKey(2, ' private partners, Kestrel Solar Holdings and the Turkish firm Bozkurt Enerji.')).toBe(true);
	});

	it('still counts a colon list of three and refuses a count the list does not match', () => {
		expect(listCountsKey(3, ' clubs: Leeds, Hull and Derby.')).toBe(true);
		expect(listCountsKey(4, ' clubs: Leeds, Hull and Derby.')).toBe(false);
		expect(listCountsKey(3, ' sisters, Ana and Lucía, and several nephews and nieces.')).toBe(false);
	});

	it('counts a list set off by dashes in a stem ("_____ albums – Harbour Lights (1981) and Salt Road (1984) – were recorded"), a dash aside of one thing not', () => {
		expect(listCountsKey(2, ' albums of which – Harbour Lights (1981) and Salt Road (1984) – were recorded in a church hall.', { dashed: true })).toBe(true);
		expect(listCountsKey(3, ' albums of which – Harbour Lights (1981) and Salt Road (1984) – were recorded in a church hall.', { dashed: true })).toBe(false);
		expect(listCountsKey(2, ' seasons – a record for the club – and the manager and his staff left.', { dashed: true })).toBe(false);
	});
});
