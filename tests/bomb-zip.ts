/** A zip of compression bombs, built by hand so that 300 entries of 5 MB take milliseconds, not a deflate each. */
import { deflateSync } from 'fflate';
import { crc32 } from '../src/lib/crc32';

/** A zip of `count` entries named `prefix<k>.txt`, each `content` (deflated once, the same bytes each time). */
export function bombZip(count: number, content: Uint8Array, prefix = 'bomb/'): Buffer {
	const packed = deflateSync(content, { level: 9 });
	const crc = crc32(content);
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let at = 0;
	for (let k = 0; k < count; k++) {
		const name = Buffer.from(`${prefix}${k}.txt`);
		// Version 2.0, no flags, deflated, no time; then the checksum and both sizes.
		const fields = (head: Buffer, from: number) => {
			head.writeUInt16LE(20, from);
			head.writeUInt16LE(0, from + 2);
			head.writeUInt16LE(8, from + 4);
			head.writeUInt32LE(0, from + 6);
			head.writeUInt32LE(crc, from + 10);
			head.writeUInt32LE(packed.length, from + 14);
			head.writeUInt32LE(content.length, from + 18);
			head.writeUInt16LE(name.length, from + 22);
		};
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		fields(local, 4);
		locals.push(local, name, Buffer.from(packed));
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		fields(entry, 6);
		entry.writeUInt32LE(at, 42);
		central.push(entry, name);
		at += 30 + name.length + packed.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(count, 8);
	end.writeUInt16LE(count, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(at, 16);
	return Buffer.concat([...locals, directory, end]);
}
