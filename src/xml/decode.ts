// Bytes of an answer file -> text. XML answer files are UTF-8 (a UTF-16 file with a byte order mark is decoded
// too). Pure (TextDecoder is part of the language runtime), so the import worker decodes off the main thread.

export function decodeAnswerFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
