/** The kinds of file Trellis accepts, recognised by their first bytes rather than by name or header. */
export type FileKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf';

export const CONTENT_TYPE_OF: Record<FileKind, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** The file's real kind from its magic bytes, or null for anything else (SVG and HTML included). */
export function sniffFileKind(bytes: Buffer): FileKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'webp';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  return null;
}

export type FilePurpose = 'campaign_logo' | 'template_image' | 'mdf_proof';

export interface PurposeLimits {
  kinds: readonly FileKind[];
  maxBytes: number;
  /** Only vendor staff upload these (images in the vendor's own templates). */
  vendorOnly: boolean;
}

const IMAGES: readonly FileKind[] = ['png', 'jpeg', 'gif', 'webp'];

export const FILE_PURPOSES: Record<FilePurpose, PurposeLimits> = {
  campaign_logo: { kinds: IMAGES, maxBytes: 2 * 1024 * 1024, vendorOnly: false },
  template_image: { kinds: IMAGES, maxBytes: 5 * 1024 * 1024, vendorOnly: true },
  mdf_proof: { kinds: [...IMAGES, 'pdf'], maxBytes: 10 * 1024 * 1024, vendorOnly: false },
};

/** The largest upload of any purpose: the body limit of the upload route. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(FILE_PURPOSES).map((p) => p.maxBytes));
