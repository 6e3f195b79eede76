import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { getClassroom } from '../../../src/lib/server/classroom/classroom';
import { afterAll, beforeAll } from 'vitest';
import { parseQuiz } from '../../../src/lib/quiz/schema';
import type { Quiz } from '../../../src/lib/quiz/types';
import { sentencesOf } from '../../fixtures/quiz';

const sentences = [
	'Alexander Lukashenko met Vladimir Putin in Sochi on Friday.',
	'The two leaders talked for more than five hours.',
	'Belarus has relied on Russian loans worth $1.5 billion.'
];

/**
 * A three-item quiz valid against the quiz schema, for classroom tests: the key of item i is
 * option `keys[i]` (so tests can answer right or wrong on purpose).
 */
export const keys = [1, 0, 2];

/** Builds the fixture quiz (a fresh copy each call). */
export function fixtureQuiz(id = 'room-fixture'): Quiz {
	const sentenceRows = sentencesOf(sentences);
	const item = (i: number, stem: string, options: string[], keyWord: string) => {
		const text = sentences[i];
		const start = text.indexOf(keyWord);
		return {
			id: `item-${i}`,
			type: 'mcq' as const,
			factType: 'place' as const,
			stem,
			options,
			key: keys[i],
			source: {
				sentence: i,
				paragraph: i,
				start: sentenceRows[i].start,
				end: sentenceRows[i].end,
				text,
				keySpan: { start, end: start + keyWord.length }
			},
			checks: ['R1'],
			difficulty: 0.5
		};
	};
	return parseQuiz({
		id,
		title: 'Lukashenko meets Putin in Sochi',
		article: { title: 'Lukashenko meets Putin in Sochi', paragraphs: sentences, published: '2021-05-28' },
		sentences: sentenceRows,
		items: [
			item(0, 'Where did Alexander Lukashenko meet Vladimir Putin?', ['Minsk', 'Sochi', 'Moscow', 'Kyiv'], 'Sochi'),
			item(1, 'For how long did the two leaders talk?', ['More than five hours', 'About an hour', 'Two days', 'Ten minutes'], 'five hours'),
			item(2, 'How much have Russian loans to Belarus been worth?', ['$500 million', '$900 million', '$1.5 billion', '$3 billion'], '$1.5 billion')
		],
		seed: 1
	});
}

/** A class game open with the fixture quiz on a database of its own, for tests of the pages that look codes up. */
export interface FixtureRoom {
	/** The classroom of that database. */
	classroom: ReturnType<typeof getClassroom>;
	/** The open room's six-digit code. */
	code: string;
	/** A six-digit code no room is open with. */
	wrong: string;
}

/**
 * In the calling `describe`, opens a class game with `fixtureQuiz` before its tests on a new SQLite
 * file in a temporary folder named after `prefix`, and closes it and deletes the folder after them.
 * DATABASE_PATH is set first, as `getClassroom` opens it on first use, as in the server, so a route
 * module imported in a later `beforeAll` reads the same database. Returns the room, filled in
 * when the first `beforeAll` has run.
 */
export function useFixtureRoom(prefix: string): FixtureRoom {
	const room = {} as FixtureRoom;
	const dir = mkdtempSync(join(tmpdir(), prefix));
	beforeAll(async () => {
		process.env.DATABASE_PATH = join(dir, 'newsquiz.db');
		room.classroom = (await import('../../../src/lib/server/classroom/classroom')).getClassroom();
		room.code = (await room.classroom.create(fixtureQuiz())).room.code;
		room.wrong = room.code === '000000' ? '000001' : '000000';
	});
	afterAll(() => {
		room.classroom?.close();
		rmSync(dir, { recursive: true, force: true });
	});
	return room;
}
