/**
 * The messages between the embed view and the page that frames it. The embed posts
 * `{ type: 'wirescope:resize', height }` and accepts only `wirescope:set-view`, checked key by
 * key: a message with any other key, or a value of the wrong shape, is ignored whole.
 */
export const RESIZE = 'wirescope:resize';
export const SET_VIEW = 'wirescope:set-view';

export interface ResizeMessage {
	type: typeof RESIZE;
	/** The embed's content height in CSS pixels. */
	height: number;
}

/** Fields left out keep their value; `null`, `''` and `[]` clear one. Setting a view closes the reader. */
export interface SetViewMessage {
	type: typeof SET_VIEW;
	q?: string;
	country?: string[];
	from?: string | null;
	to?: string | null;
}

const MAX_QUERY = 500;
const MAX_COUNTRIES = 20;
const CODE = /^[A-Z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const FIELDS: Record<Exclude<keyof SetViewMessage, 'type'>, (v: unknown) => boolean> = {
	q: (v) => typeof v === 'string' && v.length <= MAX_QUERY,
	country: (v) => Array.isArray(v) && v.length <= MAX_COUNTRIES && v.every((c) => typeof c === 'string' && CODE.test(c)),
	from: (v) => v === null || (typeof v === 'string' && DAY.test(v)),
	to: (v) => v === null || (typeof v === 'string' && DAY.test(v))
};

export function parseSetView(data: unknown): SetViewMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const proto = Object.getPrototypeOf(data);
	if (proto !== Object.prototype && proto !== null) return null;
	const record = data as Record<string, unknown>;
	if (record.type !== SET_VIEW) return null;
	for (const [key, value] of Object.entries(record)) {
		if (key === 'type') continue;
		if (!Object.hasOwn(FIELDS, key) || !FIELDS[key as keyof typeof FIELDS](value)) return null;
	}
	return record as unknown as SetViewMessage;
}

/** The embed's query string once a set-view message is applied; other parameters (the theme) stay. */
export function applySetView(params: URLSearchParams, msg: SetViewMessage): URLSearchParams {
	const next = new URLSearchParams(params);
	const set = (key: string, value: string | null | undefined) => {
		if (value === undefined) return;
		next.delete(key);
		if (value) next.set(key, value);
	};
	set('q', msg.q);
	set('from', msg.from);
	set('to', msg.to);
	if (msg.country) {
		next.delete('country');
		for (const code of msg.country) next.append('country', code);
	}
	next.delete('article');
	return next;
}
