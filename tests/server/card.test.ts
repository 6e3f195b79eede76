import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderScoreCard } from '../../src/lib/server/card';
import type { ItemOutcome } from '../../src/lib/share/share-text';

interface Png {
	width: number;
	height: number;
	pixel: (x: number, y: number) => [number, number, number];
}

/**
 * A minimal PNG reader for 8-bit RGB/RGBA images: checks the signature and every chunk's CRC,
 * inflates the IDAT data and undoes the scanline filters (PNG spec, section 9).
 */
function readPng(bytes: Buffer): Png {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const idat: Buffer[] = [];
	let ended = false;
	while (offset < bytes.length) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		const data = bytes.subarray(offset + 8, offset + 8 + length);
		expect(bytes.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
		if (type === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
			expect(data[8]).toBe(8);
			channels = { 2: 3, 6: 4 }[data[9]] ?? 0;
			expect(channels).toBeGreaterThan(0);
		}
		if (type === 'IDAT') idat.push(data);
		if (type === 'IEND') ended = true;
		offset += 12 + length;
	}
	expect(ended).toBe(true);
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	expect(raw.length).toBe(height * (stride + 1));
	const out = Buffer.alloc(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		for (let i = 0; i < stride; i++) {
			const x = raw[y * (stride + 1) + 1 + i];
			const a = i >= channels ? out[y * stride + i - channels] : 0;
			const b = y > 0 ? out[(y - 1) * stride + i] : 0;
			const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels] : 0;
			const p = a + b - c;
			const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
			const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
			out[y * stride + i] = (x + predictor) & 255;
		}
	}
	return {
		width,
		height,
		pixel: (x, y) => {
			const at = y * stride + x * channels;
			return [out[at], out[at + 1], out[at + 2]];
		}
	};
}

/** Each run of square colour along row `y`, as 'right', 'close', 'wrong' or 'timeout'. */
function squareRuns(png: Png, y: number): string[] {
	const colours: Record<string, string> = { '47,158,68': 'right', '252,196,25': 'close', '201,42,42': 'wrong', '222,226,230': 'timeout' };
	const runs: string[] = [];
	let previous = '';
	for (let x = 0; x < png.width; x++) {
		const kind = colours[png.pixel(x, y).join(',')] ?? '';
		if (kind && kind !== previous) runs.push(kind);
		previous = kind;
	}
	return runs;
}

describe('renderScoreCard', () => {
	it('renders a valid 1200×630 PNG whose squares follow the outcomes', async () => {
		const outcomes = ['right', 'right', 'wrong', 'right', 'timeout', 'right', 'close', 'wrong', 'right', 'right'] as const;
		const png = readPng(
			await renderScoreCard({ title: 'Lukashenko meets Putin in Sochi', name: 'Anna', right: 7, total: 10, points: 8450, outcomes })
		);
		expect([png.width, png.height]).toEqual([1200, 630]);
		const rows = Array.from({ length: png.height }, (_, y) => squareRuns(png, y)).filter((r) => r.length === outcomes.length);
		expect(rows.length).toBeGreaterThan(20);
		expect(rows[0]).toEqual(outcomes);
	});

	it('writes a count of close estimates beside the points, which a card of the same game with them wrong lacks', async () => {
		const card = { title: 'Lukashenko meets Putin in Sochi', right: 2, total: 3, points: 2400 };
		const close = readPng(await renderScoreCard({ ...card, outcomes: ['right', 'close', 'right'] }));
		const wrong = readPng(await renderScoreCard({ ...card, outcomes: ['right', 'wrong', 'right'] }));
		const squaresTop = Array.from({ length: close.height }, (_, y) => squareRuns(close, y)).findIndex((r) => r.length === 3);
		const scoreLine = (png: Png) =>
			Array.from({ length: 160 }, (_, dy) => Array.from({ length: 1072 }, (_, x) => png.pixel(64 + x, squaresTop - 200 + dy).join(',')).join(' ')).join('\n');
		expect(squareRuns(close, squaresTop + 10)).toEqual(['right', 'close', 'right']);
		expect(scoreLine(close)).not.toBe(scoreLine(wrong));
	});

	it('fits twenty squares and a long title within the card', async () => {
		const outcomes = Array.from({ length: 20 }, (_, i): ItemOutcome => (i % 3 ? 'right' : 'wrong'));
		const png = readPng(
			await renderScoreCard({ title: 'A very long headline '.repeat(10), right: 13, total: 20, points: 15000, outcomes })
		);
		expect([png.width, png.height]).toEqual([1200, 630]);
		expect(Array.from({ length: png.height }, (_, y) => squareRuns(png, y)).some((r) => r.length === 20)).toBe(true);
	});

	// a fresh user's finds: a 38-letter name pushed "2 close · 2,581 points" to the card's edge, "李" was an
	// empty box, and then "Anna 李" was left off the card whole
	it('keeps the score and points where they are whatever the name, and draws only the part of a name its fonts draw', async () => {
		const card = { title: 'Lukashenko meets Putin in Sochi', right: 5, total: 7, points: 2581, outcomes: ['right', 'close', 'right', 'wrong', 'right', 'close', 'right'] as const };
		const scoreRow = (png: Png) => Array.from({ length: 110 }, (_, dy) => Array.from({ length: 1072 }, (_, x) => png.pixel(64 + x, 330 + dy).join(',')).join(' ')).join('\n');
		const none = readPng(await renderScoreCard(card));
		const long = readPng(await renderScoreCard({ ...card, name: 'Wwwwwwwwww Wwwwwwwwww Wwwwwwwwww Wwwwwwww' }));
		expect(scoreRow(long)).toBe(scoreRow(none));
		const whole = (png: Png) => Array.from({ length: 630 }, (_, y) => Array.from({ length: 1200 }, (_, x) => png.pixel(x, y).join(',')).join(' ')).join('\n');
		expect(whole(readPng(await renderScoreCard({ ...card, name: '李明' })))).toBe(whole(none));
		const zoe = whole(readPng(await renderScoreCard({ ...card, name: 'Zoë Ōtsuka' })));
		expect(zoe).not.toBe(whole(none));
		for (const mixed of ['Zoë Ōtsuka 李', 'Zoë Ōtsuka (大塚)', '王 Zoë Ōtsuka', 'Zoë Ōtsuka 오츠카', 'Zoë Ōtsuka - زوي', 'Ｚoë Ōtsuka'])
			expect(whole(readPng(await renderScoreCard({ ...card, name: mixed }))), mixed).toBe(zoe);
		expect(whole(readPng(await renderScoreCard({ ...card, name: '李明 · 王' })))).toBe(whole(none));
	});

	it('draws emoji and Cyrillic, Greek and Vietnamese letters in a name, not fallback boxes', async () => {
		// a fallback glyph is the same box for every character, so two names of equal length
		// would render the same pixels; real glyphs differ
		const byline = async (name: string) => {
			const png = readPng(await renderScoreCard({ title: 'Quiz', name, right: 1, total: 1, points: 100, outcomes: ['right'] }));
			return Array.from({ length: 120 }, (_, y) => Array.from({ length: 500 }, (_, x) => png.pixel(x, 240 + y).join(',')).join(' ')).join('\n');
		};
		for (const [a, b] of [['🦊', '🐸'], ['Иван', 'Ежик'], ['Ἀθῆ', 'Ὠδή'], ['Nguyễn', 'Nguyện']]) {
			expect(await byline(a), `${a} and ${b}`).not.toBe(await byline(b));
		}
	});
});
