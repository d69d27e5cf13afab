/**
 * The files a reader picked or dropped, each with the path it had inside a chosen or
 * dropped folder, so that rejections name "captures/2021/a.txt" rather than "a.txt".
 */
export interface PickedFile {
	name: string;
	file: File;
}

export function fromFileList(list: FileList): PickedFile[] {
	return [...list].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
	return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
	if (entry.isFile) {
		const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
		out.push({ name: entry.fullPath.replace(/^\//, ''), file });
		return;
	}
	if (entry.name.startsWith('.')) return;
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	// readEntries answers in batches (100 in Chromium) until it answers with none.
	for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
		for (const child of batch) await walk(child, out);
	}
}

/** Every file in a drop, folders read recursively (dot-folders skipped, as the CLI does). */
export async function fromDataTransfer(data: DataTransfer): Promise<PickedFile[]> {
	// Entries must be taken synchronously, before the drop event's data goes away.
	const entries = [...data.items].map((item) => item.webkitGetAsEntry());
	const files = [...data.files];
	const out: PickedFile[] = [];
	for (const [k, entry] of entries.entries()) {
		if (entry) await walk(entry, out);
		else if (files[k]) out.push({ name: files[k].name, file: files[k] });
	}
	return out;
}
